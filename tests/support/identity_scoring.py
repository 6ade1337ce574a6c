"""Page identity against a composed page's truth: per field, exact over pages.

    score_identity(truth_meta, meta, label="") -> IdentityScore

``truth_meta`` is the ``meta`` of a composer truth (what the page prints:
null where it prints nothing); ``meta`` is a PageMeta: what the bands say
(page.meta) or what the import would store (the bands combined with the
file name and the PDF's metadata). A field is right when the two are equal
exactly; a missing value is wrong, and so is a value read from the page
(origin "header") where the page prints none. Where the page prints nothing
and the value came from the file itself (its name, its metadata: the
composer titles each PDF «newspaper date», and an issue's pages are
numbered by position), the truth cannot say what is right: the field is not
scored on that page and is counted in ``filled``. Editors compare as the
ordered list of (role, name) pairs. ``page_number`` follows ``page`` and is
not scored apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.model import PageMeta

# In the order the bench prints them; any other field the truth holds follows.
FIELDS = ("newspaper", "date", "page", "section", "editors", "issue", "cn")
SKIPPED = frozenset({"page_number"})
PAGE_ORIGINS = frozenset({"header"})  # read from the page itself
TARGET = 0.98


@dataclass
class IdentityScore:
    pages: int = 0
    right: dict[str, int] = field(default_factory=dict)
    scored: dict[str, int] = field(default_factory=dict)
    filled: dict[str, int] = field(default_factory=dict)  # not printed; given by the file's name or metadata
    pages_all_right: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: "IdentityScore") -> None:
        self.pages += other.pages
        self.pages_all_right += other.pages_all_right
        for name, n in other.scored.items():
            self.scored[name] = self.scored.get(name, 0) + n
            self.right[name] = self.right.get(name, 0) + other.right.get(name, 0)
        for name, n in other.filled.items():
            self.filled[name] = self.filled.get(name, 0) + n
        self.failures.extend(other.failures)

    def fields(self) -> list[str]:
        known = set(self.scored) | set(self.filled)
        return [f for f in FIELDS if f in known] + sorted(f for f in known if f not in FIELDS)

    def rate(self, name: str) -> float:
        return self.right.get(name, 0) / self.scored[name] if self.scored.get(name) else 1.0

    def figures(self) -> list[tuple[str, float, bool]]:
        """(field, share of pages exactly right, target met) for each field, then all fields of a page together."""
        out = [(name, self.rate(name), self.rate(name) >= TARGET) for name in self.fields()]
        whole = self.pages_all_right / self.pages if self.pages else 1.0
        out.append(("all fields of the page", whole, whole >= TARGET))
        return out


def _value(meta: PageMeta, name: str):
    value = getattr(meta, name, None)
    if name == "editors":
        return [list(pair) for pair in value] if value else None
    return value if value not in ("", ()) else None


def _truth(truth_meta: dict, name: str):
    value = truth_meta.get(name)
    if name == "editors":
        return [list(pair) for pair in value] if value else None
    return value if value not in ("", []) else None


def score_identity(truth_meta: dict, meta: PageMeta, label: str = "") -> IdentityScore:
    score = IdentityScore(pages=1)
    names = [f for f in FIELDS if f in truth_meta] + sorted(f for f in truth_meta if f not in FIELDS and f not in SKIPPED)
    all_right = True
    for name in names:
        got, want = _value(meta, name), _truth(truth_meta, name)
        if want is None and got is not None and meta.origins.get(name) not in PAGE_ORIGINS:
            score.filled[name] = 1
            continue
        right = got == want
        score.scored[name] = 1
        score.right[name] = int(right)
        if not right:
            all_right = False
            origin = meta.origins.get(name, "-")
            score.failures.append(f"{label}: identity {name} {got!r} ({origin}) != {want!r}")
    score.pages_all_right = int(all_right)
    return score
