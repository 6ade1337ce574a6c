"""A PDF page's identity as the import derives it: its bands, its file's name and its metadata (tuning seeds)."""

import pytest
from composer import compose_pdf
from identity_scoring import score_identity

from reader.identity import combine
from reader.ingest.pdf_files import read_metadata
from reader.ingest.pdf_pages import pdf_page_identity, read_pdf_page
from reader.pdf import PdfFile


def _identities(path):
    with PdfFile(path) as pdf:
        metadata = read_metadata(path, pdf.page_count)
        out = []
        for index in range(pdf.page_count):
            page = read_pdf_page(pdf, index)
            metas, notes = pdf_page_identity(page, path, metadata, index, pdf.page_count)
            out.append((page, combine(*metas)[0], notes))
    return metadata, out


@pytest.fixture(scope="module", params=[61, 63])
def issue(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("issue") / "issue.pdf"
    pdf, truths = compose_pdf(request.param, pages=4)
    path.write_bytes(pdf)
    return truths, *_identities(path)


def test_every_field_a_page_prints_is_read_from_its_bands(issue):
    truths, _metadata, pages = issue
    for truth, (page, _stored, _notes) in zip(truths, pages):
        score = score_identity(truth["meta"], page.meta, label=truth["page"])
        assert not score.failures and not score.filled
        assert set(page.meta.origins.values()) <= {"header"}


def test_what_the_page_does_not_print_comes_from_the_file(issue):
    truths, metadata, pages = issue
    # The composer titles half its PDFs «newspaper date»; the import takes the paper from there.
    titled = metadata.title not in (None, "untitled")
    for truth, (page, stored, _notes) in zip(truths, pages):
        assert stored.date == truth["meta"]["date"]
        assert not score_identity(truth["meta"], stored, label=truth["page"]).failures
        if truth["meta"]["newspaper"] is not None:
            assert stored.origins["newspaper"] == "header"
        elif titled:
            assert stored.origins["newspaper"] == "pdf" and stored.newspaper == metadata.title.split()[0]
        else:
            assert stored.newspaper is None


def test_a_file_name_that_disagrees_with_the_header_loses_and_is_noted(tmp_path):
    pdf, truths = compose_pdf(62)
    path = tmp_path / "2001-01-02_99.pdf"
    path.write_bytes(pdf)
    _metadata, [(page, stored, notes)] = _identities(path)
    assert stored.date == truths[0]["meta"]["date"] != "2001-01-02"
    assert stored.origins["date"] == "header"
    assert any("date" in note and "2001-01-02" in note for note in notes)
