"""Who is coding: the coder name stored with every tag assignment, note and passage annotation.

Qt-free, so the store, the command line and the app agree on the default:
the operating system's user name (Settings and ``--coder NAME`` override it).
"""

from __future__ import annotations

import getpass

FALLBACK_CODER = "coder"


def default_coder() -> str:
    """The operating system's user name, or "coder" when it cannot be found."""
    try:
        name = getpass.getuser()
    except Exception:  # no USER/LOGNAME and no passwd entry (some containers)
        name = ""
    return clean_coder(name) or FALLBACK_CODER


def clean_coder(name: str | None) -> str:
    """A coder name as stored: white space at the ends dropped, runs of white space made one space."""
    return " ".join((name or "").split())
