"""From the pieces of a page's band lines to one PageMeta (origin "header") and its problems.

The first value printed wins (the header comes before the footer); a later
line that prints a different value for the same field is reported, not
used.  A weekday that does not fall on the printed date is reported and
the date kept: the weekday is the likelier misprint (or misread).
"""

from __future__ import annotations

from reader.identity import dates
from reader.identity.bands import LineReading
from reader.identity.newspapers import known
from reader.identity.serials import region_of_cn
from reader.model import MetaProblem, PageMeta

ORIGIN = "header"


def _problem(kind: str, field: str, text: str, message: str, line_no: int | None) -> MetaProblem:
    return MetaProblem(kind, field, text, message, line_no)


class _Values:
    def __init__(self) -> None:
        self.values: dict[str, object] = {}
        self.printed: dict[str, str] = {}
        self.problems: list[MetaProblem] = []

    def offer(self, field: str, value: object, printed: str, line_no: int | None) -> None:
        if field not in self.values:
            self.values[field] = value
            self.printed[field] = printed
        elif self.values[field] != value:
            self.problems.append(
                _problem(
                    "two_values", field, printed,
                    f"the page prints {field} «{printed}» as well as «{self.printed[field]}»; the first is kept",
                    line_no,
                )
            )


def assemble(readings: list[tuple[int | None, LineReading]]) -> tuple[PageMeta, list[MetaProblem]]:
    """One PageMeta from band lines in print order (header lines first); ``int`` is the page line or None."""
    out = _Values()
    editors: list[tuple[str, str]] = []
    issues: list[str] = []
    names: list[tuple[str, int | None]] = []
    for line_no, reading in readings:
        text = reading.text
        weekday = next((p for p in reading.pieces if p.kind == "weekday"), None)
        for piece in reading.pieces:
            printed = text[piece.start : piece.end].strip()
            if piece.kind == "date":
                found: dates.DateMatch = piece.value
                if found.iso is None:
                    kind = found.problem or "impossible_date"
                    out.problems.append(_problem(kind, "date", printed, f"«{printed}» is not a date: {found.reason}; kept as text", line_no))
                    continue
                if weekday is not None and weekday.value != dates.weekday_of(found.iso):
                    actual = dates.WEEKDAY_NAMES[dates.weekday_of(found.iso)]
                    shown = text[weekday.start : weekday.end].strip()
                    out.problems.append(
                        _problem("weekday_mismatch", "date", f"{printed} {shown}",
                                 f"{found.iso} is a 星期{actual}, not «{shown}»; the date is kept", line_no)
                    )
                out.offer("date", found.iso, printed, line_no)
            elif piece.kind == "page":
                label, number = piece.value
                out.offer("page", label, printed, line_no)
                if out.values["page"] == label:
                    out.values.setdefault("page_number", number)
            elif piece.kind == "editors":
                editors.extend(pair for pair in piece.value if pair not in editors)
            elif piece.kind == "issue" and piece.value:
                if piece.value not in issues:
                    issues.append(piece.value)
            elif piece.kind == "cn":
                out.offer("cn", piece.value, printed, line_no)
            elif piece.kind == "newspaper":
                names.append((piece.value, line_no))
        if reading.section:
            out.offer("section", reading.section, reading.section, line_no)
        elif len(reading.sections) > 1 and "section" not in out.values:
            shown = " / ".join(reading.sections)
            out.problems.append(_problem("ambiguous", "section", shown, f"cannot tell which of «{shown}» is the section; none is taken", line_no))
    _newspaper(out, names)
    values = dict(out.values)
    if editors:
        values["editors"] = tuple(editors)
    if issues:
        # 第1234期 before 总第5678期, as papers print them.
        values["issue"] = " ".join(sorted(issues, key=lambda i: i.startswith("总")))
    origins = {field: ORIGIN for field, value in values.items() if value not in (None, ())}
    meta = PageMeta(**{k: v for k, v in values.items() if k in origins}, origins=origins)
    return meta, out.problems


def _newspaper(out: _Values, names: list[tuple[str, int | None]]) -> None:
    region = region_of_cn(out.values.get("cn"))
    papers = known()
    for printed, line_no in names:
        resolved = papers.resolve(printed, region)
        if resolved.name is None and len(resolved.candidates) > 1:
            out.problems.append(
                _problem("ambiguous", "newspaper", printed,
                         f"«{printed}» may be any of {', '.join(resolved.candidates)}; kept as printed", line_no)
            )
        out.offer("newspaper", resolved.name or printed, printed, line_no)
