"""Running a migration's SQL statements inside its transaction."""

from __future__ import annotations

import sqlite3


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one inside the caller's transaction.

    (sqlite3's executescript() would COMMIT the open transaction first,
    breaking the all-or-nothing migration.)
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending!r}")
