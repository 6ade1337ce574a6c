"""Corrections of the parse in the app: the Correct menu, the reader's context menu, the raw page view, the join bar.

The main window makes one CorrectionsUi and hands it its widgets. Every
correction goes through the controller as one undoable command
(reader/ui/correction_commands.py) calling one store method; afterwards the
window shows the article the correction leaves in view. Offsets given to the
store are body code points (the article view converts from Qt's positions).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu

from reader.store.errors import LibraryError
from reader.ui.correction_commands import CorrectionCommand
from reader.ui.correction_dialogs import EditTextDialog, MergeDialog, SplitDialog, TrashDialog
from reader.ui.join_bar import JoinBar
from reader.ui.raw_page_ui import RawPageUi

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

_ROLES = ("paragraph", "subhead", "caption", "kicker", "title", "subtitle", "dateline", "byline")
_SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)]*")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Corrections", text)


def _role_names() -> dict[str, str]:
    return {
        "paragraph": _tr("Paragraph"), "subhead": _tr("Sub-heading"), "caption": _tr("Caption"),
        "kicker": _tr("Kicker"), "title": _tr("Title"), "subtitle": _tr("Subtitle"), "dateline": _tr("Dateline"),
        "byline": _tr("Byline"),
    }  # fmt: skip


class CorrectionsUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.raw = RawPageUi(self)
        self.raw_dock = self.raw.dock
        self.join_bar = JoinBar(window.article_view)
        window.article_view.layout().insertWidget(1, self.join_bar)
        self.role_menu = QMenu(window)
        self.role_menu.setObjectName("roleMenu")
        self.role_actions = {}
        for role in _ROLES:
            action = self.role_menu.addAction("")
            action.setObjectName(f"role_{role}")
            action.triggered.connect(lambda _=False, r=role: self.set_role(r))
            self.role_actions[role] = action
        self._menu_position: int | None = None  # the reader position a context menu was opened at
        self._trash: TrashDialog | None = None
        self._connect()
        self.retranslate()

    # -- construction ------------------------------------------------------------------------
    def build_menu(self, before) -> QMenu:
        a = self.window.actions
        self.menu = QMenu(self.window)
        self.menu.setObjectName("correctMenu")
        for action in (a.correct_split, a.correct_split_sentence, a.correct_merge_previous, a.correct_merge_next, None):
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        self.menu.addMenu(self.role_menu)
        for action in (a.correct_drop, a.correct_edit_text, None, a.correct_join, None, a.correct_delete, a.correct_trash):
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        self.window.menuBar().insertMenu(before, self.menu)
        return self.menu

    def retranslate(self) -> None:
        if hasattr(self, "menu"):
            self.menu.setTitle(_tr("&Correct"))
        self.role_menu.setTitle(_tr("Change &Role To"))
        for role, name in _role_names().items():
            self.role_actions[role].setText(name)
        self.raw_dock.retranslate()
        self.join_bar.retranslate()

    def _connect(self) -> None:
        w, a = self.window, self.window.actions
        a.correct_split.triggered.connect(lambda: self.split_here())
        a.correct_split_sentence.triggered.connect(lambda: self.split_here(sentence=True))
        a.correct_merge_previous.triggered.connect(lambda: self.merge_with(-1))
        a.correct_merge_next.triggered.connect(lambda: self.merge_with(1))
        a.correct_edit_text.triggered.connect(lambda: self.edit_text())
        a.correct_drop.triggered.connect(lambda: self.set_role("furniture"))
        a.correct_delete.triggered.connect(lambda: self.delete_article())
        a.correct_join.triggered.connect(self.join_suggested)
        a.correct_trash.triggered.connect(self.show_trash)
        self.join_bar.joinRequested.connect(self.join)
        w.controller.articlesCorrected.connect(self._on_corrected)
        w.controller.libraryChanged.connect(lambda: self.follow(None))
        w.article_view.context_menu_hooks.append(self._add_menu_items)

    # -- where the user points -------------------------------------------------------------------
    def _library(self):
        return self.window.controller.library

    def _position(self) -> int:
        return self._menu_position if self._menu_position is not None else self.window.article_view.cursor_position()

    def _target(self) -> tuple[int, tuple[str, int | None], int | None] | None:
        """(article, part at the cursor or context-menu click, body offset there or None)."""
        view = self.window.article_view
        layout, article_id = view.layout_document(), view.article_id()
        if layout is None or article_id is None:
            return None
        position = self._position()
        part = layout.part_at(position)
        if part is None or part[0] == "page":
            return None
        return article_id, part, layout.to_body_offset(position)

    def _report(self, message: str) -> None:
        self.window.controller.report_error(message)

    def push(self, text: str, action) -> bool:
        """One correction as one undoable command: ``action(library)`` makes it and returns its Receipt."""
        return self._push(text, action)

    def _push(self, text: str, action) -> bool:
        return self.window.controller.push(CorrectionCommand(self.window.controller, text, action))

    # -- split -------------------------------------------------------------------------------------
    def split_offset_at_cursor(self, sentence: bool = False) -> tuple[int, int] | None:
        """(article, body offset) a split at the cursor cuts at: its paragraph's start, or its sentence's."""
        target = self._target()
        if target is None or target[1][0] != "body":
            self._report(_tr("Put the cursor in the paragraph the new article starts with."))
            return None
        article_id, (_part, index), offset = target
        layout = self.window.article_view.layout_document()
        start = layout.body_starts[index]
        if sentence and offset is not None:
            text = layout.body_texts[index][: offset - start]
            ends = list(_SENTENCE_END.finditer(text))
            if ends:
                start += ends[-1].end()
        if start <= 0:
            self._report(_tr("The article's text starts here: there is nothing before it to keep."))
            return None
        return article_id, start

    def split_here(self, sentence: bool = False) -> SplitDialog | None:
        found = self.split_offset_at_cursor(sentence)
        self._menu_position = None
        if found is None:
            return None
        article_id, at = found
        try:
            proposal, from_text = self._library().corrections.proposed_title(article_id, at)
        except LibraryError as error:
            self._report(str(error))
            return None
        dialog = SplitDialog(proposal, from_text, self.window)
        dialog.accepted.connect(lambda: self.split(article_id, at, title=dialog.title(), title_from_text=dialog.uses_first_line()))
        self.window._show_nonmodal(dialog)
        return dialog

    def split(self, article_id: int, at: int, *, title: str | None = None, title_from_text: bool | None = None) -> bool:
        return self._push(_tr("Split article"), lambda lib: lib.corrections.split(article_id, at, title=title, title_from_text=title_from_text))

    # -- merge -----------------------------------------------------------------------------------------
    def neighbour(self, article_id: int, step: int) -> int | None:
        try:
            library = self._library()
            ids = library.articles.ids_of_source(library.corrections.source_of(article_id))
        except LibraryError:
            return None
        at = ids.index(article_id) + step
        return ids[at] if 0 <= at < len(ids) else None

    def merge_with(self, step: int) -> MergeDialog | None:
        article_id = self.window.article_view.article_id()
        self._menu_position = None
        if article_id is None:
            return None
        other = self.neighbour(article_id, step)
        if other is None:
            self._report(_tr("There is no article before it on its page.") if step < 0 else _tr("There is no article after it on its page."))
            return None
        first, second = (other, article_id) if step < 0 else (article_id, other)
        try:
            headline = self._library().articles.get(second).article.title
        except LibraryError as error:
            self._report(str(error))
            return None
        dialog = MergeDialog(headline, self.window)
        dialog.accepted.connect(lambda: self.merge(first, second, dialog.mode()))
        self.window._show_nonmodal(dialog)
        return dialog

    def merge(self, first: int, second: int, headline: str = "body") -> bool:
        return self._push(_tr("Merge articles"), lambda lib: lib.corrections.merge(first, second, headline=headline))

    # -- roles, dropping, text --------------------------------------------------------------------------
    def set_role(self, role: str) -> bool:
        target = self._target()
        self._menu_position = None
        if target is None:
            self._report(_tr("Put the cursor in the paragraph or headline to change."))
            return False
        article_id, part, _offset = target
        return self.set_part_role(article_id, part, role)

    def set_part_role(self, article_id: int, part: tuple[str, int | None], role: str) -> bool:
        text = _tr("Drop as page furniture") if role == "furniture" else _tr("Change role")
        return self._push(text, lambda lib: lib.corrections.set_role(article_id, part, role))

    def edit_text(self) -> EditTextDialog | None:
        target = self._target()
        self._menu_position = None
        if target is None:
            self._report(_tr("Put the cursor in the paragraph or headline to edit."))
            return None
        article_id, part, _offset = target
        stored = self.window.article_view.stored_article()
        name, index = part
        if name == "body":
            text = stored.article.body[index].text
        elif name == "caption":
            text = stored.article.captions[index]
        else:
            text = getattr(stored.article, name) or ""
        dialog = EditTextDialog(text, _tr("Mend the text (a wrong or missing character):"), self.window)
        dialog.accepted.connect(lambda: self.edit(article_id, part, dialog.text()) if dialog.text() != text else None)
        self.window._show_nonmodal(dialog)
        return dialog

    def edit(self, article_id: int, part: tuple[str, int | None], text: str) -> bool:
        return self._push(_tr("Edit text"), lambda lib: lib.corrections.edit_text(article_id, part, text))

    # -- delete, trash, join ------------------------------------------------------------------------------
    def delete_article(self, article_id: int | None = None) -> bool:
        article_id = article_id if article_id is not None else self.window.article_view.article_id()
        if article_id is None:
            return False
        return self._push(_tr("Delete article"), lambda lib: lib.corrections.delete(article_id))

    def restore_from_trash(self, article_id: int) -> bool:
        done = self._push(_tr("Restore article"), lambda lib: lib.corrections.restore(article_id))
        self._refresh_trash()
        return done

    def show_trash(self) -> TrashDialog:
        if self._trash is None:
            self._trash = TrashDialog(self.window)
            self._trash.restoreRequested.connect(self.restore_from_trash)
            self._trash.emptyRequested.connect(self.empty_trash)
        self._refresh_trash()
        self._trash.show()
        self._trash.raise_()
        return self._trash

    def empty_trash(self) -> None:
        try:
            self._library().corrections.empty_trash()
        except LibraryError as error:
            self._report(str(error))
        # The trashed articles' undo history is gone with them.
        self.window.controller.undo_stack.clear()
        self._refresh_trash()

    def _refresh_trash(self) -> None:
        if self._trash is not None:
            try:
                self._trash.set_items(self._library().corrections.trash())
            except LibraryError as error:
                self._report(str(error))

    def join(self, article_id: int, continued_by: int) -> bool:
        return self._push(_tr("Join with continuation"), lambda lib: lib.corrections.join(article_id, continued_by))

    def join_suggested(self) -> bool:
        suggestion = self.join_bar.suggestion()
        article_id = self.window.article_view.article_id()
        if suggestion is None or article_id is None:
            self._report(_tr("No continuation of this article was found on another page of the same paper and day."))
            return False
        return self.join(article_id, suggestion.article_id)

    # -- following the open article ------------------------------------------------------------------------
    def follow(self, article_id: int | None) -> None:
        """The window opened another article: the join bar and the raw view follow it."""
        suggestion = None
        if article_id is not None:
            try:
                found = self._library().corrections.join_suggestions(article_id)
                suggestion = found[0] if found else None
            except LibraryError:
                suggestion = None
        self.join_bar.set_suggestion(article_id, suggestion)
        self.window.actions.correct_join.setEnabled(suggestion is not None)
        self.raw.follow(article_id)

    def _on_corrected(self, focus: int | None) -> None:
        w = self.window
        library = self._library()
        # Titles, bylines and marks of listed articles changed: the list's cached summaries are stale.
        w.sidebar.model.invalidate()
        current = w.current_article()
        exists = set(library.articles.body_texts([i for i in (focus, current) if i is not None]))
        target = focus if focus in exists else (current if current in exists else None)
        if target is None:
            w.sidebar.refresh()
            first = w.sidebar.model.article_id(0)
            target = first
        if target == current:
            w.article_view.refresh_if_changed()
            w.annotation_panel.refresh_keeping_typing()
            self.follow(target)
        else:
            w.open_article(target)
        # The list (titles, order, marks), the tag chips, the entity index: articles came and went.
        w.sidebar.refresh()
        w.sidebar.set_current_article(target)
        w.entity_dock.schedule_refresh()
        w.start_recognition()  # the changed articles wait for the recogniser again

    def _add_menu_items(self, menu: QMenu, position: int) -> None:
        """The reader's context menu: corrections of what is under the click."""
        layout = self.window.article_view.layout_document()
        if layout is None or self.window.article_view.article_id() is None:
            return
        part = layout.part_at(position)
        if part is None or part[0] == "page":
            return
        a = self.window.actions

        def at_click(action):
            def run():
                self._menu_position = position
                action.trigger()
                self._menu_position = None
            return run

        menu.addSeparator()
        correct = menu.addMenu(_tr("Correct"))
        correct.setObjectName("correctContextMenu")
        if part[0] == "body":
            for action in (a.correct_split, a.correct_split_sentence):
                item = correct.addAction(action.text())
                item.triggered.connect(at_click(action))
        for action in (a.correct_merge_previous, a.correct_merge_next):
            correct.addAction(action.text()).triggered.connect(at_click(action))
        roles = correct.addMenu(self.role_menu.title())
        for role, name in _role_names().items():
            item = roles.addAction(name)
            item.setObjectName(f"context_role_{role}")

            def choose(_=False, r=role):
                self._menu_position = position
                self.set_role(r)
                self._menu_position = None

            item.triggered.connect(choose)
        for action in (a.correct_drop, a.correct_edit_text, a.correct_delete):
            correct.addAction(action.text()).triggered.connect(at_click(action))

