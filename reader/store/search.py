"""Finding articles: a substring query over the character index, combined with filters.

How text becomes index tokens, and a query an FTS5 expression, is
reader/store/text_index.py; this part only composes the SQL.
"""

from __future__ import annotations

from reader.store.db import Db, guarded
from reader.store.entities import EFFECTIVE_ENTITY
from reader.store.text_index import match_expression


@guarded
class Search:
    def __init__(self, db: Db) -> None:
        self.db = db

    def article_ids(
        self,
        query: str = "",
        *,
        tag: str | None = None,
        entity: tuple[str, str] | None = None,  # (label, text)
        source_id: int | None = None,
        limit: int | None = None,
    ) -> list[int]:
        """Ids of matching articles in page order; any query of >= 1 character works.

        The query is a substring of the title or the body; filters combine
        with AND. Page order is import order: article ids grow with (source,
        position), except that articles a re-parse adds to an old page come
        after later imports. ``limit`` keeps the first ones (the index stops
        scanning there).
        """
        conditions: list[str] = []
        params: list = []
        expression = match_expression(query or "")
        if expression is not None:
            id_column = "article_search.rowid"
            sql = f"SELECT {id_column} FROM article_search"
            conditions.append("article_search MATCH ?")
            params.append(expression)
        else:
            id_column = "articles.id"
            sql = f"SELECT {id_column} FROM articles"
        if tag is not None:
            conditions.append(
                f"{id_column} IN (SELECT article_id FROM article_tags JOIN tags ON tags.id = article_tags.tag_id "
                "WHERE tags.name = ?)"
            )
            params.append(tag)
        if entity is not None:
            label, text = entity
            conditions.append(
                f"{id_column} IN (SELECT e.article_id FROM entities e WHERE e.label = ? AND e.text = ? "
                f"AND {EFFECTIVE_ENTITY})"
            )
            params += [label, text]
        if source_id is not None:
            conditions.append(f"{id_column} IN (SELECT id FROM articles WHERE source_id = ?)")
            params.append(source_id)
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        # ORDER BY rowid is served by FTS5 itself, so LIMIT stops the scan early.
        sql += f" ORDER BY {id_column}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.db.execute(sql, params)]
