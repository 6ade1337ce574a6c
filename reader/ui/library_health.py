"""Looking after the library from the app: the check at start with a daily backup, File ▸ Check
Library, File ▸ Restore from Backup…, and the one message a damaged library gets.

The work runs on a worker with its own connection (SQLite's checks read the
whole file; a backup copies it); the GUI only shows progress and results.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reader.store import backups
from reader.ui.workers import Worker

DAILY_BACKUPS_KEPT = 3
# SQLite's checks run about this many virtual-machine steps per page (measured:
# ~260 for the quick check, ~390 for the full one); the progress handler is
# called every PROGRESS_STEPS steps, so pages tell how far along a check is.
STEPS_PER_PAGE = {True: 260, False: 390}
PROGRESS_STEPS = 20_000


@dataclass
class HealthReport:
    action: str  # "startup", "check" or "restore"
    verdict: str = "ok"  # "ok", or what is damaged
    error: str | None = None  # the check or restore could not run (locked, cancelled, ...)
    backup: Path | None = None  # the daily backup made at start, or the content a restore replaced
    cancelled: bool = False


class HealthWorker(Worker):
    progress = Signal(int, int)  # steps done, steps expected
    done = Signal(object)  # HealthReport

    def __init__(self, library_path: str | Path, action: str, *, source: Path | None = None, parent=None) -> None:
        super().__init__(library_path, parent)
        self.action = action
        self.source = source  # the backup to restore

    def run(self) -> None:
        report = HealthReport(self.action)
        try:
            if self.action == "restore":
                report.backup = backups.restore_file(self.library_path, self.source)
            else:
                self._check(report)
        except Exception as error:  # noqa: BLE001 - shown to the user, never raised in a thread
            if self.is_cancelled():
                report.cancelled = True
            else:
                report.error = str(error) or type(error).__name__
        self.done.emit(report)

    def _check(self, report: HealthReport) -> None:
        from reader.store.errors import LibraryDamagedError

        quick = self.action == "startup"
        try:
            library = self.open_library()
        except LibraryDamagedError as damaged:  # too damaged even to open: that is the verdict
            report.verdict = str(damaged)
            return
        try:
            pages = library.conn.execute("PRAGMA page_count").fetchone()[0]
            expected = max(1, pages * STEPS_PER_PAGE[quick] // PROGRESS_STEPS)
            calls = 0

            def progress() -> bool:
                nonlocal calls
                calls += 1
                self.progress.emit(min(calls, expected - 1), expected)
                return self.is_cancelled()

            report.verdict = library.check(quick=quick, raise_damaged=False, progress=progress)
            if quick and report.verdict == "ok" and not _backed_up_today(library.path) and not library.read_only:
                report.backup = library.backup(daily=True, cancelled=self.is_cancelled)
                backups.prune(library.path, keep=DAILY_BACKUPS_KEPT)
        finally:
            library.close()


def _backed_up_today(path: Path) -> bool:
    return any(b.daily and b.made.date() == date.today() for b in backups.backups_of(path))


class BackupChooser(QDialog):
    """Restore from Backup…: the backups beside the library, newest first."""

    def __init__(self, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupChooser")
        self.setWindowTitle(self.tr("Restore from Backup"))
        intro = QLabel(
            self.tr("Choose the backup to put back. What the library holds now is kept beside it as a copy."), self
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for backup in backups.backups_of(library_path):
            kind = self.tr("daily") if backup.daily else self.tr("before an upgrade")
            item = QListWidgetItem(f"{backup.made:%Y-%m-%d %H:%M}  ({kind})  {backup.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        if not self.list.count():
            none = QLabel(self.tr("There are no backups beside this library."), self)
            none.setObjectName("noBackups")
            layout.addWidget(none)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


class LibraryHealth(QObject):
    """Starts the checks, backups and restores of the window's library and reports what they found."""

    damageFound = Signal(str)  # a check found damage
    restored = Signal()  # the library's content was replaced by a backup's
    finished = Signal(object)  # HealthReport (tests wait on it)

    def __init__(self, status, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = status  # the window's TaskStatus
        self._worker: HealthWorker | None = None
        self._finished_workers: list[HealthWorker] = []
        self.last_report: HealthReport | None = None

    def running(self) -> bool:
        return self._worker is not None

    def start(self, library_path: Path, action: str, *, source: Path | None = None) -> bool:
        if self._worker is not None:
            return False
        worker = HealthWorker(library_path, action, source=source)
        worker.progress.connect(self._on_progress)
        worker.done.connect(self._on_done)
        # A bound method of this QObject runs queued in the GUI thread once the
        # thread has ended; only then may the worker's Python object go.
        worker.finished.connect(self._reap)
        self._worker = worker
        if action != "startup":  # the check at start stays quiet unless it finds something
            texts = {"check": self.tr("Checking the library…"), "restore": self.tr("Restoring the library…")}
            self.status.start(texts[action], worker.cancel)
        worker.start()
        return True

    def _on_progress(self, done: int, total: int) -> None:
        if self._worker is not None and self._worker.action == "check":
            self.status.update_progress(done, total, self.tr("Checking the library…"))

    def _on_done(self, report: HealthReport) -> None:
        self.last_report = report
        worker, self._worker = self._worker, None
        if worker is not None:
            self._finished_workers.append(worker)  # alive until its thread has ended
        if report.action != "startup":
            self.status.finish()
        if report.verdict != "ok":
            self.damageFound.emit(report.verdict.splitlines()[0])
        if report.action == "restore" and report.error is None:
            self.restored.emit()
        self.finished.emit(report)

    def _reap(self) -> None:
        self._finished_workers = [w for w in self._finished_workers if not w.isFinished()]

    def stop(self) -> None:
        for worker in [w for w in (self._worker, *self._finished_workers) if w is not None]:
            worker.cancel()
            worker.wait(10_000)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LibraryHealth", text)


def damage_message(parent: QWidget, library_path: Path | None, what: str) -> QMessageBox:
    """The one message a damaged library gets: what, that edits are off, and what to do."""
    box = QMessageBox(parent)
    box.setObjectName("damageMessage")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(_tr("The Library Is Damaged"))
    newest = next(iter(backups.backups_of(library_path)), None) if library_path else None
    lines = [
        _tr("%1 is damaged: %2").replace("%1", str(library_path or "")).replace("%2", what),
        _tr("Nothing more is written to it in this session; reading, searching and exporting still work."),
    ]
    if newest is not None:
        lines.append(
            _tr("The newest backup is %1, made %2. File ▸ Restore from Backup… puts it back.")
            .replace("%1", str(newest.path))
            .replace("%2", f"{newest.made:%Y-%m-%d %H:%M}")
        )
    else:
        lines.append(_tr("There is no backup beside it. File ▸ Check Library tells what is damaged."))
    box.setText("\n\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
