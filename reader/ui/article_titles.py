"""An article's title as the app shows it: the core's display_title with the placeholder translated once, here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.article_names import display_title


def shown_title(title: str | None) -> str:
    return display_title(title, QCoreApplication.translate("ArticleTitles", "(untitled)"))
