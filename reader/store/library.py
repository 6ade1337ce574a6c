"""The library: the one module that owns all SQL.

CONTRACT STUB written by the lead. The store developer replaces every
``raise NotImplementedError`` with the real implementation, keeping the
signatures (adding methods or optional keyword arguments is fine). The UI and
the CLI call only these methods. Every public method that writes is one user
action and runs in one transaction (``with self.db.atomic():``).

A Library object belongs to the thread that created it (SQLite's rule); a
background worker opens its own Library on the same path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from reader.model import Article, Page, Span
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


class Library:
    def __init__(self, path: str | Path | None = None) -> None:
        """Open (creating if needed) the library at ``path``; ``None`` or ':memory:' is in memory.

        Opens in WAL mode with foreign keys on and a busy timeout, runs pending
        migrations (backing the file up first), and raises LibraryCorruptError,
        LibraryTooNewError, LibraryLockedError or LibraryReadOnlyError with a
        clear message, never touching a file it refuses.
        """
        raise NotImplementedError

    path: Path | None

    def close(self) -> None:
        raise NotImplementedError

    # -- importing ---------------------------------------------------------
    def import_file(self, path: str | Path) -> ImportResult:
        """Decode, parse and store one page file. Same content twice adds nothing.

        Raises reader.parsing.PageDecodeError (a clear message naming the file)
        for binary or undecodable input; nothing is written then.
        """
        raise NotImplementedError

    def import_page(self, name: str, page: Page, *, path: str = "", content_hash: str = "") -> ImportResult:
        """Store an already parsed page (used by import_file and by tests)."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        raise NotImplementedError

    # -- entity recognition (a separate step after import) ------------------
    def article_ids_needing_recognition(self, limit: int | None = None) -> list[int]:
        raise NotImplementedError

    def recognition_inputs(self, article_ids: Sequence[int]) -> list[tuple[int, str]]:
        """(article id, body text) pairs for the recogniser."""
        raise NotImplementedError

    def user_dictionary(self) -> dict[str, str]:
        """Phrases the user marked as entities anywhere: text -> label."""
        raise NotImplementedError

    def save_recognised(self, results: Iterable[tuple[int, list[Span]]]) -> None:
        """Replace the recogniser's spans of these articles and mark them recognised."""
        raise NotImplementedError

    # -- browsing ------------------------------------------------------------
    def count_articles(self) -> int:
        raise NotImplementedError

    def search_article_ids(
        self,
        query: str = "",
        *,
        tag: str | None = None,
        entity: tuple[str, str] | None = None,  # (label, text)
        source_id: int | None = None,
    ) -> list[int]:
        """Ids of matching articles in page order; any query of >= 1 character works."""
        raise NotImplementedError

    def article_summaries(self, article_ids: Sequence[int]) -> list[ArticleSummary]:
        """Summaries in the order of ``article_ids`` (ids not found are skipped)."""
        raise NotImplementedError

    def get_article(self, article_id: int) -> StoredArticle:
        raise NotImplementedError

    def sources(self) -> list[Source]:
        raise NotImplementedError

    # -- entities ------------------------------------------------------------
    def entities_for(self, article_id: int) -> list[EntityRecord]:
        """Effective entities: the recogniser's minus those the user removed, plus the user's."""
        raise NotImplementedError

    def add_user_entity(self, article_id: int, start: int, end: int, label: str) -> EntityRecord:
        raise NotImplementedError

    def remove_user_entity(self, article_id: int, start: int, end: int, label: str) -> None:
        """Undo of add_user_entity."""
        raise NotImplementedError

    def suppress_entity(self, article_id: int, start: int, end: int, label: str) -> None:
        """The user says this recogniser span is wrong; it stays hidden after re-recognition."""
        raise NotImplementedError

    def unsuppress_entity(self, article_id: int, start: int, end: int, label: str) -> None:
        """Undo of suppress_entity."""
        raise NotImplementedError

    def entity_index(self, label: str | None = None) -> list[EntityIndexEntry]:
        raise NotImplementedError

    # -- tags ----------------------------------------------------------------
    def tags(self) -> list[Tag]:
        raise NotImplementedError

    def article_tags(self, article_id: int) -> list[Tag]:
        raise NotImplementedError

    def tag_article(self, article_id: int, name: str) -> Tag:
        """Creates the tag (with a palette colour) if it is new."""
        raise NotImplementedError

    def untag_article(self, article_id: int, name: str) -> None:
        raise NotImplementedError

    def rename_tag(self, old: str, new: str) -> Tag:
        """Merges into ``new`` when it exists already."""
        raise NotImplementedError

    def recolor_tag(self, name: str, color: str) -> Tag:
        raise NotImplementedError

    def delete_tag(self, name: str) -> DeletedTag:
        raise NotImplementedError

    def restore_tag(self, deleted: DeletedTag) -> None:
        raise NotImplementedError

    # -- notes ---------------------------------------------------------------
    def article_note(self, article_id: int) -> str:
        raise NotImplementedError

    def set_article_note(self, article_id: int, text: str) -> None:
        """An empty text removes the note."""
        raise NotImplementedError

    # -- passage annotations ---------------------------------------------------
    def annotate(
        self, article_id: int, start: int, end: int, *, tag: str | None = None, note: str | None = None
    ) -> Annotation:
        raise NotImplementedError

    def annotate_quote(
        self, article_id: int, quote: str, *, tag: str | None = None, note: str | None = None
    ) -> Annotation:
        """Annotates the first occurrence; QuoteNotFoundError when absent."""
        raise NotImplementedError

    def annotations_for(self, article_id: int) -> list[Annotation]:
        raise NotImplementedError

    def update_annotation(self, annotation_id: int, *, tag: str | None = ..., note: str | None = ...) -> Annotation:  # type: ignore[assignment]
        raise NotImplementedError

    def delete_annotation(self, annotation_id: int) -> Annotation:
        raise NotImplementedError

    def restore_annotation(self, annotation: Annotation) -> Annotation:
        """Undo of delete_annotation: the same id, texts and times come back."""
        raise NotImplementedError

    # -- re-parsing ------------------------------------------------------------
    def reparse(self, parse: Callable[[str], Page]) -> dict:
        """Re-parse every source's stored raw text; re-anchor annotations; report counts."""
        raise NotImplementedError
