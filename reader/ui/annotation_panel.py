"""The panel beside the article: its tags, its note and its passage annotations."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from reader.store.errors import LibraryError
from reader.ui.annotation_editor import AnnotationEditor
from reader.ui.annotation_model import AnnotationListModel
from reader.ui.controller import LibraryController
from reader.ui.tag_chips import TagChipBar

# Autosave the note this long after the last keystroke: well inside the one
# second a crash (even SIGKILL) may cost, yet not a write per keystroke.
NOTE_SAVE_DELAY_MS = 600

# Undo and redo of the note are the window's (Edit ▸ Undo): the editor's own
# history would undo the note alone, out of step with the other actions.
_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _TagInput(QLineEdit):
    """The tag box, never narrower than its hint: squeezed by the page dock it showed «Add a tag and pr…».

    Measured when asked, not once: the app's font and style are set after the panel is built.
    The frame is measured as QLineEdit paints, from the style's contents rectangle: Fusion's
    sizeFromContents(CT_LineEdit) counts a thinner frame than it insets the text by.
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        margins = self.textMargins()
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        frame = self.width() - contents.width()
        # QLineEdit keeps 2 pixels free on either side of its text, inside the contents.
        # Rounded up from the fractional width: elidedText cuts a text a fraction too wide.
        advance = math.ceil(QFontMetricsF(self.font()).horizontalAdvance(self.placeholderText())) + 1
        text = advance + margins.left() + margins.right() + 4
        return super().minimumSizeHint().expandedTo(QSize(text + frame, 0))


class AnnotationPanel(QWidget):
    passageActivated = Signal(int, int)  # start, end in body code points

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self._controller = controller
        self._article_id: int | None = None
        self._note_dirty = False
        # Each stretch of typing in the note is one undo step: its saves carry the same run number.
        self._note_run = 0
        self._run_saved = False

        self.tags_label = QLabel(self.tr("Tags"), self)
        self.chips = TagChipBar(self)
        self.tag_input = _TagInput(self)
        self.tag_input.setObjectName("tagInput")
        # Short: the panel is narrow once the page view is open (the old «Add a tag and press Enter»
        # took the reading column's width on a laptop screen).
        self.tag_input.setPlaceholderText(self.tr("Add a tag (Enter)"))
        self._tag_names = QStringListModel(self)
        completer = QCompleter(self._tag_names, self.tag_input)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_input.setCompleter(completer)

        self.note_label = QLabel(self.tr("Note"), self)
        self.note_editor = QPlainTextEdit(self)
        self.note_editor.setObjectName("noteEditor")
        self.note_editor.setPlaceholderText(self.tr("Your note on this article"))
        self.note_editor.setUndoRedoEnabled(False)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTE_SAVE_DELAY_MS)

        self.annotations_label = QLabel(self.tr("Annotated passages"), self)
        self.annotation_model = AnnotationListModel(self)
        self.annotation_list = QListView(self)
        self.annotation_list.setObjectName("annotationList")
        self.annotation_list.setModel(self.annotation_model)
        self.annotation_list.setWordWrap(True)
        self.annotation_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        layout = QVBoxLayout(self)
        for widget in (self.tags_label, self.chips, self.tag_input, self.note_label):
            layout.addWidget(widget)
        layout.addWidget(self.note_editor, 1)
        layout.addWidget(self.annotations_label)
        layout.addWidget(self.annotation_list, 2)

        self.tag_input.returnPressed.connect(self._add_tag)
        self.chips.removeRequested.connect(self._remove_tag)
        self.note_editor.textChanged.connect(self._on_note_edited)
        self._save_timer.timeout.connect(self._save_note_now)
        self.note_editor.installEventFilter(self)
        self.annotation_list.installEventFilter(self)
        self.annotation_list.clicked.connect(self._activate)
        self.annotation_list.activated.connect(self._activate)
        self.annotation_list.doubleClicked.connect(self._edit_at)
        self.annotation_list.customContextMenuRequested.connect(self._show_list_menu)

        controller.articleDataChanged.connect(self._on_article_data_changed)
        controller.viewCoderChanged.connect(self._reload)
        controller.noteChanged.connect(self._on_note_changed)
        controller.aboutToUndo.connect(self._save_note_now)
        controller.tagsChanged.connect(self._reload)
        controller.articlesChanged.connect(self._reload)
        # The pending note belongs to the old library: save it there first.
        controller.libraryAboutToChange.connect(self.flush)
        controller.libraryChanged.connect(lambda: self.set_article(None))
        self._set_enabled(False)
        self._reload_tag_names()

    # -- the article shown -----------------------------------------------------------------
    def article_id(self) -> int | None:
        return self._article_id

    def set_article(self, article_id: int | None) -> None:
        self.flush()  # a note typed for the previous article is saved to that article
        self._article_id = article_id
        self._set_enabled(article_id is not None)
        note = ""
        if article_id is not None:
            try:
                note = self._controller.library.notes.get(article_id)
            except LibraryError as error:
                self._controller.report_error(str(error))
        self._load_note(note)
        self._reload()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.tag_input, self.note_editor, self.annotation_list, self.chips):
            widget.setEnabled(enabled)

    def _reload(self) -> None:
        """Tags and annotations from the library; the note is left as typed."""
        self._reload_tag_names()
        if self._article_id is None:
            self.chips.set_tags([])
            self.annotation_model.set_annotations([], {})
            return
        library = self._controller.library
        try:
            tags = self._controller.tags_shown(self._article_id)
            annotations = self._controller.annotations_shown(self._article_id)
            colors = {tag.name: tag.color for tag in library.tags.all()}
        except LibraryError as error:
            self._controller.report_error(str(error))
            return
        self.chips.set_tags(tags)
        self.annotation_model.set_annotations(annotations, colors)

    def _reload_tag_names(self) -> None:
        try:
            names = sorted(tag.name for tag in self._controller.library.tags.all())
        except LibraryError:
            names = []  # reported by whoever reads next; completion is a nicety
        self._tag_names.setStringList(names)

    def _on_article_data_changed(self, article_id: int) -> None:
        if article_id != self._article_id:
            return
        self._reload()
        # A note changed elsewhere (another window's action, a script) shows up here,
        # unless the user is typing one: what is being typed wins and is saved later.
        if not self._note_dirty and not self.note_editor.hasFocus():
            try:
                stored = self._controller.library.notes.get(article_id)
            except LibraryError:
                return
            if stored != self.note_editor.toPlainText():
                self._load_note(stored)

    def refresh_keeping_typing(self) -> None:
        """Another program wrote to the library: tags and annotations as they are now; a note being typed stays."""
        if self._article_id is not None:
            self._on_article_data_changed(self._article_id)
        else:
            self._reload_tag_names()

    # -- tags --------------------------------------------------------------------------------
    def focus_tag_input(self) -> None:
        self.tag_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.tag_input.selectAll()

    def _add_tag(self) -> None:
        name = self.tag_input.text().strip()
        if self._article_id is None or not name:
            return
        self._controller.tag_article(self._article_id, name)
        self.tag_input.clear()

    def _remove_tag(self, name: str) -> None:
        if self._article_id is not None:
            self._controller.untag_article(self._article_id, name)

    # -- the note --------------------------------------------------------------------------------
    def focus_note(self) -> None:
        self.note_editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _load_note(self, text: str) -> None:
        self._save_timer.stop()
        # Loading is not typing: no autosave, and typing after it is a new undo step.
        self.note_editor.blockSignals(True)
        self.note_editor.setPlainText(text)
        self.note_editor.moveCursor(QTextCursor.MoveOperation.End)
        self.note_editor.blockSignals(False)
        self._note_dirty = False
        self._new_note_run()

    def _new_note_run(self) -> None:
        self._note_run += 1
        self._run_saved = False

    def _on_note_edited(self) -> None:
        if self._article_id is None:
            return
        self._note_dirty = True
        if not self._run_saved:
            # The run's first keystroke is saved at once: it puts the run on
            # the undo stack, so Ctrl+Z right away takes it back (and not the
            # action before it).
            self._save_note_now()
        else:
            self._save_timer.start()  # restarts: saves once typing pauses

    def _on_note_changed(self, article_id: int, replayed: bool) -> None:
        """Undo or Redo changed the note: the editor shows it, even while typing."""
        if not replayed or article_id != self._article_id:
            return  # our own saves, and notes set elsewhere (handled with the article's other data)
        try:
            stored = self._controller.library.notes.get(article_id)
        except LibraryError:
            return
        self._load_note(stored)

    def has_unsaved_note(self) -> bool:
        return self._note_dirty

    def flush(self) -> None:
        """Save what was typed now (switching article or library, quitting).

        A tag typed but not yet confirmed with Enter is added too: quitting
        or moving on right after typing must not lose it.
        """
        self._save_timer.stop()
        if self._article_id is None:
            return
        if self.tag_input.text().strip():
            self._add_tag()
        self._save_note_now()

    def _save_note_now(self) -> None:
        self._save_timer.stop()
        if self._note_dirty and self._article_id is not None:
            if self._controller.set_note(self._article_id, self.note_editor.toPlainText(), run=self._note_run):
                self._note_dirty = False
                self._run_saved = True

    # -- passage annotations ----------------------------------------------------------------------
    def _activate(self, index) -> None:
        self.go_to_passage(index.row())

    def go_to_passage(self, row: int) -> None:
        annotation = self.annotation_model.annotation(row)
        if not annotation.orphaned:
            self.passageActivated.emit(annotation.start, annotation.end)

    def delete_selected_annotation(self) -> None:
        index = self.annotation_list.currentIndex()
        if index.isValid():
            self._controller.delete_annotation(self.annotation_model.annotation(index.row()).id)

    def edit_annotation(self, row: int) -> AnnotationEditor:
        """Open the editor for the annotation in ``row``; OK makes one undoable change."""
        annotation = self.annotation_model.annotation(row)
        editor = AnnotationEditor(annotation, self._tag_names.stringList(), self)
        editor.accepted.connect(
            lambda: self._controller.update_annotation(annotation, tag=editor.tag(), note=editor.note())
        )
        editor.finished.connect(editor.deleteLater)
        # open(): modal to this window without blocking (the event loop, and tests, go on).
        editor.open()
        return editor

    def _edit_at(self, index) -> None:
        if index.isValid():
            self.edit_annotation(index.row())

    def list_menu(self, row: int) -> QMenu:
        """The context menu of the annotation in ``row`` (built apart so tests can use it)."""
        annotation = self.annotation_model.annotation(row)
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Edit…"))
        edit.setObjectName("editAnnotation")
        edit.triggered.connect(lambda: self.edit_annotation(row))
        go = menu.addAction(self.tr("Go to Passage"))
        go.setObjectName("goToPassage")
        go.setEnabled(not annotation.orphaned)  # its passage is no longer in the text
        go.triggered.connect(lambda: self.go_to_passage(row))
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete annotation"))
        delete.setObjectName("deleteAnnotation")
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # The annotation the menu is for, whichever row is current when it is chosen.
        delete.triggered.connect(lambda: self._controller.delete_annotation(annotation.id))
        return menu

    def _show_list_menu(self, point: QPoint) -> None:
        index = self.annotation_list.indexAt(point)
        if not index.isValid():
            return
        self.annotation_list.setCurrentIndex(index)
        menu = self.list_menu(index.row())
        menu.exec(self.annotation_list.viewport().mapToGlobal(point))
        menu.deleteLater()

    # -- events -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.note_editor and event.type() == QEvent.Type.FocusOut:
            self._save_note_now()
            self._new_note_run()  # coming back to the note is a new undo step
        elif (
            watched is self.note_editor
            and event.type() == QEvent.Type.ShortcutOverride
            and any(event.matches(key) for key in _UNDO_KEYS)
        ):
            # Not taken by the editor: the window's Undo/Redo shortcut runs, as from the menu.
            event.ignore()
            return True
        elif (
            watched is self.annotation_list
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.delete_selected_annotation()
            return True
        return super().eventFilter(watched, event)
