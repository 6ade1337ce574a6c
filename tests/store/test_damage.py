"""Damaged libraries: found wherever SQLite or a stored value shows it, never written to, explained.

Damaged files are made by flipping bytes at random offsets after the
header, as a failing disk or a bad copy would.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.store import backups
from reader.store.errors import LibraryCorruptError, LibraryDamagedError, LibraryError, LibraryNotFoundError
from reader.store.library import Library
from store_support import article, page

ROOT = Path(__file__).resolve().parents[2]


def build(path: Path, pages: int = 12) -> list[int]:
    ids = []
    with Library(path) as library:
        for p in range(pages):
            result = library.pages.add(
                f"p{p}.txt", page(*[article(f"标题{p}-{a}", "派出所民警巡逻。" * 60, byline="王明") for a in range(3)])
            )
            ids += result.article_ids
        for article_id in ids[::4]:
            library.annotations.add_quote(article_id, "民警", note="笔记")
            library.tags.add(article_id, "警务")
        library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ids


def flip(path: Path, rng: random.Random, count: int) -> bytes:
    data = bytearray(path.read_bytes())
    for _ in range(count):
        offset = rng.randrange(100, len(data))  # after the header: it still looks like SQLite
        data[offset] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    return bytes(data)


def sound(path: Path) -> bool:
    """SQLite's own verdict, from a connection of the test's (no reader code involved)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # a damaged verdict may not even be UTF-8
        return False
    finally:
        conn.close()


def test_verify_refuses_a_damaged_file_before_any_write_and_says_what_to_do(tmp_path):
    path = tmp_path / "library.db"
    build(path)
    with Library(path) as library:
        backup = library.backup()
    damaged = flip(path, random.Random(1), 400)
    assert not sound(path)
    with pytest.raises(LibraryDamagedError) as info:
        Library(path, verify=True)
    message = str(info.value)
    assert "is damaged" in message and str(backup) in message and "Restore from Backup" in message
    assert path.read_bytes() == damaged


def test_damage_seen_while_reading_makes_the_library_read_only(tmp_path):
    path = tmp_path / "library.db"
    ids = build(path)
    with Library(path) as library:
        # A stored value that cannot be read back, as a flipped byte in a text leaves it.
        library.conn.execute("UPDATE articles SET blocks_json = '[{\"kind\": ' WHERE id = ?", (ids[1],))
        with pytest.raises(LibraryDamagedError, match="is damaged"):
            library.articles.get(ids[1])
        assert library.damaged
        before = library.conn.total_changes
        with pytest.raises(LibraryDamagedError):
            library.tags.add(ids[0], "新标签")
        assert library.conn.total_changes == before  # refused before anything was written
        assert library.articles.get(ids[0]).article.title  # reading still works


def test_text_that_is_not_utf8_is_damage_not_a_crash(tmp_path):
    path = tmp_path / "library.db"
    ids = build(path)
    with Library(path) as library:
        library.conn.execute("UPDATE articles SET body_text = CAST(x'e6b4bee4ff' AS TEXT) WHERE id = ?", (ids[2],))
        with pytest.raises(LibraryDamagedError, match="cannot be read"):
            library.articles.get(ids[2])
        with pytest.raises(LibraryDamagedError):
            library.notes.set(ids[0], "笔记")


@pytest.mark.parametrize("seed", range(40))
def test_randomly_damaged_files_are_refused_or_sound_never_half_written(tmp_path, seed):
    """Whatever the damage: no traceback, and a write happens only into a file SQLite finds sound."""
    rng = random.Random(seed)
    path = tmp_path / "library.db"
    ids = build(path, pages=6)
    damaged = flip(path, rng, rng.choice([1, 5, 50, 500]))
    was_sound = sound(path)
    try:
        with Library(path, verify=True) as library:
            library.tags.add_many(ids[:3], "复查")
            library.articles.get(ids[rng.randrange(len(ids))])
    except LibraryError:
        pass  # refused with a clear message: that is the point
    else:
        assert was_sound, "wrote into a file SQLite says is damaged"
    if not was_sound:
        assert path.read_bytes() == damaged


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


@pytest.mark.parametrize("command", [("tag", "--search", "民警", "甲"), ("note", "--article", "1", "笔记"), ("reparse",)])
def test_writing_commands_refuse_a_damaged_library_with_a_clear_message(tmp_path, command):
    path = tmp_path / "library.db"
    build(path)
    damaged = flip(path, random.Random(3), 400)
    done = cli(*command, "--library", str(path))
    assert done.returncode == 1 and done.stderr.startswith("error: ") and "is damaged" in done.stderr
    assert "Traceback" not in done.stderr
    assert path.read_bytes() == damaged


def test_check_and_restore_from_the_command_line(tmp_path):
    path = tmp_path / "library.db"
    ids = build(path)
    with Library(path) as library:
        backup = library.backup()
    assert cli("check", "--library", str(path)).returncode == 0
    flip(path, random.Random(5), 400)
    checked = cli("check", "--library", str(path))
    assert checked.returncode == 1 and "is damaged" in checked.stderr and str(backup) in checked.stderr
    listed = cli("restore", "--library", str(path))
    assert str(backup) in listed.stdout
    restored = cli("restore", "--from", str(backup), "--library", str(path))
    assert restored.returncode == 0, restored.stderr
    with Library(path, verify=True) as library:
        assert library.articles.count() == len(ids)


def test_restore_while_another_connection_is_open(tmp_path):
    path = tmp_path / "library.db"
    ids = build(path)
    with Library(path) as first:
        backup = first.backup()
        first.notes.set(ids[0], "备份之后写的")
        with Library(path) as second:
            replaced = second.restore_from(backup)
        assert first.notes.get(ids[0]) == ""  # the other connection sees the restored content at once
        assert first.integrity_check() == "ok"
    assert replaced is not None and replaced.name.startswith("library.replaced-")
    assert [b.path for b in backups.backups_of(path)] == [backup]  # the replaced content is not offered as a backup


def test_a_damaged_backup_is_not_restored(tmp_path):
    path = tmp_path / "library.db"
    build(path)
    with Library(path) as library:
        backup = library.backup()
    flip(backup, random.Random(9), 400)
    with Library(path) as library:
        with pytest.raises(LibraryCorruptError, match="backup"):
            library.restore_from(backup)
        assert library.integrity_check() == "ok"


def test_daily_backups_are_pruned_and_migration_backups_kept(tmp_path):
    path = tmp_path / "library.db"
    build(path, pages=1)
    with Library(path) as library:
        kept = library.backup()
        daily = [library.backup(daily=True) for _ in range(4)]
    removed = backups.prune(path, keep=2)
    assert sorted(removed) == sorted(daily[:2])
    assert {b.path for b in backups.backups_of(path)} == {kept, *daily[2:]}


@pytest.mark.parametrize("command", [("list",), ("export", "--csv", "out.csv"), ("check",)])
def test_reading_commands_create_no_library(tmp_path, command):
    missing = tmp_path / "nowhere" / "library.db"
    done = cli(*command, "--library", str(missing))
    assert done.returncode == 1 and "There is no library at" in done.stderr
    assert not missing.parent.exists()


def test_a_library_that_is_not_there_is_not_created_when_asked_not_to(tmp_path):
    with pytest.raises(LibraryNotFoundError):
        Library(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_a_cancelled_daily_backup_stops_and_leaves_no_file(tmp_path):
    path = tmp_path / "library.db"
    build(path, pages=30)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return True  # the window closes while the copy is being written

    with Library(path) as library:
        with pytest.raises(sqlite3.OperationalError, match="interrupt"):
            library.backup(daily=True, cancelled=cancelled)
        assert backups.backups_of(path) == []
        done = library.backup(daily=True, cancelled=lambda: False)
    with Library(done) as copy:
        assert copy.articles.count() == 90 and copy.integrity_check() == "ok"
