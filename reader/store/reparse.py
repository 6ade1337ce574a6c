"""Re-parsing stored pages and carrying the user's work over to the new articles.

The decisions live here; every read and write goes through the public
methods of the store's other parts. Each page is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.model import Page
from reader.store.anchoring import place_quote
from reader.store.annotations import Annotations
from reader.store.articles import Articles
from reader.store.correction_replay import CorrectionReplay
from reader.store.db import Db
from reader.store.entities import Entities
from reader.store.identity import PageIdentity
from reader.store.notes import Notes
from reader.store.keys import text_key
from reader.store.pages import Pages
from reader.store.pdf_pages import PdfPages
from reader.store.recognition import Recognition
from reader.store.records import PdfLocation
from reader.store.tags import Tags

_COUNTS = (
    "articles_changed", "articles_added", "articles_removed", "articles_kept_stale",
    "annotations_kept", "annotations_moved", "annotations_orphaned", "corrections_applied",
)  # fmt: skip


class Reparser:
    def __init__(
        self, db: Db, *, pages: Pages, articles: Articles, entities: Entities, recognition: Recognition,
        annotations: Annotations, tags: Tags, notes: Notes, identity: PageIdentity, corrections: CorrectionReplay,
        pdfs: PdfPages,
    ) -> None:  # fmt: skip
        self.db = db
        self._pdfs = pdfs
        self._corrections = corrections
        self._pages, self._articles, self._entities = pages, articles, entities
        self._recognition, self._annotations, self._tags, self._notes = recognition, annotations, tags, notes
        self._identity = identity

    def reparse_all(self, parse: Callable[[str], Page], read_pdf: Callable[[PdfLocation], Page] | None = None) -> dict:
        """Re-parse every source's stored raw text; re-anchor annotations; report counts.

        A page imported from a PDF is read again from its PDF with ``read_pdf``
        (its new reading-order text and boxes are stored with it); when that
        cannot be done — the PDF moved, changed or is gone (``read_pdf``
        raises, naming why), or no ``read_pdf`` is given — the page is kept
        as it is and named under "pdf_kept": its stored text in reading order
        is not handed to the text parser, which would read it worse.

        One transaction per source. Article ids stay with their position on
        the page. An annotation keeps its offsets while its quote and context
        are still there, else moves to where the quote is found again (its
        own article first, then the page's other articles), else is marked
        orphaned (kept, offsets unchanged). Articles that vanished from the
        page are deleted unless the user's work still hangs on them.
        """
        report: dict = {"sources": 0, "failed": [], "corrections_failed": [], "pdf_kept": [], **dict.fromkeys(_COUNTS, 0)}
        failed_corrections: set[int] = set()
        from_pdf = self._pdfs.source_ids()

        def page_of(source_id: int, raw_text: str) -> Page:
            if source_id not in from_pdf:
                return parse(raw_text)
            if read_pdf is None:
                raise LookupError("no PDF reader was given")
            return read_pdf(self._pdfs.location(source_id))

        def fresh(source_id: int) -> Page | None:
            """A page of a join, parsed again (None when that cannot be done)."""
            row = self._pages.raw_text(source_id)
            try:
                return page_of(source_id, row[1]) if row and row[1] else None
            except Exception:  # noqa: BLE001 - the join is then reported as not applied
                return None

        # Ids first and each raw text when its turn comes: a large library's
        # raw texts together would not fit in memory comfortably.
        for source_id in self._pages.with_raw_text():
            name, raw_text = self._pages.raw_text(source_id)
            try:
                page = page_of(source_id, raw_text)
            except Exception as exc:  # a parser bug on one page must not stop the others
                report["pdf_kept" if source_id in from_pdf else "failed"].append(f"{name}: {exc}")
                continue
            # The source's articles before the re-parse: their entities may be
            # dropped, moved or deleted with them; articles it adds have none yet.
            with self.db.write(), self._entities.counts_follow(self._articles.ids_of_source(source_id)):
                # The user's corrections go over the new parse, as over the old one.
                if source_id in from_pdf:
                    # The PDF read again: its reading order may have changed, and with it the lines.
                    self._pages.set_raw_text(source_id, page.layout.text, text_key(page.layout.text))
                    self._pdfs.replace_page(source_id, page)
                corrected, results = self._corrections.reapply(source_id, page, fresh)
                counts = self._reparse_source(source_id, corrected)
                self._pages.set_dropped(source_id, corrected.dropped)
                self._corrections.record_results(results, failed_corrections)
                fresh = {(a.title, a.body_text) for a in page.articles}
                self._corrections.mark_corrected(
                    self._articles.ids_of_source(source_id), [(a.title, a.body_text) not in fresh for a in corrected.articles]
                )
                # The new parser may read the header differently; what the user set stays.
                self._identity.replace_origin(source_id, page.meta, "header")
            counts["corrections_applied"] = sum(1 for _cid, status, _p in results if status != "failed")
            report["corrections_failed"] += [f"{name}: {self._corrections.describe(cid)} — {problem}"
                                             for cid, status, problem in results if status == "failed"]  # fmt: skip
            report["sources"] += 1
            for key, value in counts.items():
                report[key] += value
        # The headers may read differently now: what an issue's pages share follows them.
        for pages in self._identity.issues():
            self._identity.share_across_issue(pages)
        return report

    def _reparse_source(self, source_id: int, page: Page) -> dict[str, int]:
        counts = dict.fromkeys(_COUNTS, 0)
        old = self._articles.of_source(source_id)  # position -> (id, title, body)
        old_body = {aid: body for aid, _title, body in old.values()}
        position_of = {aid: pos for pos, (aid, _t, _b) in old.items()}
        text_of: dict[int, str] = {}  # article id -> body text after the re-parse
        changed: set[int] = set()

        for position, article in enumerate(page.articles):
            if position in old:
                article_id, title, body = old[position]
                if self._articles.replace(article_id, title, body, article):
                    changed.add(article_id)
                    self._recognition.requeue(article_id)
                if (title, body) != (article.title, article.body_text):
                    counts["articles_changed"] += 1
            else:
                article_id = self._articles.insert(source_id, position, article)
                position_of[article_id] = position
                counts["articles_added"] += 1
            text_of[article_id] = article.body_text

        vanished = [old[p] for p in old if p >= len(page.articles)]
        affected = changed | {aid for aid, _t, _b in vanished}

        for annotation in self._annotations.of_articles(list(position_of)):
            if annotation.article_id not in affected and not annotation.orphaned:
                counts["annotations_kept"] += 1
                continue
            target = _find_passage(annotation, text_of, position_of)
            if target is None:
                self._annotations.orphan(annotation.id)
                counts["annotations_orphaned"] += 1
                continue
            article_id, start, end = target
            same = (article_id, start, end) == (annotation.article_id, annotation.start, annotation.end)
            self._annotations.move(annotation.id, article_id, start, end, text_of[article_id])
            counts["annotations_kept" if same and not annotation.orphaned else "annotations_moved"] += 1

        for article_id in changed:
            self._carry_user_spans(article_id, old_body[article_id], text_of[article_id])

        for article_id, title, body in vanished:
            if self._has_user_work(article_id):
                counts["articles_kept_stale"] += 1  # its tags or notes would otherwise be lost
            else:
                self._articles.delete(article_id, title, body)
                counts["articles_removed"] += 1
        return counts

    def _has_user_work(self, article_id: int) -> bool:
        return (
            self._annotations.on_article(article_id)
            or self._tags.on_article(article_id)
            or self._notes.on_article(article_id)
        )

    def _carry_user_spans(self, article_id: int, old_text: str, new_text: str) -> None:
        """Move the user's entities and suppressions to where their text is now (nearest), or drop them."""
        entities = self._entities
        for entity_id, start, _end, _label, text in entities.user_spans(article_id):
            placed = place_quote(new_text, text, "", "", start)
            if placed is None:
                entities.drop_user_span(entity_id)
            elif placed.start != start:
                entities.move_user_span(entity_id, placed.start, placed.end)
        for start, end, label in entities.suppressions(article_id):
            placed = place_quote(
                new_text, old_text[start:end], old_text[max(0, start - 16) : start], old_text[end : end + 16], start
            )
            if placed is None:
                entities.move_suppression(article_id, (start, end, label), None, None)
            elif placed.start != start:
                entities.move_suppression(article_id, (start, end, label), placed.start, placed.end)


def _find_passage(annotation, text_of: dict[int, str], position_of: dict[int, int]) -> tuple[int, int, int] | None:
    """(article id, start, end) of the annotated passage in the re-parsed page, or None."""
    own = annotation.article_id
    if own in text_of:
        placed = place_quote(text_of[own], annotation.quote, annotation.prefix, annotation.suffix, annotation.start)
        if placed is not None:
            return own, placed.start, placed.end
    # The parser may have moved the passage into a neighbouring article.
    best = None
    own_position = position_of.get(own, 0)
    for article_id, text in text_of.items():
        if article_id == own:
            continue
        placed = place_quote(text, annotation.quote, annotation.prefix, annotation.suffix, annotation.start)
        if placed is None:
            continue
        rank = (placed.exact_context, placed.context_score, -abs(position_of[article_id] - own_position))
        if best is None or rank > best[0]:
            best = (rank, article_id, placed)
    if best is None:
        return None
    return best[1], best[2].start, best[2].end
