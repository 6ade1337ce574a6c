"""Finding articles: a query in the search syntax over the character index, filters, an order.

The syntax (AND by space, OR, -term, "phrase", title:/byline: …) is parsed by
reader/search_query.py; how a parsed query becomes an FTS5 expression is
reader/store/text_index.py. This part composes the SQL. ``ArticleFilter``
and ``filter_sql`` are shared with the concordance and the statistics, so a
count, a chart and the list always mean the same articles.

Every plan of a list reads indexes only (the article rows hold the bodies,
most of the file, and a large library is not all in the OS cache): a query's
matches come from the character index, the pages' filters and orders from the
indexes on page_identity, titles and bylines from articles_summary.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, replace
from itertools import islice

from reader.store.aliases import VARIANTS_SQL, variants_params
from reader.store.db import Db, guarded, id_list
from reader.store.entities import EFFECTIVE_ENTITY
from reader.store.records import DOUBT_THRESHOLD
from reader.store.text_index import expressions

# Orders a list can be in; "" is page order (import order, each page's
# articles as printed). The page orders are the column lists of
# page_identity's indexes, so LIMIT stops the scan early; undated pages come
# last in both date orders.
SORTS: dict[str, str] = {
    "": "a.source_id, a.position",
    "date": "p.date IS NULL, p.date, p.newspaper, p.page_number, p.page, p.source_id, a.position",
    "-date": (
        "p.date IS NOT NULL DESC, p.date DESC, p.newspaper DESC, p.page_number DESC, p.page DESC, "
        "p.source_id DESC, a.position"
    ),
    "newspaper": "p.newspaper IS NULL, p.newspaper, p.date, p.page_number, p.page, p.source_id, a.position",
    "page": "p.page IS NULL, p.page_number IS NULL, p.page_number, p.page, p.date, p.source_id, a.position",
    "title": "a.title, a.source_id, a.id",
}
PAGE_SORTS = ("date", "-date", "newspaper", "page")

# Articles "to check": the parser's doubt reached the threshold and the user has not corrected them
# (served by the partial index articles_to_check; its WHERE must read the same).
TO_CHECK = f"doubt >= {DOUBT_THRESHOLD} AND corrected_at IS NULL"


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles: a query in the search syntax and filters, all combined with AND."""

    query: str = ""
    tag: str | None = None  # tagged as a whole with this tag
    entity: tuple[str, str] | None = None  # (label, text): names this entity (or one of its variants)
    source_id: int | None = None
    newspaper: str | None = None
    section: str | None = None
    page: str | None = None  # a stored label: "3", "A09"
    date_from: str | None = None  # ISO, inclusive; a prefix such as "2023-03" works as the month's start
    date_to: str | None = None  # ISO, inclusive
    entities: tuple[tuple[str, str], ...] = ()  # more entities, each must be named (a co-occurrence)
    coded: tuple[str, ...] = ()  # tags each of which is on the article or on one of its passages
    undated: bool = False  # only articles of pages without a date
    ids: tuple[int, ...] | None = None  # only these articles
    coder: str | None = None  # the articles this coder tagged, annotated or noted (and ``tag`` by them)
    to_check: bool = False  # only articles the parser doubts and the user has not corrected

    def with_(self, **changes) -> "ArticleFilter":
        return replace(self, **changes)

    def needs_pages(self) -> bool:
        return self.undated or any(v is not None for v in (self.newspaper, self.section, self.page, self.date_from, self.date_to))

    def is_everything(self) -> bool:
        return self == ArticleFilter()


FILTER_FIELDS = tuple(f.name for f in fields(ArticleFilter))

# A query's matches up to this many are joined in by SQL (so few sort at once);
# more are checked as a set while the order's index is walked (ordered_ids).
WALK_ABOVE = 2000


def ordered_ids(
    db: Db, f: ArticleFilter, sort: str, extra: tuple[Sequence[str], Sequence] = ((), ())
) -> Iterator[int]:
    """The ids ``f`` selects (its entities canonical) in SORTS[sort] order, read lazily; ``extra`` adds conditions.

    In a page order the articles are walked along the pages' indexes, which
    never reads an article's row, and a query's many matches (one pass over
    the character index, some 60 ms even when every article of 100,000
    matches) are kept as a set the walk is checked against: the first rows
    then cost a few articles, not a sort of every match. (Letting SQL join
    the matches in reads each matching article's row: about a second warm
    for 100,000, far more from a cold disk.)
    """
    positive, _negative = expressions(f.query)
    matching: set[int] | None = None
    if positive is not None and sort != "":
        matching = {r[0] for r in db.execute("SELECT rowid FROM article_search WHERE article_search MATCH ?", (positive,))}
    conditions, params = filter_sql(f, match=matching is None, pages_joined=sort in PAGE_SORTS)
    conditions, params = conditions + list(extra[0]), params + list(extra[1])
    if matching is not None and len(matching) <= WALK_ABOVE:
        conditions.append("a.id IN (SELECT value FROM json_each(?))")
        params.append(id_list(sorted(matching)))
        matching = None
    if sort in PAGE_SORTS:
        # Pages first (CROSS JOIN keeps SQLite to that order): their indexes give the
        # order, and each page's articles follow from (source_id, position).
        sql = "SELECT a.id FROM page_identity p CROSS JOIN articles a ON a.source_id = p.source_id"
    elif sort == "title":
        sql = "SELECT a.id FROM articles a INDEXED BY articles_by_title"
    else:
        sql = "SELECT a.id FROM articles a"  # page order: the (source_id, position) index's own
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    cursor = db.execute(sql + f" ORDER BY {SORTS[sort]}", params)
    while chunk := cursor.fetchmany(512):
        for (article_id,) in chunk:
            if matching is None or article_id in matching:
                yield article_id


def filter_sql(
    f: ArticleFilter, id_column: str = "a.id", *, match: bool = True, pages_joined: bool = False
) -> tuple[list[str], list]:
    """(conditions, parameters) selecting ``f``'s articles by ``id_column``.

    ``f``'s entities must be canonical already (Search.resolved). ``match=False``
    leaves out what the query requires (the caller matches it itself). The
    page filters read page_identity: as ``p`` when the caller joined it
    (``pages_joined``), else through a subquery of their own.
    """
    conditions: list[str] = []
    params: list = []
    positive, negative = expressions(f.query or "")
    if positive is not None and match:
        conditions.append(f"{id_column} IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)")
        params.append(positive)
    if negative is not None:
        conditions.append(f"{id_column} NOT IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)")
        params.append(negative)
    if f.tag is not None:
        conditions.append(
            f"{id_column} IN (SELECT article_id FROM article_tags JOIN tags ON tags.id = article_tags.tag_id "
            "WHERE tags.name = ? AND (? IS NULL OR article_tags.coder = ?))"
        )
        params += [f.tag, f.coder, f.coder]
    if f.coder is not None:
        conditions.append(
            f"{id_column} IN (SELECT article_id FROM article_tags WHERE coder = ? UNION "
            "SELECT article_id FROM annotations WHERE coder = ? UNION SELECT article_id FROM article_notes WHERE coder = ?)"
        )
        params += [f.coder, f.coder, f.coder]
    if f.to_check:
        conditions.append(f"{id_column} IN (SELECT id FROM articles WHERE {TO_CHECK})")
    for label, text in ((f.entity,) if f.entity is not None else ()) + tuple(f.entities):
        conditions.append(
            f"{id_column} IN (SELECT e.article_id FROM entities e JOIN ({VARIANTS_SQL}) v "
            f"ON e.label = v.label AND e.text = v.text WHERE {EFFECTIVE_ENTITY})"
        )
        params += variants_params(label, text)
    for name in f.coded:
        conditions.append(
            f"({id_column} IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ?) "
            f"OR {id_column} IN (SELECT n.article_id FROM annotations n JOIN tags t ON t.id = n.tag_id WHERE t.name = ?))"
        )
        params += [name, name]
    if f.source_id is not None:
        conditions.append(f"{id_column} IN (SELECT id FROM articles WHERE source_id = ?)")
        params.append(f.source_id)
    page_terms: list[str] = []
    page_params: list = []
    for column, value in (("newspaper", f.newspaper), ("section", f.section), ("page", f.page)):
        if value is not None:
            page_terms.append(f"p.{column} = ?")
            page_params.append(value)
    if f.date_from is not None:
        page_terms.append("p.date >= ?")
        page_params.append(f.date_from)
    if f.date_to is not None:
        page_terms.append("p.date <= ?")
        # A month or a year given as a prefix covers all of it.
        page_params.append(f.date_to if len(f.date_to) >= 10 else f.date_to + "\uffff")
    if f.undated:
        page_terms.append("p.date IS NULL")
    if page_terms and pages_joined:
        conditions += page_terms
        params += page_params
    elif page_terms:
        # The articles on the pages the filters keep (a month's pages are few).
        conditions.append(
            f"{id_column} IN (SELECT a2.id FROM page_identity p CROSS JOIN articles a2 ON a2.source_id = p.source_id "
            f"WHERE {' AND '.join(page_terms)})"
        )
        params += page_params
    if f.ids is not None:
        conditions.append(f"{id_column} IN (SELECT value FROM json_each(?))")
        params.append("[" + ",".join(str(int(i)) for i in f.ids) + "]")
    return conditions, params


@guarded
class Search:
    def __init__(self, db: Db) -> None:
        self.db = db

    def canonical(self, label: str, text: str) -> tuple[str, str]:
        row = self.db.one("SELECT to_label, to_text FROM entity_aliases WHERE label = ? AND text = ?", (label, text))
        return (row[0], row[1]) if row else (label, text)

    def resolved(self, f: ArticleFilter) -> ArticleFilter:
        """``f`` with its entities as the canonical ones they count as (an alias filters like its entity)."""
        changes: dict = {}
        if f.entity is not None:
            changes["entity"] = self.canonical(*f.entity)
        if f.entities:
            changes["entities"] = tuple(self.canonical(*e) for e in f.entities)
        return f.with_(**changes) if changes else f

    def article_ids(self, query: str = "", *, sort: str = "", limit: int | None = None, **filters) -> list[int]:
        """Ids of matching articles in ``sort`` order (SORTS; page order by default).

        ``query`` is in the search syntax (reader/search_query.py: terms are
        substrings of the kicker, title, subtitle, byline or body, any length
        from one character, folded across traditional and simplified);
        ``filters`` are ArticleFilter's fields and combine with AND. Page
        order is the pages' import order, each page's articles as printed;
        with a query it is id order. ``limit`` keeps the first ones.
        """
        return self.ids(ArticleFilter(query=query or "", **filters), sort=sort, limit=limit)

    def ids(self, f: ArticleFilter, *, sort: str = "", limit: int | None = None) -> list[int]:
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}; sorts are {', '.join(repr(s) for s in SORTS)}")
        f = self.resolved(f)
        positive, _negative = expressions(f.query)
        if positive is not None and sort == "":
            # ORDER BY rowid is served by FTS5 itself, so LIMIT stops the scan early (with a
            # query, "page order" is id order: import order but for articles a re-parse or a
            # correction added to an old page).
            id_column = "article_search.rowid"
            conditions, params = filter_sql(f, id_column, match=False)
            conditions.insert(0, "article_search MATCH ?")
            params.insert(0, positive)
            sql = "SELECT article_search.rowid FROM article_search"
        else:
            ids = ordered_ids(self.db, f, sort)
            return list(ids if limit is None else islice(ids, int(limit)))
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += f" ORDER BY {id_column}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.db.execute(sql, params)]

    def count(self, f: ArticleFilter) -> int:
        f = self.resolved(f)
        conditions, params = filter_sql(f)
        sql = "SELECT count(*) FROM articles a"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        return self.db.one(sql, params)[0]

    def count_to_check(self) -> int:
        """How many articles are to check (the list's filter shows the number)."""
        return self.db.one(f"SELECT count(*) FROM articles WHERE {TO_CHECK}")[0]
