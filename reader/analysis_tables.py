"""The tables behind the concordance and the statistics, as rows for CSV, JSON and the views.

One definition per table, so the command line's --csv/--json, the views'
tables and their CSV exports have the same columns in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

KWIC_COLUMNS = ("article_id", "date", "newspaper", "page", "section", "title", "field", "start", "end",
                "left", "hit", "right", "entity")  # fmt: skip


def kwic_rows(rows: Iterable) -> Iterable[tuple]:
    for r in rows:
        yield (r.article_id, r.date, r.newspaper, r.page, r.section, r.title, r.field, r.start, r.end,
               r.left, r.hit, r.right, r.entity)  # fmt: skip


def count_columns(by: str, measured: bool) -> tuple[str, ...]:
    return (by, "articles") + (("matching", "per_1000") if measured else ())


# What a count row without a key is called where people read it (the command line's
# table; the app shows its translations of the same words). CSV and JSON keep it empty,
# as data: a word there would pass for a newspaper or a period.
UNDATED = "undated"
NO_VALUE = "(none)"


def missing_key_label(by: str) -> str:
    """The word for a row whose key is None: pages without a date, or without that facet."""
    return NO_VALUE if by in ("newspaper", "section", "tag") else UNDATED


def count_rows(rows: Iterable, measured: bool, missing: str = "") -> Iterable[tuple]:
    for r in rows:
        base = (r.key if r.key is not None else missing, r.articles)
        yield base + ((r.matching, round(r.per_thousand, 3)) if measured else ())


PAIR_COLUMNS = ("label_a", "entity_a", "label_b", "entity_b", "together", "articles_a", "articles_b", "pmi", "dice")


def pair_rows(pairs: Iterable) -> Iterable[tuple]:
    for p in pairs:
        yield (p.a[0], p.a[1], p.b[0], p.b[1], p.together, p.a_articles, p.b_articles, round(p.pmi, 4), round(p.dice, 4))


ENTITY_COLUMNS = ("label", "entity", "articles")


def entity_rows(entries: Iterable) -> Iterable[tuple]:
    for e in entries:
        yield (e.label, e.text, e.articles)


def matrix_columns(row_name: str, column_name: str) -> tuple[str, ...]:
    return (row_name, column_name, "articles")


def matrix_rows(cells: Iterable) -> Iterable[tuple]:
    for c in cells:
        yield (c.row, c.column if c.column is not None else "", c.articles)


def as_dicts(columns: Sequence[str], rows: Iterable[Sequence]) -> list[dict]:
    return [dict(zip(columns, row)) for row in rows]
