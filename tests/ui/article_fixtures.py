"""A small library built by hand for the reader/annotation tests (no parser, no recogniser).

Characters outside the BMP (𠮷, 😀) come before the entities on purpose, so
any confusion between code points and UTF-16 units moves a highlight.
"""

from __future__ import annotations

import pytest

from reader.model import Article, Block, Page, Span
from reader.store.library import Library

PARAGRAPH_1 = "𠮷野家在北京开了新店，😀顾客来自上海。"
SUBHEAD = "市场反应"
PARAGRAPH_2 = "据统计，2月15日上午共有8家门店营业，张三说。"

ARTICLE = Article(
    title="𠮷野家进京",
    kicker="消费",
    subtitle="新店开业",
    dateline="本报北京2月16日电",
    byline="记者 李四",
    body=[Block("paragraph", PARAGRAPH_1), Block("subhead", SUBHEAD), Block("paragraph", PARAGRAPH_2)],
    captions=["图为新店门口。"],
)
OTHER = Article(title="另一篇", body=[Block("paragraph", "这是第二篇文章的正文。")])
BODY = ARTICLE.body_text


def span(text: str, label: str, occurrence: int = 0) -> Span:
    """The Span of the ``occurrence``-th ``text`` in the body (code points)."""
    start = -1
    for _ in range(occurrence + 1):
        start = BODY.index(text, start + 1)
    return Span(start, start + len(text), label, text)


AUTO_SPANS = [
    span("北京", "LOC"),
    span("上海", "LOC"),
    span("2月15日上午", "TIME"),
    span("8家", "NUM"),
    span("张三", "PER"),
]


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "test.db")
    yield lib
    lib.close()


@pytest.fixture
def article_ids(library):
    result = library.pages.add("page.txt", Page([ARTICLE, OTHER]))
    library.recognition.save([(result.article_ids[0], list(AUTO_SPANS)), (result.article_ids[1], [])])
    return result.article_ids


@pytest.fixture
def article_id(article_ids):
    return article_ids[0]


@pytest.fixture
def controller(qapp, library):
    from reader.ui.controller import LibraryController

    ctl = LibraryController(library)
    errors: list[str] = []
    ctl.errorOccurred.connect(errors.append)
    ctl.errors = errors  # tests assert no library error went unnoticed
    return ctl


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key. QTest.keyClicks asserts on non-ASCII characters, so
    send the key events ourselves, as an input method would deliver Chinese."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
