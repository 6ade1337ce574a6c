"""The library commands of ``python -m reader``, end to end through the real parser."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pandas as pd
import pytest

import reader.entities
from reader.cli import main
from reader.model import Span
from reader.paths import default_library_path
from reader.store.library import Library
from synthetic import generate_page


class FakeRecogniser:
    def recognise_many(self, texts, user_terms=None):
        return [[Span(0, 1, "PER", t[0])] if t else [] for t in texts]


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    rng = random.Random(11)
    files = []
    for i, where in enumerate([folder, folder, folder / "sub"]):
        text, _articles, _furniture = generate_page(rng)
        f = where / f"page{i}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(f)
    (folder / "notes.md").write_text("not a page", encoding="utf-8")  # ignored: only *.txt
    return folder, files


@pytest.fixture
def db(tmp_path):
    return tmp_path / "library.db"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _imported(capsys, db, pages):
    folder, _ = pages
    code, out, err = run(capsys, "import", folder, "--library", db, "--no-recognise")
    assert code == 0, err
    return out


def test_import_folder_recursively_with_progress_and_summary(capsys, db, pages):
    out = _imported(capsys, db, pages)
    lines = [line for line in out.splitlines() if not line.startswith("    note: ")]  # identity notes
    assert [line.split("]")[0] for line in lines[:3]] == ["[1/3", "[2/3", "[3/3"]
    assert "imported 3 files with" in lines[-1] and "0 failed" in lines[-1]
    with Library(db) as library:
        assert len(library.pages.all()) == 3 and library.articles.count() > 3


def test_reimport_adds_nothing(capsys, db, pages):
    _imported(capsys, db, pages)
    with Library(db) as library:
        before = library.articles.count()
    out = _imported(capsys, db, pages)
    assert "3 already present" in out
    with Library(db) as library:
        assert library.articles.count() == before


def test_a_bad_file_is_reported_and_the_rest_go_in(capsys, db, pages, tmp_path):
    folder, files = pages
    bad = folder / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    code, out, err = run(capsys, "import", folder, tmp_path / "missing.txt", "--library", db, "--no-recognise")
    assert code == 1  # documented in --help: a skipped file makes the status 1, the rest still go in
    [binary_line] = [line for line in err.splitlines() if "binary.txt: skipped" in line]
    # One progress line per file, the bad one among them; its name is not repeated in the reason.
    assert binary_line.startswith("[1/5] ") and binary_line.count("binary.txt") == 1
    assert "missing.txt: skipped, no such file or folder" in err
    progress = [line for line in out.splitlines() if not line.startswith("    note: ")]
    assert [line.split("]")[0] for line in progress[:3]] == ["[2/5", "[3/5", "[4/5"]
    assert "imported 3 files with" in out and "2 failed" in out
    assert err.splitlines()[-1] == f"skipped: {bad}, {tmp_path / 'missing.txt'}"  # listed again at the end
    assert "Traceback" not in err
    with Library(db) as library:
        assert len(library.pages.all()) == 3


def test_a_folder_without_pages_is_an_error(capsys, db, tmp_path):
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "import", tmp_path / "empty", "--library", db)
    assert code == 1 and err.startswith("error: no *.txt or *.pdf page files found in") and out == ""


def test_import_help_documents_the_exit_status(capsys):
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "Exit status: 0 when every file and page is in the library" in help_text
    assert "1 when one was skipped" in help_text


def test_import_runs_recognition_before_exiting(capsys, db, pages, monkeypatch):
    monkeypatch.setattr(reader.entities, "Recogniser", FakeRecogniser, raising=False)
    folder, _ = pages
    code, out, err = run(capsys, "import", folder, "--library", db)
    assert code == 0 and "recognised entities in" in out
    with Library(db) as library:
        assert library.recognition.pending_ids() == []
        assert library.entities.of_article(1)


def test_recognise_command_does_what_is_pending(capsys, db, pages, monkeypatch):
    _imported(capsys, db, pages)
    monkeypatch.setattr(reader.entities, "Recogniser", FakeRecogniser, raising=False)
    code, out, _ = run(capsys, "recognise", "--library", db)
    assert code == 0 and "recognised entities in" in out
    with Library(db) as library:
        assert library.recognition.count_pending() == 0


def test_list_json_search_and_tag_filters(capsys, db, pages):
    _imported(capsys, db, pages)
    code, out, _ = run(capsys, "list", "--library", db, "--json")
    rows = json.loads(out)
    keys = ["id", "source", "title", "byline", "newspaper", "date", "page", "section"]
    assert code == 0 and rows and all(list(r) == keys for r in rows)
    with Library(db) as library:
        body = library.articles.get(rows[1]["id"]).body_text
        expected = library.search.article_ids(body[3])
    code, out, _ = run(capsys, "list", "--library", db, "--json", "--search", body[3])
    assert [r["id"] for r in json.loads(out)] == expected and rows[1]["id"] in expected
    run(capsys, "tag", "--library", db, "--article", rows[0]["id"], "重要")
    code, out, _ = run(capsys, "list", "--library", db, "--tag", "重要")
    identity = "\t".join(rows[0][k] or "" for k in ("date", "newspaper", "page", "section"))
    line = f"{rows[0]['id']}\t{rows[0]['source']}\t{rows[0]['title']}\t{rows[0]['byline'] or ''}\t{identity}"
    assert code == 0 and out.splitlines() == [line]


def test_tag_by_search_and_remove(capsys, db, pages):
    _imported(capsys, db, pages)
    with Library(db) as library:
        char = library.articles.get(2).body_text[0]
        matching = library.search.article_ids(char)
    code, out, _ = run(capsys, "tag", "--library", db, "--search", char, "批量")
    assert code == 0 and f"tagged {len(matching)} article(s)" in out
    with Library(db) as library:
        assert library.search.article_ids("", tag="批量") == matching
    code, _, _ = run(capsys, "tag", "--library", db, "--article", matching[0], "批量", "--remove")
    with Library(db) as library:
        assert library.search.article_ids("", tag="批量") == matching[1:]
    code, _, err = run(capsys, "tag", "--library", db, "--search", "绝对不会出现的词语", "批量")
    assert code == 1 and "no article matches" in err


def test_note_and_annotate_then_export(capsys, db, pages, tmp_path):
    _imported(capsys, db, pages)
    with Library(db) as library:
        quote = library.articles.get(1).body_text[2:6]
    assert run(capsys, "note", "--library", db, "--article", 1, "第一行\n第二行")[0] == 0
    code, out, _ = run(capsys, "annotate", "--library", db, "--article", 1, "--quote", quote, "--tag", "摘录", "--note", "=SUM(A1)")
    assert code == 0 and out.startswith("annotation 1:")
    out_csv = tmp_path / "out.csv"
    code, out, _ = run(capsys, "export", "--library", db, "--csv", out_csv)
    assert code == 0 and "wrote 2 row(s)" in out
    df = pd.read_csv(out_csv, dtype=str, keep_default_na=False)
    assert sorted(df["kind"]) == ["article_note", "passage"]
    passage = df[df["kind"] == "passage"].iloc[0]
    assert passage["quote"] == quote and passage["tag"] == "摘录" and passage["note"] == "'=SUM(A1)"
    assert df[df["kind"] == "article_note"].iloc[0]["note"] == "第一行\n第二行"


def test_annotate_with_a_missing_quote_is_a_clear_error(capsys, db, pages):
    _imported(capsys, db, pages)
    code, out, err = run(capsys, "annotate", "--library", db, "--article", 1, "--quote", "不在文中的话")
    assert code == 1 and err.strip() == "error: Article 1 does not contain the passage «不在文中的话»."
    code, _, err = run(capsys, "annotate", "--library", db, "--article", 999, "--quote", "x")
    assert code == 1 and "no article 999" in err


def test_library_errors_are_one_line_not_tracebacks(capsys, tmp_path):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "list", "--library", garbage)
    assert code == 1 and err.startswith("error: ") and "not a reader library" in err
    Library(tmp_path / "new.db").close()
    code, _, err = run(capsys, "export", "--library", tmp_path / "new.db", "--csv", tmp_path / "no" / "such" / "dir.csv")
    assert code == 1 and "cannot write" in err


def test_default_library_is_the_apps(capsys, pages):
    folder, _ = pages
    code, _, _ = run(capsys, "import", folder, "--no-recognise")
    assert code == 0 and default_library_path().exists()  # under READER_DATA_DIR (tests/conftest.py)


def test_python_dash_m_reader_list_json(db, pages, tmp_path):
    folder, _ = pages
    args = [sys.executable, "-m", "reader"]
    subprocess.run([*args, "import", str(folder), "--library", str(db), "--no-recognise"], check=True, capture_output=True)
    result = subprocess.run([*args, "list", "--library", str(db), "--json"], capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0 and json.loads(result.stdout)[0]["id"] == 1


# -- reparse ----------------------------------------------------------------------


def _parser_editing_bodies(monkeypatch, edit):
    """Install a 'newer parser': the real one, then ``edit`` applied to every body block."""
    import dataclasses

    import reader.parsing
    from reader.model import Block

    original = reader.parsing.parse_page

    def parse_page(text):
        page = original(text)
        page.articles = [
            dataclasses.replace(a, body=[Block(b.kind, edit(b.text)) for b in a.body]) for a in page.articles
        ]
        return page

    monkeypatch.setattr(reader.parsing, "parse_page", parse_page)


def _two_annotations(capsys, db, pages):
    _imported(capsys, db, pages)
    with Library(db) as library:
        first, second = library.articles.get(1).body_text, library.articles.get(2).body_text
    quote = first[2:6]
    assert quote not in second  # so that an edit around it leaves article 2 alone
    run(capsys, "annotate", "--library", db, "--article", 1, "--quote", quote, "--tag", "摘录")
    run(capsys, "annotate", "--library", db, "--article", 2, "--quote", second[1:4])
    return quote


def test_reparse_with_the_same_parser_keeps_everything(capsys, db, pages):
    _two_annotations(capsys, db, pages)
    code, out, err = run(capsys, "reparse", "--library", db, "--no-recognise")
    assert code == 0, err
    assert out.splitlines()[0].startswith("re-parsed 3 page(s): 0 article(s) changed, 0 added, 0 removed")
    assert "annotations: 2 kept, 0 moved, 0 orphaned" in out


def test_reparse_reports_moved_annotations(capsys, db, pages, monkeypatch):
    quote = _two_annotations(capsys, db, pages)
    _parser_editing_bodies(monkeypatch, lambda text: text.replace(quote, "新增说明。" + quote))
    code, out, _ = run(capsys, "reparse", "--library", db, "--no-recognise")
    assert code == 0 and "annotations: 1 kept, 1 moved, 0 orphaned" in out
    with Library(db) as library:
        [moved] = library.annotations.of_article(1)
        assert library.articles.get(1).body_text[moved.start : moved.end] == quote and moved.tag == "摘录"


def test_reparse_reports_orphaned_annotations_and_keeps_them(capsys, db, pages, monkeypatch):
    quote = _two_annotations(capsys, db, pages)
    _parser_editing_bodies(monkeypatch, lambda text: text.replace(quote, ""))
    code, out, _ = run(capsys, "reparse", "--library", db, "--no-recognise")
    assert code == 0 and "annotations: 1 kept, 0 moved, 1 orphaned" in out and "orphaned annotations are kept" in out
    with Library(db) as library:
        [orphan] = library.annotations.of_article(1)
        assert orphan.orphaned and orphan.quote == quote


def test_reparse_skips_a_page_the_parser_fails_on(capsys, db, pages, monkeypatch):
    _imported(capsys, db, pages)
    import reader.parsing

    original = reader.parsing.parse_page
    calls = []

    def flaky(text):
        calls.append(text)
        if len(calls) == 2:
            raise ValueError("parser bug")
        return original(text)

    monkeypatch.setattr(reader.parsing, "parse_page", flaky)
    code, out, err = run(capsys, "reparse", "--library", db, "--no-recognise")
    assert code == 1 and "parser bug" in err and "re-parsed 2 page(s)" in out


def test_reparse_runs_recognition_before_exiting(capsys, db, pages, monkeypatch):
    quote = _two_annotations(capsys, db, pages)
    monkeypatch.setattr(reader.entities, "Recogniser", FakeRecogniser, raising=False)
    _parser_editing_bodies(monkeypatch, lambda text: text.replace(quote, "新增说明。" + quote))
    code, out, _ = run(capsys, "reparse", "--library", db)
    assert code == 0 and "recognised entities in" in out
    with Library(db) as library:
        assert library.recognition.count_pending() == 0


def test_import_refuses_the_library_file_itself(capsys, db, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("标题\n\n正文的一句话。\n", encoding="utf-8")
    Library(db).close()
    code, out, err = run(capsys, "import", db, page, "--library", db, "--no-recognise")
    assert code == 1 and "this library's own file" in err and "page.txt" in out
    library = Library(db)
    assert library.articles.count() == 1
    library.close()


def test_list_names_an_untitled_article_with_the_placeholder(capsys, tmp_path):
    from reader.model import Article, Block, Page

    path = tmp_path / "library.db"
    with Library(path) as library:
        library.pages.add("caption.txt", Page([Article(title="", body=[Block("paragraph", "图为游客在景区拍照。")])]))
    code, out, _ = run(capsys, "list", "--library", path)
    assert code == 0
    assert out.splitlines()[0].split("\t")[1:3] == ["caption.txt", "(untitled)"]
    code, out, _ = run(capsys, "list", "--library", path, "--json")
    assert json.loads(out)[0]["title"] == ""  # the data stays as parsed
