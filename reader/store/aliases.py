"""Entity aliases: variants merged into a canonical entity, and entities given another type.

Owns ``entity_aliases``: a row says the entity recognised (or marked) as
(label, text) counts as (to_label, to_text). Rules never chain: merging into
a name that is itself a variant merges into its canonical name, and a
canonical name merged away takes its variants along. ``entity_counts`` is
kept per canonical entity, so the entity index, its filters, the charts and
the concordance all see one entity with every variant's articles.

Each change is one transaction and returns what the affected rows were
before (an AliasChange), which undo() puts back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.store.db import Db, guarded
from reader.store.entities import EFFECTIVE_ENTITY
from reader.store.errors import InvalidInputError

Key = tuple[str, str]  # (label, text)

# The canonical (label, text) of an entity row ``e`` (LEFT JOIN entity_aliases al ON ...).
ALIAS_JOIN = "LEFT JOIN entity_aliases al ON al.label = e.label AND al.text = e.text"
CANONICAL_LABEL = "COALESCE(al.to_label, e.label)"
CANONICAL_TEXT = "COALESCE(al.to_text, e.text)"

# The (label, text) pairs that count as the canonical entity (?, ?): itself
# unless it is merged away, and its variants. Parameters: label, text, label, text, label, text.
VARIANTS_SQL = (
    "SELECT ? AS label, ? AS text WHERE NOT EXISTS (SELECT 1 FROM entity_aliases x WHERE x.label = ? AND x.text = ?) "
    "UNION ALL SELECT label, text FROM entity_aliases WHERE to_label = ? AND to_text = ?"
)


def variants_params(label: str, text: str) -> list[str]:
    return [label, text, label, text, label, text]


@dataclass(frozen=True, slots=True)
class AliasRecord:
    label: str
    text: str
    to_label: str
    to_text: str


@dataclass(frozen=True, slots=True)
class AliasChange:
    """The alias rows of ``keys`` before a change (a key absent from ``before`` had none)."""

    keys: tuple[Key, ...]
    before: tuple[AliasRecord, ...]


@guarded
class Aliases:
    def __init__(self, db: Db) -> None:
        self.db = db

    # -- reading ---------------------------------------------------------------------
    def all(self) -> list[AliasRecord]:
        rows = self.db.execute("SELECT label, text, to_label, to_text FROM entity_aliases ORDER BY to_label, to_text, text")
        return [AliasRecord(*r) for r in rows]

    def canonical(self, label: str, text: str) -> Key:
        """What (label, text) counts as."""
        row = self.db.one("SELECT to_label, to_text FROM entity_aliases WHERE label = ? AND text = ?", (label, text))
        return (row[0], row[1]) if row else (label, text)

    def variants(self, label: str, text: str) -> list[Key]:
        """The recognised (label, text) pairs that count as this entity (its canonical form first)."""
        label, text = self.canonical(label, text)
        rows = self.db.execute(VARIANTS_SQL, variants_params(label, text)).fetchall()
        return [(r[0], r[1]) for r in rows]

    # -- changing ---------------------------------------------------------------------
    def merge(self, label: str, texts: Iterable[str], into: str) -> AliasChange:
        """Count the entities ``texts`` of type ``label`` as ``into`` (of the type ``into`` counts as)."""
        into = (into or "").strip()
        if not into:
            raise InvalidInputError("A merge needs the name to merge into.")
        with self.db.write():
            target = self.canonical(label, into)
            sources = [(label, t) for t in dict.fromkeys(texts) if t and (label, t) != target]
            return self._retarget(sources, target)

    def merge_many(self, label: str, merges: Iterable[tuple[str, str]]) -> AliasChange:
        """Several (variant, canonical) merges of one type as one action (accepted suggestions); one undo."""
        with self.db.write():
            keys: dict[Key, None] = {}
            before: dict[Key, AliasRecord] = {}
            for variant, into in merges:
                target = self.canonical(label, into)
                if (label, variant) == target:
                    continue
                change = self._retarget([(label, variant)], target)
                for key in change.keys:
                    if key not in keys:
                        keys[key] = None
                        match = [r for r in change.before if (r.label, r.text) == key]
                        if match:
                            before[key] = match[0]
            return AliasChange(tuple(keys), tuple(before.values()))

    def change_type(self, label: str, text: str, new_label: str) -> AliasChange:
        """The entity (label, text) — and every variant of it — counts under ``new_label`` from now on."""
        with self.db.write():
            current = self.canonical(label, text)
            if new_label == current[0]:
                return AliasChange((), ())
            return self._retarget([current], (new_label, current[1]))

    def remove(self, label: str, text: str) -> AliasChange:
        """(label, text) counts as itself again."""
        with self.db.write():
            before = self._rows([(label, text)])
            self.db.execute("DELETE FROM entity_aliases WHERE label = ? AND text = ?", (label, text))
            self._recount({(label, text)} | {(r.to_label, r.to_text) for r in before})
            return AliasChange(((label, text),), tuple(before))

    def separate(self, label: str, text: str) -> AliasChange:
        """Every variant (and earlier type) of the entity (label, text) counts as itself again."""
        with self.db.write():
            sources = [
                (r[0], r[1])
                for r in self.db.execute(
                    "SELECT label, text FROM entity_aliases WHERE to_label = ? AND to_text = ?", (label, text)
                ).fetchall()
            ]
            before = self._rows(sources)
            self.db.executemany("DELETE FROM entity_aliases WHERE label = ? AND text = ?", [list(k) for k in sources])
            self._recount(set(sources) | {(label, text)})
            return AliasChange(tuple(sources), tuple(before))

    def undo(self, change: AliasChange) -> None:
        """Put the rows of ``change.keys`` back as they were."""
        with self.db.write():
            now = self._rows(change.keys)
            affected = set(change.keys) | {(r.to_label, r.to_text) for r in now + list(change.before)}
            self.db.executemany(
                "DELETE FROM entity_aliases WHERE label = ? AND text = ?", [list(k) for k in change.keys]
            )
            self.db.executemany(
                "INSERT INTO entity_aliases(label, text, to_label, to_text, created) VALUES (?, ?, ?, ?, ?)",
                [(r.label, r.text, r.to_label, r.to_text, self.db.now()) for r in change.before],
            )
            self._recount(affected)

    # -- inside a transaction -------------------------------------------------------------
    def _rows(self, keys: Iterable[Key]) -> list[AliasRecord]:
        out = []
        for label, text in keys:
            row = self.db.one(
                "SELECT label, text, to_label, to_text FROM entity_aliases WHERE label = ? AND text = ?", (label, text)
            )
            if row:
                out.append(AliasRecord(*row))
        return out

    def _retarget(self, sources: Sequence[Key], target: Key) -> AliasChange:
        """Make every source, and every variant already pointing at a source, count as ``target``."""
        keys: dict[Key, None] = dict.fromkeys(sources)
        for label, text in sources:
            for row in self.db.execute(
                "SELECT label, text FROM entity_aliases WHERE to_label = ? AND to_text = ?", (label, text)
            ).fetchall():
                keys.setdefault((row[0], row[1]), None)
        keys.pop(target, None)  # the target counts as itself
        before = self._rows(list(keys) + [target])
        affected = set(keys) | {target} | {(r.to_label, r.to_text) for r in before}
        now = self.db.now()
        # The target may have been a variant itself: it is canonical now.
        self.db.execute("DELETE FROM entity_aliases WHERE label = ? AND text = ?", target)
        for label, text in keys:
            self.db.execute("DELETE FROM entity_aliases WHERE label = ? AND text = ?", (label, text))
            self.db.execute(
                "INSERT INTO entity_aliases(label, text, to_label, to_text, created) VALUES (?, ?, ?, ?, ?)",
                (label, text, target[0], target[1], now),
            )
        self._recount(affected)
        return AliasChange(tuple(keys) + (target,), tuple(before))

    def _recount(self, canonical_keys: Iterable[Key]) -> None:
        """entity_counts of these entities, counted again from their variants' rows."""
        for label, text in set(canonical_keys):
            count = self.db.one(
                f"SELECT count(DISTINCT e.article_id) FROM entities e JOIN ({VARIANTS_SQL}) v "
                f"ON e.label = v.label AND e.text = v.text WHERE {EFFECTIVE_ENTITY}",
                variants_params(label, text),
            )[0]
            if count:
                self.db.execute(
                    "INSERT INTO entity_counts(label, text, articles) VALUES (?, ?, ?) "
                    "ON CONFLICT(label, text) DO UPDATE SET articles = excluded.articles",
                    (label, text, count),
                )
            else:
                self.db.execute("DELETE FROM entity_counts WHERE label = ? AND text = ?", (label, text))
