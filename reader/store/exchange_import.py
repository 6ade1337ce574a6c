"""Taking a REFI-QDA import plan into the library, in one transaction.

A source whose text, after white-space normalisation, is an article's text
(title and body, or the body alone) gets its codes on that article; any
other source becomes a new article on a page of its own. Tags are matched
by name (a new tag takes the code's colour), and a tag, note or passage the
library already holds is not added twice, so importing the same file again
adds nothing. A coder's note that differs from the one they have on the
article here is kept beside it, marked. Everything happens in one
transaction: an error or a kill leaves the library as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.exchange.guids import content_hash
from reader.exchange.import_mapping import place_passages
from reader.exchange.records import ImportedArticle, ImportPlan, ImportReport, PageIdentity
from reader.exchange.text_layout import ArticleText, normalise, split_article_text
from reader.model import Article, Block, Page
from reader.store import anchoring
from reader.store.db import Db, guarded
from reader.store.pages import Pages
from reader.store.tags import TAG_PALETTE, Tags

_COLOR = re.compile(r"^#[0-9a-f]{6}$")


def combined_note(ours: str, theirs: str, where: str) -> str | None:
    """Our note with theirs kept below it, marked; None when theirs is in ours already."""
    if normalise(theirs) in normalise(ours):
        return None
    return f"{ours}\n\n— {where} —\n{theirs}"


def store_page_identity(db: Db, article_id: int, identity: PageIdentity) -> bool:
    """The imported variables become the page's values "given at import" (they yield to what the user set).

    False when none of them can be stored (a page label or date the library
    cannot take is left out, as at any import).
    """
    from reader.identity import clean_value
    from reader.model import PageMeta
    from reader.store import identity as page_values

    source_id = db.one("SELECT source_id FROM articles WHERE id = ?", (article_id,))[0]
    values: dict[str, object] = {}
    for field, value in (("newspaper", identity.newspaper), ("date", identity.date and identity.date.isoformat()),
                         ("page", identity.page), ("section", identity.section)):  # fmt: skip
        if value:
            try:
                cleaned = clean_value(field, str(value))
            except ValueError:
                continue
            if cleaned:
                values[field] = cleaned
    if not values:
        return False
    if "page" in values:
        from reader.identity import page_number

        values["page_number"] = page_number(values["page"])
    meta = PageMeta(**values, origins={f: "import" for f in values})
    page_values.write_origin(db.conn, source_id, meta, "import")
    page_values.recompute(db.conn, source_id)
    return True


@guarded
class ExchangeImport:
    def __init__(self, db: Db, pages: Pages, tags: Tags) -> None:
        self.db = db
        self._pages = pages
        self._tags = tags

    def apply(
        self, plan: ImportPlan, *, file_name: str, progress: Callable[[int, int], None] | None = None
    ) -> ImportReport:
        report = ImportReport(file_name, skipped=list(plan.skipped))
        with self.db.write():
            by_text, by_body = self._article_keys()
            tag_ids = {name: self._tag_id(name, color, report) for name, color in plan.tags}
            for done, imported in enumerate(plan.articles, 1):
                key = content_hash(normalise(imported.text))
                found = by_text.get(key) or by_body.get(key)
                if found is None:
                    article_id, layout = self._new_article(imported, file_name)
                    by_text[key] = (article_id, layout)
                    report.sources_new += 1
                else:
                    article_id, layout = found
                    report.sources_matched += 1
                if imported.identity != PageIdentity() and not store_page_identity(self.db, article_id, imported.identity):
                    report.identity_not_stored += 1
                self._take(article_id, layout, imported, tag_ids, report)
                if progress is not None and done % 200 == 0:
                    progress(done, len(plan.articles))
        return report

    # -- finding and making articles ----------------------------------------------------
    def _article_keys(self) -> tuple[dict, dict]:
        """Normalised-text hash -> (article id, layout), of the whole text and of the body alone."""
        by_text, by_body = {}, {}
        for article_id, title, body in self.db.execute("SELECT id, title, body_text FROM articles ORDER BY id"):
            layout = ArticleText(title, body)
            by_text.setdefault(content_hash(normalise(layout.text)), (article_id, layout))
            by_body.setdefault(content_hash(normalise(body)), (article_id, ArticleText("", body)))
        return by_text, by_body

    def _new_article(self, imported: ImportedArticle, file_name: str) -> tuple[int, ArticleText]:
        layout = split_article_text(imported.text)
        lines = [line.strip() for line in layout.body.splitlines()]
        article = Article(title=layout.title.strip(), body=[Block("paragraph", line) for line in lines if line])
        key = "qdpx-text:" + content_hash(normalise(imported.text))
        result = self._pages.add(imported.name or layout.title, Page([article]), path=file_name, content_key=key)
        return result.article_ids[0], ArticleText(article.title, article.body_text)

    def _tag_id(self, name: str, color: str | None, report: ImportReport) -> int:
        row = self.db.one("SELECT id FROM tags WHERE name = ?", (name,))
        if row:
            return row[0]
        report.tags_created += 1
        if color and _COLOR.match(color):
            return self.db.execute("INSERT INTO tags(name, color) VALUES (?, ?)", (name, color)).lastrowid
        count = self.db.one("SELECT count(*) FROM tags")[0]
        return self.db.execute(
            "INSERT INTO tags(name, color) VALUES (?, ?)", (name, TAG_PALETTE[count % len(TAG_PALETTE)])
        ).lastrowid

    # -- the work on one article -----------------------------------------------------------
    def _take(self, article_id: int, layout: ArticleText, imported: ImportedArticle, tag_ids: dict, report) -> None:
        now = self.db.now()
        for use in imported.tags:
            added = self.db.execute(
                "INSERT OR IGNORE INTO article_tags(article_id, tag_id, coder, created) VALUES (?, ?, ?, ?)",
                (article_id, tag_ids[use.tag], use.coder or self.db.coder, _stamp(use.created) or now),
            ).rowcount
            report.article_tags_added += added
            report.already_there += 1 - added
        for note in imported.notes:
            self._take_note(article_id, note, report, now)
        placed, skipped = place_passages(imported.text, layout, imported.passages, imported.name)
        report.skipped.extend(skipped)
        for passage in placed:
            self._take_passage(article_id, layout.body, passage, tag_ids, report, now)

    def _take_note(self, article_id: int, note, report: ImportReport, now: str) -> None:
        coder = note.coder or self.db.coder
        row = self.db.one("SELECT note FROM article_notes WHERE article_id = ? AND coder = ?", (article_id, coder))
        if row is None:
            self.db.execute(
                "INSERT INTO article_notes(article_id, coder, note, created, modified) VALUES (?, ?, ?, ?, ?)",
                (article_id, coder, note.text, _stamp(note.created) or now, _stamp(note.modified) or now),
            )
            report.notes_added += 1
            return
        combined = combined_note(row[0], note.text, f"from {report.file}")
        if combined is None:
            report.already_there += 1
            return
        self.db.execute(
            "UPDATE article_notes SET note = ?, modified = ? WHERE article_id = ? AND coder = ?",
            (combined, now, article_id, coder),
        )
        report.notes_combined += 1

    def _take_passage(self, article_id: int, body: str, passage, tag_ids: dict, report, now: str) -> None:
        coder = passage.coder or self.db.coder
        tag_id = tag_ids[passage.tag] if passage.tag else None
        exists = self.db.one(
            'SELECT 1 FROM annotations WHERE article_id = ? AND start = ? AND "end" = ? AND coder = ? '
            "AND tag_id IS ? AND coalesce(note, '') = ?",
            (article_id, passage.start, passage.end, coder, tag_id, passage.note or ""),
        )
        if exists:
            report.already_there += 1
            return
        prefix, suffix = anchoring.context_around(body, passage.start, passage.end)
        self.db.execute(
            'INSERT INTO annotations(article_id, start, "end", quote, prefix, suffix, tag_id, note, created, '
            "modified, coder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id, passage.start, passage.end, body[passage.start : passage.end], prefix, suffix, tag_id,
                passage.note, _stamp(passage.created) or now, _stamp(passage.modified) or now, coder,
            ),  # fmt: skip
        )
        report.passages_added += 1


def _stamp(value) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None
