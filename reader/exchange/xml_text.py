"""Escaping text and values for project.qde, and reading the values back.

The writer builds XML as strings (a 100,000-article project is written in
seconds that way); these helpers keep that correct. XML 1.0 cannot hold the
C0 control characters other than tab and line ends, nor U+FFFE/U+FFFF or lone
surrogates, even as character references: such a character in a name, note
or description is written as U+FFFD. (Source texts go to their own files
and are never touched.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, datetime, timezone
from decimal import Decimal

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
# Line ends and tabs in an attribute are escaped: a parser turns bare ones into spaces.
_ATTR_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
)


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def text(value: str) -> str:
    """Element content. A CR is written as a reference, or the reader's line-end handling would drop it."""
    return xml_safe(value).translate(_TEXT_ESCAPES)


def attr(value: str) -> str:
    return xml_safe(value).translate(_ATTR_ESCAPES)


@lru_cache(maxsize=8192)  # one export repeats the same times many times (a tag, its coding)
def date_time(value: datetime) -> str:
    """xsd:dateTime: UTC with a "Z" when the time knows its zone, as given when it does not."""
    if value.tzinfo is None:
        return value.isoformat(timespec="seconds")
    if value.utcoffset():
        value = value.astimezone(timezone.utc)
    return value.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def parse_date_time(value: str) -> datetime:
    return datetime.fromisoformat(value.strip())


def value_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return date_time(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def parse_value(kind: str, raw: str) -> object:
    """The Python value of a VariableValue's element ``kind`` (TextValue, DateValue …)."""
    if kind == "TextValue":
        return raw
    raw = raw.strip()
    if kind == "BooleanValue":
        return raw in ("true", "1")
    if kind == "IntegerValue":
        return int(raw)
    if kind == "FloatValue":
        return Decimal(raw)
    if kind == "DateValue":
        # xsd:date may carry a zone ("2019-04-02Z", "2019-04-02+08:00"); the day is what counts.
        return date.fromisoformat(re.sub(r"(Z|[+-]\d\d:\d\d)$", "", raw))
    if kind == "DateTimeValue":
        return parse_date_time(raw)
    raise ValueError(kind)


def guid(value: str) -> str:
    """The canonical form of a GUID read from a file: no braces, lower case."""
    return value.strip().strip("{}").lower()


def color(value: str | None) -> str | None:
    """A colour as "#rrggbb" in lower case ("#abc" is "#aabbcc")."""
    if value is None:
        return None
    value = value.strip().lower()
    if len(value) == 4:
        return "#" + "".join(ch * 2 for ch in value[1:])
    return value
