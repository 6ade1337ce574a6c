"""Snapshots: every row of some articles and the user's work on them, to put back exactly (undo, redo, trash).

A snapshot copies whole rows, whatever columns the tables have, of the
articles themselves, their annotations, entities (the recogniser's and the
user's), suppressions, tags and notes, plus the trash rows, correction
rows and dropped-line lists named. ``restore`` makes the library hold
exactly those rows again for everything the snapshot covers, in the
caller's transaction, keeping the search index and the entity index's
counts right.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.search_query import FIELDS
from reader.store import text_index
from reader.store.db import Db, id_list
from reader.store.entities import Entities

# Tables holding work on an article, each with the column naming the article.
_ARTICLE_TABLES = (
    ("annotations", "article_id"), ("entities", "article_id"), ("entity_suppressions", "article_id"),
    ("article_tags", "article_id"), ("article_notes", "article_id"), ("trash", "article_id"),
)  # fmt: skip


@dataclass(slots=True)
class Snapshot:
    article_ids: tuple[int, ...]
    correction_ids: tuple[int, ...]
    source_ids: tuple[int, ...]
    rows: dict[str, list[dict]] = field(default_factory=dict)  # table -> rows as column -> value
    dropped: dict[int, str] = field(default_factory=dict)  # source id -> dropped_json

    def to_json(self) -> str:
        return json.dumps({
            "article_ids": self.article_ids, "correction_ids": self.correction_ids, "source_ids": self.source_ids,
            "rows": self.rows, "dropped": {str(k): v for k, v in self.dropped.items()},
        }, ensure_ascii=False)  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> "Snapshot":
        data = json.loads(text)
        return cls(
            tuple(data["article_ids"]), tuple(data["correction_ids"]), tuple(data["source_ids"]), data["rows"],
            {int(k): v for k, v in data["dropped"].items()},
        )  # fmt: skip

    def work_fingerprint(self) -> list:
        """What the user made and sees, not what the recogniser or a clock adds: to tell whether anything changed since."""
        keep = []
        for table, rows in sorted(self.rows.items()):
            for row in rows:
                if table == "entities" and row.get("origin") == "auto":
                    continue
                keep.append((table, sorted((k, v) for k, v in row.items() if k not in ("recognised_at",))))
        return sorted(keep, key=repr)


def _select(db: Db, table: str, column: str, ids: Sequence[int]) -> list[dict]:
    cursor = db.execute(f"SELECT * FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))", (id_list(ids),))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def take(db: Db, article_ids: Iterable[int], *, correction_ids: Iterable[int] = (), source_ids: Iterable[int] = ()) -> Snapshot:
    ids = tuple(sorted(set(article_ids)))
    snapshot = Snapshot(ids, tuple(sorted(set(correction_ids))), tuple(sorted(set(source_ids))))
    snapshot.rows["articles"] = _select(db, "articles", "id", ids)
    for table, column in _ARTICLE_TABLES:
        snapshot.rows[table] = _select(db, table, column, ids)
    snapshot.rows["corrections"] = _select(db, "corrections", "id", snapshot.correction_ids)
    for source_id in snapshot.source_ids:
        row = db.one("SELECT dropped_json FROM sources WHERE id = ?", (source_id,))
        if row is not None:
            snapshot.dropped[source_id] = row[0]
    return snapshot


def _insert(db: Db, table: str, rows: list[dict]) -> None:
    for row in rows:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))


def restore(db: Db, entities: Entities, snapshot: Snapshot, *, also_articles: Sequence[int] = ()) -> None:
    """Make the snapshot's rows the library's again (inside the caller's transaction).

    ``also_articles`` are articles that exist now but not in the snapshot
    (made after it was taken): they go. Positions are put back as they were,
    so the whole page is cleared before its rows come back.
    """
    ids = sorted(set(snapshot.article_ids) | set(also_articles))
    with entities.counts_follow(ids):
        columns = ", ".join(text_index.SOURCE_COLUMNS[f] for f in FIELDS)
        current = db.execute(
            f"SELECT id, {columns} FROM articles WHERE id IN (SELECT value FROM json_each(?))", (id_list(ids),)
        ).fetchall()
        for article_id, *fields in current:
            text_index.remove(db.conn, article_id, fields)
        for table, column in _ARTICLE_TABLES:
            db.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))", (id_list(ids),))
        db.execute("DELETE FROM corrections WHERE id IN (SELECT value FROM json_each(?))", (id_list(snapshot.correction_ids),))
        db.execute("DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))", (id_list(ids),))
        _insert(db, "articles", snapshot.rows["articles"])
        for row in snapshot.rows["articles"]:
            text_index.add(db.conn, row["id"], [row[text_index.SOURCE_COLUMNS[f]] for f in FIELDS])
        # Corrections before the trash rows that refer to them.
        _insert(db, "corrections", snapshot.rows.get("corrections", []))
        tags = {r[0] for r in db.execute("SELECT id FROM tags")}
        for table, _column in _ARTICLE_TABLES:
            rows = snapshot.rows.get(table, [])
            if table == "article_tags":
                rows = [r for r in rows if r["tag_id"] in tags]  # a tag deleted since stays deleted
            elif table == "annotations":
                rows = [{**r, "tag_id": r["tag_id"] if r["tag_id"] in tags else None} for r in rows]
            _insert(db, table, rows)
    for source_id, dropped in snapshot.dropped.items():
        db.execute("UPDATE sources SET dropped_json = ? WHERE id = ?", (dropped, source_id))
