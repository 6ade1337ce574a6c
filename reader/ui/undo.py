"""Undoable user actions on the library, one QUndoCommand per action.

Each command talks to the library only through the public Library API. The
controller performs the first ``redo`` itself (so that a LibraryError can be
reported and the command never reaches the stack); ``QUndoStack.push`` then
calls ``redo`` once more, which the ``_pushed`` flag turns into a no-op.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from reader.store.errors import LibraryError
from reader.store.records import Annotation, DeletedTag

if TYPE_CHECKING:
    from reader.store.library import Library
    from reader.ui.controller import LibraryController


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoCommands", text)


def _named(text: str) -> str:
    """A command's text holding a tag name, for the Undo/Redo menu items (a ``&`` in the name is shown)."""
    return text.replace("&", "&&")


@dataclass(frozen=True)
class Effects:
    """Which views a command touches, so the controller emits the right signals."""

    article_id: int | None = None
    tags: bool = False
    entities: bool = False
    annotations: bool = False
    note: bool = False
    # Renames, deletions and recolours touch tags of many articles at once.
    all_articles: bool = False
    # A correction of the parse: articles were split, merged, moved or deleted; ``focus`` is the one to show.
    corrected: bool = False
    focus: int | None = None
    # Pages' newspaper, date, page or section changed (lists, filters and the reader show them).
    pages: bool = False


class LibraryCommand(QUndoCommand):
    """Base class: subclasses implement ``apply``/``revert`` and ``effects``."""

    def __init__(self, controller: LibraryController, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._first_redo_pending = False

    @property
    def library(self) -> Library:
        return self._controller.library

    # -- subclass interface --------------------------------------------------
    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def effects(self) -> Effects:
        return Effects()

    # -- driven by the controller and the stack --------------------------------
    def perform_first(self) -> None:
        """Run the action before pushing; raises LibraryError so nothing is pushed."""
        self.apply()
        self._first_redo_pending = True

    def redo(self) -> None:
        if self._first_redo_pending:
            # push() calls redo(); the action already ran in perform_first().
            self._first_redo_pending = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step) -> None:
        try:
            step()
        except LibraryError as error:
            # The library changed underneath us (e.g. another program edited it):
            # report it and drop this command, since its history no longer holds.
            self.setObsolete(True)
            self._controller.report_error(str(error))
        self._controller.emit_effects(self.effects(), replayed=True)


# -- tags on an article ---------------------------------------------------------


class TagArticleCommand(LibraryCommand):
    def __init__(self, controller: LibraryController, article_id: int, name: str) -> None:
        super().__init__(controller, _named(_tr("Add tag “{tag}”").format(tag=name)))
        self.article_id = article_id
        self.name = name
        self._created = name not in {t.name for t in controller.library.tags.all()}
        self._snapshot: DeletedTag | None = None

    def apply(self) -> None:
        if self._snapshot is not None:
            # Redo after undoing a new tag: bring back the same id and colour.
            self.library.tags.restore(self._snapshot)
            self._snapshot = None
        else:
            self.library.tags.add(self.article_id, self.name)

    def revert(self) -> None:
        if self._created:
            # The tag came into being with this action; undo removes it entirely.
            self._snapshot = self.library.tags.delete(self.name)
        else:
            self.library.tags.remove(self.article_id, self.name)

    def effects(self) -> Effects:
        return Effects(article_id=self.article_id, tags=True)


class UntagArticleCommand(LibraryCommand):
    def __init__(self, controller: LibraryController, article_id: int, name: str) -> None:
        super().__init__(controller, _named(_tr("Remove tag “{tag}”").format(tag=name)))
        self.article_id = article_id
        self.name = name

    def apply(self) -> None:
        self.library.tags.remove(self.article_id, self.name)

    def revert(self) -> None:
        self.library.tags.add(self.article_id, self.name)

    def effects(self) -> Effects:
        return Effects(article_id=self.article_id, tags=True)


# -- tags themselves ----------------------------------------------------------------


class RenameTagCommand(LibraryCommand):
    """Rename, or merge into an existing tag; undo restores both tags exactly.

    Each direction is one Library call, so one transaction: an undo that
    fails half-way leaves the merged state, never something in between.
    """

    def __init__(
        self,
        controller: LibraryController,
        old: str,
        new: str,
        before_merge: tuple[DeletedTag, DeletedTag] | None = None,
    ) -> None:
        super().__init__(controller, _named(_tr("Rename tag “{old}” to “{new}”").format(old=old, new=new)))
        self.old = old
        self.new = new
        # tag_snapshot()s of (old, new) taken before a merge; None for a plain rename.
        self._before_merge = before_merge

    def apply(self) -> None:
        self.library.tags.rename(self.old, self.new)

    def revert(self) -> None:
        if self._before_merge is None:
            self.library.tags.rename(self.new, self.old)
        else:
            self.library.tags.unmerge(*self._before_merge)

    def effects(self) -> Effects:
        return Effects(tags=True, annotations=True, all_articles=True)


class RecolorTagCommand(LibraryCommand):
    def __init__(self, controller: LibraryController, name: str, color: str, old_color: str) -> None:
        super().__init__(controller, _named(_tr("Recolour tag “{tag}”").format(tag=name)))
        self.name = name
        self.color = color
        self.old_color = old_color

    def apply(self) -> None:
        self.library.tags.recolor(self.name, self.color)

    def revert(self) -> None:
        self.library.tags.recolor(self.name, self.old_color)

    def effects(self) -> Effects:
        return Effects(tags=True, annotations=True, all_articles=True)


class DeleteTagCommand(LibraryCommand):
    def __init__(self, controller: LibraryController, name: str) -> None:
        super().__init__(controller, _named(_tr("Delete tag “{tag}”").format(tag=name)))
        self.name = name
        self._snapshot: DeletedTag | None = None

    def apply(self) -> None:
        self._snapshot = self.library.tags.delete(self.name)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.library.tags.restore(self._snapshot)

    def effects(self) -> Effects:
        return Effects(tags=True, annotations=True, all_articles=True)


# -- passage annotations --------------------------------------------------------------


class AnnotateCommand(LibraryCommand):
    def __init__(
        self,
        controller: LibraryController,
        article_id: int,
        start: int,
        end: int,
        tag: str | None,
        note: str | None,
    ) -> None:
        super().__init__(controller, _tr("Annotate passage"))
        self.article_id = article_id
        self.start, self.end, self.tag, self.note = start, end, tag, note
        self.annotation: Annotation | None = None
        self._deleted: Annotation | None = None

    def apply(self) -> None:
        if self._deleted is not None:
            # Redo brings back the same annotation (id, times), not a copy.
            self.annotation = self.library.annotations.restore(self._deleted)
            self._deleted = None
        else:
            self.annotation = self.library.annotations.add(
                self.article_id, self.start, self.end, tag=self.tag, note=self.note
            )

    def revert(self) -> None:
        assert self.annotation is not None
        self._deleted = self.library.annotations.delete(self.annotation.id)

    def effects(self) -> Effects:
        return Effects(article_id=self.article_id, annotations=True, tags=self.tag is not None)


class DeleteAnnotationCommand(LibraryCommand):
    def __init__(self, controller: LibraryController, annotation_id: int) -> None:
        super().__init__(controller, _tr("Delete annotation"))
        self.annotation_id = annotation_id
        self._deleted: Annotation | None = None

    def apply(self) -> None:
        self._deleted = self.library.annotations.delete(self.annotation_id)

    def revert(self) -> None:
        assert self._deleted is not None
        self.library.annotations.restore(self._deleted)

    def effects(self) -> Effects:
        article_id = self._deleted.article_id if self._deleted is not None else None
        return Effects(article_id=article_id, annotations=True)


class UpdateAnnotationCommand(LibraryCommand):
    """Change an annotation's tag and/or note; undo puts the previous values back."""

    def __init__(self, controller: LibraryController, before: Annotation, changes: dict) -> None:
        super().__init__(controller, _tr("Edit annotation"))
        self.before = before
        self.changes = changes  # only the keys the user changed: "tag", "note"

    def apply(self) -> None:
        self.library.annotations.update(self.before.id, **self.changes)

    def revert(self) -> None:
        previous = {key: getattr(self.before, key) for key in self.changes}
        self.library.annotations.update(self.before.id, **previous)

    def effects(self) -> Effects:
        return Effects(article_id=self.before.article_id, annotations=True, tags="tag" in self.changes)


# -- entity corrections ----------------------------------------------------------------


class AddEntityCommand(LibraryCommand):
    def __init__(self, controller: LibraryController, article_id: int, start: int, end: int, label: str) -> None:
        super().__init__(controller, _tr("Mark entity"))
        self.article_id, self.start, self.end, self.label = article_id, start, end, label

    def apply(self) -> None:
        self.library.entities.add(self.article_id, self.start, self.end, self.label)

    def revert(self) -> None:
        self.library.entities.remove(self.article_id, self.start, self.end, self.label)

    def effects(self) -> Effects:
        return Effects(article_id=self.article_id, entities=True)


class RemoveEntityCommand(LibraryCommand):
    """A wrong recogniser span is suppressed; a user's own span is simply removed."""

    def __init__(
        self, controller: LibraryController, article_id: int, start: int, end: int, label: str, origin: str
    ) -> None:
        super().__init__(controller, _tr("Remove entity"))
        self.article_id, self.start, self.end, self.label = article_id, start, end, label
        self.origin = origin

    def _span(self) -> tuple[int, int, int, str]:
        return (self.article_id, self.start, self.end, self.label)

    def apply(self) -> None:
        if self.origin == "user":
            self.library.entities.remove(*self._span())
        else:
            self.library.entities.suppress(*self._span())

    def revert(self) -> None:
        if self.origin == "user":
            self.library.entities.add(*self._span())
        else:
            self.library.entities.unsuppress(*self._span())

    def effects(self) -> Effects:
        return Effects(article_id=self.article_id, entities=True)


class RelabelEntityCommand(LibraryCommand):
    """An entity's type changed (one store call each way: Entities.relabel is its own inverse)."""

    def __init__(self, controller: LibraryController, article_id: int, start: int, end: int, old: str, new: str) -> None:
        super().__init__(controller, _tr("Change entity type"))
        self.article_id, self.start, self.end, self.old, self.new = article_id, start, end, old, new

    def apply(self) -> None:
        self.library.entities.relabel(self.article_id, self.start, self.end, self.old, self.new)

    def revert(self) -> None:
        self.library.entities.relabel(self.article_id, self.start, self.end, self.new, self.old)

    def effects(self) -> Effects:
        return Effects(article_id=self.article_id, entities=True)


# -- the article note ---------------------------------------------------------------------


class SetNoteCommand(LibraryCommand):
    """One run of typing in the note editor: the note before it and after it.

    The editor saves a run bit by bit (its first keystroke, then after each
    pause); the saves of one run (``run``, a number the editor gives each
    stretch of typing) merge into this command, so Undo takes back the whole
    run at once, and every save is in the library when it is made.
    """

    ID = 1001

    def __init__(self, controller: LibraryController, article_id: int, before: str, after: str, run: int | None) -> None:
        super().__init__(controller, _tr("Edit note"))
        self.article_id, self.before, self.after, self.run = article_id, before, after, run

    def apply(self) -> None:
        self.library.notes.set(self.article_id, self.after)

    def revert(self) -> None:
        self.library.notes.set(self.article_id, self.before)

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, SetNoteCommand) or other.article_id != self.article_id:
            return False
        if self.run is None or other.run != self.run:
            return False
        self.after = other.after
        # Typed and deleted back to where it started: no step left to undo.
        self.setObsolete(self.after == self.before)
        return True

    def effects(self) -> Effects:
        return Effects(article_id=self.article_id, note=True)
# -- page identity ----------------------------------------------------------------


class SetPageMetaCommand(LibraryCommand):
    """Set fields of many pages at once; undo puts back what the user had set before (or nothing)."""

    def __init__(self, controller: LibraryController, source_ids: list[int], values: dict[str, object]) -> None:
        count = len(source_ids)
        text = QCoreApplication.translate("UndoCommands", "Set page details of %n page(s)", "", count)
        super().__init__(controller, text)
        self.source_ids = list(source_ids)
        self.values = dict(values)
        self._before = controller.library.identity.user_values(self.source_ids)

    def apply(self) -> None:
        self.library.identity.set_values(self.source_ids, self.values)

    def revert(self) -> None:
        self.library.identity.restore_user_values(self._before, self.values)

    def effects(self) -> Effects:
        return Effects(pages=True)
