"""The main window's care of its library: what other programs wrote, locks, damage, checks, backups.

A mixin of MainWindow (like WindowFiles): the widgets and workers it uses
(banner, watcher, health, tasks, sidebar, views) are built by MainWindow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.ui.library_health import BackupChooser, damage_message


def _tr(text: str) -> str:
    # The window's own context: these are MainWindow's strings, in a mixin.
    return QCoreApplication.translate("MainWindow", text)


class WindowHealth:
    # -- other programs, damage, backups ----------------------------------------------------------------
    def follow_changes_elsewhere(self) -> None:
        """Another program (or a worker) wrote to the library: show it, keeping the user's place."""
        self.sidebar.refresh()
        self.sidebar.reload_filters()
        self.entity_dock.schedule_refresh()
        self.article_view.refresh_if_changed()
        self.annotation_panel.refresh_keeping_typing()

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(_tr("The library is busy (another program is writing); retrying…"))
        else:
            self.statusBar().showMessage(_tr("Saved."), 3000)

    def _update_banner(self) -> None:
        library = self.controller.library
        if library.damaged:
            text = _tr("This library is damaged, so edits are off. File ▸ Restore from Backup… puts a backup back.")
        elif library.read_only:
            text = _tr("This library is read-only (%1), so edits are off: you can read, search and export.").replace(
                "%1", library.read_only
            )
        else:
            text = ""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def show_damage(self, what: str) -> None:
        """The one message a damaged library gets in a session, and the banner."""
        library = self.controller.library
        library.db.mark_damaged(what)
        self._update_banner()
        if self._damage_shown:
            return
        self._damage_shown = True
        self.statusBar().showMessage(_tr("The library is damaged; edits are off."))
        self._show_nonmodal(damage_message(self, library.path, what))

    def _on_worker_found_damage(self, what: str) -> None:
        self.show_damage(what)

    def _check_at_start(self) -> None:
        if self._maintain and self.controller.library.path is not None:
            self.health.start(self.controller.library.path, "startup")

    def check_library(self) -> bool:
        """File ▸ Check Library: SQLite's full integrity check, in a worker, with progress and Cancel."""
        if not self._has_library_file():
            return False
        if not self.health.start(self.controller.library.path, "check"):
            self.statusBar().showMessage(_tr("A check of the library is running already."), 5000)
            return False
        return True

    def _on_health_done(self, report) -> None:
        if report.action == "check" and not report.cancelled:
            if report.error:
                self.show_error(_tr("The library could not be checked: %1").replace("%1", report.error))
            elif report.verdict == "ok":
                self.statusBar().showMessage(_tr("The library is sound: no damage found."), 10_000)
        elif report.action == "restore" and report.error:
            self.show_error(_tr("The backup could not be restored: %1").replace("%1", report.error))

    def choose_backup_to_restore(self) -> BackupChooser | None:
        if not self._has_library_file():
            return None
        chooser = BackupChooser(self.controller.library.path, self)
        chooser.accepted.connect(lambda: self.restore_backup(chooser.chosen()))
        self._show_nonmodal(chooser)
        return chooser

    def restore_backup(self, backup: Path | None) -> bool:
        if backup is None or not self._has_library_file():
            return False
        self.annotation_panel.flush()
        # Our own workers write too; the restore must not race them.
        self.tasks.stop()
        return self.health.start(self.controller.library.path, "restore", source=Path(backup))

    def _on_restored(self) -> None:
        self.controller.library.accept_restored()
        # Every id may mean something else now: start over as with another library.
        self.controller.set_library(self.controller.library)
        self.statusBar().showMessage(_tr("The backup was restored."), 10_000)
        self.start_recognition()
