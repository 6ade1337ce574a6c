"""CSV export of the user's annotations, readable by Excel, LibreOffice and pandas.

One row per article tag, article note and passage annotation (the rows come
from library.exports.rows()). UTF-8 with a byte-order mark so Excel recognises
the encoding and Chinese stays intact; every field quoted so that newlines in
notes stay inside their field; cells that a spreadsheet would run as a formula
are defused with a leading apostrophe (CSV injection).
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from reader.store.export_rows import EXPORT_COLUMNS
from reader.store.library import Library

# What spreadsheets treat as the start of a formula (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """The cell text for ``value``: '' for None, an apostrophe before a formula start."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _current_umask() -> int:
    """The process's umask, read without changing it where the system allows.

    os.umask() can only be read by setting it, which for a moment would give
    files other threads create (the app exports in a worker) the wrong mode.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    """The permissions the export gets: those of the file it replaces, else
    what the user's umask gives a new file (mkstemp's 0600 would hide the
    export from the user's group, unlike every other file they save)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_current_umask()


def export_annotations_csv(library: Library, path: str | Path, *, coder: str | None = None) -> int:
    """Write every tag, note and passage annotation (``coder``'s only, if given) to ``path``; the number of rows."""
    return write_csv(path, EXPORT_COLUMNS, library.exports.rows(coder=coder))


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """A table by the export's rules; returns the number of data rows.

    UTF-8 with a BOM (Excel recognises it), every field quoted, fields that a
    spreadsheet would run as a formula defused. The file is written beside the
    target under a temporary name and renamed over it only when complete, so a
    failure never leaves a half-written CSV (and never destroys an earlier
    export of the same name). It gets the permissions of the file it replaces,
    or the umask's for a new file. The annotation, concordance, statistics and
    co-occurrence exports all go through here.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            # newline="" with the csv module's "\r\n" row ends: Excel's own format;
            # newlines inside a quoted note are written as they are.
            writer = csv.writer(f, quoting=csv.QUOTE_ALL)
            writer.writerow([neutralise(v) for v in header])
            for row in rows:
                writer.writerow([neutralise(v) for v in row])
                count += 1
        os.chmod(temp_name, _mode_for(path))
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
    return count
