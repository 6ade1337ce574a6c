"""Undoable changes to what entities count as: merging variants, changing a type (reader/store/aliases.py)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.store.aliases import AliasChange
from reader.ui.undo import Effects, LibraryCommand, _tr


class AliasCommand(LibraryCommand):
    """One alias action; undo puts the aliases it touched back as they were (one transaction each way)."""

    def __init__(self, controller, text: str, perform) -> None:
        super().__init__(controller, text)
        self._perform = perform  # library -> AliasChange
        self._change: AliasChange | None = None

    def apply(self) -> None:
        self._change = self._perform(self.library)

    def revert(self) -> None:
        if self._change is not None:
            self.library.aliases.undo(self._change)

    def effects(self) -> Effects:
        # Counts, the index, highlights and filters anywhere may change.
        return Effects(all_articles=True)


def merge_command(controller, label: str, merges: Sequence[tuple[str, str]]) -> AliasCommand:
    if len(merges) == 1:
        text = _tr("Merge “{variant}” into “{name}”").format(variant=merges[0][0], name=merges[0][1])
    else:
        text = _tr("Merge {count} entities").format(count=len(merges))
    return AliasCommand(controller, text, lambda library: library.aliases.merge_many(label, merges))


def change_type_command(controller, label: str, text: str, new_label: str) -> AliasCommand:
    return AliasCommand(
        controller,
        _tr("Change the type of “{text}”").format(text=text),
        lambda library: library.aliases.change_type(label, text, new_label),
    )


def separate_command(controller, label: str, text: str) -> AliasCommand:
    return AliasCommand(
        controller, _tr("Separate the variants of “{text}”").format(text=text),
        lambda library: library.aliases.separate(label, text),
    )
