"""Chinese search: any query of one or more characters finds exactly the articles containing it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model import Span
from reader.search_query import parse
from reader.textfold import fold
from reader.store.library import Library
from store_support import article, page


def test_queries_of_every_length(lib, two_pages):
    a, b, c = two_pages
    assert lib.search.article_ids("雪") == [a, c]
    assert lib.search.article_ids("民警") == [a]
    assert lib.search.article_ids("派出所") == [a]
    assert lib.search.article_ids("赵晨然") == [a]
    assert lib.search.article_ids("呼和浩特市新") == [b]
    assert lib.search.article_ids("不存在") == []


def test_title_is_searched_too(lib, two_pages):
    assert lib.search.article_ids("新学校") == [two_pages[1]]


def test_latin_and_digits_are_substrings_case_insensitively(lib, two_pages):
    a = two_pages[0]
    assert lib.search.article_ids("G305") == [a]
    assert lib.search.article_ids("g3") == [a]
    assert lib.search.article_ids("05") == [a]


def test_punctuation_and_line_breaks_are_matched_exactly(lib):
    ids = lib.pages.add(
        "p.txt", page(article("一", "公安\n局长", "G-305"), article("二", "公安局长", "G305"))
    ).article_ids
    assert lib.search.article_ids("安局") == [ids[1]]  # not across the line break
    # Whitespace separates terms (AND): «安» and «局» anywhere, so both articles.
    assert lib.search.article_ids("安\n局") == ids
    assert lib.search.article_ids('"安\n局"') == []  # a phrase never spans a paragraph break
    assert lib.search.article_ids("G305") == [ids[1]]
    assert lib.search.article_ids("G-3") == [ids[0]]
    assert lib.search.article_ids('"') == []  # quotes do not break the query


def test_empty_query_lists_everything_in_page_order(lib, two_pages):
    assert lib.search.article_ids("") == two_pages
    assert lib.search.article_ids("  ") == two_pages


def test_filters_combine(lib, two_pages):
    a, b, c = two_pages
    lib.tags.add(a, "冬")
    lib.tags.add(c, "冬")
    assert lib.search.article_ids("雪", tag="冬") == [a, c]
    assert lib.search.article_ids("", tag="冬") == [a, c]
    assert lib.search.article_ids("民警", tag="冬") == [a]
    assert lib.search.article_ids("雪", tag="没有这个") == []
    source_b = lib.pages.all()[1].id
    assert lib.search.article_ids("雪", source_id=source_b) == [c]
    lib.recognition.save([(a, [Span(5, 8, "PER", "赵晨然")])])
    assert lib.search.article_ids("", entity=("PER", "赵晨然")) == [a]
    assert lib.search.article_ids("雪", tag="冬", entity=("PER", "赵晨然")) == [a]
    lib.entities.suppress(a, 5, 8, "PER")  # a removed entity no longer filters in
    assert lib.search.article_ids("", entity=("PER", "赵晨然")) == []


def test_limit_gives_the_first_results(lib):
    ids = lib.pages.add("p.txt", page(*[article(f"第{i}篇", "下雪了") for i in range(10)])).article_ids
    assert lib.search.article_ids("雪", limit=3) == ids[:3]


def test_index_follows_reparse_and_delete(lib):
    from store_support import simple_parse

    lib.pages.add("p.txt", simple_parse("题\n旧文字\n"), raw_text="题\n旧文字\n", content_key="h")
    assert lib.search.article_ids("旧") != []
    lib.conn.execute("UPDATE sources SET raw_text = '题\n新文字\n'")
    lib.reparse(simple_parse)
    assert lib.search.article_ids("旧") == [] and lib.search.article_ids("新文") != []
    # FTS5 raises "database disk image is malformed" when its index and rows disagree.
    lib.conn.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')")


# A small alphabet makes random queries hit often; ASCII letters, digits,
# punctuation, a newline and an astral character exercise the token mapping.
ALPHABET = "雪山派出所民警的了Gg3-. \n𠮷\""
texts = st.text(alphabet=ALPHABET, min_size=0, max_size=30)


@settings(max_examples=60, deadline=None)
@given(bodies=st.lists(st.tuples(texts, texts), min_size=1, max_size=6), data=st.data())
def test_search_equals_substring_scan(bodies, data):
    library = Library()
    try:
        arts = [article(title or "无题", *body.split("\n")) for title, body in bodies]
        ids = library.pages.add("p.txt", page(*arts)).article_ids
        stored = {i: (a.title, a.body_text) for i, a in zip(ids, arts)}
        source = data.draw(st.sampled_from([t + "\n" + b for t, b in stored.values()]))
        start = data.draw(st.integers(0, max(0, len(source) - 1)))
        length = data.draw(st.integers(1, 6))
        query = source[start : start + length]
        if not query.strip():
            return
        # The query is in the search syntax (a space ANDs, OR, -term, "phrase"): each term a
        # folded substring of the title or the body, never across the body's line breaks.
        parsed = parse(query)

        def has(term, title, body):
            return fold(term.text) in fold(title) or fold(term.text) in fold(body)

        expected = [
            i for i, (t, b) in stored.items()
            if all(any(has(term, t, b) for term in clause) for clause in parsed.clauses)
            and not any(has(term, t, b) for term in parsed.excluded)
        ]  # fmt: skip
        assert library.search.article_ids(query) == expected
    finally:
        library.close()
