"""The true role of every line of a raw page text, found by aligning the text with its truth.

Used to train the text parser's line model (bench/train_parser_model.py) and
to analyse its errors; never by the parser itself.

Each article of the truth is written out as one stream of characters in the
order the page prints it — kicker, title, subtitle, a byline set under the
headline, dateline, a byline in brackets after it, the body blocks, a byline
at the end — with every character knowing its field.  Captions and furniture
are streams of their own.  Each raw line (spaces removed) is then found in the
streams, preferring the place right after where the previous line ended, so
repeated phrases are placed by their neighbours.  A line found nowhere is
``None`` (an extractor's duplicate caption half, for instance).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")

# Field names a character can carry.
KICKER, TITLE, SUBTITLE, BYLINE, DATELINE, PARAGRAPH, SUBHEAD, CAPTION, FURNITURE = (
    "kicker", "title", "subtitle", "byline", "dateline", "paragraph", "subhead", "caption", "furniture",
)


@dataclass(frozen=True, slots=True)
class LineLabel:
    article: int | None  # index into truth["articles"]; None for page captions and furniture
    fields: tuple[str, ...]  # the fields the line's characters belong to, in order, without repeats
    starts_field: bool  # the line starts its first field (the first line of a title, a paragraph ...)
    block: int | None  # index of the body block the line starts in, when it is in the body
    starts_article: bool  # the first line printed of its article's stream
    byline_where: str | None = None  # for a line with byline text: "top", "dateline" or "end"


@dataclass(slots=True)
class _Stream:
    article: int | None
    text: str
    fields: list[str]  # per character
    blocks: list[int | None]  # per character: body block index
    field_starts: set[int]
    byline_where: str | None = None


def _squash(text: str | None) -> str:
    return _SPACE.sub("", text or "")


def _article_stream(index: int, article: dict, flat_text: str) -> _Stream:
    parts: list[tuple[str, str, int | None]] = []
    raw = _squash(article.get("byline_raw"))
    body = [(_squash(b["text"]), PARAGRAPH if b["kind"] == "paragraph" else SUBHEAD, n) for n, b in enumerate(article["body"])]
    first_text = body[0][0] if body else ""
    dateline = _squash(article.get("dateline"))
    # Where the page printed the byline: after the dateline, at the end, or under the headline.
    where = "top"
    if raw:
        if dateline and (dateline + raw + first_text[:6]) in flat_text:
            where = "dateline"
        elif body and (body[-1][0][-6:] + raw) in flat_text:
            where = "end"
        elif raw.startswith(("（", "(")) and not dateline:
            where = "end"
        elif dateline and raw.startswith(("（", "(")):
            where = "dateline"
    for value, name in ((article.get("kicker"), KICKER), (article.get("title"), TITLE), (article.get("subtitle"), SUBTITLE)):
        if value:
            parts.append((_squash(value), name, None))
    if raw and where == "top":
        parts.append((raw, BYLINE, None))
    if dateline:
        parts.append((dateline, DATELINE, None))
    if raw and where == "dateline":
        parts.append((raw, BYLINE, None))
    parts.extend(body)
    if raw and where == "end":
        parts.append((raw, BYLINE, None))
    stream = _Stream(index, "", [], [], set(), where if raw else None)
    text = []
    for value, name, block in parts:
        stream.field_starts.add(len(stream.fields))
        text.append(value)
        stream.fields.extend([name] * len(value))
        stream.blocks.extend([block] * len(value))
    stream.text = "".join(text)
    return stream


def _plain_stream(text: str, name: str) -> _Stream:
    value = _squash(text)
    return _Stream(None, value, [name] * len(value), [None] * len(value), {0})


def _streams(truth: dict, flat_text: str) -> list[_Stream]:
    streams = [_article_stream(i, a, flat_text) for i, a in enumerate(truth["articles"])]
    for i, article in enumerate(truth["articles"]):
        for caption in article.get("captions", []):
            s = _plain_stream(caption, CAPTION)
            s.article = i
            streams.append(s)
    streams += [_plain_stream(c, CAPTION) for c in truth.get("page_captions", [])]
    streams += [_plain_stream(f["text"], FURNITURE) for f in truth.get("furniture", [])]
    return streams


def _find_all(stream: _Stream, needle: str) -> list[int]:
    out, at = [], stream.text.find(needle)
    while at >= 0:
        out.append(at)
        at = stream.text.find(needle, at + 1)
    return out


def label_lines(raw_lines: list[str], truth: dict) -> list[LineLabel | None]:
    """The truth's label for each raw line (None for blank lines and lines found nowhere)."""
    squashed = [_squash(line) for line in raw_lines]
    flat_text = "".join(squashed)
    streams = _streams(truth, flat_text)
    labels: list[LineLabel | None] = [None] * len(raw_lines)
    cursor: tuple[int, int] | None = None  # (stream index, offset after the previous line)
    seen_article: set[int] = set()
    nonblank = [i for i, s in enumerate(squashed) if s]
    for pos, i in enumerate(nonblank):
        needle = squashed[i]
        candidates = [(k, at) for k, stream in enumerate(streams) for at in _find_all(stream, needle)]
        if not candidates:
            cursor = None
            continue
        choice = None
        if cursor is not None and cursor in candidates:
            choice = cursor
        if choice is None and len(candidates) > 1:
            # Let the following lines decide between repeated phrases.
            ahead = needle + "".join(squashed[j] for j in nonblank[pos + 1 : pos + 3])
            for width in range(len(ahead), len(needle), -1):
                longer = [(k, at) for k, at in candidates if streams[k].text.startswith(ahead[:width], at)]
                if longer:
                    candidates = longer
                    break
            starts = [(k, at) for k, at in candidates if at in streams[k].field_starts]
            choice = (starts or candidates)[0]
        if choice is None:
            choice = candidates[0]
        k, at = choice
        stream = streams[k]
        span = range(at, at + len(needle))
        fields = tuple(dict.fromkeys(stream.fields[j] for j in span))
        block = next((stream.blocks[j] for j in span if stream.blocks[j] is not None), None)
        first = stream.article is not None and stream.fields[at] not in (CAPTION,) and stream.article not in seen_article
        if first and stream.fields[at] != CAPTION:
            seen_article.add(stream.article)
        where = stream.byline_where if BYLINE in fields else None
        labels[i] = LineLabel(stream.article, fields, at in stream.field_starts, block, first and at == 0, where)
        cursor = (k, at + len(needle))
    return labels


def line_states(lines, labels_by_no: dict) -> list[int | None]:
    """The true role (reader.parsing.linemodel state) of each of the parser's text
    lines, from the labels of the raw lines they came from; None where the
    truth cannot say (a subtitle printed away from its title)."""
    from reader.parsing import linemodel as lm

    out: list[int | None] = []
    prev_state: int | None = None
    prev_label: LineLabel | None = None
    for line in lines:
        label = labels_by_no.get(line.no)
        same = label is not None and prev_label is not None and label.article == prev_label.article
        state: int | None
        if label is None:
            state = lm.FURNITURE
        else:
            fields = label.fields
            main = fields[0]
            if PARAGRAPH in fields or DATELINE in fields:
                state = lm.BODY
            elif main == FURNITURE:
                state = lm.FURNITURE
            elif main == CAPTION:
                state = lm.CAPTION_MORE if not label.starts_field and same and prev_state in (lm.CAPTION, lm.CAPTION_MORE) else lm.CAPTION
            elif main == SUBHEAD:
                state = lm.SUBHEAD
            elif main == BYLINE:
                state = {"end": lm.END_BYLINE, "dateline": lm.BODY}.get(label.byline_where or "", lm.BYLINE)
            elif main == KICKER:
                state = lm.KICKER_MORE if not label.starts_field and same and prev_state in (lm.KICKER, lm.KICKER_MORE) else lm.KICKER
            elif main == TITLE:
                if not label.starts_field and same and prev_state in (lm.TITLE, lm.TITLE_AFTER_KICKER, lm.TITLE_MORE):
                    state = lm.TITLE_MORE
                elif same and prev_state in (lm.KICKER, lm.KICKER_MORE):
                    state = lm.TITLE_AFTER_KICKER
                else:
                    state = lm.TITLE
            elif main == SUBTITLE:
                if not label.starts_field and same and prev_state in (lm.SUBTITLE, lm.SUBTITLE_MORE):
                    state = lm.SUBTITLE_MORE
                elif same and prev_state in (lm.TITLE, lm.TITLE_AFTER_KICKER, lm.TITLE_MORE):
                    state = lm.SUBTITLE
                else:
                    state = None
            else:
                state = None
        out.append(state)
        prev_state, prev_label = state, label
    return out
