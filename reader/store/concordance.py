"""The concordance (KWIC): every hit of a query, an entity or a tag's passages, with its context.

One row per hit — left context | hit | right context — with the article's
date, newspaper and title. Rows come out in the order of the articles
(``order``: date, newspaper, or page order) as a generator that reads the
matching articles a batch at a time, so the first rows of a query with
100,000 hits cost a few articles' worth of work; a context sort (left
context read backwards from the hit, or right context) needs every row and
is ``sort_rows``' job once they are all in.

Hits of a query are found in Python (reader.search_query: folded, overlapping
hits count each, never across a paragraph break) in the articles the
character index selects, so the rows are exactly the occurrences in the
stored texts. Entity hits are the spans of the canonical entity and its
variants (aliases); tag hits are the passages annotated with the tag (those
a re-parse orphaned are left out: their offsets point nowhere).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reader.search_query import FIELDS, QueryMatcher, parse
from reader.store.aliases import VARIANTS_SQL, variants_params
from reader.store.db import Db, id_list
from reader.store.entities import EFFECTIVE_ENTITY
from reader.store.search import ArticleFilter, Search, filter_sql, ordered_ids
from reader.store.text_index import SOURCE_COLUMNS, segment

DEFAULT_WIDTH = 20
ORDERS = ("date", "newspaper", "")  # article orders rows are produced in
ROW_SORTS = ("date", "newspaper", "left", "right", "")
PARAGRAPH_MARK = "¶"  # a paragraph break inside a context, one character as the break is


@dataclass(frozen=True, slots=True)
class KwicRow:
    article_id: int
    field: str  # where the hit is: kicker, title, subtitle, byline or body
    start: int  # code points into that field's printed text
    end: int
    left: str
    hit: str
    right: str
    title: str
    date: str | None
    newspaper: str | None
    section: str | None
    page: str | None
    source: str  # the page file's name
    entity: str | None = None  # for an entity's concordance: the canonical entity, "LABEL:TEXT" (variants included)


@dataclass(frozen=True, slots=True)
class KwicSource:
    """What the hits are: the filter's query (default), an entity's spans, or a tag's passages."""

    entity: tuple[str, str] | None = None
    tag: str | None = None


def sort_rows(rows: Sequence[KwicRow], sort: str) -> list[KwicRow]:
    """Rows in a context order: ``left`` reads the left context backwards from the hit, ``right`` forwards."""
    if sort == "left":
        return sorted(rows, key=lambda r: (r.left[::-1], r.hit, r.right))
    if sort == "right":
        return sorted(rows, key=lambda r: (r.hit, r.right, r.left[::-1]))
    return list(rows)


def _context(text: str, start: int, end: int, width: int) -> tuple[str, str, str]:
    left = text[max(0, start - width) : start].replace("\n", PARAGRAPH_MARK)
    right = text[end : end + width].replace("\n", PARAGRAPH_MARK)
    return left, text[start:end], right


class Concordance:
    def __init__(self, db: Db, search: Search) -> None:
        self.db = db
        self._search = search

    def rows(
        self, f: ArticleFilter = ArticleFilter(), *, source: KwicSource = KwicSource(), width: int = DEFAULT_WIDTH,
        order: str = "date",
    ) -> Iterator[KwicRow]:  # fmt: skip
        """Every hit in the articles ``f`` selects, article by article in ``order`` (ORDERS), then by position."""
        if order not in ORDERS:
            raise ValueError(f"unknown order {order!r}; orders are {', '.join(repr(o) for o in ORDERS)}")
        width = max(0, int(width))
        with self.db.guard():
            f = self._search.resolved(f)
            matcher = QueryMatcher(parse(f.query)) if source == KwicSource() else None
            if matcher is not None and not matcher.terms:
                return  # a query that only excludes has nothing to show in context
            canonical = None
            if source.entity is not None:
                canonical = ":".join(self._search.canonical(*source.entity))
            for article_ids in self._article_ids(f, source, order):
                articles = self._articles(article_ids)
                spans = self._spans(article_ids, source) if matcher is None else None
                for article_id in article_ids:
                    info = articles.get(article_id)
                    if info is None:
                        continue
                    texts = info["texts"]
                    if matcher is not None:
                        hits = [(h.field, h.start, h.end) for h in matcher.hits(texts)]
                    else:
                        hits = [("body", s, e) for s, e in spans.get(article_id, ())]
                    for field, start, end in hits:
                        left, hit, right = _context(texts[field] or "", start, end, width)
                        yield KwicRow(
                            article_id, field, start, end, left, hit, right, info["title"], info["date"],
                            info["newspaper"], info["section"], info["page"], info["source"], canonical,
                        )  # fmt: skip

    def count(self, f: ArticleFilter = ArticleFilter(), *, source: KwicSource = KwicSource()) -> tuple[int, int]:
        """(hits, articles with a hit): what rows() would give, counted without building rows."""
        with self.db.guard():
            f = self._search.resolved(f)
            if source != KwicSource():
                hits = articles = 0
                for _article_id, spans in self._span_stream(f, source):
                    hits += len(spans)
                    articles += 1
                return hits, articles
            matcher = QueryMatcher(parse(f.query))
            if not matcher.terms:
                return 0, 0
            if len(matcher.terms) == 1 and len(matcher.terms[0].text) == 1:
                return self._count_one_character(f, matcher.terms[0])
            hits = articles = 0
            wanted = sorted({field for t in matcher.terms for field in t.fields}, key=FIELDS.index)
            columns = ", ".join(SOURCE_COLUMNS[field] for field in wanted)
            conditions, params = filter_sql(f)
            sql = f"SELECT {columns} FROM articles a"
            cursor = self.db.execute(sql + " WHERE " + " AND ".join(conditions), params)
            while chunk := cursor.fetchmany(256):
                for row in chunk:
                    n = matcher.hit_count(dict(zip(wanted, row)))
                    if n:
                        hits += n
                        articles += 1
            return hits, articles

    def hit_counts(self, query: str, article_ids: Sequence[int]) -> dict[int, int]:
        """Article id -> number of hits of ``query`` in it (the list shows them beside each article)."""
        matcher = QueryMatcher(parse(query))
        if not matcher.terms:
            return {}
        with self.db.guard():
            return {i: matcher.hit_count(a["texts"]) for i, a in self._articles(article_ids).items()}

    # -- inside -------------------------------------------------------------------------
    def _count_one_character(self, f: ArticleFilter, term) -> tuple[int, int]:
        """A one-character term's hits straight from the index: every token is one character's place.

        The index holds folded text, one token per code point, so the token's
        instances in the selected articles' fields are exactly the hits.
        """
        token = segment(term.text)
        columns = ", ".join(f"'{c}'" for c in term.fields)
        conditions, params = filter_sql(f)
        selection = "SELECT a.id FROM articles a"
        selection += " WHERE " + " AND ".join(conditions)
        hits = self.db.one(
            f"SELECT count(*) FROM article_search_instance WHERE term = ? AND col IN ({columns}) AND doc IN ({selection})",
            (token, *params),
        )[0]
        articles = self.db.one(f"SELECT count(*) FROM ({selection})", params)[0]
        return hits, articles

    def _source_conditions(self, source: KwicSource) -> tuple[list[str], list]:
        if source.entity is not None:
            return (
                [f"a.id IN (SELECT e.article_id FROM entities e JOIN ({VARIANTS_SQL}) v ON e.label = v.label "
                 f"AND e.text = v.text WHERE {EFFECTIVE_ENTITY})"],
                variants_params(*self._search.canonical(*source.entity)),
            )  # fmt: skip
        if source.tag is not None:
            return (
                ["a.id IN (SELECT n.article_id FROM annotations n JOIN tags t ON t.id = n.tag_id "
                 "WHERE t.name = ? AND n.orphaned = 0)"],
                [source.tag],
            )  # fmt: skip
        return [], []

    def _article_ids(self, f: ArticleFilter, source: KwicSource, order: str) -> Iterator[list[int]]:
        """Batches of the selected articles' ids in ``order``, read lazily (search.ordered_ids)."""
        batch: list[int] = []
        for article_id in ordered_ids(self.db, f, order, self._source_conditions(source)):
            batch.append(article_id)
            if len(batch) == 32:
                yield batch
                batch = []
        if batch:
            yield batch

    def _articles(self, article_ids: Sequence[int]) -> dict[int, dict]:
        columns = ", ".join("a." + SOURCE_COLUMNS[field] for field in FIELDS)
        rows = self.db.execute(
            f"SELECT a.id, {columns}, p.date, p.newspaper, p.section, p.page, s.name FROM articles a "
            "JOIN sources s ON s.id = a.source_id LEFT JOIN page_identity p ON p.source_id = a.source_id WHERE a.id IN (SELECT value FROM json_each(?))",
            (id_list(article_ids),),
        )
        out = {}
        n = len(FIELDS)
        for row in rows:
            texts = dict(zip(FIELDS, row[1 : 1 + n]))
            date, newspaper, section, page, name = row[1 + n :]
            out[row[0]] = dict(texts=texts, title=texts["title"] or "", date=date, newspaper=newspaper,
                               section=section, page=page, source=name)  # fmt: skip
        return out

    def _spans(self, article_ids: Sequence[int], source: KwicSource) -> dict[int, list[tuple[int, int]]]:
        """Article id -> (start, end) in the body of the source's spans, by start; each span once."""
        if source.entity is not None:
            sql = (
                f'SELECT DISTINCT e.article_id, e.start, e."end" FROM entities e JOIN ({VARIANTS_SQL}) v '
                f"ON e.label = v.label AND e.text = v.text WHERE e.article_id IN (SELECT value FROM json_each(?)) "
                f"AND {EFFECTIVE_ENTITY}"
            )
            params = [*variants_params(*self._search.canonical(*source.entity)), id_list(article_ids)]
        else:
            sql = (
                'SELECT DISTINCT n.article_id, n.start, n."end" FROM annotations n JOIN tags t ON t.id = n.tag_id '
                "WHERE t.name = ? AND n.orphaned = 0 AND n.article_id IN (SELECT value FROM json_each(?))"
            )
            params = [source.tag, id_list(article_ids)]
        out: dict[int, list[tuple[int, int]]] = {}
        for article_id, start, end in self.db.execute(sql, params):
            out.setdefault(article_id, []).append((start, end))
        for spans in out.values():
            spans.sort()
        return out

    def _span_stream(self, f: ArticleFilter, source: KwicSource) -> Iterator[tuple[int, list]]:
        for article_ids in self._article_ids(f, source, ""):
            spans = self._spans(article_ids, source)
            for article_id in article_ids:
                if spans.get(article_id):
                    yield article_id, spans[article_id]
