"""Looking after the library file: check it for damage, list its backups, restore one."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from reader.commands.library import EXIT_ERROR, _add_library_option, _fail, _library_path


def _check(args: argparse.Namespace) -> int:
    from reader.store import backups
    from reader.store.errors import LibraryError
    from reader.store.library import Library

    try:
        with Library(_library_path(args), create=False) as library:
            verdict = library.check(quick=not args.full, raise_damaged=False)
    except LibraryError as exc:
        return _fail(str(exc))
    if verdict == "ok":
        print(f"{_library_path(args)}: ok")
        return 0
    print(f"{_library_path(args)} is damaged:", file=sys.stderr)
    for line in verdict.splitlines()[:20]:
        print(f"  {line}", file=sys.stderr)
    advice = backups.advice(_library_path(args))
    print(advice.replace("File ▸ Restore from Backup… or ", ""), file=sys.stderr)
    return EXIT_ERROR


def _restore(args: argparse.Namespace) -> int:
    from reader.store import backups
    from reader.store.errors import LibraryError

    if getattr(args, "article", None) is not None:
        from reader.commands.corrections import restore_article

        return restore_article(args)
    path = _library_path(args)
    if args.source is None:
        found = backups.backups_of(path)
        for backup in found:
            print(backup.describe())
        if not found:
            print(f"no backups beside {path}", file=sys.stderr)
        return 0
    if not args.source.is_file():
        return _fail(f"there is no backup file {args.source}")
    if not path.is_file():
        return _fail(f"There is no library at {path}; nothing was created.")
    try:
        # Not through Library: a library damaged enough to need this may not open.
        replaced = backups.restore_file(path, args.source)
    except LibraryError as exc:
        return _fail(str(exc))
    except sqlite3.Error as exc:
        return _fail(f"{path} could not be restored ({exc}).")
    print(f"restored {path} from {args.source}")
    if replaced is not None:
        print(f"the content it replaced is kept in {replaced}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check",
        help="check the library file for damage",
        description="Run SQLite's quick check (--full: its integrity check) and the search index's own check. "
        "Exit status 0 when the library is sound, 1 when it is damaged (the newest backup is named).",
    )
    p.add_argument("--full", action="store_true", help="the full integrity check (slower)")
    _add_library_option(p)
    p.set_defaults(handler=_check)

    p = subparsers.add_parser(
        "restore",
        help="list the library's backups, restore one (--from BACKUP), or take an article out of the trash (--article ID)",
        description="Without --from, list the backups beside the library, newest first. With --from, replace "
        "the library's content with the backup's (through SQLite, safe while the app is open); the content "
        "it replaces is kept beside it as <name>.replaced-<time>.db.",
    )
    p.add_argument("--from", dest="source", type=Path, metavar="BACKUP", help="the backup file to restore")
    p.add_argument("--article", type=int, default=None, metavar="ID", help="take an article out of the trash instead")
    _add_library_option(p)
    p.set_defaults(handler=_restore)
