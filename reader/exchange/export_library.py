"""Export a whole library as a REFI-QDA project (`export --qdpx`, File ▸ Export ▸ REFI-QDA project…).

Streams: the store hands over one article at a time (reader/store/exchange_rows.py),
the mapping turns it into a source (library_mapping.py) and the writer packs
it (writing.py). ``progress(done, total)`` is called as it goes and a true
``cancelled()`` stops it; either way the target is written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from reader import __version__
from reader.exchange.errors import QdpxError
from reader.exchange.library_mapping import ProjectBuilder
from reader.exchange.writing import QdpxWriter

PROGRESS_EVERY = 500


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""

    def __str__(self) -> str:
        return "export cancelled: nothing was written"


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    articles: int
    codes: int
    coders: int
    selections: int
    notes: int
    orphaned_left_out: int


def export_library(
    library,
    path: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportSummary:
    path = Path(path)
    exchange = library.exchange
    total = exchange.count()
    tags = exchange.tags()
    coders = library.coding.coders()
    name = library.path.stem if library.path else "reader library"
    builder = ProjectBuilder(
        name, tags=tags, coders=coders, origin=f"reader {__version__}",
        created=datetime.now(timezone.utc).replace(microsecond=0),
    )  # fmt: skip
    done = selections = notes = 0
    with QdpxWriter(path, builder.head()) as writer:
        for record in exchange.records():
            source, source_notes = builder.source(record)
            writer.add_source(source)
            writer.add_notes(source_notes)
            done += 1
            selections += len(source.selections)
            notes += len(source_notes)
            if done % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                if progress is not None:
                    progress(done, total)
        if cancelled is not None and cancelled():
            raise ExportCancelled()
    if progress is not None:
        progress(done, total)
    return ExportSummary(path, done, len(tags), len(coders), selections, notes, exchange.count_orphaned())


__all__ = ["ExportCancelled", "ExportSummary", "QdpxError", "export_library"]
