"""Pieces shared by the dialogs that ask for a passage annotation's tag and note."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QWidget

from reader.ui.plain_text import plain_label

QUOTE_PREVIEW = 40  # characters of the passage shown as a reminder


def quote_label(quote: str, parent: QWidget) -> QLabel:
    preview = quote if len(quote) <= QUOTE_PREVIEW else quote[:QUOTE_PREVIEW] + "…"
    label = plain_label(f"«{preview}»", parent)
    label.setWordWrap(True)
    return label


def complete_tags(edit: QLineEdit, tag_names: Iterable[str]) -> None:
    """Offer existing tags while typing; matching anywhere in the name, as Chinese tags have no word starts."""
    completer = QCompleter(sorted(tag_names), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
