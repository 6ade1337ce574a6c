"""The entity types' names, in codes and in words, for the command line and the app (Qt-free).

Each type has its code (``PER``), the words the app shows for it in English
and Chinese (``People``, ``人名``), and a few other words people type for it
(``person``, ``人物``). ``parse_label`` accepts any of them, case-insensitively,
so a user can type on the command line what they see in the app.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import ENTITY_LABELS


@dataclass(frozen=True)
class LabelWords:
    code: str
    english: str  # what the English interface shows (reader/ui/palette.py label_name)
    chinese: str  # what the Chinese interface shows (its translation of ``english``)
    synonyms: tuple[str, ...] = ()


LABELS: dict[str, LabelWords] = {
    "PER": LabelWords("PER", "People", "人名", ("person", "persons", "name", "names", "人物", "人")),
    "LOC": LabelWords("LOC", "Places", "地名", ("place", "location", "locations", "地点", "地方")),
    "ORG": LabelWords(
        "ORG", "Organisations", "机构",
        ("organisation", "organization", "organizations", "org", "orgs", "组织", "单位"),
    ),  # fmt: skip
    "TIME": LabelWords("TIME", "Times", "时间", ("time", "date", "dates", "日期")),
    "NUM": LabelWords("NUM", "Numbers", "数量", ("number", "quantity", "quantities", "数字", "数目")),
    "WORK": LabelWords("WORK", "Titles", "作品", ("title", "work", "works", "书名", "标题")),
}

assert tuple(LABELS) == ENTITY_LABELS


class UnknownLabelError(ValueError):
    """A label that names no entity type; the message lists the valid ones."""


def _key(word: str) -> str:
    return word.strip().casefold()


_BY_WORD: dict[str, str] = {}
for _code, _words in LABELS.items():
    for _word in (_code, _words.english, _words.chinese, *_words.synonyms):
        _BY_WORD.setdefault(_key(_word), _code)


def valid_labels_text() -> str:
    """The accepted names, one type after another: 'PER (People, 人名, person, …), LOC …'."""
    return "; ".join(
        f"{w.code} ({', '.join((w.english, w.chinese, *w.synonyms))})" for w in LABELS.values()
    )


def parse_label(word: str) -> str:
    """The code (PER, LOC, …) for a code or a word of either language; UnknownLabelError otherwise."""
    code = _BY_WORD.get(_key(word))
    if code is None:
        raise UnknownLabelError(f"unknown entity type {word!r}; use one of: {valid_labels_text()}")
    return code
