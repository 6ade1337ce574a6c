"""A page being corrected: articles whose body blocks remember where their text came from.

Every block carries pieces (reader.corrections.model.Piece) tying runs of
its text to offsets of an old article's body, so that after any correction
the caller can carry annotations and entities to where their text is now.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from reader.corrections.model import Origin, Piece
from reader.model import HEADLINE_FIELDS, Article, ArticleLines, Block, DroppedLine, Page


@dataclass(slots=True)
class DBlock:
    kind: str
    text: str
    lines: tuple[int, ...] = ()
    source: int | None = None
    pieces: list[Piece] = field(default_factory=list)  # start and length relative to this block's text

    def cut(self, at: int) -> tuple["DBlock", "DBlock"]:
        """The block's text before and from ``at``; lines go to the side that holds more of the text."""
        left, right = [], []
        for p in self.pieces:
            end = p.start + p.length
            if end <= at:
                left.append(p)
            elif p.start >= at:
                right.append(replace(p, start=p.start - at))
            else:
                keep = at - p.start
                old_keep = min(keep, p.old_length)
                left.append(replace(p, old_length=old_keep, length=keep))
                right.append(replace(p, old_start=p.old_start + old_keep, old_length=p.old_length - old_keep,
                                     start=0, length=p.length - keep))  # fmt: skip
        before = DBlock(self.kind, self.text[:at], self.lines, self.source, left)
        after = DBlock("paragraph" if self.kind == "paragraph" else self.kind, self.text[at:], self.lines, self.source, right)
        return before, after

    def joined(self, other: "DBlock") -> "DBlock":
        """This block's text followed directly by another's (a paragraph continued)."""
        shift = len(self.text)
        pieces = self.pieces + [replace(p, start=p.start + shift) for p in other.pieces]
        lines = tuple(sorted(set(self.lines) | set(other.lines)))
        return DBlock(self.kind, self.text + other.text, lines, self.source, pieces)


@dataclass(slots=True)
class DArticle:
    title: str = ""
    kicker: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    byline: str | None = None
    byline_raw: str | None = None
    field_lines: dict[str, tuple[int, ...]] = field(default_factory=dict)
    body: list[DBlock] = field(default_factory=list)
    captions: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)
    primary: Hashable | None = None
    contributors: list[Hashable] = field(default_factory=list)
    doubt: float = 0.0
    doubt_reasons: tuple[str, ...] = ()
    changed: bool = False

    @property
    def body_text(self) -> str:
        return "\n".join(b.text for b in self.body)

    def block_starts(self) -> list[int]:
        starts, offset = [], 0
        for b in self.body:
            starts.append(offset)
            offset += len(b.text) + 1
        return starts

    def locate(self, offset: int) -> tuple[int, int]:
        """(block index, offset within it) of a body offset; the "\\n" after a block counts as the next one's start."""
        for index, start in reversed(list(enumerate(self.block_starts()))):
            if offset >= start:
                return index, offset - start
        return 0, 0

    def all_lines(self) -> set[int]:
        found = {n for lines in self.field_lines.values() for n in lines}
        found.update(n for b in self.body if b.source is None for n in b.lines)
        found.update(n for _text, lines in self.captions for n in lines)
        return found

    def get_field(self, name: str) -> str | None:
        return getattr(self, name)

    def set_field(self, name: str, text: str | None, lines: tuple[int, ...] = ()) -> None:
        setattr(self, name, text if name == "title" else (text or None))
        if name == "title" and text is None:
            self.title = ""
        if name == "byline":
            self.byline_raw = text or None
        if text:
            self.field_lines[name] = lines
        else:
            self.field_lines.pop(name, None)


@dataclass(slots=True)
class DraftPage:
    articles: list[DArticle]
    dropped: list[DroppedLine]
    base: Page  # the page it was made from (captions and identity pass through)


def draft_article(article: Article, key: Hashable) -> DArticle:
    lines = article.lines or ArticleLines()
    body = []
    offset = 0
    for block in article.body:
        piece = Piece(key, offset, len(block.text), 0, len(block.text))
        body.append(DBlock(block.kind, block.text, block.lines, block.source, [piece] if block.text else []))
        offset += len(block.text) + 1
    field_lines = {name: lines.field_lines(name) for name in HEADLINE_FIELDS if lines.field_lines(name)}
    captions = [(text, lines.captions[i] if i < len(lines.captions) else ()) for i, text in enumerate(article.captions)]
    return DArticle(
        title=article.title, kicker=article.kicker, subtitle=article.subtitle, dateline=article.dateline,
        byline=article.byline, byline_raw=article.byline_raw, field_lines=field_lines, body=body, captions=captions,
        primary=key, contributors=[key], doubt=article.doubt, doubt_reasons=article.doubt_reasons,
    )  # fmt: skip


def draft_page(page: Page, keys: Sequence[Hashable] | None = None) -> DraftPage:
    """A draft of ``page``; article i is known as keys[i] (by default its index)."""
    keys = list(range(len(page.articles))) if keys is None else list(keys)
    return DraftPage([draft_article(a, k) for a, k in zip(page.articles, keys)], list(page.dropped), page)


def to_article(d: DArticle) -> Article:
    article = Article(
        title=d.title or "", kicker=d.kicker or None, subtitle=d.subtitle or None, dateline=d.dateline or None,
        byline=d.byline or None, byline_raw=d.byline_raw or None,
        body=[Block(b.kind, b.text, b.lines, b.source) for b in d.body],
        captions=[text for text, _lines in d.captions],
    )  # fmt: skip
    article.lines = ArticleLines(
        **{name: d.field_lines.get(name, ()) for name in HEADLINE_FIELDS},
        captions=tuple(lines for _text, lines in d.captions),
    )
    article.doubt, article.doubt_reasons = d.doubt, d.doubt_reasons
    return article


def origin_of(d: DArticle) -> Origin:
    pieces = []
    for start, block in zip(d.block_starts(), d.body):
        pieces.extend(replace(p, start=p.start + start) for p in block.pieces)
    # Whoever gave it text contributed, as did the articles a step named (a merged headline has no pieces).
    contributors = [*([d.primary] if d.primary is not None else []), *d.contributors, *(p.key for p in pieces)]
    return Origin(d.primary, tuple(dict.fromkeys(contributors)), tuple(pieces), d.changed)


def finish(draft: DraftPage, originals: Mapping[Hashable, Article]) -> tuple[Page, list[Origin]]:
    """The corrected page and each article's origin; ``changed`` also covers edits the steps did not flag."""
    articles, origins = [], []
    for d in draft.articles:
        article = to_article(d)
        old = originals.get(d.primary) if d.primary is not None else None
        if old is None or old != article or [b.source for b in old.body] != [b.source for b in article.body]:
            d.changed = True
        articles.append(article)
        origins.append(origin_of(d))
    base = draft.base
    page = Page(
        articles=articles, page_captions=list(base.page_captions), dropped=sorted(draft.dropped, key=lambda x: x.line_no),
        encoding=base.encoding, meta=base.meta, meta_problems=list(base.meta_problems),
    )  # fmt: skip
    return page, origins
