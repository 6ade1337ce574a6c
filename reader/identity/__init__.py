"""A page's identity: newspaper, date, page, section, editors, issue and CN serial.

Pure functions over text; no Qt, no store.

Reading the page:
    read_bands(header_lines, footer_lines) -> (PageMeta, list[MetaProblem])
        For a reader that knows where the bands are (the PDF reader, from
        geometry).  Values have origin "header"; see pageband.read_bands.
    find_bands(raw_lines) -> Bands
        For a text page: finds the header and footer band lines and reads them.
    read_line(text, position="header") -> LineReading
        One band line's pieces (for tests and tools).

Reading the path:
    read_path(path, template=None) -> (PageMeta, list[MetaProblem])      origin "filename"
    NameTemplate(text), TemplateError                                    the template language: template.py

Values typed by a person (import options, set-meta, the properties dialog):
    clean_value(field, text) -> stored value or None; ValueError saying why     values.py

Combining and citing:
    combine(*metas) -> (PageMeta, list[Conflict])     precedence user > import > header > filename > pdf
    gbt7714(title, byline, meta, subtitle=None), english(...), quote_with_citation(passage, citation, style)
    page_line(date, newspaper, page, section=None) -> «2023-03-07 · 内蒙古法制报 · 第3版 · 综合新闻»
"""

# combine() shares its name with its module, so it is imported at once (a lazy
# name would be shadowed by the submodule once that is imported).
from reader.identity.combine import ISSUE_FIELDS, Conflict, combine, origin_words, same_value, shared_value  # noqa: E402

# The rest is loaded when first used: reading dates and bands compiles many patterns and
# reads the newspaper list, which a command that does not read a page (the
# command line's `list`) need not pay for.
_LAZY = {
    "Bands": ("pageband", "Bands"),
    "EDITABLE": ("values", "EDITABLE"),
    "LineReading": ("bands", "LineReading"),
    "NameTemplate": ("template", "NameTemplate"),
    "TemplateError": ("template", "TemplateError"),
    "clean_value": ("values", "clean_value"),
    "english": ("citation", "english"),
    "find_bands": ("pageband", "find_bands"),
    "gbt7714": ("citation", "gbt7714"),
    "known_newspapers": ("newspapers", "known"),
    "page_label": ("display", "page_label"),
    "page_line": ("display", "page_line"),
    "page_number": ("values", "page_number"),
    "quote_with_citation": ("citation", "quote_with_citation"),
    "read_bands": ("pageband", "read_bands"),
    "read_line": ("bands", "read_line"),
    "read_path": ("names", "read_path"),
}

__all__ = [
    "EDITABLE", "Bands", "Conflict", "LineReading", "NameTemplate", "TemplateError", "combine", "english", "find_bands",
    "clean_value", "gbt7714", "known_newspapers", "page_label", "page_line", "page_number", "origin_words",
    "quote_with_citation", "read_bands", "read_line", "read_path", "same_value", "ISSUE_FIELDS", "shared_value",
]


def __getattr__(name: str):
    found = _LAZY.get(name)
    if found is None:
        raise AttributeError(f"module 'reader.identity' has no attribute {name!r}")
    import importlib

    module, attribute = found
    return getattr(importlib.import_module(f"reader.identity.{module}"), attribute)
