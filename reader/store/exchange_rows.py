"""Reading the library for a REFI-QDA export: every article with its coders' work, as plain records.

Articles are read in id order, a batch at a time, with their tags, notes and
passage annotations fetched per batch, so a library of any size streams
through in bounded memory (reader/exchange/export_library.py writes them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime

from reader.exchange.records import ArticleRecord, NoteUse, PageIdentity, Passage, TagUse
from reader.store.db import Db, guarded, id_list

BATCH = 2000


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def page_identity(row: tuple) -> PageIdentity:
    """Where the article was printed: its page's newspaper, date, page and section (columns 7-10 of _ARTICLES)."""
    newspaper, iso_date, page, section = row[7:11]
    try:
        printed = date.fromisoformat(iso_date) if iso_date else None
    except ValueError:
        printed = None  # the store keeps only real dates; a foreign value is not one
    return PageIdentity(newspaper=newspaper, date=printed, page=page, section=section)


_ARTICLES = (
    "SELECT a.id, s.content_hash, a.position, a.title, a.body_text, s.name, a.byline, "
    "p.newspaper, p.date, p.page, p.section "
    "FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN page_identity p ON p.source_id = a.source_id "
    "WHERE a.id > ? ORDER BY a.id LIMIT ?"
)


@guarded
class ExchangeRows:
    def __init__(self, db: Db) -> None:
        self.db = db

    def tags(self) -> list[tuple[str, str]]:
        return self.db.execute("SELECT name, color FROM tags ORDER BY name").fetchall()

    def count(self) -> int:
        return self.db.one("SELECT count(*) FROM articles")[0]

    def count_orphaned(self) -> int:
        return self.db.one("SELECT count(*) FROM annotations WHERE orphaned = 1")[0]

    def records(self) -> Iterator[ArticleRecord]:
        """Every article, in id order, with all coders' tags, notes and passages."""
        last = 0
        with self.db.guard():
            while True:
                rows = self.db.execute(_ARTICLES, (last, BATCH)).fetchall()
                if not rows:
                    return
                last = rows[-1][0]
                ids = id_list(r[0] for r in rows)
                tags, notes, passages = self._tags(ids), self._notes(ids), self._passages(ids)
                for row in rows:
                    article_id = row[0]
                    yield ArticleRecord(
                        page_key=row[1],
                        position=row[2],
                        title=row[3],
                        body=row[4],
                        identity=page_identity(row),
                        page_name=row[5],
                        byline=row[6],
                        tags=tuple(tags.get(article_id, ())),
                        notes=tuple(notes.get(article_id, ())),
                        passages=tuple(passages.get(article_id, ())),
                    )

    def _tags(self, ids: str) -> dict[int, list[TagUse]]:
        found: dict[int, list[TagUse]] = defaultdict(list)
        rows = self.db.execute(
            "SELECT at.article_id, t.name, at.coder, at.created FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE at.article_id IN (SELECT value FROM json_each(?)) ORDER BY at.article_id, t.name, at.coder",
            (ids,),
        )
        for article_id, name, coder, created in rows:
            found[article_id].append(TagUse(name, coder or None, _when(created)))
        return found

    def _notes(self, ids: str) -> dict[int, list[NoteUse]]:
        found: dict[int, list[NoteUse]] = defaultdict(list)
        rows = self.db.execute(
            "SELECT article_id, note, coder, created, modified FROM article_notes "
            "WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, coder",
            (ids,),
        )
        for article_id, note, coder, created, modified in rows:
            found[article_id].append(NoteUse(note, coder or None, _when(created), _when(modified)))
        return found

    def _passages(self, ids: str) -> dict[int, list[Passage]]:
        found: dict[int, list[Passage]] = defaultdict(list)
        rows = self.db.execute(
            'SELECT n.article_id, n.start, n."end", t.name, n.note, n.coder, n.created, n.modified '
            "FROM annotations n LEFT JOIN tags t ON t.id = n.tag_id "
            # An orphaned annotation's offsets no longer point at its quote: it stays out of the export.
            "WHERE n.article_id IN (SELECT value FROM json_each(?)) AND n.orphaned = 0 ORDER BY n.article_id, n.id",
            (ids,),
        )
        for article_id, start, end, tag, note, coder, created, modified in rows:
            found[article_id].append(Passage(start, end, tag, note, coder or None, _when(created), _when(modified)))
        return found
