"""The concordance, the search and their counts against a brute-force scan of the stored texts.

Libraries are generated (tests/support/synthetic.py) and salted with what is
hard for a character index: traditional forms of the generated words, runs
that make hits overlap (哈哈哈), characters outside the BMP (𠮷, 😀), and
words cut by a paragraph break. The reference below is written from the
definitions only: a term occurs where its folded characters equal the folded
text (reader.textfold's table), at every start, never across a newline.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model import Article, Block, Page, PageMeta
from reader.search_query import FIELDS, parse
from reader.store.concordance import KwicSource, sort_rows
from reader.store.library import Library
from reader.store.search import ArticleFilter
from reader.textfold import fold
from synthetic import generate_article

SALT = ("發展", "後來", "警察", "哈哈哈哈", "𠮷𠮷", "😀公安", "公\n安", "GDP", "gdp", "民警")


def _salted(rng: random.Random) -> Article:
    article = generate_article(rng)
    blocks = []
    for block in article.body:
        text = block.text
        for _ in range(rng.randint(0, 3)):
            at = rng.randrange(len(text) + 1)
            piece = rng.choice(SALT)
            if "\n" in piece:  # a paragraph break in the middle of a word
                head, tail = piece.split("\n")
                text = text[:at] + head
                blocks.append(Block(block.kind, text))
                text = tail
                continue
            text = text[:at] + piece + text[at:]
        blocks.append(Block(block.kind, text))
    article.body = [b for b in blocks if b.text]
    if rng.random() < 0.3:
        article.title = article.title + rng.choice(SALT).replace("\n", "")
    return article


def build(seed: int, pages: int = 12) -> tuple[Library, dict[int, dict[str, str | None]], dict[int, PageMeta]]:
    rng = random.Random(seed)
    library = Library()
    texts, metas = {}, {}
    for number in range(pages):
        meta = PageMeta(
            newspaper=rng.choice(("甲报", "乙报")), date=f"202{rng.randint(1, 3)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            origins={"newspaper": "header", "date": "header"},
        )  # fmt: skip
        articles = [_salted(rng) for _ in range(rng.randint(1, 4))]
        ids = library.pages.add(f"p{number}.txt", Page(articles, meta=meta)).article_ids
        for article_id, article in zip(ids, articles):
            texts[article_id] = {
                "kicker": article.kicker, "title": article.title, "subtitle": article.subtitle,
                "byline": article.byline, "body": article.body_text,
            }  # fmt: skip
            metas[article_id] = meta
    return library, texts, metas


def occurrences(term: str, text: str | None) -> list[int]:
    """Every start of ``term`` in ``text``, by comparing folded characters one by one."""
    if not text or not term:
        return []
    t, q = fold(text), fold(term)
    return [i for i in range(len(t) - len(q) + 1) if t[i : i + len(q)] == q]


def reference_hits(query: str, fields: dict) -> list[tuple[str, int, int]]:
    parsed = parse(query)
    ok = all(any(occurrences(t.text, fields[f]) for t in clause for f in t.fields) for clause in parsed.clauses)
    ok = ok and not any(occurrences(t.text, fields[f]) for t in parsed.excluded for f in t.fields)
    if not ok:
        return []
    found = set()
    for term in parsed.positive_terms():
        for field in term.fields:
            found.update((field, s, s + len(term.text)) for s in occurrences(term.text, fields[field]))
    return sorted(found, key=lambda h: (FIELDS.index(h[0]), h[1], h[2]))


@pytest.fixture(scope="module")
def generated():
    library, texts, metas = build(7)
    yield library, texts, metas
    library.close()


QUERIES = ["民", "警察", "警察", "發展", "发展", "后来", "哈哈", "哈", "𠮷", "𠮷𠮷", "😀", "公安", "gdp", "GdP",
           "民警 公安", "民警 OR 发展", "-民警", "公安 -哈", "title:哈", "byline:王", '"公安局"', "公安 OR 哈哈 -GDP"]  # fmt: skip


@pytest.mark.parametrize("query", QUERIES)
def test_rows_and_counts_equal_the_brute_force_scan(generated, query):
    library, texts, _metas = generated
    expected = {i: reference_hits(query, f) for i, f in texts.items()}
    expected = {i: hits for i, hits in expected.items() if hits}
    rows = list(library.concordance.rows(ArticleFilter(query=query), order=""))
    got: dict[int, list] = {}
    for row in rows:
        got.setdefault(row.article_id, []).append((row.field, row.start, row.end))
        printed = texts[row.article_id][row.field]
        assert row.hit == printed[row.start : row.end]  # shown as printed, whatever was typed
    assert {i: sorted(set(h), key=lambda h: (FIELDS.index(h[0]), h[1])) for i, h in got.items()} == expected
    hit_count = sum(len(h) for h in expected.values())
    assert len(rows) == hit_count
    assert library.concordance.count(ArticleFilter(query=query)) == (hit_count, len(expected))
    matching = [i for i, f in texts.items() if _matches(query, f)]
    assert library.search.article_ids(query) == matching


def _matches(query: str, fields: dict) -> bool:
    parsed = parse(query)
    return all(any(occurrences(t.text, fields[f]) for t in clause for f in t.fields) for clause in parsed.clauses) and not any(
        occurrences(t.text, fields[f]) for t in parsed.excluded for f in t.fields
    )


def test_a_hit_across_a_paragraph_break_is_no_hit(generated):
    library, texts, _ = generated
    cut = [i for i, f in texts.items() if "公\n安" in f["body"]]
    assert cut, "the salt put a paragraph break inside 公安 somewhere"
    for row in library.concordance.rows(ArticleFilter(query="公安")):
        assert "\n" not in texts[row.article_id][row.field][row.start : row.end]


def test_overlapping_hits_are_each_a_row(generated):
    library, texts, _ = generated
    article_id = next(i for i, f in texts.items() if "哈哈哈哈" in f["body"])
    starts = [r.start for r in library.concordance.rows(ArticleFilter(query="哈哈", ids=(article_id,))) if r.field == "body"]
    assert starts == occurrences("哈哈", texts[article_id]["body"])
    assert any(b - a == 1 for a, b in zip(starts, starts[1:]))


def test_context_is_the_width_around_the_hit_with_breaks_marked(generated):
    library, texts, _ = generated
    for row in library.concordance.rows(ArticleFilter(query="民警"), width=5):
        text = texts[row.article_id][row.field]
        assert row.left == text[max(0, row.start - 5) : row.start].replace("\n", "¶")
        assert row.right == text[row.end : row.end + 5].replace("\n", "¶")


def test_orders_and_context_sorts(generated):
    library, _texts, metas = generated
    rows = list(library.concordance.rows(ArticleFilter(query="民"), order="date"))
    dates = [metas[r.article_id].date for r in rows]
    assert dates == sorted(dates)
    left = sort_rows(rows, "left")
    keys = [r.left[::-1] for r in left]
    assert keys == sorted(keys) and sorted(left, key=id) == sorted(rows, key=id)
    right = sort_rows(rows, "right")
    assert [(r.hit, r.right) for r in right] == sorted((r.hit, r.right) for r in rows)
    papers = [metas[r.article_id].newspaper for r in library.concordance.rows(ArticleFilter(query="民"), order="newspaper")]
    assert papers == sorted(papers)


def test_filters_apply_to_the_concordance(generated):
    library, texts, metas = generated
    f = ArticleFilter(query="民警", newspaper="甲报", date_from="2022-01-01")
    rows = list(library.concordance.rows(f))
    expected = [i for i in texts if reference_hits("民警", texts[i]) and metas[i].newspaper == "甲报" and metas[i].date >= "2022-01-01"]
    assert sorted({r.article_id for r in rows}) == sorted(expected)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), data=st.data())
def test_any_substring_of_a_stored_text_is_found_exactly(seed, data):
    library, texts, _ = build(seed, pages=3)
    try:
        article_id = data.draw(st.sampled_from(sorted(texts)))
        body = texts[article_id]["body"]
        start = data.draw(st.integers(0, len(body) - 1))
        term = body[start : start + data.draw(st.integers(1, 4))]
        if not term.strip() or any(c.isspace() or c == '"' for c in term) or term.startswith("-"):
            return
        expected = {i: reference_hits(term, f) for i, f in texts.items()}
        total = sum(len(h) for h in expected.values())
        assert library.concordance.count(ArticleFilter(query=term)) == (total, sum(1 for h in expected.values() if h))
        assert len(list(library.concordance.rows(ArticleFilter(query=term)))) == total
    finally:
        library.close()


def test_entity_and_tag_sources(generated):
    from reader.model import Span

    library, texts, _ = generated
    ids = sorted(texts)
    spans = {}
    for article_id in ids[:5]:
        body = texts[article_id]["body"]
        at = body.find("民警")
        if at >= 0:
            spans[article_id] = [Span(at, at + 2, "ORG", "民警")]
    library.recognition.save(spans.items())
    rows = list(library.concordance.rows(source=KwicSource(entity=("ORG", "民警"))))
    assert sorted((r.article_id, r.start) for r in rows) == sorted((a, s[0].start) for a, s in spans.items())
    assert all(r.hit == "民警" for r in rows)
    first = ids[0]
    library.annotations.add(first, 0, 3, tag="标记")
    library.annotations.add(first, 2, 6, tag="标记")  # overlapping passages are two rows
    rows = list(library.concordance.rows(source=KwicSource(tag="标记")))
    assert [(r.start, r.end) for r in rows] == [(0, 3), (2, 6)]
    assert library.concordance.count(source=KwicSource(tag="标记")) == (2, 1)
