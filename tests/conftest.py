"""Shared test set-up: no test touches the user's real data or needs a display."""

import os
import sys
from pathlib import Path

import pytest

# Test and benchmark support that is not part of the product (page generators,
# the PDF page composer, the scoring of parsed pages): importable as top-level
# modules, e.g. ``from synthetic import generate_page``.
SUPPORT = Path(__file__).resolve().parent / "support"
if str(SUPPORT) not in sys.path:
    sys.path.insert(0, str(SUPPORT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Point the app's data directory (default library, settings) at a fresh folder."""
    data_dir = tmp_path_factory.mktemp("reader-data")
    monkeypatch.setenv("READER_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data_dir / "config"))
    return data_dir


@pytest.fixture
def lib():
    """An empty library in memory."""
    from reader.store.library import Library

    library = Library()
    yield library
    library.close()


@pytest.fixture
def file_lib(tmp_path):
    """An empty library in a file (a short lock wait, so lock tests are quick)."""
    from reader.store.library import Library

    library = Library(tmp_path / "library.db", busy_timeout=0.5)
    yield library
    library.close()
