"""Turning a user's request («split article 12 at 340») into a correction, refusing impossible ones.

Each builder reads the page as it is now, checks the request, and records
anchors by text (reader/corrections/anchors.py) so that the correction can
be found again on a later parse. The messages name what is wrong in words.
"""

from __future__ import annotations

from reader.corrections import anchors
from reader.corrections.draft import DraftPage, draft_page
from reader.corrections.model import (
    ANCHOR_CHARS, BLOCK_ROLES, HEADLINE_ROLES, MAX_HEADLINE_CHARS, MERGE_HEADLINE_MODES, ROLES, Correction, CorrectionError,
)  # fmt: skip
from reader.corrections.text import common_ends
from reader.model import HEADLINE_FIELDS, Page
from reader.parsing.text import heading_like, is_terminal

PART_NAMES = ("body block number", *HEADLINE_FIELDS, "caption:N")

# A line longer than this is a sentence, not a headline, whatever its punctuation.
_HEADLINE_LIKE_CHARS = 40


def parse_part(text: str) -> tuple[str, int | None]:
    """«3» → body block 3 (0-based, as in parse --json); «title» → the title; «caption:0» → the first caption."""
    text = (text or "").strip()
    if text.isdigit():
        return "body", int(text)
    if text in HEADLINE_FIELDS:
        return text, None
    name, _sep, number = text.partition(":")
    if name == "caption" and number.isdigit():
        return "caption", int(number)
    raise CorrectionError(f"«{text}» names no part of an article; give a body block number (0, 1, …), "
                          f"one of {', '.join(HEADLINE_FIELDS)}, or caption:N")  # fmt: skip


def part_label(name: str, index: int | None) -> str:
    if name == "body":
        return f"block {index}"
    if name == "caption":
        return f"caption {index}"
    return f"the {name}"


def _draft(page: Page, index: int, what: str) -> DraftPage:
    if not 0 <= index < len(page.articles):
        raise CorrectionError(f"{what} is not on its page")
    return draft_page(page)


# -- split ------------------------------------------------------------------------------------
def split_offset(page: Page, index: int, at: int, what: str) -> int:
    """The offset a split really cuts at: the start of the next block when ``at`` is on a line break."""
    text = page.articles[index].body_text
    if not 0 < at < len(text):
        raise CorrectionError(
            f"offset {at} is outside {what}'s text of {len(text)} characters; a split needs text on both sides (1 to {len(text) - 1})"
        )
    if text[at] == "\n":
        at += 1
    return at


def proposed_title(page: Page, index: int, at: int) -> tuple[str, bool]:
    """The new article's title after a split at ``at``: (text, taken from the text).

    The first block after the cut is the title when it reads as a
    headline (a sub-heading, or a short line without sentence punctuation);
    otherwise the proposal is the start of its first sentence, for the user to change.
    """
    article = page.articles[index]
    draft = draft_page(page).articles[index]
    block_index, within = draft.locate(at)
    block = article.body[block_index]
    if within == 0 and block_index < len(article.body) - 1:
        if block.kind == "subhead" or (heading_like(block.text) and not is_terminal(block.text) and len(block.text) <= _HEADLINE_LIKE_CHARS):
            return block.text, True
    rest = article.body_text[at:]
    for mark in "。！？":
        if mark in rest[:60]:
            rest = rest[: rest.index(mark)]
    return rest[:30].strip(), False


def make_split(page: Page, index: int, at: int, *, title: str | None = None, title_from_text: bool | None = None,
               what: str = "the article") -> Correction:  # fmt: skip
    draft = _draft(page, index, what)
    at = split_offset(page, index, at, what)
    proposal, from_text = proposed_title(page, index, at)
    if title_from_text is None:
        title_from_text = from_text and (title is None or title == proposal)
    if title_from_text and not from_text:
        raise CorrectionError("the text after the split does not start with a headline line; give the new article a title")
    if not title_from_text and title is None:
        title = proposal
    text = draft.articles[index].body_text
    return Correction("split", {
        "at": anchors.point_anchor(text, at), "position": index, "offset": at,
        "title": None if title_from_text else (title or "").strip(), "title_from_text": bool(title_from_text),
    })  # fmt: skip


# -- merge --------------------------------------------------------------------------------------
def make_merge(page: Page, first: int, second: int, *, headline: str = "body", what: str = "the article") -> Correction:
    if headline not in MERGE_HEADLINE_MODES:
        raise CorrectionError(f"«{headline}» is not a way to keep a headline; choose {', '.join(MERGE_HEADLINE_MODES)}")
    if abs(first - second) != 1:
        raise CorrectionError(f"{what} are not next to each other on their page; only neighbours can be merged")
    first, second = sorted((first, second))
    draft = _draft(page, second, what)
    a, b = draft.articles[first], draft.articles[second]
    return Correction("merge", {
        "first": anchors.article_anchor(a, first), "second": anchors.article_anchor(b, second), "headline": headline,
    })  # fmt: skip


# -- roles --------------------------------------------------------------------------------------
def make_set_role(page: Page, index: int, part: tuple[str, int | None], role: str, what: str = "the article") -> Correction:
    if role not in ROLES:
        raise CorrectionError(f"«{role}» is not a role; roles are {', '.join(ROLES)}")
    draft = _draft(page, index, what)
    d = draft.articles[index]
    name, number = part
    text = anchors.part_text(d, name, number)
    label = part_label(name, number)
    if text is None or (name != "body" and not text):
        count = len(d.body) if name == "body" else len(d.captions)
        where = f" (it has {count})" if name in ("body", "caption") else ""
        raise CorrectionError(f"{what} has no {label}{where}")
    current = d.body[number].kind if name == "body" else name
    if current == role:
        raise CorrectionError(f"{label} of {what} is a {role} already")
    if role in HEADLINE_ROLES and (len(text) > MAX_HEADLINE_CHARS or "\n" in text):
        raise CorrectionError(
            f"{label} of {what} has {len(text)} characters: a {role} is a line or two (at most {MAX_HEADLINE_CHARS}), not a paragraph"
        )
    if role in BLOCK_ROLES and name == "body" and current not in BLOCK_ROLES:
        raise CorrectionError(f"{label} of {what} cannot become a {role}")
    return Correction("set_role", {"part": anchors.part_anchor(d, index, name, number), "role": role})


# -- lines --------------------------------------------------------------------------------------
def make_drop_lines(page: Page, lines: list[tuple[int, str]]) -> Correction:
    draft = draft_page(page)
    held = set().union(*(d.all_lines() for d in draft.articles)) if draft.articles else set()
    if not lines:
        raise CorrectionError("no lines were chosen to drop")
    for no, text in lines:
        if no not in held:
            raise CorrectionError(f"line {no + 1} («{text.strip()[:16]}») is in no article, so there is nothing to drop")
    return Correction("drop_lines", {"lines": [{"no": no, "text": text.strip()} for no, text in lines]})


def make_line_role(page: Page, no: int, text: str, role: str) -> Correction:
    """One page line inside a paragraph (or a paragraph of one line) given a role of its own."""
    if role not in ROLES or role == "furniture":
        raise CorrectionError(f"«{role}» is not a role for a line; roles are {', '.join(r for r in ROLES if r != 'furniture')}")
    draft = draft_page(page)
    holder = next((d for d in draft.articles if no in d.all_lines()), None)
    if holder is None:
        raise CorrectionError(f"line {no + 1} («{text.strip()[:16]}») is in no article")
    if not any(no in b.lines and b.source is None for b in holder.body):
        raise CorrectionError(f"line {no + 1} is a headline or caption line; change the role of its part instead")
    if role in HEADLINE_ROLES and len(text.strip()) > MAX_HEADLINE_CHARS:
        raise CorrectionError(f"line {no + 1} has {len(text.strip())} characters: a {role} is at most {MAX_HEADLINE_CHARS}")
    return Correction("line_role", {"line": {"no": no, "text": text.strip()}, "role": role})


def make_restore_line(page: Page, no: int) -> Correction:
    entry = next((x for x in page.dropped if x.line_no == no), None)
    if entry is None:
        raise CorrectionError(f"line {no + 1} was not dropped, so there is nothing to restore")
    return Correction("restore_line", {"line": {"no": no, "text": entry.text}, "reason": entry.reason})


# -- text ---------------------------------------------------------------------------------------
def make_edit_text(page: Page, index: int, part: tuple[str, int | None], new: str, what: str = "the article") -> Correction:
    draft = _draft(page, index, what)
    d = draft.articles[index]
    name, number = part
    old = anchors.part_text(d, name, number)
    label = part_label(name, number)
    if old is None:
        raise CorrectionError(f"{what} has no {label}")
    if "\n" in new or "\r" in new:
        raise CorrectionError(f"the new text of {label} holds a line break; split the article to cut a paragraph")
    if name == "body" and not new.strip():
        raise CorrectionError(f"the new text of {label} is empty; set its role to furniture to drop a block")
    if new == old:
        raise CorrectionError(f"the new text of {label} is the text it has already")
    p, s = common_ends(old, new)
    context = ANCHOR_CHARS // 2
    return Correction("edit_text", {
        "part": anchors.part_anchor(d, index, name, number),
        "before": old[max(0, p - context) : p], "old": old[p : len(old) - s], "new": new[p : len(new) - s],
        "after": old[len(old) - s : len(old) - s + context], "offset": max(0, p - context),
    })  # fmt: skip


# -- delete and join --------------------------------------------------------------------------------
def make_delete(page: Page, index: int, what: str = "the article") -> Correction:
    draft = _draft(page, index, what)
    return Correction("delete", {"article": anchors.article_anchor(draft.articles[index], index)})


def make_join(head_page: Page, head: int, cont_page: Page, cont: int, cont_source: int, *, same_page: bool,
              what: str = "the articles") -> Correction:  # fmt: skip
    if same_page:
        raise CorrectionError(f"{what} are on the same page; a join continues an article on another page (merge neighbours instead)")
    a = _draft(head_page, head, what).articles[head]
    b = _draft(cont_page, cont, what).articles[cont]
    return Correction("join", {
        "head": anchors.article_anchor(a, head), "continuation": anchors.article_anchor(b, cont),
        "continued_source": cont_source,
    })  # fmt: skip
