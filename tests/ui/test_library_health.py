"""Damage, read-only libraries, checks, backups and restores, through the real main window."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from reader.store import backups
from reader.store.library import Library

from file_states import read_only


def flip(path: Path, count: int = 400, seed: int = 3) -> None:
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    for _ in range(count):
        data[rng.randrange(100, len(data))] ^= 0x55
    path.write_bytes(bytes(data))


def damage_boxes(window) -> list[QMessageBox]:
    return [d for d in window.open_dialogs() if d.objectName() == "damageMessage"]


def test_damage_seen_while_browsing_is_said_once_and_turns_edits_off(qtbot, main_window):
    window = main_window
    library = window.controller.library
    article_id = window.current_article()
    library.conn.execute("UPDATE articles SET blocks_json = '{' WHERE id = ?", (window.sidebar.model.article_id(1),))
    window.sidebar.list_view.setCurrentIndex(window.sidebar.model.index(1))  # reading it shows the damage
    qtbot.waitUntil(lambda: len(damage_boxes(window)) == 1, timeout=2500)
    box = damage_boxes(window)[0]
    assert "is damaged" in box.text() and "Nothing more is written" in box.text()
    banner = window.findChild(QLabel, "editsOffBanner")
    assert banner.isVisible() and "damaged" in banner.text()
    errors: list[str] = []
    window.controller.errorOccurred.connect(errors.append)
    assert not window.controller.tag_article(article_id, "不该写入")
    assert errors and "damaged" in errors[0]
    window.watcher.poll()
    window.sidebar.list_view.setCurrentIndex(window.sidebar.model.index(1))
    assert len(damage_boxes(window)) == 1  # said once, not at every read


def test_a_read_only_library_opens_with_a_banner_and_refuses_edits(qtbot, make_window, page_library_path):
    with read_only(page_library_path):
        window = make_window(page_library_path)
        banner = window.findChild(QLabel, "editsOffBanner")
        assert banner.isVisible() and "read-only" in banner.text()
        assert window.sidebar.model.rowCount() == 4  # reading works
        errors: list[str] = []
        window.controller.errorOccurred.connect(errors.append)
        assert not window.controller.tag_article(window.current_article(), "甲")
        assert errors and "read-only" in errors[0]
        window.close()
        window.controller.library.close()


def test_check_library_calls_a_sound_read_only_library_sound(qtbot, make_window, page_library_path):
    with read_only(page_library_path):
        window = make_window(page_library_path)
        with qtbot.waitSignal(window.health.finished, timeout=10_000) as blocker:
            assert window.check_library()
        assert blocker.args[0].verdict == "ok"
        assert not damage_boxes(window) and not window.controller.library.damaged
        banner = window.findChild(QLabel, "editsOffBanner")
        assert "read-only" in banner.text() and "damaged" not in banner.text()
        window.close()
        window.controller.library.close()


def test_check_library_reports_a_sound_library(qtbot, main_window):
    window = main_window
    with qtbot.waitSignal(window.health.finished, timeout=10_000) as blocker:
        assert window.check_library()
    assert blocker.args[0].verdict == "ok"
    assert "sound" in window.statusBar().currentMessage()


def test_check_library_finds_damage_and_says_so(qtbot, main_window, page_library_path):
    window = main_window
    window.controller.library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    flip(page_library_path)
    with qtbot.waitSignal(window.health.finished, timeout=10_000) as blocker:
        window.actions.file_check_library.trigger()
    assert blocker.args[0].verdict != "ok"
    qtbot.waitUntil(lambda: len(damage_boxes(window)) == 1, timeout=2000)
    assert window.controller.library.damaged


def test_the_check_at_start_makes_one_daily_backup(qtbot, make_window, page_library_path):
    window = make_window(page_library_path, maintain=True)
    qtbot.waitUntil(lambda: window.health.last_report is not None, timeout=10_000)
    report = window.health.last_report
    assert report.action == "startup" and report.verdict == "ok" and report.backup is not None
    [daily] = [b for b in backups.backups_of(page_library_path) if b.daily]
    assert daily.path == report.backup
    with Library(daily.path) as copy:
        assert copy.articles.count() == 4
    with qtbot.waitSignal(window.health.finished, timeout=10_000) as again:
        window.health.start(page_library_path, "startup")  # a second start on the same day
    assert again.args[0].backup is None
    assert len([b for b in backups.backups_of(page_library_path) if b.daily]) == 1


def test_the_check_at_start_finds_a_damaged_library(qtbot, make_window, page_library_path):
    window = make_window(page_library_path, maintain=False)
    window.controller.library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    flip(page_library_path)
    with qtbot.waitSignal(window.health.finished, timeout=10_000):
        window.health.start(page_library_path, "startup")
    qtbot.waitUntil(lambda: len(damage_boxes(window)) == 1, timeout=2000)
    assert not [b for b in backups.backups_of(page_library_path) if b.daily]  # no backup of a damaged file


def test_restore_from_backup_through_the_chooser(qtbot, main_window, page_library_path):
    window = main_window
    library = window.controller.library
    backup = library.backup()
    library.tags.add(window.current_article(), "备份之后")
    chooser = window.choose_backup_to_restore()
    assert chooser.list.count() == 1 and chooser.chosen() == backup
    with qtbot.waitSignal(window.health.finished, timeout=10_000) as blocker:
        chooser.accept()
    assert blocker.args[0].error is None
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 4, timeout=2000)
    assert "备份之后" not in {t.name for t in library.tags.all()}
    assert "restored" in window.statusBar().currentMessage()
    assert window.controller.undo_stack.count() == 0  # ids may mean other things now


def test_restoring_ends_a_damaged_session(qtbot, main_window, page_library_path):
    window = main_window
    library = window.controller.library
    backup = library.backup()
    window.show_damage("test damage")
    assert library.damaged
    with qtbot.waitSignal(window.health.finished, timeout=10_000):
        window.restore_backup(backup)
    assert not library.damaged
    assert not window.findChild(QLabel, "editsOffBanner").isVisible()
    assert window.controller.tag_article(window.current_article(), "又能写了")


def test_the_restore_chooser_says_when_there_is_no_backup(qtbot, main_window):
    chooser = main_window.choose_backup_to_restore()
    assert chooser.list.count() == 0 and chooser.findChild(QLabel, "noBackups") is not None


def test_unexpected_errors_are_logged_and_shown(qtbot, tmp_path):
    from reader.ui.crash_report import CrashReporter

    reporter = CrashReporter(tmp_path / "reader.log")
    try:
        raise ZeroDivisionError("一个意外")
    except ZeroDivisionError as exc:
        reporter.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: len(reporter.shown) == 1, timeout=2000)
    box = reporter.shown[0]
    assert "一个意外" in box.text() and str(tmp_path / "reader.log") in box.text()
    assert "ZeroDivisionError" in box.detailedText()
    for handler in reporter.logger.handlers:
        handler.flush()
    assert "ZeroDivisionError: 一个意外" in (tmp_path / "reader.log").read_text(encoding="utf-8")
    box.close()


@pytest.mark.parametrize("from_thread", [False, True])
def test_errors_from_worker_threads_reach_the_dialog_on_the_gui_thread(qtbot, tmp_path, from_thread):
    import threading

    from reader.ui.crash_report import CrashReporter

    reporter = CrashReporter(tmp_path / "reader.log")

    def fail() -> None:
        try:
            raise RuntimeError("线程里")
        except RuntimeError as exc:
            reporter.handle(type(exc), exc, exc.__traceback__)

    if from_thread:
        thread = threading.Thread(target=fail)
        thread.start()
        thread.join()
    else:
        fail()
    qtbot.waitUntil(lambda: len(reporter.shown) == 1, timeout=2000)
    reporter.shown[0].close()
