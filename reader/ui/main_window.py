"""The main window: sidebar | reader | annotation panel, the entity index dock,
menus from the action table, a status bar with progress and Cancel.

Widgets emit intent signals and know nothing of each other; this window
connects them in one block (``_connect``). Long work runs in reader.ui.workers;
the window only starts workers and applies their results.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
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
from reader.ui.corrections_ui import CorrectionsUi
from reader.ui.dialogs import ShortcutsDialog
from reader.ui.entity_index import EntityIndexDock
from reader.ui.plain_text import message_box, window_title
from reader.ui.library_health import LibraryHealth
from reader.ui.library_watch import LibraryWatcher
from reader.ui.page_actions import PageActions
from reader.ui.page_view_ui import PageViewUi
from reader.ui.tag_manager import TagManagerDialog
from reader.ui.tasks import BackgroundTasks, TaskStatus
from reader.ui.teamwork import Teamwork
from reader.ui.window_files import WindowFiles
from reader.ui.window_health import WindowHealth

# Shown in the language just chosen (reader.ui.i18n.translated_in), so not through self.tr().
_LANGUAGE_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Language")
_LANGUAGE_NOTICE = QT_TRANSLATE_NOOP("MainWindow", "The new language is used from the next start of reader.")

DEFAULT_SPLITTER_SIZES = [280, 860, 260]  # the reading column gets most of the width
DEFAULT_WINDOW_SIZE = (1360, 860)
DEFAULT_DOCK_WIDTH = 230


class MainWindow(WindowFiles, WindowHealth, QMainWindow):
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
        self.page_actions = PageActions(self)
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
        self.teamwork = Teamwork(self)
        # Corrections of the parse: the Correct menu, the raw page view, the join bar.
        self.corrections_ui = CorrectionsUi(self)
        self.page_view = PageViewUi(self)  # the PDF page beside the reading column

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
        self.import_menu = self.file_menu.addMenu("")
        self.import_menu.addActions([a.file_import, a.file_import_folder, a.file_import_qdpx])
        self.export_menu = self.file_menu.addMenu("")
        self.export_menu.addActions([a.file_export, a.file_export_qdpx])
        for action in (a.file_merge_library, None, a.file_open_library, a.file_new_library):
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
        for action in (
            a.edit_undo, a.edit_redo, None, a.edit_search, a.edit_tag, a.edit_note, a.edit_annotate, None,
            a.edit_copy_citation, a.edit_copy_citation_english, a.edit_page_properties, None, a.edit_manage_tags,
        ):  # fmt: skip
            self._add(self.edit_menu, action)
        # The list's context menu: what applies to the selected articles.
        view = self.sidebar.list_view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions([a.edit_page_properties, a.edit_copy_citation, a.edit_copy_citation_english])
        self.view_menu = bar.addMenu("")
        for action in (a.view_zoom_in, a.view_zoom_out, None):
            self._add(self.view_menu, action)
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.addActions([a.view_theme_light, a.view_theme_dark])
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.view_entity_index)
        self.view_menu.addAction(a.view_agreement)
        self.view_menu.addAction(a.view_raw_page)
        self.view_menu.addAction(a.view_page)
        self.view_menu.addSeparator()
        for action in (a.view_next_hit, a.view_previous_hit, a.view_concordance, a.view_statistics):
            self.view_menu.addAction(action)
        self.settings_menu = bar.addMenu("")
        self.settings_menu.addAction(a.settings_coder)
        self.settings_menu.addAction(a.settings_copy_pdfs)
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.addActions([a.settings_language_system, a.settings_language_en, a.settings_language_zh_CN])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a.help_shortcuts)
        self.correct_menu = self.corrections_ui.build_menu(self.view_menu.menuAction())
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
        self.import_menu.setTitle(self.tr("&Import"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.recent_menu.setTitle(self.tr("Open &Recent Library"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.corrections_ui.retranslate()
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
        c.articlesChanged.connect(self.sidebar.identity_filters.invalidate)  # an import brings new pages
        c.pagesChanged.connect(self.sidebar.pages_changed)
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
        self.sidebar.coder_filter.currentIndexChanged.connect(
            lambda _index: c.set_view_coder(self.sidebar.coder_filter.currentData())
        )
        self.sidebar.currentNotListed.connect(self._open_first_listed)
        self.entity_dock.entityChosen.connect(self.sidebar.set_entity_filter)
        self.annotation_panel.passageActivated.connect(self.article_view.select_range)
        self.article_view.visibleLabelsChanged.connect(self._save_visible_labels)
        self.article_view.fontSizeChanged.connect(self._save_font_size)
        # Actions. Undo/Redo go through the controller, which first saves the note being typed.
        for action, step in ((a.edit_undo, c.undo), (a.edit_redo, c.redo)):
            action.triggered.disconnect()  # the undo stack's own connection
            action.triggered.connect(step)
        a.file_import.triggered.connect(self.choose_files_to_import)
        a.file_import_folder.triggered.connect(self.choose_folder_to_import)
        a.file_export.triggered.connect(self.choose_export_file)
        a.file_import_qdpx.triggered.connect(self.teamwork.choose_import)
        a.file_export_qdpx.triggered.connect(self.teamwork.choose_export)
        a.file_merge_library.triggered.connect(self.teamwork.choose_merge)
        a.settings_coder.triggered.connect(self.teamwork.choose_coder)
        a.settings_copy_pdfs.toggled.connect(self.set_copy_pdfs)
        a.view_agreement.triggered.connect(self.teamwork.show_agreement)
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
        a.edit_page_properties.triggered.connect(self.page_actions.show_page_properties)
        a.edit_copy_citation.triggered.connect(lambda: self.page_actions.copy_citation("gbt7714"))
        a.edit_copy_citation_english.triggered.connect(lambda: self.page_actions.copy_citation("english"))
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

    # Messages with a count, for the mixins: lupdate files a plural form only
    # for self.tr() in the class itself, so they are written here.
    def _n_imported(self, n: int) -> str:
        return self.tr("Imported %n article(s).", "", n)

    def _n_already_there(self, n: int) -> str:
        return self.tr("%n file(s) were already in the library.", "", n)

    def _n_exported(self, n: int) -> str:
        return self.tr("Exported %n row(s) to %1", "", n)

    def _n_pages_noted(self, n: int) -> str:
        return self.tr("Some details of %n page(s) disagree or could not be read.", "", n)

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
        self.entity_dock.model.set_dark(theme == "dark")
        language_action = next(n for n, lang in LANGUAGES.items() if lang == s.language) if s.language in LANGUAGES.values() else "settings_language_system"
        self.actions.all()[language_action].setChecked(True)
        self._sync_entity_index_action(True)
        a = self.actions.settings_copy_pdfs
        a.blockSignals(True)
        a.setChecked(s.copy_pdfs == "yes")
        a.blockSignals(False)

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
        self.entity_dock.model.set_dark(theme == "dark")
        self.actions.view_theme_dark.setChecked(theme == "dark")
        self.actions.view_theme_light.setChecked(theme != "dark")

    def set_language(self, language: str | None) -> None:
        if language == self.settings.language:
            return
        self.settings.language = language
        # Widgets build their texts once; a restart is simpler and complete.
        # The notice already speaks the chosen language: the user may not read the current one.
        from reader.ui.i18n import translated_in

        title = translated_in(language, "MainWindow", _LANGUAGE_TITLE)
        notice = translated_in(language, "MainWindow", _LANGUAGE_NOTICE)
        self.statusBar().showMessage(notice)
        box = message_box(QMessageBox.Icon.Information, title, notice, QMessageBox.StandardButton.Ok, self)
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
        self.corrections_ui.follow(article_id)
        self.page_view.follow(article_id)
        self._update_title()

    def current_article(self) -> int | None:
        return self._article_id

    def _open_first_listed(self) -> None:
        """A search or filter left the open article out of the list: the reader
        shows what the list shows, its first article, or says it is empty."""
        if self.sidebar.model.rowCount():
            self._open_first_article()
        else:
            self.open_article(None)
            self.article_view.show_empty(self.tr("No article matches the search and filters."))

    def _open_first_article(self) -> None:
        first = self.sidebar.model.article_id(0)
        if first is not None:
            self.sidebar.list_view.setCurrentIndex(self.sidebar.model.index(0))

    def _update_title(self) -> None:
        path = getattr(self.controller.library, "path", None)
        name = Path(path).name if path else self.tr("(in memory)")
        self.setWindowTitle(self.tr("%1 — Reader").replace("%1", window_title(name)))

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

    # -- threads -------------------------------------------------------------------------------------------
    def stop_workers(self) -> None:
        """Stop every background thread and wait for it (quitting, switching libraries)."""
        self.tasks.stop()
        self.health.stop()
        self.watcher.stop()
        self.teamwork.stop()
        self.sidebar.stop_search_worker()
        self.entity_dock.stop_worker()
        self.analysis.stop_workers()
        self.page_view.stop()
        self._recognition_again = False

    # -- messages -------------------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        box = message_box(QMessageBox.Icon.Warning, self.tr("Reader"), message, QMessageBox.StandardButton.Ok, self)
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
