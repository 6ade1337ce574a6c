"""Rendering a page for the page view: RGBA pixels and the page size, no Qt."""

from composer import compose_pdf

from reader.pdf import PdfFile


def test_render_gives_rgba_pixels_of_the_page(tmp_path):
    pdf, truths = compose_pdf(41)
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    with PdfFile(path) as document:
        width, height = document.page_size(0)
        assert abs(width - truths[0]["size"][0]) < 0.01 and abs(height - truths[0]["size"][1]) < 0.01
        image = document.render(0, scale=0.5)
    assert (image.width, image.height) == (round(width * 0.5), round(height * 0.5))
    assert image.stride >= 4 * image.width and len(image.data) == image.stride * image.height
    pixels = image.data
    # White paper with dark type: both occur, and the alpha channel is opaque.
    assert pixels[3::4].count(255) == image.width * image.height
    samples = range(0, len(pixels), 4 * 13)
    dark = sum(1 for i in samples if pixels[i] < 128)
    light = sum(1 for i in samples if pixels[i] > 240)
    assert dark > 0.003 * len(samples) and light > 0.5 * len(samples)
