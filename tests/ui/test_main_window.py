"""Flows through the real main window: first launch, import, export, reopening,
shortcuts, settings, library errors, drag and drop."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFontMetricsF, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QLabel, QListView, QMessageBox, QTextEdit, QWidget

from reader.ingest import import_file
from reader.parsing import parse_file
from reader.paths import default_library_path, sample_page_path
from reader.store.library import Library
from reader.ui.actions import SHORTCUTS
from reader.ui.dialogs import ImportErrorsDialog, ShortcutsDialog
from reader.ui.import_options import ImportOptionsDialog

SMALL_PAGE = """春耕时节农机忙

本报讯 记者 张伟

连日来，赤峰市各地抓住有利天气，组织农机手开展春耕作业，确保不误农时。
截至目前，全市已完成播种面积三十万亩。
"""
# A PNG header: NUL bytes make it binary, so the parser must refuse it.
BAD_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


@pytest.fixture
def page_files(tmp_path) -> tuple[list[Path], Path]:
    """Two good page files and a bad one between them."""
    folder = tmp_path / "pages"
    folder.mkdir()
    good_1 = folder / "a_sample.txt"
    shutil.copy(sample_page_path(), good_1)
    bad = folder / "b_picture.txt"
    bad.write_bytes(BAD_BYTES)
    good_2 = folder / "c_small.txt"
    good_2.write_text(SMALL_PAGE, encoding="utf-8")
    return [good_1, bad, good_2], bad


def list_titles(window) -> list[str]:
    model = window.sidebar.model
    return [model.index(row).data() for row in range(model.rowCount())]


# -- first launch ---------------------------------------------------------------------------

def articles_in(path: Path) -> int:
    return len(parse_file(path).articles)


def test_first_launch_creates_the_library_with_the_sample(first_launch_window):
    window = first_launch_window
    assert default_library_path().exists()
    view = window.findChild(QListView, "articleList")
    # The sample page holds four articles (shared/samples/…gold.json).
    assert view.model().rowCount() == articles_in(sample_page_path()) == 4
    assert "4" in window.sidebar.count_label.text()
    # The first article is open, so the newcomer reads at once.
    text = window.findChild(QTextEdit, "articleView").toPlainText()
    assert window.controller.library.articles.get(window.current_article()).article.title in text


def test_second_launch_does_not_import_the_sample_again(qtbot, settings):
    from reader.ui.app import open_startup_library

    library = open_startup_library(default_library_path(), is_default=True)
    library.close()
    again = open_startup_library(default_library_path(), is_default=True)
    try:
        assert again.articles.count() == articles_in(sample_page_path())
    finally:
        again.close()


def test_the_named_widgets_exist(main_window):
    for name in ("searchBox", "articleList", "articleView", "entityLegend", "tagInput", "noteEditor", "annotationList"):
        assert main_window.findChild(QWidget, name) is not None, name
    assert main_window.findChild(QDockWidget, "entityIndex") is not None


# -- selecting -------------------------------------------------------------------------------

def test_selecting_articles_shows_them_and_their_panel(qtbot, main_window):
    view = main_window.sidebar.list_view
    library = main_window.controller.library
    for row in (3, 1):
        view.setCurrentIndex(view.model().index(row))
        article_id = view.model().ids()[row]
        assert main_window.current_article() == article_id
        assert main_window.article_view.article_id() == article_id
        assert library.articles.get(article_id).article.title in main_window.article_view.text_view.toPlainText()


def test_switching_articles_saves_the_note_being_typed(qtbot, main_window):
    first = main_window.current_article()
    editor = main_window.findChild(QWidget, "noteEditor")
    editor.setFocus()
    qtbot.keyClicks(editor, "note about it")
    main_window.sidebar.list_view.setCurrentIndex(main_window.sidebar.model.index(2))
    assert main_window.controller.library.notes.get(first) == "note about it"


# -- import ------------------------------------------------------------------------------------

def test_import_with_a_bad_file_lists_it_and_imports_the_good_ones(qtbot, main_window, page_files, monkeypatch):
    files, bad = page_files
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], ""))
    before = main_window.controller.library.articles.count()
    main_window.actions.file_import.trigger()
    # The import dialog asks for page details for the batch; empty fields mean «detect».
    (options,) = [d for d in main_window.open_dialogs() if isinstance(d, ImportOptionsDialog)]
    with qtbot.waitSignal(main_window.importFinished, timeout=20_000) as blocker:
        options.accept()
    report = blocker.args[0]
    assert [Path(p) for p, _message in report.errors] == [bad]
    assert "binary" in report.errors[0][1]
    assert len(report.results) == 2
    expected = articles_in(files[0]) + articles_in(files[2])
    assert main_window.controller.library.articles.count() == before + len(report.article_ids) == before + expected
    # The list shows the new articles without any further action.
    assert "春耕时节农机忙" in list_titles(main_window)
    assert "雪“警”增春色" in list_titles(main_window)
    dialogs = [d for d in main_window.open_dialogs() if isinstance(d, ImportErrorsDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    table = dialogs[0].table
    assert table.rowCount() == 1 and table.item(0, 0).text() == str(bad)
    # The source filter knows the new pages.
    combo = main_window.sidebar.source_filter
    combo.showPopup()
    combo.hidePopup()
    sources = [combo.itemText(i) for i in range(combo.count())]
    assert any("c_small.txt" in s for s in sources)


def test_a_blank_page_of_a_whole_issue_text_is_listed_and_its_other_pages_imported(qtbot, main_window, tmp_path):
    sample = sample_page_path().read_text(encoding="utf-8")
    issue = tmp_path / "issue.txt"
    # pdftotext's text of a three-page issue whose second page is a picture.
    issue.write_text(sample + "\f\f" + sample.replace("沈翠英", "王比学") + "\f", encoding="utf-8")
    with qtbot.waitSignal(main_window.importFinished, timeout=20_000) as blocker:
        main_window.import_paths([issue])
    report = blocker.args[0]
    assert [r.path.rsplit("/", 1)[-1] for r in report.results] == ["issue.txt#page=1", "issue.txt#page=3"]
    (dialog,) = [d for d in main_window.open_dialogs() if isinstance(d, ImportErrorsDialog)]
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text().startswith("page 2 of issue.txt has no text")
    summary = dialog.findChildren(QLabel)[0].text()
    # (The tests run without the English catalogue that turns «file(s)» into «file».)
    assert summary.startswith("1 file") and "or page" in summary and "could not be imported" in summary
    assert f"{len(report.article_ids)} article" in summary and "imported from the rest" in summary


def test_importing_a_folder_by_drag_and_drop(qtbot, main_window, page_files):
    files, _bad = page_files
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files[0].parent))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    # Delivered to the handler directly: offscreen Qt has no drag-and-drop session to send it through.
    with qtbot.waitSignal(main_window.importFinished, timeout=20_000) as blocker:
        main_window.dropEvent(event)
    assert event.isAccepted()
    report = blocker.args[0]
    assert len(report.results) == 2 and len(report.errors) == 1


def test_cancelled_import_stops_and_reports(qtbot, main_window, page_files):
    files, _bad = page_files
    with qtbot.waitSignal(main_window.importFinished, timeout=20_000) as blocker:
        main_window.import_paths(files)
        assert main_window.task_status.isVisible()
        # Cancel in the status bar, before the worker reaches its first file or during it.
        qtbot.mouseClick(main_window.task_status.cancel_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert report.cancelled or len(report.results) + len(report.errors) == 3
    assert not main_window.task_status.isVisible()


# -- export ------------------------------------------------------------------------------------------

def test_ctrl_e_exports_the_annotations_as_csv(qtbot, main_window, tmp_path, monkeypatch):
    article = main_window.current_article()
    main_window.controller.tag_article(article, "值得关注")
    annotation = main_window.controller.annotate(article, 0, 4, tag="重点", note="开头")
    assert annotation is not None
    target = tmp_path / "out" / "export.csv"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(main_window.exportFinished, timeout=20_000) as blocker:
        qtbot.keyClick(main_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [str(target), None]
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {row["tag"] for row in rows} >= {"值得关注", "重点"}
    passage = next(row for row in rows if row["tag"] == "重点")
    assert passage["note"] == "开头" and passage["quote"] == annotation.quote


# -- reopening ----------------------------------------------------------------------------------------

def test_reopening_the_library_finds_everything_again(qtbot, make_window, page_library_path):
    window = make_window(page_library_path)
    second = window.sidebar.model.ids()[1]
    window.sidebar.list_view.setCurrentIndex(window.sidebar.model.index(1))
    window.controller.tag_article(second, "教育")
    window.controller.set_note(second, "回头再读")
    window.controller.annotate(second, 0, 3, tag="地点")
    window.close()
    window.controller.library.close()

    again = make_window(page_library_path)
    combo = again.sidebar.tag_filter
    assert combo.findText("教育") > 0
    with qtbot.waitSignal(again.sidebar.listUpdated, timeout=2000):
        combo.setCurrentIndex(combo.findText("教育"))
    assert list_titles(again) == ["草原上的新学校"]
    library = again.controller.library
    assert library.notes.get(second) == "回头再读"
    assert [a.tag for a in library.annotations.of_article(second)] == ["地点"]
    assert library.articles.count() == 4


def test_window_settings_survive_a_restart(qtbot, make_window, page_library_path, settings):
    window = make_window(page_library_path)
    # Within the offscreen screen (800×600), so that restoring does not clamp the size.
    window.resize(760, 540)
    window.splitter.setSizes([200, 300, 150])
    sizes = window.splitter.sizes()
    window.actions.view_zoom_in.trigger()
    size = window.article_view.font_size()
    window.actions.view_theme_dark.trigger() if _has_theme() else None
    window.close()
    window.controller.library.close()
    assert settings.font_size == size
    assert settings.splitter_sizes == sizes
    assert settings.last_library == str(page_library_path)

    again = make_window(page_library_path)
    assert again.article_view.font_size() == size
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes


def _has_theme() -> bool:
    try:
        import reader.ui.theme  # noqa: F401
    except ImportError:
        return False
    return True


# -- keyboard ---------------------------------------------------------------------------------------------

def test_every_action_in_the_table_has_its_shortcuts(main_window):
    for name, keys in SHORTCUTS.items():
        action = main_window.actions.all()[name]
        assert [k.toString() for k in action.shortcuts()] == [QKeySequence(k).toString() for k in keys], name
    assert main_window.actions.file_import.shortcut() == QKeySequence("Ctrl+O")
    assert main_window.actions.edit_redo.shortcut() == QKeySequence("Ctrl+Shift+Z")


def test_no_two_actions_share_a_shortcut(main_window):
    seen: dict[str, str] = {}
    for name, action in main_window.actions.all().items():
        for key in action.shortcuts():
            assert key.toString() not in seen, (name, seen.get(key.toString()))
            seen[key.toString()] = name


def test_shortcuts_window_is_generated_from_the_actions(qtbot, main_window):
    main_window.actions.help_shortcuts.trigger()
    dialog = next(d for d in main_window.open_dialogs() if isinstance(d, ShortcutsDialog))
    shown = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    for keys in SHORTCUTS.values():
        if keys:
            assert any(QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText) in s for s in shown)
    dialog.reject()


def test_ctrl_f_and_ctrl_t_and_ctrl_n_move_the_focus(qtbot, main_window):
    main_window.activateWindow()
    main_window.article_view.text_view.setFocus()
    qtbot.keyClick(main_window.focusWidget() or main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is main_window.sidebar.search_box
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget().objectName() == "tagInput"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget().objectName() == "noteEditor"


def test_ctrl_plus_and_minus_change_the_font_size(qtbot, main_window):
    size = main_window.article_view.font_size()
    qtbot.keyClick(main_window.sidebar.list_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert main_window.article_view.font_size() > size
    qtbot.keyClick(main_window.sidebar.list_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert main_window.article_view.font_size() == size


def test_ctrl_z_undoes_a_tag(qtbot, main_window):
    article = main_window.current_article()
    main_window.controller.tag_article(article, "待查")
    qtbot.keyClick(main_window.sidebar.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "待查" not in {t.name for t in main_window.controller.library.tags.of_article(article)}
    qtbot.keyClick(
        main_window.sidebar.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert "待查" in {t.name for t in main_window.controller.library.tags.of_article(article)}


def test_ctrl_q_right_after_typing_a_note_keeps_it(qtbot, make_window, page_library_path):
    window = make_window(page_library_path)
    article = window.current_article()
    qtbot.keyClick(window.sidebar.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "typed just now")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    with Library(page_library_path) as other:  # another connection: it is on disk
        assert other.notes.get(article) == "typed just now"


# -- settings menu -------------------------------------------------------------------------------------------

def test_language_choice_is_saved_for_the_next_start(qtbot, main_window, settings):
    assert main_window.actions.settings_language_system.isChecked()
    main_window.actions.settings_language_zh_CN.trigger()
    assert settings.language == "zh_CN"
    assert main_window.actions.settings_language_zh_CN.isChecked()
    main_window.actions.settings_language_system.trigger()
    assert settings.language is None


def test_entity_index_action_hides_and_shows_the_dock(main_window):
    dock = main_window.findChild(QDockWidget, "entityIndex")
    assert dock.isVisible() and main_window.actions.view_entity_index.isChecked()
    main_window.actions.view_entity_index.trigger()
    assert not dock.isVisible()
    main_window.actions.view_entity_index.trigger()
    assert dock.isVisible()


# -- libraries that cannot be opened ----------------------------------------------------------------------------

def test_a_corrupt_library_is_explained_not_crashed_on(tmp_path, message_boxes):
    from reader.ui.dialogs import try_open_library

    broken = tmp_path / "broken.db"
    content = b"this is not a database at all" * 100
    broken.write_bytes(content)
    assert try_open_library(broken) is None
    shown = message_boxes.texts()
    assert len(shown) == 1 and "broken.db" in shown[0] and "damaged" in shown[0]
    assert broken.read_bytes() == content  # untouched


def test_startup_with_a_broken_library_offers_another(tmp_path, monkeypatch, message_boxes):
    from reader.ui import app

    broken = tmp_path / "broken.db"
    broken.write_bytes(b"garbage" * 200)
    good = tmp_path / "good.db"
    Library(good).close()
    message_boxes.answer = QMessageBox.StandardButton.Open  # "Open another library instead?"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    library = app.open_startup_library(broken, is_default=False)
    try:
        assert library is not None and library.path == good
    finally:
        library.close()


def test_switching_to_another_library(qtbot, main_window, tmp_path, monkeypatch):
    other = tmp_path / "other.db"
    with Library(other) as library:
        import_file(library, sample_page_path())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    main_window.actions.file_open_library.trigger()
    assert main_window.controller.library.path == other
    assert main_window.sidebar.model.rowCount() == articles_in(sample_page_path())
    assert "雪“警”增春色" in list_titles(main_window)
    assert main_window.settings.last_library == str(other)


def test_recent_libraries_menu_switches_back(qtbot, main_window, tmp_path, monkeypatch):
    first = main_window.controller.library.path
    other = tmp_path / "other.db"
    Library(other).close()
    assert main_window.switch_library(other)
    main_window.recent_menu.aboutToShow.emit()
    entries = [a for a in main_window.recent_menu.actions() if a.text() == str(first)]
    assert len(entries) == 1
    entries[0].trigger()
    assert main_window.controller.library.path == first
    assert main_window.sidebar.model.rowCount() == 4


def test_a_library_from_a_newer_reader_is_explained_and_untouched(tmp_path, message_boxes):
    import sqlite3

    from reader.ui.dialogs import try_open_library

    newer = tmp_path / "newer.db"
    Library(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 9999")
    content = newer.read_bytes()
    assert try_open_library(newer) is None
    shown = message_boxes.texts()
    assert len(shown) == 1 and "newer version" in shown[0]
    assert newer.read_bytes() == content


def test_each_library_error_gets_its_own_advice():
    from reader.store.errors import (
        LibraryCorruptError,
        LibraryError,
        LibraryLockedError,
        LibraryReadOnlyError,
        LibraryTooNewError,
    )
    from reader.ui.dialogs import library_error_text

    texts = {
        cls: library_error_text("/x/lib.db", cls("detail"))
        for cls in (LibraryCorruptError, LibraryTooNewError, LibraryLockedError, LibraryReadOnlyError, LibraryError)
    }
    assert len(set(texts.values())) == len(texts)  # no two errors share a message
    assert all("/x/lib.db" in t and t.endswith("detail") for t in texts.values())
    assert "another program" in texts[LibraryLockedError]


def test_dark_theme_is_applied_and_remembered(qtbot, main_window, settings):
    main_window.actions.view_theme_dark.trigger()
    assert settings.theme == "dark"
    assert main_window.actions.view_theme_dark.isChecked() and not main_window.actions.view_theme_light.isChecked()
    window_color = QApplication.instance().palette().color(QApplication.instance().palette().ColorRole.Window)
    assert window_color.lightness() < 128
    main_window.actions.view_theme_light.trigger()
    assert settings.theme == "light"
    window_color = QApplication.instance().palette().color(QApplication.instance().palette().ColorRole.Window)
    assert window_color.lightness() > 128


def test_ctrl_q_right_after_typing_a_tag_keeps_it(qtbot, make_window, page_library_path):
    window = make_window(page_library_path)
    article = window.current_article()
    qtbot.keyClick(window.sidebar.list_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "later")  # no Enter
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    with Library(page_library_path) as other:
        assert [t.name for t in other.tags.of_article(article)] == ["later"]


def test_window_actions_still_lists_the_qactions(main_window):
    # ``window.actions`` is the collection; called, it answers as QWidget.actions() does.
    listed = main_window.actions()
    assert main_window.actions.file_import in listed and len(listed) >= len(SHORTCUTS)


def test_drag_enter_accepts_files_only(main_window, tmp_path):
    from PySide6.QtGui import QDragEnterEvent

    def enter(mime: QMimeData) -> bool:
        event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        event.setAccepted(False)
        main_window.dragEnterEvent(event)
        return event.isAccepted()

    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    text = QMimeData()
    text.setText("公安局")
    assert enter(files)
    assert not enter(text)


def test_new_library_starts_empty_and_refuses_an_existing_file(qtbot, main_window, tmp_path, monkeypatch, message_boxes):
    new = tmp_path / "fresh.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    main_window.actions.file_new_library.trigger()
    assert main_window.controller.library.path == new
    assert main_window.sidebar.model.rowCount() == 0 and main_window.current_article() is None
    assert "fresh.db" in main_window.windowTitle()
    # Asking for a "new" library on a file that exists opens nothing.
    main_window.actions.file_new_library.trigger()
    warned = message_boxes.texts()
    assert warned and main_window.controller.library.path == new


# -- tags, annotations and the entity index: the window's new parts ----------------------------------------

def test_manage_tags_is_an_edit_menu_action_opening_one_non_modal_window(qtbot, main_window):
    from reader.ui.tag_manager import TagManagerDialog

    action = main_window.actions.edit_manage_tags
    assert "edit_manage_tags" in SHORTCUTS  # defined in the one action table
    assert action in main_window.edit_menu.actions() and action.text()
    action.trigger()
    dialog = main_window.findChild(QWidget, "tagManager")
    assert isinstance(dialog, TagManagerDialog) and dialog.isVisible()
    assert not dialog.isModal()  # the reader stays usable beside it
    action.trigger()
    assert len(main_window.findChildren(TagManagerDialog)) == 1


def test_entity_filter_box_is_in_the_entity_index_dock(main_window):
    from PySide6.QtWidgets import QLineEdit

    box = main_window.findChild(QLineEdit, "entityFilter")
    assert box is not None and main_window.entity_dock.isAncestorOf(box)
    assert box.placeholderText()


# -- the filter bar and the tag box fit their texts ---------------------------------------------


def _edit_field_width(combo) -> int:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox,
                                        option, QStyle.SubControl.SC_ComboBoxEditField, combo)
    return rect.width()


def _filter_combos(window):
    from PySide6.QtWidgets import QComboBox

    names = ("tagFilter", "sourceFilter", "coderFilter", "newspaperFilter", "sectionFilter", "pageFilter")
    return [window.findChild(QComboBox, name) for name in names]


@pytest.mark.parametrize("width", [1400, 1000])
def test_the_filter_combos_show_their_whole_all_item(qtbot, main_window, width):
    main_window.resize(width, 900)
    qtbot.waitUntil(lambda: main_window.width() == width or main_window.isMaximized(), timeout=2000)
    QApplication.processEvents()
    for combo in _filter_combos(main_window):
        text = combo.itemText(0)
        assert text.startswith(("All", "Any")), combo.objectName()
        # «All newspa», «All sectior» were what a squeezed bar showed
        # the style draws the label one pixel inside the edit field on either side
        needed = QFontMetricsF(combo.font()).horizontalAdvance(text)
        assert _edit_field_width(combo) - 2 >= needed, (combo.objectName(), text)


def test_a_long_newspaper_name_does_not_widen_the_filter_bar(qtbot, main_window):
    combo = main_window.sidebar.identity_filters.newspaper_filter
    before = combo.sizeHint().width(), combo.minimumSizeHint().width()
    combo.addItem("内蒙古自治区锡林郭勒盟苏尼特右旗朱日和镇人民政府机关报 (12)", "长")
    QApplication.processEvents()
    assert (combo.sizeHint().width(), combo.minimumSizeHint().width()) == before
    combo.setItemText(0, "All the newspapers of the library")  # the «all» item does set the width
    assert combo.minimumSizeHint().width() > before[1]


def test_the_tag_box_shows_its_whole_hint_with_the_page_dock_open(qtbot, main_window):
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    main_window.resize(1400, 900)
    main_window.actions.view_page.setChecked(True)
    qtbot.waitUntil(lambda: main_window.page_view.dock.isVisible(), timeout=2000)
    qtbot.wait(300)  # the dock is sized a turn or two of the event loop after it shows
    edit = main_window.annotation_panel.tag_input
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 4  # QLineEdit's 2 pixels each side
    # as QLineEdit.paintEvent elides it
    hint = edit.placeholderText()
    assert edit.fontMetrics().elidedText(hint, Qt.TextElideMode.ElideRight, room) == hint
