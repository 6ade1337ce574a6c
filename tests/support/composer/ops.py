"""What a composed page draws, recorded before drawing so the truth can give every box."""

from __future__ import annotations

from dataclasses import dataclass

from composer.flow import ASCENT, DESCENT
from composer.typeset import SetLine, draw_line


@dataclass(slots=True)
class TextOp:
    line: SetLine
    x: float
    baseline: float  # top-down
    size: float
    char_space: float | None = None  # None: justify as the line asks
    stroke: float = 0.0
    gray: float = 0.0
    color: tuple[float, float, float] | None = None

    def width(self) -> float:
        cs = self.line.char_space() if self.char_space is None else self.char_space
        return self.line.natural + cs * max(0, len(self.line.text) - 1)

    def box(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom), top-down."""
        return (self.x, self.baseline - ASCENT * self.size, self.x + self.width(), self.baseline + DESCENT * self.size)

    def draw(self, canvas, page_height: float) -> None:
        if self.color is not None:
            canvas.setFillColorRGB(*self.color)
            canvas.setStrokeColorRGB(*self.color)
        else:
            canvas.setFillGray(self.gray)
            canvas.setStrokeGray(self.gray)
        draw_line(canvas, self.line, self.x, page_height - self.baseline, self.size, self.char_space, stroke=self.stroke)


@dataclass(slots=True)
class RectOp:
    left: float
    top: float
    right: float
    bottom: float
    fill: float | None = 0.85  # grey level; None: outline only
    stroke: float | None = None  # line width of an outline
    image: bytes | None = None  # an embedded raster instead of a grey fill

    def box(self) -> tuple[float, float, float, float]:
        return (self.left, self.top, self.right, self.bottom)

    def draw(self, canvas, page_height: float) -> None:
        y = page_height - self.bottom
        w, h = self.right - self.left, self.bottom - self.top
        if self.image is not None:
            from io import BytesIO

            from reportlab.lib.utils import ImageReader

            canvas.drawImage(ImageReader(BytesIO(self.image)), self.left, y, w, h)
            return
        if self.fill is not None:
            canvas.setFillGray(self.fill)
        if self.stroke:
            canvas.setLineWidth(self.stroke)
            canvas.setStrokeGray(0.2)
        canvas.rect(self.left, y, w, h, stroke=1 if self.stroke else 0, fill=1 if self.fill is not None else 0)


@dataclass(slots=True)
class RuleOp:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5

    def box(self) -> tuple[float, float, float, float]:
        return (min(self.x0, self.x1), min(self.y0, self.y1), max(self.x0, self.x1), max(self.y0, self.y1))

    def draw(self, canvas, page_height: float) -> None:
        canvas.setLineWidth(self.width)
        canvas.setStrokeGray(0.1)
        canvas.line(self.x0, page_height - self.y0, self.x1, page_height - self.y1)


def union(boxes) -> tuple[float, float, float, float] | None:
    boxes = list(boxes)
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def pdf_box(box: tuple[float, float, float, float], page_height: float, page_index: int) -> list[float]:
    """[page, x0, y0, x1, y1] in PDF points, origin at the bottom left, y0 < y1."""
    left, top, right, bottom = box
    return [page_index, round(left, 2), round(page_height - bottom, 2), round(right, 2), round(page_height - top, 2)]
