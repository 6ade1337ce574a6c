"""Passage annotations: a span of an article's body with a tag and/or a note (table ``annotations``).

Each keeps its quote and a little context on both sides, so that a re-parse
or a correction can find the passage again (reader/store/anchoring.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from reader.store import anchoring
from reader.store.articles import Articles
from reader.store.db import Db, guarded, id_list
from reader.store.errors import InvalidInputError, LibraryError, NotFoundError, QuoteNotFoundError
from reader.store.records import Annotation
from reader.store.tags import Tags

_COLUMNS = (
    "n.id, n.article_id, n.start, n.\"end\", n.quote, n.prefix, n.suffix, t.name, n.note, "
    "n.created, n.modified, n.orphaned, n.coder, n.edited"
)
_SELECT = f"SELECT {_COLUMNS} FROM annotations n LEFT JOIN tags t ON t.id = n.tag_id"


def _annotation(row: sqlite3.Row | tuple) -> Annotation:
    return Annotation(
        id=row[0], article_id=row[1], start=row[2], end=row[3], quote=row[4], prefix=row[5],
        suffix=row[6], tag=row[7], note=row[8], created=row[9], modified=row[10], orphaned=bool(row[11]),
        coder=row[12],
        edited=bool(row[13]),
    )  # fmt: skip


@guarded
class Annotations:
    def __init__(self, db: Db, articles: Articles, tags: Tags) -> None:
        self.db = db
        self._articles = articles
        self._tags = tags

    # -- reading ---------------------------------------------------------------------
    def get(self, annotation_id: int) -> Annotation:
        row = self.db.one(f"{_SELECT} WHERE n.id = ?", (annotation_id,))
        if row is None:
            raise NotFoundError(f"There is no annotation {annotation_id} in the library.")
        return _annotation(row)

    def of_article(self, article_id: int) -> list[Annotation]:
        rows = self.db.execute(f'{_SELECT} WHERE n.article_id = ? ORDER BY n.start, n."end", n.id', (article_id,))
        return [_annotation(r) for r in rows]

    def of_articles(self, article_ids: Sequence[int]) -> list[Annotation]:
        rows = self.db.execute(
            f"{_SELECT} WHERE n.article_id IN (SELECT value FROM json_each(?)) ORDER BY n.id", (id_list(article_ids),)
        )
        return [_annotation(r) for r in rows]

    def on_article(self, article_id: int) -> bool:
        return self.db.one("SELECT EXISTS (SELECT 1 FROM annotations WHERE article_id = ?)", (article_id,))[0] == 1

    # -- user actions ------------------------------------------------------------------
    def add(self, article_id: int, start: int, end: int, *, tag: str | None = None, note: str | None = None) -> Annotation:
        with self.db.write():
            text = self._articles.body_text(article_id)
            if not (0 <= start < end <= len(text)):
                raise InvalidInputError(
                    f"Offsets {start}–{end} are outside article {article_id}'s text of {len(text)} characters."
                )
            prefix, suffix = anchoring.context_around(text, start, end)
            tag_id = self._tags.ensure(tag) if tag else None
            now = self.db.now()
            annotation_id = self.db.execute(
                'INSERT INTO annotations(article_id, start, "end", quote, prefix, suffix, tag_id, note, created, modified, '
                "coder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, start, end, text[start:end], prefix, suffix, tag_id, note or None, now, now, self.db.coder),
            ).lastrowid
            return self.get(annotation_id)

    def add_quote(self, article_id: int, quote: str, *, tag: str | None = None, note: str | None = None) -> Annotation:
        """Annotates the first occurrence; QuoteNotFoundError when absent."""
        with self.db.write():
            start = self._articles.body_text(article_id).find(quote) if quote else -1
            if start < 0:
                shown = quote if len(quote) <= 40 else quote[:40] + "…"
                raise QuoteNotFoundError(f"Article {article_id} does not contain the passage «{shown}».")
            return self.add(article_id, start, start + len(quote), tag=tag, note=note)

    def update(self, annotation_id: int, *, tag: str | None = ..., note: str | None = ...) -> Annotation:  # type: ignore[assignment]
        """Change the tag and/or note; ``...`` leaves one as it is, None or "" clears it."""
        with self.db.write():
            self.get(annotation_id)
            if tag is not ...:
                tag_id = self._tags.ensure(tag) if tag else None
                self.db.execute("UPDATE annotations SET tag_id = ? WHERE id = ?", (tag_id, annotation_id))
            if note is not ...:
                self.db.execute("UPDATE annotations SET note = ? WHERE id = ?", (note or None, annotation_id))
            self.db.execute("UPDATE annotations SET modified = ? WHERE id = ?", (self.db.now(), annotation_id))
            return self.get(annotation_id)

    def delete(self, annotation_id: int) -> Annotation:
        with self.db.write():
            annotation = self.get(annotation_id)
            self.db.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
        return annotation

    def restore(self, annotation: Annotation) -> Annotation:
        """Undo of delete(): the same id, texts and times come back."""
        with self.db.write():
            self._articles.body_text(annotation.article_id)
            if self.db.one("SELECT 1 FROM annotations WHERE id = ?", (annotation.id,)):
                raise LibraryError(f"Annotation {annotation.id} exists already; nothing to restore.")
            tag_id = self._tags.ensure(annotation.tag) if annotation.tag else None
            self.db.execute(
                'INSERT INTO annotations(id, article_id, start, "end", quote, prefix, suffix, tag_id, note, '
                "created, modified, orphaned, coder, edited) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    annotation.id, annotation.article_id, annotation.start, annotation.end, annotation.quote,
                    annotation.prefix, annotation.suffix, tag_id, annotation.note, annotation.created,
                    annotation.modified, int(annotation.orphaned), annotation.coder or self.db.coder,
                    int(annotation.edited),
                ),  # fmt: skip
            )
            return self.get(annotation.id)

    # -- when the text changes (inside the caller's transaction) ---------------------------
    def move(self, annotation_id: int, article_id: int, start: int, end: int, text: str) -> None:
        """Re-anchor to text[start:end] of ``article_id`` (its context re-read there)."""
        prefix, suffix = anchoring.context_around(text, start, end)
        self.db.execute(
            'UPDATE annotations SET article_id = ?, start = ?, "end" = ?, prefix = ?, suffix = ?, orphaned = 0 '
            "WHERE id = ?",
            (article_id, start, end, prefix, suffix, annotation_id),
        )

    def orphan(self, annotation_id: int) -> None:
        self.db.execute("UPDATE annotations SET orphaned = 1 WHERE id = ?", (annotation_id,))
