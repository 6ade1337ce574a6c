"""Entities of articles: the recogniser's spans, the user's own, suppressions, and the index's counts.

Owns ``entities``, ``entity_suppressions`` and ``entity_counts``. An entity
row counts ("is effective") unless it is the recogniser's and the user
suppressed it; ``entity_counts`` holds, per canonical (label, text) — an
alias counts as its entity, reader/store/aliases.py — how many articles
have it as an effective entity, kept right by ``counts_follow`` around
every write that can change that.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator, Sequence

from reader.store.articles import Articles
from reader.store.db import Db, guarded, id_list
from reader.store.errors import InvalidInputError
from reader.store.records import EntityIndexEntry, EntityRecord

# An entity row ``e`` counts unless it is the recogniser's and the user suppressed it.
EFFECTIVE_ENTITY = (
    "NOT (e.origin = 'auto' AND EXISTS (SELECT 1 FROM entity_suppressions s WHERE s.article_id = e.article_id "
    'AND s.start = e.start AND s."end" = e."end" AND s.label = e.label))'
)


@guarded
class Entities:
    def __init__(self, db: Db, articles: Articles) -> None:
        self.db = db
        self._articles = articles

    def of_article(self, article_id: int) -> list[EntityRecord]:
        """Effective entities: the recogniser's minus those the user removed, plus the user's."""
        rows = self.db.execute(
            'SELECT e.start, e."end", e.label, e.text, e.origin, al.to_label, al.to_text FROM entities e '
            "LEFT JOIN entity_aliases al ON al.label = e.label AND al.text = e.text WHERE e.article_id = ? "
            f"AND {EFFECTIVE_ENTITY} "
            "ORDER BY e.start, e.\"end\", e.origin = 'auto'",
            (article_id,),
        )
        seen: set[tuple[int, int, str]] = set()
        result = []
        for start, end, label, text, origin, to_label, to_text in rows:
            if (start, end, label) in seen:  # the user's copy of a recogniser span (sorted first) wins
                continue
            seen.add((start, end, label))
            result.append(EntityRecord(start, end, label, text, origin, to_label, to_text))
        return result

    def _check_span(self, article_id: int, start: int, end: int) -> str:
        text = self._articles.body_text(article_id)
        if not (0 <= start < end <= len(text)):
            raise InvalidInputError(
                f"Offsets {start}–{end} are outside article {article_id}'s text of {len(text)} characters."
            )
        return text

    def add(self, article_id: int, start: int, end: int, label: str) -> EntityRecord:
        """The user marks a span as an entity."""
        if not label or not label.strip():
            raise InvalidInputError("An entity needs a label.")
        with self.db.write():
            text = self._check_span(article_id, start, end)[start:end]
            exists = self.db.one(
                'SELECT 1 FROM entities WHERE article_id = ? AND start = ? AND "end" = ? AND label = ? '
                "AND origin = 'user'",
                (article_id, start, end, label),
            )
            if not exists:
                with self.counts_follow([article_id]):
                    self.db.execute(
                        'INSERT INTO entities(article_id, start, "end", label, text, origin) '
                        "VALUES (?, ?, ?, ?, ?, 'user')",
                        (article_id, start, end, label, text),
                    )
        return EntityRecord(start, end, label, text, "user")

    def remove(self, article_id: int, start: int, end: int, label: str) -> None:
        """Undo of add."""
        with self.db.write(), self.counts_follow([article_id]):
            self.db.execute(
                'DELETE FROM entities WHERE article_id = ? AND start = ? AND "end" = ? AND label = ? '
                "AND origin = 'user'",
                (article_id, start, end, label),
            )

    def suppress(self, article_id: int, start: int, end: int, label: str) -> None:
        """The user says this recogniser span is wrong; it stays hidden after re-recognition."""
        with self.db.write(), self.counts_follow([article_id]):
            self._check_span(article_id, start, end)
            self.db.execute(
                'INSERT OR IGNORE INTO entity_suppressions(article_id, start, "end", label) VALUES (?, ?, ?, ?)',
                (article_id, start, end, label),
            )

    def unsuppress(self, article_id: int, start: int, end: int, label: str) -> None:
        """Undo of suppress."""
        with self.db.write(), self.counts_follow([article_id]):
            self.db.execute(
                'DELETE FROM entity_suppressions WHERE article_id = ? AND start = ? AND "end" = ? AND label = ?',
                (article_id, start, end, label),
            )

    def relabel(self, article_id: int, start: int, end: int, old_label: str, new_label: str) -> EntityRecord:
        """The entity shown at [start, end) as ``old_label`` is ``new_label`` instead, in one transaction.

        The shown span goes: the user's own is deleted, the recogniser's is
        suppressed. The new one comes: the recogniser's own span of that type
        there, if the user had suppressed it, is shown again; else the user's
        span is added. So relabelling back (``new_label`` to ``old_label``)
        undoes it exactly: a recogniser's span comes back as the recogniser's.
        """
        if not new_label or not new_label.strip():
            raise InvalidInputError("An entity needs a label.")
        if new_label == old_label:
            raise InvalidInputError(f"The entity is a {old_label} already.")
        at = 'e.article_id = ? AND e.start = ? AND e."end" = ? AND e.label = ?'
        at_suppression = 'article_id = ? AND start = ? AND "end" = ? AND label = ?'
        old = (article_id, start, end, old_label)
        new = (article_id, start, end, new_label)
        with self.db.write(), self.counts_follow([article_id]):
            text = self._check_span(article_id, start, end)[start:end]
            if self.db.one(f"SELECT 1 FROM entities e WHERE {at} AND e.origin = 'user'", old):
                self.db.execute(f"DELETE FROM entities AS e WHERE {at} AND e.origin = 'user'", old)
            elif self.db.one(f"SELECT 1 FROM entities e WHERE {at} AND e.origin = 'auto' AND {EFFECTIVE_ENTITY}", old):
                self.db.execute(
                    'INSERT OR IGNORE INTO entity_suppressions(article_id, start, "end", label) VALUES (?, ?, ?, ?)',
                    old,
                )
            else:
                raise InvalidInputError(f"Article {article_id} shows no {old_label} entity at {start}–{end} to change.")
            if self.db.one(f"SELECT 1 FROM entities e WHERE {at} AND e.origin = 'auto'", new) and self.db.one(
                f"SELECT 1 FROM entity_suppressions WHERE {at_suppression}", new
            ):
                self.db.execute(f"DELETE FROM entity_suppressions WHERE {at_suppression}", new)
                origin = "auto"
            else:
                if not self.db.one(f"SELECT 1 FROM entities e WHERE {at} AND e.origin = 'user'", new):
                    self.db.execute(
                        'INSERT INTO entities(article_id, start, "end", label, text, origin) VALUES (?, ?, ?, ?, ?, \'user\')',
                        (*new, text),
                    )
                origin = "user"
        return EntityRecord(start, end, new_label, text, origin)

    def index(
        self, label: str | None = None, *, contains: str | None = None, limit: int | None = None
    ) -> list[EntityIndexEntry]:
        """Effective entities (label, text) with the number of articles naming them, most named first.

        ``label`` keeps one type; ``contains`` keeps texts containing it (a
        search box over the index); ``limit`` keeps the first ones. Answered
        from the maintained entity_counts table, not by counting entities.
        """
        conditions: list[str] = []
        params: list = []
        if label is not None:
            conditions.append("label = ?")
            params.append(label)
        if contains:
            conditions.append("instr(text, ?) > 0")  # exact substring: no LIKE wildcards to escape
            params.append(contains)
        sql = "SELECT label, text, articles FROM entity_counts"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += " ORDER BY articles DESC, label, text"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [EntityIndexEntry(*r) for r in self.db.execute(sql, params)]

    def user_dictionary(self) -> dict[str, str]:
        """Phrases the user marked as entities anywhere: text -> label (the latest marking wins)."""
        rows = self.db.execute("SELECT text, label FROM entities WHERE origin = 'user' ORDER BY id")
        return {text: label for text, label in rows}

    # -- the recogniser's spans (inside the caller's transaction) ----------------------
    def replace_recognised(self, article_id: int, spans: Sequence) -> None:
        self.db.execute("DELETE FROM entities WHERE article_id = ? AND origin = 'auto'", (article_id,))
        self.db.executemany(
            'INSERT INTO entities(article_id, start, "end", label, text, origin) VALUES (?, ?, ?, ?, ?, \'auto\')',
            [(article_id, s.start, s.end, s.label, s.text) for s in spans],
        )

    def drop_recognised(self, article_id: int) -> None:
        """The text changed under the recogniser's spans: they no longer fit."""
        self.db.execute("DELETE FROM entities WHERE article_id = ? AND origin = 'auto'", (article_id,))

    # -- the user's spans when the text changes (inside the caller's transaction) -------
    def user_spans(self, article_id: int) -> list[tuple[int, int, int, str, str]]:
        """(id, start, end, label, text) of the user's own entities in an article."""
        return self.db.execute(
            'SELECT id, start, "end", label, text FROM entities WHERE article_id = ? AND origin = \'user\'',
            (article_id,),
        ).fetchall()

    def suppressions(self, article_id: int) -> list[tuple[int, int, str]]:
        return self.db.execute(
            'SELECT start, "end", label FROM entity_suppressions WHERE article_id = ?', (article_id,)
        ).fetchall()

    def move_user_span(self, entity_id: int, start: int, end: int) -> None:
        self.db.execute('UPDATE entities SET start = ?, "end" = ? WHERE id = ?', (start, end, entity_id))

    def drop_user_span(self, entity_id: int) -> None:
        self.db.execute("DELETE FROM entities WHERE id = ?", (entity_id,))

    def move_suppression(self, article_id: int, old: tuple[int, int, str], start: int | None, end: int | None) -> None:
        """Re-key a suppression to new offsets, or drop it when ``start`` is None."""
        self.db.execute(
            'DELETE FROM entity_suppressions WHERE article_id = ? AND start = ? AND "end" = ? AND label = ?',
            (article_id, *old),
        )
        if start is not None:
            self.db.execute(
                'INSERT OR IGNORE INTO entity_suppressions(article_id, start, "end", label) VALUES (?, ?, ?, ?)',
                (article_id, start, end, old[2]),
            )

    # -- the index's counts --------------------------------------------------------------
    def _effective_pairs(self, article_ids: Sequence[int]) -> Counter:
        """(label, text) -> how many of these articles it is an effective entity of."""
        # Counted under the canonical entity each counts as (reader/store/aliases.py).
        rows = self.db.execute(
            "SELECT DISTINCT e.article_id, COALESCE(al.to_label, e.label), COALESCE(al.to_text, e.text) FROM entities e "
            "LEFT JOIN entity_aliases al ON al.label = e.label AND al.text = e.text "
            f"WHERE e.article_id IN (SELECT value FROM json_each(?)) AND {EFFECTIVE_ENTITY}",
            (id_list(article_ids),),
        )
        return Counter((label, text) for _article_id, label, text in rows)

    @contextlib.contextmanager
    def counts_follow(self, article_ids: Sequence[int]) -> Iterator[None]:
        """Keep entity_counts right across writes to these articles' entities or suppressions.

        Inside the caller's transaction: the counts change together with the
        rows or not at all. Compares what the articles contributed before and
        after, so any kind of write in between is covered (a deleted article
        contributes nothing after).
        """
        ids = list(article_ids)
        before = self._effective_pairs(ids)
        yield
        after = self._effective_pairs(ids)
        delta = []
        for key in before.keys() | after.keys():
            if change := after[key] - before[key]:
                delta.append((*key, change))
        if not delta:
            return
        self.db.executemany(
            "INSERT INTO entity_counts(label, text, articles) VALUES (?, ?, ?) "
            "ON CONFLICT(label, text) DO UPDATE SET articles = articles + excluded.articles",
            delta,
        )
        self.db.executemany(
            "DELETE FROM entity_counts WHERE label = ? AND text = ? AND articles <= 0",
            [(label, text) for label, text, change in delta if change < 0],
        )
