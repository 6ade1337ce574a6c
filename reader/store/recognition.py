"""Recognition bookkeeping: which articles still need the recogniser, and storing what it found.

Recognition is a separate step after import (reader/recognition.py drives
it); ``articles.recognised_at`` marks the articles done.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.model import Span
from reader.store.articles import Articles
from reader.store.db import Db, guarded, id_list
from reader.store.entities import Entities


@guarded
class Recognition:
    def __init__(self, db: Db, articles: Articles, entities: Entities) -> None:
        self.db = db
        self._articles = articles
        self._entities = entities

    def pending_ids(self, limit: int | None = None, *, among: Sequence[int] | None = None) -> list[int]:
        """Articles not yet recognised, in page order; ``among`` restricts (and orders) the candidates."""
        if among is not None:
            wanted = list(among)
            rows = self.db.execute(
                "SELECT id FROM articles WHERE recognised_at IS NULL AND id IN (SELECT value FROM json_each(?))",
                (id_list(wanted),),
            )
            pending = {r[0] for r in rows}
            ids = [i for i in dict.fromkeys(wanted) if i in pending]
            return ids if limit is None else ids[:limit]
        sql = "SELECT id FROM articles WHERE recognised_at IS NULL ORDER BY id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.db.execute(sql)]

    def count_pending(self) -> int:
        return self.db.one("SELECT count(*) FROM articles WHERE recognised_at IS NULL")[0]

    def inputs(self, article_ids: Sequence[int]) -> list[tuple[int, str]]:
        """(article id, body text) pairs for the recogniser, in the order given."""
        texts = self._articles.body_texts(article_ids)
        return [(i, texts[i]) for i in article_ids if i in texts]

    def save(self, results: Iterable[tuple[int, list[Span]]], *, texts: dict[int, str] | None = None) -> None:
        """Replace the recogniser's spans of these articles and mark them recognised.

        The user's own entities and suppressions are kept. ``texts`` (article
        id -> the text the recogniser read) guards against a re-parse in
        between: an article whose text changed is skipped and stays pending.
        Spans that do not fit the text are dropped one by one.
        """
        now = self.db.now()
        results = list(results)
        # One before/after comparison for the whole batch: the counts' upkeep
        # then costs two queries per call, not two per article.
        with self.db.write(), self._entities.counts_follow([article_id for article_id, _spans in results]):
            current = self._articles.body_texts([article_id for article_id, _spans in results])
            for article_id, spans in results:
                text = current.get(article_id)
                if text is None:
                    continue  # deleted by a re-parse meanwhile
                if texts is not None and texts.get(article_id, text) != text:
                    continue
                valid = [s for s in spans if 0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.text]
                self._entities.replace_recognised(article_id, valid)
                self.db.execute("UPDATE articles SET recognised_at = ? WHERE id = ?", (now, article_id))

    def requeue(self, article_id: int) -> None:
        """The article's text changed: its recogniser output is dropped and it waits for the recogniser again."""
        self._entities.drop_recognised(article_id)
        self.db.execute("UPDATE articles SET recognised_at = NULL WHERE id = ?", (article_id,))
