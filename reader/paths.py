"""Where the app keeps its data, without Qt, so the CLI and the app agree.

READER_DATA_DIR overrides the platform's user data directory (tests and
portable installs use it).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "reader"


def data_dir() -> Path:
    override = os.environ.get("READER_DATA_DIR")
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return base


def default_library_path() -> Path:
    return data_dir() / "library.db"


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/ (inside the installed package as reader.resources)."""
    from importlib.resources import files

    return Path(str(files("reader.resources").joinpath(*parts)))


def sample_page_path() -> Path:
    return resource_path("samples", "000_6d112d3a37cca14d.txt")
