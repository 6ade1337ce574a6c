"""Page identity in the library: values by origin, bulk edits and their undo snapshot, filters and sorts, upgrades."""

from __future__ import annotations

import sqlite3

import pytest

from old_schemas import BUILDERS
from reader import parsing
from reader.model import PageMeta
from reader.store.identity import AUTO
from reader.store.library import Library
from store_support import article, page


def _meta(origin: str, **values) -> PageMeta:
    return PageMeta(**values, origins={field: origin for field in values})


def _add(lib, name, *, header=None, filename=None, title=None):
    metas = [m for m in (header, filename) if m is not None]
    result = lib.pages.add(name, page(article(title or f"{name}的标题", f"{name}的正文。")), identity=metas)
    return result.source_id


@pytest.fixture
def shelf(lib):
    """Five pages of three papers over two years, one undated; returns their source ids."""
    ids = [
        _add(lib, "a", header=_meta("header", newspaper="内蒙古法制报", date="2023-02-21", page="3", page_number=3, section="法治")),
        _add(lib, "b", header=_meta("header", newspaper="内蒙古法制报", date="2023-02-21", page="1", page_number=1, section="要闻")),
        _add(lib, "c", filename=_meta("filename", newspaper="北京晚报", date="2022-12-31", page="A09")),
        _add(lib, "d", header=_meta("header", newspaper="人民日报", date="2023-03-07", page="4", page_number=4, section="要闻")),
        _add(lib, "e"),
    ]
    return ids


def _titles(lib, **kwargs):
    return [s.title[0] for s in lib.articles.summaries(lib.search.article_ids(**kwargs))]


def test_summaries_and_articles_carry_their_pages_identity(lib, shelf):
    first = lib.articles.summaries(lib.articles.ids_of_source(shelf[0]))[0]
    assert (first.newspaper, first.date, first.page, first.section) == ("内蒙古法制报", "2023-02-21", "3", "法治")
    stored = lib.articles.get(lib.articles.ids_of_source(shelf[2])[0])
    assert (stored.meta.newspaper, stored.meta.page, stored.meta.page_number) == ("北京晚报", "A09", None)
    assert lib.articles.summaries(lib.articles.ids_of_source(shelf[4]))[0].date is None


def test_sorts_put_undated_pages_last_both_ways(lib, shelf):
    assert _titles(lib, sort="date") == ["c", "b", "a", "d", "e"]
    assert _titles(lib, sort="-date") == ["d", "a", "b", "c", "e"]
    assert _titles(lib, sort="newspaper") == ["d", "b", "a", "c", "e"]  # 人民日报 < 内蒙古法制报 < 北京晚报 by code point
    assert _titles(lib, sort="page")[:3] == ["b", "a", "d"]
    assert _titles(lib, sort="title") == ["a", "b", "c", "d", "e"]
    assert _titles(lib) == ["a", "b", "c", "d", "e"]
    with pytest.raises(ValueError, match="unknown sort"):
        lib.search.article_ids(sort="size")


def test_filters_combine_with_each_other_and_with_search_and_tags(lib, shelf):
    assert _titles(lib, date_from="2023-01-01", date_to="2023-02-28", sort="date") == ["b", "a"]
    assert _titles(lib, date_from="2023-02-22") == ["d"]
    assert _titles(lib, newspaper="内蒙古法制报") == ["a", "b"]
    assert _titles(lib, section="要闻") == ["b", "d"]
    assert _titles(lib, page="A09") == ["c"]
    assert _titles(lib, section="要闻", date_from="2023-03-01") == ["d"]
    lib.tags.add(lib.articles.ids_of_source(shelf[3])[0], "重要")
    assert _titles(lib, tag="重要", section="要闻") == ["d"]
    assert _titles(lib, query="d的正文", newspaper="人民日报") == ["d"]
    assert _titles(lib, query="d的正文", newspaper="北京晚报") == []
    assert _titles(lib, query="正文", sort="-date", limit=2) == ["d", "a"]


def test_bulk_edit_sets_clears_and_gives_back(lib, shelf):
    changed = lib.identity.set_values(shelf[:3], {"newspaper": "法治日报", "section": ""})
    assert changed == 3
    for record in lib.identity.of_sources(shelf[:3]):
        assert record.meta.newspaper == "法治日报" and record.meta.origins["newspaper"] == "user"
        assert record.meta.section is None and record.meta.origins["section"] == "user"
    assert _titles(lib, newspaper="法治日报") == ["a", "b", "c"]
    # What the header said is still known, and comes back on AUTO.
    record = lib.identity.of_source(shelf[0])
    assert record.candidates["newspaper"] == (("user", "法治日报"), ("header", "内蒙古法制报"))
    lib.identity.set_values([shelf[0]], {"newspaper": AUTO, "section": AUTO})
    meta = lib.identity.of_source(shelf[0]).meta
    assert (meta.newspaper, meta.section, meta.origins["newspaper"]) == ("内蒙古法制报", "法治", "header")


def test_bad_values_are_refused_and_nothing_is_written(lib, shelf):
    for values, words in (({"date": "2023-02-30"}, "no day 30"), ({"page": "封面"}, "not a page label"), ({"editors": "x"}, "cannot be set")):
        with pytest.raises(ValueError, match=words):
            lib.identity.set_values(shelf, {"newspaper": "新名字", **values})
    assert lib.identity.values("newspaper") == [("内蒙古法制报", 2), ("人民日报", 1), ("北京晚报", 1)]


def test_typed_values_are_normalised(lib, shelf):
    lib.identity.set_values([shelf[4]], {"date": "2023年3月7日", "page": "第03版"})
    meta = lib.identity.of_source(shelf[4]).meta
    assert (meta.date, meta.page, meta.page_number) == ("2023-03-07", "3", 3)


def test_user_values_snapshot_restores_exactly(lib, shelf):
    lib.identity.set_values([shelf[0]], {"section": "旧的"})
    before = lib.identity.user_values(shelf[:2])
    lib.identity.set_values(shelf[:2], {"section": "新的", "date": "2020-01-01"})
    lib.identity.restore_user_values(before, ["section", "date"])
    assert lib.identity.user_values(shelf[:2]) == before
    assert [r.meta.section for r in lib.identity.of_sources(shelf[:2])] == ["旧的", "要闻"]
    assert [r.meta.date for r in lib.identity.of_sources(shelf[:2])] == ["2023-02-21", "2023-02-21"]


def test_lists_for_filters(lib, shelf):
    assert lib.identity.values("section") == [("要闻", 2), ("法治", 1)]
    assert [v for v, _ in lib.identity.values("page")] == ["1", "3", "4", "A09"]
    assert lib.identity.years() == [(2022, 1), (2023, 3)]
    assert lib.identity.months(2023) == [(2, 2), (3, 1)]


def test_conflicts_are_kept_for_the_properties_view(lib):
    source = _add(lib, "x", header=_meta("header", date="2023-03-07"), filename=_meta("filename", date="2023-03-08"))
    record = lib.identity.of_source(source)
    assert record.meta.date == "2023-03-07"
    assert record.conflicts and "2023-03-08" in record.conflicts[0]


def test_reparse_reads_the_header_again_and_keeps_what_the_user_set(lib):
    raw = "2023年3月7日 星期二 第3版 要闻\n\n全区开展专项活动\n本报讯 近日，全区各地开展专项活动，吸引群众参与。\n"
    parsed = parsing.parse_page(raw)
    source = lib.pages.add("p.txt", parsed, raw_text=raw).source_id
    lib.identity.set_values([source], {"section": "法治"})
    changed = raw.replace("第3版", "第5版")
    lib.conn.execute("UPDATE sources SET raw_text = ? WHERE id = ?", (changed, source))  # a test shortcut
    lib.reparse(parsing.parse_page)
    meta = lib.identity.of_source(source).meta
    assert (meta.page, meta.section, meta.origins["section"]) == ("5", "法治", "user")


def test_upgrading_a_v5_library_reads_identity_from_raw_text_and_names(tmp_path):
    path = tmp_path / "old.db"
    BUILDERS[5](path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO sources VALUES (3, '03.txt', '/archive/内蒙古法制报/20230221/03.txt', 'x:3', 'utf-8', "
            "'2026-05-01T00:00:00+00:00', ?)",
            ("2023年2月21日 星期二 第3版 综合新闻\n\n标题\n正文。\n",),
        )
        conn.execute(
            "INSERT INTO sources VALUES (4, '000_6d112d3a37cca14d.txt', '', 'x:4', 'utf-8', '2026-05-01T00:00:00+00:00', ?)",
            ("标题\n正文里有2023年3月7日这个日期。\n",),
        )
    with Library(path) as library:
        assert library.backup_path is not None
        meta = library.identity.of_source(3).meta
        assert (meta.newspaper, meta.date, meta.page, meta.section) == ("内蒙古法制报", "2023-02-21", "3", "综合新闻")
        assert meta.origins["newspaper"] == "filename" and meta.origins["date"] == "header"
        assert library.identity.of_source(4).meta.is_empty()  # no header, no usable name: nothing guessed
        assert library.identity.of_source(1).meta.is_empty()
        assert library.articles.get(1).article.title == "旧标题"  # the user's data is untouched
        assert library.notes.get(1) == "旧笔记"


def test_a_query_in_another_order_finds_exactly_the_index_matches(lib, shelf):
    lib.pages.add("f", page(article("Wi-Fi 覆盖", "全市 WI-FI 已覆盖，a\nb 正文。")), identity=[_meta("header", date="2023-01-01")])
    for query in ("正文", "wi-fi", "Wi-Fi", "a\nb", "的正", "无此文字", "e的"):
        matches = set(lib.search.article_ids(query))
        assert lib.search.article_ids(query, sort="date") == [i for i in lib.search.article_ids("", sort="date") if i in matches]
        newest = [i for i in lib.search.article_ids("", sort="-date") if i in matches][:2]
        assert lib.search.article_ids(query, sort="-date", limit=2) == newest, query
    assert _titles(lib, query="wi-fi", sort="date") == ["W"]


def _plans(lib, **kwargs) -> list[str]:
    """The query plan of each statement article_ids runs (SQLite's own words)."""
    seen: list[str] = []
    execute = lib.db.execute

    def spy(sql, params=()):
        if sql.startswith("SELECT"):
            seen.extend(r[3] for r in execute("EXPLAIN QUERY PLAN " + sql, params))
        return execute(sql, params)

    lib.db.execute = spy
    try:
        lib.search.article_ids(limit=200, **kwargs)
    finally:
        lib.db.execute = execute
    return seen


@pytest.mark.parametrize("sort", ["date", "-date", "newspaper", "page"])
@pytest.mark.parametrize("filters", [{}, {"date_from": "2023-01-01", "date_to": "2023-12-31"}, {"query": "正文"}])
def test_first_screens_in_page_orders_come_from_indexes(lib, shelf, sort, filters):
    plan = _plans(lib, sort=sort, **filters)
    assert not any("TEMP B-TREE" in step for step in plan), plan  # the order is the index's, LIMIT stops early
    assert not any((step == "SCAN a" or step.startswith("SCAN a ")) and "COVERING" not in step for step in plan), plan  # no body is read


@pytest.mark.parametrize("filters", [{"newspaper": "人民日报"}, {"query": "正文", "section": "要闻"}, {}])
def test_id_and_title_orders_never_scan_the_article_rows(lib, shelf, filters):
    for sort in ("", "title"):
        plan = _plans(lib, sort=sort, **filters)
        assert not any((step == "SCAN a" or step.startswith("SCAN a ")) and "COVERING" not in step for step in plan), (sort, plan)


def test_every_page_has_an_identity_row(lib, shelf, tmp_path):
    count = lambda conn, table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
    assert count(lib.conn, "page_identity") == count(lib.conn, "sources") == 5
    path = tmp_path / "old.db"
    BUILDERS[4](path)
    with Library(path) as upgraded:
        assert count(upgraded.conn, "page_identity") == count(upgraded.conn, "sources") == 2
