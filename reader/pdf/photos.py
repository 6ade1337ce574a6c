"""Photo areas and their captions.

A photo is an image, or a filled rectangle with no text on it, of some size.
Its caption is the run of lines right under it (or, failing that, right above
it), inside its width, set apart from body text by size or face.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.pdf.extract import Graphic
from reader.pdf.lines import Line

MIN_PHOTO = 18.0  # points: smaller fills are ornaments


@dataclass(slots=True, eq=False)  # identity: the same text may be printed twice
class Photo:
    x0: float
    y0: float
    x1: float
    y1: float
    caption: list[Line] = field(default_factory=list)

    @property
    def box(self) -> tuple[float, float, float, float]:
        boxes = [(self.x0, self.y0, self.x1, self.y1)] + [(l.x0, l.y0, l.x1, l.y1) for l in self.caption]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def find_photos(graphics: list[Graphic], lines: list[Line], width: float, height: float) -> list[Photo]:
    photos: list[Photo] = []
    for g in graphics:
        if g.kind not in ("image", "fill"):
            continue
        w, h = g.x1 - g.x0, g.y1 - g.y0
        if w < MIN_PHOTO or h < MIN_PHOTO or w * h > 0.6 * width * height:
            continue
        covered = sum(1 for l in lines if l.x0 >= g.x0 - 1 and l.x1 <= g.x1 + 1 and l.y0 >= g.y0 - 1 and l.y1 <= g.y1 + 1)
        if covered:
            continue  # a tinted box behind text, not a picture
        if any(p.x0 <= g.x0 + 1 and p.x1 >= g.x1 - 1 and p.y0 <= g.y0 + 1 and p.y1 >= g.y1 - 1 for p in photos):
            continue  # an outline drawn around a photo already found
        photos.append(Photo(g.x0, g.y0, g.x1, g.y1))
    return photos


def _differs(line: Line, body_size: float, body_font: str) -> bool:
    return abs(line.size - body_size) > 0.03 * body_size or line.font != body_font


# Punctuation a line may hang past its measure (行末点号悬挂).
_HANGING = frozenset("。，、．.,")


def _set_right(line: Line) -> float:
    """Where the line's measure ends: a stop hung past it does not count."""
    glyphs = line.glyphs
    if len(glyphs) >= 2 and glyphs[-1].text in _HANGING:
        return glyphs[-2].x1
    return line.x1


def _under(line: Line, photo: Photo) -> bool:
    """Is the line set inside the photo's width?  Its glyph boxes may stand a little past the
    photo's edges (a grey shadow copy a third of a character aside, loose boxes of a face's
    glyphs); a line centred under the photo may run up to a character past both edges (a
    closing mark a line may not start with kept at its end)."""
    slack = max(2.0, 0.4 * line.size)
    if line.x0 >= photo.x0 - slack and _set_right(line) <= photo.x1 + slack:
        return True
    off_centre = (line.x0 + line.x1) / 2 - (photo.x0 + photo.x1) / 2
    return abs(off_centre) <= slack and line.x1 - line.x0 <= photo.x1 - photo.x0 + 2.5 * line.size


def attach_captions(photos: list[Photo], lines: list[Line], body_size: float, body_font: str) -> set[int]:
    """Give each photo its caption lines; returns the ids of the lines taken."""
    taken: set[int] = set()
    for photo in photos:
        inside = [l for l in lines if id(l) not in taken and _under(l, photo)]
        below = sorted((l for l in inside if l.y1 <= photo.y0 + 1), key=lambda l: -l.y1)
        above = sorted((l for l in inside if l.y0 >= photo.y1 - 1), key=lambda l: l.y0)
        for run, edge, downwards in ((below, photo.y0, True), (above, photo.y1, False)):
            if not run:
                continue
            first = run[0]
            gap = edge - first.y1 if downwards else first.y0 - edge
            if gap > 1.6 * first.size or not _differs(first, body_size, body_font):
                continue
            caption = [first]
            for line in run[1:]:
                prev = caption[-1]
                pitch = abs(prev.base - line.base)
                if line.font != first.font or abs(line.size - first.size) > 0.03 * first.size or pitch > 1.8 * first.size:
                    break
                caption.append(line)
            if not downwards:
                caption.reverse()
            photo.caption = caption
            taken.update(id(l) for l in caption)
            break
    return taken
