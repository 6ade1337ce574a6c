"""Finding articles: a substring query over the character index, combined with filters, in an order.

How text becomes index tokens, and a query an FTS5 expression, is
reader/store/text_index.py; this part only composes the SQL. Every plan
reads indexes only (the article rows hold the bodies, most of the file, and
a large library is not all in the OS cache): the query's matches come from
the character index, the pages' filters and orders from the indexes on
page_identity (v006), titles and bylines from articles_summary.
"""

from __future__ import annotations

from reader.store.db import Db, guarded
from reader.store.entities import EFFECTIVE_ENTITY
from reader.store.records import DOUBT_THRESHOLD
from reader.store.text_index import match_expression

# Orders a list can be in; "" is page order (import order). The page orders
# are the column lists of page_identity's indexes, so LIMIT stops the scan early;
# undated pages come last in both date orders.
SORTS: dict[str, str] = {
    "": "a.id",
    "date": "p.date IS NULL, p.date, p.newspaper, p.page_number, p.page, p.source_id, a.position",
    "-date": (
        "p.date IS NOT NULL DESC, p.date DESC, p.newspaper DESC, p.page_number DESC, p.page DESC, "
        "p.source_id DESC, a.position"
    ),
    "newspaper": "p.newspaper IS NULL, p.newspaper, p.date, p.page_number, p.page, p.source_id, a.position",
    "page": "p.page IS NULL, p.page_number IS NULL, p.page_number, p.page, p.date, p.source_id, a.position",
    "title": "a.title, a.source_id, a.id",
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
        page_terms: list[str] = []  # on the page (page_identity p)
        page_params: list = []
        for column, value in (("newspaper", newspaper), ("section", section), ("page", page)):
            if value is not None:
                page_terms.append(f"p.{column} = ?")
                page_params.append(value)
        for term, value in (("p.date >= ?", date_from), ("p.date <= ?", date_to)):
            if value is not None:
                page_terms.append(term)
                page_params.append(value)
        # The articles on the pages the filters keep.
        on_pages = "SELECT a2.id FROM page_identity p CROSS JOIN articles a2 ON a2.source_id = p.source_id WHERE " + (
            " AND ".join(page_terms)
        )
        conditions: list[str] = []
        params: list = []
        expression = match_expression(query or "")
        if expression is not None and sort == "":
            # ORDER BY rowid is served by FTS5 itself, so LIMIT stops the scan early; the
            # pages' articles are a set each match is tested against as the matches stream
            # by («+»: not ids handed to FTS5 for one lookup each).
            id_column = "article_search.rowid"
            sql = f"SELECT {id_column} FROM article_search"
            conditions.append("article_search MATCH ?")
            params.append(expression)
            if page_terms:
                conditions.append(f"+{id_column} IN ({on_pages})")
                params += page_params
        elif sort in ("", "title"):
            id_column = "a.id"
            if page_terms:
                # The pages' articles drive (a month's pages are few), then their order.
                sql = "SELECT a.id FROM articles a INDEXED BY articles_summary"
                conditions.append(f"a.id IN ({on_pages})")
                params += page_params
            elif sort == "" and expression is None:
                # Page order is the (source_id, position) index's own order.
                sql = "SELECT a.id FROM articles a"
            else:
                index = "articles_summary" if sort == "" else "articles_by_title"
                sql = f"SELECT a.id FROM articles a INDEXED BY {index}"
        else:
            # Pages first (CROSS JOIN keeps SQLite to that order): their indexes give the
            # order, and each page's articles follow from (source_id, position).
            id_column = "a.id"
            sql = "SELECT a.id FROM page_identity p CROSS JOIN articles a ON a.source_id = p.source_id"
            conditions += page_terms
            params += page_params
        if expression is not None and id_column == "a.id":
            # Every match, from the character index (compact, usually cached), then put in order.
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
