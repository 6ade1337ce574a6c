"""Self-check of a composed page: the truth's boxes hold the truth's text.

Reads each character's box with PDFium and compares, block by block, the
characters inside the block's boxes with the block's text (the dateline and
a byline printed in the same lines are allowed around it).  Used by the
composer's tests and by the held-out freeze, so that a truth never disagrees
with its PDF.
"""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")


def page_chars(pdf_path: str, page_index: int) -> list[tuple[str, float, float]]:
    """(character, centre x, baseline y) of every printed character, shadow copies included."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(pdf_path)
    try:
        page = document[page_index]
        textpage = page.get_textpage()
        out = []
        left, right, bottom, top, ox, oy = (raw.c_double() for _ in range(6))
        import ctypes

        for i in range(raw.FPDFText_CountChars(textpage)):
            if raw.FPDFText_IsGenerated(textpage, i) == 1:
                continue
            code = raw.FPDFText_GetUnicode(textpage, i)
            ch = chr(code)
            if ch.isspace():
                continue
            raw.FPDFText_GetCharBox(textpage, i, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
            raw.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(ox), ctypes.byref(oy))
            # The baseline (origin) rather than the glyph's centre: a full stop sits low in its em.
            out.append((ch, (left.value + right.value) / 2, oy.value + 0.3))
        textpage.close()
        page.close()
        return out
    finally:
        document.close()


def _inside(box: list[float], x: float, y: float) -> bool:
    return box[1] - 0.5 <= x <= box[3] + 0.5 and box[2] - 0.5 <= y <= box[4] + 0.5


def _surrogates_joined(chars):
    """PDFium reports a character outside the BMP as two UTF-16 halves."""
    out = []
    for ch, x, y in chars:
        if out and 0xDC00 <= ord(ch) <= 0xDFFF and 0xD800 <= ord(out[-1][0]) <= 0xDBFF:
            pair = (out[-1][0] + ch).encode("utf-16-le", "surrogatepass").decode("utf-16-le")
            out[-1] = (pair, out[-1][1], out[-1][2])
        else:
            out.append((ch, x, y))
    return out


def _without_shadows(chars):
    """Drop the grey copy of a shadowed caption: the same character a few points away."""
    kept: list[tuple[str, float, float]] = []
    for ch, x, y in chars:
        if not any(k == ch and abs(kx - x) < 4.5 and abs(ky - y) < 2.5 for k, kx, ky in kept[-40:]):
            kept.append((ch, x, y))
    kept.sort(key=lambda t: -t[2])
    lines: list[list[tuple[str, float, float]]] = []
    for item in kept:
        if lines and abs(lines[-1][0][2] - item[2]) < 2.0:
            lines[-1].append(item)
        else:
            lines.append([item])
    return [item for line in lines for item in sorted(line, key=lambda t: t[1])]


def check_page(pdf_path: str, truth: dict) -> list[str]:
    """Problems found (empty when the truth agrees with the PDF)."""
    chars = _surrogates_joined(page_chars(pdf_path, truth["page_index"]))
    problems: list[str] = []
    for article in truth["articles"]:
        for n, block in enumerate(article["body"]):
            inside = []
            for box in block["boxes"]:
                inside += [c for c, x, y in chars if _inside(box, x, y)]
            got = "".join(inside)
            want = _SPACE.sub("", block["text"])
            if want not in got:
                problems.append(f"{article['id']} block {n}: truth {want[:30]}… not in its boxes ({got[:30]}…)")
            extra = len(got) - len(want)
            allowed = len(_SPACE.sub("", (article.get("dateline") or "") + (article.get("byline_raw") or "") + (article.get("jump_in") or "")))
            if extra > allowed:
                problems.append(f"{article['id']} block {n}: {extra} characters in its boxes beyond its text")
        box = article["box"]
        in_article = "".join(c for c, x, y in chars if _inside(box, x, y))
        for field in ("kicker", "title", "subtitle", "dateline", "byline_raw"):
            value = _SPACE.sub("", article.get(field) or "")
            if value and value not in in_article:
                problems.append(f"{article['id']} {field} {value!r} is not printed in the article's box")
        for caption, cbox in zip(article["captions"], article["caption_boxes"]):
            got = "".join(c for c, x, y in _without_shadows([t for t in chars if _inside(cbox, t[1], t[2])]))
            if _SPACE.sub("", caption) not in got:
                problems.append(f"{article['id']} caption {caption!r} is not in its box ({got[:20]})")
    return problems
