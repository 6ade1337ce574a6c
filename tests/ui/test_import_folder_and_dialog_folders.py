"""File ▸ Import Folder, and file dialogs that open where the user was last (else at home), never in the program's folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QLabel

from reader.ui.import_options import ImportOptionsDialog

from reader.paths import sample_page_path
from reader.ui.settings import Settings

SMALL_PAGE = "春耕时节农机忙\n\n本报讯 眼下正值春耕时节，各地农机手忙着检修机具，准备下地作业。\n"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder of its own, and a working directory that stands for the program's folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)
    return home


@pytest.fixture
def page_folder(tmp_path) -> Path:
    folder = tmp_path / "papers" / "2024-03"
    (folder / "page-2").mkdir(parents=True)
    shutil.copy(sample_page_path(), folder / "page-1.txt")
    (folder / "page-2" / "small.txt").write_text(SMALL_PAGE, encoding="utf-8")
    (folder / "notes.md").write_text("not a page", encoding="utf-8")
    return folder


def titles(window) -> set[str]:
    library = window.controller.library
    return {s.title for s in library.articles.summaries(library.search.article_ids(""))}


def test_import_folder_takes_every_page_file_of_the_folder_and_its_subfolders(qtbot, main_window, page_folder, home, monkeypatch):
    asked = []

    def get_directory(parent, title, start, *args, **kwargs):
        asked.append(start)
        return str(page_folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", get_directory)
    assert main_window.actions.file_import_folder in main_window.import_menu.actions()  # File ▸ Import ▸
    main_window.actions.file_import_folder.trigger()
    # As for files: the page details of the batch first (here: all empty, read from each page).
    (options,) = [d for d in main_window.open_dialogs() if isinstance(d, ImportOptionsDialog)]
    assert "2" in options.findChild(QLabel).text()  # the folder's two page files
    with qtbot.waitSignal(main_window.importFinished, timeout=20_000) as blocker:
        options.accept()
    report = blocker.args[0]
    assert not report.errors and len(report.results) == 2  # notes.md is no page file
    assert {"春耕时节农机忙", "雪“警”增春色"} <= titles(main_window)
    assert asked == [str(home)]
    # Next time the dialog starts in the folder around the one imported.
    main_window.actions.file_import_folder.trigger()
    assert asked[-1] == str(page_folder.parent)


def test_the_import_dialog_starts_at_home_then_where_the_files_were(main_window, page_folder, home, monkeypatch):
    asked = []

    def get_files(parent, title, start, filters, *args, **kwargs):
        asked.append(start)
        return ([str(page_folder / "page-1.txt")], "") if len(asked) == 1 else ([], "")

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", get_files)
    main_window.actions.file_import.trigger()
    main_window.actions.file_import.trigger()
    assert asked == [str(home), str(page_folder)]
    assert os.getcwd() not in asked


def test_the_export_dialog_suggests_the_last_export_folder(qtbot, main_window, home, tmp_path, monkeypatch):
    target = tmp_path / "exports" / "march.csv"
    target.parent.mkdir()
    asked = []

    def save_name(parent, title, suggested, filters, *args, **kwargs):
        asked.append(suggested)
        return (str(target), "") if len(asked) == 1 else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    with qtbot.waitSignal(main_window.exportFinished, timeout=20_000):
        main_window.actions.file_export.trigger()
    main_window.actions.file_export.trigger()
    assert asked == [str(home / "annotations.csv"), str(target.parent / "annotations.csv")]


def test_the_folders_are_remembered_across_starts(main_window, page_folder, settings, home, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(page_folder / "page-1.txt")], ""))
    main_window.actions.file_import.trigger()
    settings.sync()
    again = Settings(QSettings(settings.qsettings.fileName(), QSettings.Format.IniFormat))
    assert again.import_folder == str(page_folder)


def test_a_remembered_folder_that_is_gone_falls_back_to_home(main_window, settings, home, tmp_path, monkeypatch):
    settings.import_folder = str(tmp_path / "deleted")
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda p, t, start, f, *a, **k: (asked.append(start), ([], ""))[1])
    main_window.actions.file_import.trigger()
    assert asked == [str(home)]


def test_the_library_dialogs_start_beside_the_open_library(main_window, home, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda p, t, start, f, *a, **k: (asked.append(start), ("", ""))[1])
    main_window.actions.file_open_library.trigger()
    assert asked == [str(main_window.controller.library.path.parent)]
    new = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda p, t, start, f, *a, **k: (new.append(start), ("", ""))[1])
    main_window.actions.file_new_library.trigger()
    assert new == [str(main_window.controller.library.path.parent / "library.db")]
