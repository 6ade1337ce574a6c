"""What the corrections part hands out: stored corrections, trashed articles, receipts for undo."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.store.snapshots import Snapshot


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    id: int
    source_id: int
    source: str  # the page's file name
    kind: str
    description: str  # in words (reader.corrections.describe)
    article_id: int | None  # the article it made or changed, while it exists
    created: str
    status: str  # "applied", or "failed" when the last parse of its page could not take it
    problem: str  # why not
    data: dict  # its anchors and parameters
    other_source_id: int | None = None  # a join: the continuation's page

    def to_json(self) -> dict:
        return {
            "id": self.id, "page_id": self.source_id, "page": self.source, "kind": self.kind,
            "description": self.description, "article_id": self.article_id, "created": self.created,
            "status": self.status, "problem": self.problem, "continued_on_page_id": self.other_source_id,
            "data": self.data,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class TrashedArticle:
    article_id: int
    source_id: int
    source: str
    title: str
    deleted_at: str


@dataclass(slots=True)
class Receipt:
    """What one correction did, and the rows before and after it, so that undo and redo put either back exactly."""

    correction_id: int | None
    kind: str
    description: str
    before: Snapshot
    after: Snapshot
    article_ids: tuple[int, ...] = ()  # the articles the correction made or changed, in page order
    focus: int | None = None  # the article to show afterwards
    focus_before: int | None = None  # … and after an undo
    removed: tuple[int, ...] = ()  # articles it took away (merged in, joined, deleted)
    extra: dict = field(default_factory=dict)
