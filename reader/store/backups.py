"""Backups of the library file, made and restored through SQLite's online backup API.

Never a file copy: the library may be open in this process or another one,
and copying (or even closing a descriptor of) the file would break SQLite's
locks. Backups live beside the library: ``<name>.backup-YYYYmmdd-HHMMSS.db``
made before a migration or a restore (kept), ``<name>.daily-YYYYmmdd-HHMMSS.db``
made by the app once a day (the newest few kept).
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from collections.abc import Callable
from pathlib import Path

from reader.store.errors import LibraryCorruptError

_STAMP = re.compile(r"\.(backup|daily)-(\d{8}-\d{6})(?:-(\d+))?\.db$")


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made: datetime  # local time, from the name
    sequence: int  # 1, 2, ... for backups made within the same second
    daily: bool  # made by the app's daily backup (pruned), not before a migration or restore (kept)

    def describe(self) -> str:
        return f"{self.path} (made {self.made:%Y-%m-%d %H:%M})"


def path_for(library: Path, *, kind: str = "backup") -> Path:
    """A free name beside ``library``: kind "backup" (kept), "daily" (pruned) or "replaced" (a restore's old content)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    candidate = library.with_name(f"{library.stem}.{kind}-{stamp}.db")
    n = 1
    while candidate.exists():  # two backups within one second
        n += 1
        candidate = library.with_name(f"{library.stem}.{kind}-{stamp}-{n}.db")
    return candidate


def backups_of(library: Path) -> list[Backup]:
    """The backups beside ``library``, newest first (found by name; nothing is opened)."""
    found = []
    for candidate in library.parent.glob(f"{library.stem}.*-*.db"):
        match = _STAMP.search(candidate.name)
        if match and candidate.name.startswith(library.stem + "."):
            made = datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
            found.append(Backup(candidate, made, int(match.group(3) or 1), match.group(1) == "daily"))
    return sorted(found, key=lambda b: (b.made, b.sequence), reverse=True)


def advice(library: Path | None) -> str:
    """What a user can do about a damaged library: the newest backup, or that there is none."""
    if library is None:
        return ""
    newest = next(iter(backups_of(library)), None)
    if newest is None:
        return "There is no backup beside it; File ▸ Check Library tells what is damaged."
    return (
        f"The newest backup beside it is {newest.describe()}: restore it with File ▸ Restore from Backup… "
        f"or `python -m reader restore --from {newest.path}`."
    )


def write_backup(
    conn: sqlite3.Connection, library: Path, *, kind: str = "backup", cancelled: Callable[[], bool] | None = None
) -> Path:
    """A consistent copy of the open database (WAL content included) beside ``library``.

    With ``cancelled`` (the app's daily backup, in a worker) the copy is
    written by ``VACUUM INTO``: one read transaction, so other programs'
    writes meanwhile neither spoil nor restart it, and it stops within
    moments when ``cancelled()`` turns true (the window is closing).
    """
    target = path_for(library, kind=kind)
    if cancelled is not None:
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, 1000)
        try:
            conn.execute("VACUUM INTO ?", (str(target),))
        except BaseException:
            target.unlink(missing_ok=True)  # a half-written backup is no backup; it was never open elsewhere
            raise
        finally:
            conn.set_progress_handler(None, 0)
        return target
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    except BaseException:
        dest.close()
        target.unlink(missing_ok=True)
        raise
    dest.close()
    return target


def _check_backup(backup: Path) -> None:
    """Raise LibraryCorruptError unless ``backup`` is a sound SQLite database."""
    probe = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        if probe.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise LibraryCorruptError(f"The backup {backup} is damaged too; choose another one.")
    except UnicodeDecodeError as exc:  # the verdict itself quotes damaged bytes
        raise LibraryCorruptError(f"The backup {backup} is damaged too; choose another one.") from exc
    except sqlite3.DatabaseError as exc:
        raise LibraryCorruptError(f"{backup} is not a usable backup ({exc}).") from exc
    finally:
        probe.close()


def restore_into(conn: sqlite3.Connection, library: Path, backup: Path) -> Path | None:
    """Replace the content behind ``conn`` (the library at ``library``) with a sound backup's.

    Through SQLite's backup API, so other programs with the library open see
    the restored content at once, and it is safe while they do. The content
    replaced is kept first as ``<name>.replaced-….db`` (not listed among the
    backups); returns that copy, or None when it was too damaged to copy.
    """
    backup = Path(backup)
    _check_backup(backup)
    try:
        kept = write_backup(conn, library, kind="replaced")
    except sqlite3.DatabaseError:
        kept = None  # too damaged to copy: restoring is the way out
    source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        source.backup(conn)
    finally:
        source.close()
    return kept


def restore_file(library: Path, backup: Path) -> Path | None:
    """restore_into for a library that may be too damaged to open as a Library."""
    conn = sqlite3.connect(Path(library).resolve().as_uri() + "?mode=rw", uri=True, isolation_level=None, timeout=5)
    try:
        return restore_into(conn, Path(library), backup)
    finally:
        conn.close()


def prune(library: Path, *, keep: int) -> list[Path]:
    """Delete the oldest daily backups beyond ``keep`` (backups made before migrations are kept)."""
    daily = [b for b in backups_of(library) if b.daily]
    removed = []
    for old in daily[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed
