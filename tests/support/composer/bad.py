"""PDFs a user may hand the reader that it must refuse clearly (or, for a few, read despite appearances).

    bad_pdf(kind, seed=0) -> bytes

Kinds:
  scanned        one page that is only an image: no text layer
  scan_in_issue  three pages, the second scanned, the others composed text pages
  encrypted      needs a user password
  owner_only     encrypted with an owner password only: opens and reads normally
  no_unicode     fonts without a ToUnicode map (the key is renamed in place, so the
                 cross-reference table stays valid): extractors get glyph codes, not text
  private_use    a ToUnicode map that sends every glyph into the private-use area
  truncated      the first 60% of a composed PDF
  garbage        random bytes
  empty          zero bytes
  not_pdf        an HTML page saved as .pdf
  letter         a one-column letter: text, but not a newspaper page
  table          a ruled table of figures: text, but not a newspaper page
  blank          a page with nothing on it
"""

from __future__ import annotations

import random
from io import BytesIO

from reportlab.lib import pdfencrypt
from reportlab.pdfgen.canvas import Canvas

from composer import fonts, names
from composer.page import compose_pdf
from composer.typeset import break_lines, draw_line, draw_text

BAD_KINDS = (
    "scanned", "scan_in_issue", "encrypted", "owner_only", "no_unicode", "private_use", "truncated", "garbage",
    "empty", "not_pdf", "letter", "table", "blank",
)


def _scan_of(pdf: bytes, page_index: int = 0, dpi: int = 60) -> tuple[bytes, tuple[float, float]]:
    """The page rendered to a grey JPEG, as a scanner would leave it."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_index]
        size = page.get_size()
        image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        page.close()
    finally:
        document.close()
    buffer = BytesIO()
    image.convert("L").save(buffer, "JPEG", quality=35)
    return buffer.getvalue(), size


def _image_page(canvas: Canvas, jpeg: bytes, size: tuple[float, float]) -> None:
    from reportlab.lib.utils import ImageReader

    canvas.setPageSize(size)
    canvas.drawImage(ImageReader(BytesIO(jpeg)), 0, 0, size[0], size[1])
    canvas.showPage()


def bad_pdf(kind: str, seed: int = 0) -> bytes:
    fonts.register()
    if kind == "scanned":
        jpeg, size = _scan_of(compose_pdf(seed)[0])
        buffer = BytesIO()
        canvas = Canvas(buffer, pagesize=size, invariant=1)
        _image_page(canvas, jpeg, size)
        canvas.save()
        return buffer.getvalue()
    if kind == "scan_in_issue":
        return _issue_with_scan(seed)
    if kind in ("encrypted", "owner_only"):
        return _encrypted(seed, user_password="secret" if kind == "encrypted" else "")
    if kind == "no_unicode":
        pdf = compose_pdf(seed)[0]
        assert b"/ToUnicode" in pdf
        return pdf.replace(b"/ToUnicode", b"/ToUnicodX")
    if kind == "private_use":
        with fonts.unicode_mode("private"):
            return compose_pdf(seed)[0]
    if kind == "truncated":
        pdf = compose_pdf(seed)[0]
        return pdf[: int(len(pdf) * 0.6)]
    if kind == "garbage":
        return random.Random(seed).randbytes(20_000)
    if kind == "empty":
        return b""
    if kind == "not_pdf":
        return "<!doctype html><html><body><p>这不是PDF文件。</p></body></html>\n".encode("utf-8")
    if kind == "letter":
        return _letter(seed)
    if kind == "table":
        return _table(seed)
    if kind == "blank":
        buffer = BytesIO()
        canvas = Canvas(buffer, pagesize=(842, 1191), invariant=1)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()
    raise ValueError(f"unknown bad PDF kind {kind!r}; kinds: {', '.join(BAD_KINDS)}")


def _issue_with_scan(seed: int) -> bytes:
    """Pages 1 and 3 are composed text pages; page 2 is a scan of a composed page."""
    pdf, _ = compose_pdf(seed, pages=3)
    jpeg, size = _scan_of(pdf, 1)
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        buffer = BytesIO()
        canvas = Canvas(buffer, pagesize=size, invariant=1)
        _image_page(canvas, jpeg, size)
        canvas.save()
        scan = pdfium.PdfDocument(buffer.getvalue())
        out = pdfium.PdfDocument.new()
        out.import_pages(document, [0])
        out.import_pages(scan, [0])
        out.import_pages(document, [2])
        result = BytesIO()
        out.save(result)
        out.close()
        scan.close()
        return result.getvalue()
    finally:
        document.close()


def _encrypted(seed: int, user_password: str) -> bytes:
    rng = random.Random(seed)
    buffer = BytesIO()
    encryption = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner-" + str(seed), canPrint=1, canCopy=0)
    canvas = Canvas(buffer, pagesize=(595, 842), invariant=1, encrypt=encryption)
    _write_letter_text(rng, canvas, 595, 842)
    canvas.save()
    return buffer.getvalue()


def _write_letter_text(rng: random.Random, canvas: Canvas, w: float, h: float) -> None:
    from composer.writer import Writer

    writer = Writer(rng, rng.choice(("school", "culture", "health")))
    size, leading = 11.0, 19.0
    y = h - 90
    draw_text(canvas, f"尊敬的{names.person(rng)}同志：", 72, y, "Ming", size)
    y -= leading * 1.5
    for _ in range(5):
        text = "".join(writer.paragraph(lead=False))
        for line in break_lines(text, "Ming", size, w - 144, indent=2 * size):
            draw_line(canvas, line, 72 + line.indent, y, size)
            y -= leading
        y -= leading * 0.4
    draw_text(canvas, "此致", 72 + 2 * size, y, "Ming", size)
    draw_text(canvas, "敬礼！", 72, y - leading, "Ming", size)
    draw_text(canvas, names.org(rng), w - 72 - 12 * size, y - 3 * leading, "Ming", size)
    draw_text(canvas, f"{rng.randint(2018, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", w - 72 - 9 * size, y - 4 * leading, "Ming", size)
    canvas.showPage()


def _letter(seed: int) -> bytes:
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), invariant=1)
    _write_letter_text(random.Random(seed), canvas, 595, 842)
    canvas.save()
    return buffer.getvalue()


def _table(seed: int) -> bytes:
    rng = random.Random(seed)
    buffer = BytesIO()
    w, h = 842.0, 595.0
    canvas = Canvas(buffer, pagesize=(w, h), invariant=1)
    draw_text(canvas, f"{rng.randint(2018, 2024)}年各旗县主要经济指标", 250, h - 60, "Hei", 18)
    heads = ("旗县", "地区生产总值（亿元）", "增长（%）", "粮食产量（万吨）", "牲畜存栏（万头）", "人口（万人）")
    cols = [60, 180, 330, 420, 550, 680, 790]
    rows = 18
    top, row_h = h - 90, 24
    for r in range(rows + 2):
        canvas.line(cols[0], top - r * row_h, cols[-1], top - r * row_h)
    for x in cols:
        canvas.line(x, top, x, top - (rows + 1) * row_h)
    for c, head in enumerate(heads):
        draw_text(canvas, head, cols[c] + 4, top - 16, "Hei", 9)
    counties = [c for _, group in names.REGIONS for c in group]
    for r in range(rows):
        y = top - (r + 1) * row_h - 16
        values = [rng.choice(counties), f"{rng.uniform(20, 900):.1f}", f"{rng.uniform(-3, 12):.1f}", f"{rng.uniform(1, 90):.1f}",
                  f"{rng.uniform(5, 300):.1f}", f"{rng.uniform(2, 80):.1f}"]
        for c, value in enumerate(values):
            draw_text(canvas, value, cols[c] + 4, y, "Ming", 9)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
