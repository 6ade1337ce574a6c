"""Start-up: main.py, the choice of library, the workaround for PySide6's None bug."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reader.paths import default_library_path
from reader.store.library import Library
from reader.ui import app
from reader.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_main_py_opens_the_window_on_the_default_library(monkeypatch, qapp):
    # The event loop returns at once; recognition (the real model) is not wanted here.
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    monkeypatch.setattr(MainWindow, "start_recognition", lambda self: None)
    # Hiding pandas would outlive this test in the shared process (export tests use it).
    monkeypatch.setattr(app, "skip_unused_imports", lambda: None)
    monkeypatch.setattr(sys, "argv", ["main.py"])
    with pytest.raises(SystemExit) as exit_info:
        runpy.run_path(str(ROOT / "main.py"), run_name="__main__")
    assert exit_info.value.code == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    try:
        assert len(windows) == 1 and windows[0].isVisible()
        assert windows[0].sidebar.model.rowCount() == 4  # the sample, on a first launch
    finally:
        for window in windows:
            window.close()
        from reader.ui.i18n import remove_translators

        remove_translators(qapp)  # main() installed the system language's catalogue
    assert default_library_path().exists()


def test_library_choice_command_line_then_last_then_default(tmp_path):
    last = tmp_path / "last.db"
    assert app.startup_library_path(None, None) == (default_library_path(), True)
    assert app.startup_library_path(None, str(last)) == (default_library_path(), True)  # gone: not reopened
    Library(last).close()
    assert app.startup_library_path(None, str(last)) == (last, False)
    assert app.startup_library_path(str(tmp_path / "cli.db"), str(last)) == (tmp_path / "cli.db", False)


def test_qt_options_are_left_to_qt():
    args = app.parse_args(["reader", "-platform", "offscreen", "--library", "x.db"])
    assert args.library == "x.db"


def test_a_new_library_given_on_the_command_line_starts_empty(tmp_path):
    library = app.open_startup_library(tmp_path / "new.db", is_default=False)
    try:
        assert library.articles.is_empty()  # the sample is for the first launch only
    finally:
        library.close()


KILL_CHILD = r"""
import sys
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from reader.ui.app import build

app, window = build(["reader", "--library", sys.argv[1]], recognise=False)
window.show()

def type_then_report():
    window.activateWindow()
    QTest.keyClick(window.sidebar.list_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), "checked")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QTest.keyClick(window.sidebar.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), "typed before the crash")
    print(window.current_article(), flush=True)  # the last keystroke is now

QTimer.singleShot(300, type_then_report)
app.exec()
"""


def test_sigkill_one_second_after_the_last_keystroke_loses_nothing(tmp_path):
    import os
    import signal
    import subprocess
    import time

    library_path = tmp_path / "lib.db"
    with Library(library_path) as library:
        from reader.model import Article, Block, Page

        library.pages.add("p.txt", Page([Article(title="标题", body=[Block("paragraph", "正文。")])]))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_CHILD, str(library_path)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        article_id = int(child.stdout.readline())
        time.sleep(1.0)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    with Library(library_path) as library:
        assert library.notes.get(article_id) == "typed before the crash"
        assert [t.name for t in library.tags.of_article(article_id)] == ["checked"]
