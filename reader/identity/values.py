"""Values a person types or passes (import options, set-meta, the properties dialog), checked and normalised.

A value that cannot be stored raises ValueError with a message that names
it and says what is expected; an empty value is None (no value).
"""

from __future__ import annotations

import re

from reader.identity import dates, pagelabels
from reader.identity.text import fold
from reader.model import EDITABLE_META_FIELDS

# The fields a person sets; editors, issue and CN are only read from pages.
EDITABLE = EDITABLE_META_FIELDS
MAX_TEXT = 100


def clean_date(text: str) -> str | None:
    """ISO YYYY-MM-DD from any full date form (2023-03-07, 2023.3.7, 2023年3月7日, 20230307 …)."""
    folded = fold(text.strip())
    if not folded:
        return None
    compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", folded)
    if compact:
        iso, reason = dates.make_date(*map(int, compact.groups()))
    else:
        found = dates.find_dates(folded)
        if len(found) != 1 or (found[0].start, found[0].end) != (0, len(folded)):
            raise ValueError(f"«{text.strip()}» is not a date; write it as YYYY-MM-DD, e.g. 2023-03-07")
        iso, reason = found[0].iso, found[0].reason
    if iso is None:
        raise ValueError(f"«{text.strip()}» is not a date: {reason}")
    return iso


def clean_page(text: str) -> str | None:
    """A page label: «3», «03», «第3版», «第三版», «A09», «- 3 -» → «3» or «A09»."""
    folded = re.sub(r"\s+", "", fold(text.strip()))
    if not folded:
        return None
    for pattern in (pagelabels.ORDINAL_RE, pagelabels.SUFFIXED_RE, pagelabels.DASHED_RE):
        match = pattern.fullmatch(folded)
        if match:
            folded = match["label"]
            break
    label = pagelabels.normalise_label(folded)
    if label is None:
        raise ValueError(f"«{text.strip()}» is not a page label; write a number or a letter and a number, e.g. 3 or A09")
    return label[0]


def clean_text(field: str, text: str) -> str | None:
    value = re.sub(r"\s+", " ", text.strip())
    if len(value) > MAX_TEXT:
        raise ValueError(f"the {field} «{value[:20]}…» is longer than {MAX_TEXT} characters")
    return value or None


def clean_value(field: str, text: str | None) -> str | None:
    """The stored form of a value typed for ``field``; ValueError when it cannot be one."""
    if field not in EDITABLE:
        raise ValueError(f"{field} cannot be set; the fields are {', '.join(EDITABLE)}")
    if text is None:
        return None
    if field == "date":
        return clean_date(text)
    if field == "page":
        return clean_page(text)
    return clean_text(field, text)


def page_number(label: str | None) -> int | None:
    """The page number of a stored label («3» → 3, «A09» → None)."""
    if not label:
        return None
    read = pagelabels.normalise_label(label)
    return read[1] if read else None
