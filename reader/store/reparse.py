"""Re-parsing one stored page and carrying the user's work over to the new articles.

The decisions live here; every read and write goes through the Library's
private helpers, so the SQL stays in reader/store/library.py. Runs inside
the transaction the Library opened for this source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import Page
from reader.store.anchoring import place_quote

if TYPE_CHECKING:
    from reader.store.library import Library


def reparse_source(library: "Library", source_id: int, page: Page) -> dict[str, int]:
    counts = dict.fromkeys(
        ("articles_changed", "articles_added", "articles_removed", "articles_kept_stale",
         "annotations_kept", "annotations_moved", "annotations_orphaned"),
        0,
    )  # fmt: skip
    old = library._articles_of_source(source_id)  # position -> (id, title, body)
    old_body = {aid: body for aid, _title, body in old.values()}
    position_of = {aid: pos for pos, (aid, _t, _b) in old.items()}
    text_of: dict[int, str] = {}  # article id -> body text after the re-parse
    changed: set[int] = set()

    for position, article in enumerate(page.articles):
        if position in old:
            article_id, title, body = old[position]
            library._replace_article(article_id, title, body, article)
            if (title, body) != (article.title, article.body_text):
                counts["articles_changed"] += 1
            if body != article.body_text:
                changed.add(article_id)
        else:
            article_id = library._insert_article(source_id, position, article)
            position_of[article_id] = position
            counts["articles_added"] += 1
        text_of[article_id] = article.body_text

    vanished = [old[p] for p in old if p >= len(page.articles)]
    affected = changed | {aid for aid, _t, _b in vanished}

    for annotation in library._annotations_of_articles(list(position_of)):
        if annotation.article_id not in affected and not annotation.orphaned:
            counts["annotations_kept"] += 1
            continue
        target = _find_passage(annotation, text_of, position_of)
        if target is None:
            library._orphan_annotation(annotation.id)
            counts["annotations_orphaned"] += 1
            continue
        article_id, start, end = target
        same = (article_id, start, end) == (annotation.article_id, annotation.start, annotation.end)
        library._move_annotation(annotation.id, article_id, start, end, text_of[article_id])
        counts["annotations_kept" if same and not annotation.orphaned else "annotations_moved"] += 1

    for article_id in changed:
        _carry_user_spans(library, article_id, old_body[article_id], text_of[article_id])

    for article_id, title, body in vanished:
        if library._has_user_work(article_id):
            counts["articles_kept_stale"] += 1  # its tags or notes would otherwise be lost
        else:
            library._delete_article(article_id, title, body)
            counts["articles_removed"] += 1
    return counts


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


def _carry_user_spans(library: "Library", article_id: int, old_text: str, new_text: str) -> None:
    """Move the user's entities and suppressions to where their text is now (nearest), or drop them."""
    for entity_id, start, end, _label, text in library._user_entities(article_id):
        placed = place_quote(new_text, text, "", "", start)
        if placed is None:
            library._drop_user_entity(entity_id)
        elif placed.start != start:
            library._move_user_entity(entity_id, placed.start, placed.end)
    for start, end, label in library._suppressions(article_id):
        placed = place_quote(new_text, old_text[start:end], old_text[max(0, start - 16) : start], old_text[end : end + 16], start)
        if placed is None:
            library._move_suppression(article_id, (start, end, label), None, None)
        elif placed.start != start:
            library._move_suppression(article_id, (start, end, label), placed.start, placed.end)
