"""Bad or odd input: a sensible result or a clear error, never a traceback or a hang."""

import random
import time

import pytest

from reader.parsing import MAX_PAGE_BYTES, PageDecodeError, parse_file, parse_page, read_page_file
from synthetic import generate_page

from parse_accounting import accounted_characters, input_characters


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    page = parse_file(path)
    assert page.articles == [] and page.dropped == [] and page.page_captions == []


@pytest.mark.parametrize("text", ["   ", "\n\n\n", " \t\r\n\u3000\n  \n"])
def test_whitespace_only(text):
    page = parse_page(text)
    assert page.articles == [] and page.dropped == []


def test_page_without_bylines_is_still_split_into_articles():
    rng = random.Random(99)
    text, truth, _ = generate_page(rng, n_articles=4)
    # Remove every byline from the printed page and from the truth.
    for article in truth:
        if article.byline_raw:
            text = text.replace(article.byline_raw, "")
            article.byline = article.byline_raw = None
    page = parse_page(text)
    assert all(a.byline is None for a in page.articles)
    assert [a.title for a in page.articles] == [a.title for a in truth]
    assert accounted_characters(page) == input_characters(text)


def test_plain_prose_without_any_structure():
    text = "今天天气很好，我们去公园散步。公园里有很多人，大家都很开心。\n"
    page = parse_page(text)
    assert len(page.articles) == 1
    assert page.articles[0].title == ""  # no headline: the text is kept as body
    assert page.articles[0].body_text == text.strip()


def test_one_enormous_line_is_parsed_quickly():
    sentence = "全市共有文化广场十二个，覆盖全部乡镇和行政村。"
    text = sentence * 40_000  # about a million characters on one line
    started = time.perf_counter()
    page = parse_page(text)
    assert time.perf_counter() - started < 10
    assert len(page.articles) == 1
    assert page.articles[0].body_text == text


def test_50_megabyte_file_gives_a_clear_error_fast(tmp_path):
    path = tmp_path / "fifty.txt"
    line = ("全市共有文化广场十二个，覆盖全部乡镇和行政村。" * 20 + "\n").encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(PageDecodeError, match=r"fifty\.txt.*too large.*50\.0 MiB"):
        parse_file(path)
    assert time.perf_counter() - started < 5


def test_file_just_under_the_limit_is_parsed(tmp_path):
    # A big, many-page dump is slow but works: the limit is not too tight.
    pages = [generate_page(random.Random(seed))[0] for seed in range(60)]
    text = "\n".join(pages)
    path = tmp_path / "dump.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size < MAX_PAGE_BYTES
    assert len(parse_file(path).articles) > 60


def test_binary_data(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100)
    with pytest.raises(PageDecodeError, match=r"image\.png"):
        parse_file(path)


def test_gbk_page_parses_like_utf8(tmp_path):
    text, truth, _ = generate_page(random.Random(5), n_articles=2)
    text = text.replace("𠮷", "吉")  # GBK has no characters outside the BMP
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gbk"))
    page = parse_file(path)
    assert page.encoding == "gb18030"
    assert [a.to_json() for a in page.articles] == [a.to_json() for a in parse_page(text).articles]


def test_utf16_page(tmp_path):
    text, _, _ = generate_page(random.Random(6), n_articles=2)
    path = tmp_path / "utf16.txt"
    path.write_bytes(text.encode("utf-16"))
    page = parse_file(path)
    assert page.encoding == "utf-16"
    assert len(page.articles) == 2


def test_latin1_file_is_a_clear_error(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le café de la gare, déjà fermé à midi.".encode("latin-1"))
    with pytest.raises(PageDecodeError, match=r"latin1\.txt"):
        read_page_file(path)


def test_parse_page_rejects_bytes_with_a_hint():
    with pytest.raises(TypeError, match="decode_bytes"):
        parse_page("页面".encode())
