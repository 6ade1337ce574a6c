"""Fixtures for the store tests: libraries in memory and on file, two pages of known text."""

from __future__ import annotations

import pytest

from reader.store.library import Library
from store_support import article, page


@pytest.fixture
def lib():
    library = Library()
    yield library
    library.close()


@pytest.fixture
def file_lib(tmp_path):
    library = Library(tmp_path / "library.db", busy_timeout=0.5)
    yield library
    library.close()



@pytest.fixture
def two_pages(lib):
    """Two pages of known text in ``lib``; returns the article ids in page order."""
    first = lib.pages.add(
        "a.txt",
        page(
            article("派出所开展练兵", "派出所民警赵晨然在G305国道巡逻。", "雪后路滑，注意安全。", byline="王明"),
            article("草原新学校", "呼和浩特市新建一所学校。", byline="李华"),
        ),
    )
    second = lib.pages.add("b.txt", page(article("春季植树", "志愿者在河边植树三百棵，下雪也不停。")))
    return first.article_ids + second.article_ids
