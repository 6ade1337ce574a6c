"""``python -m reader parse FILE.pdf``: one JSON object per page, errors on stderr."""

import json

from composer import bad_pdf, compose_pdf

from reader.cli import main

KEYS = {"kicker", "title", "subtitle", "dateline", "byline", "byline_raw", "body", "captions"}


def test_json_has_one_object_per_page(tmp_path, capsys):
    path = tmp_path / "issue.pdf"
    path.write_bytes(compose_pdf(43, pages=2)[0])
    assert main(["parse", str(path), "--json"]) == 0
    pages = json.loads(capsys.readouterr().out)
    assert [p["page"] for p in pages] == [1, 2]
    for page in pages:
        assert page["error"] is None and page["articles"]
        assert all(set(article) == KEYS for article in page["articles"])
        assert page["bands"] and {b["band"] for b in page["bands"]} <= {"header", "footer"}


def test_a_bad_page_keeps_its_place_and_is_reported(tmp_path, capsys):
    path = tmp_path / "issue.pdf"
    path.write_bytes(bad_pdf("scan_in_issue", seed=4))
    assert main(["parse", str(path), "--json"]) == 1
    captured = capsys.readouterr()
    pages = json.loads(captured.out)
    assert [p["error"] is None for p in pages] == [True, False, True]
    assert pages[1]["articles"] == [] and "page 2 of issue.pdf has no text layer" in pages[1]["error"]
    assert "page 2 of issue.pdf has no text layer" in captured.err


def test_text_output_and_unopenable_file(tmp_path, capsys):
    path = tmp_path / "one.pdf"
    path.write_bytes(compose_pdf(44)[0])
    assert main(["parse", str(path)]) == 0
    assert captured_has_titles(capsys.readouterr().out)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bad_pdf("encrypted"))
    assert main(["parse", str(bad)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("reader parse: bad.pdf is protected by a password")


def captured_has_titles(out: str) -> bool:
    return out.startswith("=== page 1 of 1 ===") and "\n# " in out
