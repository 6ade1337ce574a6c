"""One lock for every call into PDFium from reader: PDFium is not thread-safe.

The import worker reads pages while the page view renders others in its own
thread; each holds this lock for the duration of one PDFium step (open a
file, read or render one page, close it).
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
