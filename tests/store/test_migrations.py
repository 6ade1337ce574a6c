"""Upgrading library files of every earlier schema version, and refusing newer ones."""

from __future__ import annotations

import sqlite3

import pytest

from old_schemas import BUILDERS
from reader.store import migrations
from reader.store.errors import LibraryError, LibraryTooNewError
from reader.store.keys import text_key
from reader.store.library import Library
from reader.store.records import EntityIndexEntry


def test_a_new_library_is_at_the_latest_version(tmp_path):
    with Library(tmp_path / "new.db") as library:
        assert library.backup_path is None  # nothing to back up
        versions = [r[0] for r in library.conn.execute("SELECT version FROM schema_migrations ORDER BY 1")]
        assert versions == list(range(1, migrations.LATEST_VERSION + 1))
        assert library.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION


@pytest.mark.parametrize("version", sorted(BUILDERS))
def test_every_earlier_version_upgrades_keeping_the_data(tmp_path, version):
    path = tmp_path / "old.db"
    BUILDERS[version](path)
    before = path.read_bytes()
    with Library(path) as library:
        assert library.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        stored = library.articles.get(1)
        assert stored.article.title == "旧标题" and stored.article.byline == "记者 王明"
        [ann] = library.annotations.of_article(1)
        assert (ann.quote, ann.tag, ann.note, ann.orphaned) == ("赵晨然", "警务", "人物", False)
        assert library.notes.get(1) == "旧笔记"
        assert [t.name for t in library.tags.of_article(1)] == ["警务"]
        assert library.entities.user_dictionary() == {"赵晨然": "PER"}
        # The entity index's counts were built from the old rows: suppressed
        # spans left out, an article counted once however many spans it has.
        assert library.entities.index() == [EntityIndexEntry("PER", "赵晨然", 1)]
        # Search works on upgraded files, short queries included.
        assert library.search.article_ids("雪") == [1] and library.search.article_ids("赵晨然") == [1]
        library.entities.suppress(1, 0, 3, "ORG")  # the newest tables are there
        backup = library.backup_path
    assert backup is not None and backup.parent == path.parent
    assert backup.name.startswith("old.backup-") and backup.suffix == ".db"
    with sqlite3.connect(backup) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == version
    assert before[:16] == b"SQLite format 3\x00"


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.db"
    with Library(path) as library:
        library.conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(LibraryTooNewError, match="newer version of reader"):
        Library(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.backup-*"))


def test_someone_elses_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="not a reader library"):
        Library(path)
    assert path.read_bytes() == before


def test_a_failing_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    BUILDERS[1](path)

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    steps = [(n, name, broken if n == 2 else fn) for n, name, fn in migrations.MIGRATIONS]
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    with pytest.raises(RuntimeError):
        Library(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0


def test_the_backup_is_written_before_the_first_step(tmp_path, monkeypatch):
    """A migration that fails still leaves the backup of the untouched file behind."""
    path = tmp_path / "old.db"
    BUILDERS[3](path)

    def broken(conn):
        raise RuntimeError("migration bug")

    steps = [(n, name, broken if n == migrations.LATEST_VERSION else fn) for n, name, fn in migrations.MIGRATIONS]
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    with pytest.raises(RuntimeError):
        Library(path)
    [backup] = tmp_path.glob("old.backup-*.db")
    with sqlite3.connect(backup) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 3
        assert old.execute("SELECT count(*) FROM entity_suppressions").fetchone()[0] == 1


def test_sources_are_keyed_by_their_text_after_upgrading(tmp_path):
    """v5: the page's decoded text identifies it; two stored copies of one page are both kept."""
    path = tmp_path / "old.db"
    BUILDERS[4](path)
    with Library(path) as library:
        keys = dict(library.conn.execute("SELECT id, content_hash FROM sources"))
        raw = dict(library.conn.execute("SELECT id, raw_text FROM sources"))
        assert keys[1] == text_key(raw[1])
        # The second is the same page in another encoding: it keeps its old key
        # (a migration deletes nothing), and importing the page again finds the first.
        assert text_key(raw[2]) == text_key(raw[1]) and keys[2] == "sha256:other-bytes"
        assert library.pages.known(text_key("旧标题\n派出所民警赵晨然下雪天巡逻。"), "again.txt").source_id == 1
