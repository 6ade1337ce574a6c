"""A bar above the reader that suggests joining the open article with its continuation on another page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from reader.corrections.joins import JoinSuggestion
from reader.ui.article_titles import shown_title


class JoinBar(QWidget):
    joinRequested = Signal(int, int)  # article, its continuation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinBar")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.join_button = QPushButton(self)
        self.join_button.setObjectName("acceptJoin")
        self.dismiss = QToolButton(self)
        self.dismiss.setText("✕")
        self.dismiss.setAutoRaise(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.join_button)
        row.addWidget(self.dismiss)
        self.setStyleSheet("QWidget#joinBar { background: palette(alternate-base); }")
        self._article: int | None = None
        self._suggestion: JoinSuggestion | None = None
        self.join_button.clicked.connect(self._accept)
        self.dismiss.clicked.connect(self.hide)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.join_button.setText(self.tr("Join"))
        self.join_button.setToolTip(self.tr("Read the two parts as one article (Ctrl+Z undoes it)"))
        self._update_text()

    def suggestion(self) -> JoinSuggestion | None:
        return self._suggestion

    def set_suggestion(self, article_id: int | None, suggestion: JoinSuggestion | None) -> None:
        self._article, self._suggestion = article_id, suggestion
        self._update_text()
        self.setVisible(suggestion is not None)

    def _update_text(self) -> None:
        s = self._suggestion
        if s is None:
            self.label.clear()
            return
        page = s.page or "?"
        self.label.setText(
            self.tr("This article seems to continue on page %1: «%2».").replace("%1", page).replace("%2", shown_title(s.title))
        )

    def _accept(self) -> None:
        if self._article is not None and self._suggestion is not None:
            self.joinRequested.emit(self._article, self._suggestion.article_id)
