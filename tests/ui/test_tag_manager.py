"""Edit ▸ Manage Tags through the real main window: rename, merge, recolour and
delete, each undone and redone, checked in the library, in the open article's
tag chips and in its annotation underlines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QColorDialog, QMessageBox

from reader.ui.highlighter import ANNOTATION_ID_PROPERTY
from reader.ui.tag_manager import TagManagerDialog, TagTableModel, TagUse


@pytest.fixture
def tagged(main_window):
    """The open article tagged 重要 and 待查, one passage annotated 重要; another article tagged 待查."""
    controller = main_window.controller
    article = main_window.current_article()
    other = main_window.sidebar.model.ids()[1]
    controller.tag_article(article, "重要")
    controller.tag_article(article, "待查")
    controller.tag_article(other, "待查")
    controller.annotate(article, 1, 4, tag="重要", note="开头")
    return main_window


def manager(window) -> TagManagerDialog:
    window.actions.edit_manage_tags.trigger()
    dialog = window.findChild(TagManagerDialog, "tagManager")
    assert dialog is not None and dialog.isVisible()
    return dialog


def table(dialog) -> dict[str, tuple[int, int]]:
    model = dialog.model
    return {model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())}


def tag_colors(window) -> dict[str, str]:
    return {t.name: t.color for t in window.controller.library.tags.all()}


def chips(window) -> list[str]:
    return window.annotation_panel.chips.tag_names()


def underline_colors(window) -> set[str]:
    """Colours of every annotation underline in the article on screen (from the text layout)."""
    document = window.article_view.text_view.document()
    colors = set()
    block = document.begin()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.property(ANNOTATION_ID_PROPERTY) is not None:
                colors.add(r.format.underlineColor().name())
        block = block.next()
    return colors


def answer(monkeypatch, button, asked: list | None = None):
    def question(parent, title, text, *args, **kwargs):
        if asked is not None:
            asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)


def test_the_action_is_in_the_edit_menu_and_lists_tags_with_counts(qtbot, tagged):
    assert tagged.actions.edit_manage_tags in tagged.edit_menu.actions()
    dialog = manager(tagged)
    assert table(dialog) == {"重要": (1, 1), "待查": (2, 0)}
    swatch = dialog.model.index(dialog.model.row_of("重要"), 0).data(Qt.ItemDataRole.DecorationRole)
    assert swatch.name() == tag_colors(tagged)["重要"]
    # Triggered again, the same window comes forward rather than a second one.
    assert manager(tagged) is dialog


def test_rename_by_inline_edit_then_undo_and_redo(qtbot, tagged):
    dialog = manager(tagged)
    library = tagged.controller.library
    color = tag_colors(tagged)["重要"]
    index = dialog.model.index(dialog.model.row_of("重要"), 0)
    assert dialog.model.setData(index, "关键")  # what the view's editor does on Enter
    qtbot.waitUntil(lambda: "关键" in table(dialog), timeout=2000)
    assert set(table(dialog)) == {"关键", "待查"}
    assert tag_colors(tagged)["关键"] == color
    assert sorted(chips(tagged)) == sorted(["关键", "待查"])
    assert [a.tag for a in library.annotations.of_article(tagged.current_article())] == ["关键"]
    assert dialog.current_tag() == "关键"

    tagged.controller.undo_stack.undo()
    assert set(table(dialog)) == {"重要", "待查"}  # the dialog follows the undo
    assert "重要" in chips(tagged) and "关键" not in chips(tagged)
    assert [a.tag for a in library.annotations.of_article(tagged.current_article())] == ["重要"]
    tagged.controller.undo_stack.redo()
    assert set(table(dialog)) == {"关键", "待查"} and "关键" in chips(tagged)


def test_ctrl_z_in_the_dialog_undoes_its_rename(qtbot, tagged):
    dialog = manager(tagged)
    assert dialog.rename("待查", "复核")
    # The dialog is a window of its own: the main window's shortcuts do not reach it by themselves.
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(table(dialog)) == {"重要", "待查"}
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert set(table(dialog)) == {"重要", "复核"}


def test_renaming_to_an_existing_name_asks_before_merging(qtbot, tagged, monkeypatch):
    dialog = manager(tagged)
    library = tagged.controller.library
    article = tagged.current_article()
    colors = tag_colors(tagged)
    asked: list[str] = []
    answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    assert not dialog.rename("重要", "待查")  # declined: nothing changes
    assert "待查" in asked[0] and "1 passage" in asked[0]
    assert set(table(dialog)) == {"重要", "待查"} and tagged.controller.undo_stack.count() == 4

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert dialog.rename("重要", "待查")
    assert table(dialog) == {"待查": (2, 1)}
    assert chips(tagged) == ["待查"]
    assert [a.tag for a in library.annotations.of_article(article)] == ["待查"]
    assert underline_colors(tagged) == {colors["待查"]}

    tagged.controller.undo_stack.undo()  # both tags come back as they were
    assert table(dialog) == {"重要": (1, 1), "待查": (2, 0)}
    assert tag_colors(tagged) == colors
    assert sorted(chips(tagged)) == sorted(["重要", "待查"])
    assert underline_colors(tagged) == {colors["重要"]}
    tagged.controller.undo_stack.redo()
    assert table(dialog) == {"待查": (2, 1)} and underline_colors(tagged) == {colors["待查"]}


def test_recolour_through_the_colour_dialog_then_undo_and_redo(qtbot, tagged, monkeypatch):
    dialog = manager(tagged)
    old = tag_colors(tagged)["重要"]
    new = "#123456" if old != "#123456" else "#654321"
    offered: list[str] = []

    def get_color(initial, parent=None, title="", *args):
        offered.append(initial.name())
        return QColor(new)

    monkeypatch.setattr(QColorDialog, "getColor", get_color)
    dialog.select("重要")
    dialog.color_button.click()
    assert offered == [old]  # the dialog starts from the current colour
    assert tag_colors(tagged)["重要"] == new
    assert dialog.model.index(dialog.model.row_of("重要"), 0).data(Qt.ItemDataRole.DecorationRole).name() == new
    assert underline_colors(tagged) == {new}
    chip = next(c for c in tagged.annotation_panel.chips.chips() if c.tag.name == "重要")
    assert chip.tag.color == new

    tagged.controller.undo_stack.undo()
    assert tag_colors(tagged)["重要"] == old and underline_colors(tagged) == {old}
    tagged.controller.undo_stack.redo()
    assert tag_colors(tagged)["重要"] == new and underline_colors(tagged) == {new}


def test_cancelling_the_colour_dialog_changes_nothing(qtbot, tagged, monkeypatch):
    dialog = manager(tagged)
    before = tag_colors(tagged)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args, **kwargs: QColor())  # invalid = cancelled
    assert not dialog.choose_color("重要")
    assert tag_colors(tagged) == before


def test_delete_says_what_loses_the_tag_then_undo_and_redo(qtbot, tagged, monkeypatch):
    dialog = manager(tagged)
    library = tagged.controller.library
    article = tagged.current_article()
    color = tag_colors(tagged)["重要"]
    asked: list[str] = []
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    dialog.select("重要")
    dialog.delete_button.click()
    assert "1 article" in asked[0] and "1 passage" in asked[0]
    assert set(table(dialog)) == {"待查"}
    assert chips(tagged) == ["待查"]
    assert [a.tag for a in library.annotations.of_article(article)] == [None]
    assert underline_colors(tagged) != {color}

    tagged.controller.undo_stack.undo()
    assert table(dialog) == {"重要": (1, 1), "待查": (2, 0)}
    assert tag_colors(tagged)["重要"] == color
    assert "重要" in chips(tagged) and underline_colors(tagged) == {color}
    tagged.controller.undo_stack.redo()
    assert set(table(dialog)) == {"待查"} and "重要" not in chips(tagged)


def test_declining_the_delete_keeps_the_tag(qtbot, tagged, monkeypatch):
    dialog = manager(tagged)
    answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not dialog.delete("待查")
    assert table(dialog)["待查"] == (2, 0)


def test_buttons_need_a_chosen_tag(qtbot, tagged):
    dialog = manager(tagged)
    dialog.select(None)
    assert not dialog.delete_button.isEnabled() and not dialog.color_button.isEnabled()
    dialog.select("待查")
    assert dialog.delete_button.isEnabled() and dialog.rename_button.isEnabled()


def test_tag_table_model_passes_the_model_tester(qapp):
    model = TagTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_tags([TagUse("甲", "#ff0000", 3, 1), TagUse("乙", "#00ff00", 0, 2)])
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    requested = []
    model.renameRequested.connect(lambda old, new: requested.append((old, new)))
    assert not model.setData(model.index(0, 0), "  甲 ")  # unchanged name: no request
    assert model.setData(model.index(1, 0), "丙")
    assert requested == [("乙", "丙")]
    model.set_tags([])
    assert model.rowCount() == 0
    del tester


def test_a_closed_manager_reads_the_tags_again_when_reopened(qtbot, tagged):
    dialog = manager(tagged)
    dialog.reject()  # closed, kept for next time
    tagged.controller.tag_article(tagged.current_article(), "新来")
    assert "新来" not in table(dialog)  # not read while closed
    assert manager(tagged) is dialog and "新来" in table(dialog)
