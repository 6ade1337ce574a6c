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

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from reader.store.errors import LibraryError
from reader.store.library import Library
from reader.store.records import Annotation, DeletedTag
from reader.ui import undo
from reader.ui.undo import Effects, LibraryCommand

T = TypeVar("T")

# Marks "leave this field unchanged" in update_annotation (None means "clear").
UNCHANGED: Any = object()


class LibraryController(QObject):
    libraryAboutToChange = Signal()  # last chance to save into the current library
    libraryChanged = Signal()
    articlesChanged = Signal()
    articleDataChanged = Signal(int)  # tags, note or annotations of one article
    tagsChanged = Signal()
    entitiesChanged = Signal(int)
    pagesChanged = Signal()  # pages' newspaper, date, page or section
    errorOccurred = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.undo_stack = QUndoStack(self)

    # -- the library -----------------------------------------------------------
    @property
    def library(self) -> Library:
        return self._library

    def set_library(self, library: Library) -> None:
        """Switch libraries. The caller owns (and closes) the previous one."""
        self.libraryAboutToChange.emit()
        self._library = library
        # Commands refer to ids of the old library; they must not run on the new one.
        self.undo_stack.clear()
        self.libraryChanged.emit()

    # -- plumbing used by the commands ---------------------------------------------
    def report_error(self, message: str) -> None:
        self.errorOccurred.emit(message)

    def emit_effects(self, effects: Effects) -> None:
        if effects.tags:
            self.tagsChanged.emit()
        if effects.article_id is not None:
            if effects.entities:
                self.entitiesChanged.emit(effects.article_id)
            if effects.annotations or effects.tags:
                self.articleDataChanged.emit(effects.article_id)
        if effects.pages:
            self.pagesChanged.emit()
        if effects.all_articles:
            # A tag rename/recolour/delete may touch any article: views refresh
            # whatever they show.
            self.articlesChanged.emit()

    def _push(self, command: LibraryCommand) -> bool:
        try:
            command.perform_first()
        except LibraryError as error:
            self.report_error(str(error))
            return False
        self.undo_stack.push(command)
        self.emit_effects(command.effects())
        return True

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
        current = self._call(self._library.tags.of_article, article_id)
        if current is None or name in {t.name for t in current}:
            return False  # already tagged: nothing to do, nothing to undo
        return self._push(undo.TagArticleCommand(self, article_id, name))

    def untag_article(self, article_id: int, name: str) -> bool:
        current = self._call(self._library.tags.of_article, article_id)
        if current is None or name not in {t.name for t in current}:
            return False
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

    # -- notes (not undoable here: the note editor has its own undo) ---------------
    def set_note(self, article_id: int, text: str) -> bool:
        try:
            self._library.notes.set(article_id, text)
        except LibraryError as error:
            self.report_error(str(error))
            return False
        self.articleDataChanged.emit(article_id)
        return True

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

    # -- changes made elsewhere (workers) ------------------------------------------------------
    def notify_imported(self) -> None:
        self.articlesChanged.emit()
        self.tagsChanged.emit()

    def notify_recognised(self, article_ids: Iterable[int]) -> None:
        for article_id in article_ids:
            self.entitiesChanged.emit(article_id)
