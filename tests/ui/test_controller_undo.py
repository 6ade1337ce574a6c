"""LibraryController: every write is one undoable command; undo/redo restore the library exactly."""

from __future__ import annotations

import pytest

from reader.store.library import Library

from article_fixtures import BODY, article_id, article_ids, controller, library, span  # noqa: F401 (fixtures)


def names(tags):
    return sorted(tag.name for tag in tags)


def entity_keys(library, article_id):
    return {(e.start, e.end, e.label, e.origin) for e in library.entities.of_article(article_id)}


@pytest.fixture
def stack(controller):
    return controller.undo_stack


# -- tags on articles ----------------------------------------------------------------------------


def test_tag_undo_redo(controller, stack, library, article_id, qtbot):
    with qtbot.waitSignal(controller.articleDataChanged) as blocker:
        assert controller.tag_article(article_id, "经济")
    assert blocker.args == [article_id]
    assert names(library.tags.of_article(article_id)) == ["经济"]
    stack.undo()
    assert library.tags.of_article(article_id) == []
    # The tag was new: undo removes it from the library, not just from the article.
    assert "经济" not in names(library.tags.all())
    stack.redo()
    assert names(library.tags.of_article(article_id)) == ["经济"]
    assert controller.errors == []


def test_undo_tagging_keeps_a_tag_used_elsewhere(controller, stack, library, article_ids):
    controller.tag_article(article_ids[1], "经济")
    controller.tag_article(article_ids[0], "经济")
    stack.undo()
    assert library.tags.of_article(article_ids[0]) == []
    assert names(library.tags.of_article(article_ids[1])) == ["经济"]


def test_tagging_twice_pushes_nothing(controller, stack, article_id):
    controller.tag_article(article_id, "经济")
    assert controller.tag_article(article_id, "经济") is False
    assert stack.count() == 1


def test_untag_undo(controller, stack, library, article_id):
    controller.tag_article(article_id, "经济")
    controller.untag_article(article_id, "经济")
    assert library.tags.of_article(article_id) == []
    stack.undo()
    assert names(library.tags.of_article(article_id)) == ["经济"]
    stack.redo()
    assert library.tags.of_article(article_id) == []


# -- tags themselves ------------------------------------------------------------------------------


def test_rename_undo(controller, stack, library, article_id):
    controller.tag_article(article_id, "旧")
    before = {t.name: t for t in library.tags.all()}["旧"]
    controller.rename_tag("旧", "新")
    assert names(library.tags.of_article(article_id)) == ["新"]
    stack.undo()
    after = {t.name: t for t in library.tags.all()}["旧"]
    assert (after.id, after.color) == (before.id, before.color)
    assert names(library.tags.all()) == ["旧"]
    stack.redo()
    assert names(library.tags.of_article(article_id)) == ["新"]


def test_undo_of_a_merging_rename_separates_the_tags_exactly(controller, stack, library, article_ids):
    a, b = article_ids
    controller.tag_article(a, "甲")
    controller.tag_article(b, "乙")
    controller.tag_article(b, "甲")
    start = BODY.index("北京")
    annotation = controller.annotate(a, start, start + 2, tag="甲")
    before_tags = {t.name: (t.id, t.color) for t in library.tags.all()}

    controller.rename_tag("甲", "乙")  # merge
    assert names(library.tags.all()) == ["乙"]
    assert names(library.tags.of_article(a)) == ["乙"]
    assert library.annotations.of_article(a)[0].tag == "乙"

    stack.undo()
    assert {t.name: (t.id, t.color) for t in library.tags.all()} == before_tags
    assert names(library.tags.of_article(a)) == ["甲"]
    assert names(library.tags.of_article(b)) == ["乙", "甲"]
    assert library.annotations.of_article(a)[0].tag == "甲"
    assert library.annotations.of_article(a)[0].id == annotation.id

    stack.redo()
    assert names(library.tags.all()) == ["乙"]
    assert controller.errors == []


def _article_tag_rows(library):
    return library.conn.execute("SELECT article_id, tag_id, created FROM article_tags ORDER BY 1, 2").fetchall()


def _begins(library, action):
    """The transactions ``action`` opens, seen through SQLite's statement trace."""
    seen = []
    library.conn.set_trace_callback(lambda sql: seen.append(sql) if sql.upper().startswith("BEGIN") else None)
    try:
        action()
    finally:
        library.conn.set_trace_callback(None)
    return seen


def test_merging_rename_and_its_undo_are_one_transaction_each_and_keep_times(
    controller, stack, library, article_ids, monkeypatch
):
    import reader.store.db as store_clock

    a, b = article_ids
    monkeypatch.setattr(store_clock, "_clock", lambda: "2020-01-01T00:00:00+00:00")
    controller.tag_article(a, "甲")
    controller.tag_article(b, "乙")
    before = _article_tag_rows(library)
    # Anything written from now on carries a later time, so a reset shows.
    monkeypatch.setattr(store_clock, "_clock", lambda: "2030-01-01T00:00:00+00:00")

    # Taking the snapshots writes nothing: the merge is the only transaction.
    assert len(_begins(library, lambda: controller.rename_tag("甲", "乙"))) == 1
    assert len(_begins(library, stack.undo)) == 1
    assert _article_tag_rows(library) == before
    assert controller.errors == []


def test_recolor_undo(controller, stack, library, article_id):
    controller.tag_article(article_id, "甲")
    old = library.tags.all()[0].color
    new = "#123456" if old.lower() != "#123456" else "#654321"
    controller.recolor_tag("甲", new)
    assert library.tags.all()[0].color.lower() == new
    stack.undo()
    assert library.tags.all()[0].color == old


def test_delete_tag_undo_restores_articles_and_annotations(controller, stack, library, article_ids):
    a, b = article_ids
    controller.tag_article(a, "甲")
    controller.tag_article(b, "甲")
    start = BODY.index("张三")
    controller.annotate(a, start, start + 2, tag="甲")
    tag_before = library.tags.all()[0]
    controller.delete_tag("甲")
    assert library.tags.all() == []
    assert library.annotations.of_article(a)[0].tag is None
    stack.undo()
    assert library.tags.all() == [tag_before]
    assert names(library.tags.of_article(a)) == names(library.tags.of_article(b)) == ["甲"]
    assert library.annotations.of_article(a)[0].tag == "甲"


# -- annotations ------------------------------------------------------------------------------------


def test_annotate_undo_redo_keeps_the_same_annotation(controller, stack, library, article_id):
    start = BODY.index("上海")
    annotation = controller.annotate(article_id, start, start + 2, note="城市")
    assert annotation is not None and annotation.quote == "上海"
    stack.undo()
    assert library.annotations.of_article(article_id) == []
    stack.redo()
    (restored,) = library.annotations.of_article(article_id)
    assert (restored.id, restored.note, restored.created) == (annotation.id, "城市", annotation.created)


def test_delete_annotation_undo(controller, stack, library, article_id):
    start = BODY.index("上海")
    annotation = controller.annotate(article_id, start, start + 2, tag="地点")
    controller.delete_annotation(annotation.id)
    assert library.annotations.of_article(article_id) == []
    stack.undo()
    assert [a.id for a in library.annotations.of_article(article_id)] == [annotation.id]


def test_update_annotation_undo(controller, stack, library, article_id):
    start = BODY.index("上海")
    annotation = controller.annotate(article_id, start, start + 2, note="旧")
    controller.update_annotation(annotation, note="新")
    assert library.annotations.of_article(article_id)[0].note == "新"
    stack.undo()
    assert library.annotations.of_article(article_id)[0].note == "旧"
    controller.update_annotation(annotation.id, tag="标签")  # by id: the current record is fetched
    assert (library.annotations.of_article(article_id)[0].tag, library.annotations.of_article(article_id)[0].note) == ("标签", "旧")
    stack.undo()
    assert library.annotations.of_article(article_id)[0].tag is None


def test_empty_selection_is_not_annotated(controller, stack, article_id):
    assert controller.annotate(article_id, 5, 5) is None
    assert stack.count() == 0


# -- entity corrections ---------------------------------------------------------------------------------


def test_add_entity_is_the_users_and_undoable(controller, stack, library, article_id, qtbot):
    start = BODY.index("野家")
    with qtbot.waitSignal(controller.entitiesChanged) as blocker:
        controller.add_entity(article_id, start, start + 2, "ORG")
    assert blocker.args == [article_id]
    assert (start, start + 2, "ORG", "user") in entity_keys(library, article_id)
    stack.undo()
    assert (start, start + 2, "ORG", "user") not in entity_keys(library, article_id)
    stack.redo()
    assert (start, start + 2, "ORG", "user") in entity_keys(library, article_id)


def test_removing_a_recognised_entity_suppresses_it_and_undo_brings_it_back(controller, stack, library, article_id):
    person = span("张三", "PER")
    key = (person.start, person.end, "PER", "auto")
    controller.remove_entity(article_id, person.start, person.end, "PER", "auto")
    assert key not in entity_keys(library, article_id)
    library.recognition.save([(article_id, [person])])  # recognised again: still hidden
    assert key not in entity_keys(library, article_id)
    stack.undo()
    assert key in entity_keys(library, article_id)


def test_removing_a_users_entity_and_undo(controller, stack, library, article_id):
    start = BODY.index("新店")
    controller.add_entity(article_id, start, start + 2, "LOC")
    controller.remove_entity(article_id, start, start + 2, "LOC", "user")
    assert (start, start + 2, "LOC", "user") not in entity_keys(library, article_id)
    stack.undo()
    assert (start, start + 2, "LOC", "user") in entity_keys(library, article_id)


# -- notes, notifications, errors, switching libraries ---------------------------------------------------


def test_note_is_not_on_the_undo_stack(controller, stack, library, article_id, qtbot):
    with qtbot.waitSignal(controller.articleDataChanged):
        controller.set_note(article_id, "笔记")
    assert library.notes.get(article_id) == "笔记"
    assert stack.count() == 0


def test_notifications(controller, qtbot):
    with qtbot.waitSignals([controller.articlesChanged, controller.tagsChanged]):
        controller.notify_imported()
    recognised = []
    controller.entitiesChanged.connect(recognised.append)
    controller.notify_recognised([3, 4])
    assert recognised == [3, 4]


def test_library_errors_become_a_signal_and_push_nothing(controller, stack, library, qtbot):
    missing = 987654
    with qtbot.waitSignal(controller.errorOccurred) as blocker:
        assert controller.delete_annotation(missing) is False
    assert blocker.args[0]  # a message for the user
    assert stack.count() == 0


def test_set_library_clears_undo_and_signals(controller, stack, article_id, tmp_path, qtbot):
    controller.tag_article(article_id, "甲")
    other = Library(tmp_path / "other.db")
    try:
        with qtbot.waitSignals([controller.libraryAboutToChange, controller.libraryChanged], order="strict"):
            controller.set_library(other)
        assert controller.library is other
        assert stack.count() == 0
    finally:
        other.close()


def test_undo_after_an_outside_change_reports_instead_of_crashing(controller, stack, library, article_id, qtbot):
    start = BODY.index("上海")
    annotation = controller.annotate(article_id, start, start + 2)
    library.annotations.delete(annotation.id)  # e.g. the CLI, behind the app's back
    with qtbot.waitSignal(controller.errorOccurred):
        stack.undo()
    # The stale command is dropped rather than left to fail again on redo.
    assert stack.count() == 0
