"""Finding articles: a substring query over the character index, combined with filters, in an order.

How text becomes index tokens, and a query an FTS5 expression, is
reader/store/text_index.py; this part only composes the SQL.
"""

from __future__ import annotations

from reader.store.db import Db, guarded
from reader.store.entities import EFFECTIVE_ENTITY
from reader.store.records import DOUBT_THRESHOLD
from reader.store.text_index import match_expression

# Orders a list can be in; "" is page order (import order). Each is served
# by an index of sources (v006), so LIMIT stops the scan early; undated
# pages come last in both date orders.
SORTS: dict[str, str] = {
    "": "a.id",
    "date": "s.date IS NULL, s.date, s.newspaper, s.page_number, s.page, s.id, a.position",
    "-date": "s.date IS NOT NULL DESC, s.date DESC, s.newspaper DESC, s.page_number DESC, s.page DESC, s.id DESC, a.position",
    "newspaper": "s.newspaper IS NULL, s.newspaper, s.date, s.page_number, s.page, s.id, a.position",
    "page": "s.page_number IS NULL, s.page_number, s.page, s.date, s.id, a.position",
    "title": "a.title, a.id",
}


# Articles "to check": the parser's doubt reached the threshold and the user has not corrected them
# (served by the partial index articles_to_check; its WHERE must read the same).
TO_CHECK = f"doubt >= {DOUBT_THRESHOLD} AND corrected_at IS NULL"


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
        coder: str | None = None,
        newspaper: str | None = None,
        section: str | None = None,
        page: str | None = None,  # a stored label: "3", "A09"
        date_from: str | None = None,  # ISO, inclusive
        date_to: str | None = None,  # ISO, inclusive
        to_check: bool = False,  # only articles the parser doubts and the user has not corrected
        sort: str = "",
        limit: int | None = None,
    ) -> list[int]:
        """Ids of matching articles in ``sort`` order (SORTS; page order by default).

        The query is a substring of the title or the body (any query of >= 1
        character works); filters combine with AND. The default order is page
        order (pages in import order, each page's articles as printed); with
        a query it is id order, which is import order except for articles a
        re-parse or a correction added to an old page. ``limit`` keeps the
        first ones. ``coder`` keeps the articles that coder tagged, annotated or
        noted, and makes ``tag`` mean tagged by that coder.
        """
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}; sorts are {', '.join(repr(s) for s in SORTS)}")
        by_page = any(v is not None for v in (newspaper, section, page, date_from, date_to)) or sort not in ("", "title")
        conditions: list[str] = []
        params: list = []
        expression = match_expression(query or "")
        if expression is not None and not by_page and sort == "":
            # ORDER BY rowid is served by FTS5 itself, so LIMIT stops the scan early.
            id_column = "article_search.rowid"
            sql = f"SELECT {id_column} FROM article_search"
            conditions.append("article_search MATCH ?")
            params.append(expression)
        else:
            id_column = "a.id"
            sql = "SELECT a.id FROM articles a"
            if by_page:
                sql += " JOIN sources s ON s.id = a.source_id"
            if expression is not None:
                conditions.append("a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)")
                params.append(expression)
        if tag is not None:
            conditions.append(
                f"{id_column} IN (SELECT article_id FROM article_tags JOIN tags ON tags.id = article_tags.tag_id "
                "WHERE tags.name = ? AND (? IS NULL OR article_tags.coder = ?))"
            )
            params += [tag, coder, coder]
        if coder is not None:
            conditions.append(
                f"{id_column} IN (SELECT article_id FROM article_tags WHERE coder = ? UNION "
                "SELECT article_id FROM annotations WHERE coder = ? UNION SELECT article_id FROM article_notes WHERE coder = ?)"
            )
            params += [coder, coder, coder]
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
        if to_check:
            conditions.append(f"{id_column} IN (SELECT id FROM articles WHERE {TO_CHECK})")
        for column, value in (("newspaper", newspaper), ("section", section), ("page", page)):
            if value is not None:
                conditions.append(f"s.{column} = ?")
                params.append(value)
        if date_from is not None:
            conditions.append("s.date >= ?")
            params.append(date_from)
        if date_to is not None:
            conditions.append("s.date <= ?")
            params.append(date_to)
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        if sort == "" and expression is None:
            # Without a query, page order is the pages' order and each page's own (served by the
            # (source_id, position) index): an article a correction makes shows beside its neighbours.
            order = "a.source_id, a.position"
        else:
            order = id_column if sort == "" else SORTS[sort]
        sql += f" ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.db.execute(sql, params)]

    def count_to_check(self) -> int:
        """How many articles are to check (the list's filter shows the number)."""
        return self.db.one(f"SELECT count(*) FROM articles WHERE {TO_CHECK}")[0]
