"""Showing page and user text exactly as written, in every kind of Qt surface.

Qt guesses: a label, a message box or a tooltip whose text looks like HTML
(``Qt::mightBeRichText``) is rendered as HTML, so a tag named
``<img src="/home/me/photo.png">`` or a headline with a ``<a href>`` in a page
file would show an image or a link. Each surface has its own way out:

- labels and message boxes: ``Qt.TextFormat.PlainText`` (``plain_label``,
  ``message_box``, ``ask``);
- tooltips have no format setting: the text is escaped and wrapped in a
  paragraph that keeps its line breaks and spaces (``tooltip``);
- menu and button texts read ``&`` as a shortcut marker (``menu_text``);
- window titles read ``[*]`` as the "modified" placeholder (``window_title``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def tooltip(text: str | None) -> str:
    """A tooltip that shows ``text`` literally ("" stays "": no tooltip)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def menu_text(text: str) -> str:
    """``text`` for a menu item or button, its ``&`` shown instead of taken as a shortcut marker."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """``text`` for a window title, a ``[*]`` in it shown instead of taken as the modified marker."""
    return text.replace("[*]", "[*][*]")


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    parent: QWidget | None = None,
) -> QMessageBox:
    box = QMessageBox(icon, window_title(title), "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def ask(parent: QWidget | None, title: str, text: str, buttons=None, default=None) -> QMessageBox.StandardButton:
    """A modal question in plain text; the button pressed (Yes/No unless ``buttons`` says otherwise)."""
    buttons = buttons if buttons is not None else QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = message_box(QMessageBox.Icon.Question, title, text, buttons, parent)
    if default is not None:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A modal message in plain text (for start-up, before any window is there to hold a non-modal one)."""
    message_box(icon, title, text, QMessageBox.StandardButton.Ok, parent).exec()
