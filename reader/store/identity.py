"""Page identity: each page's newspaper, date, page, section … as every origin gave it, and the winner.

``page_values`` holds one row per (page, field, origin); ``page_identity``
holds one row per page with the values that win by origin (user > import >
header > filename > pdf, reader.identity.combine), rewritten whenever a
page's values change, so lists sort and filter on plain indexed columns.
Every page has a page_identity row (recompute writes it when the page is
stored).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence

from reader import identity
from reader.model import ORIGINS, PageMeta
from reader.store.db import Db, guarded, id_list
from reader.store.errors import NotFoundError
from reader.store.records import PageRecord

FIELDS = ("newspaper", "date", "page", "section", "editors", "issue", "cn")
# Marks "take this field back to what the page and its name say" in set_values.
AUTO = object()
_PAGE_COLUMNS = "p.newspaper, p.date, p.page, p.page_number, p.section, p.editors_json, p.issue, p.cn"


def _encode(field: str, value: object) -> str | None:
    if value in (None, ()):
        return None
    if field == "editors":
        return json.dumps([list(pair) for pair in value], ensure_ascii=False)
    return str(value)


def _decode(field: str, text: str | None) -> object:
    if field == "editors":
        return tuple(tuple(pair) for pair in json.loads(text)) if text else ()
    return text


def write_origin(conn: sqlite3.Connection, source_id: int, meta: PageMeta, origin: str) -> None:
    """Replace what ``origin`` says about a page with the fields ``meta`` has from that origin."""
    conn.execute("DELETE FROM page_values WHERE source_id = ? AND origin = ?", (source_id, origin))
    rows = [(source_id, f, origin, _encode(f, getattr(meta, f))) for f in FIELDS if meta.origins.get(f) == origin]
    conn.executemany("INSERT INTO page_values(source_id, field, origin, value) VALUES (?, ?, ?, ?)", rows)


def candidates(conn: sqlite3.Connection, source_id: int) -> list[PageMeta]:
    """One PageMeta per origin that says something about the page."""
    by_origin: dict[str, dict[str, object]] = {}
    for field, origin, value in conn.execute(
        "SELECT field, origin, value FROM page_values WHERE source_id = ?", (source_id,)
    ):
        by_origin.setdefault(origin, {})[field] = _decode(field, value)
    metas = []
    for origin, values in by_origin.items():
        fields = {k: v for k, v in values.items() if v not in (None, ())}
        if "page" in fields:
            fields["page_number"] = identity.page_number(fields["page"])
        metas.append(PageMeta(**fields, origins={f: origin for f in values}))
    return metas


def recompute(conn: sqlite3.Connection, source_id: int) -> PageMeta:
    """Write the winning values of one page into its sources row; returns them."""
    meta, _conflicts = identity.combine(*candidates(conn, source_id))
    conn.execute(
        "INSERT OR REPLACE INTO page_identity(source_id, newspaper, date, page, page_number, section, editors_json, "
        "issue, cn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (source_id, meta.newspaper, meta.date, meta.page, meta.page_number, meta.section,
         _encode("editors", meta.editors) or "[]", meta.issue, meta.cn),
    )  # fmt: skip
    return meta


def derive_stored_pages(conn: sqlite3.Connection, source_ids: Sequence[int] | None = None) -> None:
    """Read the stored pages' bands and names again: every page (the v7 migration: libraries made
    before identity), or ``source_ids`` (v11: pages a merge stored without their identity)."""
    rows = conn.execute("SELECT id, name, path, raw_text FROM sources").fetchall()
    if source_ids is not None:
        wanted = set(source_ids)
        rows = [row for row in rows if row[0] in wanted]
    for source_id, name, path, raw_text in rows:
        from reader.identity.pageband import find_bands

        header = find_bands(raw_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).meta if raw_text else PageMeta()
        from_name, _ = identity.read_path(path or name)
        write_origin(conn, source_id, header, "header")
        write_origin(conn, source_id, from_name, "filename")
        recompute(conn, source_id)


def meta_of_row(row: Sequence) -> PageMeta:
    """A PageMeta (values only) from the _PAGE_COLUMNS of a page_identity row."""
    values = dict(zip(("newspaper", "date", "page", "page_number", "section"), row[:5]))
    values["editors"] = _decode("editors", row[5])
    values["issue"], values["cn"] = row[6], row[7]
    return PageMeta(**{k: v for k, v in values.items() if v not in (None, ())})


@guarded
class PageIdentity:
    def __init__(self, db: Db) -> None:
        self.db = db

    # -- reading ------------------------------------------------------------------
    def of_source(self, source_id: int) -> PageRecord:
        records = self.of_sources([source_id])
        if not records:
            raise NotFoundError(f"There is no page {source_id} in the library.")
        return records[0]

    def of_sources(self, source_ids: Sequence[int]) -> list[PageRecord]:
        """Pages with their values, each value's origin, and what every origin said; in the order given."""
        rows = self.db.execute(
            "SELECT s.id, s.name, s.path, (SELECT count(*) FROM articles a WHERE a.source_id = s.id) "
            "FROM sources s WHERE s.id IN (SELECT value FROM json_each(?))",
            (id_list(source_ids),),
        ).fetchall()
        found = {row[0]: self._record(row) for row in rows}
        return [found[i] for i in source_ids if i in found]

    def _record(self, row: Sequence) -> PageRecord:
        said = candidates(self.db.conn, row[0])
        winner, conflicts = identity.combine(*said)
        heard: dict[str, list[tuple[str, object]]] = {}
        for meta in sorted(said, key=lambda m: ORIGINS.index(next(iter(m.origins.values())))):
            for field, origin in meta.origins.items():
                heard.setdefault(field, []).append((origin, getattr(meta, field)))
        return PageRecord(
            id=row[0], name=row[1], path=row[2], article_count=row[3], meta=winner,
            candidates={f: tuple(v) for f, v in heard.items()}, conflicts=tuple(c.message() for c in conflicts),
        )  # fmt: skip

    def all_ids(self, order_by_date: bool = False) -> list[int]:
        order = "date IS NULL, date, newspaper, page_number, page, source_id" if order_by_date else "source_id"
        return [r[0] for r in self.db.execute(f"SELECT source_id FROM page_identity ORDER BY {order}")]

    def sources_of_articles(self, article_ids: Iterable[int]) -> list[int]:
        """The pages these articles are on, each once, in page order."""
        rows = self.db.execute(
            "SELECT DISTINCT source_id FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY source_id",
            (id_list(article_ids),),
        )
        return [r[0] for r in rows]

    def meta_of_articles(self, article_ids: Sequence[int]) -> dict[int, PageMeta]:
        """Article id -> its page's values (without origins)."""
        rows = self.db.execute(
            f"SELECT a.id, {_PAGE_COLUMNS} FROM articles a INDEXED BY articles_summary "
            "JOIN page_identity p ON p.source_id = a.source_id WHERE a.id IN (SELECT value FROM json_each(?))",
            (id_list(article_ids),),
        )
        return {r[0]: meta_of_row(r[1:]) for r in rows}

    def values(self, field: str) -> list[tuple[str, int]]:
        """(value, number of pages) of a field across the library, most pages first (for filter lists)."""
        if field not in ("newspaper", "section", "page"):
            raise ValueError(f"no list of {field} values")
        order = "page_number IS NULL, page_number, page" if field == "page" else "count(*) DESC, " + field
        rows = self.db.execute(
            f"SELECT {field}, count(*) FROM page_identity WHERE {field} IS NOT NULL GROUP BY {field} ORDER BY {order}"
        )
        return [(r[0], r[1]) for r in rows]

    def years(self) -> list[tuple[int, int]]:
        """(year, number of pages) of the dated pages, oldest first."""
        rows = self.db.execute(
            "SELECT substr(date, 1, 4), count(*) FROM page_identity WHERE date IS NOT NULL GROUP BY 1 ORDER BY 1"
        )
        return [(int(r[0]), r[1]) for r in rows]

    def months(self, year: int) -> list[tuple[int, int]]:
        rows = self.db.execute(
            "SELECT substr(date, 6, 2), count(*) FROM page_identity WHERE date >= ? AND date < ? GROUP BY 1 ORDER BY 1",
            (f"{year:04d}-", f"{year + 1:04d}-"),
        )
        return [(int(r[0]), r[1]) for r in rows]

    def user_values(self, source_ids: Sequence[int]) -> dict[int, dict[str, str | None]]:
        """What the user set on these pages (field -> value, None for a cleared field): undo's snapshot."""
        out: dict[int, dict[str, str | None]] = {i: {} for i in source_ids}
        for source_id, field, value in self.db.execute(
            "SELECT source_id, field, value FROM page_values WHERE origin = 'user' "
            "AND source_id IN (SELECT value FROM json_each(?))",
            (id_list(source_ids),),
        ):
            out[source_id][field] = value
        return out

    # -- writing --------------------------------------------------------------------
    def set_values(self, source_ids: Sequence[int], values: Mapping[str, object], origin: str = "user") -> int:
        """Set fields of many pages in one transaction; returns the number of pages that exist.

        A value is checked (reader.identity.clean_value: ValueError for a date
        that cannot exist, a page that is no label); an empty one clears the
        field (it stays empty whatever the page says); AUTO drops what this
        origin said, so the page's own header or name speaks again.
        """
        cleaned = {f: (AUTO if v is AUTO else identity.clean_value(f, v)) for f, v in values.items()}
        with self.db.write():
            existing = [r[0] for r in self.db.execute(
                "SELECT source_id FROM page_identity WHERE source_id IN (SELECT value FROM json_each(?))",
                (id_list(source_ids),),
            )]  # fmt: skip
            for source_id in existing:
                for field, value in cleaned.items():
                    self.db.execute(
                        "DELETE FROM page_values WHERE source_id = ? AND field = ? AND origin = ?",
                        (source_id, field, origin),
                    )
                    if value is not AUTO:
                        self.db.execute(
                            "INSERT INTO page_values(source_id, field, origin, value) VALUES (?, ?, ?, ?)",
                            (source_id, field, origin, value),
                        )
                recompute(self.db.conn, source_id)
        return len(existing)

    def restore_user_values(self, snapshot: Mapping[int, Mapping[str, str | None]], fields: Iterable[str]) -> None:
        """Put the user's values of ``fields`` back as user_values() read them (undo of set_values)."""
        fields = list(fields)
        with self.db.write():
            for source_id, values in snapshot.items():
                for field in fields:
                    self.db.execute(
                        "DELETE FROM page_values WHERE source_id = ? AND field = ? AND origin = 'user'",
                        (source_id, field),
                    )
                    if field in values:
                        self.db.execute(
                            "INSERT INTO page_values(source_id, field, origin, value) VALUES (?, ?, 'user', ?)",
                            (source_id, field, values[field]),
                        )
                recompute(self.db.conn, source_id)

    def share_across_issue(self, source_ids: Sequence[int]) -> None:
        """The pages of one file (a PDF of an issue, a text file of many pages): what their headers
        agree on of the newspaper, date, issue and CN number (reader.identity.shared_value) becomes
        origin "issue" of each page that no stronger origin speaks for. In one transaction; what
        "issue" said before is dropped first, so this follows the headers after a reparse."""
        ids = list(dict.fromkeys(source_ids))
        if len(ids) < 2:
            return
        stronger = ORIGINS[: ORIGINS.index("issue")]
        with self.db.write():
            self.db.execute(
                "DELETE FROM page_values WHERE origin = 'issue' AND source_id IN (SELECT value FROM json_each(?))",
                (id_list(ids),),
            )
            headers: dict[str, list[object]] = {f: [] for f in identity.ISSUE_FIELDS}
            spoken: set[tuple[int, str]] = set()  # a cleared field (NULL) speaks too: it stays empty
            for source_id, field, origin, value in self.db.execute(
                "SELECT source_id, field, origin, value FROM page_values "
                "WHERE source_id IN (SELECT value FROM json_each(?))",
                (id_list(ids),),
            ).fetchall():
                if field not in headers or origin not in stronger:
                    continue
                spoken.add((source_id, field))
                if origin == "header" and value is not None:
                    headers[field].append(value)
            for field, values in headers.items():
                value = identity.shared_value(field, values)
                if value is None:
                    continue
                self.db.executemany(
                    "INSERT INTO page_values(source_id, field, origin, value) VALUES (?, ?, 'issue', ?)",
                    [(i, field, value) for i in ids if (i, field) not in spoken],
                )
            for source_id in ids:
                recompute(self.db.conn, source_id)

    def issues(self) -> list[list[int]]:
        """The pages of each file of many pages: each PDF's, each text file's «#page=N» pages."""
        groups: dict[tuple, list[int]] = {}
        for key, source_id in self.db.execute(
            "SELECT 'pdf ' || pdf_id, source_id FROM pdf_pages "
            "UNION ALL SELECT 'text ' || path, id FROM sources "
            "WHERE name LIKE '%#page=%' AND id NOT IN (SELECT source_id FROM pdf_pages) ORDER BY 2"
        ):
            groups.setdefault(key, []).append(source_id)
        return [ids for ids in groups.values() if len(ids) > 1]

    def record(self, source_id: int, metas: Iterable[PageMeta]) -> PageMeta:
        """Store what each source of identity said about a new page (inside the caller's transaction)."""
        for meta in metas:
            for origin in set(meta.origins.values()):
                write_origin(self.db.conn, source_id, meta, origin)
        return recompute(self.db.conn, source_id)

    def replace_origin(self, source_id: int, meta: PageMeta, origin: str) -> PageMeta:
        """What one origin says now (a re-parse reads the header again); inside the caller's transaction."""
        write_origin(self.db.conn, source_id, meta, origin)
        return recompute(self.db.conn, source_id)
