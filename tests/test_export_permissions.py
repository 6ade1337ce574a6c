"""An export gets the permissions any file the user saves gets, not the temporary file's 0600."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from reader.export import export_annotations_csv
from reader.model import Article, Block, Page
from reader.store.library import Library

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def library():
    lib = Library()
    result = lib.pages.add("p.txt", Page([Article(title="一", body=[Block("paragraph", "正文。")])]))
    lib.notes.set(result.article_ids[0], "笔记")
    yield lib
    lib.close()


@pytest.fixture
def umask():
    def set_mask(mask: int) -> None:
        os.umask(mask)

    before = os.umask(0o022)
    os.umask(before)
    yield set_mask
    os.umask(before)


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_export_follows_the_umask(library, tmp_path, umask, mask, expected):
    umask(mask)
    out = tmp_path / "out.csv"
    export_annotations_csv(library, out)
    assert stat.S_IMODE(out.stat().st_mode) == expected


def test_replacing_an_export_keeps_that_files_permissions(library, tmp_path, umask):
    umask(0o022)
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    export_annotations_csv(library, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert "笔记" in out.read_text(encoding="utf-8-sig")


def test_the_export_command_makes_a_file_the_group_can_read(tmp_path):
    db = tmp_path / "lib.db"
    with Library(db) as lib:
        lib.pages.add("p.txt", Page([Article(title="一", body=[Block("paragraph", "正文。")])]))
    out = tmp_path / "cli.csv"
    code = "import os, sys; os.umask(0o027); from reader.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, "export", "--library", str(db), "--csv", str(out)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_every_table_export_follows_the_umask(tmp_path, umask):
    """The concordance, statistics and co-occurrence CSVs are written by the same function."""
    from reader.export import write_csv

    umask(0o002)
    out = tmp_path / "kwic.csv"
    assert write_csv(out, ["left", "hit", "right"], [["=1+1", "民警", "巡逻"]]) == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o664
    assert "'=1+1" in out.read_text(encoding="utf-8-sig")  # formula defused as in every export
