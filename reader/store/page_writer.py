"""Writing a corrected page: its articles in their new order, and the user's work carried to its text.

The corrections part (reader/store/corrections.py) reads a page's state,
has reader/corrections compute the corrected page with the origin of every
article, and hands both here. Inside the caller's transaction:

- an article keeps its id when it keeps its primary (the old article it
  continues); the others are new rows, and old articles no new one keeps go;
- annotations, the user's entities, suppressions and the recogniser's
  entities follow their text through the pieces; an annotation whose text
  was edited keeps its range (and is marked edited); one whose text is no
  longer in one piece is looked for as reparse does (reader/store/anchoring.py)
  and, not found, is orphaned (kept, never dropped) on the article that
  holds the rest of its old article's text;
- tags go with the text to every article holding some of it; a merged-away
  article's note is added to the note of the one it went into;
- changed articles wait for the recogniser again (their entities stay until
  it has run) and are marked corrected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.corrections import Outcome
from reader.corrections.remap import Remap
from reader.model import Page
from reader.store.anchoring import context_around, place_quote
from reader.store.annotations import Annotations
from reader.store.articles import Articles
from reader.store.db import Db, id_list
from reader.store.entities import Entities
from reader.store.notes import Notes
from reader.store.pages import Pages


# Positions rows take for a moment inside one transaction: new rows before their place is known, rows being renumbered.
PARKED = -2_000_000_000
RENUMBERING = -1_000_000_000


@dataclass(slots=True)
class PageState:
    source_id: int
    ids: list[int]  # the page's articles in order
    page: Page

    def text_of(self, article_id: int) -> str:
        return self.page.articles[self.ids.index(article_id)].body_text


def load_state(articles: Articles, pages: Pages, source_id: int) -> PageState:
    ids = articles.ids_of_source(source_id)
    stored = [articles.get(i).article for i in ids]
    return PageState(source_id, ids, Page(articles=stored, dropped=pages.dropped(source_id)))


class PageWriter:
    def __init__(self, db: Db, *, articles: Articles, pages: Pages, entities: Entities, annotations: Annotations, notes: Notes) -> None:
        self.db = db
        self._articles, self._pages, self._entities = articles, pages, entities
        self._annotations, self._notes = annotations, notes

    def write(self, states: Sequence[PageState], outcomes: Sequence[Outcome], *, trashed: Sequence[int] = ()) -> list[list[int]]:
        """Store each state's corrected page; returns the new article ids of each page, in order."""
        old_text = {aid: s.text_of(aid) for s in states for aid in s.ids}
        old_title = {aid: s.page.articles[s.ids.index(aid)].title for s in states for aid in s.ids}
        all_old = list(old_text)
        new_ids: list[list[int]] = []
        placed: list[tuple[int, object, object]] = []  # (id, article, origin) of every new article
        kept = set()
        for state, outcome in zip(states, outcomes):
            ids = []
            for k, (article, origin) in enumerate(zip(outcome.page.articles, outcome.origins)):
                if origin.primary is not None and origin.primary in old_text:
                    article_id = origin.primary
                    self._articles.replace(article_id, old_title[article_id], old_text[article_id], article)
                else:
                    article_id = self._articles.insert(state.source_id, PARKED - k, article)  # renumbered below
                kept.add(article_id)
                ids.append(article_id)
                placed.append((article_id, article, origin))
            new_ids.append(ids)
            self._renumber(state.source_id, ids)
            self._pages.set_dropped(state.source_id, outcome.page.dropped)
        gone = [aid for aid in all_old if aid not in kept]
        every = sorted(set(all_old) | kept)
        with self._entities.counts_follow(every):
            self._carry(placed, old_text, gone, set(trashed))
            for article_id in gone:
                self._articles.delete(article_id, old_title[article_id], old_text[article_id])
        now = self.db.now()
        changed = [aid for aid, _a, origin in placed if origin.changed]
        self.db.execute(
            "UPDATE articles SET recognised_at = NULL, corrected_at = ? WHERE id IN (SELECT value FROM json_each(?))",
            (now, id_list(changed)),
        )
        return new_ids

    def _renumber(self, source_id: int, ordered: Sequence[int]) -> None:
        """Positions 0, 1, … in the new order; rows the correction did not touch (kept stale by a reparse) follow."""
        rest = [aid for aid in self._articles.ids_of_source(source_id) if aid not in set(ordered)]
        final = list(ordered) + rest
        # Through negative positions: (source, position) is unique at every step of an UPDATE.
        self.db.executemany("UPDATE articles SET position = ? WHERE id = ?", [(RENUMBERING - i, a) for i, a in enumerate(final)])
        self.db.executemany("UPDATE articles SET position = ? WHERE id = ?", [(i, a) for i, a in enumerate(final)])

    # -- the user's work -------------------------------------------------------------------------
    def _carry(self, placed, old_text: dict[int, str], gone: list[int], trashed: set[int]) -> None:
        remap = Remap([origin for _aid, _a, origin in placed])
        id_at = [aid for aid, _a, _o in placed]
        text_at = [article.body_text for _aid, article, _o in placed]
        # Where an article's work goes when its text cannot be followed: the article holding the rest of it.
        home = {}
        for aid, _article, origin in placed:
            for key in origin.contributors:
                home.setdefault(key, aid)
            if origin.primary is not None:
                home[origin.primary] = aid
        movable = [aid for aid in old_text if aid not in trashed]
        self._carry_annotations(movable, remap, id_at, text_at, home)
        self._carry_entities(movable, remap, id_at, text_at)
        self._carry_tags_and_notes(placed, gone, trashed, home)

    def _carry_annotations(self, old_ids, remap: Remap, id_at, text_at, home) -> None:
        for annotation in self._annotations.of_articles(old_ids):
            mapped = remap.span(annotation.article_id, annotation.start, annotation.end)
            if mapped is not None:
                text = text_at[mapped.index]
                quote = text[mapped.start : mapped.end]
                if quote == annotation.quote or mapped.edited:
                    self._move_annotation(annotation.id, id_at[mapped.index], mapped.start, mapped.end, text,
                                          edited=mapped.edited or annotation.edited)  # fmt: skip
                    continue
            found = self._search(annotation, id_at, text_at, home.get(annotation.article_id, annotation.article_id))
            if found is not None:
                index, start, end = found
                self._move_annotation(annotation.id, id_at[index], start, end, text_at[index], edited=annotation.edited)
            else:
                target = home.get(annotation.article_id, annotation.article_id)
                self.db.execute("UPDATE annotations SET article_id = ?, orphaned = 1 WHERE id = ?", (target, annotation.id))

    def _search(self, annotation, id_at, text_at, own: int) -> tuple[int, int, int] | None:
        order = sorted(range(len(id_at)), key=lambda i: id_at[i] != own)
        for index in order:
            placed = place_quote(text_at[index], annotation.quote, annotation.prefix, annotation.suffix, annotation.start)
            if placed is not None:
                return index, placed.start, placed.end
        return None

    def _move_annotation(self, annotation_id: int, article_id: int, start: int, end: int, text: str, *, edited: bool) -> None:
        prefix, suffix = context_around(text, start, end)
        self.db.execute(
            'UPDATE annotations SET article_id = ?, start = ?, "end" = ?, quote = ?, prefix = ?, suffix = ?, '
            "orphaned = 0, edited = ? WHERE id = ?",
            (article_id, start, end, text[start:end], prefix, suffix, int(edited), annotation_id),
        )

    def _carry_entities(self, old_ids, remap: Remap, id_at, text_at) -> None:
        rows = self.db.execute(
            'SELECT id, article_id, start, "end", text, origin FROM entities WHERE article_id IN (SELECT value FROM json_each(?))',
            (id_list(old_ids),),
        ).fetchall()
        moves, drops = [], []
        for entity_id, article_id, start, end, text, origin in rows:
            mapped = remap.span(article_id, start, end)
            if mapped is not None:
                now = text_at[mapped.index][mapped.start : mapped.end]
                # The recogniser's spans must still say what they said; the user's follow an edit of their text.
                if now == text or (origin == "user" and mapped.edited):
                    moves.append((id_at[mapped.index], mapped.start, mapped.end, now, entity_id))
                    continue
            drops.append((entity_id,))
        self.db.executemany('UPDATE entities SET article_id = ?, start = ?, "end" = ?, text = ? WHERE id = ?', moves)
        self.db.executemany("DELETE FROM entities WHERE id = ?", drops)
        suppressions = self.db.execute(
            'SELECT article_id, start, "end", label FROM entity_suppressions WHERE article_id IN (SELECT value FROM json_each(?))',
            (id_list(old_ids),),
        ).fetchall()
        self.db.execute("DELETE FROM entity_suppressions WHERE article_id IN (SELECT value FROM json_each(?))", (id_list(old_ids),))
        for article_id, start, end, label in suppressions:
            mapped = remap.span(article_id, start, end)
            if mapped is not None and not mapped.edited:
                self.db.execute(
                    'INSERT OR IGNORE INTO entity_suppressions(article_id, start, "end", label) VALUES (?, ?, ?, ?)',
                    (id_at[mapped.index], mapped.start, mapped.end, label),
                )

    def _carry_tags_and_notes(self, placed, gone: list[int], trashed: set[int], home) -> None:
        # Every coder's tags and notes go with the text they were made on.
        for aid, _article, origin in placed:
            others = [key for key in origin.contributors if key != aid and key not in trashed]
            if others:
                self.db.execute(
                    "INSERT OR IGNORE INTO article_tags(article_id, tag_id, coder, created) "
                    "SELECT ?, tag_id, coder, min(created) FROM article_tags "
                    "WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY tag_id, coder",
                    (aid, id_list(others)),
                )
        for article_id in gone:
            if article_id in trashed or article_id not in home or home[article_id] == article_id:
                continue
            target = home[article_id]
            now = self.db.now()
            for coder, note in self._notes.all_of(article_id):
                mine = self._notes.get(target, coder=coder)
                self.db.execute(
                    "INSERT INTO article_notes(article_id, coder, note, created, modified) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(article_id, coder) DO UPDATE SET note = excluded.note, modified = excluded.modified",
                    (target, coder, f"{mine}\n\n{note}" if mine else note, now, now),
                )