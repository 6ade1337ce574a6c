"""The main window fixture's first page, for building a second library with the same articles."""

from conftest import PAGE_ARTICLES

from reader.model import Page

PAGE = Page(articles=list(PAGE_ARTICLES))
