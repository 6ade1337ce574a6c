"""Entities and annotations of one article, cut per document block in UTF-16 units.

Built once when the article (or its entities/annotations) changes, so the
highlighter only looks its block up instead of searching the whole article.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from reader.store.records import Annotation, EntityRecord
from reader.ui.article_document import ArticleDocument


@dataclass(frozen=True, slots=True)
class EntityPiece:
    start: int  # UTF-16 within the block
    end: int
    entity: EntityRecord


@dataclass(frozen=True, slots=True)
class AnnotationPiece:
    start: int
    end: int
    level: int  # 0 for an annotation overlapping no earlier one, 1, 2... for stacked ones
    color: str
    annotation: Annotation


def overlap_levels(annotations: list[Annotation]) -> dict[int, int]:
    """Stacking level per annotation id, the lowest free one (interval colouring).

    One pass over the annotations sorted by start: a level is free again once
    the annotation holding it has ended, so overlapping passages never share
    a level and the cost is O(n log n + n·levels), not a comparison of all pairs.
    """
    level_ends: list[int] = []
    levels: dict[int, int] = {}
    for annotation in sorted(annotations, key=lambda a: (a.start, -a.end, a.id)):
        for level, end in enumerate(level_ends):
            if end <= annotation.start:
                level_ends[level] = annotation.end
                break
        else:
            level = len(level_ends)
            level_ends.append(annotation.end)
        levels[annotation.id] = level
    return levels


class ArticleSpans:
    def __init__(
        self,
        layout: ArticleDocument,
        entities: list[EntityRecord],
        annotations: list[Annotation],
        tag_colors: dict[str, str],
        default_color: str = "#808080",
    ) -> None:
        self.entities = list(entities)
        self.annotations = [a for a in annotations if not a.orphaned]
        count = layout.body_block_count
        self.entity_pieces: list[list[EntityPiece]] = [[] for _ in range(count)]
        self.annotation_pieces: list[list[AnnotationPiece]] = [[] for _ in range(count)]
        # Recogniser spans first, the user's last: the highlighter applies them
        # in order, so a user's correction is what shows where they overlap.
        for entity in sorted(self.entities, key=lambda e: (e.origin == "user", e.start, -e.end)):
            for index, start, end in self._cut(layout, entity.start, entity.end):
                self.entity_pieces[index].append(EntityPiece(start, end, entity))
        levels = overlap_levels(self.annotations)
        for annotation in self.annotations:
            color = tag_colors.get(annotation.tag or "", default_color)
            for index, start, end in self._cut(layout, annotation.start, annotation.end):
                self.annotation_pieces[index].append(
                    AnnotationPiece(start, end, levels[annotation.id], color, annotation)
                )

    @staticmethod
    def _cut(layout: ArticleDocument, start: int, end: int):
        """Yield (body block, UTF-16 start, UTF-16 end) pieces of [start, end) in body code points."""
        if layout.body_block_count == 0 or end <= start:
            return
        first = max(bisect_right(layout.body_starts, start) - 1, 0)
        block_start = layout.body_starts[first]
        if end - block_start <= len(layout.body_texts[first]):
            # Within one block, as nearly every entity is: no walk over blocks.
            offsets = layout.offset_map(first)
            yield first, offsets.to_utf16(max(start - block_start, 0)), offsets.to_utf16(end - block_start)
            return
        first, _ = layout.locate(start)
        last, _ = layout.locate(max(end - 1, start))
        for index in range(first, last + 1):
            block_start = layout.body_starts[index]
            text_length = len(layout.body_texts[index])
            lo = max(start - block_start, 0)
            hi = min(end - block_start, text_length)
            if hi > lo:
                offsets = layout.offset_map(index)
                yield index, offsets.to_utf16(lo), offsets.to_utf16(hi)

    def entities_at(self, cp: int) -> list[EntityRecord]:
        """Entities covering body offset ``cp``, the user's first, then the shortest."""
        found = [e for e in self.entities if e.start <= cp < e.end]
        return sorted(found, key=lambda e: (e.origin != "user", e.end - e.start))

    def annotations_at(self, cp: int) -> list[Annotation]:
        return [a for a in self.annotations if a.start <= cp < a.end]
