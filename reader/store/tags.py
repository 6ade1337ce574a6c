"""Tags and the articles they are on; renames that merge, and the snapshots that undo them.

Owns ``tags`` and ``article_tags``. Passage annotations refer to a tag by id
(reader/store/annotations.py); a merge or an undo moves those references
too, so this part writes that one column of ``annotations``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.store.articles import Articles
from reader.store.db import Db, guarded
from reader.store.errors import InvalidInputError, LibraryError, NotFoundError
from reader.store.records import DeletedTag, Tag

# Colours handed to new tags in turn; distinct on white and readable under black text.
TAG_PALETTE = ("#f4a261", "#90be6d", "#4d96ff", "#e76f51", "#b388eb", "#f9c74f", "#43aa8b", "#ff8fab", "#8ecae6", "#c9ada7")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@guarded
class Tags:
    def __init__(self, db: Db, articles: Articles) -> None:
        self.db = db
        self._articles = articles

    # -- reading ---------------------------------------------------------------------
    def all(self) -> list[Tag]:
        return [Tag(*r) for r in self.db.execute("SELECT id, name, color FROM tags ORDER BY name")]

    def of_article(self, article_id: int) -> list[Tag]:
        rows = self.db.execute(
            "SELECT t.id, t.name, t.color FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE at.article_id = ? ORDER BY t.name",
            (article_id,),
        )
        return [Tag(*r) for r in rows]

    def on_article(self, article_id: int) -> bool:
        return self.db.one("SELECT EXISTS (SELECT 1 FROM article_tags WHERE article_id = ?)", (article_id,))[0] == 1

    def snapshot(self, name: str) -> DeletedTag:
        """Read-only: the tag with its articles (and when each was tagged) and annotations.

        Taken before a merging rename, it is what unmerge() needs.
        """
        return self._snapshot(self._existing_id(name))

    # -- ids -----------------------------------------------------------------------------
    def ensure(self, name: str) -> int:
        """The id of the tag of this name, created (with a palette colour) when it is new."""
        return self._id(name, create=True)

    def _id(self, name: str, *, create: bool) -> int | None:
        name = (name or "").strip()
        if not name:
            raise InvalidInputError("A tag needs a name.")
        row = self.db.one("SELECT id FROM tags WHERE name = ?", (name,))
        if row:
            return row[0]
        if not create:
            return None
        count = self.db.one("SELECT count(*) FROM tags")[0]
        cur = self.db.execute(
            "INSERT INTO tags(name, color) VALUES (?, ?)", (name, TAG_PALETTE[count % len(TAG_PALETTE)])
        )
        return cur.lastrowid

    def _existing_id(self, name: str) -> int:
        tag_id = self._id(name, create=False)
        if tag_id is None:
            raise NotFoundError(f"There is no tag «{name}».")
        return tag_id

    def _tag(self, tag_id: int) -> Tag:
        return Tag(*self.db.one("SELECT id, name, color FROM tags WHERE id = ?", (tag_id,)))

    # -- tagging articles ------------------------------------------------------------------
    def add(self, article_id: int, name: str) -> Tag:
        """Tag one article; creates the tag (with a palette colour) if it is new."""
        return self.add_many([article_id], name)

    def add_many(self, article_ids: Sequence[int], name: str) -> Tag:
        """Tag several articles in one action (the CLI's ``tag --search``)."""
        with self.db.write():
            for article_id in article_ids:
                self._articles.body_text(article_id)  # NotFoundError for unknown ids
            tag_id = self.ensure(name)
            now = self.db.now()
            self.db.executemany(
                "INSERT OR IGNORE INTO article_tags(article_id, tag_id, created) VALUES (?, ?, ?)",
                [(a, tag_id, now) for a in article_ids],
            )
            return self._tag(tag_id)

    def remove(self, article_id: int, name: str) -> None:
        self.remove_many([article_id], name)

    def remove_many(self, article_ids: Sequence[int], name: str) -> None:
        with self.db.write():
            tag_id = self._existing_id(name)
            self.db.executemany(
                "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?", [(a, tag_id) for a in article_ids]
            )

    # -- changing tags ------------------------------------------------------------------------
    def rename(self, old: str, new: str) -> Tag:
        """Merges into ``new`` when it exists already (undo: unmerge() with snapshots taken before)."""
        with self.db.write():
            old_id = self._existing_id(old)
            new = (new or "").strip()
            target = self._id(new, create=False)
            if target is None:
                self.db.execute("UPDATE tags SET name = ? WHERE id = ?", (new, old_id))
                return self._tag(old_id)
            if target != old_id:
                self.db.execute(
                    "INSERT OR IGNORE INTO article_tags(article_id, tag_id, created) "
                    "SELECT article_id, ?, created FROM article_tags WHERE tag_id = ?",
                    (target, old_id),
                )
                self.db.execute("UPDATE annotations SET tag_id = ? WHERE tag_id = ?", (target, old_id))
                self.db.execute("DELETE FROM tags WHERE id = ?", (old_id,))
            return self._tag(target)

    def recolor(self, name: str, color: str) -> Tag:
        if not _COLOR.match(color or ""):
            raise InvalidInputError(f"«{color}» is not a colour of the form #rrggbb.")
        with self.db.write():
            tag_id = self._existing_id(name)
            self.db.execute("UPDATE tags SET color = ? WHERE id = ?", (color.lower(), tag_id))
            return self._tag(tag_id)

    def delete(self, name: str) -> DeletedTag:
        with self.db.write():
            tag_id = self._existing_id(name)
            deleted = self._snapshot(tag_id)
            # ON DELETE CASCADE removes the article tags; ON DELETE SET NULL clears annotations' tag.
            self.db.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
        return deleted

    # -- undo ------------------------------------------------------------------------------------
    def restore(self, deleted: DeletedTag) -> None:
        """Undo of delete(): the tag (same id and colour when free) back on what still exists."""
        with self.db.write():
            tag_id = self._id(deleted.tag.name, create=False)
            if tag_id is None:
                tag_id = self._recreate(deleted.tag)
            self._reattach(tag_id, deleted, from_tag_id=None)

    def unmerge(self, merged: DeletedTag, target: DeletedTag) -> None:
        """Undo of a merging ``rename(merged.tag.name, target.tag.name)``, in one transaction.

        ``merged`` and ``target`` are the snapshot()s of both tags taken just
        before the merge. The merged tag comes back with its id, colour,
        articles (tagged at their old times) and annotations; the target loses
        the article tags the merge gave it and keeps its own, times unchanged.
        """
        with self.db.write():
            target_id = self._existing_id(target.tag.name)
            if self._id(merged.tag.name, create=False) is not None:
                raise LibraryError(f"A tag «{merged.tag.name}» exists again; the merge cannot be undone.")
            merged_id = self._recreate(merged.tag)
            self._reattach(merged_id, merged, from_tag_id=target_id)
            own = {article_id for article_id, _created in target.article_tags}
            self.db.executemany(
                "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?",
                [(article_id, target_id) for article_id in merged.article_ids if article_id not in own],
            )

    def _snapshot(self, tag_id: int) -> DeletedTag:
        article_tags = tuple(
            (r[0], r[1])
            for r in self.db.execute(
                "SELECT article_id, created FROM article_tags WHERE tag_id = ? ORDER BY article_id", (tag_id,)
            )
        )
        annotations = tuple(
            r[0] for r in self.db.execute("SELECT id FROM annotations WHERE tag_id = ? ORDER BY 1", (tag_id,))
        )
        return DeletedTag(self._tag(tag_id), article_tags, annotations)

    def _recreate(self, tag: Tag) -> int:
        """Insert a tag that is gone, with its old id when that is still free."""
        id_free = self.db.one("SELECT 1 FROM tags WHERE id = ?", (tag.id,)) is None
        return self.db.execute(
            "INSERT INTO tags(id, name, color) VALUES (?, ?, ?)", (tag.id if id_free else None, tag.name, tag.color)
        ).lastrowid

    def _reattach(self, tag_id: int, snapshot: DeletedTag, *, from_tag_id: int | None) -> None:
        """Put ``snapshot``'s article tags (with their times) and annotations on ``tag_id``.

        Articles deleted meanwhile are skipped. Annotations are taken back only
        from ``from_tag_id`` (None: only those left without a tag), so one the
        user has re-tagged since is not overwritten.
        """
        self.db.executemany(
            "INSERT OR IGNORE INTO article_tags(article_id, tag_id, created) SELECT id, ?, ? FROM articles WHERE id = ?",
            [(tag_id, created, article_id) for article_id, created in snapshot.article_tags],
        )
        self.db.executemany(
            "UPDATE annotations SET tag_id = ? WHERE id = ? AND tag_id IS ?",
            [(tag_id, a, from_tag_id) for a in snapshot.annotation_ids],
        )
