"""Schema version 10: pages imported from PDFs keep their PDF and where everything sits on it.

``pdf_files`` holds one row per PDF file (by the SHA-256 of its bytes): where
reader reads it now (as imported, reader's own copy in ``<library>.pdfs/``,
or where the user located it after it moved), where it was imported from,
its size, page count and metadata. ``pdf_pages`` ties each page imported
from a PDF (a ``sources`` row, whose ``raw_text`` is the page's text in
reading order) to its file and page index, with the page's size and the
boxes, in PDF points with the origin at the bottom left: one box per line
of the raw text (what line provenance counts, so every article's and
paragraph's region follows corrections), and the parse's own boxes of each
article, block, caption and photo. Pages imported before have no PDF: no
rows are added.
"""

from __future__ import annotations

import sqlite3

from reader.store.migrations.script import run_script

NAME = "PDF pages: their file, page index, size and boxes"


def apply(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE pdf_files (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,  -- hex digest of the file's bytes: the file, wherever it is
            size INTEGER NOT NULL,
            page_count INTEGER NOT NULL,
            path TEXT NOT NULL,  -- where it is read from now
            imported_path TEXT NOT NULL,  -- where it was imported from
            copied INTEGER NOT NULL DEFAULT 0,  -- path is reader's own copy beside the library
            title TEXT,  -- the PDF's metadata, as given
            created TEXT,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE pdf_pages (
            source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
            pdf_id INTEGER NOT NULL REFERENCES pdf_files(id),
            page_index INTEGER NOT NULL,  -- 0-based
            width REAL NOT NULL,  -- points
            height REAL NOT NULL,
            -- [[x0, y0, x1, y1] or null, ...]: where each line of the source's raw_text was printed.
            lines_json TEXT NOT NULL,
            -- The parse's boxes: {"articles": [{"boxes", "headline", "blocks", "captions", "photos",
            -- "lines"}], "page_captions": [...], "bands": [{"band", "text", "box", "size"}]}.
            layout_json TEXT NOT NULL,
            UNIQUE (pdf_id, page_index)
        );
        """,
    )
