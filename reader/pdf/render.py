"""A PDF page as pixels, for the page view: raw RGBA bytes, no Qt and no PIL."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """``width`` × ``height`` pixels, ``stride`` bytes per row, RGBA (8 bits each, straight alpha,
    opaque white paper): ready for QImage.Format_RGBA8888."""

    width: int
    height: int
    stride: int
    data: bytes
    scale: float  # pixels per PDF point


def render_page(document: pdfium.PdfDocument, index: int, scale: float = 1.0) -> RenderedPage:
    page = document[index]
    try:
        w_pt, h_pt = page.get_size()
        width, height = max(1, round(w_pt * scale)), max(1, round(h_pt * scale))
        bitmap = raw.FPDFBitmap_Create(width, height, 1)
        if not bitmap:
            raise MemoryError(f"cannot allocate a {width}×{height} bitmap")
        try:
            raw.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xFFFFFFFF)
            # REVERSE_BYTE_ORDER gives RGBA rather than PDFium's native BGRA.
            flags = raw.FPDF_ANNOT | raw.FPDF_REVERSE_BYTE_ORDER
            raw.FPDF_RenderPageBitmap(bitmap, page.raw, 0, 0, width, height, 0, flags)
            stride = raw.FPDFBitmap_GetStride(bitmap)
            buffer = raw.FPDFBitmap_GetBuffer(bitmap)
            data = ctypes.string_at(buffer, stride * height)
        finally:
            raw.FPDFBitmap_Destroy(bitmap)
        return RenderedPage(width, height, stride, data, scale)
    finally:
        page.close()
