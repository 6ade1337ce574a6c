"""Coders: every tag assignment, note and passage annotation is stored with who made it."""

from __future__ import annotations

import pytest

from old_schemas import BUILDERS
from reader.coders import default_coder
from reader.model import Article, Block, Page
from reader.store.errors import InvalidInputError
from reader.store.library import Library


@pytest.fixture
def lib():
    library = Library(coder="安娜")
    library.pages.add("p.txt", Page([Article("标题", body=[Block("paragraph", "𠮷野家门前排起长队。")])]))
    yield library
    library.close()


def test_two_coders_can_put_the_same_tag_on_an_article_and_each_removes_only_their_own(lib):
    lib.tags.add(1, "民生")
    lib.coder = "本"
    lib.tags.add(1, "民生")
    assert [t.name for t in lib.tags.of_article(1)] == ["民生"]
    assert [t.name for t in lib.tags.of_article(1, coder="安娜")] == ["民生"]
    rows = lib.conn.execute("SELECT coder FROM article_tags ORDER BY coder").fetchall()
    assert rows == [("安娜",), ("本",)]
    lib.tags.remove(1, "民生")
    assert [t.name for t in lib.tags.of_article(1, coder="本")] == []
    assert [t.name for t in lib.tags.of_article(1)] == ["民生"]


def test_each_coder_has_their_own_note(lib):
    lib.notes.set(1, "安娜的笔记")
    lib.coder = "本"
    assert lib.notes.get(1) == ""
    lib.notes.set(1, "本的笔记")
    assert lib.notes.get(1) == "本的笔记" and lib.notes.get(1, coder="安娜") == "安娜的笔记"
    assert lib.notes.all_of(1) == [("安娜", "安娜的笔记"), ("本", "本的笔记")]
    lib.notes.set(1, "")
    assert lib.notes.all_of(1) == [("安娜", "安娜的笔记")]


def test_annotations_carry_their_coder_through_delete_and_undo(lib):
    made = lib.annotations.add_quote(1, "野家", tag="人物")
    assert made.coder == "安娜"
    lib.coder = "本"
    deleted = lib.annotations.delete(made.id)
    assert lib.annotations.restore(deleted).coder == "安娜"


def test_tag_merge_and_its_undo_keep_every_coders_assignment(lib):
    lib.tags.add(1, "甲")
    lib.coder = "本"
    lib.tags.add(1, "甲")
    lib.tags.add(1, "乙")
    merged, target = lib.tags.snapshot("甲"), lib.tags.snapshot("乙")
    lib.tags.rename("甲", "乙")
    assert sorted(lib.conn.execute("SELECT coder FROM article_tags").fetchall()) == [("安娜",), ("本",)]
    lib.tags.unmerge(merged, target)
    rows = lib.conn.execute(
        "SELECT t.name, at.coder FROM article_tags at JOIN tags t ON t.id = at.tag_id ORDER BY 1, 2"
    ).fetchall()
    assert rows == [("乙", "本"), ("甲", "安娜"), ("甲", "本")]


def test_a_coder_needs_a_name(lib):
    with pytest.raises(InvalidInputError):
        lib.coder = "   "
    lib.coder = "  李  华 "
    assert lib.coder == "李 华"
    assert Library().coder == default_coder()


@pytest.mark.parametrize("version", sorted(BUILDERS))
def test_upgrading_gives_existing_work_the_default_coder_after_a_backup(tmp_path, version):
    path = tmp_path / "old.db"
    BUILDERS[version](path)
    with Library(path) as library:
        assert library.backup_path is not None and library.backup_path.exists()
        coder = default_coder()
        assert library.conn.execute("SELECT coder FROM article_tags").fetchall() == [(coder,)]
        assert library.conn.execute("SELECT coder FROM article_notes").fetchall() == [(coder,)]
        assert [a.coder for a in library.annotations.of_article(1)] == [coder]
        library.coder = "新的人"
        library.tags.add(1, "警务")  # the same tag by another coder is a second assignment now
        assert library.conn.execute("SELECT count(*) FROM article_tags").fetchone()[0] == 2
