"""Start-up cost shared by the command line and the app (Qt-free).

sqlite-utils imports pandas and numpy whenever they are installed, only to
map their scalar types to column types for its insert helpers; the store uses
sqlite-utils for transactions only (``db.atomic()``). The two imports cost
0.3-1 s of every start, more than everything else a command does. Hiding
them while sqlite-utils loads, and only then, keeps them out without changing
anything for code that imports them later (the recogniser needs numpy; tests
and users' scripts may want pandas).
"""

from __future__ import annotations

import sys

_HIDDEN_WHILE_LOADING = ("pandas", "numpy")


def import_sqlite_utils_lean() -> None:
    """Import sqlite_utils without pandas and numpy (a no-op once it is imported)."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in _HIDDEN_WHILE_LOADING if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import pandas" fails fast
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]
