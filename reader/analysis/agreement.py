"""How far two coders agree: pure functions over plain values, no library, no Qt.

Article level, per tag, over the articles both coders coded: each article is
a unit that a coder marked "tag present" or "tag absent". Reported are the
four counts, percent agreement (share of articles where both agree, in %)
and Cohen's κ (Cohen 1960): κ = (p_o − p_e) / (1 − p_e), p_e from each
coder's own rate of "present".

Passage level, per tag: Krippendorff's α for nominal data computed over
characters (Krippendorff 2004/2013; "Computing Krippendorff's
Alpha-Reliability", 2011). Every character of every shared article is a
unit; each coder gives it 1 when it lies inside one of their passages with
that tag, else 0; α = 1 − D_o / D_e with the usual coincidence matrix. This is
*not* Krippendorff's unitizing αu (1995), which weighs disagreements by the
squared lengths of mismatched stretches; it is its simplest well-defined
relative: the binary, character-level α, where a character both coders
leave out counts as agreement, so it rewards agreeing on what is *not*
coded too.

A figure that the data cannot give (no shared unit, or no variation: both
coders gave every unit the same value, where κ and α are 0/0) is None, and
``note`` says why; nothing here divides by zero.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

NO_SHARED = "the two coders have no article in common"
NO_VARIATION = "no variation: both coders gave every unit the same value, so the chance-corrected figure is undefined"


# -- the measures ---------------------------------------------------------------


def cohens_kappa(table: Sequence[Sequence[float]]) -> float | None:
    """Cohen's κ of a square contingency table (counts or proportions; rows coder A, columns coder B)."""
    total = sum(sum(row) for row in table)
    if total <= 0:
        return None
    size = len(table)
    observed = sum(table[i][i] for i in range(size)) / total
    rows = [sum(row) / total for row in table]
    columns = [sum(table[i][j] for i in range(size)) / total for j in range(size)]
    expected = sum(r * c for r, c in zip(rows, columns))
    if expected >= 1.0 - 1e-12:
        return None
    return (observed - expected) / (1.0 - expected)


def krippendorff_alpha_nominal(units: Iterable[Sequence[Hashable | None]]) -> float | None:
    """Krippendorff's α for nominal data: each unit is the values its coders gave (None = not coded).

    Units with fewer than two values are not pairable and count for nothing.
    """
    coincidences: Counter = Counter()
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        counts = Counter(values)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_k - 1) if c == k else n_c * n_k
                coincidences[c, k] += pairs / (m - 1)
    return _alpha_from_coincidences(coincidences)


def _alpha_from_coincidences(coincidences: Mapping[tuple, float]) -> float | None:
    marginals: Counter = Counter()
    for (c, _k), o in coincidences.items():
        marginals[c] += o
    n = sum(marginals.values())
    observed = sum(o for (c, k), o in coincidences.items() if c != k)
    expected = sum(marginals[c] * marginals[k] for c in marginals for k in marginals if c != k)
    if n <= 1 or expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def binary_alpha(both: int, only_a: int, only_b: int, neither: int) -> float | None:
    """α for two coders and binary values with no missing data, from the four counts.

    The coincidence matrix is o11 = 2·both, o00 = 2·neither, o01 = o10 =
    only_a + only_b, so α = 1 − (2N − 1)(only_a + only_b) / (n0 · n1).
    """
    disagree = only_a + only_b
    n1 = 2 * both + disagree
    n0 = 2 * neither + disagree
    if n0 == 0 or n1 == 0:
        return None
    units = both + only_a + only_b + neither
    return 1.0 - (2 * units - 1) * disagree / (n0 * n1)


# -- article level ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CodeAgreement:
    tag: str
    articles: int  # articles both coders coded
    both: int
    only_a: int
    only_b: int
    neither: int
    percent_agreement: float | None  # 0–100
    kappa: float | None
    note: str | None = None


def article_agreement(
    tags_a: Mapping[Hashable, Collection[str]],
    tags_b: Mapping[Hashable, Collection[str]],
    tags: Iterable[str] | None = None,
) -> list[CodeAgreement]:
    """Per tag, over the articles in both mappings (article -> tags the coder found present).

    An article a coder coded without this tag counts as "absent" for them;
    an article only one coder coded does not count. ``tags`` defaults to
    every tag either coder used on a shared article, in name order.
    """
    shared = [key for key in tags_a if key in tags_b]
    if tags is None:
        tags = sorted({t for key in shared for t in (*tags_a[key], *tags_b[key])})
    results = []
    for tag in tags:
        both = only_a = only_b = neither = 0
        for key in shared:
            in_a, in_b = tag in tags_a[key], tag in tags_b[key]
            if in_a and in_b:
                both += 1
            elif in_a:
                only_a += 1
            elif in_b:
                only_b += 1
            else:
                neither += 1
        n = len(shared)
        if n == 0:
            results.append(CodeAgreement(tag, 0, 0, 0, 0, 0, None, None, NO_SHARED))
            continue
        kappa = cohens_kappa([[both, only_a], [only_b, neither]])
        results.append(
            CodeAgreement(tag, n, both, only_a, only_b, neither, 100.0 * (both + neither) / n, kappa,
                          None if kappa is not None else NO_VARIATION)  # fmt: skip
        )
    return results


# -- passage level ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PassageAgreement:
    tag: str
    characters: int  # characters in the shared articles: the units
    both: int  # characters both coders put inside a passage with this tag
    only_a: int
    only_b: int
    neither: int
    alpha: float | None
    note: str | None = None


def _union(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    i = j = total = 0
    while i < len(a) and j < len(b):
        total += max(0, min(a[i][1], b[j][1]) - max(a[i][0], b[j][0]))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def passage_agreement(
    lengths: Mapping[Hashable, int],
    spans_a: Mapping[Hashable, Iterable[tuple[str, int, int]]],
    spans_b: Mapping[Hashable, Iterable[tuple[str, int, int]]],
    tags: Iterable[str] | None = None,
) -> list[PassageAgreement]:
    """Per tag, character-level α over the articles in ``lengths`` (article -> length of its text).

    ``spans_a`` / ``spans_b``: article -> (tag, start, end) of each passage
    the coder tagged there; overlapping passages of one coder count once.
    """
    per_tag_a: dict[str, dict[Hashable, list]] = {}
    per_tag_b: dict[str, dict[Hashable, list]] = {}
    for spans, per_tag in ((spans_a, per_tag_a), (spans_b, per_tag_b)):
        for key in lengths:
            for tag, start, end in spans.get(key, ()):
                per_tag.setdefault(tag, {}).setdefault(key, []).append((start, end))
    if tags is None:
        tags = sorted(set(per_tag_a) | set(per_tag_b))
    total = sum(lengths.values())
    results = []
    for tag in tags:
        in_a = in_b = both = 0
        for key, length in lengths.items():
            a = _union(per_tag_a.get(tag, {}).get(key, ()), length)
            b = _union(per_tag_b.get(tag, {}).get(key, ()), length)
            in_a += sum(e - s for s, e in a)
            in_b += sum(e - s for s, e in b)
            both += _overlap(a, b)
        only_a, only_b = in_a - both, in_b - both
        neither = total - both - only_a - only_b
        if total == 0:
            results.append(PassageAgreement(tag, 0, 0, 0, 0, 0, None, NO_SHARED))
            continue
        alpha = binary_alpha(both, only_a, only_b, neither)
        results.append(PassageAgreement(tag, total, both, only_a, only_b, neither, alpha,
                                        None if alpha is not None else NO_VARIATION))  # fmt: skip
    return results
