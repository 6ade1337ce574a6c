"""What an article is called where a name is shown for it (Qt-free).

An article whose parse found no title (a photo caption read as its own
article, say) must still be named somewhere — a blank list row or a nameless
REFI-QDA source cannot be told apart or picked — so every place that names an
article goes through ``display_title``, the app passing its translation of
``UNTITLED``.
"""

from __future__ import annotations

# The English placeholder; the app shows its translation (reader.ui.article_titles).
UNTITLED = "(untitled)"


def has_title(title: str | None) -> bool:
    return bool(title and title.strip())


def display_title(title: str | None, untitled: str = UNTITLED) -> str:
    """``title`` itself, or ``untitled`` when it is empty or only blanks."""
    return title if has_title(title) else untitled  # type: ignore[return-value]
