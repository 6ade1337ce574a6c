"""Articles: their rows, their search-index entries, and reading them back.

Owns the ``articles`` table and keeps ``article_search`` (reader/store/text_index.py)
in step with every insert, change and delete.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from reader.model import Article, ArticleLines, Block, PageMeta
from reader.store import text_index
from reader.store.db import Db, guarded, id_list
from reader.store.errors import NotFoundError
from reader.store.records import ArticleSummary, StoredArticle

_COLUMNS = (
    "kicker, title, subtitle, dateline, byline, byline_raw, body_text, blocks_json, captions_json, "
    "lines_json, doubt, doubt_reasons"
)


def _block_json(block: Block) -> dict:
    # Blocks as kinds and lengths: their texts are body_text split at those
    # lengths, so the body is not stored twice (a third of the file at scale).
    # The page lines that made the block, and its page when that is another (a join), when known.
    stored: dict = {"kind": block.kind, "length": len(block.text)}
    if block.lines:
        stored["lines"] = list(block.lines)
    if block.source is not None:
        stored["source"] = block.source
    return stored


def _lines_json(article: Article) -> str | None:
    lines = article.lines
    if lines is None:
        return None
    return json.dumps({
        "kicker": lines.kicker, "title": lines.title, "subtitle": lines.subtitle, "dateline": lines.dateline,
        "byline": lines.byline, "captions": lines.captions,
    })  # fmt: skip


def _article_lines(stored: str | None) -> ArticleLines | None:
    if not stored:
        return None
    data = json.loads(stored)
    return ArticleLines(
        **{name: tuple(data.get(name) or ()) for name in ("kicker", "title", "subtitle", "dateline", "byline")},
        captions=tuple(tuple(c) for c in data.get("captions") or ()),
    )


def _values(article: Article) -> tuple:
    blocks = json.dumps([_block_json(b) for b in article.body])
    captions = json.dumps(list(article.captions), ensure_ascii=False)
    return (
        article.kicker, article.title or "", article.subtitle, article.dateline, article.byline,
        article.byline_raw, article.body_text, blocks, captions,
        _lines_json(article), float(article.doubt or 0.0), "\n".join(article.doubt_reasons),
    )  # fmt: skip


def _searched(values: tuple) -> tuple:
    """The searched texts (text_index's FIELDS order: kicker, title, subtitle, byline, body) of _values()."""
    return values[0], values[1], values[2], values[4], values[6]


def _blocks(stored: list[dict], body_text: str) -> list[Block]:
    """Blocks from blocks_json: {"kind", "length"} slices of body_text (or, if present, their own "text")."""
    blocks, offset = [], 0
    for b in stored:
        if "text" in b:
            text = b["text"]
        else:
            text = body_text[offset : offset + b["length"]]
        blocks.append(Block(b["kind"], text, tuple(b.get("lines") or ()), b.get("source")))
        offset += len(text) + 1  # the "\n" joining blocks in body_text
    return blocks


def _page_meta(row) -> PageMeta:
    """The page's values from its page_identity row (newspaper … cn, as reader/store/identity.py writes them)."""
    newspaper, date, page, page_number, section, editors_json, issue, cn = row
    editors = tuple(tuple(pair) for pair in json.loads(editors_json or "[]"))
    values = dict(newspaper=newspaper, date=date, page=page, page_number=page_number, section=section,
                  editors=editors, issue=issue, cn=cn)  # fmt: skip
    return PageMeta(**{k: v for k, v in values.items() if v not in (None, ())})


@guarded
class Articles:
    def __init__(self, db: Db) -> None:
        self.db = db

    # -- reading ---------------------------------------------------------------
    def count(self) -> int:
        return self.db.one("SELECT count(*) FROM articles")[0]

    def is_empty(self) -> bool:
        return self.db.one("SELECT NOT EXISTS (SELECT 1 FROM articles)")[0] == 1

    def body_text(self, article_id: int) -> str:
        """The article's body text; NotFoundError for an id the library does not hold."""
        row = self.db.one("SELECT body_text FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise NotFoundError(f"There is no article {article_id} in the library.")
        return row[0]

    def body_texts(self, article_ids: Sequence[int]) -> dict[int, str]:
        """Article id -> body text for the ids that exist."""
        return dict(
            self.db.execute(
                "SELECT id, body_text FROM articles WHERE id IN (SELECT value FROM json_each(?))",
                (id_list(article_ids),),
            ).fetchall()
        )

    def get(self, article_id: int) -> StoredArticle:
        row = self.db.one(
            "SELECT a.id, a.source_id, s.name, a.position, a.kicker, a.title, a.subtitle, a.dateline, a.byline, "
            "a.byline_raw, a.blocks_json, a.captions_json, a.body_text, "
            "p.newspaper, p.date, p.page, p.page_number, p.section, p.editors_json, p.issue, p.cn, "
            "a.lines_json, a.doubt, a.doubt_reasons FROM articles a "
            "JOIN sources s ON s.id = a.source_id LEFT JOIN page_identity p ON p.source_id = a.source_id "
            "WHERE a.id = ?",
            (article_id,),
        )
        if row is None:
            raise NotFoundError(f"There is no article {article_id} in the library.")
        article = Article(
            title=row[5], kicker=row[4], subtitle=row[6], dateline=row[7], byline=row[8], byline_raw=row[9],
            body=_blocks(json.loads(row[10]), row[12]), captions=json.loads(row[11]),
        )  # fmt: skip
        article.lines = _article_lines(row[21])
        article.doubt, article.doubt_reasons = row[22], tuple(r for r in row[23].split("\n") if r)
        return StoredArticle(
            id=row[0], source_id=row[1], source=row[2], position=row[3], article=article, meta=_page_meta(row[13:21]),
        )  # fmt: skip

    def summaries(self, article_ids: Sequence[int]) -> list[ArticleSummary]:
        """Summaries in the order of ``article_ids`` (ids not found are skipped)."""
        rows = self.db.execute(
            "SELECT a.id, a.title, a.byline, s.name, p.newspaper, p.date, p.page, p.section, "
            "a.doubt, a.corrected_at IS NOT NULL "
            "FROM articles a INDEXED BY articles_summary JOIN sources s ON s.id = a.source_id "
            "LEFT JOIN page_identity p ON p.source_id = a.source_id "
            "WHERE a.id IN (SELECT value FROM json_each(?))",
            (id_list(article_ids),),
        )
        found = {r[0]: ArticleSummary(*r[:9], corrected=bool(r[9])) for r in rows}
        return [found[i] for i in article_ids if i in found]

    def ids_of_source(self, source_id: int) -> list[int]:
        rows = self.db.execute("SELECT id FROM articles WHERE source_id = ? ORDER BY position", (source_id,))
        return [r[0] for r in rows]

    def of_source(self, source_id: int) -> dict[int, tuple[int, str, str]]:
        """Position on the page -> (article id, title, body text)."""
        rows = self.db.execute("SELECT position, id, title, body_text FROM articles WHERE source_id = ?", (source_id,))
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    # -- writing (inside the caller's transaction) ----------------------------------
    def insert(self, source_id: int, position: int, article: Article) -> int:
        values = _values(article)
        article_id = self.db.execute(
            f"INSERT INTO articles(source_id, position, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (source_id, position, *values),
        ).lastrowid
        text_index.add(self.db.conn, article_id, _searched(values))
        return article_id

    def replace(self, article_id: int, old_title: str, old_body: str, article: Article) -> bool:
        """Overwrite an article's fields; True when its body text changed (its entities then need recognising again)."""
        values = _values(article)
        # The index needs the very texts it holds to forget them: read them, whatever the caller says.
        indexed = text_index.stored_fields(self.db.conn, article_id)
        self.db.execute(
            "UPDATE articles SET kicker = ?, title = ?, subtitle = ?, dateline = ?, byline = ?, byline_raw = ?, "
            "body_text = ?, blocks_json = ?, captions_json = ?, lines_json = ?, doubt = ?, doubt_reasons = ? WHERE id = ?",
            (*values, article_id),
        )
        if indexed is not None and tuple(indexed) != _searched(values):
            text_index.remove(self.db.conn, article_id, indexed)
            text_index.add(self.db.conn, article_id, _searched(values))
        return old_body != values[6]

    def delete(self, article_id: int, title: str, body: str) -> None:
        indexed = text_index.stored_fields(self.db.conn, article_id)
        if indexed is not None:
            text_index.remove(self.db.conn, article_id, indexed)
        self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
