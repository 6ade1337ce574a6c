"""The one error the REFI-QDA layer raises, with a message fit to show the user."""

from __future__ import annotations

from pathlib import Path


class QdpxError(Exception):
    """A `.qdpx` (or `.qdc`) file that cannot be read or written; the message names the file.

    Reading never changes anything, so after this error the caller has nothing to undo.
    """

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")
