"""Corrections of the parse as undoable commands: one store call each way (reader/store/corrections.py).

The first run calls the store's correction method and keeps its Receipt;
undo and redo put the snapshot from before or after back, in one
transaction each, so that the articles, their ids and all the user's work
on them come back exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.store.correction_records import Receipt
from reader.ui.undo import Effects, LibraryCommand

if TYPE_CHECKING:
    from reader.store.library import Library
    from reader.ui.controller import LibraryController


class CorrectionCommand(LibraryCommand):
    def __init__(self, controller: LibraryController, text: str, action: Callable[[Library], Receipt]) -> None:
        super().__init__(controller, text)
        self._action = action
        self.receipt: Receipt | None = None
        self._showing: int | None = None

    def apply(self) -> None:
        if self.receipt is None:
            self.receipt = self._action(self.library)
        else:
            self.library.corrections.redo(self.receipt)
        self._showing = self.receipt.focus

    def revert(self) -> None:
        assert self.receipt is not None
        self.library.corrections.undo(self.receipt)
        self._showing = self.receipt.focus_before

    def effects(self) -> Effects:
        # The window redraws what the correction touched itself (reader/ui/corrections_ui.py):
        # one layout of the reader, not one more per signal.
        return Effects(corrected=True, focus=self._showing)
