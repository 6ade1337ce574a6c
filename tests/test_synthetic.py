"""The damaged-page generator: reproducible, varied, fast, and damaged the way real pages are."""

import random
import re
import time

from synthetic import generate_article, generate_page, wrap
from reader.parsing.text import cell_width, join_wrapped


def test_same_seed_same_page():
    assert generate_page(random.Random(42)) == generate_page(random.Random(42))
    assert generate_page(random.Random(42))[0] != generate_page(random.Random(43))[0]


def test_articles_are_clean():
    rng = random.Random(1)
    for _ in range(300):
        article = generate_article(rng)
        assert article.title and article.body
        assert article.body[0].kind == "paragraph"  # a lead before any sub-heading
        for block in article.body:
            assert "\n" not in block.text
            if block.kind == "subhead":
                continue  # a two-part sub-heading keeps its gap
            # the only spaces in paragraphs are between Latin words
            assert not re.search(r"[^\x21-\x7e] | [^\x21-\x7e]", block.text)
        if article.byline:
            assert article.byline_raw.startswith("（") and article.byline_raw.endswith("）")
            assert all(name in article.byline_raw for name in article.byline.split())


def test_variety_of_features():
    rng = random.Random(2)
    articles = [generate_article(rng) for _ in range(2000)]
    text = "".join(a.body_text for a in articles)
    assert len({a.title for a in articles}) > 1500
    assert len({b.text for a in articles for b in a.body if b.kind == "paragraph"}) > 4000
    assert "𠮷" in text or any("𠮷" in (a.byline or "") for a in articles)
    assert re.search(r"[A-Za-z]+ [A-Za-z]+", text)  # Latin words with a real space
    assert re.search(r"《[^》]+》", text)
    assert re.search(r"\d+(\.\d+)?%", text)
    assert any(a.kicker for a in articles) and any(a.subtitle for a in articles)
    assert any(a.dateline == "本报讯" for a in articles) and any(a.dateline and a.dateline != "本报讯" for a in articles)
    assert any(b.kind == "subhead" for a in articles for b in a.body)
    assert any(a.captions for a in articles)


def test_pages_show_the_damage():
    pages = [generate_page(random.Random(seed)) for seed in range(200)]
    text = "\n".join(page for page, _, _ in pages)
    assert re.search(r"[^\x00-\x7f] \d+ [^\x00-\x7f]", text)  # extraction spaces around numbers
    assert re.search(r"(.{3,})\1。。", text)  # doubled captions
    assert re.search(r"[。！？”] ?（[^）]+）\n", text)  # byline glued to the last sentence
    assert re.search(r"星期. 责任编辑：", text)  # edition headers
    assert "（下转第" in text and "（上接第" in text
    furniture = [line for _, _, lines in pages for line in lines]
    assert any(line.isdigit() for line in furniture)  # page numbers


def test_wrap_indents_first_line_and_keeps_words_whole():
    text = "本次活动的主题为“smart city”，意在让天更蓝水更清，让群众生活更美好。"
    lines = wrap(text, 14)
    assert join_wrapped(lines) == text
    assert cell_width(lines[0]) <= 12.5
    assert all(cell_width(line) <= 14.5 for line in lines)
    assert not any(line.endswith("smar") or line.startswith("t ") for line in lines)


def test_fast_enough_for_a_large_library():
    rng = random.Random(3)
    started = time.perf_counter()
    for _ in range(2000):
        generate_article(rng)
    assert time.perf_counter() - started < 1.0  # ≥ 2,000 articles per second
