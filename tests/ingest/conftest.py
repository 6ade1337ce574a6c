"""Fixtures for the import tests: libraries in memory and on file."""

from __future__ import annotations

import pytest

from reader.store.library import Library


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
