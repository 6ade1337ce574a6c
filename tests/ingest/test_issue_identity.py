"""An issue's pages share what their headers agree on: the inner pages seldom print the masthead."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest
from composer import compose_pdf

from reader.identity import shared_value
from reader.ingest import import_files
from reader.model import Article, Block, Page, PageMeta
from reader.parsing import parse_page
from reader.store.library import Library


def _issue_truth(truths: list[dict]) -> dict:
    """What the issue is, from the pages that print it (the composer's truth is per printed page)."""
    return {f: next(t["meta"][f] for t in truths if t["meta"][f]) for f in ("newspaper", "date")}


@pytest.mark.parametrize("seed", [61, 63, 65])
@pytest.mark.parametrize("as_text", [False, True], ids=["pdf", "pdftotext"])
def test_every_page_of_an_issue_gets_the_papers_name_and_date(tmp_path, seed, as_text):
    data, truths = compose_pdf(seed, pages=4)
    pdf = tmp_path / "issue.pdf"
    pdf.write_bytes(data)
    path = pdf
    if as_text:
        if shutil.which("pdftotext") is None:
            pytest.skip("pdftotext is missing: install poppler-utils (.ci/run does)")
        path = tmp_path / "issue.txt"
        subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", str(pdf), str(path)], check=True)
    with Library(tmp_path / "lib.db") as library:
        assert import_files(library, [path]).errors == []
        records = library.identity.of_sources([s.id for s in library.pages.all()])
    assert len(records) == 4
    truth = _issue_truth(truths)
    unprinted = [t["meta"]["newspaper"] is None for t in truths]
    assert any(unprinted)  # the seeds are chosen for inner pages without the masthead
    for record, bare in zip(records, unprinted):
        assert record.meta.newspaper == truth["newspaper"] and record.meta.date == truth["date"]
        if bare:
            assert record.meta.origins["newspaper"] == "issue"


def _page(title: str, **meta) -> tuple[Page, list[PageMeta]]:
    page = Page([Article(title, body=[Block("paragraph", f"{title}的正文。")])])
    return page, [PageMeta(**meta, origins={f: "header" for f in meta})]


def _add(library, name, title, **meta) -> int:
    page, identity = _page(title, **meta)
    return library.pages.add(name, page, content_key=name, identity=identity).source_id


def test_pages_whose_headers_disagree_share_nothing_of_that_field(lib):
    a = _add(lib, "a", "甲", newspaper="草原晨报", date="2023-03-07")
    b = _add(lib, "b", "乙", newspaper="黄河农民报", date="2023-03-07")
    c = _add(lib, "c", "丙")
    lib.identity.share_across_issue([a, b, c])
    meta = lib.identity.of_source(c).meta
    assert meta.newspaper is None  # two papers bound in one file: no guess
    assert meta.date == "2023-03-07" and meta.origins["date"] == "issue"


def test_a_stronger_origin_or_a_field_the_user_cleared_is_not_overridden(lib):
    a = _add(lib, "a", "甲", newspaper="内蒙古法制报", date="2023-03-07")
    b = _add(lib, "b", "乙", newspaper="法制报")  # the short form agrees, the fuller name is shared
    c = _add(lib, "c", "丙")
    d = _add(lib, "d", "丁")
    lib.identity.set_values([c], {"date": ""})  # the user emptied it: it stays empty
    lib.identity.share_across_issue([a, b, c, d])
    assert lib.identity.of_source(b).meta.newspaper == "法制报"
    assert lib.identity.of_source(b).meta.date == "2023-03-07"
    assert lib.identity.of_source(c).meta.newspaper == "内蒙古法制报" and lib.identity.of_source(c).meta.date is None
    assert lib.identity.of_source(d).meta.date == "2023-03-07"


def test_reparse_shares_again_for_pages_imported_before(tmp_path):
    data, truths = compose_pdf(63, pages=4)
    pdf = tmp_path / "issue.pdf"
    pdf.write_bytes(data)
    with Library(tmp_path / "lib.db") as library:
        import_files(library, [pdf])
        with library.db.write():  # as a library made before the issue's pages shared anything
            library.conn.execute("DELETE FROM page_values WHERE origin = 'issue'")
        ids = [s.id for s in library.pages.all()]
        library.identity.share_across_issue([])  # nothing to share: no write, no error
        from reader.ingest.pdf_reparse import PdfRereader

        with PdfRereader() as read_pdf:
            library.reparse(parse_page, read_pdf)
        records = library.identity.of_sources(ids)
        assert {r.meta.newspaper for r in records} == {_issue_truth(truths)["newspaper"]}
        # The inner pages' name is the other pages' header's again, not the PDF metadata's.
        bare = [r for r, t in zip(records, truths) if t["meta"]["newspaper"] is None]
        assert bare and all(r.meta.origins["newspaper"] == "issue" for r in bare)


def test_shared_value_takes_the_fullest_agreeing_name_and_nothing_from_disagreement():
    assert shared_value("newspaper", ["法制报", "内蒙古法制报", "法制报"]) == "内蒙古法制报"
    assert shared_value("newspaper", ["草原晨报", "黄河农民报"]) is None
    assert shared_value("date", ["2023-03-07", None, "2023-03-07"]) == "2023-03-07"
    assert shared_value("date", ["2023-03-07", "2023-03-08"]) is None
    assert shared_value("cn", [None, ()]) is None


def test_a_version_10_library_takes_the_new_origin_and_keeps_its_values(tmp_path):
    path = tmp_path / "old.db"
    with Library(path) as library:
        source = _add(library, "a", "甲", newspaper="草原晨报")
    conn = sqlite3.connect(path, isolation_level=None)
    # page_values as versions 7 to 10 made it, without the "issue" origin.
    conn.execute("ALTER TABLE page_values RENAME TO page_values_now")
    conn.execute(
        "CREATE TABLE page_values (source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, "
        "field TEXT NOT NULL CHECK (field IN ('newspaper', 'date', 'page', 'section', 'editors', 'issue', 'cn')), "
        "origin TEXT NOT NULL CHECK (origin IN ('user', 'import', 'header', 'filename', 'pdf')), value TEXT, "
        "PRIMARY KEY (source_id, field, origin)) WITHOUT ROWID"
    )
    conn.execute("INSERT INTO page_values SELECT * FROM page_values_now")
    conn.execute("DROP TABLE page_values_now")
    conn.execute("DELETE FROM schema_migrations WHERE version = 11")
    conn.execute("PRAGMA user_version = 10")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO page_values VALUES (?, 'date', 'issue', '2023-03-07')", (source,))
    conn.close()
    with Library(path) as library:
        assert library.identity.of_source(source).meta.newspaper == "草原晨报"
        with library.db.write():
            library.conn.execute("INSERT INTO page_values VALUES (?, 'date', 'issue', '2023-03-07')", (source,))
