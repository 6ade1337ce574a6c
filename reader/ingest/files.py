"""Which files an import takes: files as given, folders searched for page files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# Files taken from a folder. Files named one by one are all tried, so that a
# wrong file is reported, not silently ignored.
PAGE_SUFFIXES = (".txt", ".pdf")


def page_files(inputs: Iterable[str | Path]) -> list[Path]:
    """Files to import: each file as given, each folder's page files (recursively, sorted, no hidden files).

    A path that does not exist is kept, so that reading it reports it by name.
    """
    files: list[Path] = []
    for path in map(Path, inputs):
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES and not p.name.startswith(".")
                )
            )
        else:
            files.append(path)
    return files
