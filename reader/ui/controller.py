"""The one place where the UI writes to the library.

Widgets read through ``controller.library`` and write through the methods
below: each is one user action, one Library call (one transaction), pushed on
``undo_stack`` where undo makes sense. Library errors never propagate into Qt
slots (an exception there would abort the app); they are turned into
``errorOccurred(message)``, which the main window shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from reader.store.errors import LibraryError, LibraryLockedError
from reader.store.library import Library
from reader.store.records import Annotation, DeletedTag
from reader.ui import undo
from reader.ui.undo import Effects, LibraryCommand

T = TypeVar("T")

# Marks "leave this field unchanged" in update_annotation (None means "clear").
UNCHANGED: Any = object()

# A write that finds the library locked by another program is tried again
# this often, in the order the user made it, for this long before the user is
# told it could not be saved.
RETRY_MS = 400
GIVE_UP_AFTER_MS = 60_000
# How long the GUI's connection itself waits for a lock: longer would freeze the window.
GUI_BUSY_TIMEOUT = 0.1


class LibraryController(QObject):
    libraryAboutToChange = Signal()  # last chance to save into the current library
    libraryChanged = Signal()
    articlesChanged = Signal()
    articleDataChanged = Signal(int)  # tags, note or annotations of one article
    tagsChanged = Signal()
    entitiesChanged = Signal(int)
    noteChanged = Signal(int, bool)  # article id; whether by Undo/Redo (the editor then shows it, typing or not)
    aboutToUndo = Signal()  # last chance to save what is being typed, so Undo takes it back too
    pagesChanged = Signal()  # pages' newspaper, date, page or section
    errorOccurred = Signal(str)
    busyChanged = Signal(bool)  # True while writes wait for another program's lock
    viewCoderChanged = Signal()  # the coder whose work the views show (None: everyone's)
    # A correction (or its undo or redo) changed the structure of articles: the one to show now (or None).
    articlesCorrected = Signal(object)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._short_waits(library)
        self.undo_stack = QUndoStack(self)
        # Writes waiting for the lock: (attempt, what to say if it never comes), oldest first.
        self._waiting: list[tuple[Callable[[], None], str]] = []
        self._waited_ms = 0
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._retry_waiting)
        self.view_coder: str | None = None

    # -- the library -----------------------------------------------------------
    @property
    def library(self) -> Library:
        return self._library

    def set_library(self, library: Library) -> None:
        """Switch libraries. The caller owns (and closes) the previous one."""
        self.libraryAboutToChange.emit()
        self._drop_waiting()
        self._short_waits(library)
        self._library = library
        self.view_coder = None  # the previous library's coders
        # Commands refer to ids of the old library; they must not run on the new one.
        self.undo_stack.clear()
        self.libraryChanged.emit()

    def _short_waits(self, library: Library) -> None:
        try:
            library.set_busy_timeout(GUI_BUSY_TIMEOUT)
        except LibraryError as error:
            self.report_error(str(error))
    # -- whose work the views show ----------------------------------------------------
    def set_view_coder(self, coder: str | None) -> None:
        if coder != self.view_coder:
            self.view_coder = coder
            self.viewCoderChanged.emit()

    def tags_shown(self, article_id: int) -> list:
        return self._library.tags.of_article(article_id, coder=self.view_coder)

    def annotations_shown(self, article_id: int) -> list:
        annotations = self._library.annotations.of_article(article_id)
        if self.view_coder is None:
            return annotations
        return [a for a in annotations if a.coder == self.view_coder]

    # -- plumbing used by the commands ---------------------------------------------
    def report_error(self, message: str) -> None:
        self.errorOccurred.emit(message)

    def emit_effects(self, effects: Effects, replayed: bool = False) -> None:
        """Tell the views what a command changed; ``replayed`` for an Undo or Redo."""
        if effects.corrected:
            # First: views show the new structure before they hear of its tags and entities.
            self.articlesCorrected.emit(effects.focus)
        if effects.tags:
            self.tagsChanged.emit()
        if effects.article_id is not None:
            if effects.entities:
                self.entitiesChanged.emit(effects.article_id)
            if effects.note:
                self.noteChanged.emit(effects.article_id, replayed)
            if effects.annotations or effects.tags or effects.note:
                self.articleDataChanged.emit(effects.article_id)
        if effects.pages:
            self.pagesChanged.emit()
        if effects.all_articles:
            # A tag rename/recolour/delete may touch any article: views refresh
            # whatever they show.
            self.articlesChanged.emit()

    def push(self, command: LibraryCommand) -> bool:
        """Perform and record an undoable action defined outside this module (corrections of the parse)."""
        return self._push(command)

    def _push(self, command: LibraryCommand) -> bool:
        """Perform and record an undoable action. True when done, or waiting for the library's lock."""

        def attempt() -> None:
            command.perform_first()
            self.undo_stack.push(command)
            self.emit_effects(command.effects())

        return self._write(attempt, command.text())

    # -- writes and the lock of other programs ---------------------------------------
    def _write(self, attempt: Callable[[], None], what: str) -> bool:
        """Run a write now, or queue it behind earlier ones while another program holds the lock.

        The GUI's connection waits at most a tenth of a second for a lock, so
        the window never freezes; a write that finds the library busy waits
        here, in order, and is retried until it goes through or, after a
        minute, is reported as not saved.
        """
        if self._waiting:
            self._waiting.append((attempt, what))
            return True
        try:
            attempt()
        except LibraryLockedError:
            self._waiting.append((attempt, what))
            self._waited_ms = 0
            self._retry.start()
            self.busyChanged.emit(True)
            return True
        except LibraryError as error:
            self.report_error(str(error))
            return False
        return True

    def writes_waiting(self) -> int:
        return len(self._waiting)

    def _retry_waiting(self) -> None:
        self._waited_ms += RETRY_MS
        while self._waiting:
            attempt, what = self._waiting[0]
            try:
                attempt()
            except LibraryLockedError:
                if self._waited_ms >= GIVE_UP_AFTER_MS:
                    lost = [w for _a, w in self._waiting]
                    self._drop_waiting()
                    self.report_error(
                        self.tr("The library stayed locked by another program, so these changes were not saved: %1")
                        .replace("%1", "; ".join(lost))
                    )
                return
            except LibraryError as error:
                self._waiting.pop(0)
                self.report_error(str(error))
                continue
            self._waiting.pop(0)
        self._retry.stop()
        self.busyChanged.emit(False)

    def _drop_waiting(self) -> None:
        had = bool(self._waiting)
        self._waiting.clear()
        self._retry.stop()
        if had:
            self.busyChanged.emit(False)

    def _call(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a read or a non-undoable write, reporting library errors."""
        try:
            return func(*args, **kwargs)
        except LibraryError as error:
            self.report_error(str(error))
            return None

    # -- tags ----------------------------------------------------------------------
    def tag_article(self, article_id: int, name: str) -> bool:
        name = name.strip()
        if not name:
            return False
        # Tagged already by this coder: nothing to do (another coder's tag does not count).
        current = self._call(self._library.tags.of_article, article_id, coder=self._library.coder)
        if current is None or name in {t.name for t in current}:
            return False  # nothing to do, nothing to undo
        return self._push(undo.TagArticleCommand(self, article_id, name))

    def untag_article(self, article_id: int, name: str) -> bool:
        current = self._call(self._library.tags.of_article, article_id, coder=self._library.coder)
        if current is None or name not in {t.name for t in current}:
            return False  # only the coder's own tag comes off
        return self._push(undo.UntagArticleCommand(self, article_id, name))

    def rename_tag(self, old: str, new: str) -> bool:
        new = new.strip()
        if not new or new == old:
            return False
        names = self._call(lambda: {t.name for t in self._library.tags.all()})
        if names is None:
            return False
        before_merge = None
        if new in names:
            before_merge = self._merge_snapshots(old, new)
            if before_merge is None:
                return False
        return self._push(undo.RenameTagCommand(self, old, new, before_merge))

    def _merge_snapshots(self, old: str, new: str) -> tuple[DeletedTag, DeletedTag] | None:
        """What both tags hold before a merge (read-only), so that undo can separate them again."""
        try:
            return self._library.tags.snapshot(old), self._library.tags.snapshot(new)
        except LibraryError as error:
            self.report_error(str(error))
            return None

    def recolor_tag(self, name: str, color: str) -> bool:
        tags = self._call(self._library.tags.all)
        if tags is None:
            return False
        old = next((t.color for t in tags if t.name == name), None)
        if old is None or old == color:
            return False
        return self._push(undo.RecolorTagCommand(self, name, color, old))

    def delete_tag(self, name: str) -> bool:
        return self._push(undo.DeleteTagCommand(self, name))

    # -- undo and redo ------------------------------------------------------------
    def undo(self) -> None:
        """Edit ▸ Undo (and Ctrl+Z anywhere, the note editor too): what is being typed is saved first, so it is undone with its run."""
        self.aboutToUndo.emit()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.aboutToUndo.emit()
        self.undo_stack.redo()

    # -- notes: one undo step per run of typing (see undo.SetNoteCommand) ---------------
    def set_note(self, article_id: int, text: str, run: int | None = None) -> bool:
        """Save ``text`` as the note; saves with the same ``run`` number merge into one undo step."""
        before = self._call(self._library.notes.get, article_id)
        if before is None:
            return False
        if before == text:
            return True  # nothing to save, nothing to undo
        return self._push(undo.SetNoteCommand(self, article_id, before, text, run))

    # -- passage annotations ----------------------------------------------------------
    def annotate(
        self, article_id: int, start: int, end: int, tag: str | None = None, note: str | None = None
    ) -> Annotation | None:
        tag = (tag or "").strip() or None
        note = (note or "").strip() or None
        if end <= start:
            return None
        command = undo.AnnotateCommand(self, article_id, start, end, tag, note)
        return command.annotation if self._push(command) else None

    def delete_annotation(self, annotation_id: int) -> bool:
        return self._push(undo.DeleteAnnotationCommand(self, annotation_id))

    def update_annotation(
        self, annotation: Annotation | int, *, tag: Any = UNCHANGED, note: Any = UNCHANGED
    ) -> bool:
        """Change tag and/or note of an annotation (a record or its id); undo restores both."""
        if isinstance(annotation, int):
            current = self._call(self._library.annotations.get, annotation)
            if current is None:
                return False
            annotation = current
        changes = {}
        if tag is not UNCHANGED and tag != annotation.tag:
            changes["tag"] = tag
        if note is not UNCHANGED and note != annotation.note:
            changes["note"] = note
        if not changes:
            return False
        return self._push(undo.UpdateAnnotationCommand(self, annotation, changes))

    # -- entity corrections ----------------------------------------------------------------
    def add_entity(self, article_id: int, start: int, end: int, label: str) -> bool:
        if end <= start:
            return False
        return self._push(undo.AddEntityCommand(self, article_id, start, end, label))

    def relabel_entity(self, article_id: int, start: int, end: int, label: str, new_label: str) -> bool:
        """The entity of type ``label`` at [start, end) is of type ``new_label``: one undoable step."""
        if new_label == label or end <= start:
            return False
        return self._push(undo.RelabelEntityCommand(self, article_id, start, end, label, new_label))

    def remove_entity(self, article_id: int, start: int, end: int, label: str, origin: str) -> bool:
        return self._push(undo.RemoveEntityCommand(self, article_id, start, end, label, origin))

    # -- page identity ------------------------------------------------------------------------
    def set_page_meta(self, source_ids: Iterable[int], values: dict[str, object]) -> bool:
        """Set newspaper, date, page or section of many pages in one undoable step.

        A value of "" clears the field, reader.store.identity.AUTO gives it
        back to the page's header and name; a value that cannot be stored
        (a date that does not exist) is reported and nothing changes.
        """
        from reader.identity import clean_value
        from reader.store.identity import AUTO

        source_ids = list(dict.fromkeys(source_ids))
        if not source_ids or not values:
            return False
        try:
            for field, value in values.items():
                if value is not AUTO:
                    clean_value(field, value)
        except ValueError as error:
            self.report_error(str(error))
            return False
        return self._push(undo.SetPageMetaCommand(self, source_ids, values))

    # -- entity aliases (reader/ui/entity_commands.py) ----------------------------------------------
    def merge_entities(self, label: str, merges: Iterable[tuple[str, str]]) -> bool:
        """Count each (variant, canonical name) pair's variant as the canonical entity; one undo step."""
        from reader.ui.entity_commands import merge_command

        merges = [(v, c.strip()) for v, c in merges if c and c.strip() and v != c.strip()]
        return bool(merges) and self._push(merge_command(self, label, merges))

    def change_entity_type(self, label: str, text: str, new_label: str) -> bool:
        from reader.ui.entity_commands import change_type_command

        return label != new_label and self._push(change_type_command(self, label, text, new_label))

    def separate_entity(self, label: str, text: str) -> bool:
        from reader.ui.entity_commands import separate_command

        return self._push(separate_command(self, label, text))

    # -- changes made elsewhere (workers) ------------------------------------------------------
    def notify_imported(self) -> None:
        self.articlesChanged.emit()
        self.tagsChanged.emit()

    def notify_recognised(self, article_ids: Iterable[int]) -> None:
        for article_id in article_ids:
            self.entitiesChanged.emit(article_id)
