"""One article region → an Article: headline fields, byline and dateline, paragraphs and
sub-headings from the lines' geometry, captions; and the boxes of each part."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from reader.model import Article, ArticleLayout, Block, Box
from reader.parsing.furniture import JUMP_LINE_RE
from reader.parsing.text import join_wrapped, normalise_body, normalise_heading
from reader.pdf.bylines import bracket_byline, dateline_of, role_byline, two_names_at_wrap
from reader.pdf.credits import join_caption
from reader.pdf.lines import Line
from reader.pdf.regions import Region
from reader.pdf.segments import Segment

_SENTENCE_END = re.compile(r"[。！？!?…]$")


@dataclass(slots=True)
class Built:
    article: Article
    layout: ArticleLayout
    dropped: list[tuple[Line, str]] = field(default_factory=list)  # jump lines
    lines: list[Line] = field(default_factory=list)  # every line used, in reading order
    # Where each part was printed (for line provenance): the lines of each headline field
    # by name, of each body block (parallel to article.body) and of each caption.
    field_lines: dict[str, list[Line]] = field(default_factory=dict)
    block_lines: list[list[Line]] = field(default_factory=list)
    caption_lines: list[list[Line]] = field(default_factory=list)


@dataclass(slots=True)
class _BodyLine:
    line: Line
    col_x0: float
    col_x1: float
    first_in_segment: bool
    pitch: float  # baseline distance to the line before in the segment (0 for the first)


def _parts_text(line: Line) -> str:
    """A heading line's text; pieces joined into one line (a wide gap between them) keep
    their gap as a two-part heading's space, even next to a mark («成了“亲戚” 义诊送到»)."""
    tail = line.tail
    if tail is None or not line.text.endswith(tail.text):
        return normalise_heading(line.text)
    head = line.text[: len(line.text) - len(tail.text)]
    return normalise_heading(head) + " " + normalise_heading(tail.text)


def heading_text(lines: list[Line]) -> str:
    """Lines of a heading: parts on one baseline joined by a space, rows joined directly."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda l: (-l.base, l.x0)):
        if rows and abs(rows[-1][0].base - line.base) <= 0.3 * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    # Parts set apart on one line are parts of a two-part heading, whatever stands at the gap.
    texts = [" ".join(_parts_text(line) for line in sorted(row, key=lambda l: l.x0)) for row in rows]
    # A title wrapped at its space («小病不出村 / 大病不出县») keeps it where the PDF prints it,
    # or where a row stops a character or more short of the row under it: the measure filled
    # the row before, so the break fell where the title had its space.
    widths = [max(l.x1 for l in row) - min(l.x0 for l in row) for row in rows]
    spaced = [max(row, key=lambda l: l.x1).glyphs[-1].space_after
              or (k + 1 < len(rows) and widths[k] < widths[k + 1] - 0.8 * row[0].size)
              for k, row in enumerate(rows)]
    out = ""
    for k, text in enumerate(texts):
        out = join_wrapped([out, text]) if not (k and spaced[k - 1] and out and text) else out + " " + text.strip()
    return out


_HAN_LATIN = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])\s+(?=[\u3400-\u9fff])")


def caption_text(lines: list[Line]) -> str:
    """A caption keeps the spaces it prints («…执勤。 通讯员 钱华峰 摄») but not gaps set between
    Han characters and digits."""
    return _HAN_LATIN.sub("", " ".join(join_caption([l.text for l in lines]).split()))


def _box(page: int, items) -> Box:
    return Box(page, min(i.x0 for i in items), min(i.y0 for i in items), max(i.x1 for i in items), max(i.y1 for i in items))


def _columns(region: Region) -> list[Segment]:
    """The region's segments in reading order: column by column, left to right, top down.
    The longest segments set out the columns, and a segment joins the column it overlaps
    most, so that a line run on over the gutter (a byline too long for its column, a
    segment of its own) joins the column it stands in rather than the next one."""
    segments = [i.segment for i in region.items if i.segment is not None and i.segment.lines]
    columns: list[list[Segment]] = []
    for seg in sorted(segments, key=lambda s: (-len(s.lines), s.x0)):
        best, most = None, 0.0
        for column in columns:
            overlap = min(column[0].x1, seg.x1) - max(column[0].x0, seg.x0)
            if overlap > 0.5 * min(seg.x1 - seg.x0, column[0].x1 - column[0].x0) and overlap > most:
                best, most = column, overlap
        if best is None:
            columns.append([seg])
        else:
            best.append(seg)
    columns.sort(key=lambda c: min(s.x0 for s in c))
    return [seg for column in columns for seg in sorted(column, key=lambda s: -s.top)]


def build_article(region: Region, page: int, body_size: float, body_font: str) -> Built:
    head = region.headline
    title = heading_text(head.title) if head else ""
    kicker = heading_text(head.kicker) if head and head.kicker else None
    subtitle_lines = list(head.subtitle) if head else []
    byline = byline_raw = dateline = None
    byline_lines: list[Line] = []
    used: list[Line] = list(head.lines) if head else []
    dropped: list[tuple[Line, str]] = []
    # A byline under the headline may be set large enough to have joined the subtitle.
    for k in range(min(3, len(subtitle_lines)) if byline is None else 0, 0, -1):
        found = role_byline(" ".join(l.text for l in subtitle_lines[-k:]))
        if found:
            byline, byline_raw = found
            byline_lines = subtitle_lines[-k:]
            del subtitle_lines[-k:]
            break
    subtitle = heading_text(subtitle_lines) if subtitle_lines else None
    segments = _columns(region)
    if byline is None and segments:
        found = _top_byline(segments, body_size)
        if found is not None:
            byline, byline_raw, lines_taken = found
            used += lines_taken
            byline_lines = list(lines_taken)
    body = _body_lines(segments)
    printed_body = [b.line for b in body]
    while body and JUMP_LINE_RE.match(body[0].line.text.replace(" ", "")):
        dropped.append((body[0].line, "jump_line"))
        body.pop(0)
    while body and JUMP_LINE_RE.match(body[-1].line.text.replace(" ", "")):
        dropped.append((body[-1].line, "jump_line"))
        body.pop()
    texts = [b.line.text for b in body]
    dateline_lines: list[Line] = []
    if body:
        found = _take_dateline(texts)
        if found is not None:
            dateline = found.dateline
            # The lines the dateline took text from: those it emptied and the one it shortened.
            dateline_lines = [b.line for b, t in zip(body, texts) if t != b.line.text][:4]
            if found.byline is not None and byline is None:
                byline, byline_raw = found.byline.names, found.byline.raw
                byline_lines = list(dateline_lines)
    if body and byline is None:
        before = list(texts)
        byline, byline_raw = _end_byline(body, texts)
        if byline is not None:
            byline_lines = [b.line for b, t, was in zip(body, texts, before) if t != was]
    blocks, block_lines = _blocks(body, texts, body_size, body_font)
    captions: list[str] = []
    caption_boxes: list[list[Box]] = []
    caption_parts: list[list[Line]] = []
    photos: list[Box] = []
    for item in region.items:
        if item.photo is None:
            continue
        photo = item.photo
        photos.append(Box(page, photo.x0, photo.y0, photo.x1, photo.y1))
        if photo.caption:
            captions.append(caption_text(photo.caption))
            caption_boxes.append([_box(page, photo.caption)])
            caption_parts.append(list(photo.caption))
            used += photo.caption
    article = Article(title=title, kicker=kicker, subtitle=subtitle, dateline=dateline, byline=byline, byline_raw=byline_raw,
                      body=blocks, captions=captions)
    layout = ArticleLayout(
        boxes=[Box(page, *i.box) for i in region.items] + ([Box(page, *head.box)] if head else []),
        headline=[Box(page, *head.box)] if head else [],
        blocks=[_block_boxes(page, lines) for lines in block_lines],
        captions=caption_boxes,
        photos=photos,
    )
    caption_lines = [l for i in region.items if i.photo is not None for l in i.photo.caption]
    head_lines = [l for l in used if l not in caption_lines]
    parts = {"kicker": list(head.kicker) if head else [], "title": list(head.title) if head else [],
             "subtitle": subtitle_lines, "dateline": dateline_lines, "byline": byline_lines}  # fmt: skip
    return Built(article, layout, dropped, head_lines + [l for l in printed_body if l not in head_lines] + caption_lines,
                 parts, block_lines, caption_parts)


_DATELINE_WORD = re.compile(r"^(?:本报|新华社|中新社|人民网|新华网)?[\u3400-\u9fff\dA-Za-z]{0,12}?(?:讯|电)$")


def _compact_dateline(text: str) -> str:
    """The text with the gaps inside a leading dateline closed («本报北京 3 月 12 日电» →
    «本报北京3月12日电»), the space after it kept."""
    for match in re.finditer("[讯电]", text[:40]):
        head = text[: match.end()].replace(" ", "")
        if _DATELINE_WORD.match(head):
            return head + text[match.end() :]
    return text


def _take_dateline(texts: list[str]):
    """The dateline opening the body (editing ``texts``): «本报讯（记者 韩雪）…» on the first
    line, or running over the next lines (the dateline itself or its byline bracket wraps),
    or filling the first line by itself.  A wrap may or may not have eaten a space, so both
    are tried at each line break."""
    for k in range(1, min(4, len(texts)) + 1):
        pieces = texts[:k]
        for gaps in itertools.product(("", " "), repeat=k - 1):
            text = _compact_dateline(pieces[0] + "".join(g + p for g, p in zip(gaps, pieces[1:])))
            found = dateline_of(text)
            if found is None and k == 1:
                found = dateline_of(text + " ")
            if found is None or found.rest.startswith(("（", "(")):
                continue
            if not found.rest and found.byline is None and k < len(texts) and texts[k].startswith(("（", "(")):
                continue  # the byline bracket follows on the next line
            if len(found.rest) > len(pieces[-1]) or (k > 1 and not pieces[-1].endswith(found.rest)):
                continue  # the dateline must take up the lines before the last one whole
            for j in range(k - 1):
                texts[j] = ""
            texts[k - 1] = found.rest
            return found
    return None


def split_leading_bylines(segments: list[Segment], em: float) -> list[Segment]:
    """A byline set as the first lines of a column («本报记者 王比学» at body size) becomes a
    segment of its own, so that the column below it starts where its neighbours start."""
    out: list[Segment] = []
    for seg in segments:
        lines = seg.lines
        whole = len(lines) <= 3 and all(_same_setting(lines[0], l) for l in lines[1:]) and role_byline(" ".join(l.text for l in lines))
        for k in range(0 if whole else min(3, len(lines) - 1), 0, -1):
            head = lines[:k]
            if any(not _same_setting(head[0], l) for l in head[1:]) or role_byline(" ".join(l.text for l in head)) is None:
                continue
            rest = lines[k]
            # The column under it opens a paragraph, or the byline ends short, or stands a
            # little apart (a byline filling the measure over a paragraph that is not indented).
            spaced = head[-1].base - rest.base > _usual_pitch(lines) + 0.3 * em
            if not (rest.x0 - seg.x0 >= 0.6 * em or head[-1].x1 < seg.x1 - em or rest.size != head[0].size or spaced):
                continue
            out.append(Segment(head, min(l.x0 for l in head), max(l.x1 for l in head)))
            seg = Segment(lines[k:], min(l.x0 for l in lines[k:]), max(l.x1 for l in lines[k:]))
            break
        out.append(seg)
    return out


def _usual_pitch(lines: list[Line]) -> float:
    pitches = sorted(a.base - b.base for a, b in zip(lines, lines[1:]))
    return pitches[len(pitches) // 2] if pitches else float("inf")


def _same_setting(a: Line, b: Line) -> bool:
    """Lines of one wrapped item: same size, face and weight, aligned left, right or centred alike."""
    if abs(a.size - b.size) > 0.03 * a.size or a.font != b.font or a.bold != b.bold:
        return False
    return abs(a.x0 - b.x0) <= 1 or abs(a.x1 - b.x1) <= 1 or abs((a.x0 + a.x1) - (b.x0 + b.x1)) <= 2


def _top_byline(segments: list[Segment], em: float) -> tuple[str, str, list[Line]] | None:
    """«本报记者 王比学» (perhaps wrapped) at the head of a column at the article's top, under
    the headline or as the first lines of the first column.  Removes its lines."""
    highest = max(s.top for s in segments)
    first_column = min(s.x0 for s in segments)
    for seg in segments:
        heads_column = not any(o is not seg and o.bottom >= seg.top - 0.5 and min(o.x1, seg.x1) - max(o.x0, seg.x0) > 0 for o in segments)
        # Under the headline, above everything; or heading the first column (under a photo, say).
        if not (seg.top >= highest - 1.5 * em or (heads_column and seg.x0 <= first_column + em)):
            continue
        lines = seg.lines
        for k in range(min(3, len(lines)), 0, -1):
            head = lines[:k]
            if any(not _same_setting(head[0], l) for l in head[1:]):
                continue
            found = role_byline(" ".join(l.text for l in head))
            if found is None:
                continue
            rest = lines[k:]
            # What follows must start a paragraph: the byline is not a sentence's first words.
            if rest and not (rest[0].x0 - seg.x0 >= 0.6 * em or head[-1].x1 < seg.x1 - em or rest[0].size != head[0].size):
                continue
            del seg.lines[:k]
            if not seg.lines:
                segments.remove(seg)
            return found[0], found[1], head
    return None


def _body_lines(segments: list[Segment]) -> list[_BodyLine]:
    out: list[_BodyLine] = []
    for seg in segments:
        # The column's edges from lines that are neither indented nor short.
        x0, x1 = seg.x0, seg.x1
        previous = None
        for k, line in enumerate(seg.lines):
            out.append(_BodyLine(line, x0, x1, k == 0, previous.base - line.base if previous else 0.0))
            previous = line
    return out


def _end_byline(body: list[_BodyLine], texts: list[str]) -> tuple[str | None, str | None]:
    """A bracketed byline ending the article: flush right on the last line, glued to it, on
    a line of its own, or wrapped over the last two lines.  Edits ``texts`` in place."""
    last = body[-1].line
    if last.tail is not None:
        found = bracket_byline(last.tail.text)
        if found and not found[0]:
            texts[-1] = texts[-1][: len(texts[-1]) - len(last.tail.text)].rstrip()
            return found[1], found[2]
    found = bracket_byline(texts[-1])
    if found:
        texts[-1] = found[0]
        return found[1], found[2]
    if len(texts) >= 2 and texts[-1].endswith(("）", ")")) and ("（" in texts[-2] or "(" in texts[-2]):
        # The wrap hides whether a space stood there.
        head_part = texts[-2][max(texts[-2].rfind("（"), texts[-2].rfind("(")) + 1 :].split(" ")[-1]
        tail_part = texts[-1].rstrip("）)").split(" ")[0]
        gap = " " if two_names_at_wrap(head_part, tail_part) else ""
        found = bracket_byline(texts[-2] + gap + texts[-1])
        if found and len(found[0]) <= len(texts[-2]):
            texts[-2], texts[-1] = found[0], ""
            return found[1], found[2]
    return None, None


def _is_subhead(b: _BodyLine, text: str, body_size: float, body_font: str, spaced: bool = False) -> bool:
    line = b.line
    if not text or _SENTENCE_END.search(text) or len(text) > 30:
        return False
    printed = [g for g in line.glyphs if not g.text.isspace()]
    if not printed:
        return False
    heavy = sum(1 for g in printed if g.bold or g.font != body_font) >= 0.8 * len(printed)
    left = line.x0 - b.col_x0
    right = b.col_x1 - line.x1
    # Both sides clear: a first line indented by one character has an em on its left alone.
    # A centred heading that almost fills the measure leaves less on each side, but as much
    # on the one as on the other, where running text keeps its left edge on the column's
    # (glyph boxes are advance boxes: no bearing moves a line's edge).  With space above it
    # (as a paragraph rarely has) even a twentieth of an em each side will do.
    even = abs(left - right) <= 0.15 * body_size
    centred = (min(left, right) >= 0.8 * body_size and abs(left - right) <= body_size) or (
        even and min(left, right) >= (0.05 if spaced else 0.1) * body_size)
    return heavy or centred


def _blocks(body: list[_BodyLine], texts: list[str], body_size: float, body_font: str) -> tuple[list[Block], list[list[Line]]]:
    """Paragraphs from first-line indents, short last lines and space between; sub-headings
    are short heavy or centred lines that stand alone."""
    blocks: list[Block] = []
    block_lines: list[list[Line]] = []
    current: list[str] = []
    current_lines: list[Line] = []
    em = body_size
    pitches = sorted(b.pitch for b in body if b.pitch > 0)
    normal = pitches[len(pitches) // 2] if pitches else 1.4 * em

    def close(kind: str = "paragraph") -> None:
        nonlocal current, current_lines
        if current_lines:
            text = normalise_heading(" ".join(current)) if kind == "subhead" else normalise_body(join_wrapped(current))
            if text:
                blocks.append(Block(kind, text))
                block_lines.append(current_lines)
        current, current_lines = [], []

    previous: _BodyLine | None = None
    for b, text in zip(body, texts):
        line = b.line
        if not text:
            continue
        spaced = not b.first_in_segment and b.pitch > normal + 0.3 * em
        if _is_subhead(b, text, body_size, body_font, spaced):
            close()
            current, current_lines = [text], [line]
            close("subhead")
            previous = None
            continue
        indented = line.x0 - b.col_x0 >= 0.6 * em
        previous_short = previous is not None and previous.line.x1 < previous.col_x1 - 0.8 * em
        if current_lines and (indented or spaced or previous_short):
            close()
        current.append(text)
        current_lines.append(line)
        previous = b
    close()
    return blocks, block_lines


def _block_boxes(page: int, lines: list[Line]) -> list[Box]:
    """One box per column the block runs through."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups and abs(groups[-1][-1].x0 - line.x0) < 3 * line.size and line.base < groups[-1][-1].base:
            groups[-1].append(line)
        else:
            groups.append([line])
    return [_box(page, group) for group in groups]
