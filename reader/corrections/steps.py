"""The small structural moves corrections are made of: take a part out, put text in as a part, cut a span."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.corrections.draft import DArticle, DBlock
from reader.corrections.model import BLOCK_ROLES, HEADLINE_ROLES, Piece
from reader.corrections.text import CompactText, compact
from reader.model import DroppedLine


@dataclass(slots=True)
class Taken:
    """A part's text taken out of an article, with its lines and (for body blocks) where its text came from."""

    text: str
    lines: tuple[int, ...] = ()
    pieces: list[Piece] = field(default_factory=list)
    source: int | None = None


def checked(d: DArticle) -> None:
    """The user has looked at this article and fixed it: no longer doubtful."""
    d.changed = True
    d.doubt, d.doubt_reasons = 0.0, ()


def take_part(d: DArticle, name: str, index: int | None) -> Taken:
    if name == "body":
        block = d.body.pop(index)
        return Taken(block.text, block.lines, block.pieces, block.source)
    if name == "caption":
        text, lines = d.captions.pop(index)
        return Taken(text, lines)
    text = d.get_field(name) or ""
    lines = d.field_lines.get(name, ())
    d.set_field(name, None)
    return Taken(text, lines)


def put_part(d: DArticle, role: str, taken: Taken, *, at: int | None = None) -> None:
    """Give the taken text ``role`` in article ``d``; a headline field's previous text goes into the body."""
    if role in BLOCK_ROLES:
        block = DBlock(role, taken.text, taken.lines, taken.source, list(taken.pieces))
        d.body.insert(len(d.body) if at is None else at, block)
    elif role == "caption":
        d.captions.append((taken.text, taken.lines))
    elif role in HEADLINE_ROLES:
        previous = d.get_field(role)
        if previous:
            # Nothing is lost: the field's old text goes back into the body where it was printed.
            old = Taken(previous, d.field_lines.get(role, ()))
            put_part(d, "paragraph" if role == "byline" else "subhead", old, at=len(d.body) if role == "byline" else 0)
        d.set_field(role, taken.text, taken.lines)
    else:
        raise ValueError(f"unknown role {role!r}")


def body_place(role_from: str) -> int | None:
    """Where a headline field moved into the body goes: the byline at the end, the others at the start."""
    return None if role_from == "byline" else 0


def dropped(taken: Taken, reason: str) -> list[DroppedLine]:
    return [DroppedLine(no, taken.text, reason) for no in taken.lines] if taken.source is None else []


def cut_span(block: DBlock, start: int, end: int) -> DBlock | None:
    """The block without text[start:end] (None when nothing is left)."""
    left, rest = block.cut(start)
    _middle, right = rest.cut(end - start)
    if not left.text:
        return right if right.text else None
    if not right.text:
        return left
    return left.joined(right)


def find_line_text(text: str, line_text: str) -> tuple[int, int] | None:
    """Where a raw line's text is in a part's text, ignoring spacing; None when it is not there."""
    wanted = compact(line_text)
    if not wanted:
        return None
    c = CompactText(text)
    found = c.find_all(wanted)
    if not found:
        return None
    k = found[0]
    return c.original(k), c.original_end(k + len(wanted))
