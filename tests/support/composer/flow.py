"""Body text flowing down an article's columns, line by line, around photos.

Positions are top-down (``y`` grows downwards); a line occupies one leading
and its baseline sits ``ASCENT`` ems below the line's top.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ASCENT = 0.88
DESCENT = 0.14


@dataclass(slots=True)
class Slot:
    x: float
    width: float
    top: float
    bottom: float


@dataclass(slots=True)
class Placed:
    slot: int
    x: float
    baseline: float  # top-down


@dataclass(slots=True)
class Flow:
    slots: list[Slot]
    size: float
    leading: float
    index: int = 0
    y: float = field(default=-1.0)
    fresh: bool = True  # nothing placed yet in the current slot

    def __post_init__(self) -> None:
        if self.y < 0 and self.slots:
            self.y = self.slots[0].top

    def copy(self) -> "Flow":
        return Flow(self.slots, self.size, self.leading, self.index, self.y, self.fresh)

    def restore(self, other: "Flow") -> None:
        self.index, self.y, self.fresh = other.index, other.y, other.fresh

    def place(self, space_before: float = 0.0, height: float | None = None) -> Placed | None:
        """The position of the next line (``height`` for lines taller than the body's), or None when full."""
        height = self.leading if height is None else height
        while self.index < len(self.slots):
            slot = self.slots[self.index]
            y = self.y + (0.0 if self.fresh else space_before)
            if y + self.size * (ASCENT + DESCENT) + (height - self.leading) <= slot.bottom + 0.01:
                baseline = y + (height - self.leading) + self.size * ASCENT
                self.y = y + height
                self.fresh = False
                return Placed(self.index, slot.x, baseline)
            self.index += 1
            if self.index < len(self.slots):
                self.y = self.slots[self.index].top
                self.fresh = True
        return None

    def lines_left_in_slot(self) -> int:
        if self.index >= len(self.slots):
            return 0
        slot = self.slots[self.index]
        room = slot.bottom - self.y - self.size * (ASCENT + DESCENT)
        return max(0, int(room // self.leading) + 1) if room >= 0 else 0
