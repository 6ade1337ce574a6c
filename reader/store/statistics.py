"""Counts across the archive: timelines, facets, top entities, co-occurrence, tag matrices.

Every figure counts *articles* (an article naming 呼市 twice counts once),
among the articles an ArticleFilter selects (the list's filters), so a
chart's bar and the list it filters to agree. A "measure" is a second filter
(a query, a tag, an entity) counted within the first; its share is given
per 1,000 articles of the same period or facet.

Entities count as their canonical entity (reader/store/aliases.py).
"Coded with a tag" means tagged as a whole or holding a passage with it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reader.store.aliases import VARIANTS_SQL, variants_params
from reader.store.db import Db, guarded
from reader.store.entities import EFFECTIVE_ENTITY
from reader.store.search import ArticleFilter, Search, filter_sql

PERIODS = {
    "month": "substr(p.date, 1, 7)",
    "quarter": "substr(p.date, 1, 4) || '-Q' || ((CAST(substr(p.date, 6, 2) AS INTEGER) + 2) / 3)",
    "year": "substr(p.date, 1, 4)",
}
FACETS = {"newspaper": "p.newspaper", "section": "p.section"}
GROUPS = {**PERIODS, **FACETS}
MEASURES = ("pmi", "dice")

_CODED = (
    "SELECT article_id, tag_id FROM article_tags "
    "UNION SELECT article_id, tag_id FROM annotations WHERE tag_id IS NOT NULL"
)


@dataclass(frozen=True, slots=True)
class CountRow:
    key: str | None  # the period ("2023-03", "2023-Q1", "2023") or facet value; None: undated / unknown
    articles: int  # articles of the selection with this key
    matching: int | None = None  # of those, how many the measure selects (None without a measure)

    @property
    def per_thousand(self) -> float | None:
        if self.matching is None:
            return None
        return 1000.0 * self.matching / self.articles if self.articles else 0.0


@dataclass(frozen=True, slots=True)
class EntityCount:
    label: str
    text: str
    articles: int


@dataclass(frozen=True, slots=True)
class Pair:
    a: tuple[str, str]  # (label, text)
    b: tuple[str, str]
    together: int  # articles naming both
    a_articles: int
    b_articles: int
    pmi: float  # log2 of how much more often together than by chance
    dice: float  # 2·together / (a + b)


@dataclass(frozen=True, slots=True)
class MatrixCell:
    row: str
    column: str | None
    articles: int


def _fill_periods(rows: list[CountRow], by: str) -> list[CountRow]:
    """Periods without articles between the first and the last, as zero rows (a timeline has no gaps)."""
    dated = [r for r in rows if r.key is not None]
    if not dated:
        return rows
    have = {r.key: r for r in dated}
    keys = _period_range(dated[0].key, dated[-1].key, by)
    zero = 0 if dated[0].matching is not None else None
    filled = [have.get(k) or CountRow(k, 0, zero) for k in keys]
    return filled + [r for r in rows if r.key is None]


def _period_range(first: str, last: str, by: str) -> list[str]:
    if by == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    if by == "quarter":
        step, size = (lambda k: int(k[:4]) * 4 + int(k[6]) - 1), 4
        render = lambda i: f"{i // size:04d}-Q{i % size + 1}"  # noqa: E731
    else:
        step, size = (lambda k: int(k[:4]) * 12 + int(k[5:7]) - 1), 12
        render = lambda i: f"{i // size:04d}-{i % size + 1:02d}"  # noqa: E731
    return [render(i) for i in range(step(first), step(last) + 1)]


@guarded
class Statistics:
    def __init__(self, db: Db, search: Search) -> None:
        self.db = db
        self._search = search

    # -- timelines and facets ------------------------------------------------------------
    def counts(self, by: str, f: ArticleFilter = ArticleFilter(), measure: ArticleFilter | None = None) -> list[CountRow]:
        """Articles of the selection per period (month, quarter, year) or facet (newspaper, section).

        With ``measure``, also how many of them it selects (the selection's
        filters and the measure's together). Periods come oldest first with
        empty ones filled in, undated last; facets most articles first.
        """
        if by not in GROUPS:
            raise ValueError(f"unknown grouping {by!r}; groupings are {', '.join(GROUPS)}")
        totals = self._grouped(GROUPS[by], self._search.resolved(f))
        if measure is None:
            rows = [CountRow(k, n) for k, n in totals.items()]
        else:
            both = self._search.resolved(_combine(f, measure))
            matching = self._grouped(GROUPS[by], both)
            rows = [CountRow(k, n, matching.get(k, 0)) for k, n in totals.items()]
        if by in PERIODS:
            rows.sort(key=lambda r: (r.key is None, r.key or ""))
            return _fill_periods(rows, by)
        rows.sort(key=lambda r: (r.key is None, -r.articles, r.key or ""))
        return rows

    def _grouped(self, expression: str, f: ArticleFilter) -> dict[str | None, int]:
        conditions, params = filter_sql(f)
        sql = f"SELECT {expression}, count(*) FROM articles a JOIN page_identity p ON p.source_id = a.source_id"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        return {k: n for k, n in self.db.execute(sql + " GROUP BY 1", params)}

    # -- entities --------------------------------------------------------------------------
    def top_entities(self, label: str, f: ArticleFilter = ArticleFilter(), limit: int = 20) -> list[EntityCount]:
        """The canonical entities of a type named in most articles of the selection."""
        f = self._search.resolved(f)
        if f.is_everything():
            rows = self.db.execute(
                "SELECT label, text, articles FROM entity_counts WHERE label = ? ORDER BY articles DESC, text LIMIT ?",
                (label, int(limit)),
            )
            return [EntityCount(*r) for r in rows]
        conditions, params = filter_sql(f)
        selection = "SELECT a.id FROM articles a"
        if conditions:
            selection += " WHERE " + " AND ".join(conditions)
        rows = self.db.execute(
            "SELECT COALESCE(al.to_label, e.label), COALESCE(al.to_text, e.text) AS t, count(DISTINCT e.article_id) AS n "
            "FROM entities e LEFT JOIN entity_aliases al ON al.label = e.label AND al.text = e.text "
            f"WHERE e.article_id IN ({selection}) AND {EFFECTIVE_ENTITY} AND COALESCE(al.to_label, e.label) = ? "
            "GROUP BY 1, 2 ORDER BY n DESC, t LIMIT ?",
            (*params, label, int(limit)),
        )
        return [EntityCount(*r) for r in rows]

    def cooccurrence(
        self, label: str, with_label: str | None = None, f: ArticleFilter = ArticleFilter(), *, top: int = 50,
    ) -> list[Pair]:  # fmt: skip
        """Pairs among the ``top`` most named entities of ``label`` (and of ``with_label``) named in one article.

        Pairs named together at least once, most often together first. PMI
        and Dice are computed over the articles of the selection.
        """
        f = self._search.resolved(f)
        selection = None if f.is_everything() else set(self._search.ids(f))
        total = self.db.one("SELECT count(*) FROM articles")[0] if selection is None else len(selection)
        first = self.top_entities(label, f, top)
        second = first if with_label in (None, label) else self.top_entities(with_label, f, top)
        sets = {}
        for entity in {(e.label, e.text) for e in first + second}:
            sets[entity] = self._articles_naming(entity, selection)
        pairs = []
        for i, a in enumerate(first):
            candidates = first[i + 1 :] if second is first else second
            for b in candidates:
                ka, kb = (a.label, a.text), (b.label, b.text)
                if ka == kb:
                    continue
                together = len(sets[ka] & sets[kb])
                if together:
                    na, nb = len(sets[ka]), len(sets[kb])
                    pmi = math.log2(together * total / (na * nb)) if total else 0.0
                    pairs.append(Pair(ka, kb, together, na, nb, pmi, 2 * together / (na + nb)))
        pairs.sort(key=lambda p: (-p.together, -p.pmi, p.a, p.b))
        return pairs

    def _articles_naming(self, entity: tuple[str, str], selection: set[int] | None) -> set[int]:
        rows = self.db.execute(
            f"SELECT DISTINCT e.article_id FROM entities e JOIN ({VARIANTS_SQL}) v ON e.label = v.label "
            f"AND e.text = v.text WHERE {EFFECTIVE_ENTITY}",
            variants_params(*entity),
        )
        found = {r[0] for r in rows}
        return found if selection is None else found & selection

    # -- tags ------------------------------------------------------------------------------------
    def tag_matrix(self, by: str, f: ArticleFilter = ArticleFilter()) -> list[MatrixCell]:
        """Articles coded with each tag, per newspaper, section or year (the code-by-attribute matrix)."""
        expression = {"newspaper": "p.newspaper", "section": "p.section", "year": PERIODS["year"]}.get(by)
        if expression is None:
            raise ValueError(f"unknown grouping {by!r}; groupings are newspaper, section, year")
        conditions, params = filter_sql(self._search.resolved(f))
        sql = (
            f"SELECT t.name, {expression}, count(DISTINCT c.article_id) FROM ({_CODED}) c "
            "JOIN tags t ON t.id = c.tag_id JOIN articles a ON a.id = c.article_id JOIN page_identity p ON p.source_id = a.source_id"
        )
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        rows = self.db.execute(sql + " GROUP BY 1, 2 ORDER BY 1, 2", params)
        return [MatrixCell(*r) for r in rows]

    def tag_cooccurrence(self, f: ArticleFilter = ArticleFilter()) -> list[MatrixCell]:
        """Articles coded with both of two tags, each pair once (row < column) and each tag with itself."""
        f = self._search.resolved(f)
        conditions, params = filter_sql(f, "c1.article_id")
        sql = (
            f"SELECT t1.name, t2.name, count(DISTINCT c1.article_id) FROM ({_CODED}) c1 JOIN ({_CODED}) c2 "
            "ON c2.article_id = c1.article_id JOIN tags t1 ON t1.id = c1.tag_id JOIN tags t2 ON t2.id = c2.tag_id "
            "WHERE t1.name <= t2.name"
        )
        if conditions:
            sql += " AND " + " AND ".join(conditions)
        rows = self.db.execute(sql + " GROUP BY 1, 2 ORDER BY 1, 2", params)
        return [MatrixCell(*r) for r in rows]


def _combine(f: ArticleFilter, measure: ArticleFilter) -> ArticleFilter:
    """Articles both select: queries joined with AND, tags and entities added."""
    # Clauses join with AND, which is what a space does (OR binds tighter).
    query = " ".join(q for q in (f.query.strip(), measure.query.strip()) if q)
    entities = tuple(f.entities) + tuple(e for e in (measure.entity,) if e is not None) + tuple(measure.entities)
    coded = tuple(f.coded) + ((measure.tag,) if measure.tag else ()) + tuple(measure.coded)
    return f.with_(query=query, entities=entities, coded=coded)

