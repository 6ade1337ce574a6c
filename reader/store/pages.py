"""Pages: the stored sources (one row per imported page) and storing a finished page.

The store stores: reading files, decoding and parsing happen in reader/ingest,
which hands finished pages here.
"""

from __future__ import annotations

import hashlib
import json

from collections.abc import Sequence

from reader.model import DroppedLine, Page, PageMeta
from reader.store.articles import Articles
from reader.store.db import Db, guarded
from reader.store.identity import PageIdentity
from reader.store.records import ImportResult, Source


def page_key(page: Page) -> str:
    """Identifies a page stored without a content key of its own: its parsed content."""
    payload = json.dumps([a.to_json() for a in page.articles], ensure_ascii=False, sort_keys=True)
    return "page-sha256:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()


@guarded
class Pages:
    def __init__(self, db: Db, articles: Articles, identity: PageIdentity) -> None:
        self.db = db
        self._articles = articles
        self._identity = identity

    def by_content(self, content_key: str) -> int | None:
        """The id of the source stored under this content key, or None."""
        row = self.db.one("SELECT id FROM sources WHERE content_hash = ?", (content_key,))
        return row[0] if row else None

    def known(self, content_key: str, path: str) -> ImportResult | None:
        """An ImportResult marked duplicate when this content is in the library already."""
        source_id = self.by_content(content_key)
        if source_id is None:
            return None
        return self.known_source(source_id, path)

    def known_source(self, source_id: int, path: str) -> ImportResult:
        """The ImportResult of ``path`` found to be the stored page ``source_id`` (a duplicate)."""
        return ImportResult(path, source_id, self._articles.ids_of_source(source_id), duplicate=True)

    def add(
        self,
        name: str,
        page: Page,
        *,
        path: str = "",
        content_key: str = "",
        raw_text: str = "",
        encoding: str | None = None,
        identity: Sequence[PageMeta] | None = None,
    ) -> ImportResult:
        """Store a finished page with its articles in one transaction; the same content twice adds nothing.

        Without ``content_key`` the page's parsed content identifies it.
        ``raw_text`` is what reparse() parses again; a page stored without it
        is left alone there. ``identity`` is what each origin says about the
        page (reader/ingest reads the header, the file name and the import's
        options); by default the page's own header (``page.meta``).
        """
        content_key = content_key or page_key(page)
        with self.db.write():
            duplicate = self.known(content_key, path or name)
            if duplicate is not None:
                return duplicate
            source_id = self.db.execute(
                "INSERT INTO sources(name, path, content_hash, encoding, imported_at, raw_text, dropped_json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (name, path, content_key, encoding or page.encoding, self.db.now(), raw_text, dropped_json(page.dropped)),
            ).lastrowid
            ids = [self._articles.insert(source_id, position, a) for position, a in enumerate(page.articles)]
            self._identity.record(source_id, (page.meta,) if identity is None else identity)
        return ImportResult(path or name, source_id, ids)

    def all(self) -> list[Source]:
        rows = self.db.execute(
            "SELECT s.id, s.name, s.path, count(a.id) FROM sources s LEFT JOIN articles a ON a.source_id = s.id "
            "GROUP BY s.id ORDER BY s.id"
        )
        return [Source(*r) for r in rows]

    def with_raw_text(self) -> list[int]:
        """Ids of the sources that keep their raw text (those a re-parse can read again)."""
        return [r[0] for r in self.db.execute("SELECT id FROM sources WHERE raw_text != '' ORDER BY id")]

    def raw_text(self, source_id: int) -> tuple[str, str]:
        """(name, raw text) of one source."""
        return self.db.one("SELECT name, raw_text FROM sources WHERE id = ?", (source_id,))

    def dropped(self, source_id: int) -> list[DroppedLine]:
        """The page's lines that are in no article (the parser's and the user's), by line."""
        row = self.db.one("SELECT dropped_json FROM sources WHERE id = ?", (source_id,))
        return [DroppedLine(d["line"], d["text"], d["reason"]) for d in json.loads(row[0])] if row else []

    def set_raw_text(self, source_id: int, raw_text: str, content_key: str) -> None:
        """A page read again from its PDF: its new reading-order text (inside the caller's transaction).

        The content key follows the text unless another page has that key already.
        """
        self.db.execute("UPDATE sources SET raw_text = ? WHERE id = ?", (raw_text, source_id))
        self.db.execute("UPDATE OR IGNORE sources SET content_hash = ? WHERE id = ?", (content_key, source_id))

    def set_dropped(self, source_id: int, dropped: Sequence[DroppedLine]) -> None:
        """Inside the caller's transaction (a re-parse, a correction)."""
        self.db.execute("UPDATE sources SET dropped_json = ? WHERE id = ?", (dropped_json(dropped), source_id))


def dropped_json(dropped: Sequence[DroppedLine]) -> str:
    rows = [{"line": d.line_no, "text": d.text, "reason": d.reason} for d in sorted(dropped, key=lambda d: d.line_no)]
    return json.dumps(rows, ensure_ascii=False)
