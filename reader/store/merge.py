"""Merging another reader library into this one (`merge-library OTHER.db`, File ▸ Merge Another Library…).

The other file is opened read-only through SQLite (URI ``mode=ro``), so not a
byte of it changes. Pages are matched by their content key (the same page
text), articles by their text (title and body) on the matched page, then
anywhere; tags by name (the other's colour is taken only for a tag that is
new here). Pages and articles this library lacks are added (the recogniser
finds their entities again; the other's entity corrections come along). The
other's tags, notes and passage annotations are added with their coder;
what is here already is not added again, so merging twice adds nothing.

Conflicts are kept, not resolved: a coder's note that differs from their
note here is kept below it, marked; an annotation that has another tag or
note than its twin here (same passage, coder and time) is added beside it;
an article of a matched page that has no counterpart here (the pages were
parsed differently) is added to the page. Each is listed in the report.

Everything is written in one transaction: a kill leaves the library as it
was, and running the merge again then does all of it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from reader.exchange.guids import content_hash
from reader.model import Article
from reader.store import identity
from reader.store.articles import Articles, _blocks
from reader.store.db import Db, guarded
from reader.store.entities import Entities
from reader.store.errors import LibraryError
from reader.store.exchange_import import combined_note
from reader.store.migrations import LATEST_VERSION
from reader.store.records import MergeReport


def _text_key(title: str, body: str) -> str:
    return content_hash(title + "\n\n" + body)


def open_read_only(path: Path) -> sqlite3.Connection:
    """The other library, read-only; LibraryError when it is missing, not a library, or of another version."""
    if not path.is_file():
        raise LibraryError(f"{path} does not exist or is not a file.")
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path} is not a reader library ({exc}); nothing was merged.") from None
    if version != LATEST_VERSION:
        conn.close()
        if version == 0:
            raise LibraryError(f"{path} is not a reader library; nothing was merged.")
        newer = "a newer" if version > LATEST_VERSION else "an older"
        raise LibraryError(
            f"{path} is {newer} library (schema {version}, this reader uses {LATEST_VERSION}); open it once with "
            "the same version of reader as this library, then merge. Nothing was merged."
        )
    return conn


@guarded
class Merger:
    def __init__(self, db: Db, articles: Articles, entities: Entities, own_path: Path | None) -> None:
        self.db = db
        self._articles = articles
        self._entities = entities
        self._own_path = own_path

    def merge(self, other_path: str | Path, *, progress: Callable[[int, int], None] | None = None) -> MergeReport:
        other_path = Path(other_path)
        if self._own_path is not None and other_path.exists() and os.path.samefile(other_path, self._own_path):
            raise LibraryError(f"{other_path} is this library itself; nothing to merge.")
        other = open_read_only(other_path)
        try:
            data = _read(other)
        finally:
            other.close()
        report = MergeReport(other_path.name)
        with self.db.write():
            article_map = self._pages_and_articles(data, report, progress)
            tag_map = self._tags(data["tags"], report)
            self._article_tags(data["article_tags"], article_map, tag_map, report)
            self._notes(data["notes"], article_map, report)
            self._annotations(data["annotations"], article_map, tag_map, report)
            self._entity_corrections(data, article_map, report)
        return report

    # -- pages and articles -----------------------------------------------------------
    def _pages_and_articles(self, data: dict, report: MergeReport, progress) -> dict[int, int]:
        ours_by_key = dict(self.db.execute("SELECT content_hash, id FROM sources"))
        ours_by_text: dict[str, int] = {}
        for article_id, title, body in self.db.execute("SELECT id, title, body_text FROM articles ORDER BY id"):
            ours_by_text.setdefault(_text_key(title, body), article_id)
        mapping: dict[int, int] = {}
        total = len(data["articles"])
        by_source: dict[int, list[tuple]] = {}
        for row in data["articles"]:
            by_source.setdefault(row[1], []).append(row)
        done = 0
        for source in data["sources"]:
            source_id = ours_by_key.get(source[3])
            rows = by_source.get(source[0], [])
            if source_id is None:
                # A page this library lacks; an article of it that is here already (the same
                # text on another page, e.g. from a .qdpx import) is that article.
                missing = []
                for row in rows:
                    found = ours_by_text.get(_text_key(row[4], row[9]))
                    if found is None:
                        missing.append(row)
                    else:
                        mapping[row[0]] = found
                        report.articles_matched += 1
                if missing or not rows:
                    source_id = self.db.execute(
                        "INSERT INTO sources(name, path, content_hash, encoding, imported_at, raw_text, dropped_json) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        source[1:8],
                    ).lastrowid
                    self._identity(source[0], source_id, data, new=True)
                    self._pdf_page(source[0], source_id, data)
                    report.pages_added += 1
                for row in missing:
                    mapping[row[0]] = self._articles.insert(source_id, row[2], _article(row))
                    ours_by_text.setdefault(_text_key(row[4], row[9]), mapping[row[0]])
                    report.articles_added += 1
            else:
                self._identity(source[0], source_id, data, new=False)
                on_page = {_text_key(title, body): article_id for _pos, (article_id, title, body)
                           in self._articles.of_source(source_id).items()}  # fmt: skip
                for row in rows:
                    key = _text_key(row[4], row[9])
                    found = on_page.get(key) or ours_by_text.get(key)
                    if found is not None:
                        mapping[row[0]] = found
                        report.articles_matched += 1
                        continue
                    position = self.db.one(
                        "SELECT coalesce(max(position), -1) + 1 FROM articles WHERE source_id = ?", (source_id,)
                    )[0]
                    mapping[row[0]] = self._articles.insert(source_id, position, _article(row))
                    on_page[key] = mapping[row[0]]
                    report.articles_added += 1
                    report.conflicts.append(
                        f"«{row[4]}» on page «{source[1]}» has no counterpart here (the page was parsed "
                        "differently); added to the page"
                    )
            done += len(rows)
            if progress is not None:
                progress(done, total)
        return mapping

    def _identity(self, theirs: int, ours: int, data: dict, *, new: bool) -> None:
        """A page keeps its identity as each origin gave it (the lists sort and filter on it): a page
        added here takes the other's; a page here already takes what the other says from an origin
        that says nothing here (a date its user set, say), and keeps what this library says."""
        rows = [(ours, field, origin, value) for field, origin, value in data["page_values"].get(theirs, ())]
        added = self.db.executemany(
            "INSERT OR IGNORE INTO page_values(source_id, field, origin, value) VALUES (?, ?, ?, ?)", rows
        ).rowcount
        if new or added:
            identity.recompute(self.db.conn, ours)

    def _pdf_page(self, theirs: int, ours: int, data: dict) -> None:
        """A page of a PDF added here keeps its file and boxes: the page view finds the PDF where
        the other library read it, or offers Locate…."""
        pdf = data["pdf_pages"].get(theirs)
        if pdf is None:
            return
        sha256, size, page_count, path, imported_path, title, created, imported_at = pdf[:8]
        known = self.db.one("SELECT id FROM pdf_files WHERE sha256 = ?", (sha256,))
        # The other library's own copy of the file is not this library's to manage: copied = 0.
        pdf_id = known[0] if known is not None else self.db.execute(
            "INSERT INTO pdf_files(sha256, size, page_count, path, imported_path, copied, title, created, imported_at) "
            "VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)",
            (sha256, size, page_count, path, imported_path, title, created, imported_at),
        ).lastrowid  # fmt: skip
        # A page of the file here already (parsed into other text) keeps its own boxes.
        self.db.execute(
            "INSERT OR IGNORE INTO pdf_pages(source_id, pdf_id, page_index, width, height, lines_json, layout_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ours, pdf_id, *pdf[8:]),
        )

    def _tags(self, tags: list[tuple], report: MergeReport) -> dict[int, int]:
        mapping = {}
        for other_id, name, color in tags:
            row = self.db.one("SELECT id FROM tags WHERE name = ?", (name,))
            if row is None:
                mapping[other_id] = self.db.execute("INSERT INTO tags(name, color) VALUES (?, ?)", (name, color)).lastrowid
                report.tags_created += 1
            else:
                mapping[other_id] = row[0]
        return mapping

    # -- the coders' work -----------------------------------------------------------------
    def _article_tags(self, rows, article_map, tag_map, report: MergeReport) -> None:
        for article_id, tag_id, coder, created in rows:
            added = self.db.execute(
                "INSERT OR IGNORE INTO article_tags(article_id, tag_id, coder, created) VALUES (?, ?, ?, ?)",
                (article_map[article_id], tag_map[tag_id], coder, created),
            ).rowcount
            report.article_tags_added += added
            report.already_there += 1 - added

    def _notes(self, rows, article_map, report: MergeReport) -> None:
        for article_id, coder, note, created, modified in rows:
            ours = article_map[article_id]
            row = self.db.one("SELECT note FROM article_notes WHERE article_id = ? AND coder = ?", (ours, coder))
            if row is None:
                self.db.execute(
                    "INSERT INTO article_notes(article_id, coder, note, created, modified) VALUES (?, ?, ?, ?, ?)",
                    (ours, coder, note, created, modified),
                )
                report.notes_added += 1
                continue
            combined = combined_note(row[0], note, f"merged from {report.other}, modified {modified}")
            if combined is None:
                report.already_there += 1
                continue
            self.db.execute(
                "UPDATE article_notes SET note = ?, modified = ? WHERE article_id = ? AND coder = ?",
                (combined, self.db.now(), ours, coder),
            )
            report.notes_added += 1
            report.conflicts.append(f"{coder}'s note on article {ours} differs from theirs: both kept, marked")

    def _annotations(self, rows, article_map, tag_map, report: MergeReport) -> None:
        for _id, article_id, start, end, quote, prefix, suffix, tag_id, note, created, modified, orphaned, coder in rows:
            ours = article_map[article_id]
            twins = self.db.execute(
                'SELECT tag_id, coalesce(note, \'\') FROM annotations WHERE article_id = ? AND start = ? AND "end" = ? '
                "AND coder = ? AND created = ?",
                (ours, start, end, coder, created),
            ).fetchall()
            mapped_tag = tag_map.get(tag_id) if tag_id is not None else None
            if (mapped_tag, note or "") in twins:
                report.already_there += 1
                continue
            self.db.execute(
                'INSERT INTO annotations(article_id, start, "end", quote, prefix, suffix, tag_id, note, created, '
                "modified, orphaned, coder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (ours, start, end, quote, prefix, suffix, mapped_tag, note, created, modified, orphaned, coder),
            )
            report.annotations_added += 1
            if twins:
                report.conflicts.append(
                    f"{coder}'s annotation «{quote}» on article {ours} has another tag or note there: both kept"
                )

    def _entity_corrections(self, data: dict, article_map, report: MergeReport) -> None:
        for article_id, start, end, label in data["user_entities"]:
            ours = article_map[article_id]
            before = self.db.one(
                'SELECT count(*) FROM entities WHERE article_id = ? AND start = ? AND "end" = ? AND label = ? '
                "AND origin = 'user'",
                (ours, start, end, label),
            )[0]
            self._entities.add(ours, start, end, label)
            report.entities_added += 1 - before
            report.already_there += before
        for article_id, start, end, label in data["suppressions"]:
            ours = article_map[article_id]
            before = self.db.one(
                'SELECT count(*) FROM entity_suppressions WHERE article_id = ? AND start = ? AND "end" = ? AND label = ?',
                (ours, start, end, label),
            )[0]
            self._entities.suppress(ours, start, end, label)
            report.entities_added += 1 - before
            report.already_there += before


_ARTICLE_COLUMNS = (
    "id, source_id, position, kicker, title, subtitle, dateline, byline, byline_raw, body_text, blocks_json, "
    "captions_json"
)


def _article(row: tuple) -> Article:
    return Article(
        title=row[4], kicker=row[3], subtitle=row[5], dateline=row[6], byline=row[7], byline_raw=row[8],
        body=_blocks(json.loads(row[10]), row[9]), captions=json.loads(row[11]),
    )  # fmt: skip


def _by_source(rows) -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = {}
    for source_id, *rest in rows:
        out.setdefault(source_id, []).append(tuple(rest))
    return out


def _read(conn: sqlite3.Connection) -> dict:
    """Everything of the other library that a merge takes, read in one read transaction."""
    conn.execute("BEGIN")
    try:
        return {
            "sources": conn.execute(
                "SELECT id, name, path, content_hash, encoding, imported_at, raw_text, dropped_json FROM sources ORDER BY id"
            ).fetchall(),
            "page_values": _by_source(conn.execute("SELECT source_id, field, origin, value FROM page_values")),
            "pdf_pages": {row[0]: row[1:] for row in conn.execute(
                "SELECT p.source_id, f.sha256, f.size, f.page_count, f.path, f.imported_path, f.title, f.created, "
                "f.imported_at, p.page_index, p.width, p.height, p.lines_json, p.layout_json "
                "FROM pdf_pages p JOIN pdf_files f ON f.id = p.pdf_id"
            )},  # fmt: skip
            "articles": conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY source_id, position").fetchall(),
            "tags": conn.execute("SELECT id, name, color FROM tags ORDER BY id").fetchall(),
            "article_tags": conn.execute("SELECT article_id, tag_id, coder, created FROM article_tags").fetchall(),
            "notes": conn.execute("SELECT article_id, coder, note, created, modified FROM article_notes").fetchall(),
            "annotations": conn.execute(
                'SELECT id, article_id, start, "end", quote, prefix, suffix, tag_id, note, created, modified, '
                "orphaned, coder FROM annotations ORDER BY id"
            ).fetchall(),
            "user_entities": conn.execute(
                "SELECT article_id, start, \"end\", label FROM entities WHERE origin = 'user' ORDER BY id"
            ).fetchall(),
            "suppressions": conn.execute('SELECT article_id, start, "end", label FROM entity_suppressions').fetchall(),
        }
    finally:
        conn.execute("ROLLBACK")

