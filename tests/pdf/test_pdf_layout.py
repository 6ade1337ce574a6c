"""The layout reader on composed pages from tuning seeds (never the held-out set)."""

import pytest

from composer import compose_pdf
from page_scoring import PageScore, score_page

from reader.model import Article
from reader.pdf import PdfFile

SEEDS = (51, 52, 53, 54, 55, 56)


@pytest.fixture(scope="module")
def read_pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    pages = []
    for seed in SEEDS:
        pdf, truths = compose_pdf(seed)
        path = folder / f"{seed}.pdf"
        path.write_bytes(pdf)
        with PdfFile(path) as document:
            pages.append((truths[0], document.read(0)))
    return pages


@pytest.fixture(scope="module")
def score(read_pages) -> PageScore:
    total = PageScore()
    for truth, result in read_pages:
        total.add(score_page(truth, result.page, label=truth["page"]))
    print("\n" + total.summary())
    return total


def test_most_articles_are_found_whole(score):
    assert score.articles >= 25
    assert score.rate("boundaries") >= 0.75, score.summary()
    assert score.rate("titles") >= 0.85, score.summary()


def test_body_text_is_nearly_exact(score):
    assert score.cer <= 0.1, score.summary()


def test_no_page_furniture_in_articles(score):
    assert score.furniture_leaks <= 2, score.failures


def test_article_json_keys_are_unchanged(read_pages):
    truth, result = read_pages[0]
    keys = set(Article(title="").to_json())
    assert all(set(a.to_json()) == keys for a in result.page.articles)


def test_layout_gives_boxes_on_the_page_and_band_lines(read_pages):
    for truth, result in read_pages:
        page = result.page
        layout = page.layout
        assert layout is not None and len(layout.articles) == len(page.articles)
        width, height = truth["size"]
        for article, placed in zip(page.articles, layout.articles):
            assert len(placed.blocks) == len(article.body) and len(placed.captions) == len(article.captions)
            for box in placed.boxes + [b for boxes in placed.blocks for b in boxes]:
                assert box.page == truth["page_index"] and 0 <= box.x0 < box.x1 <= width + 1 and 0 <= box.y0 < box.y1 <= height + 1
        printed = {" ".join(f["text"].split()) for f in truth["furniture"] if f["kind"] != "jump"}
        found = {" ".join(b.text.split()) for b in layout.bands}
        assert len(printed & found) >= len(printed) // 2, (printed, found)
        header = [b for b in layout.bands if b.band == "header"]
        assert header == sorted(header, key=lambda b: (-b.box.y1, b.box.x0))


def test_reading_text_accounts_for_every_article_line(read_pages):
    truth, result = read_pages[1]
    text = result.page.layout.text
    for article in result.page.articles:
        assert article.body[0].text[:6] in text.replace("\n", "").replace(" ", "")
    assert all(0 <= d.line_no < len(text.splitlines()) for d in result.page.dropped)
