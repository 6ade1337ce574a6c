"""PDF pages: the file each page came from (path, content hash), its page index and size, and its boxes.

A page imported from a PDF is a ``sources`` row like any other (its
raw_text is the page's text in reading order, which re-parsing and the
raw page view read) plus a ``pdf_pages`` row; the PDF file itself is a
``pdf_files`` row, shared by the pages of a whole issue.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from reader.model import ArticleLayout, BandLine, Box, Page, PageMeta
from reader.store.db import Db, guarded
from reader.store.errors import NotFoundError
from reader.store.pages import Pages
from reader.store.records import ImportResult, PdfFileFacts, PdfLocation, PdfPageGeometry

_FILE_COLUMNS = "f.sha256, f.size, f.page_count, f.path, f.imported_path, f.copied, f.title, f.created, f.id"


def _facts(row: Sequence) -> PdfFileFacts:
    return PdfFileFacts(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7], row[8])


def _xy(box: Box | None) -> list[float] | None:
    return None if box is None else [round(box.x0, 2), round(box.y0, 2), round(box.x1, 2), round(box.y1, 2)]


def _box(page: int, xy: Sequence[float] | None) -> Box | None:
    return None if xy is None else Box(page, *xy)


def lines_json(page: Page) -> str:
    return json.dumps([_xy(box) for box in page.layout.lines])


def layout_json(page: Page) -> str:
    layout = page.layout
    articles = []
    for article, placed in zip(page.articles, layout.articles):
        held = sorted({n for b in article.body for n in b.lines} | _field_lines(article))
        articles.append({
            "boxes": [_xy(b) for b in placed.boxes], "headline": [_xy(b) for b in placed.headline],
            "blocks": [[_xy(b) for b in boxes] for boxes in placed.blocks],
            "captions": [[_xy(b) for b in boxes] for boxes in placed.captions],
            "photos": [_xy(b) for b in placed.photos], "lines": held,
        })  # fmt: skip
    return json.dumps({
        "articles": articles,
        "page_captions": [[_xy(b) for b in boxes] for boxes in layout.page_captions],
        "bands": [{"band": b.band, "text": b.text, "box": _xy(b.box), "size": b.size} for b in layout.bands],
    }, ensure_ascii=False)  # fmt: skip


def _field_lines(article) -> set[int]:
    lines = article.lines
    if lines is None:
        return set()
    out = {n for name in ("kicker", "title", "subtitle", "dateline", "byline") for n in lines.field_lines(name)}
    return out | {n for caption in lines.captions for n in caption}


def _geometry(index: int, width: float, height: float, lines: str, layout: str) -> PdfPageGeometry:
    data = json.loads(layout)
    boxes = lambda items: [_box(index, xy) for xy in items]  # noqa: E731
    articles = tuple(
        ArticleLayout(
            boxes=boxes(a["boxes"]), headline=boxes(a["headline"]), blocks=[boxes(b) for b in a["blocks"]],
            captions=[boxes(c) for c in a["captions"]], photos=boxes(a["photos"]),
        )
        for a in data["articles"]
    )  # fmt: skip
    return PdfPageGeometry(
        width, height, tuple(boxes(json.loads(lines))), articles,
        tuple(tuple(a.get("lines") or ()) for a in data["articles"]),
        tuple(tuple(boxes(c)) for c in data.get("page_captions") or ()),
        tuple(BandLine(b["text"], b["band"], _box(index, b["box"]), b["size"]) for b in data.get("bands") or ()),
    )  # fmt: skip


@guarded
class PdfPages:
    def __init__(self, db: Db, pages: Pages) -> None:
        self.db = db
        self._pages = pages

    # -- reading ------------------------------------------------------------------------
    def file_by_hash(self, sha256: str) -> PdfFileFacts | None:
        row = self.db.one(f"SELECT {_FILE_COLUMNS} FROM pdf_files f WHERE f.sha256 = ?", (sha256,))
        return _facts(row) if row else None

    def files(self) -> list[tuple[PdfFileFacts, int]]:
        """Every PDF file with the number of its pages in the library, in import order."""
        rows = self.db.execute(
            f"SELECT {_FILE_COLUMNS}, (SELECT count(*) FROM pdf_pages p WHERE p.pdf_id = f.id) FROM pdf_files f ORDER BY f.id"
        )
        return [(_facts(r), r[-1]) for r in rows]

    def known_page(self, sha256: str, page_index: int, name: str) -> ImportResult | None:
        """An ImportResult marked duplicate when this page of this file is in the library already."""
        row = self.db.one(
            "SELECT p.source_id FROM pdf_pages p JOIN pdf_files f ON f.id = p.pdf_id WHERE f.sha256 = ? AND p.page_index = ?",
            (sha256, page_index),
        )
        return None if row is None else self._pages.known_source(row[0], name)

    def location(self, source_id: int) -> PdfLocation | None:
        """Where the page's PDF is; None for a page not imported from a PDF."""
        row = self.db.one(
            f"SELECT {_FILE_COLUMNS}, p.page_index, p.width, p.height FROM pdf_pages p JOIN pdf_files f ON f.id = p.pdf_id "
            "WHERE p.source_id = ?",
            (source_id,),
        )
        return None if row is None else PdfLocation(source_id, _facts(row[:9]), row[9], row[10], row[11])

    def geometry(self, source_id: int) -> PdfPageGeometry | None:
        row = self.db.one(
            "SELECT page_index, width, height, lines_json, layout_json FROM pdf_pages WHERE source_id = ?", (source_id,)
        )
        return None if row is None else _geometry(*row)

    def source_ids(self) -> set[int]:
        """The pages imported from PDFs."""
        return {r[0] for r in self.db.execute("SELECT source_id FROM pdf_pages")}

    def sources_of_file(self, pdf_id: int) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT source_id FROM pdf_pages WHERE pdf_id = ? ORDER BY page_index", (pdf_id,))]

    # -- writing ------------------------------------------------------------------------
    def add(
        self, name: str, page: Page, *, pdf: PdfFileFacts, page_index: int, content_key: str,
        identity: Sequence[PageMeta] | None = None,
    ) -> ImportResult:  # fmt: skip
        """Store a page read from a PDF (page.layout set) with its file, in one transaction.

        The same content twice adds nothing (as for text pages: the reading-order
        text is the content); the file's row is shared by all its pages.
        """
        if page.layout is None:
            raise ValueError("a PDF page needs its layout")
        with self.db.write():
            result = self._pages.add(
                name, page, path=pdf.imported_path or pdf.path, content_key=content_key, raw_text=page.layout.text,
                encoding="pdf", identity=identity,
            )  # fmt: skip
            result.path = name
            if result.duplicate:
                return result
            pdf_id = self._file_id(pdf)
            self.db.execute(
                "INSERT INTO pdf_pages(source_id, pdf_id, page_index, width, height, lines_json, layout_json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (result.source_id, pdf_id, page_index, page.layout.width, page.layout.height, lines_json(page), layout_json(page)),
            )
        return result

    def _file_id(self, pdf: PdfFileFacts) -> int:
        known = self.db.one("SELECT id FROM pdf_files WHERE sha256 = ?", (pdf.sha256,))
        if known is not None:
            return known[0]
        return self.db.execute(
            "INSERT INTO pdf_files(sha256, size, page_count, path, imported_path, copied, title, created, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (pdf.sha256, pdf.size, pdf.page_count, pdf.path, pdf.imported_path or pdf.path, int(pdf.copied), pdf.title,
             pdf.created, self.db.now()),
        ).lastrowid  # fmt: skip

    def relocate(self, pdf_id: int, path: str, *, copied: bool = False) -> None:
        """The file is now at ``path`` (the caller checked its hash): the user located it, or it was imported again."""
        with self.db.write():
            changed = self.db.execute(
                "UPDATE pdf_files SET path = ?, copied = ? WHERE id = ?", (path, int(copied), pdf_id)
            ).rowcount
        if not changed:
            raise NotFoundError(f"There is no PDF {pdf_id} in the library.")

    def replace_page(self, source_id: int, page: Page) -> None:
        """A re-parse read the page from its PDF again: its new boxes (inside the caller's transaction)."""
        self.db.execute(
            "UPDATE pdf_pages SET width = ?, height = ?, lines_json = ?, layout_json = ? WHERE source_id = ?",
            (page.layout.width, page.layout.height, lines_json(page), layout_json(page), source_id),
        )
