"""Anchors: how a correction names an article, a point in its text, or one of its parts, by text.

A newer parser may cut the page differently, join lines with other
spacing, or number the articles otherwise; anchors compare text without
whitespace (reader.corrections.text.compact) and use positions only to
choose between equally good matches.
"""

from __future__ import annotations

from reader.corrections.draft import DArticle, DraftPage
from reader.corrections.model import ANCHOR_CHARS
from reader.corrections.text import CompactText, compact, head, same_text, tail
from reader.model import HEADLINE_FIELDS


# -- articles --------------------------------------------------------------------
def article_anchor(d: DArticle, position: int) -> dict:
    return {
        "title": d.title or "", "head": head(d.body_text, ANCHOR_CHARS), "tail": tail(d.body_text, ANCHOR_CHARS),
        "position": position,
    }  # fmt: skip


def _article_score(d: DArticle, anchor: dict) -> int:
    body = compact(d.body_text)
    score = 0
    if anchor["title"] and same_text(d.title, anchor["title"]):
        score += 2
    if anchor["head"] and body.startswith(anchor["head"]):
        score += 2
    if anchor["tail"] and body.endswith(anchor["tail"]):
        score += 1
    if not (anchor["title"] or anchor["head"]) and not (d.title or body):
        score += 2  # an empty article (a lone byline) is found by its emptiness
    return score


def find_article(draft: DraftPage, anchor: dict) -> int | None:
    """The index of the article the anchor names: its title or the start of its text must match."""
    best = None
    for i, d in enumerate(draft.articles):
        score = _article_score(d, anchor)
        if score < 2:
            continue
        rank = (score, -abs(i - anchor.get("position", i)))
        if best is None or rank > best[0]:
            best = (rank, i)
    return None if best is None else best[1]


def describe_article(anchor: dict) -> str:
    if anchor.get("title"):
        return f"«{anchor['title']}»"
    return f"the article starting «{anchor.get('head', '')[:12]}…»"


# -- points in the body text ---------------------------------------------------------
def point_anchor(text: str, offset: int) -> dict:
    return {"before": tail(text[:offset], ANCHOR_CHARS), "after": head(text[offset:], ANCHOR_CHARS)}


def find_point(draft: DraftPage, anchor: dict, position: int = 0) -> tuple[int, int] | None:
    """(article index, body offset) where the anchor's text before and after meet, nearest ``position``."""
    needle = anchor["before"] + anchor["after"]
    best = None
    for i, d in enumerate(draft.articles):
        if needle not in compact(d.body_text):
            continue  # (cheap: building the offset map is not)
        text = CompactText(d.body_text)
        for k in text.find_all(needle):
            offset = text.original(k + len(anchor["before"]))
            rank = -abs(i - position)
            if best is None or rank > best[0]:
                best = (rank, i, offset)
    return None if best is None else (best[1], best[2])


def is_boundary(draft: DraftPage, anchor: dict) -> bool:
    """Does an article already end with the text before the point, and the next start with the text after?"""
    for previous, d in zip(draft.articles, draft.articles[1:]):
        if not compact(previous.body_text).endswith(anchor["before"]):
            continue
        starts = (compact(d.body_text), compact(d.title) + compact(d.body_text))
        if any(s.startswith(anchor["after"]) for s in starts):
            return True
    return False


# -- parts: headline fields, body blocks, captions --------------------------------------
def part_text(d: DArticle, field: str, index: int | None) -> str | None:
    if field == "body":
        return d.body[index].text if index is not None and 0 <= index < len(d.body) else None
    if field == "caption":
        return d.captions[index][0] if index is not None and 0 <= index < len(d.captions) else None
    if field in HEADLINE_FIELDS:
        return d.get_field(field)
    return None


def part_anchor(d: DArticle, position: int, field: str, index: int | None) -> dict:
    return {"field": field, "index": index, "text": part_text(d, field, index) or "", "article": article_anchor(d, position)}


def _parts(d: DArticle):
    for name in HEADLINE_FIELDS:
        if d.get_field(name):
            yield name, None, d.get_field(name)
    for i, block in enumerate(d.body):
        yield "body", i, block.text
    for i, (text, _lines) in enumerate(d.captions):
        yield "caption", i, text


def find_part(draft: DraftPage, anchor: dict) -> tuple[int, str, int | None] | None:
    """(article index, field, index) of the part with the anchor's text; its own article first, then the nearest."""
    wanted = compact(anchor["text"])
    if not wanted:
        return None
    home = find_article(draft, anchor["article"])
    position = home if home is not None else anchor["article"].get("position", 0)
    best = None
    for i, d in enumerate(draft.articles):
        for field, index, text in _parts(d):
            if compact(text) != wanted:
                continue
            rank = (i == home, field == anchor["field"], -abs(i - position), -abs((index or 0) - (anchor.get("index") or 0)))
            if best is None or rank > best[0]:
                best = (rank, (i, field, index))
    return None if best is None else best[1]
