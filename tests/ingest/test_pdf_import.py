"""Importing PDFs into a library: each page a page of its own, bad pages and files reported by name and
page, the other pages and files imported, nothing half-stored, copies beside the library, cancelling."""

from __future__ import annotations

import shutil

import pytest
from composer import bad_pdf, compose_pdf

from reader.cli import main
from reader.ingest import import_files, page_files
from reader.ingest.pdf_files import copies_folder, file_sha256
from reader.ingest.pdf_pages import import_pdf_pages
from reader.paths import sample_page_path
from reader.store.library import Library


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """Composed PDFs written once: a two-page issue, one page, and bad ones."""
    folder = tmp_path_factory.mktemp("pdfs")
    (folder / "issue.pdf").write_bytes(compose_pdf(61, pages=2)[0])
    (folder / "one.pdf").write_bytes(compose_pdf(62)[0])
    for kind in ("scan_in_issue", "scanned", "encrypted", "no_unicode", "truncated", "letter"):
        (folder / f"{kind}.pdf").write_bytes(bad_pdf(kind, seed=5))
    return folder


def _folder(tmp_path, pdfs, *names):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(sample_page_path(), folder / "sub" / "page.txt")
    for name in names:
        shutil.copy(pdfs / name, folder / name)
    return folder


def _pdf_rows(library) -> int:
    return len(library.pdfs.source_ids())


def test_a_folder_of_text_pages_and_pdfs_imports_every_page(tmp_path, pdfs):
    folder = _folder(tmp_path, pdfs, "issue.pdf", "one.pdf")
    seen = []
    with Library(tmp_path / "lib.db") as library:
        report = import_files(library, page_files([folder]), lambda d, t, n: seen.append((d, t, n)))
        assert report.errors == []
        names = {r.path for r in report.results}
        assert names == {"issue.pdf#page=1", "issue.pdf#page=2", "one.pdf#page=1", str(folder / "sub" / "page.txt")}
        assert _pdf_rows(library) == 3 and all(r.article_ids for r in report.results)
        # Progress counts pages: 2 + 1 + 1.
        assert seen[-1] == (4, 4, "") and {t for _d, t, _n in seen} == {4}
        location = library.pdfs.location(report.results[0].source_id)
        assert location.pdf.path == str((folder / "issue.pdf").resolve()) and location.page_index == 0
        assert location.pdf.sha256 == file_sha256(folder / "issue.pdf") and location.width > 0
        geometry = library.pdfs.geometry(report.results[0].source_id)
        _name, raw = library.pages.raw_text(report.results[0].source_id)
        assert len(geometry.lines) >= 20 and any(b is not None for b in geometry.lines)
        assert raw.endswith("\n") and len(geometry.lines) == len(raw[:-1].split("\n"))  # a box per printed line
        again = import_files(library, page_files([folder]))
        assert len(again.duplicates) == 4 and _pdf_rows(library) == 3


@pytest.mark.parametrize(
    "name, message",
    [
        ("encrypted.pdf", "encrypted.pdf is protected by a password"),
        ("truncated.pdf", "truncated.pdf is not a PDF file or is damaged"),
        ("no_unicode.pdf", "page 1 of no_unicode.pdf uses fonts without a Unicode map"),
        ("scanned.pdf", "page 1 of scanned.pdf has no text layer (a scan); reader reads PDFs that contain text"),
        ("letter.pdf", "page 1 of letter.pdf does not look like a newspaper page"),
    ],
)
def test_a_bad_pdf_is_reported_by_name_and_the_other_files_go_in(tmp_path, pdfs, name, message):
    folder = _folder(tmp_path, pdfs, name, "one.pdf")
    with Library(tmp_path / "lib.db") as library:
        report = import_files(library, page_files([folder]))
        assert [(path, text.startswith(message)) for path, text in report.errors] == [(str(folder / name), True)]
        assert {r.path for r in report.results} == {"one.pdf#page=1", str(folder / "sub" / "page.txt")}
        assert _pdf_rows(library) == 1 and len(library.pdfs.files()) == 1  # nothing of the bad file stored


def test_a_scanned_page_in_an_issue_is_skipped_and_the_others_imported(tmp_path, pdfs):
    with Library(tmp_path / "lib.db") as library:
        report = import_files(library, [pdfs / "scan_in_issue.pdf"])
        assert [r.path for r in report.results] == ["scan_in_issue.pdf#page=1", "scan_in_issue.pdf#page=3"]
        (error,) = report.errors
        assert error[1].startswith("page 2 of scan_in_issue.pdf has no text layer (a scan)")
        (facts, pages), = library.pdfs.files()
        assert pages == 2 and facts.page_count == 3


def test_a_page_that_fails_while_being_stored_leaves_nothing_of_itself(tmp_path, pdfs, monkeypatch):
    import reader.store.pdf_pages as store

    real = store.layout_json
    calls = []

    def fail_on_second(page):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk gone")
        return real(page)

    monkeypatch.setattr(store, "layout_json", fail_on_second)
    with Library(tmp_path / "lib.db") as library:
        report = import_files(library, [pdfs / "issue.pdf", sample_page_path()])
        assert [p for p, _m in report.errors] == [str(pdfs / "issue.pdf")]
        assert "disk gone" in report.errors[0][1]
        # Page 1 went in whole; page 2 left no source, article or pdf_pages row; the text page went in.
        pdf_sources = library.pdfs.source_ids()
        assert len(pdf_sources) == 1
        assert {p.name for p in library.pages.all()} == {"issue.pdf#page=1", sample_page_path().name}


def test_copies_beside_the_library_and_none_when_no_page_was_kept(tmp_path, pdfs):
    folder = _folder(tmp_path, pdfs, "one.pdf", "scanned.pdf")
    library_path = tmp_path / "lib.db"
    copies = copies_folder(library_path)
    assert copies == tmp_path / "lib.pdfs"
    with Library(library_path) as library:
        report = import_files(library, page_files([folder]), copy_folder=copies)
        assert len(report.errors) == 1 and "scanned.pdf" in report.errors[0][0]
        assert sorted(p.name for p in copies.iterdir()) == ["one.pdf"]  # the scan kept no page: no copy
        (facts, _pages), = library.pdfs.files()
        assert facts.copied and facts.path == str(copies / "one.pdf")
        assert facts.imported_path == str((folder / "one.pdf").resolve())
        assert file_sha256(copies / "one.pdf") == facts.sha256


def test_importing_a_moved_pdf_again_records_where_it_is_now(tmp_path, pdfs):
    first = tmp_path / "a" / "one.pdf"
    first.parent.mkdir()
    shutil.copy(pdfs / "one.pdf", first)
    with Library(tmp_path / "lib.db") as library:
        import_files(library, [first])
        moved = tmp_path / "b" / "renamed.pdf"
        moved.parent.mkdir()
        first.rename(moved)
        report = import_files(library, [moved])
        assert report.errors == [] and len(report.duplicates) == 1
        (facts, _pages), = library.pdfs.files()
        assert facts.path == str(moved.resolve())


def test_cancelling_stops_between_pages_of_a_pdf(tmp_path, pdfs):
    with Library(tmp_path / "lib.db") as library:
        seen = []
        report = import_files(library, [pdfs / "issue.pdf"], lambda d, t, n: seen.append(d), cancelled=lambda: len(seen) >= 1)
        assert report.cancelled and [r.path for r in report.results] == ["issue.pdf#page=1"]
        assert _pdf_rows(library) == 1


def test_import_pdf_pages_reports_each_page_as_it_goes(tmp_path, pdfs):
    with Library(tmp_path / "lib.db") as library:
        events = list(import_pdf_pages(library, pdfs / "scan_in_issue.pdf"))
        assert [(e.number, e.count, e.kind) for e in events] == [(1, 3, None), (2, 3, "scanned"), (3, 3, None)]
        assert "page 2 of scan_in_issue.pdf" in events[1].error


def test_cli_import_of_a_folder_with_pdfs_prints_a_line_per_page(tmp_path, pdfs, capsys):
    folder = _folder(tmp_path, pdfs, "issue.pdf", "scan_in_issue.pdf", "encrypted.pdf")
    db = tmp_path / "lib.db"
    code = main(["import", str(folder), "--library", str(db), "--copy-pdfs"])
    out, err = capsys.readouterr()
    assert code == 1  # a page and a file were skipped
    assert "issue.pdf#page=1: " in out and "issue.pdf#page=2: " in out and "scan_in_issue.pdf#page=3: " in out
    assert "scan_in_issue.pdf#page=2: skipped, page 2 of scan_in_issue.pdf has no text layer" in err
    assert "encrypted.pdf: skipped, encrypted.pdf is protected by a password" in err
    assert "imported 1 file and 4 PDF pages with " in out
    assert sorted(p.name for p in (tmp_path / "lib.pdfs").iterdir()) == ["issue.pdf", "scan_in_issue.pdf"]
    code = main(["import", str(folder / "issue.pdf"), "--library", str(db)])
    out, _err = capsys.readouterr()
    assert code == 0 and "issue.pdf#page=1: already in the library" in out
    # Only PDFs: the summary names no «0 files».
    (summary,) = [line for line in out.splitlines() if line.startswith("imported ")]
    assert summary.startswith("imported 0 PDF pages with 0 articles; 2 already present") and "file" not in summary
