"""Unexpected errors in the app: logged to a file and shown in a dialog, never swallowed.

Installed by reader.ui.app.main (not in tests, where pytest-qt reports them
as test failures). Errors from worker threads reach the dialog through a
queued signal, so the dialog is always built on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.paths import data_dir

LOG_NAME = "reader.log"


class CrashReporter(QObject):
    occurred = Signal(str, str)  # summary, full traceback

    def __init__(self, log_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path or data_dir() / LOG_NAME
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self.logger = logging.getLogger("reader.crashes")
        self.logger.propagate = False
        if not any(getattr(h, "baseFilename", None) == str(self.log_path) for h in self.logger.handlers):
            handler = RotatingFileHandler(self.log_path, maxBytes=1 << 20, backupCount=2, encoding="utf-8", delay=True)
            handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
            self.logger.addHandler(handler)
        self.occurred.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.shown: list[QMessageBox] = []  # kept referenced while open (and looked at by tests)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        self._log(details)
        summary = f"{exc_type.__name__}: {exc}"
        self.occurred.emit(summary, details)

    def _log(self, details: str) -> None:
        # logging never raises into the caller (a full disk prints to stderr instead).
        self.logger.error("unexpected error\n%s", details)

    def _show(self, summary: str, details: str) -> None:
        parent = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setObjectName("crashReport")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Unexpected Error"))
        box.setText(
            self.tr(
                "reader ran into an unexpected error: %1\n\nEverything you did before was saved as you did it. "
                "The details are in %2; please send them with a description of what you were doing."
            )
            .replace("%1", summary)
            .replace("%2", str(self.log_path))
        )
        box.setDetailedText(details)
        box.finished.connect(lambda _r, b=box: self.shown.remove(b) if b in self.shown else None)
        self.shown.append(box)
        box.open()
