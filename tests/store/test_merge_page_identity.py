"""A merge keeps each page's identity (newspaper, date …, by origin) and a PDF page's file and boxes."""

from __future__ import annotations

import sqlite3

import pytest
from composer import compose_pdf

from reader.cli import main
from reader.ingest import import_files
from reader.ingest.identity import ImportIdentity
from reader.model import PageMeta
from reader.paths import sample_page_path
from reader.store.library import Library


@pytest.fixture
def theirs(tmp_path):
    """A library with a text page (identity from its header and from the import's options) and a PDF page."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.pdf").write_bytes(compose_pdf(64)[0])
    (folder / "page.txt").write_text(sample_page_path().read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "theirs.db"
    with Library(path, coder="本") as library:
        how = ImportIdentity.from_options(newspaper="内蒙古法制报", date="2023-03-07")
        report = import_files(library, [folder / "page.txt", folder / "one.pdf"], how=how)
        assert report.errors == []
        text_id, pdf_id = (r.source_id for r in report.results)
        library.identity.set_values([text_id], {"section": "要闻"})  # set by their user
        said = {i: library.identity.of_source(i) for i in (text_id, pdf_id)}
        boxes = library.pdfs.geometry(pdf_id)
    return path, said, boxes


def _by_name(library):
    return {record.name: record for record in library.identity.of_sources([s.id for s in library.pages.all()])}


def test_pages_added_by_a_merge_keep_their_identity_with_its_origins(tmp_path, theirs):
    path, said, _boxes = theirs
    with Library(tmp_path / "ours.db") as ours:
        ours.merger.merge(path)
        records = _by_name(ours)
        for record in said.values():
            here = records[record.name]
            assert here.meta == record.meta and here.candidates == record.candidates
        assert records["page.txt"].meta.section == "要闻" and records["page.txt"].meta.newspaper == "内蒙古法制报"
        # The lists sort and filter on the identity: every merged article is listed.
        assert len(ours.identity.all_ids(order_by_date=True)) == 2
        given = set(ours.search.article_ids(newspaper="内蒙古法制报"))  # given at their import, for both pages
        assert given == {i for r in records.values() for i in ours.articles.ids_of_source(r.id)} and given
        assert len(ours.search.article_ids(sort="date")) == ours.articles.count()


def test_a_pdf_page_added_by_a_merge_keeps_its_file_and_boxes(tmp_path, theirs):
    path, said, boxes = theirs
    with Library(tmp_path / "ours.db") as ours:
        ours.merger.merge(path)
        pdf_page = _by_name(ours)["one.pdf#page=1"]
        location = ours.pdfs.location(pdf_page.id)
        assert location is not None and location.pdf.path.endswith("one.pdf") and not location.pdf.copied
        assert ours.pdfs.geometry(pdf_page.id) == boxes


def test_a_page_here_already_takes_only_what_the_other_says_and_this_one_does_not(tmp_path, theirs):
    path, said, _boxes = theirs
    with Library(tmp_path / "ours.db") as ours:
        (result,) = import_files(ours, [tmp_path / "in" / "page.txt"]).results  # no options: no newspaper given
        ours.identity.set_values([result.source_id], {"section": "法治"})
        ours.merger.merge(path)
        here = ours.identity.of_source(result.source_id).meta
        assert here.section == "法治"  # ours stays
        assert here.newspaper == "内蒙古法制报" and here.date == "2023-03-07"  # theirs, given at their import


def test_opening_a_library_merged_before_gives_its_pages_their_identity_again(tmp_path, theirs):
    path, said, _boxes = theirs
    ours = tmp_path / "ours.db"
    with Library(ours) as library:
        library.merger.merge(path)
    # As merges before schema 11 left it: no identity for the merged pages.
    conn = sqlite3.connect(ours, isolation_level=None)
    conn.execute("DELETE FROM page_values")
    conn.execute("DELETE FROM page_identity")
    conn.execute("DELETE FROM schema_migrations WHERE version = 11")
    conn.execute("PRAGMA user_version = 10")
    conn.close()
    with Library(ours) as library:
        records = _by_name(library)
        assert len(library.identity.all_ids(order_by_date=True)) == 2
        # What the pages say themselves comes back: the PDF page's header.
        before = next(r for r in said.values() if r.name == "one.pdf#page=1")
        header = dict(before.candidates["newspaper"])["header"]
        assert records["one.pdf#page=1"].meta.newspaper == header
    assert list(tmp_path.glob("ours.backup-*.db"))  # the upgrade wrote its backup first


def test_cli_pages_lists_merged_pages(tmp_path, theirs, capsys):
    path, _said, _boxes = theirs
    ours = tmp_path / "ours.db"
    Library(ours).close()
    assert main(["merge-library", str(path), "--library", str(ours)]) == 0
    capsys.readouterr()
    assert main(["pages", "--library", str(ours)]) == 0
    out = capsys.readouterr().out
    assert "page.txt" in out and "one.pdf#page=1" in out and "内蒙古法制报 (given at import)" in out
