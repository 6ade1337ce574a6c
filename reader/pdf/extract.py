"""Characters and graphics of one PDF page, read with PDFium (pypdfium2).

Each character comes with its loose box (advance width by font ascent and
descent, in PDF points, origin bottom left), baseline, font size, font name,
whether it is set bold (a stroked fill or a heavy weight) and how dark it is
filled (a grey copy is how shadows are drawn).  Graphics are image areas,
filled rectangles (photo boxes) and thin lines (rules).

PDFium is called through ctypes prototypes of our own with plain pointer
types: the generated bindings convert their typed pointers on every call,
which costs more than the call itself when a page has 10,000 characters.
"""

from __future__ import annotations

import ctypes
import struct
from dataclasses import dataclass

import pypdfium2.raw as raw

_VP = ctypes.c_void_p


def _proto(func, restype, *argtypes):
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(func, _VP).value)


_loose_box = _proto(raw.FPDFText_GetLooseCharBox, ctypes.c_int, _VP, ctypes.c_int, _VP)
_text_object = _proto(raw.FPDFText_GetTextObject, _VP, _VP, ctypes.c_int)
_char_origin = _proto(raw.FPDFText_GetCharOrigin, ctypes.c_int, _VP, ctypes.c_int, _VP, _VP)
_font_size = _proto(raw.FPDFText_GetFontSize, ctypes.c_double, _VP, ctypes.c_int)
_map_error = _proto(raw.FPDFText_HasUnicodeMapError, ctypes.c_int, _VP, ctypes.c_int)

GRAPHIC_KINDS = ("image", "fill", "rule")
_RECT = struct.Struct("4f")
_BLANKS = frozenset((0x20, 0xA0, 0x3000, 0x0D, 0x0A, 0x09))
_PRINTED_SPACES = frozenset((0x20, 0xA0, 0x3000))


@dataclass(slots=True)
class Glyph:
    text: str  # one code point (surrogate halves joined)
    x0: float
    y0: float
    x1: float
    y1: float
    base: float  # baseline y
    size: float
    font: str
    bold: bool
    gray: float  # 0 black … 1 white (fill colour's lightness)
    space_after: bool = False  # the PDF prints a space right after it (where a wrap may hide one)


@dataclass(slots=True)
class Graphic:
    kind: str  # image | fill | rule
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(slots=True)
class RawPage:
    index: int  # 0-based
    width: float
    height: float
    glyphs: list[Glyph]
    graphics: list[Graphic]
    unreadable: int  # characters PDFium could not map to Unicode, private-use or control codes
    images: int  # image objects (a scan has one covering the page)


def _address(pointer) -> int:
    return ctypes.cast(pointer, _VP).value or 0


def _font_name(font) -> str:
    n = raw.FPDFFont_GetBaseFontName(font, None, 0)
    if n <= 0:
        return ""
    buffer = ctypes.create_string_buffer(n)
    raw.FPDFFont_GetBaseFontName(font, buffer, n)
    return buffer.value.decode("latin-1").split("+", 1)[-1]


_obj_font = _proto(raw.FPDFTextObj_GetFont, _VP, _VP)
_font_weight = _proto(raw.FPDFFont_GetWeight, ctypes.c_int, _VP)
_render_mode = _proto(raw.FPDFTextObj_GetTextRenderMode, ctypes.c_int, _VP)
_fill_color = _proto(raw.FPDFPageObj_GetFillColor, ctypes.c_int, _VP, _VP, _VP, _VP, _VP)
_FILL_STROKE = raw.FPDF_TEXTRENDERMODE_FILL_STROKE


class _ObjectReader:
    """Facts of text objects, with the out-parameters allocated once and fonts looked up once."""

    def __init__(self, textpage: int):
        self.textpage = textpage
        self.fonts: dict[int, tuple[str, int]] = {}
        self.rgba = (ctypes.c_uint * 4)()
        step = ctypes.sizeof(ctypes.c_uint)
        self.rgba_p = [ctypes.addressof(self.rgba) + k * step for k in range(4)]
        self.xy = (ctypes.c_double * 2)()
        self.x_p = ctypes.addressof(self.xy)
        self.y_p = self.x_p + ctypes.sizeof(ctypes.c_double)

    def info(self, obj: int, first_char: int) -> tuple[str, bool, float, float, float]:
        """(font, bold, grey, size, baseline) of a text object."""
        font = _obj_font(obj) or 0
        known = self.fonts.get(font)
        if known is None:
            handle = ctypes.cast(font, raw.FPDF_FONT)
            known = self.fonts[font] = (_font_name(handle) if font else "", _font_weight(font) if font else -1)
        name, weight = known
        r_p, g_p, b_p, a_p = self.rgba_p
        rgba = self.rgba
        gray = (0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2]) / 255.0 if _fill_color(obj, r_p, g_p, b_p, a_p) else 0.0
        tp = self.textpage
        _char_origin(tp, first_char, self.x_p, self.y_p)
        # Fill and stroke is how typesetters embolden a face they have in one weight.
        bold = weight >= 600 or _render_mode(obj) == _FILL_STROKE
        return name, bold, gray, round(_font_size(tp, first_char), 2), self.xy[1]


def _graphics(page, height: float) -> tuple[list[Graphic], int]:
    out: list[Graphic] = []
    images = 0
    stack = [(page, raw.FPDFPage_CountObjects(page), raw.FPDFPage_GetObject)]
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    depth = 0
    while stack and depth < 1000:
        depth += 1
        owner, count, getter = stack.pop()
        for i in range(count):
            obj = getter(owner, i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                continue
            if kind == raw.FPDF_PAGEOBJ_FORM:
                stack.append((obj, raw.FPDFFormObj_CountObjects(obj), raw.FPDFFormObj_GetObject))
                continue
            if not raw.FPDFPageObj_GetBounds(obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)):
                continue
            x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
            if kind == raw.FPDF_PAGEOBJ_IMAGE:
                images += 1
                out.append(Graphic("image", x0, y0, x1, y1))
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                w, h = x1 - x0, y1 - y0
                # A thick rule's bounds include its stroke (a 2 pt rule is 4 pt high).
                if min(w, h) <= 5.0 and max(w, h) >= max(10.0, 8 * min(w, h)):
                    out.append(Graphic("rule", x0, y0, x1, y1))
                elif min(w, h) >= 10.0:
                    fill, stroke = ctypes.c_int(), ctypes.c_int()
                    raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
                    out.append(Graphic("fill" if fill.value else "rule", x0, y0, x1, y1))
    return out, images


def read_page(page, index: int) -> RawPage:
    """Glyphs and graphics of a pypdfium2 ``PdfPage``."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        tp = _address(textpage.raw)
        n = raw.FPDFText_CountChars(textpage.raw)
        glyphs: list[Glyph] = []
        unreadable = 0
        if n > 0:
            units_array = (ctypes.c_ushort * (n + 1))()
            raw.FPDFText_GetText(textpage.raw, 0, n, units_array)
            units = units_array[:n]  # one UTF-16 unit per character index
            rect = raw.FS_RECTF()
            rect_p = ctypes.addressof(rect)
            box_of = _RECT.unpack_from  # FS_RECTF: left, top, right, bottom
            infos: dict[int, tuple] = {}
            info_of = _ObjectReader(tp).info
            text_object, loose_box, append = _text_object, _loose_box, glyphs.append
            pending_high = 0
            for i in range(n):
                code = units[i]
                if code in _BLANKS:
                    # Spaces come from geometry (PDFium drops or invents them anyway); but a space
                    # the PDF prints at a line's end is the only trace of a space a wrap took.
                    if code in _PRINTED_SPACES and glyphs and text_object(tp, i):
                        glyphs[-1].space_after = True
                    continue
                obj = text_object(tp, i)
                if not obj:
                    continue  # generated by PDFium, not printed
                if 0xD800 <= code <= 0xDFFF:
                    if code <= 0xDBFF:
                        pending_high = code
                        continue
                    if pending_high:
                        code = 0x10000 + ((pending_high - 0xD800) << 10) + (code - 0xDC00)
                        pending_high = 0
                info = infos.get(obj)
                if info is None:
                    info = infos[obj] = info_of(obj, i)
                loose_box(tp, i, rect_p)
                left, top, right, bottom = box_of(rect)
                # Control codes, private-use and replacement characters, and Latin-1 letters
                # (what a CJK font's glyph codes come out as without a Unicode map).
                if code < 0x20 or 0x7F <= code <= 0x24F or 0xE000 <= code <= 0xF8FF or code == 0xFFFD:
                    unreadable += 1
                font, bold, gray, size, base = info
                append(Glyph(chr(code), left, bottom, right, top, base, size, font, bold, gray))
            # PDFium knows when a glyph had no Unicode mapping at all; ask for a sample.
            step = max(1, len(glyphs) // 200)
            if glyphs and not unreadable:
                unreadable += sum(_map_error(tp, i) == 1 for i in range(0, n, step)) * step
        graphics, images = _graphics(page.raw, height)
    finally:
        textpage.close()
    return RawPage(index, width, height, glyphs, graphics, unreadable, images)
