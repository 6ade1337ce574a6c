"""Where a span of an old article's text is after a correction (pure; the store moves the rows)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from reader.corrections.model import Origin, Piece


@dataclass(frozen=True, slots=True)
class Mapped:
    index: int  # the new article
    start: int
    end: int
    edited: bool  # the span's own text was edited


class Remap:
    """Maps (old article, start, end) through the pieces of every new article of a correction."""

    def __init__(self, origins: Sequence[Origin]) -> None:
        self._by_key: dict[Hashable, list[tuple[Piece, int]]] = {}
        for index, origin in enumerate(origins):
            for piece in origin.pieces:
                self._by_key.setdefault(piece.key, []).append((piece, index))
        for pieces in self._by_key.values():
            pieces.sort(key=lambda pair: (pair[0].old_start, pair[0].old_length))
        self._edited = {key: [p for p, _i in pieces if p.edited] for key, pieces in self._by_key.items()}

    def _point(self, key: Hashable, offset: int, *, end: bool) -> tuple[int, int, bool] | None:
        for piece, index in self._by_key.get(key, ()):
            lo, hi = piece.old_start, piece.old_start + piece.old_length
            # (An insertion covers no old text, so no old point falls in it: spans around it shift.)
            if not (lo < offset <= hi if end else lo <= offset < hi):
                continue
            if piece.edited:
                # Inside edited text nothing maps exactly: a start goes to its beginning, an end to its end.
                return index, piece.start + (piece.length if end else 0), True
            return index, piece.start + (offset - lo), False
        return None

    def span(self, key: Hashable, start: int, end: int) -> Mapped | None:
        """The span's place after the correction, when both its ends landed in one article in order."""
        first = self._point(key, start, end=False)
        last = self._point(key, end, end=True)
        if first is None or last is None or first[0] != last[0] or last[1] <= first[1]:
            return None
        return Mapped(first[0], first[1], last[1], first[2] or last[2] or self._edited_between(key, start, end))

    def _edited_between(self, key: Hashable, start: int, end: int) -> bool:
        return any(
            start < p.old_start + p.old_length and p.old_start < end or start < p.old_start < end
            for p in self._edited.get(key, ())
        )
