"""Applying the stored corrections again after a re-parse (reader/store/reparse.py), and recording how it went."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from reader import corrections as core
from reader.corrections import Context, Correction, DArticle
from reader.model import Page
from reader.store.db import Db, guarded
from reader.store.pages import Pages


@guarded
class CorrectionReplay:
    def __init__(self, db: Db, pages: Pages) -> None:
        self.db = db
        self._pages = pages

    def reapply(
        self, source_id: int, page: Page, parse_source: Callable[[int], Page | None]
    ) -> tuple[Page, list[tuple[int, str, str]]]:
        """The page's corrections applied again to a fresh parse: the corrected page and (id, status, problem) of each.

        A join needs its continuation as corrected on the other page: that
        page is parsed again with ``parse_source(source_id)`` (None when it
        cannot be) and its own earlier corrections.
        """
        parsed: dict[int, Page | None] = {source_id: page}

        def fresh(sid: int) -> Page | None:
            if sid not in parsed:
                parsed[sid] = parse_source(sid)
            return parsed[sid]

        def corrected(sid: int, before: int | None) -> Page | None:
            base = fresh(sid)
            if base is None:
                return None
            rows = [(cid, c) for cid, c in self._rows_for(sid) if before is None or cid < before]
            return core.apply_corrections(base, rows, Context(sid, continuation))[0]

        def continuation(sid: int, anchor: dict, join_id: int | None) -> DArticle | None:
            other = corrected(sid, join_id)
            if other is None:
                return None
            draft = core.draft_page(other)
            index = core.find_article(draft, anchor)
            return None if index is None else draft.articles[index]

        rows = self._rows_for(source_id)
        if not rows:
            return page, []  # most pages: nothing to apply, nothing to copy
        return core.apply_corrections(page, rows, Context(source_id, continuation))

    def _rows_for(self, source_id: int) -> list[tuple[int, Correction]]:
        rows = self.db.execute(
            "SELECT id, kind, data_json FROM corrections WHERE source_id = ? OR other_source_id = ? ORDER BY id",
            (source_id, source_id),
        )
        return [(cid, Correction(kind, json.loads(data))) for cid, kind, data in rows]

    def record_results(self, results: Sequence[tuple[int, str, str]], failed: set[int]) -> None:
        """After a re-parse of a page: which corrections it still took.

        ``failed`` holds the ids that failed earlier in the same re-parse (a
        join is applied on both its pages; a failure on either wins) and is updated.
        """
        for cid, status, problem in results:
            if status == "failed":
                failed.add(cid)
                self.db.execute("UPDATE corrections SET status = 'failed', problem = ? WHERE id = ?", (problem, cid))
            elif cid not in failed:
                self.db.execute("UPDATE corrections SET status = 'applied', problem = '' WHERE id = ?", (cid,))

    def describe(self, correction_id: int) -> str:
        row = self.db.one("SELECT kind, data_json FROM corrections WHERE id = ?", (correction_id,))
        return core.describe(Correction(row[0], json.loads(row[1]))) if row else f"correction {correction_id}"

    def mark_corrected(self, article_ids: Sequence[int], corrected: Sequence[bool]) -> None:
        now = self.db.now()
        for article_id, flag in zip(article_ids, corrected):
            if flag:
                self.db.execute("UPDATE articles SET corrected_at = coalesce(corrected_at, ?) WHERE id = ?", (now, article_id))
            else:
                self.db.execute("UPDATE articles SET corrected_at = NULL WHERE id = ?", (article_id,))

