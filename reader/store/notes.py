"""Article notes: one free-text note per article and coder (table ``article_notes``)."""

from __future__ import annotations

from reader.store.articles import Articles
from reader.store.db import Db, guarded


@guarded
class Notes:
    def __init__(self, db: Db, articles: Articles) -> None:
        self.db = db
        self._articles = articles

    def get(self, article_id: int, *, coder: str | None = None) -> str:
        """The note of ``coder`` (default: the current coder) on the article, "" when there is none."""
        row = self.db.one(
            "SELECT note FROM article_notes WHERE article_id = ? AND coder = ?", (article_id, coder or self.db.coder)
        )
        return row[0] if row else ""

    def all_of(self, article_id: int) -> list[tuple[str, str]]:
        """(coder, note) of every coder's note on the article, by coder."""
        return self.db.execute(
            "SELECT coder, note FROM article_notes WHERE article_id = ? ORDER BY coder", (article_id,)
        ).fetchall()

    def set(self, article_id: int, text: str) -> None:
        """The current coder's note; an empty (or blank) text removes it."""
        with self.db.write():
            self._articles.body_text(article_id)  # NotFoundError for unknown ids
            if not (text or "").strip():
                self.db.execute(
                    "DELETE FROM article_notes WHERE article_id = ? AND coder = ?", (article_id, self.db.coder)
                )
                return
            now = self.db.now()
            self.db.execute(
                "INSERT INTO article_notes(article_id, coder, note, created, modified) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(article_id, coder) DO UPDATE SET note = excluded.note, modified = excluded.modified",
                (article_id, self.db.coder, text, now, now),
            )

    def on_article(self, article_id: int) -> bool:
        return self.db.one("SELECT EXISTS (SELECT 1 FROM article_notes WHERE article_id = ?)", (article_id,))[0] == 1
