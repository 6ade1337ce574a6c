"""The parser says which page lines made each part of each article (the raw page view and corrections need it)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.corrections.text import compact
from reader.parsing import parse_page
from reader.parsing.lines import split_lines
from synthetic import generate_page

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "000_6d112d3a37cca14d.txt"


def pages():
    yield "sample", SAMPLE.read_text(encoding="utf-8")
    for seed in range(50_000, 50_040):
        yield f"seed {seed}", generate_page(random.Random(seed))[0]


@pytest.mark.parametrize("name, text", list(pages()), ids=lambda v: v if isinstance(v, str) and len(v) < 20 else "")
def test_every_part_knows_its_lines_and_every_line_is_somewhere(name, text):
    raw = split_lines(text)
    page = parse_page(text)
    placed: set[int] = set()
    for article in page.articles:
        assert article.lines is not None
        for field in ("kicker", "title", "subtitle"):
            value, lines = getattr(article, field), article.lines.field_lines(field)
            assert bool(value) == bool(lines), (field, value)
            if value:
                assert compact(value) == compact("".join(raw[n] for n in lines))
        if article.byline:
            printed = compact("".join(raw[n] for n in article.lines.byline))
            assert all(name in printed for name in article.byline.split()), (article.byline, printed)
        for block in article.body:
            assert block.lines == tuple(sorted(block.lines)) and block.lines
            # Its lines, less a dateline before or a byline or jump mark after, make the block's text.
            assert compact(block.text) in compact("".join(raw[n] for n in block.lines))
        for caption, lines in zip(article.captions, article.lines.captions):
            assert compact(caption) in compact(raw[lines[0]])
        placed |= {n for b in article.body for n in b.lines}
        placed |= {n for f in ("kicker", "title", "subtitle", "dateline", "byline") for n in article.lines.field_lines(f)}
        placed |= {n for lines in article.lines.captions for n in lines}
    dropped = {d.line_no for d in page.dropped}
    captions = {compact(c) for c in page.page_captions}
    for no, line in enumerate(raw):
        if line.strip() and no not in placed and no not in dropped:
            assert any(c in compact(line) for c in captions), (no, line)


def test_a_dateline_and_a_byline_name_their_lines():
    text = "通辽市公安机关举行誓师大会\n\n通辽讯 为表彰先进，激励斗志，\n鼓舞士气。（记者 张佳良）\n"
    [article] = parse_page(text).articles
    assert article.dateline == "通辽讯" and article.lines.dateline == (2,)
    assert article.byline == "张佳良" and article.lines.byline == (3,)
    assert article.lines.title == (0,) and article.body[0].lines == (2, 3)
