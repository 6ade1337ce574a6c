"""Corrections of the parse through the real main window, each undone and redone with Ctrl+Z / Ctrl+Shift+Z.

On the articles involved sit a passage annotation, a tag, a note and a user
entity, with a character outside the BMP (𠮷) before them: after every step
they sit on the same text, and the reader draws them there (asserted on the
layout's formats, in Qt's UTF-16 positions).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from reader.parsing import parse_page
from reader.store.library import Library
from reader.ui.highlighter import ANNOTATION_ID_PROPERTY, ENTITY_ORIGIN_PROPERTY
from reader.ui.offsets import OffsetMap

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "000_6d112d3a37cca14d.txt"
RAW = (
    SAMPLE.read_text(encoding="utf-8")
    .replace("活动部署开展以来", "𠮷活动部署开展以来")
    .replace("通辽市公安局科尔沁分局紧密", "𠮷通辽市公安局科尔沁分局紧密")
    .replace("近年来，呼和浩特市公安局", "近年来，𠮷呼和浩特市公安局")
)


@pytest.fixture
def window(make_window, library_path):
    library = Library(library_path)
    ids = library.pages.add("sample.txt", parse_page(RAW), raw_text=RAW).article_ids
    for article_id, quote, entity in ((ids[0], "科尔沁分局紧密结合", "通辽市公安局"), (ids[1], "大学城派出所结合", "赛罕分局")):
        library.annotations.add_quote(article_id, quote, tag="段落", note="记")
        library.tags.add(article_id, f"标签{article_id}")
        library.notes.set(article_id, f"笔记{article_id}")
        text = library.articles.body_text(article_id)
        library.entities.add(article_id, text.index(entity), text.index(entity) + len(entity), "ORG")
    library.close()
    return make_window(library_path)


def undo(qtbot, window):
    qtbot.keyClick(window.sidebar.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot, window):
    qtbot.keyClick(window.sidebar.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def drawn(window, prop, value) -> str:
    """The text the reader draws with a format property (an annotation's id, an entity's origin)."""
    document = window.article_view.text_view.document()
    out = []
    block = document.begin()
    while block.isValid():
        text = block.text()
        offsets = OffsetMap(text)
        for r in block.layout().formats():
            if r.format.property(prop) == value:
                out.append(text[offsets.to_code_point(r.start) : offsets.to_code_point(r.start + r.length)])
        block = block.next()
    return "".join(out)


def state(window, article_id):
    """What the user sees of their work on an article, from the library."""
    library = window.controller.library
    text = library.articles.body_text(article_id)
    annotations = [(text[a.start : a.end], a.tag, a.note, a.orphaned) for a in library.annotations.of_article(article_id)]
    entities = [text[e.start : e.end] for e in library.entities.of_article(article_id) if e.origin == "user"]
    return annotations, [t.name for t in library.tags.of_article(article_id)], library.notes.get(article_id), entities


def put_cursor(window, quote):
    stored = window.article_view.stored_article()
    offset = stored.body_text.index(quote)
    window.article_view.select_range(offset, offset)


def open_article(qtbot, window, article_id):
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.article_view.article_id() == article_id, timeout=2000)


def test_split_from_the_menu_then_undo_and_redo(qtbot, window):
    library = window.controller.library
    first = window.current_article()
    before = state(window, first)
    annotation = library.annotations.of_article(first)[0]
    assert drawn(window, ANNOTATION_ID_PROPERTY, annotation.id) == "科尔沁分局紧密结合"
    put_cursor(window, "夯实责任")  # in the sub-heading «“细”字当头 夯实责任高点谋划»
    dialog = window.corrections_ui.split_here()
    assert dialog.uses_first_line() and dialog.title_edit.text() == "“细”字当头 夯实责任高点谋划"
    dialog.accept()
    new = window.current_article()
    assert new != first and window.article_view.stored_article().article.title == "“细”字当头 夯实责任高点谋划"
    assert window.sidebar.model.ids()[:2] == [first, new]
    annotations, tags, note, entities = state(window, new)
    assert annotations == [("科尔沁分局紧密结合", "段落", "记", False)] and entities == ["通辽市公安局"]
    assert tags == [f"标签{first}"] and note == ""
    # Drawn on the same text, after the 𠮷 in the new article.
    assert drawn(window, ANNOTATION_ID_PROPERTY, annotation.id) == "科尔沁分局紧密结合"
    assert drawn(window, ENTITY_ORIGIN_PROPERTY, "user") == "通辽市公安局"
    assert window.actions.edit_undo.isEnabled()
    undo(qtbot, window)
    assert window.current_article() == first and window.sidebar.model.ids()[:2] == [first, first + 1]
    assert state(window, first) == before
    assert drawn(window, ANNOTATION_ID_PROPERTY, annotation.id) == "科尔沁分局紧密结合"
    redo(qtbot, window)
    assert window.current_article() == new and state(window, new)[0] == annotations


def test_merge_with_the_previous_article_then_undo_and_redo(qtbot, window):
    first, second = window.sidebar.model.ids()[:2]
    before = (state(window, first), state(window, second))
    open_article(qtbot, window, second)
    dialog = window.corrections_ui.merge_with(-1)
    dialog.set_mode("subhead")
    dialog.accept()
    assert window.current_article() == first and second not in window.sidebar.model.ids()
    annotations, tags, note, entities = state(window, first)
    assert ("大学城派出所结合", "段落", "记", False) in annotations and "赛罕分局" in entities
    assert set(tags) == {f"标签{first}", f"标签{second}"} and note == f"笔记{first}\n\n笔记{second}"
    theirs = window.controller.library.annotations.of_article(first)[-1]
    assert drawn(window, ANNOTATION_ID_PROPERTY, theirs.id) == "大学城派出所结合"
    undo(qtbot, window)
    assert (state(window, first), state(window, second)) == before and second in window.sidebar.model.ids()
    redo(qtbot, window)
    assert second not in window.sidebar.model.ids()


def test_role_changes_and_dropping_from_the_context_menu_then_undo(qtbot, window):
    first = window.current_article()
    before = state(window, first)
    layout = window.article_view.layout_document()
    position = layout.to_position(window.article_view.stored_article().body_text.index("“实”字为先"))
    menu = window.article_view.context_menu(position)
    correct = menu.findChild(QMenu, "correctContextMenu")
    [title] = [a for a in correct.findChildren(type(correct.menuAction())) if a.objectName() == "context_role_title"]
    title.trigger()
    stored = window.article_view.stored_article().article
    assert stored.title == "“实”字为先 技能练兵强素质"
    assert state(window, first)[0] == before[0] and state(window, first)[3] == before[3]
    undo(qtbot, window)
    assert window.article_view.stored_article().article.title == "全区旗县级公安机关专项活动有“声”有“形”"
    put_cursor(window, "“实”字为先")
    window.actions.correct_drop.trigger()
    assert "“实”字为先" not in window.article_view.stored_article().body_text
    assert state(window, first) == before  # the work sits on text elsewhere
    undo(qtbot, window)
    redo(qtbot, window)
    assert "“实”字为先" not in window.article_view.stored_article().body_text


def test_edit_text_shifts_the_annotation_after_it_and_undo(qtbot, window):
    first = window.current_article()
    annotation = window.controller.library.annotations.of_article(first)[0]
    put_cursor(window, "技能练兵")
    dialog = window.corrections_ui.edit_text()
    dialog.editor.setPlainText("“实”字为先 技术练兵强素质")
    dialog.accept()
    assert "技术练兵" in window.article_view.stored_article().body_text
    assert drawn(window, ANNOTATION_ID_PROPERTY, annotation.id) == "科尔沁分局紧密结合"
    assert state(window, first)[3] == ["通辽市公安局"]
    undo(qtbot, window)
    assert "技能练兵" in window.article_view.stored_article().body_text
    assert drawn(window, ANNOTATION_ID_PROPERTY, annotation.id) == "科尔沁分局紧密结合"


def test_delete_into_the_trash_undo_and_restore_from_the_trash(qtbot, window):
    first, second = window.sidebar.model.ids()[:2]
    before = state(window, second)
    open_article(qtbot, window, second)
    window.actions.correct_delete.trigger()
    assert second not in window.sidebar.model.ids() and window.current_article() != second
    undo(qtbot, window)
    assert window.current_article() == second and state(window, second) == before
    redo(qtbot, window)
    trash = window.corrections_ui.show_trash()
    assert trash.items.count() == 1
    trash.restore_button.click()
    assert second in window.sidebar.model.ids() and state(window, second) == before
    assert trash.items.count() == 0


def test_an_impossible_correction_is_said_and_changes_nothing(qtbot, window):
    ids = window.sidebar.model.ids()
    put_cursor(window, "𠮷活动部署")  # the first paragraph: nothing would be left before it
    assert window.corrections_ui.split_here() is None
    assert window.sidebar.model.ids() == ids and not window.actions.edit_undo.isEnabled()


HEAD = "草原巡护员的一天\n\n𠮷尼玛次仁是一名护林员，他每天都要巡山，\n一年要走坏三双鞋。\n（下转第2版）\n\n春季植树\n\n志愿者在河边植树三百棵。（记者 李华）\n"
CONTINUATION = "（上接第1版）\n草原巡护员的一天\n\n𠮷他说，草原就是他的家，守护草原就是守护\n家园。（记者 王明）\n"


def test_the_join_bar_suggests_the_continuation_and_one_click_joins_then_undo(qtbot, make_window, library_path):
    from reader.model import PageMeta

    def meta(page):
        return PageMeta(newspaper="内蒙古日报", date="2023-03-07", page=page, page_number=int(page),
                        origins={"newspaper": "import", "date": "import", "page": "import"})  # fmt: skip

    library = Library(library_path)
    head = library.pages.add("p1.txt", parse_page(HEAD), raw_text=HEAD, identity=[meta("1")]).article_ids[0]
    cont = library.pages.add("p2.txt", parse_page(CONTINUATION), raw_text=CONTINUATION, identity=[meta("2")]).article_ids[0]
    annotation = library.annotations.add_quote(cont, "守护草原", tag="生态", note="续")
    library.tags.add(cont, "续篇")
    library.notes.set(cont, "第二版的笔记")
    text = library.articles.body_text(cont)
    library.entities.add(cont, text.index("草原"), text.index("草原") + 2, "LOC")
    library.close()
    window = make_window(library_path)
    bar = window.corrections_ui.join_bar
    assert window.current_article() == head and bar.isVisible()
    assert "page 2" in bar.label.text() and "草原巡护员的一天" in bar.label.text()
    before = state(window, cont)
    bar.join_button.click()
    assert cont not in window.sidebar.model.ids() and window.current_article() == head
    document = window.article_view.text_view.document().toPlainText()
    assert "— continued on page 2 —" in document and "守护草原就是守护家园" in document
    assert drawn(window, ANNOTATION_ID_PROPERTY, annotation.id) == "守护草原"
    assert drawn(window, ENTITY_ORIGIN_PROPERTY, "user") == "草原"
    annotations, tags, note, entities = state(window, head)
    assert annotations == before[0] and "续篇" in tags and note == "第二版的笔记" and entities == ["草原"]
    assert window.controller.library.search.article_ids("守护草原") == [head]
    undo(qtbot, window)
    assert cont in window.sidebar.model.ids() and state(window, cont) == before
    assert "— continued on page" not in window.article_view.text_view.document().toPlainText()
    redo(qtbot, window)
    assert cont not in window.sidebar.model.ids()


def test_an_annotation_whose_text_is_edited_says_so_in_the_panel(qtbot, window):
    first = window.current_article()
    library = window.controller.library
    annotation = window.controller.annotate(first, *_span(library, first, "技能练兵"), tag="训练")
    put_cursor(window, "技能练兵")
    dialog = window.corrections_ui.edit_text()
    dialog.editor.setPlainText("“实”字为先 技术练兵强素质")
    dialog.accept()
    edited = library.annotations.get(annotation.id)
    assert edited.edited and edited.quote == "技术练兵"
    assert drawn(window, ANNOTATION_ID_PROPERTY, annotation.id) == "技术练兵"
    panel = window.annotation_panel
    model = panel.annotation_list.model()
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("«技术练兵»" in t and "(its text was edited)" in t for t in texts)


def _span(library, article_id, quote):
    start = library.articles.body_text(article_id).index(quote)
    return start, start + len(quote)
