"""Entity labels as people type them: PER, person, People, 人物 … all mean PER.

(Another branch adds reader/labels.py for the same purpose; the lead unifies the two.)
"""

from __future__ import annotations

from reader.model import ENTITY_LABELS

_WORDS: dict[str, tuple[str, ...]] = {
    "PER": ("person", "people", "persons", "name", "names", "人物", "人名", "人"),
    "LOC": ("place", "places", "location", "locations", "地名", "地点", "地方"),
    "ORG": ("organisation", "organisations", "organization", "organizations", "org", "orgs", "机构", "组织", "单位"),
    "TIME": ("time", "times", "date", "dates", "时间", "日期"),
    "NUM": ("number", "numbers", "quantity", "quantities", "数量", "数字"),
    "WORK": ("work", "works", "title", "titles", "作品", "书名"),
}
_LOOKUP = {label.lower(): label for label in ENTITY_LABELS} | {
    word.lower(): label for label, words in _WORDS.items() for word in words
}


def parse_label(text: str) -> str:
    """The label code for ``text``; ValueError naming the valid labels for anything else."""
    label = _LOOKUP.get((text or "").strip().lower())
    if label is None:
        choices = ", ".join(f"{code} ({_WORDS[code][0]})" for code in ENTITY_LABELS)
        raise ValueError(f"unknown entity label «{text}»; the labels are {choices}")
    return label
