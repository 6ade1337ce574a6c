"""A library through a .qdpx and back: export validates, import into an empty library gives the same work."""

from __future__ import annotations

import zipfile

import pytest

from qdpx_support import assert_valid_export, project_xml
from reader.exchange import QdpxError
from reader.exchange.export_library import ExportCancelled, export_library
from reader.exchange.import_library import import_project
from reader.model import Article, Block, Page
from reader.store.library import Library
from test_qdpx_handwritten import PROJECT_QDE, TEXT_1


def _work(library: Library) -> dict:
    q = library.conn.execute
    return {
        "tags": q("SELECT name, color FROM tags ORDER BY name").fetchall(),
        "article_tags": q(
            "SELECT a.title, t.name, at.coder FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "JOIN articles a ON a.id = at.article_id ORDER BY 1, 2, 3"
        ).fetchall(),
        "notes": q("SELECT a.title, n.coder, n.note FROM article_notes n JOIN articles a ON a.id = n.article_id "
                   "ORDER BY 1, 2").fetchall(),  # fmt: skip
        "annotations": q(
            'SELECT a.title, n.quote, n.start, n."end", t.name, n.note, n.coder, n.created FROM annotations n '
            "JOIN articles a ON a.id = n.article_id LEFT JOIN tags t ON t.id = n.tag_id ORDER BY 1, 2, 5"
        ).fetchall(),
        "texts": q("SELECT title, body_text FROM articles ORDER BY title").fetchall(),
    }


@pytest.fixture
def library():
    lib = Library(coder="安娜")
    lib.pages.add("p.txt", Page([
        Article("春耕忙", byline="记者 王华", body=[Block("paragraph", "𠮷野家门前😀排起长队。"),
                                                 Block("paragraph", "春耕时节，农民忙于播种。")]),
        Article("接羔", body=[Block("paragraph", "草原上的牧民迎来了接羔季。")]),
    ]))  # fmt: skip
    lib.tags.add(1, "农业")
    lib.tags.recolor("农业", "#33aa55")
    lib.notes.set(1, "值得跟进 & <核实>")
    lib.annotations.add_quote(1, "春耕时节", tag="民生", note="节气")
    lib.coder = "本"
    lib.tags.add(1, "农业")
    lib.annotations.add_quote(1, "野家", tag="人物")
    lib.notes.set(2, "本的笔记")
    yield lib
    lib.close()


def test_export_validates_and_import_into_an_empty_library_gives_the_same_work(library, tmp_path):
    out = tmp_path / "lib.qdpx"
    summary = export_library(library, out)
    assert (summary.articles, summary.coders) == (2, 2)
    assert_valid_export(out)
    with Library(coder="导入者") as empty:
        report = import_project(empty, out)
        assert (report.sources_new, report.sources_matched, report.skipped) == (2, 0, [])
        assert _work(empty) == _work(library)


def test_importing_into_the_library_it_came_from_matches_everything_and_adds_nothing(library, tmp_path):
    out = tmp_path / "lib.qdpx"
    export_library(library, out)
    before = _work(library)
    report = import_project(library, out)
    assert report.sources_matched == 2 and report.sources_new == 0
    assert (report.article_tags_added, report.notes_added, report.passages_added) == (0, 0, 0)
    assert _work(library) == before


def test_the_same_library_exports_the_same_guids(library, tmp_path):
    export_library(library, tmp_path / "a.qdpx")
    export_library(library, tmp_path / "b.qdpx")
    guids = [[e.get("guid") for e in project_xml(tmp_path / n).iter() if e.get("guid")] for n in ("a.qdpx", "b.qdpx")]
    assert guids[0] == guids[1] and len(set(guids[0])) == len(guids[0])


def test_export_reports_progress_and_a_cancel_leaves_no_file(library, tmp_path, monkeypatch):
    import reader.exchange.export_library as module

    monkeypatch.setattr(module, "PROGRESS_EVERY", 1)
    seen = []
    export_library(library, tmp_path / "p.qdpx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2, 2)
    with pytest.raises(ExportCancelled):
        export_library(library, tmp_path / "c.qdpx", cancelled=lambda: True)
    assert not (tmp_path / "c.qdpx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.qdpx"]


def _handwritten(tmp_path):
    path = tmp_path / "handwritten.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", PROJECT_QDE)
        archive.writestr("Sources/DDDDDDDD-0000-4000-8000-000000000001.txt", "\ufeff".encode() + TEXT_1.encode())
        archive.writestr("Sources/99999999-0000-4000-8000-000000000002.txt", "整篇的备忘".encode())
    return path


def test_a_handwritten_project_imports_codes_passages_and_notes(tmp_path):
    with Library(coder="导入者") as lib:
        report = import_project(lib, _handwritten(tmp_path))
        assert report.sources_new == 2
        [first] = lib.search.article_ids("今天的天气")
        article = lib.articles.get(first).article
        assert article.title == "𠮷😀 今天的天气很好。"  # no blank line: the first line is the title
        assert [(a.quote, a.tag, a.note, a.coder) for a in lib.annotations.of_article(first)] == [
            ("牧民们赶着羊群转场。", "放牧", None, "Ben")
        ]
        # 天气 lies in the title line: reader annotates the body only, so it is reported
        assert any("title" in s.reason for s in report.skipped)
        assert [t.name for t in lib.tags.of_article(first)] == ["生计 / 其他"]
        assert lib.notes.all_of(first) == [("Anna", "整篇的备忘")]
        assert {t.name: t.color for t in lib.tags.all()}["天气"] == "#aabbcc"
        # Its "Date" variable is the page's date, given at import (what the user sets later wins).
        assert report.identity_not_stored == 0
        record = lib.identity.of_source(lib.articles.get(first).source_id)
        assert record.meta.date == "2019-04-02" and record.meta.origin("date") == "import"


def test_a_source_matching_an_article_up_to_white_space_gets_its_codes_there(tmp_path):
    with Library(coder="导入者") as lib:
        lib.pages.add("p.txt", Page([Article("天气", body=[Block("paragraph", TEXT_1)])]))
        before = lib.articles.count()
        report = import_project(lib, _handwritten(tmp_path))
        assert report.sources_matched == 1 and lib.articles.count() == before + 1  # the second source is new
        quotes = sorted((a.quote, a.tag) for a in lib.annotations.of_article(1))
        assert quotes == [("天气", "天气"), ("牧民们赶着羊群转场。", "放牧")]


def test_a_bad_file_changes_nothing(library, tmp_path):
    bad = tmp_path / "bad.qdpx"
    bad.write_text("not a zip", encoding="utf-8")
    before, changes = _work(library), library.conn.total_changes
    with pytest.raises(QdpxError, match="not a zip"):
        import_project(library, bad)
    assert _work(library) == before and library.conn.total_changes == changes


def test_page_identity_travels_as_variables_and_comes_back(tmp_path):
    """Newspaper, date, page and section are exported as variables and read back as the page's values."""
    out = tmp_path / "identity.qdpx"
    with Library(coder="王明") as lib:
        [article_id] = lib.pages.add("p.txt", Page([Article("草原新学校", body=[Block("paragraph", "呼和浩特市新建一所学校。")])])).article_ids
        source_id = lib.articles.get(article_id).source_id
        lib.identity.set_values([source_id], {"newspaper": "内蒙古日报", "date": "2023-03-07", "page": "3", "section": "要闻"})
        export_library(lib, out)
    assert_valid_export(out)
    tree = project_xml(out)
    values = {child.text for child in tree.iter() if child.tag.endswith(("TextValue", "DateValue")) and child.text}
    assert {"内蒙古日报", "2023-03-07", "3", "要闻"} <= values
    with Library() as fresh:
        import_project(fresh, out)
        [again] = fresh.search.article_ids("新建一所学校")
        meta = fresh.identity.of_source(fresh.articles.get(again).source_id).meta
        assert (meta.newspaper, meta.date, meta.page, meta.section) == ("内蒙古日报", "2023-03-07", "3", "要闻")
        assert meta.origin("newspaper") == "import"
