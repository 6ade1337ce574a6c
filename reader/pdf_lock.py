"""One lock for every call into PDFium from reader: PDFium is not thread-safe.

The import worker reads pages while the page view renders others in its own
thread; each holds this lock for the duration of one PDFium step (open a
file, read or render one page, close it).

At the end of the process, exit handlers close what pypdfium2 still has
open (weakref.finalize's handler, for its documents and pages) and then
destroy PDFium (pypdfium2's own); a page view or import thread still inside
PDFium then crashes the process. The handler registered here runs before
both, exit handlers running last registered first: it waits for the step
under way to finish and keeps the lock, so that no thread starts another.
"""

from __future__ import annotations

import atexit
import threading
import weakref

import pypdfium2  # noqa: F401 - loaded (and its exit handler registered) before ours

PDFIUM_LOCK = threading.RLock()
EXIT_WAIT_S = 10.0


def _hold_for_exit() -> None:
    PDFIUM_LOCK.acquire(timeout=EXIT_WAIT_S)


class _Anchor:
    pass


_anchor = _Anchor()
weakref.finalize(_anchor, int)  # registers weakref.finalize's exit handler now, before ours (a no-op of its own)
atexit.register(_hold_for_exit)
