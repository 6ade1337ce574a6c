"""A neutral, in-memory REFI-QDA project: what a `.qdpx` holds, without XML or zip.

Only the parts of the standard that text coding needs are modelled: users, the
code book (nested codes with colours), variables, text sources with their
selections, codings, variable values and note references, and notes. GUIDs
are kept as strings in their canonical lower-case form (a GUID read from a
file is normalised on reading, so `{ABC…}` and `abc…` are the same thing).

Positions (``PlainTextSelection.start`` / ``end``) are code-point indices into
``TextSource.text``, end exclusive; see README, "REFI-QDA projects".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Literal, Union

NAMESPACE = "urn:QDA-XML:project:1.0"

VariableType = Literal["Text", "Boolean", "Integer", "Float", "Date", "DateTime"]
VARIABLE_TYPES: tuple[str, ...] = ("Text", "Boolean", "Integer", "Float", "Date", "DateTime")
VariableValueData = Union[str, bool, int, Decimal, date, datetime]


@dataclass(slots=True)
class User:
    guid: str
    name: str


@dataclass(slots=True)
class Code:
    guid: str
    name: str
    color: str | None = None  # "#rrggbb" (a "#rgb" read from a file is expanded)
    codable: bool = True
    description: str | None = None
    children: list[Code] = field(default_factory=list)

    def walk(self):
        """This code and every code nested under it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(slots=True)
class Variable:
    guid: str
    name: str
    type: VariableType
    description: str | None = None


@dataclass(slots=True)
class VariableValue:
    variable: str  # the Variable's guid
    value: VariableValueData


@dataclass(slots=True)
class Coding:
    guid: str
    code: str  # the Code's guid
    creating_user: str | None = None  # a User's guid
    created: datetime | None = None
    note_refs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Selection:
    """A PlainTextSelection: [start, end) in code points of its source's text."""

    guid: str
    start: int
    end: int
    name: str | None = None
    description: str | None = None
    creating_user: str | None = None
    created: datetime | None = None
    modified: datetime | None = None
    codings: list[Coding] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TextSource:
    guid: str
    name: str
    text: str
    description: str | None = None
    creating_user: str | None = None
    created: datetime | None = None
    modified: datetime | None = None
    selections: list[Selection] = field(default_factory=list)
    codings: list[Coding] = field(default_factory=list)  # codings of the source as a whole
    note_refs: list[str] = field(default_factory=list)
    variable_values: list[VariableValue] = field(default_factory=list)


@dataclass(slots=True)
class Note:
    guid: str
    text: str
    name: str | None = None
    creating_user: str | None = None
    created: datetime | None = None
    modified: datetime | None = None


@dataclass(slots=True)
class Project:
    name: str
    origin: str | None = None
    creating_user: str | None = None
    created: datetime | None = None
    description: str | None = None
    users: list[User] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)  # the top level of the code book
    variables: list[Variable] = field(default_factory=list)
    sources: list[TextSource] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)  # notes on the project as a whole

    def all_codes(self):
        for code in self.codes:
            yield from code.walk()


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something in a `.qdpx` that reader does not take, and why (for the import report)."""

    kind: str  # the element's name, e.g. "PictureSource"
    guid: str | None
    name: str | None
    reason: str


@dataclass(slots=True)
class ReadResult:
    project: Project
    skipped: list[Skipped] = field(default_factory=list)
