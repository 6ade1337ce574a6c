"""Who coded what: each coder's tags and passages per article, read for agreement measures."""

from __future__ import annotations

from collections import defaultdict

from reader.store.db import Db, guarded, id_list


@guarded
class Coding:
    def __init__(self, db: Db) -> None:
        self.db = db

    def coders(self) -> list[str]:
        """Everyone who has tagged, noted or annotated anything, by name."""
        rows = self.db.execute(
            "SELECT coder FROM article_tags UNION SELECT coder FROM article_notes "
            "UNION SELECT coder FROM annotations ORDER BY 1"
        )
        return [r[0] for r in rows if r[0]]

    def article_codes(self, coder: str) -> dict[int, set[str]]:
        """Article -> tags the coder found present, for every article the coder coded.

        An article counts as coded by them when they tagged it, annotated a
        passage of it or wrote a note on it; a tag is present when they put it
        on the article or on a passage of it.
        """
        found: dict[int, set[str]] = defaultdict(set)
        for (article_id,) in self.db.execute(
            "SELECT article_id FROM article_tags WHERE coder = :c UNION SELECT article_id FROM annotations "
            "WHERE coder = :c UNION SELECT article_id FROM article_notes WHERE coder = :c",
            {"c": coder},
        ):
            found[article_id]
        rows = self.db.execute(
            "SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.coder = :c "
            "UNION SELECT n.article_id, t.name FROM annotations n JOIN tags t ON t.id = n.tag_id WHERE n.coder = :c",
            {"c": coder},
        )
        for article_id, tag in rows:
            found[article_id].add(tag)
        return dict(found)

    def passages(self, coder: str) -> dict[int, list[tuple[str, int, int]]]:
        """Article -> (tag, start, end) of the coder's tagged passages (orphaned ones left out)."""
        found: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
        rows = self.db.execute(
            'SELECT n.article_id, t.name, n.start, n."end" FROM annotations n JOIN tags t ON t.id = n.tag_id '
            "WHERE n.coder = ? AND n.orphaned = 0",
            (coder,),
        )
        for article_id, tag, start, end in rows:
            found[article_id].append((tag, start, end))
        return dict(found)

    def body_lengths(self, article_ids) -> dict[int, int]:
        return dict(
            self.db.execute(
                "SELECT id, length(body_text) FROM articles WHERE id IN (SELECT value FROM json_each(?))",
                (id_list(article_ids),),
            ).fetchall()
        )
