"""A page's identity from its file and folder names (origin "filename").

Built-in patterns, looked for in the file's name first and then in its
folders, nearest first (at most ``FOLDERS`` of them; the rest of the path
says where the archive lives, not what the page is):

- dates: 20230307, 2023-03-07, 2023_03_07, 2023.3.7, 2023年3月7日,
  二〇二三年三月七日, and folders 2023/03/07 or 2023/0307;
- pages: 第3版, 03版, p03 / page3, and a number or letter-number at the end
  of a name that also holds a date or a paper («20230307_03», «…-A09»),
  or making up the whole name inside a folder that holds one («2023-03-07/03.txt»);
- the paper: a listed name or short form (resources/identity/newspapers.tsv),
  or a whole folder name of the form of a paper's name (乌兰察布日报).

Runs of 12 or more hexadecimal characters are hashes and are never read.
A user template (template.py) is tried first; the built-in patterns fill
what it leaves.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from reader.identity import dates, pagelabels
from reader.identity.newspapers import known, masthead_form
from reader.identity.template import NameTemplate, strip_extension
from reader.identity.text import HAN, fold
from reader.model import MetaProblem, PageMeta

ORIGIN = "filename"
FOLDERS = 4

_HASH = re.compile(r"(?<![0-9A-Za-z])(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{12,}(?![0-9A-Za-z])")
_COMPACT_DATE = re.compile(r"(?<!\d)(?P<y>(?:18|19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?!\d)")
_SEPARATED_DATE = re.compile(r"(?<!\d)(?P<y>\d{4})(?P<sep>[-_.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
_TRAILING_PAGE = re.compile(r"[_\-\s](?P<label>[A-Za-z]{0,2}\d{1,3})$")
_P_PAGE = re.compile(r"(?<![A-Za-z])(?:[Pp]age|[Pp])[_\-]?(?P<label>\d{1,3})(?!\d)")
_WHOLE_PAGE = re.compile(r"^(?P<label>[A-Za-z]{0,2}\d{1,3})$")
_YEAR, _MONTH, _MMDD = re.compile(r"^\d{4}$"), re.compile(r"^(\d{1,2})月?$"), re.compile(r"^(\d{2})(\d{2})$")
_DAY = re.compile(r"^(\d{1,2})日?(?:$|[_\-\s])")
_HAN_CHAR = re.compile(f"[{HAN}]")


def _components(path: str | PurePath) -> list[str]:
    """The file's name (extension removed) and its nearest folders, folded; nearest first."""
    parts = PurePath(path).parts
    names = [strip_extension(parts[-1])] + list(reversed(parts[-1 - FOLDERS : -1])) if parts else []
    return [_HASH.sub(lambda m: "#" * len(m.group(0)), fold(n)) for n in names]


def _date_in(text: str) -> tuple[str | None, str | None, str]:
    """(ISO date, problem reason, printed) for the first date in one name."""
    for match in _SEPARATED_DATE.finditer(text):
        iso, reason = dates.make_date(int(match["y"]), int(match["m"]), int(match["d"]))
        return iso, reason or None, match.group(0)
    for found in dates.find_dates(text):
        if found.problem != "partial_date":
            return found.iso, found.reason or None, text[found.start : found.end]
    for match in _COMPACT_DATE.finditer(text):
        iso, _ = dates.make_date(int(match["y"]), int(match["m"]), int(match["d"]))
        if iso:  # eight digits that are no date are a serial number, not a misprint
            return iso, None, match.group(0)
    return None, None, ""


def _folder_date(names: list[str]) -> tuple[str | None, str]:
    """2023/03/07 or 2023/0307 as consecutive folders (the day may be the file's name)."""
    top_down = list(reversed(names))
    for i, name in enumerate(top_down):
        if not _YEAR.match(name):
            continue
        rest = top_down[i + 1 : i + 3]
        if len(rest) >= 1 and _MMDD.match(rest[0]):
            m, d = _MMDD.match(rest[0]).groups()
            iso, _ = dates.make_date(int(name), int(m), int(d))
            if iso:
                return iso, f"{name}/{rest[0]}"
        if len(rest) == 2 and _MONTH.match(rest[0]) and _DAY.match(rest[1]):
            iso, _ = dates.make_date(int(name), int(_MONTH.match(rest[0])[1]), int(_DAY.match(rest[1])[1]))
            if iso:
                return iso, f"{name}/{rest[0]}/{rest[1]}"
    return None, ""


def _newspaper_in(text: str, whole_folder: bool) -> str | None:
    papers = known()
    for match in papers.pattern.finditer(text):
        word = match.group(0)
        if word not in papers.papers:
            # A short form must stand apart: 南都 is not in 湖南都市报.
            start, end = match.span()
            if (start and _HAN_CHAR.match(text[start - 1])) or (end < len(text) and _HAN_CHAR.match(text[end])):
                continue
        return word
    if whole_folder and masthead_form(text):
        return text
    return None


def read_path(path: str | PurePath, template: NameTemplate | None = None) -> tuple[PageMeta, list[MetaProblem]]:
    """The identity a page's path gives (origin "filename"), and what could not be read."""
    values: dict[str, object] = {}
    problems: list[MetaProblem] = []
    if template is not None:
        _from_template(path, template, values, problems)
    names = _components(path)
    if "date" not in values:
        _builtin_date(names, values, problems)
    if "newspaper" not in values:
        for index, name in enumerate(names):
            paper = _newspaper_in(name, whole_folder=index > 0)
            if paper:
                values["newspaper"] = _resolve(paper, problems)
                break
    if "page" not in values:
        _builtin_page(names, values)
    return _meta(values), problems


def _builtin_date(names: list[str], values: dict, problems: list[MetaProblem]) -> None:
    for name in names:
        iso, reason, printed = _date_in(name)
        if iso:
            values["date"] = iso
            return
        if reason:
            problems.append(MetaProblem("impossible_date", "date", printed, f"«{printed}» in the file name is not a date: {reason}"))
            return
    iso, _ = _folder_date(names)
    if iso:
        values["date"] = iso


def _builtin_page(names: list[str], values: dict) -> None:
    stem, folders = names[0], names[1:]
    for pattern in (pagelabels.ORDINAL_RE, pagelabels.SUFFIXED_RE, _P_PAGE):
        match = pattern.search(stem)
        if match and _set_page(values, match["label"]):
            return
    stem_has_context = bool(_date_in(stem)[0]) or _newspaper_in(stem, False) is not None
    match = _TRAILING_PAGE.search(stem)
    if match and stem_has_context and _set_page(values, match["label"]):
        return
    folder_has_context = any(_date_in(f)[0] or _newspaper_in(f, True) for f in folders) or _folder_date(names[1:])[0]
    match = _WHOLE_PAGE.match(stem)
    if match and folder_has_context:
        _set_page(values, match["label"])


def _set_page(values: dict, raw: str) -> bool:
    label = pagelabels.normalise_label(raw)
    if label is None:
        return False
    values["page"], values["page_number"] = label
    return True


def _resolve(printed: str, problems: list[MetaProblem]) -> str:
    resolved = known().resolve(printed)
    if resolved.name is None and len(resolved.candidates) > 1:
        problems.append(
            MetaProblem("ambiguous", "newspaper", printed, f"«{printed}» may be any of {', '.join(resolved.candidates)}; kept as written")
        )
    return resolved.name or printed


def _from_template(path, template: NameTemplate, values: dict, problems: list[MetaProblem]) -> None:
    raw = template.match(path)
    if raw is None:
        problems.append(MetaProblem("template_mismatch", "", str(path), f"{path} does not fit the name template {template.template!r}"))
        return
    for field, text in raw.items():
        text = fold(text.strip())
        if field == "date":
            iso, reason, printed = _date_in(text)
            if iso and printed == text:
                values["date"] = iso
            else:
                problems.append(MetaProblem("impossible_date", "date", text, f"«{text}» (the template's {{date}}) is not a date" + (f": {reason}" if reason else "")))
        elif field == "page":
            ordinal = pagelabels.ORDINAL_RE.fullmatch(text) or pagelabels.SUFFIXED_RE.fullmatch(text)
            if not _set_page(values, ordinal["label"] if ordinal else text):
                problems.append(MetaProblem("unreadable", "page", text, f"«{text}» (the template's {{page}}) is not a page label"))
        elif field == "newspaper":
            values["newspaper"] = _resolve(text, problems)
        elif field == "issue":
            digits = re.sub(r"\D", "", text)
            if digits and int(digits):
                values["issue"] = f"第{int(digits)}期"
        elif text:
            values[field] = text


def _meta(values: dict) -> PageMeta:
    origins = {field: ORIGIN for field, value in values.items() if value not in (None, ())}
    return PageMeta(**{k: v for k, v in values.items() if k in origins}, origins=origins)
