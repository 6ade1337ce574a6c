"""How a page's identity is written in one line: «2023-03-07 · 内蒙古法制报 · 第3版 · 综合新闻»."""

from __future__ import annotations


def page_label(page: str | None) -> str | None:
    """«3» → «第3版», as the paper prints it; «A09» → «第A09版»."""
    return f"第{page}版" if page else None


def page_line(date: str | None, newspaper: str | None, page: str | None, section: str | None = None) -> str:
    """The parts there are, joined by « · » (an empty string when the page has no identity)."""
    return " · ".join(p for p in (date, newspaper, page_label(page), section) if p)
