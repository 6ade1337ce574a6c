"""Undoing a merging tag rename: exact (ids, colours, times) and all-or-nothing."""

from __future__ import annotations

import sqlite3

import pytest

import reader.store.db as store_clock
from reader.store.errors import LibraryError

EARLY = "2020-01-01T00:00:00+00:00"
LATER = "2030-06-01T12:00:00+00:00"


def dump(lib) -> dict:
    """Every row that tags touch, so that 'exactly as before' is a plain comparison."""
    q = lib.conn.execute
    return {
        "tags": q("SELECT id, name, color FROM tags ORDER BY id").fetchall(),
        "article_tags": q("SELECT article_id, tag_id, created FROM article_tags ORDER BY 1, 2").fetchall(),
        "annotations": q("SELECT id, tag_id, created, modified FROM annotations ORDER BY id").fetchall(),
    }


@pytest.fixture
def tagged(lib, two_pages, monkeypatch):
    """Tags 甲 (articles 1, 2 and an annotation) and 乙 (articles 2, 3 and an annotation), made at EARLY."""
    a, b, c = two_pages
    monkeypatch.setattr(store_clock, "_clock", lambda: EARLY)
    lib.tags.add_many([a, b], "甲")
    lib.tags.add_many([b, c], "乙")
    lib.annotations.add(a, 0, 3, tag="甲")
    lib.annotations.add(c, 0, 2, tag="乙")
    # Everything after this happens later: a reset time would show.
    monkeypatch.setattr(store_clock, "_clock", lambda: LATER)
    return lib


def transactions(lib, action) -> list[str]:
    """The BEGIN statements ``action`` issues (one per transaction)."""
    seen: list[str] = []
    lib.conn.set_trace_callback(lambda sql: seen.append(sql) if sql.lstrip().upper().startswith("BEGIN") else None)
    try:
        action()
    finally:
        lib.conn.set_trace_callback(None)
    return seen


def test_snapshot_is_read_only_and_keeps_times(tagged):
    before = tagged.conn.total_changes
    assert transactions(tagged, lambda: tagged.tags.snapshot("甲")) == []
    snap = tagged.tags.snapshot("甲")
    assert tagged.conn.total_changes == before
    assert snap.tag.name == "甲" and [created for _a, created in snap.article_tags] == [EARLY, EARLY]
    assert snap.article_ids == (1, 2) and len(snap.annotation_ids) == 1


def test_merge_then_unmerge_restores_every_row(tagged):
    before = dump(tagged)
    snapshots = tagged.tags.snapshot("甲"), tagged.tags.snapshot("乙")
    assert len(transactions(tagged, lambda: tagged.tags.rename("甲", "乙"))) == 1
    assert [t.name for t in tagged.tags.all()] == ["乙"]
    assert dump(tagged) != before
    assert len(transactions(tagged, lambda: tagged.tags.unmerge(*snapshots))) == 1
    assert dump(tagged) == before  # ids, colours, article-tag times, annotation tags and times


def test_a_failure_mid_unmerge_leaves_the_merged_state(tagged):
    snapshots = tagged.tags.snapshot("甲"), tagged.tags.snapshot("乙")
    tagged.tags.rename("甲", "乙")
    merged = dump(tagged)
    # Fails on the annotation update, after the tag and its article tags were written.
    tagged.conn.execute(
        "CREATE TEMP TRIGGER fail_midway BEFORE UPDATE OF tag_id ON annotations "
        "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="simulated failure"):
        tagged.tags.unmerge(*snapshots)
    assert dump(tagged) == merged
    tagged.conn.execute("DROP TRIGGER fail_midway")
    tagged.tags.unmerge(*snapshots)  # and it still works once the cause is gone
    assert sorted(t.name for t in tagged.tags.all()) == ["乙", "甲"]


def test_a_full_disk_mid_unmerge_rolls_back(tmp_path, monkeypatch):
    from reader.store.errors import LibraryFullError
    from reader.store.library import Library
    from store_support import article, page

    with Library(tmp_path / "lib.db") as lib:
        ids = lib.pages.add("p.txt", page(*[article(f"标题{i}", "正文") for i in range(400)])).article_ids
        lib.tags.add_many(ids[:200], "甲")
        lib.tags.add_many(ids[200:], "乙")
        snapshots = lib.tags.snapshot("甲"), lib.tags.snapshot("乙")
        lib.tags.rename("甲", "乙")
        merged = dump(lib)
        # No room to grow: re-inserting 200 article tags needs new pages.
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = lib.conn.execute("PRAGMA page_count").fetchone()[0]
        lib.conn.execute(f"PRAGMA max_page_count = {pages}")
        lib.conn.execute("VACUUM")  # no free pages left to reuse either
        lib.conn.execute(f"PRAGMA max_page_count = {lib.conn.execute('PRAGMA page_count').fetchone()[0]}")
        with pytest.raises(LibraryFullError):
            lib.tags.unmerge(*snapshots)
        assert dump(lib) == merged


def test_unmerge_refuses_when_the_old_name_is_taken_again(tagged):
    snapshots = tagged.tags.snapshot("甲"), tagged.tags.snapshot("乙")
    tagged.tags.rename("甲", "乙")
    tagged.tags.add(1, "甲")  # someone else made a new 甲 meanwhile
    before = dump(tagged)
    with pytest.raises(LibraryError, match="exists again"):
        tagged.tags.unmerge(*snapshots)
    assert dump(tagged) == before


def test_restore_after_delete_keeps_the_tagging_times(tagged):
    before = dump(tagged)
    deleted = tagged.tags.delete("甲")
    tagged.tags.restore(deleted)
    assert dump(tagged) == before
