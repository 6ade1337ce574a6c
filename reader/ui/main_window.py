"""The main window: sidebar | reader | annotation panel, the entity index dock,
menus from the action table, a status bar with progress and Cancel.

Widgets emit intent signals and know nothing of each other; this window
connects them in one block (``_connect``). Long work runs in reader.ui.workers;
the window only starts workers and applies their results.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.ui.actions import LANGUAGES, ActionCollection
from reader.ui.analysis_views import AnalysisViews
from reader.ui.annotation_panel import AnnotationPanel
from reader.ui.article_list import ArticleSidebar
from reader.ui.article_view import ArticleView
from reader.ui.controller import LibraryController
from reader.ui.dialogs import ImportErrorsDialog, ShortcutsDialog, choose_library_path, try_open_library
from reader.ui.entity_index import EntityIndexDock
from reader.ui.library_health import BackupChooser, LibraryHealth, damage_message
from reader.ui.library_watch import LibraryWatcher
from reader.ui.tag_manager import TagManagerDialog
from reader.ui.tasks import BackgroundTasks, TaskStatus
from reader.ingest import ImportReport

DEFAULT_SPLITTER_SIZES = [280, 860, 260]  # the reading column gets most of the width
DEFAULT_WINDOW_SIZE = (1360, 860)
DEFAULT_DOCK_WIDTH = 230


class MainWindow(QMainWindow):
    # For tests and the benchmark: the results of background work, applied.
    importFinished = Signal(object)  # ImportReport
    exportFinished = Signal(str, object)  # CSV path, None or an error message
    recognitionFinished = Signal(object)  # None or an error message

    def __init__(
        self,
        controller: LibraryController,
        settings,
        *,
        recogniser_factory: Callable[[], object] | None = None,
        recognise: bool = True,
        maintain: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``maintain``: check the library for damage after the window is up, and back it up once a day."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.controller = controller
        self.settings = settings
        self._recognise_enabled = recognise
        self._article_id: int | None = None
        self._recognition_again = False
        self.recognition_runs = 0  # finished recognition runs (tests wait on it)
        self.last_recognition_error: object = None
        self._dialogs: list[QWidget] = []  # non-modal dialogs kept referenced while open
        self._pending_splitter_sizes: list[int] | None = None
        self._tag_manager: TagManagerDialog | None = None

        self.actions = ActionCollection(self, controller.undo_stack)
        self.sidebar = ArticleSidebar(lambda: self.controller.library, self)
        self.article_view = ArticleView(controller, self)
        self.annotation_panel = AnnotationPanel(controller, self)
        self.entity_dock = EntityIndexDock(lambda: self.controller.library, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.entity_dock)
        self.analysis = AnalysisViews(self)  # concordance and statistics, made when first opened

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.article_view)
        self.splitter.addWidget(self.annotation_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # Says why edits are off (a read-only or damaged library); hidden otherwise.
        self.banner = QLabel(self)
        self.banner.setObjectName("editsOffBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#editsOffBanner { background: #fde2e1; color: #5c1010; padding: 6px; }")
        self.banner.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.task_status = TaskStatus(self)
        self.statusBar().addPermanentWidget(self.task_status)
        self.tasks = BackgroundTasks(self.task_status, recogniser_factory, self)
        self.watcher = LibraryWatcher(lambda: self.controller.library, self)
        self.health = LibraryHealth(self.task_status, self)
        self._maintain = maintain
        self._damage_shown = False

        self._build_menus()
        self._connect()
        self._restore_settings()
        self.setAcceptDrops(True)
        self.retranslate()

        self._remember_library()
        self.sidebar.reload()
        self._open_first_article()
        self._update_banner()
        self.watcher.start()
        if recognise:
            # After the window is up: the worker opens the library and may load a model.
            QTimer.singleShot(0, self.start_recognition)
        if maintain:
            QTimer.singleShot(0, self._check_at_start)

    # -- construction ----------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (a.file_import, a.file_export, None, a.file_open_library, a.file_new_library):
            self._add(self.file_menu, action)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentLibrariesMenu")
        # Filled when opened: the list changes with every library switch.
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(a.file_check_library)
        self.file_menu.addAction(a.file_restore_backup)
        self.file_menu.addSeparator()
        self.file_menu.addAction(a.file_quit)
        self.edit_menu = bar.addMenu("")
        for action in (a.edit_undo, a.edit_redo, None, a.edit_search, a.edit_tag, a.edit_note, a.edit_annotate, None, a.edit_manage_tags):
            self._add(self.edit_menu, action)
        self.view_menu = bar.addMenu("")
        for action in (a.view_zoom_in, a.view_zoom_out, None):
            self._add(self.view_menu, action)
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.addActions([a.view_theme_light, a.view_theme_dark])
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.view_entity_index)
        self.view_menu.addSeparator()
        for action in (a.view_next_hit, a.view_previous_hit, a.view_concordance, a.view_statistics):
            self.view_menu.addAction(action)
        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.addActions([a.settings_language_system, a.settings_language_en, a.settings_language_zh_CN])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a.help_shortcuts)
        # Shortcuts work even when the menu bar is hidden or native (macOS).
        self.addActions(list(a.all().values()))

    @staticmethod
    def _add(menu, action) -> None:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent Library"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._update_title()

    def _connect(self) -> None:
        """Every connection between widgets, the controller and the actions, in one place."""
        c, a = self.controller, self.actions
        # The library and its changes.
        c.libraryChanged.connect(self._on_library_changed)
        c.articlesChanged.connect(self.sidebar.refresh)
        c.articlesChanged.connect(self.entity_dock.schedule_refresh)
        c.tagsChanged.connect(self.sidebar.reload_filters)
        c.articleDataChanged.connect(self.sidebar.refresh_if_tag_filtered)
        c.entitiesChanged.connect(self.entity_dock.schedule_refresh)
        c.errorOccurred.connect(self.show_error)
        c.busyChanged.connect(self._on_busy)
        self.watcher.changedElsewhere.connect(self.follow_changes_elsewhere)
        self.watcher.damageFound.connect(self.show_damage)
        self.health.damageFound.connect(self.show_damage)
        self.health.restored.connect(self._on_restored)
        self.health.finished.connect(self._on_health_done)
        self.tasks.damageFound.connect(self._on_worker_found_damage)
        # Background work.
        self.tasks.importFinished.connect(self._on_import_done)
        self.tasks.recognised.connect(c.notify_recognised)
        self.tasks.recognitionFinished.connect(self._on_recognition_done)
        self.tasks.exportFinished.connect(self._on_export_done)
        # Widgets' intents.
        self.sidebar.articleActivated.connect(self.open_article)
        self.entity_dock.entityChosen.connect(self.sidebar.set_entity_filter)
        self.annotation_panel.passageActivated.connect(self.article_view.select_range)
        self.article_view.visibleLabelsChanged.connect(self._save_visible_labels)
        self.article_view.fontSizeChanged.connect(self._save_font_size)
        # Actions.
        a.file_import.triggered.connect(self.choose_files_to_import)
        a.file_export.triggered.connect(self.choose_export_file)
        a.file_open_library.triggered.connect(self.choose_library_to_open)
        a.file_new_library.triggered.connect(self.choose_library_to_create)
        a.file_check_library.triggered.connect(self.check_library)
        a.file_restore_backup.triggered.connect(self.choose_backup_to_restore)
        a.file_quit.triggered.connect(self.close)
        a.edit_search.triggered.connect(self.sidebar.focus_search)
        a.edit_tag.triggered.connect(self.annotation_panel.focus_tag_input)
        a.edit_note.triggered.connect(self.annotation_panel.focus_note)
        a.edit_annotate.triggered.connect(self.article_view.annotate_selection)
        a.edit_manage_tags.triggered.connect(self.show_tag_manager)
        a.view_zoom_in.triggered.connect(self.article_view.zoom_in)
        a.view_zoom_out.triggered.connect(self.article_view.zoom_out)
        a.view_theme_light.triggered.connect(lambda: self.set_theme("light"))
        a.view_theme_dark.triggered.connect(lambda: self.set_theme("dark"))
        a.view_entity_index.toggled.connect(self.entity_dock.setVisible)
        self.entity_dock.visibilityChanged.connect(self._sync_entity_index_action)
        for name, language in LANGUAGES.items():
            a.all()[name].triggered.connect(lambda _checked=False, lang=language: self.set_language(lang))
        a.help_shortcuts.triggered.connect(self.show_shortcuts)
        # Search hits, the concordance, statistics, entity merges (reader/ui/analysis_views.py).
        self.sidebar.queryChanged.connect(self.article_view.set_search_query)
        a.view_next_hit.triggered.connect(self.article_view.next_hit)
        a.view_previous_hit.triggered.connect(self.article_view.previous_hit)
        a.view_concordance.triggered.connect(lambda: self.analysis.show_concordance())
        a.view_statistics.triggered.connect(self.analysis.show_statistics)
        self.entity_dock.concordanceRequested.connect(self.analysis.show_entity_concordance)
        self.entity_dock.mergeRequested.connect(self.analysis.choose_merge_target)
        self.entity_dock.typeChangeRequested.connect(self.controller.change_entity_type)
        self.entity_dock.separateRequested.connect(self.controller.separate_entity)
        self.entity_dock.suggestionsRequested.connect(self.analysis.suggest_merges)

    def _sync_entity_index_action(self, _visible: bool) -> None:
        # visibilityChanged also fires when the dock is tabbed away; the action follows "not closed".
        action = self.actions.view_entity_index
        action.blockSignals(True)
        action.setChecked(not self.entity_dock.isHidden())
        action.blockSignals(False)

    # -- settings ------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.geometry
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(*DEFAULT_WINDOW_SIZE)
        state = s.window_state
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        else:
            # A first start: the index is a helper beside the list, not a column as wide as it.
            self.resizeDocks([self.entity_dock], [DEFAULT_DOCK_WIDTH], Qt.Orientation.Horizontal)
        sizes = s.splitter_sizes
        # Applied once the window has its real size (showEvent): before that the
        # splitter would scale them to its provisional width.
        self._pending_splitter_sizes = (
            sizes if sizes and len(sizes) == 3 and all(x > 0 for x in sizes) else DEFAULT_SPLITTER_SIZES
        )
        self.splitter.setSizes(self._pending_splitter_sizes)
        self.article_view.set_font_size(s.font_size)
        self.article_view.set_visible_labels(s.visible_entity_labels)
        theme = s.theme
        self.actions.view_theme_dark.setChecked(theme == "dark")
        self.actions.view_theme_light.setChecked(theme != "dark")
        self.article_view.set_dark(theme == "dark")
        language_action = next(n for n, lang in LANGUAGES.items() if lang == s.language) if s.language in LANGUAGES.values() else "settings_language_system"
        self.actions.all()[language_action].setChecked(True)
        self._sync_entity_index_action(True)

    def save_settings(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter_sizes = self.splitter.sizes()
        s.font_size = self.article_view.font_size()
        s.visible_entity_labels = self.article_view.visible_labels()
        path = getattr(self.controller.library, "path", None)
        if path is not None:
            s.last_library = str(path)

    def _save_visible_labels(self, labels: object) -> None:
        self.settings.visible_entity_labels = set(labels)

    def _save_font_size(self, size: int) -> None:
        self.settings.font_size = size

    def set_theme(self, theme: str) -> None:
        from reader.ui.theme import apply_theme

        self.settings.theme = theme
        apply_theme(QApplication.instance(), theme)
        self.article_view.set_dark(theme == "dark")
        self.actions.view_theme_dark.setChecked(theme == "dark")
        self.actions.view_theme_light.setChecked(theme != "dark")

    def set_language(self, language: str | None) -> None:
        if language == self.settings.language:
            return
        self.settings.language = language
        # Widgets build their texts once; a restart is simpler and complete.
        self.statusBar().showMessage(self.tr("The new language is used from the next start of reader."))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                          self.tr("The new language is used from the next start of reader."),
                          QMessageBox.StandardButton.Ok, self)
        self._show_nonmodal(box)

    # -- articles ----------------------------------------------------------------------------------
    def open_article(self, article_id: int | None) -> None:
        if article_id == self._article_id and article_id is not None:
            return
        # The note typed for the previous article is saved before the panel switches.
        self.annotation_panel.flush()
        self._article_id = article_id
        self.article_view.show_article(article_id)
        self.annotation_panel.set_article(article_id)
        self.sidebar.set_current_article(article_id)
        self.tasks.set_priority(article_id)
        self._update_title()

    def current_article(self) -> int | None:
        return self._article_id

    def _open_first_article(self) -> None:
        first = self.sidebar.model.article_id(0)
        if first is not None:
            self.sidebar.list_view.setCurrentIndex(self.sidebar.model.index(0))

    def _update_title(self) -> None:
        path = getattr(self.controller.library, "path", None)
        name = Path(path).name if path else self.tr("(in memory)")
        self.setWindowTitle(self.tr("%1 — Reader").replace("%1", name))

    # -- library --------------------------------------------------------------------------------------
    def _on_library_changed(self) -> None:
        self.watcher.reset()
        self._damage_shown = False
        self._update_banner()
        self._article_id = None
        self.annotation_panel.set_article(None)
        self.article_view.show_article(None)
        self.sidebar.reload()
        self.entity_dock.refresh()
        self._update_title()
        self._open_first_article()

    def _remember_library(self) -> None:
        """The next start opens this library; the Recent menu lists it."""
        if self.controller.library.path is not None:
            self.settings.add_recent_library(str(self.controller.library.path))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = str(self.controller.library.path)
        paths = [p for p in self.settings.recent_libraries if p != current]
        for path in paths:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.switch_library(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def choose_library_to_open(self) -> None:
        path = choose_library_path(self, create=False)
        if path:
            self.switch_library(path)

    def choose_library_to_create(self) -> None:
        path = choose_library_path(self, create=True)
        if path:
            self.switch_library(path)

    def switch_library(self, path: str | Path) -> bool:
        library = try_open_library(path, self)
        if library is None:
            return False
        self.annotation_panel.flush()
        self.stop_workers()
        old = self.controller.library
        self.controller.set_library(library)
        old.close()
        self._remember_library()
        if self._recognise_enabled:
            self.start_recognition()
        return True

    # -- import ------------------------------------------------------------------------------------
    def choose_files_to_import(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import Pages"), "", self.tr("Page text files (*.txt);;All files (*)")
        )
        if files:
            self.import_paths(files)

    def import_paths(self, paths: Iterable[str | Path]) -> bool:
        paths = list(paths)
        if not paths or not self._has_library_file():
            return False
        if not self.tasks.start_import(self.controller.library.path, paths):
            self.statusBar().showMessage(self.tr("An import is already running."), 5000)
            return False
        return True

    def _on_import_done(self, report: ImportReport) -> None:
        if report.results:
            self.controller.notify_imported()
        count = len(report.article_ids)
        message = self.tr("Imported %n article(s).", "", count)
        if report.cancelled:
            message = self.tr("Import cancelled.") + " " + message
        if report.duplicates:
            message += " " + self.tr("%n file(s) were already in the library.", "", len(report.duplicates))
        self.statusBar().showMessage(message, 10_000)
        if report.errors:
            self._show_nonmodal(ImportErrorsDialog(report.errors, count, self))
        if count:
            self.start_recognition()
        self.importFinished.emit(report)

    # Drag and drop of files and folders onto the window.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- recognition -----------------------------------------------------------------------------------
    def start_recognition(self) -> None:
        if not self._recognise_enabled or self.controller.library.path is None:
            return
        if not self.tasks.start_recognition(self.controller.library.path, self._article_id):
            # A run is going on and may have passed the new articles: run again when it ends.
            self._recognition_again = True

    def recognition_running(self) -> bool:
        return self.tasks.recognition_running()

    def _on_recognition_done(self, error: object, cancelled: bool) -> None:
        self.recognition_runs += 1
        self.last_recognition_error = error
        if error:
            self.statusBar().showMessage(self.tr("Entity recognition stopped: %1").replace("%1", str(error)), 10_000)
        self.entity_dock.refresh()
        self.recognitionFinished.emit(error)
        if self._recognition_again and not cancelled:
            self._recognition_again = False
            self.start_recognition()

    # -- export ------------------------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Annotations"), "annotations.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> bool:
        # The note being typed belongs in the export.
        self.annotation_panel.flush()
        if not self._has_library_file():
            return False
        if not self.tasks.start_export(self.controller.library.path, path):
            return False
        self.statusBar().showMessage(self.tr("Exporting…"))
        return True

    def _on_export_done(self, path: str, rows: int, error: object) -> None:
        if error:
            self.show_error(self.tr("Could not export to %1: %2").replace("%1", path).replace("%2", str(error)))
        else:
            self.statusBar().showMessage(self.tr("Exported %n row(s) to %1", "", rows).replace("%1", path), 10_000)
        self.exportFinished.emit(path, error)

    def _has_library_file(self) -> bool:
        # Workers open their own connection to the file; an in-memory library has none to share.
        if self.controller.library.path is None:
            self.show_error(self.tr("This needs a library saved in a file; use File ▸ New Library."))
            return False
        return True

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
            self.statusBar().showMessage(self.tr("The library is busy (another program is writing); retrying…"))
        else:
            self.statusBar().showMessage(self.tr("Saved."), 3000)

    def _update_banner(self) -> None:
        library = self.controller.library
        if library.damaged:
            text = self.tr("This library is damaged, so edits are off. File ▸ Restore from Backup… puts a backup back.")
        elif library.read_only:
            text = self.tr("This library is read-only (%1), so edits are off: you can read, search and export.").replace(
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
        self.statusBar().showMessage(self.tr("The library is damaged; edits are off."))
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
            self.statusBar().showMessage(self.tr("A check of the library is running already."), 5000)
            return False
        return True

    def _on_health_done(self, report) -> None:
        if report.action == "check" and not report.cancelled:
            if report.error:
                self.show_error(self.tr("The library could not be checked: %1").replace("%1", report.error))
            elif report.verdict == "ok":
                self.statusBar().showMessage(self.tr("The library is sound: no damage found."), 10_000)
        elif report.action == "restore" and report.error:
            self.show_error(self.tr("The backup could not be restored: %1").replace("%1", report.error))

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
        self.statusBar().showMessage(self.tr("The backup was restored."), 10_000)
        self.start_recognition()

    # -- threads -------------------------------------------------------------------------------------------
    def stop_workers(self) -> None:
        """Stop every background thread and wait for it (quitting, switching libraries)."""
        self.tasks.stop()
        self.health.stop()
        self.watcher.stop()
        self.sidebar.stop_search_worker()
        self.entity_dock.stop_worker()
        self.analysis.stop_workers()
        self._recognition_again = False

    # -- messages -------------------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Reader"), message, QMessageBox.StandardButton.Ok, self)
        self._show_nonmodal(box)

    def show_shortcuts(self) -> None:
        self._show_nonmodal(ShortcutsDialog(self.actions.shortcut_rows(), self))

    def show_tag_manager(self) -> TagManagerDialog:
        """Edit ▸ Manage Tags: one window, kept open beside the reader (not modal)."""
        if self._tag_manager is None:
            a = self.actions
            self._tag_manager = TagManagerDialog(self.controller, self, undo_actions=(a.edit_undo, a.edit_redo))
        elif not self._tag_manager.isVisible():
            self._tag_manager.refresh()  # a closed manager does not follow the tags
        self._tag_manager.show()
        self._tag_manager.raise_()
        self._tag_manager.activateWindow()
        return self._tag_manager

    def _show_nonmodal(self, dialog: QWidget) -> None:
        # open() does not block (tests and the event loop go on); keep a reference while shown.
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None)
        dialog.open()

    def open_dialogs(self) -> list[QWidget]:
        return list(self._dialogs)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._pending_splitter_sizes is not None:
            self.splitter.setSizes(self._pending_splitter_sizes)
            self._pending_splitter_sizes = None

    # -- closing ------------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Nothing typed is lost: the pending note and tag are written first.
        self.annotation_panel.flush()
        self.save_settings()
        self.stop_workers()
        super().closeEvent(event)
