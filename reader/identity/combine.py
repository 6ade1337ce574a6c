"""Combining a page's identity from several sources by origin.

Precedence, strongest first (reader.model.ORIGINS): set by the user, given
at import, read from the page header, read from the file name, read from
the headers of the other pages of its file, from the PDF metadata.  For each field the strongest source that has it wins; a weaker
source that has a different value is a Conflict (the header and the file
name disagree: the header wins and the conflict is reported).  A source
that lists a field in its origins with no value cleared it on purpose (a
user emptying a field): it wins and reports nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.identity.newspapers import known
from reader.model import META_FIELDS, ORIGINS, PageMeta

_COMBINED = tuple(f for f in META_FIELDS if f != "page_number")  # page_number travels with page
_ORIGIN_WORDS = {
    "user": "set by you",
    "import": "given at import",
    "header": "the page header",
    "filename": "the file name",
    "issue": "the issue's other pages",
    "pdf": "the PDF metadata",
}


@dataclass(frozen=True, slots=True)
class Conflict:
    field: str
    kept: object
    kept_origin: str
    overridden: object
    overridden_origin: str

    def message(self) -> str:
        return (
            f"{self.field}: {_ORIGIN_WORDS.get(self.kept_origin, self.kept_origin)} says «{_show(self.kept)}», "
            f"{_ORIGIN_WORDS.get(self.overridden_origin, self.overridden_origin)} says «{_show(self.overridden)}»; "
            f"«{_show(self.kept)}» is kept"
        )


# What an issue's pages have in common: one paper, one day, one number.
ISSUE_FIELDS: tuple[str, ...] = ("newspaper", "date", "issue", "cn")


def shared_value(field: str, values: list[object]) -> object | None:
    """The value the headers of an issue's pages agree on, for its pages that do not say it;
    None when none says it or two disagree (a file that binds pages of two papers, or of two
    days, shares nothing). Of a paper's names the fullest (内蒙古法制报 over 法制报)."""
    said = list(dict.fromkeys(v for v in values if v not in (None, ())))
    if not said:
        return None
    if any(not same_value(field, a, b) for k, a in enumerate(said) for b in said[k + 1 :]):
        return None
    return max(said, key=lambda v: (len(str(v)), values.count(v)))


def origin_words(origin: str) -> str:
    """How the app and the CLI name an origin: «the page header», «set by you»."""
    return _ORIGIN_WORDS.get(origin, origin)


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return "、".join(f"{role}：{name}" for role, name in value)
    return str(value)


def same_value(field: str, a: object, b: object) -> bool:
    """Equal values, counting a paper's short form as its full name (法制报 and 内蒙古法制报 agree)."""
    if a == b:
        return True
    if field != "newspaper" or not isinstance(a, str) or not isinstance(b, str):
        return False
    papers = known()
    for short, full in ((a, b), (b, a)):
        paper = papers.papers.get(full)
        if paper is not None and short in paper.short_forms:
            return True
    return False


def _rank(meta: PageMeta, field: str) -> int:
    origin = meta.origins.get(field)
    return ORIGINS.index(origin) if origin in ORIGINS else len(ORIGINS)


def combine(*metas: PageMeta) -> tuple[PageMeta, list[Conflict]]:
    """One PageMeta from several, each field from its strongest origin; and the disagreements."""
    values: dict[str, object] = {}
    origins: dict[str, str] = {}
    conflicts: list[Conflict] = []
    for field in _COMBINED:
        having = sorted((m for m in metas if field in m.origins), key=lambda m: _rank(m, field))
        if not having:
            continue
        winner = having[0]
        value = getattr(winner, field)
        origins[field] = winner.origins[field]
        if value in (None, ()):
            continue  # cleared on purpose
        values[field] = value
        if field == "page":
            values["page_number"] = winner.page_number
            if winner.page_number is not None:
                origins["page_number"] = winner.origins[field]
        for other in having[1:]:
            theirs = getattr(other, field)
            if theirs not in (None, ()) and not same_value(field, value, theirs):
                conflicts.append(Conflict(field, value, winner.origins[field], theirs, other.origins[field]))
    return PageMeta(**values, origins=origins), conflicts
