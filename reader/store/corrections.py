"""Corrections of the parse: split, merge, roles, dropped lines, text, delete (trash), join; undo and redo.

Each public method is one user action in one transaction: it reads the
page, has reader/corrections check the request and compute the corrected
page, writes it (reader/store/page_writer.py carries the user's work along),
records the correction (table ``corrections``) and returns a Receipt whose
snapshots let undo() and redo() put either state back exactly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from reader import corrections as core
from reader.corrections import Context, Correction, CorrectionError, Outcome, draft_article
from reader.store import page_views, snapshots
from reader.corrections.joins import JoinSuggestion
from reader.corrections.raw_view import RawLine, split_raw
from reader.store.correction_records import Receipt, StoredCorrection, TrashedArticle
from reader.store.articles import Articles
from reader.store.db import Db, guarded
from reader.store.entities import Entities
from reader.store.errors import InvalidInputError, LibraryError, NotFoundError
from reader.store.notes import Notes
from reader.store.page_writer import PARKED, PageState, PageWriter, load_state
from reader.store.pages import Pages

Build = Callable[[list[PageState]], tuple[Correction, list[Outcome], list[int]]]


def _name(article_id: int) -> str:
    return f"article {article_id}"


@guarded
class Corrections:
    def __init__(self, db: Db, *, articles: Articles, pages: Pages, entities: Entities, writer: PageWriter, notes: Notes) -> None:
        self.db = db
        self._articles, self._pages, self._entities, self._writer, self._notes = articles, pages, entities, writer, notes

    # -- reading -----------------------------------------------------------------------------
    def all(self, source_id: int | None = None) -> list[StoredCorrection]:
        sql = ("SELECT c.id, c.source_id, s.name, c.kind, c.data_json, c.article_id, c.created, c.status, c.problem, "
               "c.other_source_id FROM corrections c JOIN sources s ON s.id = c.source_id")  # fmt: skip
        params: tuple = ()
        if source_id is not None:
            sql += " WHERE c.source_id = ? OR c.other_source_id = ?"
            params = (source_id, source_id)
        out = []
        for cid, sid, name, kind, data, aid, created, status, problem, other in self.db.execute(sql + " ORDER BY c.id", params):
            data = json.loads(data)
            out.append(StoredCorrection(cid, sid, name, kind, core.describe(Correction(kind, data)), aid, created,
                                        status, problem, data, other))  # fmt: skip
        return out

    def trash(self) -> list[TrashedArticle]:
        rows = self.db.execute(
            "SELECT t.article_id, t.source_id, s.name, t.title, t.deleted_at FROM trash t JOIN sources s ON s.id = t.source_id "
            "ORDER BY t.deleted_at DESC, t.article_id DESC"
        )
        return [TrashedArticle(*r) for r in rows]

    def page_lines(self, source_id: int) -> list[RawLine]:
        """The raw page view: every line as imported, with its article and part or why it is in none."""
        return page_views.page_lines(self.db, self._articles, self._pages, source_id)

    def join_suggestions(self, article_id: int) -> list[JoinSuggestion]:
        """Articles on other pages (same paper and day, the page its jump line names) that continue this one."""
        return page_views.join_suggestions(self.db, self._articles, self._pages, article_id)

    def source_of(self, article_id: int) -> int:
        row = self.db.one("SELECT source_id FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise NotFoundError(f"There is no article {article_id} in the library.")
        return row[0]

    def proposed_title(self, article_id: int, at: int) -> tuple[str, bool]:
        """What a split at ``at`` would title the new article, and whether that is the first line of the text."""
        state = load_state(self._articles, self._pages, self.source_of(article_id))
        index = state.ids.index(article_id)
        try:
            at = core.split_offset(state.page, index, at, _name(article_id))
        except CorrectionError as error:
            raise InvalidInputError(_sentence(error)) from None
        return core.proposed_title(state.page, index, at)

    # -- the user's actions --------------------------------------------------------------------
    def split(self, article_id: int, at: int, *, title: str | None = None, title_from_text: bool | None = None) -> Receipt:
        """The text from body offset ``at`` on becomes a new article after this one (see reader.corrections.make)."""

        def build(states):
            state = states[0]
            index = state.ids.index(article_id)
            return self._one(state, core.make_split(state.page, index, at, title=title, title_from_text=title_from_text,
                                                    what=_name(article_id)))  # fmt: skip

        receipt = self._correct([self.source_of(article_id)], build, focus=article_id)
        receipt.focus = next((a for a in receipt.article_ids if a != article_id), article_id)
        return receipt

    def merge(self, article_id: int, with_id: int, *, headline: str = "body") -> Receipt:
        """Merge an article with its neighbour on the page; the later one's headline becomes body text, a sub-heading, or goes."""
        source, other = self.source_of(article_id), self.source_of(with_id)
        if source != other:
            raise InvalidInputError(
                f"Articles {article_id} and {with_id} are on different pages; merge joins neighbours on one page "
                "(join continues an article on another page)."
            )

        def build(states):
            state = states[0]
            return self._one(state, core.make_merge(state.page, state.ids.index(article_id), state.ids.index(with_id),
                                                    headline=headline, what=f"articles {article_id} and {with_id}"))  # fmt: skip

        receipt = self._correct([source], build, focus=article_id)
        receipt.focus = receipt.article_ids[0] if receipt.article_ids else article_id
        return receipt

    def set_role(self, article_id: int, part: str | tuple[str, int | None], role: str) -> Receipt:
        """Give a part of an article (body block N, a headline field, caption:N) another role; "furniture" drops it."""

        def build(states):
            state = states[0]
            ref = _part(part)
            return self._one(state, core.make_set_role(state.page, state.ids.index(article_id), ref, role, _name(article_id)))

        return self._correct([self.source_of(article_id)], build, focus=article_id)

    def drop_lines(self, source_id: int, line_nos: Sequence[int]) -> Receipt:
        """Drop page lines (0-based) from the articles they are in, as page furniture."""
        raw_lines = self._raw_lines(source_id)

        def build(states):
            bad = [n for n in line_nos if not 0 <= n < len(raw_lines)]
            if bad:
                raise CorrectionError(f"line {bad[0] + 1} is not on the page (it has {len(raw_lines)} lines)")
            return self._one(states[0], core.make_drop_lines(states[0].page, [(n, raw_lines[n]) for n in line_nos]))

        return self._correct([source_id], build, focus=None)

    def set_line_role(self, source_id: int, line_no: int, role: str) -> Receipt:
        """Give one page line (0-based) inside a paragraph a role of its own: a title, a sub-heading, a byline, …"""
        raw_lines = self._raw_lines(source_id)

        def build(states):
            if not 0 <= line_no < len(raw_lines):
                raise CorrectionError(f"line {line_no + 1} is not on the page (it has {len(raw_lines)} lines)")
            return self._one(states[0], core.make_line_role(states[0].page, line_no, raw_lines[line_no], role))

        return self._correct([source_id], build, focus=None)

    def restore_line(self, source_id: int, line_no: int) -> Receipt:
        """Put a dropped page line (0-based) back into the article where it stood."""

        def build(states):
            return self._one(states[0], core.make_restore_line(states[0].page, line_no))

        return self._correct([source_id], build, focus=None)

    def edit_text(self, article_id: int, part: str | tuple[str, int | None], text: str) -> Receipt:
        """Mend the text of a paragraph, sub-heading, headline field or caption."""

        def build(states):
            state = states[0]
            return self._one(state, core.make_edit_text(state.page, state.ids.index(article_id), _part(part), text, _name(article_id)))

        return self._correct([self.source_of(article_id)], build, focus=article_id)

    def delete(self, article_id: int) -> Receipt:
        """Move an article, with the user's work on it, into the trash."""

        def build(states):
            state = states[0]
            correction, outcomes, _trashed = self._one(state, core.make_delete(state.page, state.ids.index(article_id), _name(article_id)))
            return correction, outcomes, [article_id]

        receipt = self._correct([self.source_of(article_id)], build, focus=None)
        receipt.focus_before = article_id  # an undo shows it again
        return receipt

    def join(self, article_id: int, continued_by: int) -> Receipt:
        """Join an article with its continuation on another page: it then reads (and is found) as one."""
        head_source, cont_source = self.source_of(article_id), self.source_of(continued_by)

        def build(states):
            head_state, cont_state = states
            head, cont = head_state.ids.index(article_id), cont_state.ids.index(continued_by)
            correction = core.make_join(head_state.page, head, cont_state.page, cont, cont_source,
                                        same_page=head_source == cont_source,
                                        what=f"articles {article_id} and {continued_by}")  # fmt: skip
            continuation = draft_article(cont_state.page.articles[cont], continued_by)
            on_head = core.apply_correction(head_state.page, correction, head_state.ids,
                                            Context(head_source, lambda *_args: continuation))  # fmt: skip
            on_cont = core.apply_correction(cont_state.page, correction, cont_state.ids, Context(cont_source))
            return correction, [_applied(on_head), _applied(on_cont)], []

        if head_source == cont_source:
            raise InvalidInputError(
                f"Articles {article_id} and {continued_by} are on the same page; a join continues an article on another "
                "page (merge joins neighbours)."
            )
        return self._correct([head_source, cont_source], build, focus=article_id, other_source=cont_source)

    def restore(self, article_id: int) -> Receipt:
        """Take an article out of the trash, with its work, back where it stood on its page."""
        with self.db.write():
            row = self.db.one("SELECT source_id, correction_id, snapshot_json FROM trash WHERE article_id = ?", (article_id,))
            if row is None:
                raise NotFoundError(f"Article {article_id} is not in the trash.")
            source_id, correction_id, snapshot_json = row
            ids = self._articles.ids_of_source(source_id)
            corrections = [correction_id] if correction_id is not None else []
            before = snapshots.take(self.db, [*ids, article_id], correction_ids=corrections, source_ids=[source_id])
            kept = snapshots.Snapshot.from_json(snapshot_json)
            position = next((r["position"] for r in kept.rows["articles"]), len(ids))
            for row in kept.rows["articles"]:
                row["position"] = PARKED  # its old place may be taken: renumbered below
            snapshots.restore(self.db, self._entities, kept)
            order = ids[:position] + [article_id] + ids[position:]
            self._writer._renumber(source_id, order)
            self.db.execute("DELETE FROM trash WHERE article_id = ?", (article_id,))
            if correction_id is not None:
                # The deletion no longer holds: a re-parse must not delete it again.
                self.db.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
            after = snapshots.take(self.db, [*ids, article_id], correction_ids=corrections, source_ids=[source_id])
        return Receipt(None, "restore", f"restored article {article_id} from the trash", before, after,
                       (article_id,), focus=article_id)  # fmt: skip

    def empty_trash(self) -> int:
        """Delete the trashed articles for good (their deletions stay recorded, so a re-parse does not bring them back)."""
        with self.db.write():
            count = self.db.one("SELECT count(*) FROM trash")[0]
            self.db.execute("DELETE FROM trash")
        return count

    # -- undo and redo --------------------------------------------------------------------------
    def undo(self, receipt: Receipt) -> None:
        with self.db.write():
            self._check_unchanged(receipt.after, receipt)
            self._put_back(receipt.before, receipt.after, receipt.focus_before)

    def redo(self, receipt: Receipt) -> None:
        with self.db.write():
            self._check_unchanged(receipt.before, receipt)
            self._put_back(receipt.after, receipt.before, receipt.focus)

    def _check_unchanged(self, expected: snapshots.Snapshot, receipt: Receipt) -> None:
        now = snapshots.take(self.db, expected.article_ids, correction_ids=expected.correction_ids, source_ids=expected.source_ids)
        if _without_notes(now) != _without_notes(expected):
            raise LibraryError(
                f"The articles of “{receipt.description}” were changed since (by another program?), so it cannot be "
                "undone or redone any more."
            )

    def _put_back(self, snapshot: snapshots.Snapshot, other: snapshots.Snapshot, focus: int | None) -> None:
        """Restore a snapshot; notes typed since ``other`` was taken (they have no undo of their own here) are kept."""
        ids = sorted(set(snapshot.article_ids) | set(other.article_ids))
        left = {row["article_id"]: row["note"] for row in other.rows.get("article_notes", [])}
        typed = {aid: note for aid in ids if (note := self._notes.get(aid)) != left.get(aid, "")}
        snapshots.restore(self.db, self._entities, snapshot, also_articles=other.article_ids)
        present = set(self._articles.body_texts(ids))
        for aid, note in typed.items():
            if aid in present:
                self._notes.set(aid, note)  # typed (or cleared) since: it stays as typed
            elif note and focus in present:
                mine = self._notes.get(focus)
                if not mine.endswith(note):
                    self._notes.set(focus, f"{mine}\n\n{note}" if mine else note)

    # -- the one way every correction is made --------------------------------------------------------
    def _one(self, state: PageState, correction: Correction) -> tuple[Correction, list[Outcome], list[int]]:
        outcome = core.apply_correction(state.page, correction, state.ids, Context(state.source_id))
        return correction, [_applied(outcome)], []

    def _correct(self, source_ids: list[int], build: Build, *, focus: int | None, other_source: int | None = None) -> Receipt:
        with self.db.write():
            states = [load_state(self._articles, self._pages, s) for s in source_ids]
            try:
                correction, outcomes, trashed = build(states)
            except CorrectionError as error:
                raise InvalidInputError(_sentence(error)) from None
            old_ids = [aid for s in states for aid in s.ids]
            before = snapshots.take(self.db, old_ids, source_ids=source_ids)
            trash_rows = {aid: snapshots.take(self.db, [aid]).to_json() for aid in trashed}
            new_ids = self._writer.write(states, outcomes, trashed=trashed)
            changed = [aid for ids, o in zip(new_ids, outcomes) for aid, origin in zip(ids, o.origins) if origin.changed]
            target = changed[0] if changed else focus
            correction_id = self.db.execute(
                "INSERT INTO corrections(source_id, other_source_id, kind, data_json, article_id, created) VALUES (?, ?, ?, ?, ?, ?)",
                (source_ids[0], other_source, correction.kind, json.dumps(correction.data, ensure_ascii=False), target, self.db.now()),
            ).lastrowid
            for aid, snapshot_json in trash_rows.items():
                title = states[0].page.articles[states[0].ids.index(aid)].title
                self.db.execute(
                    "INSERT INTO trash(article_id, source_id, title, deleted_at, correction_id, snapshot_json) VALUES (?, ?, ?, ?, ?, ?)",
                    (aid, source_ids[0], title, self.db.now(), correction_id, snapshot_json),
                )
            before.correction_ids = (correction_id,)
            every = sorted(set(old_ids) | {aid for ids in new_ids for aid in ids})
            after = snapshots.take(self.db, every, correction_ids=[correction_id], source_ids=source_ids)
        still = {aid for ids in new_ids for aid in ids}
        removed = tuple(aid for aid in old_ids if aid not in still)
        return Receipt(
            correction_id, correction.kind, core.describe(correction), before, after, tuple(changed),
            focus=target if focus is not None else None, focus_before=focus, removed=removed,
        )  # fmt: skip

    def _raw_lines(self, source_id: int) -> list[str]:
        return split_raw(self._raw(source_id)[1])

    def _raw(self, source_id: int) -> tuple[str, str]:
        row = self._pages.raw_text(source_id)
        if row is None:
            raise NotFoundError(f"There is no page {source_id} in the library.")
        if not row[1]:
            raise InvalidInputError(f"Page {source_id} ({row[0]}) was stored without its text, so its lines are unknown.")
        return row


def _applied(outcome: Outcome) -> Outcome:
    if outcome.status == "failed":
        raise CorrectionError(outcome.problem)
    if outcome.status == "already":
        raise CorrectionError("the page reads that way already")
    return outcome


def _part(part: str | tuple[str, int | None]) -> tuple[str, int | None]:
    return core.parse_part(part) if isinstance(part, str) else part


def _sentence(error: Exception) -> str:
    text = str(error)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _without_notes(snapshot: snapshots.Snapshot) -> list:
    return [row for row in snapshot.work_fingerprint() if row[0] != "article_notes"]
