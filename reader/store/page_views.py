"""Reading pages for the raw page view and for join suggestions (no writes)."""

from __future__ import annotations

from reader.corrections.joins import JoinSuggestion, PageInfo, suggest_joins
from reader.corrections.raw_view import RawLine, raw_lines
from reader.store.articles import Articles
from reader.store.db import Db
from reader.store.errors import NotFoundError
from reader.store.pages import Pages


def _articles_of(articles: Articles, source_id: int):
    return [(aid, articles.get(aid).article) for aid in articles.ids_of_source(source_id)]


def page_lines(db: Db, articles: Articles, pages: Pages, source_id: int) -> list[RawLine]:
    """Every line of a page as imported, with the article and part it went to or why it went to none."""
    row = pages.raw_text(source_id)
    if row is None:
        raise NotFoundError(f"There is no page {source_id} in the library.")
    # Articles of other pages that continue on this one (joins) hold some of its lines.
    heads = [r[0] for r in db.execute(
        "SELECT DISTINCT source_id FROM corrections WHERE kind = 'join' AND other_source_id = ? AND status = 'applied'",
        (source_id,),
    )]  # fmt: skip
    joined = []
    for head in heads:
        joined += [(aid, a) for aid, a in _articles_of(articles, head) if any(b.source == source_id for b in a.body)]
    return raw_lines(row[1], _articles_of(articles, source_id), pages.dropped(source_id), joined, source_id)


def _info(db: Db, articles: Articles, pages: Pages, source_id: int) -> PageInfo:
    row = db.one("SELECT newspaper, date, page FROM page_identity WHERE source_id = ?", (source_id,))
    newspaper, date, page = row if row is not None else (None, None, None)
    return PageInfo(source_id, newspaper, date, page, _articles_of(articles, source_id), pages.dropped(source_id))


def join_suggestions(db: Db, articles: Articles, pages: Pages, article_id: int) -> list[JoinSuggestion]:
    """Articles on other pages of the same paper and day that likely continue this one, best first."""
    row = db.one(
        "SELECT a.source_id, p.newspaper, p.date FROM articles a LEFT JOIN page_identity p ON p.source_id = a.source_id "
        "WHERE a.id = ?",
        (article_id,),
    )
    if row is None:
        raise NotFoundError(f"There is no article {article_id} in the library.")
    source_id, newspaper, date = row
    if not (newspaper and date):
        return []
    head = _info(db, articles, pages, source_id)
    others = [r[0] for r in db.execute(
        "SELECT source_id FROM page_identity WHERE newspaper = ? AND date = ? AND source_id != ? ORDER BY source_id",
        (newspaper, date, source_id),
    )]  # fmt: skip
    return suggest_joins(head, article_id, [_info(db, articles, pages, s) for s in others])
