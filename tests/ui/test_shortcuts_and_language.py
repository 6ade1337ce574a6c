"""The shortcuts window shows every row and plain action names in any language; the language notice speaks the new language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui.actions import _plain
from reader.ui.dialogs import ShortcutsDialog
from reader.ui.i18n import install_translator, remove_translators, translated_in

NOTICE = "The new language is used from the next start of reader."
NOTICE_ZH = "新的界面语言将在下次启动 reader 时生效。"


@pytest.fixture
def chinese(qapp):
    install_translator(qapp, "zh_CN")
    yield
    remove_translators(qapp)


@pytest.mark.parametrize(
    "text, plain",
    [
        ("&Import Pages…", "Import Pages"),
        ("导入版面(&I)…", "导入版面"),
        ("将标注导出为 CSV(&E)…", "将标注导出为 CSV"),
        ("退出（&Q）", "退出"),
        ("インポート(&I)...", "インポート..."),
        ("Save && &Quit", "Save & Quit"),
        ("Rock (&& Roll)", "Rock (& Roll)"),
    ],
)
def test_plain_action_names_lose_their_mnemonic_in_any_form(text, plain):
    assert _plain(text) == plain


def open_shortcuts(window) -> ShortcutsDialog:
    window.actions.help_shortcuts.trigger()
    dialog = next(d for d in window.open_dialogs() if isinstance(d, ShortcutsDialog))
    QApplication.processEvents()
    return dialog


def test_the_shortcuts_window_shows_its_last_row(main_window):
    dialog = open_shortcuts(main_window)
    table = dialog.table
    viewport = table.viewport().rect()
    for row in (0, table.rowCount() - 1):
        assert viewport.contains(table.visualRect(table.model().index(row, 1))), row
    assert not table.verticalScrollBar().isVisible()
    dialog.reject()


def test_the_chinese_shortcuts_table_names_actions_without_mnemonics(chinese, make_window, page_library_path):
    window = make_window(page_library_path)
    dialog = open_shortcuts(window)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "导入版面" in names
    assert not any("&" in n or "(" in n or "（" in n for n in names), names
    viewport = dialog.table.viewport().rect()
    assert viewport.contains(dialog.table.visualRect(dialog.table.model().index(len(names) - 1, 0)))
    dialog.reject()


def _notice_box(window) -> QMessageBox:
    return next(d for d in reversed(window.open_dialogs()) if isinstance(d, QMessageBox))


def test_choosing_chinese_tells_it_in_chinese(main_window):
    assert QApplication.translate("MainWindow", NOTICE) == NOTICE  # the interface is in English
    main_window.actions.settings_language_zh_CN.trigger()
    box = _notice_box(main_window)
    assert box.text() == NOTICE_ZH and box.windowTitle() == "语言"
    assert main_window.statusBar().currentMessage() == NOTICE_ZH


def test_choosing_english_from_chinese_tells_it_in_english(chinese, make_window, page_library_path):
    window = make_window(page_library_path)
    assert QApplication.translate("MainWindow", NOTICE) == NOTICE_ZH  # the interface is in Chinese
    window.actions.settings_language_en.trigger()
    assert _notice_box(window).text() == NOTICE


def test_translated_in_leaves_the_installed_language_alone(qapp):
    assert translated_in("zh_CN", "MainWindow", NOTICE) == NOTICE_ZH
    assert translated_in("en", "MainWindow", NOTICE) == NOTICE
    assert QApplication.translate("MainWindow", NOTICE) == NOTICE  # nothing was installed
