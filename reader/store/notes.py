"""Article notes: one free-text note per article (table ``article_notes``)."""

from __future__ import annotations

from reader.store.articles import Articles
from reader.store.db import Db, guarded


@guarded
class Notes:
    def __init__(self, db: Db, articles: Articles) -> None:
        self.db = db
        self._articles = articles

    def get(self, article_id: int) -> str:
        row = self.db.one("SELECT note FROM article_notes WHERE article_id = ?", (article_id,))
        return row[0] if row else ""

    def set(self, article_id: int, text: str) -> None:
        """An empty (or blank) text removes the note."""
        with self.db.write():
            self._articles.body_text(article_id)  # NotFoundError for unknown ids
            if not (text or "").strip():
                self.db.execute("DELETE FROM article_notes WHERE article_id = ?", (article_id,))
                return
            now = self.db.now()
            self.db.execute(
                "INSERT INTO article_notes(article_id, note, created, modified) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET note = excluded.note, modified = excluded.modified",
                (article_id, text, now, now),
            )

    def on_article(self, article_id: int) -> bool:
        return self.db.one("SELECT EXISTS (SELECT 1 FROM article_notes WHERE article_id = ?)", (article_id,))[0] == 1
