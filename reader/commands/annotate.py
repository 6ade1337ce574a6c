"""``python -m reader annotate``: which passage of an article to annotate.

A quote that occurs several times is ambiguous; ``--occurrence N`` picks the
N-th place it starts (1-based, counting overlapping places, so «哈哈» occurs
twice in «哈哈哈»), and ``--start/--end`` give the code-point offsets into the
article's body text directly (with ``--quote`` they must agree with it).
"""

from __future__ import annotations


class PassageError(ValueError):
    """The passage asked for is not in the article; the message says why."""


def occurrences(body: str, quote: str) -> list[int]:
    """Every offset where ``quote`` starts in ``body``, overlapping ones included."""
    found, at = [], body.find(quote)
    while quote and at >= 0:
        found.append(at)
        at = body.find(quote, at + 1)
    return found


def _shown(quote: str) -> str:
    return quote if len(quote) <= 40 else quote[:40] + "…"


def choose_passage(
    article_id: int,
    body: str,
    *,
    quote: str | None = None,
    occurrence: int | None = None,
    start: int | None = None,
    end: int | None = None,
) -> tuple[int, int]:
    """[start, end) in code points of the passage the options name; PassageError otherwise."""
    if (start is None) != (end is None):
        raise PassageError("give both --start and --end")
    if start is not None and end is not None:
        if occurrence is not None:
            raise PassageError("--occurrence chooses among the places of --quote; with --start/--end it has no meaning")
        if not 0 <= start < end <= len(body):
            raise PassageError(
                f"Article {article_id} has {len(body)} characters; --start {start} --end {end} is not a passage of it "
                "(0 <= start < end <= length)."
            )
        if quote is not None and body[start:end] != quote:
            raise PassageError(
                f"Article {article_id} has «{_shown(body[start:end])}» at {start}–{end}, not «{_shown(quote)}»."
            )
        return start, end
    if not quote:
        raise PassageError("give --quote TEXT, or --start and --end")
    places = occurrences(body, quote)
    if not places:
        raise PassageError(f"Article {article_id} does not contain the passage «{_shown(quote)}».")
    number = 1 if occurrence is None else occurrence
    if not 1 <= number <= len(places):
        times = "once" if len(places) == 1 else f"{len(places)} times"
        raise PassageError(
            f"Article {article_id} contains «{_shown(quote)}» {times}; --occurrence must be 1 to {len(places)}."
        )
    return places[number - 1], places[number - 1] + len(quote)
