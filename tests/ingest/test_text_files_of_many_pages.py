"""A text file holding a whole issue (pdftotext's form feeds between pages) is one page per page."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from composer import compose_pdf
from composer.extract import pdftotext

from reader.cli import main
from reader.ingest import IngestError, import_file, import_files, read_text_page
from reader.ingest.text_pages import split_pages
from reader.parsing import parse_page
from reader.paths import sample_page_path
from reader.store.library import Library

SAMPLE = sample_page_path().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def issue(tmp_path_factory):
    """A composed three-page issue and pdftotext's text of all of it at once (a form feed after each page)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is missing: install poppler-utils (.ci/run does)")
    folder = tmp_path_factory.mktemp("issue")
    pdf = folder / "issue.pdf"
    pdf.write_bytes(compose_pdf(63, pages=3)[0])
    whole = folder / "issue.txt"
    subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", str(pdf), str(whole)], check=True)
    return pdf, whole


def _titles(page):
    return [a.title for a in page.articles]


def test_each_page_of_an_extracted_issue_is_a_page_read_as_when_extracted_alone(tmp_path, issue):
    pdf, whole = issue
    with Library(tmp_path / "lib.db") as library:
        report = import_files(library, [whole])
        assert report.errors == [] and not report.cancelled
        assert [r.path for r in report.results] == [f"{whole}#page={n}" for n in (1, 2, 3)]
        sources = library.pages.all()
        assert [s.name for s in sources] == ["issue.txt#page=1", "issue.txt#page=2", "issue.txt#page=3"]
        for n, source in enumerate(sources):
            alone = parse_page(pdftotext(pdf, n))
            stored = [library.articles.get(i).article.title for i in library.articles.ids_of_source(source.id)]
            assert stored == _titles(alone) and stored
            _name, raw = library.pages.raw_text(source.id)
            assert "\f" not in raw and raw.strip() == pdftotext(pdf, n).replace("\f", "").strip()


def test_importing_the_issue_again_in_another_encoding_adds_nothing(tmp_path, issue):
    _pdf, whole = issue
    utf16 = tmp_path / "again.txt"
    utf16.write_bytes(whole.read_text(encoding="utf-8").encode("utf-16"))
    with Library(tmp_path / "lib.db") as library:
        first = import_files(library, [whole])
        again = import_files(library, [utf16])
        assert [r.duplicate for r in again.results] == [True, True, True]
        assert [r.source_id for r in again.results] == [r.source_id for r in first.results]
        assert len(library.pages.all()) == 3


def test_a_blank_page_is_reported_by_number_and_the_pages_keep_their_numbers(tmp_path):
    f = tmp_path / "year.txt"
    f.write_text(SAMPLE + "\f \n\f" + SAMPLE.replace("沈翠英", "王比学") + "\f", encoding="utf-8")
    with Library(tmp_path / "lib.db") as library:
        report = import_files(library, [f])
        assert report.errors == [(str(f), "page 2 of year.txt has no text (blank, or a picture without a text layer)")]
        names = [s.name for s in library.pages.all()]
        assert names == ["year.txt#page=1", "year.txt#page=3"]
        # The sample's header names no page: the page's place in the file does.
        pages = [library.identity.of_source(s.id).meta.page for s in library.pages.all()]
        assert pages == ["1", "3"]


def test_a_file_with_one_page_of_text_is_one_page_under_its_own_name(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text(SAMPLE + "\f", encoding="utf-8")  # pdftotext ends even a one-page file with a form feed
    assert split_pages(SAMPLE + "\f") == [(0, SAMPLE + "\f")]
    with Library(tmp_path / "lib.db") as library:
        result = import_file(library, f)
        assert not result.duplicate and [s.name for s in library.pages.all()] == ["page.txt"]
        assert read_text_page(f).name == "page.txt"


def test_import_file_refuses_a_file_of_many_pages_and_writes_nothing(tmp_path):
    f = tmp_path / "two.txt"
    f.write_text(SAMPLE + "\f" + SAMPLE.replace("沈翠英", "王比学"), encoding="utf-8")
    with Library(tmp_path / "lib.db") as library:
        with pytest.raises(IngestError, match="holds 2 pages"):
            import_file(library, f)
        assert library.pages.all() == []


def test_cancelling_stops_between_pages_of_a_text_file(tmp_path):
    f = tmp_path / "three.txt"
    f.write_text("\f".join(SAMPLE.replace("沈翠英", name) for name in ("甲", "乙", "丙")), encoding="utf-8")
    with Library(tmp_path / "lib.db") as library:
        asked = []
        # Asked before the file, then after each page: the second answer stops it.
        report = import_files(library, [f], cancelled=lambda: asked.append(1) or len(asked) >= 2)
        assert report.cancelled and [s.name for s in library.pages.all()] == ["three.txt#page=1"]


def test_cli_import_and_parse_name_each_page(tmp_path, issue, capsys):
    _pdf, whole = issue
    db = tmp_path / "lib.db"
    assert main(["import", str(whole), "--library", str(db), "--no-recognise"]) == 0
    out = capsys.readouterr().out
    assert [line.split(":")[0] for line in out.splitlines()[:3]] == [f"[1/1] issue.txt#page={n}" for n in (1, 2, 3)]
    assert "imported 3 text pages with" in out and "0 failed" in out
    assert main(["parse", str(whole), "--json"]) == 0
    pages = json.loads(capsys.readouterr().out)
    assert [p["page"] for p in pages] == [1, 2, 3] and all(p["articles"] and p["error"] is None for p in pages)
    assert [p["meta"]["page"] for p in pages] == ["1", "2", "3"]


def test_cli_parse_reports_a_blank_page_and_fails(tmp_path, capsys):
    f = tmp_path / "year.txt"
    f.write_text(SAMPLE + "\f\f" + SAMPLE, encoding="utf-8")
    assert main(["parse", str(f)]) == 1
    captured = capsys.readouterr()
    assert "=== page 1 of 3 ===" in captured.out and "=== page 3 of 3 ===" in captured.out
    assert "page 2 of year.txt has no text" in captured.err
