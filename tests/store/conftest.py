"""Fixtures for the store tests: libraries in memory and on file, and a stand-in parser."""

from __future__ import annotations

import pytest

import reader.parsing
from reader.store.library import Library
from store_support import article, page, simple_parse


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
def parser(monkeypatch):
    """The real parser's decode_bytes/parse_page when it has landed, else the simple stand-in."""
    if not hasattr(reader.parsing, "parse_page"):
        monkeypatch.setattr(reader.parsing, "parse_page", simple_parse, raising=False)
    if not hasattr(reader.parsing, "decode_bytes"):

        def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
            if b"\x00" in data:
                raise ValueError(f"{name}: binary data, not a text page")
            return data.decode("utf-8"), "utf-8"

        monkeypatch.setattr(reader.parsing, "decode_bytes", decode_bytes, raising=False)
    return reader.parsing


@pytest.fixture
def two_pages(lib):
    """Two pages of known text in ``lib``; returns the article ids in page order."""
    first = lib.import_page(
        "a.txt",
        page(
            article("派出所开展练兵", "派出所民警赵晨然在G305国道巡逻。", "雪后路滑，注意安全。", byline="王明"),
            article("草原新学校", "呼和浩特市新建一所学校。", byline="李华"),
        ),
    )
    second = lib.import_page("b.txt", page(article("春季植树", "志愿者在河边植树三百棵，下雪也不停。")))
    return first.article_ids + second.article_ids
