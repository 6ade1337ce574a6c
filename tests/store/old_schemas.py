"""Frozen builders of every earlier library schema, with a little data in each.

These are literal copies of what each released version created, kept apart
from reader/store/migrations.py on purpose: if a shipped migration is edited,
the upgrade tests built on these copies notice.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

V1 = """
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE, encoding TEXT NOT NULL DEFAULT 'utf-8', imported_at TEXT NOT NULL,
    raw_text TEXT NOT NULL DEFAULT '');
CREATE TABLE articles (id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, kicker TEXT, title TEXT NOT NULL DEFAULT '', subtitle TEXT, dateline TEXT, byline TEXT,
    byline_raw TEXT, body_text TEXT NOT NULL DEFAULT '', blocks_json TEXT NOT NULL DEFAULT '[]',
    captions_json TEXT NOT NULL DEFAULT '[]', recognised_at TEXT, UNIQUE (source_id, position));
CREATE INDEX articles_not_recognised ON articles(id) WHERE recognised_at IS NULL;
CREATE TABLE entities (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, label TEXT NOT NULL, text TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'user')));
CREATE INDEX entities_by_article ON entities(article_id, start);
CREATE INDEX entities_by_label_text ON entities(label, text, article_id);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, color TEXT NOT NULL);
CREATE TABLE article_tags (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, created TEXT NOT NULL,
    PRIMARY KEY (article_id, tag_id)) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags(tag_id, article_id);
CREATE TABLE annotations (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '', tag_id INTEGER REFERENCES tags(id) ON DELETE SET NULL, note TEXT,
    created TEXT NOT NULL, modified TEXT NOT NULL);
CREATE INDEX annotations_by_article ON annotations(article_id, start);
CREATE INDEX annotations_by_tag ON annotations(tag_id);
CREATE TABLE article_notes (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    note TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL);
INSERT INTO schema_migrations VALUES (1, 'core tables', '2026-01-01T00:00:00+00:00');
"""

V1_DATA = """
INSERT INTO sources VALUES (1, 'old.txt', '/old.txt', 'sha256:old', 'gb18030', '2026-01-01T00:00:00+00:00',
    '旧标题\n派出所民警赵晨然下雪天巡逻。');
INSERT INTO articles VALUES (1, 1, 0, NULL, '旧标题', NULL, NULL, '记者 王明', '记者 王明',
    '派出所民警赵晨然下雪天巡逻。', '[{"kind": "paragraph", "text": "派出所民警赵晨然下雪天巡逻。"}]', '[]', NULL);
INSERT INTO tags VALUES (1, '警务', '#4d96ff');
INSERT INTO article_tags VALUES (1, 1, '2026-01-01T00:00:00+00:00');
INSERT INTO annotations VALUES (1, 1, 5, 8, '赵晨然', '派出所民警', '下雪天巡逻。', 1, '人物',
    '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00');
INSERT INTO article_notes VALUES (1, '旧笔记', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00');
INSERT INTO entities VALUES (1, 1, 5, 8, 'PER', '赵晨然', 'user');
"""

V2 = """
CREATE VIRTUAL TABLE article_search USING fts5(title, body, content='', tokenize='ascii', detail=full);
INSERT INTO schema_migrations VALUES (2, 'character index for Chinese search', '2026-02-01T00:00:00+00:00');
"""

V3 = """
CREATE TABLE entity_suppressions (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, label TEXT NOT NULL,
    PRIMARY KEY (article_id, start, "end", label)) WITHOUT ROWID;
ALTER TABLE annotations ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0;
INSERT INTO schema_migrations VALUES (3, 'entity suppressions and orphaned annotations', '2026-03-01T00:00:00+00:00');
"""

# At v3 the recogniser's spans can be suppressed: one suppressed span (which
# the entity index must not count) and a recogniser copy of the user's span
# (one article, so counted once).
V3_DATA = """
INSERT INTO entities VALUES (2, 1, 0, 3, 'ORG', '派出所', 'auto');
INSERT INTO entities VALUES (3, 1, 5, 8, 'PER', '赵晨然', 'auto');
INSERT INTO entity_suppressions VALUES (1, 0, 3, 'ORG');
"""


V4 = """
CREATE TABLE entity_counts (label TEXT NOT NULL, text TEXT NOT NULL, articles INTEGER NOT NULL,
    PRIMARY KEY (label, text)) WITHOUT ROWID;
CREATE INDEX entity_counts_by_label ON entity_counts(label, articles DESC, text);
INSERT INTO entity_counts VALUES ('PER', '赵晨然', 1);
INSERT INTO schema_migrations VALUES (4, 'article counts of entities for the entity index', '2026-04-01T00:00:00+00:00');
"""

# At v4 sources are keyed by a hash of their file's bytes: the same page in
# two encodings is two sources (the second here, a GB18030 copy of the first).
V4_DATA = """
INSERT INTO sources VALUES (2, 'old-utf16.txt', '/old-utf16.txt', 'sha256:other-bytes', 'utf-16',
    '2026-04-01T00:00:00+00:00', '\ufeff旧标题\r\n派出所民警赵晨然下雪天巡逻。\r\n');
"""


# v5 changed no table, only the content keys of sources that keep their text.
V5 = """
UPDATE sources SET content_hash = 'text-sha256:' || id WHERE raw_text != '';
INSERT INTO schema_migrations VALUES (5, 'pages identified by their decoded text', '2026-05-01T00:00:00+00:00');
"""


def _segment(text: str) -> str:
    # Frozen copy of the v2 index's tokenisation (reader/store/search.py at v2).
    table = {c: chr(0xF0000 + c) for c in range(128) if not chr(c).isalnum()}
    return " ".join(text.translate(table))


def build(path: Path, version: int) -> None:
    """A library file at schema ``version`` holding one article with a tag, a note, an annotation, entities."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.create_function("old_segment", 1, _segment)
    try:
        for statement in _statements(V1 + V1_DATA):
            conn.execute(statement)
        if version >= 2:
            for statement in _statements(V2):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO article_search(rowid, title, body) "
                "SELECT id, old_segment(title), old_segment(body_text) FROM articles"
            )
        if version >= 3:
            for statement in _statements(V3 + V3_DATA):
                conn.execute(statement)
        if version >= 4:
            for statement in _statements(V4 + V4_DATA):
                conn.execute(statement)
        if version >= 5:
            for statement in _statements(V5):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()


def _statements(script: str) -> list[str]:
    out, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending)
            pending = ""
    return out


BUILDERS = {version: (lambda p, v=version: build(p, v)) for version in (1, 2, 3, 4, 5)}
