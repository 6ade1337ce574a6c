"""Corrections made on page lines: drop lines as furniture, give a line a role, put a dropped line back.

Raw page lines never change between parses (the page's text is kept as
imported), so a line is named by its number, and its text is checked too.
"""

from __future__ import annotations

from dataclasses import replace

from reader.corrections.draft import DArticle, DBlock, DraftPage
from reader.corrections.model import BLOCK_ROLES, USER_FURNITURE, CorrectionError
from reader.corrections.steps import Taken, checked, cut_span, find_line_text, put_part
from reader.corrections.text import same_text
from reader.model import DroppedLine


def drop_lines(draft: DraftPage, data: dict, _ctx=None) -> str:
    done = 0
    for line in data["lines"]:
        no, raw = line["no"], line["text"]
        holder = next(((i, d) for i, d in enumerate(draft.articles) if no in d.all_lines()), None)
        if holder is None:
            continue  # not in any article: dropped already
        i, d = holder
        if not _cut_line(d, no, raw):
            raise CorrectionError(f"line {no + 1} («{raw.strip()[:16]}») is not where it was in its article")
        draft.dropped.append(DroppedLine(no, raw.strip(), USER_FURNITURE))
        checked(d)
        done += 1
    return "applied" if done else "already"


def _cut_line(d: DArticle, no: int, raw: str) -> bool:
    for index, block in enumerate(d.body):
        if no in block.lines and block.source is None:
            if block.lines == (no,):
                del d.body[index]
                return True
            span = find_line_text(block.text, raw)
            if span is None:
                return False
            rest = cut_span(block, *span)
            if rest is None:
                del d.body[index]
            else:
                d.body[index] = replace(rest, lines=tuple(n for n in block.lines if n != no))
            return True
    for name, lines in list(d.field_lines.items()):
        if no in lines:
            text = d.get_field(name) or ""
            span = find_line_text(text, raw) if lines != (no,) else (0, len(text))
            if span is None:
                return False
            rest = (text[: span[0]] + text[span[1] :]).strip()
            d.set_field(name, rest or None, tuple(n for n in lines if n != no))
            return True
    for index, (text, lines) in enumerate(d.captions):
        if no in lines:
            del d.captions[index]
            return True
    return False


def restore_line(draft: DraftPage, data: dict, _ctx=None) -> str:
    no, text = data["line"]["no"], data["line"]["text"]
    entry = next((x for x in draft.dropped if x.line_no == no and same_text(x.text, text)), None)
    if entry is None:
        if any(no in d.all_lines() for d in draft.articles):
            return "already"
        raise CorrectionError(f"line {no + 1} («{text[:16]}») is not among the page's dropped lines")
    target = _article_where(draft, no)
    if target is None:
        raise CorrectionError(f"there is no article on the page to put line {no + 1} back into")
    draft.dropped.remove(entry)
    d = draft.articles[target]
    at = next((k for k, b in enumerate(d.body) if b.source is None and b.lines and min(b.lines) > no), len(d.body))
    d.body.insert(at, DBlock("paragraph", entry.text, (no,)))
    checked(d)
    return "applied"


def _article_where(draft: DraftPage, no: int) -> int | None:
    """The article a page line stood in: the one around it, else the nearest before or after."""
    best = None
    for i, d in enumerate(draft.articles):
        lines = d.all_lines()
        if not lines:
            continue
        if min(lines) < no < max(lines):
            return i
        gap = min(abs(no - min(lines)), abs(no - max(lines)))
        rank = (-gap, max(lines) < no)  # nearer first; on a tie the article above
        if best is None or rank > best[0]:
            best = (rank, i)
    return None if best is None else best[1]



def _holder(draft: DraftPage, no: int) -> DArticle | None:
    return next((d for d in draft.articles if no in d.all_lines()), None)


def line_role(draft: DraftPage, data: dict, _ctx=None) -> str:
    """Give one page line (inside a paragraph or a headline field) its own role: a title, a sub-heading, …"""
    no, raw, role = data["line"]["no"], data["line"]["text"], data["role"]
    d = _holder(draft, no)
    if d is None:
        raise CorrectionError(f"line {no + 1} («{raw.strip()[:16]}») is in no article")
    if role not in BLOCK_ROLES and d.field_lines.get(role) == (no,):
        return "already"
    for index, block in enumerate(d.body):
        if no not in block.lines or block.source is not None:
            continue
        if block.lines == (no,):
            if role == block.kind:
                return "already"
            taken = Taken(block.text, (no,), block.pieces)
            del d.body[index]
            put_part(d, role, taken, at=index)
            checked(d)
            return "applied"
        span = find_line_text(block.text, raw)
        if span is None:
            raise CorrectionError(f"line {no + 1} («{raw.strip()[:16]}») is not where it was in its article")
        before, rest = block.cut(span[0])
        middle, after = rest.cut(span[1] - span[0])
        others = tuple(n for n in block.lines if n != no)
        below = [n for n in others if n < no]
        parts = []
        if before.text:
            parts.append(replace(before, lines=tuple(below)))
        if role in BLOCK_ROLES:
            parts.append(DBlock(role, middle.text, (no,), None, middle.pieces))
        if after.text:
            parts.append(replace(after, lines=tuple(n for n in others if n > no)))
        d.body[index : index + 1] = parts
        if role not in BLOCK_ROLES:
            put_part(d, role, Taken(middle.text, (no,), middle.pieces), at=index + (1 if before.text else 0))
        checked(d)
        return "applied"
    raise CorrectionError(f"line {no + 1} is a headline or caption line; change the role of its part instead")
