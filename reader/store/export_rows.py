"""The rows of the annotation export (article tags, article notes, passages), read in one pass.

reader/export.py writes them as CSV; this part only reads.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.store.db import Db

EXPORT_COLUMNS = (
    "annotation_id", "kind", "article_id", "source", "article_title", "newspaper", "date", "page", "section",
    "byline", "tag", "note", "quote", "start", "end", "prefix", "suffix", "created", "modified", "coder",
    "corrected",  # "yes" when the user corrected the article's structure or text by hand
)  # fmt: skip

_CORRECTED = "CASE WHEN a.corrected_at IS NULL THEN '' ELSE 'yes' END"

# CROSS JOIN fixes the join order: each branch walks its own small table
# (article tags, notes, annotations by article) and looks the articles up in
# id order, instead of scanning the large articles table; their titles and
# bylines (and whether they were corrected) come from articles_summary, not
# from the rows (which hold the bodies).
_SQL = f"""
    SELECT 'article_tag:' || at.article_id || ':' || at.tag_id || ':' || at.coder, 'article_tag', a.id, s.name,
           a.title, p.newspaper, p.date, p.page, p.section, a.byline, t.name, NULL, NULL, NULL, NULL, NULL, NULL,
           at.created, at.created, at.coder, {_CORRECTED},
           at.article_id AS sort_article, 0 AS sort_kind, t.name || char(31) || at.coder AS sort_key
      FROM article_tags at CROSS JOIN tags t ON t.id = at.tag_id
      CROSS JOIN articles a INDEXED BY articles_summary ON a.id = at.article_id CROSS JOIN sources s ON s.id = a.source_id
      LEFT JOIN page_identity p ON p.source_id = a.source_id
     WHERE :coder IS NULL OR at.coder = :coder
    UNION ALL
    SELECT 'article_note:' || nt.article_id || ':' || nt.coder, 'article_note', a.id, s.name, a.title,
           p.newspaper, p.date, p.page, p.section, a.byline, NULL, nt.note, NULL, NULL, NULL, NULL, NULL,
           nt.created, nt.modified, nt.coder, {_CORRECTED}, nt.article_id, 1, nt.coder
      FROM article_notes nt CROSS JOIN articles a INDEXED BY articles_summary ON a.id = nt.article_id
      CROSS JOIN sources s ON s.id = a.source_id LEFT JOIN page_identity p ON p.source_id = a.source_id
     WHERE :coder IS NULL OR nt.coder = :coder
    UNION ALL
    SELECT 'passage:' || n.id, 'passage', a.id, s.name, a.title,
           p.newspaper, p.date, p.page, p.section, a.byline, t.name, n.note, n.quote,
           n.start, n."end", n.prefix, n.suffix, n.created, n.modified, n.coder, {_CORRECTED}, n.article_id, 2,
           printf('%012d', n.start)
      FROM annotations n CROSS JOIN articles a INDEXED BY articles_summary ON a.id = n.article_id
      CROSS JOIN sources s ON s.id = a.source_id LEFT JOIN page_identity p ON p.source_id = a.source_id
      LEFT JOIN tags t ON t.id = n.tag_id
     WHERE :coder IS NULL OR n.coder = :coder
    ORDER BY sort_article, sort_kind, sort_key
"""


class ExportRows:
    def __init__(self, db: Db) -> None:
        self.db = db

    def rows(self, *, coder: str | None = None) -> Iterator[tuple]:
        """Rows in EXPORT_COLUMNS order: article tags, notes, passages, one article's work together.

        ``coder`` keeps only that coder's work.
        """
        width = len(EXPORT_COLUMNS)
        # A generator: errors surface while iterating, so translate them here.
        with self.db.guard():
            cursor = self.db.conn.execute(_SQL, {"coder": coder})
            while batch := cursor.fetchmany(2000):
                for row in batch:
                    yield row[:width]
