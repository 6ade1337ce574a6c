"""Running the entity recogniser over the articles that still need it (Qt-free).

Import stores articles at parsing speed; recognition is the slower step that
follows. The command line runs this before it exits; the app runs it in a
worker thread with its own Library connection, passing ``priority`` (the
article on screen first) and ``cancelled`` (quitting).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from reader.model import Span
from reader.store.library import Library


class Recogniser(Protocol):
    def recognise_many(self, texts: Sequence[str], user_terms: dict[str, str] | None = None) -> list[list[Span]]: ...


def recognise_pending(
    library: Library,
    recogniser: Recogniser,
    *,
    batch_size: int = 64,
    priority: Callable[[], Sequence[int] | None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    recognised: Callable[[list[int]], None] | None = None,
) -> int:
    """Recognise every pending article in batches; returns how many were done.

    ``recognised`` is told the ids of each saved batch (the app refreshes
    the article on screen). Each batch is saved in its own transaction, so stopping (cancel, crash)
    loses at most the batch in hand and the next run carries on.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    done = 0
    while not (cancelled and cancelled()):
        ids: list[int] = []
        wanted = priority() if priority else None
        if wanted:
            ids = library.recognition.pending_ids(batch_size, among=wanted)
        if not ids:
            ids = library.recognition.pending_ids(batch_size)
        if not ids:
            break
        inputs = library.recognition.inputs(ids)
        # Read each batch: the user may mark new phrases while this runs.
        user_terms = library.entities.user_dictionary()
        spans = recogniser.recognise_many([text for _id, text in inputs], user_terms=user_terms)
        if len(spans) != len(inputs):
            raise RuntimeError(f"the recogniser returned {len(spans)} results for {len(inputs)} texts")
        # texts= makes the library skip an article re-parsed meanwhile; it stays
        # pending and the loop picks it up again with its new text.
        library.recognition.save(zip([article_id for article_id, _text in inputs], spans), texts=dict(inputs))
        done += len(inputs)
        if recognised:
            recognised([article_id for article_id, _text in inputs])
        if progress:
            progress(done, done + library.recognition.count_pending())
    return done
