"""Fixtures for driving the real main window (novelWriter's pattern).

Every window gets its own settings file in the test's temporary folder, so no
test reads or writes the user's settings, and the data directory is already
redirected by tests/conftest.py. Recognition is off unless a test asks for
it with a fake recogniser: loading the real model in every test would be slow
and is tested with the recogniser itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reader.model import Article, Block, Page, Span
from reader.store.library import Library

# Articles with known words, for searching without depending on the parser.
# 𠮷 (outside the BMP) precedes the text so offsets are exercised on the way.
PAGE_ARTICLES = [
    Article(title="公安局开展专项活动", byline="王明", body=[Block("paragraph", "𠮷全区公安机关开展练兵活动。")]),
    Article(title="草原上的新学校", byline="李华", body=[Block("paragraph", "呼和浩特市新建一所学校。")]),
    Article(title="春季植树", byline=None, body=[Block("paragraph", "志愿者在河边植树三百棵。")]),
]
OTHER_PAGE_ARTICLES = [
    Article(title="警民共建平安", byline="赵晨然", body=[Block("paragraph", "民警走访社区，宣传安全知识。")]),
]


@pytest.fixture
def settings(tmp_path):
    from reader.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def library_path(tmp_path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def page_library_path(library_path) -> Path:
    """A library file holding two pages built by hand (four articles, one entity)."""
    library = Library(library_path)
    library.pages.add("page-one.txt", Page(articles=list(PAGE_ARTICLES)))
    result = library.pages.add("page-two.txt", Page(articles=list(OTHER_PAGE_ARTICLES)))
    body = OTHER_PAGE_ARTICLES[0].body_text
    library.recognition.save([(result.article_ids[0], [Span(0, 2, "PER", body[:2])])])
    library.close()
    return library_path


@pytest.fixture
def make_window(qtbot, settings) -> Callable:
    """Build a shown MainWindow over the library at ``path``; closed (and saved) at teardown."""
    from reader.ui.controller import LibraryController
    from reader.ui.main_window import MainWindow

    opened: list = []

    def make(path: Path | str, **kwargs):
        library = Library(path)
        controller = LibraryController(library)
        kwargs.setdefault("recognise", False)
        window = MainWindow(controller, settings, **kwargs)
        controller.setParent(window)
        qtbot.addWidget(window)
        window.show()
        # Active, so that focus moves and shortcuts reach the window as for a user.
        window.activateWindow()
        # (qtbot.waitActive returns at once offscreen; the activation comes with the next events.)
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        opened.append(window)
        return window

    yield make
    for window in opened:
        if window.isVisible():
            window.close()
        window.stop_workers()
        window.controller.library.close()


@pytest.fixture
def main_window(make_window, page_library_path):
    return make_window(page_library_path)


@pytest.fixture
def first_launch_window(qtbot, settings):
    """What a newcomer gets: the default library created with the sample page, in the window."""
    from reader.paths import default_library_path
    from reader.ui.app import open_startup_library
    from reader.ui.controller import LibraryController
    from reader.ui.main_window import MainWindow

    assert not default_library_path().exists()
    library = open_startup_library(default_library_path(), is_default=True)
    controller = LibraryController(library)
    window = MainWindow(controller, settings, recognise=False)
    controller.setParent(window)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    library.close()
