"""The library under bad conditions: damaged, read-only, locked, full disk, killed process."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.store.errors import (
    LibraryCorruptError,
    LibraryFullError,
    LibraryLockedError,
    LibraryReadOnlyError,
)
from reader.store.library import Library
from file_states import read_only
from store_support import article, page

HERE = Path(__file__).parent


# -- damaged files ----------------------------------------------------------------


def test_garbage_file_is_refused_untouched(tmp_path):
    path = tmp_path / "library.db"
    garbage = bytes(random.Random(7).randrange(256) for _ in range(8192))
    path.write_bytes(garbage)
    with pytest.raises(LibraryCorruptError, match="not a reader library"):
        Library(path)
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.db"]  # no -wal, -shm, backup


def test_damaged_database_after_a_valid_header_is_refused_untouched(tmp_path):
    path = tmp_path / "library.db"
    with Library(path) as library:
        library.pages.add("p.txt", page(article("标题", "正文" * 500)))
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(data))
    for leftover in tmp_path.glob("library.db-*"):
        leftover.unlink()
    with pytest.raises(LibraryCorruptError):
        Library(path)
    assert path.read_bytes() == bytes(data)


# -- read-only ----------------------------------------------------------------------




def test_read_only_file_opens_for_reading_and_refuses_edits(tmp_path):
    path = tmp_path / "library.db"
    with Library(path) as library:
        ids = library.pages.add("p.txt", page(article("标题", "下雪了"))).article_ids
    before = path.read_bytes()
    with read_only(path):
        with Library(path) as library:
            assert library.read_only and "read-only" in library.read_only
            assert library.search.article_ids("雪") == ids
            assert [row[4] for row in library.exports.rows()] == []  # exporting reads only
            with pytest.raises(LibraryReadOnlyError, match="read-only.*edits are off"):
                library.tags.add(ids[0], "甲")
    assert path.read_bytes() == before


def test_a_read_only_library_passes_the_damage_check_and_says_read_only(tmp_path):
    """The search index's own check is written as an INSERT; refused on a read-only file, it is no damage."""
    path = tmp_path / "library.db"
    with Library(path) as library:
        ids = library.pages.add("p.txt", page(article("标题", "下雪了"))).article_ids
    with read_only(path):
        with Library(path, verify=True) as library:
            assert library.check() == "ok" and library.integrity_check() == "ok"
            assert not library.damaged
            with pytest.raises(LibraryReadOnlyError, match="read-only.*edits are off"):
                library.tags.add(ids[0], "甲")


def test_a_new_library_in_a_read_only_folder_is_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only(folder):
        with pytest.raises(LibraryReadOnlyError, match="cannot be written"):
            Library(folder / "library.db")
    assert list(folder.iterdir()) == []


def test_a_library_in_a_read_only_folder_opens_read_only(tmp_path):
    """As on a read-only share: no -wal or -shm can be made beside it, yet it reads."""
    folder = tmp_path / "share"
    folder.mkdir()
    with Library(folder / "library.db") as library:
        ids = library.pages.add("p.txt", page(article("标题", "下雪了"))).article_ids
    assert sorted(p.name for p in folder.iterdir()) == ["library.db"]  # the last close checkpointed the WAL
    with read_only(folder):
        with Library(folder / "library.db") as library:
            assert "folder" in library.read_only
            assert library.articles.get(ids[0]).article.title == "标题"
            with pytest.raises(LibraryReadOnlyError):
                library.notes.set(ids[0], "笔记")


# -- locked -------------------------------------------------------------------------------


def test_locked_library_times_out_with_a_clear_error_and_readers_still_read(tmp_path):
    path = tmp_path / "library.db"
    with Library(path) as library:
        ids = library.pages.add("p.txt", page(article("标题", "下雪了"))).article_ids
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        library = Library(path, busy_timeout=0.3)
        try:
            assert library.search.article_ids("雪") == ids  # WAL: readers are not blocked
            started = time.monotonic()
            with pytest.raises(LibraryLockedError, match="locked"):
                library.annotations.add(ids[0], 0, 1)
            assert 0.2 < time.monotonic() - started < 5
            holder.execute("ROLLBACK")
            assert library.annotations.add(ids[0], 0, 1).quote == "下"  # usable once the lock is gone
        finally:
            library.close()
    finally:
        holder.close()


# -- disk full --------------------------------------------------------------------------------


def test_disk_full_rolls_back_the_whole_action(file_lib):
    ids = file_lib.pages.add("p.txt", page(article("标题", "正文"))).article_ids
    file_lib.tags.add(ids[0], "甲")
    pages = file_lib.conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite answers SQLITE_FULL once the file would grow past max_page_count: a full disk.
    file_lib.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    big = page(*[article(f"大{i}", "雪" * 20_000) for i in range(5)])
    with pytest.raises(LibraryFullError, match="full"):
        file_lib.pages.add("big.txt", big)
    assert file_lib.articles.count() == 1 and len(file_lib.pages.all()) == 1
    assert file_lib.search.article_ids("雪") == []
    assert file_lib.integrity_check() == "ok"
    file_lib.conn.execute("PRAGMA max_page_count = 1073741823")
    assert not file_lib.pages.add("big.txt", big).duplicate  # the same action now succeeds
    assert file_lib.articles.count() == 6


# -- killed process ---------------------------------------------------------------------------------


def test_sigkill_during_writes_loses_no_acknowledged_annotation(tmp_path):
    path = tmp_path / "library.db"
    rng = random.Random(2024)
    acknowledged: set[int] = set()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
    for round_no in range(6):
        child = subprocess.Popen(
            [sys.executable, str(HERE / "kill_worker.py"), str(path), str(round_no)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        wanted = rng.randrange(1, 25)
        for _ in range(wanted):
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"worker died on its own: {child.stderr.read()}")
            acknowledged.add(int(line.split()[1]))
        time.sleep(rng.random() * 0.05)  # land somewhere inside the next import or annotation
        child.kill()
        # Whatever was printed before the kill was acknowledged too.
        for line in child.stdout.read().splitlines():
            acknowledged.add(int(line.split()[1]))
        child.wait()
        assert child.returncode == -9
        with Library(path) as library:
            assert library.integrity_check() == "ok"
            for annotation_id in acknowledged:
                assert library.annotations.get(annotation_id).quote == "民警"
    assert len(acknowledged) >= 6


# -- a really full disk ---------------------------------------------------------------------------


@contextlib.contextmanager
def tiny_disk(tmp_path: Path, size_kib: int):
    """A small tmpfs of our own (root only), filled to the brim by the test; skipped elsewhere."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(mount_point)], capture_output=True
    ).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root) to fill a disk for real")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)  # not the library: a file of the test's own
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass  # ENOSPC: full
    finally:
        os.close(fd)


def test_a_disk_full_at_open_time_says_disk_full(tmp_path):
    with tiny_disk(tmp_path, 1024) as disk:
        with Library(disk / "library.db") as library:
            library.pages.add("p.txt", page(article("标题", "正文")))
        fill(disk)
        with pytest.raises(LibraryFullError, match="disk full"):
            with Library(disk / "library.db") as library:
                library.pages.add("q.txt", page(article("大", "雪" * 100_000)))


def test_a_new_library_on_a_full_disk_says_disk_full(tmp_path):
    with tiny_disk(tmp_path, 512) as disk:
        fill(disk)
        with pytest.raises(LibraryFullError, match="disk full"):
            Library(disk / "library.db")
