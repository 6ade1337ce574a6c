"""One lock for every call into PDFium from reader: PDFium is not thread-safe.

The import worker reads pages while the page view renders others in its own
thread; each holds this lock for the duration of one PDFium step (open a
file, read or render one page, close it).

At the end of the process, exit handlers close what pypdfium2 still has
open (weakref.finalize's handler, for its documents and pages) and then
destroy PDFium (pypdfium2's own); a page view or import thread still inside
PDFium then crashes the process. The handler registered here runs before
both, exit handlers running last registered first: it lets no thread start
another step, waits for the step under way to finish and keeps the lock.
"""

from __future__ import annotations

import atexit
import threading
import weakref

import pypdfium2  # noqa: F401 - loaded (and its exit handler registered) before ours

EXIT_WAIT_S = 10.0


class _PdfiumLock:
    """A re-entrant lock that, once the process has begun to exit, lets no thread
    start another PDFium step: a thread that renders page after page releases
    and takes it again at once, and would starve an exit handler that only
    waits for its turn."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._depth = threading.local()
        self._closing = threading.Event()

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        inside = getattr(self._depth, "n", 0) > 0
        if self._closing.is_set() and not inside:
            if blocking:
                # The process is ending: this thread waits for it (daemon threads are stopped at exit).
                threading.Event().wait(None if timeout < 0 else timeout)
            return False
        taken = self._lock.acquire(blocking, timeout)
        if taken:
            self._depth.n = getattr(self._depth, "n", 0) + 1
        return taken

    def release(self) -> None:
        self._depth.n -= 1
        self._lock.release()

    def __enter__(self) -> "_PdfiumLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def hold_for_exit(self) -> None:
        """Close the door to new steps, then wait for the one under way and keep the lock."""
        self._closing.set()
        if self._lock.acquire(timeout=EXIT_WAIT_S):
            self._depth.n = getattr(self._depth, "n", 0) + 1


PDFIUM_LOCK = _PdfiumLock()


def _hold_for_exit() -> None:
    PDFIUM_LOCK.hold_for_exit()


class _Anchor:
    pass


_anchor = _Anchor()
weakref.finalize(_anchor, int)  # registers weakref.finalize's exit handler now, before ours (a no-op of its own)
atexit.register(_hold_for_exit)
