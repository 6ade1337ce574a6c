"""The sidebar's order and its page filters: date range (with year and month quick choices), newspaper, section, page.

Emits ``changed``; the sidebar combines ``filters()`` with its search, tag
and entity filters in one query. The lists of newspapers, sections and pages
are read when a list is opened, not at start-up (a large library has
thousands of pages).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.identity import clean_value, page_label
from reader.store.errors import LibraryError
from reader.ui.lazy_combo import FilterComboBox, LazyComboBox


def _last_day(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


class DateRangeDialog(QDialog):
    """From and to, each any full date form (2023-03-07, 2023年3月7日) or empty for open-ended."""

    def __init__(self, date_from: str | None, date_to: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateRangeDialog")
        self.setWindowTitle(self.tr("Dates"))
        self.from_edit = QLineEdit(date_from or "", self)
        self.from_edit.setObjectName("dateFrom")
        self.to_edit = QLineEdit(date_to or "", self)
        self.to_edit.setObjectName("dateTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD, or empty"))
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.from_edit)
        form.addRow(self.tr("To"), self.to_edit)
        form.addRow(self.error)
        form.addRow(buttons)
        self.range: tuple[str | None, str | None] = (date_from, date_to)

    def accept(self) -> None:
        try:
            start = clean_value("date", self.from_edit.text())
            end = clean_value("date", self.to_edit.text())
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        if start and end and start > end:
            start, end = end, start
        self.range = (start, end)
        super().accept()


class IdentityFilters(QWidget):
    changed = Signal()

    def __init__(self, library_getter: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library_getter
        self._date_from: str | None = None
        self._date_to: str | None = None

        self.sort_box = FilterComboBox(self)
        self.sort_box.setObjectName("sortOrder")
        for value in ("", "date", "-date", "newspaper", "page", "title"):
            self.sort_box.addItem("", value)
        # A push button with a menu leaves room for its arrow; a tool button's arrow covers the text.
        self.date_button = QPushButton(self)
        self.date_button.setObjectName("dateFilter")
        self.date_menu = QMenu(self.date_button)
        self.date_menu.setObjectName("dateFilterMenu")
        self.date_menu.aboutToShow.connect(self._fill_date_menu)
        self.date_button.setMenu(self.date_menu)
        self.newspaper_filter = LazyComboBox(lambda: self._fill(self.newspaper_filter, "newspaper"), self)
        self.newspaper_filter.setObjectName("newspaperFilter")
        self.section_filter = LazyComboBox(lambda: self._fill(self.section_filter, "section"), self)
        self.section_filter.setObjectName("sectionFilter")
        self.page_filter = LazyComboBox(lambda: self._fill(self.page_filter, "page"), self)
        self.page_filter.setObjectName("pageFilter")
        for combo in (self.sort_box, self.newspaper_filter, self.section_filter, self.page_filter):
            combo.currentIndexChanged.connect(self.changed)

        # Rows of their own rather than a grid, at most two boxes and a button to a row: each box
        # is as wide as its «all» item, and in a grid «All newspapers» would widen the sort box's
        # column too, while three «all» boxes in one row would keep the sidebar too wide for the
        # page view and a comfortable reading column on a laptop screen.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        for widgets in ((self.sort_box, self.date_button), (self.newspaper_filter, self.section_filter), (self.page_filter,)):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget, 2 if widget is self.sort_box else 1)
            rows.addLayout(row)
        self.retranslate()
        self.reload()

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = (
            self.tr("Page order"), self.tr("Date, oldest first"), self.tr("Date, newest first"),
            self.tr("Newspaper"), self.tr("Page"), self.tr("Title"),
        )  # fmt: skip
        for index, text in enumerate(texts):
            self.sort_box.setItemText(index, text)
        self.sort_box.setToolTip(self.tr("Order of the list"))
        self.date_button.setToolTip(self.tr("Show only pages of these dates"))
        self.newspaper_filter.setToolTip(self.tr("Show only this newspaper"))
        self.section_filter.setToolTip(self.tr("Show only this section"))
        self.page_filter.setToolTip(self.tr("Show only this page"))
        self._update_date_text()

    def _all_text(self, field: str) -> str:
        return {"newspaper": self.tr("All newspapers"), "section": self.tr("All sections"), "page": self.tr("Any page")}[field]

    # -- state --------------------------------------------------------------------------
    def filters(self) -> dict:
        """Keyword arguments for Library.search.article_ids."""
        return {
            "newspaper": self.newspaper_filter.currentData(),
            "section": self.section_filter.currentData(),
            "page": self.page_filter.currentData(),
            "date_from": self._date_from,
            "date_to": self._date_to,
            "sort": self.sort_box.currentData() or "",
        }

    def date_range(self) -> tuple[str | None, str | None]:
        return self._date_from, self._date_to

    def set_date_range(self, date_from: str | None, date_to: str | None) -> None:
        if (date_from, date_to) == (self._date_from, self._date_to):
            return
        self._date_from, self._date_to = date_from, date_to
        self._update_date_text()
        self.changed.emit()

    def set_sort(self, sort: str) -> None:
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(sort)))

    def choose(self, field: str, value: str | None) -> None:
        """Pick a value in a filter list (tests, and a future «filter by this page» action)."""
        combo = {"newspaper": self.newspaper_filter, "section": self.section_filter, "page": self.page_filter}[field]
        combo.ensure_filled()
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def reload(self) -> None:
        """Another library: no filter, lists read again when opened."""
        for combo, field in ((self.newspaper_filter, "newspaper"), (self.section_filter, "section"), (self.page_filter, "page")):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self._all_text(field), None)
            combo.blockSignals(False)
            combo.invalidate()
        self._date_from = self._date_to = None
        self._update_date_text()

    def invalidate(self) -> None:
        """Pages' values changed: the lists are read again when next opened."""
        for combo in (self.newspaper_filter, self.section_filter, self.page_filter):
            combo.invalidate()

    # -- lists ---------------------------------------------------------------------------
    def _fill(self, combo: QComboBox, field: str) -> None:
        try:
            values = self._library().identity.values(field)
        except LibraryError:
            values = []
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self._all_text(field), None)
        for value, pages in values:
            shown = page_label(value) if field == "page" else value
            combo.addItem(self.tr("%1 (%2)").replace("%1", shown).replace("%2", str(pages)), value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if combo.currentData() != current:
            self.changed.emit()  # the chosen value is gone

    def _fill_date_menu(self) -> None:
        menu = self.date_menu
        menu.clear()
        menu.addAction(self.tr("Any date"), lambda: self.set_date_range(None, None))
        menu.addAction(self.tr("Choose dates…"), self.choose_dates)
        try:
            years = self._library().identity.years()
        except LibraryError:
            years = []
        if years:
            menu.addSeparator()
        for year, pages in reversed(years):  # the most recent first
            sub = menu.addMenu(self.tr("%1 (%2)").replace("%1", str(year)).replace("%2", str(pages)))
            sub.setObjectName(f"year{year}")
            sub.aboutToShow.connect(lambda y=year, m=sub: self._fill_year_menu(m, y))
            sub.addAction("")  # a placeholder, so the submenu arrow shows before it is filled

    def _fill_year_menu(self, menu: QMenu, year: int) -> None:
        menu.clear()
        menu.addAction(self.tr("All of %1").replace("%1", str(year)), lambda: self.choose_year(year))
        menu.addSeparator()
        try:
            months = self._library().identity.months(year)
        except LibraryError:
            months = []
        for month, pages in months:
            text = self.tr("%1 (%2)").replace("%1", f"{year}-{month:02d}").replace("%2", str(pages))
            menu.addAction(text, lambda m=month: self.choose_month(year, m))

    def choose_year(self, year: int) -> None:
        self.set_date_range(f"{year:04d}-01-01", f"{year:04d}-12-31")

    def choose_month(self, year: int, month: int) -> None:
        self.set_date_range(f"{year:04d}-{month:02d}-01", _last_day(year, month))

    def choose_dates(self) -> DateRangeDialog:
        dialog = DateRangeDialog(self._date_from, self._date_to, self)
        dialog.accepted.connect(lambda: self.set_date_range(*dialog.range))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _update_date_text(self) -> None:
        start, end = self._date_from, self._date_to
        if not start and not end:
            text = self.tr("Any date")
        elif start and end and start[:4] == end[:4] and start[5:] == "01-01" and end[5:] == "12-31":
            text = start[:4]
        elif start and end and start[:7] == end[:7] and start[8:] == "01" and end == _last_day(int(end[:4]), int(end[5:7])):
            text = start[:7]
        else:
            text = f"{start or '…'} – {end or '…'}"
        self.date_button.setText(text)
