"""User templates for file and folder names: ``{newspaper}/{date:%Y%m%d}/{page}.txt``.

The language, precisely:

- A template is matched against the *end* of a file's path: as many path
  components as the template has, separated by ``/`` (on every system).
  Folders above them do not matter.
- ``{field}`` captures the text of one component or part of one (never a
  ``/``).  Fields: ``newspaper``, ``date``, ``page``, ``section``, ``issue``;
  each at most once.  ``{date:FORMAT}`` reads the date with strftime-like
  codes: ``%Y`` four-digit year, ``%y`` two-digit year (20yy), ``%m``
  month and ``%d`` day (one or two digits, so ``%m`` reads «3» and «03»),
  ``%%`` a percent sign; any other character in FORMAT is literal.  A bare
  ``{date}`` accepts every built-in date form (20230307, 2023-03-07,
  2023年3月7日, 二〇二三年三月七日 …).
- ``*`` matches any text within one component (possibly none).
- Every other character is literal; ``{{`` and ``}}`` are literal braces.
- When the template's last component has no ``.`` the file's extension is
  ignored (``{page}`` matches «03.txt»); otherwise the extension must match.

A template that breaks these rules raises TemplateError with the reason.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from reader.identity.text import fold

FIELDS = ("newspaper", "date", "page", "section", "issue")
# What a bare {date} accepts: the built-in forms of names.py.
_ANY_DATE = (
    r"\d{8}|\d{4}[-_.]\d{1,2}[-_.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日"
    r"|[〇零○O一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)
_DATE_CODES = {"Y": r"(?P<Y>\d{4})", "y": r"(?P<y>\d{2})", "m": r"(?P<m>\d{1,2})", "d": r"(?P<d>\d{1,2})"}


class TemplateError(ValueError):
    """A name template that cannot be used; the message says why."""


class NameTemplate:
    def __init__(self, template: str):
        if not template or not template.strip("/"):
            raise TemplateError("the name template is empty")
        self.template = template
        components = template.strip("/").split("/")
        self.depth = len(components)
        self.keep_extension = "." in _literal_text(components[-1])
        self.date_codes: set[str] = set()
        self.fields: list[str] = []
        self.date_format: str | None = None
        self.pattern = re.compile("/".join(self._component(c) for c in components))
        if not self.fields:
            raise TemplateError(f"the name template {template!r} has no field ({', '.join('{' + f + '}' for f in FIELDS)})")

    def _component(self, text: str) -> str:
        out: list[str] = []
        index = 0
        while index < len(text):
            ch = text[index]
            if text.startswith("{{", index) or text.startswith("}}", index):
                out.append(re.escape(ch))
                index += 2
            elif ch == "{":
                close = text.find("}", index)
                if close < 0:
                    raise TemplateError(f"the name template {self.template!r} has an unclosed «{{»")
                out.append(self._field(text[index + 1 : close]))
                index = close + 1
            elif ch == "}":
                raise TemplateError(f"the name template {self.template!r} has a «}}» without its «{{» (write «}}}}» for a brace)")
            elif ch == "*":
                out.append("[^/]*?")
                index += 1
            else:
                out.append(re.escape(ch))
                index += 1
        return "".join(out)

    def _field(self, spec: str) -> str:
        name, _, fmt = spec.partition(":")
        name = name.strip()
        if name not in FIELDS:
            raise TemplateError(f"the name template {self.template!r} has an unknown field {{{name}}}; fields are {', '.join(FIELDS)}")
        if name in self.fields:
            raise TemplateError(f"the name template {self.template!r} uses {{{name}}} twice")
        self.fields.append(name)
        if name != "date":
            if fmt:
                raise TemplateError(f"only {{date}} takes a format, not {{{name}:{fmt}}}")
            return f"(?P<{name}>[^/]+?)"
        if not fmt:
            return f"(?P<date>{_ANY_DATE})"
        self.date_format = fmt
        return self._date_regex(fmt)

    def _date_regex(self, fmt: str) -> str:
        out: list[str] = []
        index = 0
        while index < len(fmt):
            ch = fmt[index]
            if ch != "%":
                out.append(re.escape(ch))
                index += 1
                continue
            code = fmt[index + 1 : index + 2]
            if code == "%":
                out.append("%")
            elif code in _DATE_CODES:
                if code in self.date_codes:
                    raise TemplateError(f"the date format {fmt!r} uses %{code} twice")
                self.date_codes.add(code)
                out.append(_DATE_CODES[code])
            else:
                raise TemplateError(f"the date format {fmt!r} has an unknown code %{code}; codes are %Y %y %m %d %%")
            index += 2
        if not ({"Y", "y"} & self.date_codes and {"m", "d"} <= self.date_codes):
            raise TemplateError(f"the date format {fmt!r} needs a year (%Y or %y), a month (%m) and a day (%d)")
        return "".join(out)

    def match(self, path: str | PurePath) -> dict[str, str] | None:
        """The raw text of each field for this path, or None when the path does not fit."""
        parts = PurePath(path).parts
        if len(parts) < self.depth:
            return None
        tail = list(parts[-self.depth :])
        if not self.keep_extension:
            tail[-1] = strip_extension(tail[-1])
        found = self.pattern.fullmatch(fold("/".join(tail)))
        if found is None:
            return None
        values = {name: found[name] for name in self.fields if name != "date" or not self.date_format}
        if self.date_format:
            year = found["Y"] if "Y" in self.date_codes else "20" + found["y"]
            values["date"] = f"{year}-{found['m']}-{found['d']}"
        return values


def _literal_text(component: str) -> str:
    """The component without its fields, to see whether it spells an extension."""
    return re.sub(r"\{[^{}]*\}", "", component.replace("{{", "").replace("}}", ""))


_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,5}$")


def strip_extension(name: str) -> str:
    """«03.txt» → «03»; «2023.03.07» keeps its dots (no letters after the last one)."""
    match = _EXTENSION.search(name)
    return name[: match.start()] if match and match.start() > 0 else name
