"""A space the PDF prints at a line's end survives extraction as a mark on the glyph before it."""

from io import BytesIO

from reportlab.pdfgen.canvas import Canvas

from composer.fonts import register

from reader.pdf import PdfFile
from reader.pdf.fields import heading_text
from reader.pdf.lines import build_lines


def _title_pdf(first_row: str, second_row: str) -> bytes:
    register()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 200), invariant=1)
    canvas.setFont("Hei", 20)
    canvas.drawString(40, 150, first_row)
    canvas.drawString(40, 124, second_row)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _heading(tmp_path, first_row: str, second_row: str) -> str:
    path = tmp_path / "title.pdf"
    path.write_bytes(_title_pdf(first_row, second_row))
    with PdfFile(path) as document:
        lines = build_lines(document.raw_page(0).glyphs)
    return heading_text(lines)


def test_a_title_wrapped_at_its_printed_space_keeps_it(tmp_path):
    assert _heading(tmp_path, "小病不出村 ", "大病不出县") == "小病不出村 大病不出县"


def test_a_title_wrapped_inside_a_phrase_is_joined(tmp_path):
    assert _heading(tmp_path, "小病不出村", "大病不出县") == "小病不出村大病不出县"
