"""Child process for test_kill_after_typing: start the real app, type, then wait to be killed.

Usage: python kill_after_typing_child.py LIBRARY NOTE_TEXT TAG_NAME
Prints READY once the app is up and TYPED after the last keystroke; then it
runs the event loop until the parent kills it with SIGKILL.
"""

import sys

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from reader.ui.app import build


def type_into(widget, text: str) -> None:
    # QTest.keyClicks rejects non-ASCII text; an input method delivers Chinese as text events like these.
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def press_enter(widget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))


def main() -> None:
    library, note_text, tag_name = sys.argv[1:4]
    app, window = build(["main.py", "--library", library], recognise=False)
    window.show()

    def act() -> None:
        tag_input = window.findChild(QLineEdit, "tagInput")
        note_editor = window.findChild(QPlainTextEdit, "noteEditor")
        type_into(tag_input, tag_name)
        press_enter(tag_input)
        note_editor.setFocus()
        type_into(note_editor, note_text)
        print("TYPED", flush=True)

    QTimer.singleShot(200, act)
    print("READY", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
