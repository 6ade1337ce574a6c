"""Import a REFI-QDA project into a library (`import --qdpx`, File ▸ Import ▸ REFI-QDA project…).

The file is read and checked whole first (reading.py: a bad file raises
QdpxError before anything is written), turned into a plan of tags, articles,
notes and passages (import_mapping.py), and the plan goes into the library in
one transaction (reader/store/exchange_import.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.exchange.import_mapping import plan_import
from reader.exchange.reading import read_qdpx
from reader.exchange.records import ImportReport


def import_project(library, path: str | Path, *, progress: Callable[[int, int], None] | None = None) -> ImportReport:
    path = Path(path)
    result = read_qdpx(path)
    plan = plan_import(result.project, result.skipped)
    return library.imports.apply(plan, file_name=path.name, progress=progress)
