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

from reader.identity.bands import LineReading, read_line
from reader.identity.citation import english, gbt7714, quote_with_citation
from reader.identity.combine import Conflict, combine, origin_words, same_value
from reader.identity.display import page_label, page_line
from reader.identity.names import read_path
from reader.identity.newspapers import known as known_newspapers
from reader.identity.pageband import Bands, find_bands, read_bands
from reader.identity.template import NameTemplate, TemplateError
from reader.identity.values import EDITABLE, clean_value, page_number

__all__ = [
    "EDITABLE", "Bands", "Conflict", "LineReading", "NameTemplate", "TemplateError", "combine", "english", "find_bands",
    "clean_value", "gbt7714", "known_newspapers", "page_number", "origin_words", "quote_with_citation", "read_bands", "read_line", "read_path",
    "same_value",
]
