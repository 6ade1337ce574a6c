"""Finding articles: a substring query over the character index, combined with filters, in an order.

How text becomes index tokens, and a query an FTS5 expression, is
reader/store/text_index.py; this part only composes the SQL.
"""

from __future__ import annotations

from reader.store.db import Db, guarded, id_list
from reader.store.entities import EFFECTIVE_ENTITY
from reader.store.text_index import match_expression

# Orders a list can be in; "" is page order (import order). Each is served
# by an index of sources (v006), so LIMIT stops the scan early; undated
# pages come last in both date orders.
SORTS: dict[str, str] = {
    "": "a.id",
    "date": "s.date IS NULL, s.date, s.newspaper, s.page_number, s.page, s.id, a.position",
    "-date": "s.date IS NOT NULL DESC, s.date DESC, s.newspaper DESC, s.page_number DESC, s.page DESC, s.id DESC, a.position",
    "newspaper": "s.newspaper IS NULL, s.newspaper, s.date, s.page_number, s.page, s.id, a.position",
    "page": "s.page IS NULL, s.page_number IS NULL, s.page_number, s.page, s.date, s.id, a.position",
    "title": "a.title, a.id",
}

# In another order than the index's own, a query's matches are sorted, not
# streamed. When fewer than this many articles match, they are taken from
# the index and sorted; when more match, they are so common that walking the
# articles in the wanted order and testing each text finds the first screen
# sooner than collecting every match (the test is the index's own rule: an
# exact substring of title or body, ASCII letters in either case).
DENSE_MATCHES = 2000


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
        newspaper: str | None = None,
        section: str | None = None,
        page: str | None = None,  # a stored label: "3", "A09"
        date_from: str | None = None,  # ISO, inclusive
        date_to: str | None = None,  # ISO, inclusive
        sort: str = "",
        limit: int | None = None,
    ) -> list[int]:
        """Ids of matching articles in ``sort`` order (SORTS; page order by default).

        The query is a substring of the title or the body (any query of >= 1
        character works); filters combine with AND. Page order is import
        order: article ids grow with (source, position), except that articles
        a re-parse adds to an old page come after later imports. ``limit``
        keeps the first ones.
        """
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}; sorts are {', '.join(repr(s) for s in SORTS)}")
        by_page = any(v is not None for v in (newspaper, section, page, date_from, date_to)) or sort not in ("", "title")
        conditions: list[str] = []
        params: list = []
        text_test, params_after = "", []
        expression = match_expression(query or "")
        if expression is not None and not by_page and sort == "":
            # ORDER BY rowid is served by FTS5 itself, so LIMIT stops the scan early.
            id_column = "article_search.rowid"
            sql = f"SELECT {id_column} FROM article_search"
            conditions.append("article_search MATCH ?")
            params.append(expression)
        else:
            id_column = "a.id"
            # Pages first (CROSS JOIN keeps SQLite to that order): their indexes give the sort
            # orders and the identity filters, so the articles are read in the order shown.
            sql = "SELECT a.id FROM sources s CROSS JOIN articles a ON a.source_id = s.id" if by_page else "SELECT a.id FROM articles a"
            if expression is not None:
                sample = [r[0] for r in self.db.execute(
                    "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid LIMIT ?",
                    (expression, DENSE_MATCHES),
                )]  # fmt: skip
                if len(sample) < DENSE_MATCHES:
                    conditions.append("a.id IN (SELECT value FROM json_each(?))")
                    params.append(id_list(sample))
                else:
                    text_test = "(instr(lower(a.title), lower(?)) > 0 OR instr(lower(a.body_text), lower(?)) > 0)"
                    params_after = [query.strip(), query.strip()]
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
        if text_test:
            # Last, so that the cheaper filters run first on each article.
            conditions.append(text_test)
            params += params_after
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += f" ORDER BY {id_column if sort == '' else SORTS[sort]}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.db.execute(sql, params)]
