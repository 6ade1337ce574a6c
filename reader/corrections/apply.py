"""Applying corrections to a page: one function per kind, each finding its place by its anchors.

Each returns "applied" or "already" (the page already reads that way, as
when a newer parser makes the same cut) and raises CorrectionError, naming
what it looked for, when its text is no longer on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace

from reader.corrections import anchors, lines
from reader.corrections.draft import DArticle, DBlock, DraftPage, draft_page, finish
from reader.corrections.model import FALSE_HEADLINE, USER_FURNITURE, Correction, CorrectionError, Outcome
from reader.corrections.steps import checked
from reader.corrections.steps import body_place, dropped, put_part, take_part
from reader.corrections.text import compact, same_text
from reader.model import DroppedLine, Page
from reader.parsing.text import is_terminal

# (source id, the continuation's anchor, the join's correction id) -> the continuation as corrected on its page.
ContinuationLookup = Callable[[int, dict, int | None], DArticle | None]


@dataclass(slots=True)
class Context:
    source_id: int | None = None  # the page being corrected (joins ask which side of them it is)
    continuation: ContinuationLookup | None = None
    correction_id: int | None = None


_checked = checked

# -- split -------------------------------------------------------------------------
def split(draft: DraftPage, data: dict, _ctx: Context) -> str:
    point = anchors.find_point(draft, data["at"], data.get("position", 0))
    if point is None or point[1] == 0:
        if anchors.is_boundary(draft, data["at"]):
            return "already"
        raise CorrectionError(f"the text «…{data['at']['before'][-8:]}|{data['at']['after'][:8]}…» where the article was split is not on the page")
    i, offset = point
    d = draft.articles[i]
    index, within = d.locate(offset)
    if within > 0:
        before, after = d.body[index].cut(within)
        d.body[index : index + 1] = [before, after]
        index += 1
    new = DArticle(contributors=[])
    new.body = d.body[index:]
    d.body = d.body[:index]
    if data.get("title_from_text") and new.body:
        first = new.body.pop(0)
        new.set_field("title", first.text, first.lines)
    else:
        new.title = data.get("title") or ""
    # A byline is printed where an article ends, and the part after the cut holds that end.
    if d.byline:
        new.set_field("byline", d.byline, d.field_lines.get("byline", ()))
        new.byline_raw = d.byline_raw
        d.set_field("byline", None)
    _checked(d)
    _checked(new)
    draft.articles.insert(i + 1, new)
    return "applied"


# -- merge ---------------------------------------------------------------------------
def _headline_as_body(second: DArticle, mode: str) -> tuple[list[DBlock], list[DroppedLine]]:
    fields = [name for name in ("kicker", "title", "subtitle") if second.get_field(name)]
    taken = [take_part(second, name, None) for name in fields]
    if mode == "drop":
        return [], [line for t in taken for line in dropped(t, FALSE_HEADLINE)]
    if mode == "subhead":
        return [DBlock("subhead", t.text, t.lines) for t in taken], []
    if not taken:
        return [], []
    text = "".join(t.text for t in taken) if len(taken) == 1 else " ".join(t.text for t in taken)
    lines = tuple(n for t in taken for n in t.lines)
    block = DBlock("paragraph", text, lines)
    first = second.body[0] if second.body else None
    if first is not None and first.kind == "paragraph" and not is_terminal(text):
        # A false headline is the first line of a paragraph cut off mid-sentence («…面积约200平方» «公里，…»).
        second.body[0] = block.joined(first)
        return [], []
    return [block], []


def merge(draft: DraftPage, data: dict, _ctx: Context) -> str:
    i = anchors.find_article(draft, data["first"])
    j = anchors.find_article(draft, data["second"])
    if i is not None and j is not None and i == j:
        return "already"
    if i is None or j is None:
        wanted = (data["first"]["tail"], data["second"]["title"] or data["second"]["head"])
        for d in draft.articles:
            text = compact(d.title) + compact(d.body_text)
            if all(wanted) and wanted[0] in text and compact(wanted[1]) in text.split(wanted[0], 1)[-1]:
                return "already"
        missing = data["first"] if i is None else data["second"]
        raise CorrectionError(f"{anchors.describe_article(missing)} is not on the page")
    if j != i + 1:
        raise CorrectionError(
            f"{anchors.describe_article(data['first'])} and {anchors.describe_article(data['second'])} are no longer next to each other"
        )
    first, second = draft.articles[i], draft.articles[j]
    extra, lost = _headline_as_body(second, data.get("headline", "body"))
    draft.dropped.extend(lost)
    if second.dateline:
        if first.dateline:
            extra.insert(0, DBlock("paragraph", second.dateline, second.field_lines.get("dateline", ())))
        else:
            first.set_field("dateline", second.dateline, second.field_lines.get("dateline", ()))
    first.body.extend(extra + second.body)
    first.captions.extend(second.captions)
    if second.byline:
        lines = tuple(dict.fromkeys(first.field_lines.get("byline", ()) + second.field_lines.get("byline", ())))
        byline = " ".join(b for b in (first.byline, second.byline) if b)
        raw = " ".join(b for b in (first.byline_raw, second.byline_raw) if b)
        first.set_field("byline", byline, lines)
        first.byline_raw = raw
    first.contributors.extend(second.contributors + ([second.primary] if second.primary is not None else []))
    _checked(first)
    del draft.articles[j]
    return "applied"


# -- roles ------------------------------------------------------------------------------
def set_role(draft: DraftPage, data: dict, _ctx: Context) -> str:
    found = anchors.find_part(draft, data["part"])
    role = data["role"]
    if found is None:
        raise CorrectionError(f"the text «{data['part']['text'][:20]}» whose role was set is not on the page")
    i, name, index = found
    d = draft.articles[i]
    if name == "body" and role in ("paragraph", "subhead"):
        block = d.body[index]
        if block.kind == role:
            return "already"
        d.body[index] = replace(block, kind=role)
        _checked(d)
        return "applied"
    if name == role and name != "body":
        return "already"
    taken = take_part(d, name, index)
    if role == "furniture":
        draft.dropped.extend(dropped(taken, USER_FURNITURE))
    else:
        put_part(d, role, taken, at=body_place(name) if name != "body" else index)
    _checked(d)
    return "applied"


# -- text ------------------------------------------------------------------------------------
def edit_text(draft: DraftPage, data: dict, _ctx: Context) -> str:
    part = data["part"]
    wanted = data["before"] + data["old"] + data["after"]
    done = data["before"] + data["new"] + data["after"]
    found = _find_edit(draft, part, wanted, data)
    if found is None:
        if _find_edit(draft, part, done, data) is not None:
            return "already"
        raise CorrectionError(f"the text «{wanted[:24]}» that was edited is not on the page")
    i, name, index, at = found
    d = draft.articles[i]
    start, end = at + len(data["before"]), at + len(data["before"]) + len(data["old"])
    if name == "body":
        d.body[index] = _edited_block(d.body[index], start, end, data["new"])
    elif name == "caption":
        text, lines = d.captions[index]
        d.captions[index] = (text[:start] + data["new"] + text[end:], lines)
    else:
        text = d.get_field(name) or ""
        raw = d.byline_raw
        d.set_field(name, text[:start] + data["new"] + text[end:], d.field_lines.get(name, ()))
        if name == "byline" and raw:
            d.byline_raw = raw.replace(text, d.byline, 1) if text in raw else d.byline
    d.changed = True
    return "applied"


def _find_edit(draft: DraftPage, part: dict, wanted: str, data: dict) -> tuple[int, str, int | None, int] | None:
    home = anchors.find_article(draft, part["article"])
    best = None
    for i, d in enumerate(draft.articles):
        if part["field"] == "body":
            texts = [(k, b.text) for k, b in enumerate(d.body)]
        elif part["field"] == "caption":
            texts = [(k, t) for k, (t, _lines) in enumerate(d.captions)]
        else:
            texts = [(None, d.get_field(part["field"]) or "")]
        for k, text in texts:
            at = text.find(wanted)
            while at != -1:
                rank = (i == home, -abs((k or 0) - (part.get("index") or 0)), -abs(at - data.get("offset", 0)))
                if best is None or rank > best[0]:
                    best = (rank, (i, part["field"], k, at))
                at = text.find(wanted, at + 1)
    return None if best is None else best[1]


def _edited_block(block: DBlock, start: int, end: int, new: str) -> DBlock:
    left, rest = block.cut(start)
    middle, right = rest.cut(end - start)
    source = middle.pieces[0] if middle.pieces else None
    if source is None:
        # An insertion: it sits where the text on its left ended (or the text on its right began).
        near = left.pieces[-1] if left.pieces else (right.pieces[0] if right.pieces else None)
        if near is not None:
            at = near.old_start + near.old_length if near in left.pieces else near.old_start
            source = replace(near, old_start=at, old_length=0)
    pieces = []
    if source is not None:
        old_length = sum(p.old_length for p in middle.pieces)
        pieces = [replace(source, old_length=old_length, start=0, length=len(new), edited=True)]
    edited = DBlock(block.kind, new, block.lines, block.source, pieces)
    return left.joined(edited).joined(right)


# -- delete and join --------------------------------------------------------------------------
def delete(draft: DraftPage, data: dict, _ctx: Context, removed: list[Hashable]) -> str:
    i = anchors.find_article(draft, data["article"])
    if i is None:
        raise CorrectionError(f"the deleted article {anchors.describe_article(data['article'])} is not on the page")
    gone = draft.articles.pop(i)
    if gone.primary is not None:
        removed.append(gone.primary)
    return "applied"


def join(draft: DraftPage, data: dict, ctx: Context, removed: list[Hashable]) -> str:
    if ctx.source_id is not None and data["continued_source"] == ctx.source_id:
        # This page holds the continuation: it now reads inside the article it continues.
        i = anchors.find_article(draft, data["continuation"])
        if i is None:
            raise CorrectionError(f"the continuation {anchors.describe_article(data['continuation'])} is not on its page")
        gone = draft.articles.pop(i)
        if gone.primary is not None:
            removed.append(gone.primary)
        return "applied"
    i = anchors.find_article(draft, data["head"])
    if i is None:
        raise CorrectionError(f"the article {anchors.describe_article(data['head'])} that continues elsewhere is not on the page")
    lookup = ctx.continuation
    continuation = lookup(data["continued_source"], data["continuation"], ctx.correction_id) if lookup else None
    if continuation is None:
        raise CorrectionError(f"its continuation {anchors.describe_article(data['continuation'])} is not on its page")
    join_continuation(draft.articles[i], continuation, data["continued_source"])
    return "applied"


def join_continuation(head: DArticle, cont: DArticle, source: int) -> None:
    """The continuation's text after the head's; its blocks remember the page they were printed on."""
    blocks = [replace(b, source=b.source if b.source is not None else source) for b in cont.body]
    if cont.title and not same_text(cont.title, head.title):
        blocks.insert(0, DBlock("subhead", cont.title, (), source))
    head.body.extend(blocks)
    head.captions.extend(cont.captions)
    if cont.byline:
        head.byline = " ".join(b for b in (head.byline, cont.byline) if b)
        head.byline_raw = " ".join(b for b in (head.byline_raw, cont.byline_raw) if b)
    head.contributors.extend(cont.contributors + ([cont.primary] if cont.primary is not None else []))
    _checked(head)


_SIMPLE = {"split": split, "merge": merge, "set_role": set_role, "drop_lines": lines.drop_lines,
           "restore_line": lines.restore_line, "line_role": lines.line_role, "edit_text": edit_text}  # fmt: skip


def apply_to(draft: DraftPage, correction: Correction, ctx: Context, removed: list[Hashable]) -> str:
    """Apply one correction to a draft in place; returns "applied" or "already"; raises CorrectionError."""
    if correction.kind in _SIMPLE:
        return _SIMPLE[correction.kind](draft, correction.data, ctx)
    if correction.kind == "delete":
        return delete(draft, correction.data, ctx, removed)
    if correction.kind == "join":
        return join(draft, correction.data, ctx, removed)
    raise CorrectionError(f"unknown kind of correction {correction.kind!r}")


def apply_correction(page: Page, correction: Correction, keys: Sequence[Hashable] | None = None, ctx: Context | None = None) -> Outcome:
    """One correction on a page; the outcome tells the caller where every article's text came from."""
    draft = draft_page(page, keys)
    originals = {d.primary: a for d, a in zip(draft.articles, page.articles)}
    removed: list[Hashable] = []
    try:
        status = apply_to(draft, correction, ctx or Context(), removed)
    except CorrectionError as error:
        return Outcome(page, [], status="failed", problem=str(error))
    corrected, origins = finish(draft, originals)
    return Outcome(corrected, origins, status=status, removed=removed)


def apply_corrections(page: Page, corrections: Sequence[tuple[int | None, Correction]], ctx: Context | None = None) -> tuple[Page, list[tuple[int | None, str, str]]]:
    """A page's corrections in order: the corrected page and, per correction, (id, status, problem).

    A correction that no longer applies is skipped (status "failed", with
    its reason) and the others go on: nothing is dropped silently.
    """
    ctx = ctx or Context()
    draft = draft_page(page)
    results = []
    for correction_id, correction in corrections:
        ctx.correction_id = correction_id
        trial = draft_page(finish(draft, {})[0])  # each step works on a copy, so a failure leaves no trace
        try:
            status = apply_to(trial, correction, ctx, [])
        except CorrectionError as error:
            results.append((correction_id, "failed", str(error)))
            continue
        draft = trial
        results.append((correction_id, status, ""))
    return finish(draft, {})[0], results
