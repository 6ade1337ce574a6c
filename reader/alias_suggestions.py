"""Which entities of a library look like variants of one another: suggestions for merging.

Two kinds of evidence, both from names the library holds (nothing is merged
without the user):

- containment: a name inside a longer one of the same type, where that is
  how short forms are made: an organisation's own ending (赛罕分局 ending
  呼和浩特市公安局赛罕分局 — not 公安局, which ends nothing but the kind), a
  place without its level word (呼和浩特 for 呼和浩特市), one part of a
  transliterated name (买买提江 of 买买提江·阿布都热依木); the longer name is
  taken as the canonical one;
- known short forms of administrative divisions (resources/ner's list): the
  name without its level word (呼和浩特 for 呼和浩特市) and its first
  character with the level word (呼市, 包市 for 包头市).

Each text is compared with its own substrings (found in a set), not with
every other name, so a type of tens of thousands of names costs
milliseconds.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.paths import resource_path

_LEVEL_WORDS = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
                "省", "市", "盟", "地区", "州", "县", "旗", "区")  # fmt: skip
MIN_LENGTH = 2  # a single character is too ambiguous to suggest


@dataclass(frozen=True, slots=True)
class Suggestion:
    label: str
    variant: str
    canonical: str
    reason: str  # "containment" or "short form"
    variant_articles: int
    canonical_articles: int


@functools.cache
def short_forms() -> dict[str, tuple[str, ...]]:
    """Short form -> the division names it stands for (呼市 -> 呼和浩特市)."""
    forms: dict[str, set[str]] = {}
    path = resource_path("ner", "admin_divisions.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _code, name, _level = line.split("\t")[:3]
        for word in _LEVEL_WORDS:
            stem = name[: -len(word)] if name.endswith(word) else ""
            if len(stem) >= 2:
                forms.setdefault(stem, set()).add(name)
                if word in ("市", "盟", "县", "旗"):
                    forms.setdefault(stem[0] + word, set()).add(name)
                break
    return {form: tuple(sorted(names)) for form, names in forms.items() if form not in names}


def suggest(label: str, entries: Sequence[tuple[str, int]], *, limit: int = 200) -> list[Suggestion]:
    """Merges to suggest among ``entries`` ((canonical text, articles) of one type), most named variant first.

    A variant contained in several longer names is suggested for each of
    them (the user chooses); names already equal are never suggested.
    """
    counts = dict(entries)
    found: dict[tuple[str, str], Suggestion] = {}
    for text, articles in entries:
        for variant in _inner(label, text, counts):
            found.setdefault(
                (variant, text), Suggestion(label, variant, text, "containment", counts[variant], articles)
            )
    if label == "LOC" or label == "ORG":
        forms = short_forms()
        for text, articles in entries:
            for canonical in forms.get(text, ()):
                if canonical in counts and (text, canonical) not in found:
                    found[(text, canonical)] = Suggestion(
                        label, text, canonical, "short form", articles, counts[canonical]
                    )
    ranked = sorted(found.values(), key=lambda s: (-s.variant_articles, -s.canonical_articles, s.variant, s.canonical))
    return ranked[:limit]


def _inner(label: str, text: str, names: dict[str, int]) -> Iterable[str]:
    """The names of ``names`` that are short forms of ``text`` by containment (see the module's docstring)."""
    if label == "ORG":
        # The ending of a full name, long enough to hold a name of its own
        # before the kind word (赛罕分局, not 分局).
        pieces = [text[i:] for i in range(1, len(text) - 2)]
        known = _kinds()
        pieces = [p for p in pieces if p not in known]
    elif label == "LOC":
        pieces = [text[: -len(w)] for w in _LEVEL_WORDS if text.endswith(w)][:1]
    elif label == "PER" and "·" in text:
        pieces = [part for part in text.split("·")]
    else:
        pieces = []
    for piece in dict.fromkeys(pieces):
        if len(piece) >= MIN_LENGTH and piece != text and piece in names:
            yield piece


@functools.cache
def _kinds() -> frozenset[str]:
    """Organisation kinds (公安局, 派出所 …): an ending that is only a kind is no short form."""
    path = resource_path("ner", "org_suffixes.tsv")
    kinds = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kinds.add(line.split("\t")[0])
    # Kinds are often written with a one-character qualifier (市公安局, 县公安局).
    return frozenset(kinds | {q + k for k in kinds for q in "市县区旗盟省"})
