"""The library: the one module that issues SQL against the user's data.

(The schema itself is created by reader/store/migrations.py; how text is cut
into index tokens lives in reader/store/search.py; re-anchoring maths in
reader/store/anchoring.py.)

Every public method that writes is one user action and runs in one
transaction; SQLite errors come out as the errors of reader.store.errors.

A Library object belongs to the thread that created it (SQLite's rule); a
background worker opens its own Library on the same path.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from reader.model import Article, Block, Page, Span
from reader.store import anchoring
from reader.store.connection import DEFAULT_BUSY_TIMEOUT, open_connection, translated
from reader.store.errors import InvalidInputError, LibraryError, NotFoundError, QuoteNotFoundError
from reader.store.records import (
    Annotation,
    ArticleSummary,
    DeletedTag,
    EntityIndexEntry,
    EntityRecord,
    ImportResult,
    Source,
    StoredArticle,
    Tag,
)
from reader.store.search import match_expression, segment

# Colours handed to new tags in turn; distinct on white and readable under black text.
TAG_PALETTE = ("#f4a261", "#90be6d", "#4d96ff", "#e76f51", "#b388eb", "#f9c74f", "#43aa8b", "#ff8fab", "#8ecae6", "#c9ada7")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

EXPORT_COLUMNS = (
    "annotation_id", "kind", "article_id", "source", "article_title", "byline", "tag", "note",
    "quote", "start", "end", "prefix", "suffix", "created", "modified",
)  # fmt: skip

_ANNOTATION_COLUMNS = (
    "n.id, n.article_id, n.start, n.\"end\", n.quote, n.prefix, n.suffix, t.name, n.note, "
    "n.created, n.modified, n.orphaned"
)


# An entity row ``e`` counts unless it is the recogniser's and the user suppressed it.
_EFFECTIVE_ENTITY = (
    "NOT (e.origin = 'auto' AND EXISTS (SELECT 1 FROM entity_suppressions s WHERE s.article_id = e.article_id "
    'AND s.start = e.start AND s."end" = e."end" AND s.label = e.label))'
)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _guarded(method):
    """Run a public method with SQLite errors turned into the library's clear errors."""

    @functools.wraps(method)
    def wrapper(self: "Library", *args, **kwargs):
        with translated(self._where):
            return method(self, *args, **kwargs)

    return wrapper


def _annotation(row: sqlite3.Row | tuple) -> Annotation:
    return Annotation(
        id=row[0], article_id=row[1], start=row[2], end=row[3], quote=row[4], prefix=row[5],
        suffix=row[6], tag=row[7], note=row[8], created=row[9], modified=row[10], orphaned=bool(row[11]),
    )  # fmt: skip


def _blocks(stored: list[dict], body_text: str) -> list[Block]:
    """Blocks from blocks_json: {"kind", "length"} slices of body_text (or, if present, their own "text")."""
    blocks, offset = [], 0
    for b in stored:
        if "text" in b:
            text = b["text"]
        else:
            text = body_text[offset : offset + b["length"]]
        blocks.append(Block(b["kind"], text))
        offset += len(text) + 1  # the "\n" joining blocks in body_text
    return blocks


def _page_hash(page: Page) -> str:
    payload = json.dumps([a.to_json() for a in page.articles], ensure_ascii=False, sort_keys=True)
    return "page-sha256:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Library:
    def __init__(
        self, path: str | Path | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
    ) -> None:
        """Open (creating if needed) the library at ``path``; ``None`` or ':memory:' is in memory.

        Opens in WAL mode with foreign keys on and a busy timeout (seconds),
        runs pending migrations (backing the file up first), and raises
        LibraryCorruptError, LibraryTooNewError, LibraryLockedError or
        LibraryReadOnlyError with a clear message, never touching a file it refuses.
        ``busy_timeout`` (seconds) is how long a write waits for another
        program's write before LibraryLockedError. After an upgrade,
        ``backup_path`` names the copy made before migrating (else None).
        """
        in_memory = path is None or str(path) == ":memory:"
        self.path: Path | None = None if in_memory else Path(path).expanduser()
        self._where = str(self.path) if self.path else "the in-memory library"
        self.conn, self.backup_path = open_connection(self.path, busy_timeout=busy_timeout)
        self.db = sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- plumbing --------------------------------------------------------------
    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction for one user action.

        Not db.atomic() at the top level: its plain BEGIN defers taking the
        write lock, and a deferred transaction that reads first fails at
        once with SQLITE_BUSY (ignoring the busy timeout) when the app's
        background recogniser commits in between. BEGIN IMMEDIATE waits.
        Nested calls become savepoints through db.atomic().
        """
        with translated(self._where):
            if self.conn.in_transaction:
                with self.db.atomic():
                    yield
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def _one(self, sql: str, params: Sequence = ()) -> tuple | None:
        return self.conn.execute(sql, params).fetchone()

    def _article_text(self, article_id: int) -> str:
        row = self._one("SELECT body_text FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise NotFoundError(f"There is no article {article_id} in the library.")
        return row[0]

    def _tag_id(self, name: str, *, create: bool) -> int | None:
        name = (name or "").strip()
        if not name:
            raise InvalidInputError("A tag needs a name.")
        row = self._one("SELECT id FROM tags WHERE name = ?", (name,))
        if row:
            return row[0]
        if not create:
            return None
        count = self._one("SELECT count(*) FROM tags")[0]
        cur = self.conn.execute(
            "INSERT INTO tags(name, color) VALUES (?, ?)", (name, TAG_PALETTE[count % len(TAG_PALETTE)])
        )
        return cur.lastrowid

    def _tag(self, tag_id: int) -> Tag:
        row = self._one("SELECT id, name, color FROM tags WHERE id = ?", (tag_id,))
        return Tag(*row)

    def _search_index_add(self, article_id: int, title: str, body: str) -> None:
        self.conn.execute(
            "INSERT INTO article_search(rowid, title, body) VALUES (?, ?, ?)",
            (article_id, segment(title), segment(body)),
        )

    def _search_index_remove(self, article_id: int, title: str, body: str) -> None:
        # The index is contentless: FTS5 removes a row only when given exactly
        # the values it indexed, which segment() of the stored text reproduces.
        self.conn.execute(
            "INSERT INTO article_search(article_search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
            (article_id, segment(title), segment(body)),
        )

    # -- the entity index's counts (table entity_counts, see migration 4) -------
    def _effective_pairs(self, article_ids: Sequence[int]) -> Counter:
        """(label, text) -> how many of these articles it is an effective entity of."""
        rows = self.conn.execute(
            "SELECT DISTINCT e.article_id, e.label, e.text FROM entities e "
            f"WHERE e.article_id IN (SELECT value FROM json_each(?)) AND {_EFFECTIVE_ENTITY}",
            (json.dumps(list(article_ids)),),
        )
        return Counter((label, text) for _article_id, label, text in rows)

    @contextlib.contextmanager
    def _entity_counts_follow(self, article_ids: Sequence[int]) -> Iterator[None]:
        """Keep entity_counts right across writes to these articles' entities or suppressions.

        Inside the caller's transaction: the counts change together with the
        rows or not at all. Compares what the articles contributed before and
        after, so any kind of write in between is covered (a deleted article
        contributes nothing after).
        """
        ids = list(article_ids)
        before = self._effective_pairs(ids)
        yield
        after = self._effective_pairs(ids)
        delta = []
        for key in before.keys() | after.keys():
            if change := after[key] - before[key]:
                delta.append((*key, change))
        if not delta:
            return
        self.conn.executemany(
            "INSERT INTO entity_counts(label, text, articles) VALUES (?, ?, ?) "
            "ON CONFLICT(label, text) DO UPDATE SET articles = articles + excluded.articles",
            delta,
        )
        self.conn.executemany(
            "DELETE FROM entity_counts WHERE label = ? AND text = ? AND articles <= 0",
            [(label, text) for label, text, change in delta if change < 0],
        )

    # -- importing ---------------------------------------------------------
    @_guarded
    def import_file(self, path: str | Path) -> ImportResult:
        """Decode, parse and store one page file. Same content twice adds nothing.

        Raises reader.parsing.PageDecodeError (a clear message naming the file)
        for binary or undecodable input; nothing is written then.
        """
        from reader import parsing  # the parser is only needed for files

        path = Path(path)
        data = path.read_bytes()
        content_hash = "sha256:" + hashlib.sha256(data).hexdigest()
        # Checked before decoding and parsing, so re-importing a folder is cheap.
        known = self._source_by_hash(content_hash)
        if known is not None:
            return ImportResult(str(path), known, self._article_ids_of(known), duplicate=True)
        text, encoding = parsing.decode_bytes(data, str(path))
        page = parsing.parse_page(text)
        return self.import_page(
            path.name, page, path=str(path.resolve()), content_hash=content_hash, raw_text=text, encoding=encoding
        )

    def _source_by_hash(self, content_hash: str) -> int | None:
        row = self._one("SELECT id FROM sources WHERE content_hash = ?", (content_hash,))
        return row[0] if row else None

    def _article_ids_of(self, source_id: int) -> list[int]:
        rows = self.conn.execute("SELECT id FROM articles WHERE source_id = ? ORDER BY position", (source_id,))
        return [r[0] for r in rows]

    @_guarded
    def import_page(
        self,
        name: str,
        page: Page,
        *,
        path: str = "",
        content_hash: str = "",
        raw_text: str = "",
        encoding: str | None = None,
    ) -> ImportResult:
        """Store an already parsed page (used by import_file and by tests).

        Without ``content_hash`` the page's parsed content identifies it, so
        importing the same page twice still adds nothing. ``raw_text`` is what
        reparse() parses again; a page stored without it is left alone there.
        """
        content_hash = content_hash or _page_hash(page)
        with self._write():
            known = self._source_by_hash(content_hash)
            if known is not None:
                return ImportResult(path or name, known, self._article_ids_of(known), duplicate=True)
            source_id = self.conn.execute(
                "INSERT INTO sources(name, path, content_hash, encoding, imported_at, raw_text) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (name, path, content_hash, encoding or page.encoding, _now(), raw_text),
            ).lastrowid
            ids = [self._insert_article(source_id, position, article) for position, article in enumerate(page.articles)]
        return ImportResult(path or name, source_id, ids)

    def _article_values(self, article: Article) -> tuple:
        # Blocks as kinds and lengths: their texts are body_text split at those
        # lengths, so the body is not stored twice (a third of the file at scale).
        blocks = json.dumps([{"kind": b.kind, "length": len(b.text)} for b in article.body])
        captions = json.dumps(list(article.captions), ensure_ascii=False)
        return (
            article.kicker, article.title or "", article.subtitle, article.dateline, article.byline,
            article.byline_raw, article.body_text, blocks, captions,
        )  # fmt: skip

    def _insert_article(self, source_id: int, position: int, article: Article) -> int:
        values = self._article_values(article)
        article_id = self.conn.execute(
            "INSERT INTO articles(source_id, position, kicker, title, subtitle, dateline, byline, byline_raw, "
            "body_text, blocks_json, captions_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (source_id, position, *values),
        ).lastrowid
        self._search_index_add(article_id, values[1], values[6])
        return article_id

    @_guarded
    def is_empty(self) -> bool:
        return self._one("SELECT NOT EXISTS (SELECT 1 FROM articles)")[0] == 1

    # -- entity recognition (a separate step after import) ------------------
    @_guarded
    def article_ids_needing_recognition(
        self, limit: int | None = None, *, among: Sequence[int] | None = None
    ) -> list[int]:
        """Articles not yet recognised, in page order; ``among`` restricts (and orders) the candidates."""
        if among is not None:
            wanted = list(among)
            rows = self.conn.execute(
                "SELECT id FROM articles WHERE recognised_at IS NULL AND id IN (SELECT value FROM json_each(?))",
                (json.dumps(wanted),),
            )
            pending = {r[0] for r in rows}
            ids = [i for i in dict.fromkeys(wanted) if i in pending]
            return ids if limit is None else ids[:limit]
        sql = "SELECT id FROM articles WHERE recognised_at IS NULL ORDER BY id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.conn.execute(sql)]

    @_guarded
    def count_needing_recognition(self) -> int:
        return self._one("SELECT count(*) FROM articles WHERE recognised_at IS NULL")[0]

    @_guarded
    def recognition_inputs(self, article_ids: Sequence[int]) -> list[tuple[int, str]]:
        """(article id, body text) pairs for the recogniser, in the order given."""
        rows = dict(
            self.conn.execute(
                "SELECT id, body_text FROM articles WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(article_ids)),),
            ).fetchall()
        )
        return [(i, rows[i]) for i in article_ids if i in rows]

    @_guarded
    def user_dictionary(self) -> dict[str, str]:
        """Phrases the user marked as entities anywhere: text -> label (the latest marking wins)."""
        rows = self.conn.execute("SELECT text, label FROM entities WHERE origin = 'user' ORDER BY id")
        return {text: label for text, label in rows}

    @_guarded
    def save_recognised(
        self, results: Iterable[tuple[int, list[Span]]], *, texts: dict[int, str] | None = None
    ) -> None:
        """Replace the recogniser's spans of these articles and mark them recognised.

        The user's own entities and suppressions are kept. ``texts`` (article
        id -> the text the recogniser read) guards against a re-parse in
        between: an article whose text changed is skipped and stays pending.
        Spans that do not fit the text are dropped one by one.
        """
        now = _now()
        results = list(results)
        # One before/after comparison for the whole batch: the counts' upkeep
        # then costs two queries per call, not two per article.
        with self._write(), self._entity_counts_follow([article_id for article_id, _spans in results]):
            for article_id, spans in results:
                row = self._one("SELECT body_text FROM articles WHERE id = ?", (article_id,))
                if row is None:
                    continue  # deleted by a re-parse meanwhile
                text = row[0]
                if texts is not None and texts.get(article_id, text) != text:
                    continue
                valid = [s for s in spans if 0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.text]
                self.conn.execute("DELETE FROM entities WHERE article_id = ? AND origin = 'auto'", (article_id,))
                self.conn.executemany(
                    'INSERT INTO entities(article_id, start, "end", label, text, origin) VALUES (?, ?, ?, ?, ?, \'auto\')',
                    [(article_id, s.start, s.end, s.label, s.text) for s in valid],
                )
                self.conn.execute("UPDATE articles SET recognised_at = ? WHERE id = ?", (now, article_id))

    # -- browsing ------------------------------------------------------------
    @_guarded
    def count_articles(self) -> int:
        return self._one("SELECT count(*) FROM articles")[0]

    @_guarded
    def search_article_ids(
        self,
        query: str = "",
        *,
        tag: str | None = None,
        entity: tuple[str, str] | None = None,  # (label, text)
        source_id: int | None = None,
        limit: int | None = None,
    ) -> list[int]:
        """Ids of matching articles in page order; any query of >= 1 character works.

        The query is a substring of the title or the body (see
        reader/store/search.py); filters combine with AND. Page order is
        import order: article ids grow with (source, position), except that
        articles a re-parse adds to an old page come after later imports.
        ``limit`` keeps the first ones (the index stops scanning there).
        """
        conditions: list[str] = []
        params: list = []
        expression = match_expression(query or "")
        if expression is not None:
            id_column = "article_search.rowid"
            sql = f"SELECT {id_column} FROM article_search"
            conditions.append("article_search MATCH ?")
            params.append(expression)
        else:
            id_column = "articles.id"
            sql = f"SELECT {id_column} FROM articles"
        if tag is not None:
            conditions.append(
                f"{id_column} IN (SELECT article_id FROM article_tags JOIN tags ON tags.id = article_tags.tag_id "
                "WHERE tags.name = ?)"
            )
            params.append(tag)
        if entity is not None:
            label, text = entity
            conditions.append(
                f"{id_column} IN (SELECT e.article_id FROM entities e WHERE e.label = ? AND e.text = ? "
                f"AND {_EFFECTIVE_ENTITY})"
            )
            params += [label, text]
        if source_id is not None:
            conditions.append(f"{id_column} IN (SELECT id FROM articles WHERE source_id = ?)")
            params.append(source_id)
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        # ORDER BY rowid is served by FTS5 itself, so LIMIT stops the scan early.
        sql += f" ORDER BY {id_column}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.conn.execute(sql, params)]

    @_guarded
    def article_summaries(self, article_ids: Sequence[int]) -> list[ArticleSummary]:
        """Summaries in the order of ``article_ids`` (ids not found are skipped)."""
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.byline, s.name FROM articles a JOIN sources s ON s.id = a.source_id "
            "WHERE a.id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(article_ids)),),
        )
        found = {r[0]: ArticleSummary(r[0], r[1], r[2], r[3]) for r in rows}
        return [found[i] for i in article_ids if i in found]

    @_guarded
    def get_article(self, article_id: int) -> StoredArticle:
        row = self._one(
            "SELECT a.id, a.source_id, s.name, a.position, a.kicker, a.title, a.subtitle, a.dateline, a.byline, "
            "a.byline_raw, a.blocks_json, a.captions_json, a.body_text FROM articles a "
            "JOIN sources s ON s.id = a.source_id "
            "WHERE a.id = ?",
            (article_id,),
        )
        if row is None:
            raise NotFoundError(f"There is no article {article_id} in the library.")
        article = Article(
            title=row[5], kicker=row[4], subtitle=row[6], dateline=row[7], byline=row[8], byline_raw=row[9],
            body=_blocks(json.loads(row[10]), row[12]), captions=json.loads(row[11]),
        )  # fmt: skip
        return StoredArticle(id=row[0], source_id=row[1], source=row[2], position=row[3], article=article)

    @_guarded
    def sources(self) -> list[Source]:
        rows = self.conn.execute(
            "SELECT s.id, s.name, s.path, count(a.id) FROM sources s LEFT JOIN articles a ON a.source_id = s.id "
            "GROUP BY s.id ORDER BY s.id"
        )
        return [Source(*r) for r in rows]

    # -- entities ------------------------------------------------------------
    @_guarded
    def entities_for(self, article_id: int) -> list[EntityRecord]:
        """Effective entities: the recogniser's minus those the user removed, plus the user's."""
        rows = self.conn.execute(
            'SELECT e.start, e."end", e.label, e.text, e.origin FROM entities e WHERE e.article_id = ? '
            f"AND {_EFFECTIVE_ENTITY} "
            "ORDER BY e.start, e.\"end\", e.origin = 'auto'",
            (article_id,),
        )
        seen: set[tuple[int, int, str]] = set()
        result = []
        for start, end, label, text, origin in rows:
            if (start, end, label) in seen:  # the user's copy of a recogniser span (sorted first) wins
                continue
            seen.add((start, end, label))
            result.append(EntityRecord(start, end, label, text, origin))
        return result

    def _check_span(self, article_id: int, start: int, end: int) -> str:
        text = self._article_text(article_id)
        if not (0 <= start < end <= len(text)):
            raise InvalidInputError(
                f"Offsets {start}–{end} are outside article {article_id}'s text of {len(text)} characters."
            )
        return text

    @_guarded
    def add_user_entity(self, article_id: int, start: int, end: int, label: str) -> EntityRecord:
        if not label or not label.strip():
            raise InvalidInputError("An entity needs a label.")
        with self._write():
            text = self._check_span(article_id, start, end)[start:end]
            exists = self._one(
                'SELECT 1 FROM entities WHERE article_id = ? AND start = ? AND "end" = ? AND label = ? '
                "AND origin = 'user'",
                (article_id, start, end, label),
            )
            if not exists:
                with self._entity_counts_follow([article_id]):
                    self.conn.execute(
                        'INSERT INTO entities(article_id, start, "end", label, text, origin) '
                        "VALUES (?, ?, ?, ?, ?, 'user')",
                        (article_id, start, end, label, text),
                    )
        return EntityRecord(start, end, label, text, "user")

    @_guarded
    def remove_user_entity(self, article_id: int, start: int, end: int, label: str) -> None:
        """Undo of add_user_entity."""
        with self._write(), self._entity_counts_follow([article_id]):
            self.conn.execute(
                'DELETE FROM entities WHERE article_id = ? AND start = ? AND "end" = ? AND label = ? '
                "AND origin = 'user'",
                (article_id, start, end, label),
            )

    @_guarded
    def suppress_entity(self, article_id: int, start: int, end: int, label: str) -> None:
        """The user says this recogniser span is wrong; it stays hidden after re-recognition."""
        with self._write(), self._entity_counts_follow([article_id]):
            self._check_span(article_id, start, end)
            self.conn.execute(
                'INSERT OR IGNORE INTO entity_suppressions(article_id, start, "end", label) VALUES (?, ?, ?, ?)',
                (article_id, start, end, label),
            )

    @_guarded
    def unsuppress_entity(self, article_id: int, start: int, end: int, label: str) -> None:
        """Undo of suppress_entity."""
        with self._write(), self._entity_counts_follow([article_id]):
            self.conn.execute(
                'DELETE FROM entity_suppressions WHERE article_id = ? AND start = ? AND "end" = ? AND label = ?',
                (article_id, start, end, label),
            )

    @_guarded
    def entity_index(
        self, label: str | None = None, *, contains: str | None = None, limit: int | None = None
    ) -> list[EntityIndexEntry]:
        """Effective entities (label, text) with the number of articles naming them, most named first.

        ``label`` keeps one type; ``contains`` keeps texts containing it (a
        search box over the index); ``limit`` keeps the first ones. Answered
        from the maintained entity_counts table, not by counting entities.
        """
        conditions: list[str] = []
        params: list = []
        if label is not None:
            conditions.append("label = ?")
            params.append(label)
        if contains:
            conditions.append("instr(text, ?) > 0")  # exact substring: no LIKE wildcards to escape
            params.append(contains)
        sql = "SELECT label, text, articles FROM entity_counts"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += " ORDER BY articles DESC, label, text"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [EntityIndexEntry(*r) for r in self.conn.execute(sql, params)]

    # -- tags ----------------------------------------------------------------
    @_guarded
    def tags(self) -> list[Tag]:
        return [Tag(*r) for r in self.conn.execute("SELECT id, name, color FROM tags ORDER BY name")]

    @_guarded
    def article_tags(self, article_id: int) -> list[Tag]:
        rows = self.conn.execute(
            "SELECT t.id, t.name, t.color FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE at.article_id = ? ORDER BY t.name",
            (article_id,),
        )
        return [Tag(*r) for r in rows]

    @_guarded
    def tag_article(self, article_id: int, name: str) -> Tag:
        """Creates the tag (with a palette colour) if it is new."""
        return self.tag_articles([article_id], name)

    @_guarded
    def tag_articles(self, article_ids: Sequence[int], name: str) -> Tag:
        """Tag several articles in one action (the CLI's ``tag --search``)."""
        with self._write():
            for article_id in article_ids:
                self._article_text(article_id)  # NotFoundError for unknown ids
            tag_id = self._tag_id(name, create=True)
            now = _now()
            self.conn.executemany(
                "INSERT OR IGNORE INTO article_tags(article_id, tag_id, created) VALUES (?, ?, ?)",
                [(a, tag_id, now) for a in article_ids],
            )
            return self._tag(tag_id)

    @_guarded
    def untag_article(self, article_id: int, name: str) -> None:
        self.untag_articles([article_id], name)

    @_guarded
    def untag_articles(self, article_ids: Sequence[int], name: str) -> None:
        with self._write():
            tag_id = self._tag_id(name, create=False)
            if tag_id is None:
                raise NotFoundError(f"There is no tag «{name}».")
            self.conn.executemany(
                "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?", [(a, tag_id) for a in article_ids]
            )

    @_guarded
    def rename_tag(self, old: str, new: str) -> Tag:
        """Merges into ``new`` when it exists already (undo: unmerge_tags with snapshots taken before)."""
        with self._write():
            old_id = self._tag_id(old, create=False)
            if old_id is None:
                raise NotFoundError(f"There is no tag «{old}».")
            new = (new or "").strip()
            target = self._tag_id(new, create=False)
            if target is None:
                self.conn.execute("UPDATE tags SET name = ? WHERE id = ?", (new, old_id))
                return self._tag(old_id)
            if target != old_id:
                self.conn.execute(
                    "INSERT OR IGNORE INTO article_tags(article_id, tag_id, created) "
                    "SELECT article_id, ?, created FROM article_tags WHERE tag_id = ?",
                    (target, old_id),
                )
                self.conn.execute("UPDATE annotations SET tag_id = ? WHERE tag_id = ?", (target, old_id))
                self.conn.execute("DELETE FROM tags WHERE id = ?", (old_id,))
            return self._tag(target)

    @_guarded
    def recolor_tag(self, name: str, color: str) -> Tag:
        if not _COLOR.match(color or ""):
            raise InvalidInputError(f"«{color}» is not a colour of the form #rrggbb.")
        with self._write():
            tag_id = self._tag_id(name, create=False)
            if tag_id is None:
                raise NotFoundError(f"There is no tag «{name}».")
            self.conn.execute("UPDATE tags SET color = ? WHERE id = ?", (color.lower(), tag_id))
            return self._tag(tag_id)

    def _existing_tag_id(self, name: str) -> int:
        tag_id = self._tag_id(name, create=False)
        if tag_id is None:
            raise NotFoundError(f"There is no tag «{name}».")
        return tag_id

    def _snapshot(self, tag_id: int) -> DeletedTag:
        article_tags = tuple(
            (r[0], r[1])
            for r in self.conn.execute(
                "SELECT article_id, created FROM article_tags WHERE tag_id = ? ORDER BY article_id", (tag_id,)
            )
        )
        annotations = tuple(
            r[0] for r in self.conn.execute("SELECT id FROM annotations WHERE tag_id = ? ORDER BY 1", (tag_id,))
        )
        return DeletedTag(self._tag(tag_id), article_tags, annotations)

    @_guarded
    def tag_snapshot(self, name: str) -> DeletedTag:
        """Read-only: the tag with its articles (and when each was tagged) and annotations.

        Taken before a merging rename_tag, it is what unmerge_tags needs.
        """
        return self._snapshot(self._existing_tag_id(name))

    @_guarded
    def delete_tag(self, name: str) -> DeletedTag:
        with self._write():
            tag_id = self._existing_tag_id(name)
            deleted = self._snapshot(tag_id)
            # ON DELETE CASCADE removes the article tags; ON DELETE SET NULL clears annotations' tag.
            self.conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
        return deleted

    def _recreate_tag(self, tag: Tag) -> int:
        """Insert a tag that is gone, with its old id when that is still free."""
        id_free = self._one("SELECT 1 FROM tags WHERE id = ?", (tag.id,)) is None
        return self.conn.execute(
            "INSERT INTO tags(id, name, color) VALUES (?, ?, ?)", (tag.id if id_free else None, tag.name, tag.color)
        ).lastrowid

    def _reattach(self, tag_id: int, snapshot: DeletedTag, *, from_tag_id: int | None) -> None:
        """Put ``snapshot``'s article tags (with their times) and annotations on ``tag_id``.

        Articles deleted meanwhile are skipped. Annotations are taken back only
        from ``from_tag_id`` (None: only those left without a tag), so one the
        user has re-tagged since is not overwritten.
        """
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_tags(article_id, tag_id, created) SELECT id, ?, ? FROM articles WHERE id = ?",
            [(tag_id, created, article_id) for article_id, created in snapshot.article_tags],
        )
        self.conn.executemany(
            "UPDATE annotations SET tag_id = ? WHERE id = ? AND tag_id IS ?",
            [(tag_id, a, from_tag_id) for a in snapshot.annotation_ids],
        )

    @_guarded
    def restore_tag(self, deleted: DeletedTag) -> None:
        """Undo of delete_tag: the tag (same id and colour when free) back on what still exists."""
        with self._write():
            tag_id = self._tag_id(deleted.tag.name, create=False)
            if tag_id is None:
                tag_id = self._recreate_tag(deleted.tag)
            self._reattach(tag_id, deleted, from_tag_id=None)

    @_guarded
    def unmerge_tags(self, merged: DeletedTag, target: DeletedTag) -> None:
        """Undo of a merging ``rename_tag(merged.tag.name, target.tag.name)``, in one transaction.

        ``merged`` and ``target`` are the tag_snapshot()s of both tags taken
        just before the merge. The merged tag comes back with its id, colour,
        articles (tagged at their old times) and annotations; the target loses
        the article tags the merge gave it and keeps its own, times unchanged.
        """
        with self._write():
            target_id = self._existing_tag_id(target.tag.name)
            if self._tag_id(merged.tag.name, create=False) is not None:
                raise LibraryError(f"A tag «{merged.tag.name}» exists again; the merge cannot be undone.")
            merged_id = self._recreate_tag(merged.tag)
            self._reattach(merged_id, merged, from_tag_id=target_id)
            own = {article_id for article_id, _created in target.article_tags}
            self.conn.executemany(
                "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?",
                [(article_id, target_id) for article_id in merged.article_ids if article_id not in own],
            )

    # -- notes ---------------------------------------------------------------
    @_guarded
    def article_note(self, article_id: int) -> str:
        row = self._one("SELECT note FROM article_notes WHERE article_id = ?", (article_id,))
        return row[0] if row else ""

    @_guarded
    def set_article_note(self, article_id: int, text: str) -> None:
        """An empty (or blank) text removes the note."""
        with self._write():
            self._article_text(article_id)
            if not (text or "").strip():
                self.conn.execute("DELETE FROM article_notes WHERE article_id = ?", (article_id,))
                return
            now = _now()
            self.conn.execute(
                "INSERT INTO article_notes(article_id, note, created, modified) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET note = excluded.note, modified = excluded.modified",
                (article_id, text, now, now),
            )

    # -- passage annotations ---------------------------------------------------
    @_guarded
    def annotate(
        self, article_id: int, start: int, end: int, *, tag: str | None = None, note: str | None = None
    ) -> Annotation:
        with self._write():
            text = self._check_span(article_id, start, end)
            prefix, suffix = anchoring.context_around(text, start, end)
            tag_id = self._tag_id(tag, create=True) if tag else None
            now = _now()
            annotation_id = self.conn.execute(
                'INSERT INTO annotations(article_id, start, "end", quote, prefix, suffix, tag_id, note, created, modified) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, start, end, text[start:end], prefix, suffix, tag_id, note or None, now, now),
            ).lastrowid
            return self._annotation(annotation_id)

    @_guarded
    def annotate_quote(
        self, article_id: int, quote: str, *, tag: str | None = None, note: str | None = None
    ) -> Annotation:
        """Annotates the first occurrence; QuoteNotFoundError when absent."""
        with self._write():
            start = self._article_text(article_id).find(quote) if quote else -1
            if start < 0:
                shown = quote if len(quote) <= 40 else quote[:40] + "…"
                raise QuoteNotFoundError(f"Article {article_id} does not contain the passage «{shown}».")
            return self.annotate(article_id, start, start + len(quote), tag=tag, note=note)

    def _annotation(self, annotation_id: int) -> Annotation:
        row = self._one(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations n LEFT JOIN tags t ON t.id = n.tag_id WHERE n.id = ?",
            (annotation_id,),
        )
        if row is None:
            raise NotFoundError(f"There is no annotation {annotation_id} in the library.")
        return _annotation(row)

    @_guarded
    def get_annotation(self, annotation_id: int) -> Annotation:
        return self._annotation(annotation_id)

    @_guarded
    def annotations_for(self, article_id: int) -> list[Annotation]:
        rows = self.conn.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations n LEFT JOIN tags t ON t.id = n.tag_id "
            'WHERE n.article_id = ? ORDER BY n.start, n."end", n.id',
            (article_id,),
        )
        return [_annotation(r) for r in rows]

    @_guarded
    def update_annotation(self, annotation_id: int, *, tag: str | None = ..., note: str | None = ...) -> Annotation:  # type: ignore[assignment]
        """Change the tag and/or note; ``...`` leaves one as it is, None or "" clears it."""
        with self._write():
            self._annotation(annotation_id)
            if tag is not ...:
                tag_id = self._tag_id(tag, create=True) if tag else None
                self.conn.execute("UPDATE annotations SET tag_id = ? WHERE id = ?", (tag_id, annotation_id))
            if note is not ...:
                self.conn.execute("UPDATE annotations SET note = ? WHERE id = ?", (note or None, annotation_id))
            self.conn.execute("UPDATE annotations SET modified = ? WHERE id = ?", (_now(), annotation_id))
            return self._annotation(annotation_id)

    @_guarded
    def delete_annotation(self, annotation_id: int) -> Annotation:
        with self._write():
            annotation = self._annotation(annotation_id)
            self.conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
        return annotation

    @_guarded
    def restore_annotation(self, annotation: Annotation) -> Annotation:
        """Undo of delete_annotation: the same id, texts and times come back."""
        with self._write():
            self._article_text(annotation.article_id)
            if self._one("SELECT 1 FROM annotations WHERE id = ?", (annotation.id,)):
                raise LibraryError(f"Annotation {annotation.id} exists already; nothing to restore.")
            tag_id = self._tag_id(annotation.tag, create=True) if annotation.tag else None
            self.conn.execute(
                'INSERT INTO annotations(id, article_id, start, "end", quote, prefix, suffix, tag_id, note, '
                "created, modified, orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    annotation.id, annotation.article_id, annotation.start, annotation.end, annotation.quote,
                    annotation.prefix, annotation.suffix, tag_id, annotation.note, annotation.created,
                    annotation.modified, int(annotation.orphaned),
                ),  # fmt: skip
            )
            return self._annotation(annotation.id)

    # -- export ------------------------------------------------------------------
    def export_rows(self) -> Iterator[tuple]:
        """Rows of the annotation export in EXPORT_COLUMNS order: article tags, notes, passages.

        Ordered by article then kind, so one article's work reads together.
        """
        # CROSS JOIN fixes the join order: each branch walks its own small
        # table (article tags, notes, annotations by article) and looks the
        # articles up in id order, instead of scanning the large articles table.
        sql = """
            SELECT 'article_tag:' || at.article_id || ':' || at.tag_id, 'article_tag', a.id, s.name, a.title,
                   a.byline, t.name, NULL, NULL, NULL, NULL, NULL, NULL, at.created, at.created,
                   at.article_id AS sort_article, 0 AS sort_kind, t.name AS sort_key
              FROM article_tags at CROSS JOIN tags t ON t.id = at.tag_id
              CROSS JOIN articles a ON a.id = at.article_id CROSS JOIN sources s ON s.id = a.source_id
            UNION ALL
            SELECT 'article_note:' || nt.article_id, 'article_note', a.id, s.name, a.title, a.byline, NULL,
                   nt.note, NULL, NULL, NULL, NULL, NULL, nt.created, nt.modified, nt.article_id, 1, ''
              FROM article_notes nt CROSS JOIN articles a ON a.id = nt.article_id CROSS JOIN sources s ON s.id = a.source_id
            UNION ALL
            SELECT 'passage:' || n.id, 'passage', a.id, s.name, a.title, a.byline, t.name, n.note, n.quote,
                   n.start, n."end", n.prefix, n.suffix, n.created, n.modified, n.article_id, 2, printf('%012d', n.start)
              FROM annotations n CROSS JOIN articles a ON a.id = n.article_id CROSS JOIN sources s ON s.id = a.source_id
              LEFT JOIN tags t ON t.id = n.tag_id
            ORDER BY sort_article, sort_kind, sort_key
        """
        width = len(EXPORT_COLUMNS)
        # A generator: errors surface while iterating, so translate them here.
        with translated(self._where):
            cursor = self.conn.execute(sql)
            while batch := cursor.fetchmany(2000):
                for row in batch:
                    yield row[:width]

    # -- re-parsing ------------------------------------------------------------
    @_guarded
    def reparse(self, parse: Callable[[str], Page]) -> dict:
        """Re-parse every source's stored raw text; re-anchor annotations; report counts.

        One transaction per source. Article ids stay with their position on
        the page. An annotation keeps its offsets while its quote and context
        are still there, else moves to where the quote is found again (its
        own article first, then the page's other articles), else is marked
        orphaned (kept, offsets unchanged). Articles that vanished from the
        page are deleted unless the user's work still hangs on them.
        """
        from reader.store.reparse import reparse_source  # keeps this module about SQL access

        report = {
            "sources": 0, "failed": [], "articles_changed": 0, "articles_added": 0, "articles_removed": 0,
            "articles_kept_stale": 0, "annotations_kept": 0, "annotations_moved": 0, "annotations_orphaned": 0,
        }  # fmt: skip
        # Ids first and each raw text when its turn comes: a large library's
        # raw texts together would not fit in memory comfortably.
        source_ids = [r[0] for r in self.conn.execute("SELECT id FROM sources WHERE raw_text != '' ORDER BY id")]
        for source_id in source_ids:
            name, raw_text = self._one("SELECT name, raw_text FROM sources WHERE id = ?", (source_id,))
            try:
                page = parse(raw_text)
            except Exception as exc:  # a parser bug on one page must not stop the others
                report["failed"].append(f"{name}: {exc}")
                continue
            # The source's articles before the re-parse: their entities may be
            # dropped, moved or deleted with them; articles it adds have none yet.
            with self._write(), self._entity_counts_follow(self._article_ids_of(source_id)):
                counts = reparse_source(self, source_id, page)
            report["sources"] += 1
            for key, value in counts.items():
                report[key] += value
        return report

    # Building blocks for reader.store.reparse (the SQL stays here).
    def _articles_of_source(self, source_id: int) -> dict[int, tuple[int, str, str]]:
        rows = self.conn.execute(
            "SELECT position, id, title, body_text FROM articles WHERE source_id = ?", (source_id,)
        )
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def _replace_article(self, article_id: int, old_title: str, old_body: str, article: Article) -> None:
        values = self._article_values(article)
        self.conn.execute(
            "UPDATE articles SET kicker = ?, title = ?, subtitle = ?, dateline = ?, byline = ?, byline_raw = ?, "
            "body_text = ?, blocks_json = ?, captions_json = ? WHERE id = ?",
            (*values, article_id),
        )
        if (old_title, old_body) != (values[1], values[6]):
            self._search_index_remove(article_id, old_title, old_body)
            self._search_index_add(article_id, values[1], values[6])
        if old_body != values[6]:
            # Recogniser output refers to the old text: drop it and queue the article again.
            self.conn.execute("DELETE FROM entities WHERE article_id = ? AND origin = 'auto'", (article_id,))
            self.conn.execute("UPDATE articles SET recognised_at = NULL WHERE id = ?", (article_id,))

    def _annotations_of_articles(self, article_ids: Sequence[int]) -> list[Annotation]:
        rows = self.conn.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations n LEFT JOIN tags t ON t.id = n.tag_id "
            "WHERE n.article_id IN (SELECT value FROM json_each(?)) ORDER BY n.id",
            (json.dumps(list(article_ids)),),
        )
        return [_annotation(r) for r in rows]

    def _move_annotation(self, annotation_id: int, article_id: int, start: int, end: int, text: str) -> None:
        prefix, suffix = anchoring.context_around(text, start, end)
        self.conn.execute(
            'UPDATE annotations SET article_id = ?, start = ?, "end" = ?, prefix = ?, suffix = ?, orphaned = 0 '
            "WHERE id = ?",
            (article_id, start, end, prefix, suffix, annotation_id),
        )

    def _orphan_annotation(self, annotation_id: int) -> None:
        self.conn.execute("UPDATE annotations SET orphaned = 1 WHERE id = ?", (annotation_id,))

    def _user_entities(self, article_id: int) -> list[tuple[int, int, int, str, str]]:
        """(id, start, end, label, text) of the user's own entities in an article."""
        return self.conn.execute(
            'SELECT id, start, "end", label, text FROM entities WHERE article_id = ? AND origin = \'user\'',
            (article_id,),
        ).fetchall()

    def _suppressions(self, article_id: int) -> list[tuple[int, int, str]]:
        return self.conn.execute(
            'SELECT start, "end", label FROM entity_suppressions WHERE article_id = ?', (article_id,)
        ).fetchall()

    def _move_user_entity(self, entity_id: int, start: int, end: int) -> None:
        self.conn.execute('UPDATE entities SET start = ?, "end" = ? WHERE id = ?', (start, end, entity_id))

    def _drop_user_entity(self, entity_id: int) -> None:
        self.conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))

    def _move_suppression(self, article_id: int, old: tuple[int, int, str], start: int | None, end: int | None) -> None:
        """Re-key a suppression to new offsets, or drop it when ``start`` is None."""
        self.conn.execute(
            'DELETE FROM entity_suppressions WHERE article_id = ? AND start = ? AND "end" = ? AND label = ?',
            (article_id, *old),
        )
        if start is not None:
            self.conn.execute(
                'INSERT OR IGNORE INTO entity_suppressions(article_id, start, "end", label) VALUES (?, ?, ?, ?)',
                (article_id, start, end, old[2]),
            )

    def _has_user_work(self, article_id: int) -> bool:
        return bool(
            self._one(
                "SELECT EXISTS (SELECT 1 FROM annotations WHERE article_id = ?) "
                "OR EXISTS (SELECT 1 FROM article_tags WHERE article_id = ?) "
                "OR EXISTS (SELECT 1 FROM article_notes WHERE article_id = ?)",
                (article_id, article_id, article_id),
            )[0]
        )

    def _delete_article(self, article_id: int, title: str, body: str) -> None:
        self._search_index_remove(article_id, title, body)
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    # -- maintenance ---------------------------------------------------------------
    def integrity_check(self) -> str:
        """SQLite's verdict on the file and on the search index ("ok" when both are sound)."""
        with translated(self._where):
            verdict = "\n".join(r[0] for r in self.conn.execute("PRAGMA integrity_check"))
            if verdict != "ok":
                return verdict
            try:
                # PRAGMA integrity_check does not look inside FTS5's own b-trees;
                # this does (a contentless index has no text to compare with, so
                # whether it matches the articles is the search tests' job).
                self.conn.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                return f"search index: {exc}"
            return "ok"
