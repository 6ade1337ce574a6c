"""Bad PDFs: one error class, a clear message naming the file (and page); other pages still read."""

import pytest

from composer import bad_pdf

from reader.pdf import PdfError, PdfFile, read_pdf


def _write(tmp_path, kind, name=None):
    path = tmp_path / (name or f"{kind}.pdf")
    path.write_bytes(bad_pdf(kind, seed=4))
    return path


@pytest.mark.parametrize(
    "kind, error_kind, words",
    [
        ("encrypted", "encrypted", "password"),
        ("truncated", "damaged", "damaged"),
        ("garbage", "damaged", "not a PDF"),
        ("empty", "damaged", "not a PDF"),
        ("not_pdf", "damaged", "not a PDF"),
    ],
)
def test_files_that_cannot_be_opened(tmp_path, kind, error_kind, words):
    path = _write(tmp_path, kind, "第3版 报纸.pdf")
    with pytest.raises(PdfError) as caught:
        PdfFile(path)
    error = caught.value
    assert error.kind == error_kind and error.page is None
    assert str(error).startswith("第3版 报纸.pdf ") and words in str(error)


def test_missing_file(tmp_path):
    with pytest.raises(PdfError) as caught:
        PdfFile(tmp_path / "nowhere.pdf")
    assert caught.value.kind == "missing" and "nowhere.pdf" in str(caught.value)


@pytest.mark.parametrize(
    "kind, error_kind, message",
    [
        ("scanned", "scanned", "page 1 of scanned.pdf has no text layer (a scan); reader reads PDFs that contain text"),
        ("no_unicode", "no_unicode", "page 1 of no_unicode.pdf uses fonts without a Unicode map"),
        ("private_use", "no_unicode", "page 1 of private_use.pdf uses fonts without a Unicode map"),
        ("letter", "not_newspaper", "page 1 of letter.pdf does not look like a newspaper page"),
        ("table", "not_newspaper", "page 1 of table.pdf does not look like a newspaper page"),
        ("blank", "not_newspaper", "page 1 of blank.pdf has no text on it"),
    ],
)
def test_pages_that_cannot_be_read(tmp_path, kind, error_kind, message):
    path = _write(tmp_path, kind)
    with PdfFile(path) as pdf:
        with pytest.raises(PdfError) as caught:
            pdf.read(0)
    assert caught.value.kind == error_kind and caught.value.page == 1
    assert str(caught.value).startswith(message)


def test_no_garbage_text_is_returned_for_fonts_without_unicode(tmp_path):
    outcomes = read_pdf(_write(tmp_path, "no_unicode"))
    assert [o.page for o in outcomes] == [None] and outcomes[0].error.kind == "no_unicode"


def test_a_scanned_page_in_an_issue_spoils_only_itself(tmp_path):
    outcomes = read_pdf(_write(tmp_path, "scan_in_issue", "issue.pdf"))
    assert [o.index for o in outcomes] == [0, 1, 2]
    assert outcomes[0].page is not None and outcomes[2].page is not None
    assert outcomes[0].page.page.articles and outcomes[2].page.page.articles
    assert outcomes[1].page is None and outcomes[1].error.kind == "scanned"
    assert str(outcomes[1].error).startswith("page 2 of issue.pdf has no text layer (a scan)")


def test_pages_can_be_read_one_at_a_time_and_stopped(tmp_path):
    path = _write(tmp_path, "scan_in_issue")
    with PdfFile(path) as pdf:
        seen = []
        for outcome in pdf.pages():
            seen.append(outcome.index + 1)
            if len(seen) == 2:
                break  # a caller's Cancel: nothing more is read
        assert seen == [1, 2] and pdf.page_count == 3
        # Any page can still be read on request afterwards.
        assert pdf.read(2).page.articles


def test_owner_password_only_pdf_reads_normally(tmp_path):
    with PdfFile(_write(tmp_path, "owner_only")) as pdf:
        assert pdf.read(0).page.articles
