"""Importing files: which files a folder gives, reading them, duplicates, bad files."""

from __future__ import annotations

import pytest

from reader.ingest import import_file, import_files, page_files
from reader.paths import sample_page_path
from reader.store.library import Library


def test_import_file_is_idempotent_and_keeps_raw_text(file_lib, tmp_path):
    f = tmp_path / "page.txt"
    f.write_text("标题一\n正文一。\n===\n标题二\n正文二。\n", encoding="utf-8")
    first = import_file(file_lib, f)
    assert not first.duplicate and len(first.article_ids) >= 1
    copy = tmp_path / "copy.txt"
    copy.write_bytes(f.read_bytes())
    again = import_file(file_lib, copy)  # same bytes under another name
    assert again.duplicate and again.article_ids == first.article_ids
    assert file_lib.articles.count() == len(first.article_ids)
    raw = file_lib.conn.execute("SELECT raw_text FROM sources").fetchone()[0]
    assert raw == f.read_text(encoding="utf-8")

def test_import_file_rejects_binary_and_writes_nothing(lib, tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"\x00\x01\x02\xff" * 100)
    with pytest.raises(Exception) as info:
        import_file(lib, f)
    assert "bad.txt" in str(info.value)
    assert lib.articles.is_empty() and lib.pages.all() == []

def test_page_files_takes_page_files_from_folders(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "sub/a.txt", "notes.pdf", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    loose = tmp_path / "loose.dat"
    loose.write_text("x")
    assert page_files([tmp_path / "sub", tmp_path / "b.txt", loose]) == [
        tmp_path / "sub" / "a.txt",
        tmp_path / "b.txt",
        loose,  # a file chosen by name is tried whatever its suffix
    ]

def test_import_files_goes_on_after_a_bad_file(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    missing = tmp_path / "missing.txt"
    seen = []
    with Library(tmp_path / "lib.db") as library:
        report = import_files(library, [bad, missing, sample_page_path()], lambda d, t, n: seen.append((d, t, n)))
        assert [p for p, _m in report.errors] == [str(bad), str(missing)]
        assert len(report.results) == 1 and report.article_ids
        assert library.articles.count() == len(report.article_ids)
    assert seen[0] == (0, 3, "bad.txt") and seen[-1] == (3, 3, "")

def test_import_files_stops_when_cancelled(tmp_path):
    with Library(tmp_path / "lib.db") as library:
        report = import_files(library, [sample_page_path()], cancelled=lambda: True)
        assert report.cancelled and report.results == [] and library.articles.is_empty()


def test_the_same_page_in_three_encodings_is_one_page(lib, tmp_path):
    text = sample_page_path().read_text(encoding="utf-8")
    saved = {
        "utf8.txt": text.encode("utf-8"),
        "gb18030.txt": text.replace("\n", "\r\n").encode("gb18030"),
        "utf16.txt": text.encode("utf-16"),  # with its byte-order mark
    }
    results = []
    for name, data in saved.items():
        (tmp_path / name).write_bytes(data)
        results.append(import_file(lib, tmp_path / name))
    assert [r.duplicate for r in results] == [False, True, True]
    assert len(lib.pages.all()) == 1
    assert {tuple(r.article_ids) for r in results} == {tuple(results[0].article_ids)}


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \r\n", "\u3000\n".encode("utf-8")])
def test_an_empty_or_blank_file_is_skipped_as_no_text(lib, tmp_path, content):
    blank = tmp_path / "blank.txt"
    blank.write_bytes(content)
    report = import_files(lib, [blank, sample_page_path()])
    [(path, message)] = report.errors
    assert path == str(blank) and "no text" in message
    assert len(lib.pages.all()) == 1  # the good file still went in, the blank one stored nothing


def test_import_reads_through_the_parsers_size_limit(lib, tmp_path, monkeypatch):
    import reader.parsing.decode as decode

    monkeypatch.setattr(decode, "MAX_PAGE_BYTES", 1024)
    big = tmp_path / "big.txt"
    big.write_text("新闻" * 2000, encoding="utf-8")
    with pytest.raises(Exception, match="too large"):
        import_file(lib, big)
    assert lib.pages.all() == []


def test_the_library_s_own_files_are_refused_without_being_opened(file_lib, tmp_path, monkeypatch):
    # Opening and closing any descriptor of the library drops this process's SQLite locks on it.
    import builtins
    import io

    page = tmp_path / "page.txt"
    page.write_text("标题\n\n正文的一句话。\n", encoding="utf-8")
    own = [file_lib.path, tmp_path / "library.db-wal"]
    assert own[1].exists()  # WAL mode: the log is there while the connection is open
    opened = []
    real_open, real_io_open = builtins.open, io.open

    def watching(opener):
        def open_(file, *args, **kwargs):
            opened.append(str(file))
            return opener(file, *args, **kwargs)
        return open_

    monkeypatch.setattr(builtins, "open", watching(real_open))
    monkeypatch.setattr(io, "open", watching(real_io_open))
    report = import_files(file_lib, [*own, page])
    monkeypatch.undo()
    assert [path for path, _message in report.errors] == [str(p) for p in own]
    assert all("this library's own file" in message for _path, message in report.errors)
    assert not any(name.startswith(str(file_lib.path)) for name in opened)
    assert len(report.results) == 1 and file_lib.articles.count() == 1
    with pytest.raises(Exception, match="own file"):
        import_file(file_lib, file_lib.path)
