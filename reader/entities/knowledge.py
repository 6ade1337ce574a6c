"""The shipped knowledge files (resources/ner/), loaded once and cached.

Each file's source and licence are in resources/ner/README.md.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from reader.paths import resource_path
from reader.entities.wordlist import compile_words, trie_pattern

# Placeholder rows in the division list that are not names of places.
# 城区, 郊区 and 矿区 are also the names of a few districts, but in news text
# they nearly always mean "the urban area" (益阳市城区), not a division.
_NOT_PLACES = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "城区", "郊区", "矿区")

# Endings stripped to get the short form people write (赤峰市 -> 赤峰,
# 内蒙古自治区 -> 内蒙古). Ethnic autonomous-region names need their own rule.
_PROVINCE_ENDINGS = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")
_PREFECTURE_ENDINGS = ("自治州", "地区", "盟", "市")


def _ner_dir() -> Path:
    return resource_path("ner")


def _lines(name: str) -> list[str]:
    out = []
    with open(_ner_dir() / name, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def _words(name: str) -> list[str]:
    return [w for line in _lines(name) for w in line.split()]


def _table(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


def _strip_ending(name: str, endings: tuple[str, ...]) -> str | None:
    for ending in endings:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            # 内蒙古自治区 -> 内蒙古; 新疆维吾尔自治区 -> 新疆
            return name[: -len(ending)]
    return None


@dataclass(frozen=True)
class Knowledge:
    places: frozenset[str]  # full division names and the short forms of large ones
    place_re: re.Pattern[str]
    place_prefixes: frozenset[str]  # first two characters of every place (names have two or more)
    admin_suffix_re: re.Pattern[str]
    admin_suffixes: tuple[str, ...]
    strong_suffixes: frozenset[str]
    org_suffix_re: re.Pattern[str]
    units_re: re.Pattern[str]
    durations: tuple[str, ...]
    prefix_approx: tuple[str, ...]
    infix_approx: tuple[str, ...]
    below: tuple[str, ...]
    roles: frozenset[str]
    role_re: re.Pattern[str]
    surnames: frozenset[str]
    generic: frozenset[str]
    generic_re: re.Pattern[str]
    name_tails: frozenset[str]
    translit: frozenset[str]  # characters of transliterated names (any position)
    not_names: frozenset[str]  # ordinary words the tagger takes for names
    place_suffix_re: re.Pattern[str]
    countries: frozenset[str]
    country_re: re.Pattern[str]
    country_abbrev: frozenset[str]
    ethnic_groups: frozenset[str]
    tibetan: frozenset[str]  # two-character elements of Tibetan names (才让, 多杰)
    tibetan_re: re.Pattern[str]  # two to four such elements in a row
    name_heads: tuple[str, ...]  # kinds of organisation and place that end names (日报, 高原)


@functools.lru_cache(maxsize=1)
def load_knowledge() -> Knowledge:
    places: set[str] = set()
    for row in _table("admin_divisions.tsv"):
        name, level = row[1], row[2]  # row[0] is the adcode
        if name in _NOT_PLACES:
            continue
        places.add(name)
        if level == "province":
            short = _strip_ending(name, _PROVINCE_ENDINGS)
        elif level == "prefecture":
            short = _strip_ending(name, _PREFECTURE_ENDINGS)
        else:
            # County short forms (固阳, 兴和) are ordinary words too often.
            short = None
        if short:
            places.add(short)
    # Regions written without a level word in everyday use.
    places.update(("自治区",))
    admin_suffixes = tuple(_words("admin_suffixes.txt"))
    org_rows = _table("org_suffixes.tsv")
    strong = frozenset(s for s, kind in org_rows if kind == "strong")
    approx = _table("approximators.txt")
    roles = _words("roles.txt")
    tibetan = [w for w in _words("tibetan_names.txt") if len(w) == 2]
    return Knowledge(
        places=frozenset(places),
        place_re=compile_words(places),
        place_prefixes=frozenset(p[:2] for p in places),
        admin_suffix_re=compile_words(admin_suffixes),
        admin_suffixes=admin_suffixes,
        strong_suffixes=strong,
        org_suffix_re=compile_words(s for s, _ in org_rows),
        units_re=compile_words(_words("units.txt")),
        durations=tuple(_words("durations.txt")),
        prefix_approx=tuple(a for a, kind in approx if kind == "prefix"),
        infix_approx=tuple(a for a, kind in approx if kind == "infix"),
        below=tuple(a for a, kind in approx if kind == "below"),
        roles=frozenset(roles),
        role_re=compile_words(roles),
        surnames=frozenset(_words("surnames.txt")),
        generic=frozenset(_words("generic_modifiers.txt")),
        generic_re=compile_words(_words("generic_modifiers.txt")),
        name_tails=frozenset(_words("name_tails.txt")),
        translit=frozenset(_words("translit_chars.txt")),
        not_names=frozenset(_words("not_names.txt")),
        place_suffix_re=compile_words(_words("place_suffixes.txt")),
        countries=frozenset(_words("countries.txt")),
        country_re=compile_words(_words("countries.txt")),
        country_abbrev=frozenset(_words("country_abbrev.txt")),
        ethnic_groups=frozenset(_words("ethnic_groups.txt")),
        tibetan=frozenset(tibetan),
        tibetan_re=re.compile("(?:" + trie_pattern(tibetan) + "){2,4}"),
        name_heads=tuple(_words("name_heads.txt")),
    )
