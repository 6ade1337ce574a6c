"""The statistics window: timelines, facets, top entities, co-occurrence and tag matrices.

Each tab shows a chart and the table behind it, and saves the chart as PNG
and SVG and the table as CSV (the export's CSV rules). The figures are the
store's (reader/store/statistics.py), asked from a QueryWorker so the window
never waits for them; the list's current filters apply unless unticked.
Clicking a bar or a cell asks the main window (``filterRequested``) to show
those articles in the list. The chart module (matplotlib) is imported here,
so only when this window opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader import analysis_tables as tables
from reader.model import ENTITY_LABELS
from reader.store.errors import LibraryError
from reader.store.search import ArticleFilter
from reader.ui.chart_panel import ChartPanel
from reader.ui.charts import BarChart, HeatMap
from reader.ui.palette import label_name
from reader.ui.workers import QueryWorker

HEAT_SIZE = 15  # entities per side of the co-occurrence heat map


def _label_combo(parent: QWidget, with_none: bool = False) -> QComboBox:
    combo = QComboBox(parent)
    if with_none:
        combo.addItem("—", None)
    for label in ENTITY_LABELS:
        combo.addItem(label_name(label), label)
    return combo


class StatisticsView(QDialog):
    # text for the list's chip, ArticleFilter fields; and a query for the search box ("" for none)
    filterRequested = Signal(str, object, str)
    computed = Signal(str)  # a tab's figures arrived and are shown (tests wait on it)

    def __init__(self, library_getter: Callable[[], object], filter_getter: Callable[[], ArticleFilter], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self.setModal(False)
        self._library = library_getter
        self._filter = filter_getter
        self._worker: QueryWorker | None = None
        self._generation = 0
        self._shown: dict[str, object] = {}  # tab -> what its chart shows (for clicks)
        self.resize(980, 720)

        self.use_filters = QCheckBox(self)
        self.use_filters.setObjectName("useListFilters")
        self.use_filters.setChecked(True)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget(self)

        # Timeline and facets.
        self.by = QComboBox(self)
        self.by.setObjectName("timelineBy")
        for key in ("month", "quarter", "year", "newspaper", "section"):
            self.by.addItem(key, key)
        self.measure_kind = QComboBox(self)
        self.measure_kind.setObjectName("measureKind")
        for key in ("", "query", "tag", "entity"):
            self.measure_kind.addItem(key, key)
        self.measure_text = QLineEdit(self)
        self.measure_text.setObjectName("measureText")
        self.per_thousand = QCheckBox(self)
        self.per_thousand.setObjectName("perThousand")
        self.timeline = ChartPanel(BarChart(self), "timeline", self)
        # Top entities.
        self.top_label = _label_combo(self)
        self.top_label.setObjectName("topLabel")
        self.top_limit = QSpinBox(self)
        self.top_limit.setRange(5, 200)
        self.top_limit.setValue(15)
        self.entities = ChartPanel(BarChart(self, horizontal=True), "entities", self)
        # Co-occurrence.
        self.pair_label = _label_combo(self)
        self.pair_label.setObjectName("pairLabel")
        self.pair_with = _label_combo(self, with_none=True)
        self.pair_with.setObjectName("pairWith")
        self.pair_top = QSpinBox(self)
        self.pair_top.setRange(2, 500)
        self.pair_top.setValue(50)
        self.pair_measure = QComboBox(self)
        self.pair_measure.setObjectName("pairMeasure")
        for key in ("count", "pmi", "dice"):
            self.pair_measure.addItem(key, key)
        self.pairs = ChartPanel(HeatMap(self), "cooccurrence", self)
        # Tags.
        self.tags_by = QComboBox(self)
        self.tags_by.setObjectName("tagsBy")
        for key in ("newspaper", "section", "year", "tag"):
            self.tags_by.addItem(key, key)
        self.tag_panel = ChartPanel(HeatMap(self), "tags", self)

        def tab(panel: ChartPanel, *controls: QWidget) -> QWidget:
            page = QWidget(self)
            row = QHBoxLayout()
            for control in controls:
                row.addWidget(control)
            row.addStretch(1)
            layout = QVBoxLayout(page)
            layout.addLayout(row)
            layout.addWidget(panel, 1)
            return page

        self.tabs.addTab(tab(self.timeline, self.by, self.measure_kind, self.measure_text, self.per_thousand), "")
        self.tabs.addTab(tab(self.entities, self.top_label, self.top_limit), "")
        self.tabs.addTab(tab(self.pairs, self.pair_label, self.pair_with, self.pair_top, self.pair_measure), "")
        self.tabs.addTab(tab(self.tag_panel, self.tags_by), "")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("statisticsRefresh")
        top = QHBoxLayout()
        top.addWidget(self.use_filters)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

        for combo in (self.by, self.measure_kind, self.top_label, self.pair_label, self.pair_with, self.pair_measure, self.tags_by):
            combo.currentIndexChanged.connect(self.refresh)
        for spin in (self.top_limit, self.pair_top):
            spin.editingFinished.connect(self.refresh)
        self.per_thousand.toggled.connect(self.refresh)
        self.use_filters.toggled.connect(self.refresh)
        self.measure_text.returnPressed.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.tabs.currentChanged.connect(self.refresh)
        self.timeline.chart.barClicked.connect(self._timeline_clicked)
        self.entities.chart.barClicked.connect(self._entity_clicked)
        self.pairs.chart.cellClicked.connect(self._pair_clicked)
        self.tag_panel.chart.cellClicked.connect(self._tag_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statistics and Charts"))
        self.use_filters.setText(self.tr("Only the articles the list shows (its search and filters)"))
        self.refresh_button.setText(self.tr("Refresh"))
        for i, text in enumerate((self.tr("Timeline"), self.tr("Top entities"), self.tr("Co-occurrence"), self.tr("Tags"))):
            self.tabs.setTabText(i, text)
        names = {"month": self.tr("per month"), "quarter": self.tr("per quarter"), "year": self.tr("per year"),
                 "newspaper": self.tr("by newspaper"), "section": self.tr("by section"), "": self.tr("all articles"),
                 "query": self.tr("articles matching a query"), "tag": self.tr("articles coded with a tag"),
                 "entity": self.tr("articles naming an entity (LABEL:TEXT)"), "count": self.tr("articles together"),
                 "pmi": "PMI", "dice": "Dice", "tag_x_tag": self.tr("tag × tag")}  # fmt: skip
        for combo in (self.by, self.measure_kind, self.pair_measure):
            for i in range(combo.count()):
                combo.setItemText(i, names[combo.itemData(i)])
        for i, key in enumerate(("newspaper", "section", "year", "tag")):
            self.tags_by.setItemText(i, self.tr("tags × %1").replace("%1", {"newspaper": self.tr("newspaper"), "section": self.tr("section"), "year": self.tr("year"), "tag": self.tr("tag")}[key]))
        self.measure_text.setPlaceholderText(self.tr("query, tag, or LABEL:TEXT"))
        self.per_thousand.setText(self.tr("per 1,000 articles"))
        for panel in (self.timeline, self.entities, self.pairs, self.tag_panel):
            panel.retranslate()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- asking ----------------------------------------------------------------------------
    def base_filter(self) -> ArticleFilter:
        return self._filter() if self.use_filters.isChecked() else ArticleFilter()

    def measure(self) -> ArticleFilter | None:
        kind, text = self.measure_kind.currentData(), self.measure_text.text().strip()
        if not kind or not text:
            return None
        if kind == "query":
            return ArticleFilter(query=text)
        if kind == "tag":
            return ArticleFilter(coded=(text,))
        label, _sep, name = text.partition(":")
        from reader.labels import parse_label

        try:
            return ArticleFilter(entity=(parse_label(label), name)) if name else None
        except ValueError as error:
            self.show_message(str(error))
            return None

    def current_tab(self) -> str:
        return ("timeline", "entities", "cooccurrence", "tags")[self.tabs.currentIndex()]

    def refresh(self) -> None:
        """Ask for the current tab's figures (answered by ``_apply``)."""
        tab = self.current_tab()
        base = self.base_filter()
        if tab == "timeline":
            call = ("statistics.counts", (self.by.currentData(), base, self.measure()), {})
        elif tab == "entities":
            call = ("statistics.top_entities", (self.top_label.currentData(), base, self.top_limit.value()), {})
        elif tab == "cooccurrence":
            call = ("statistics.cooccurrence", (self.pair_label.currentData(), self.pair_with.currentData(), base),
                    {"top": self.pair_top.value()})  # fmt: skip
        elif self.tags_by.currentData() == "tag":
            call = ("statistics.tag_cooccurrence", (base,), {})
        else:
            call = ("statistics.tag_matrix", (self.tags_by.currentData(), base), {})
        self._generation += 1
        key = (self._generation, tab, call)
        self.show_message(self.tr("Counting…"))
        library = self._library()
        if getattr(library, "path", None) is None:
            try:
                from reader.ui.workers import _resolve

                self._apply(key, _resolve(library, call[0])(*call[1], **call[2]))
            except LibraryError as error:
                self.show_message(str(error))
            return
        if self._worker is not None and self._worker.library_path != Path(library.path):
            self.stop_worker()
        if self._worker is None:
            self._worker = QueryWorker(library.path, latest_only=True)
            self._worker.answered.connect(self._apply)
            self._worker.start()
        self._worker.request(key, call[0], *call[1], **call[2])

    def stop_worker(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker.wait()
            self._worker = None

    def _apply(self, key, result) -> None:
        generation, tab, call = key
        if generation != self._generation:
            return
        self.show_message("")
        getattr(self, f"_show_{tab}")(call, result)
        self.computed.emit(tab)

    # -- showing ---------------------------------------------------------------------------------
    def _show_timeline(self, call, rows) -> None:
        by, _base, measure = call[1]
        measured = measure is not None
        per = measured and self.per_thousand.isChecked()
        missing = self.tr("(none)") if by in ("newspaper", "section") else self.tr("undated")
        keys = [r.key if r.key is not None else missing for r in rows]
        values = [(r.per_thousand if per else r.matching) if measured else r.articles for r in rows]
        name = self.tr("per 1,000 articles") if per else self.tr("articles")
        dated = [r.key for r in rows if r.key is not None]
        span = (dated[0], dated[-1]) if dated else None
        self.timeline.chart.set_data(self.by.currentText(), keys, values, name, span)
        self.timeline.set_table(tables.count_columns(by, measured), list(tables.count_rows(rows, measured)))
        self._shown["timeline"] = (by, [r.key for r in rows], measure)

    def _show_entities(self, call, entries) -> None:
        entries = list(entries)[::-1]  # the most named at the top of a horizontal chart
        self.entities.chart.set_data(label_name(call[1][0]), [e.text for e in entries], [e.articles for e in entries], self.tr("articles"))
        self.entities.set_table(tables.ENTITY_COLUMNS, list(tables.entity_rows(entries[::-1])))
        self._shown["entities"] = [(e.label, e.text) for e in entries]

    def _show_cooccurrence(self, call, pairs) -> None:
        measure = self.pair_measure.currentData()
        value = {"count": lambda p: p.together, "pmi": lambda p: p.pmi, "dice": lambda p: p.dice}[measure]
        ordered = sorted(pairs, key=lambda p: (-value(p), -p.together)) if measure != "count" else list(pairs)
        rows = list(dict.fromkeys(p.a for p in ordered))[:HEAT_SIZE]
        columns = list(dict.fromkeys(p.b for p in ordered if p.a in rows))[:HEAT_SIZE]
        cells = {(p.a, p.b): value(p) for p in ordered}
        grid = [[cells.get((a, b), 0) for b in columns] for a in rows]
        self.pairs.chart.set_data(self.pair_measure.currentText(), [t for _l, t in rows], [t for _l, t in columns], grid)
        self.pairs.set_table(tables.PAIR_COLUMNS, list(tables.pair_rows(ordered)))
        self._shown["cooccurrence"] = (rows, columns)

    def _show_tags(self, call, cells) -> None:
        by = "tag" if call[0] == "statistics.tag_cooccurrence" else call[1][0]
        rows = sorted({c.row for c in cells})
        columns = sorted({c.column for c in cells}, key=lambda v: (v is None, v or ""))
        values = {(c.row, c.column): c.articles for c in cells}
        if by == "tag":  # each pair once in the store; both halves in the picture
            columns = rows
            values.update({(b, a): n for (a, b), n in list(values.items())})
        grid = [[values.get((r, c), 0) for c in columns] for r in rows]
        self.tag_panel.chart.set_data(self.tags_by.currentText(), rows, [c if c is not None else (self.tr("undated") if by == "year" else self.tr("(none)")) for c in columns], grid)
        self.tag_panel.set_table(tables.matrix_columns("tag", by), list(tables.matrix_rows(cells)))
        self._shown["tags"] = (by, rows, columns)

    # -- clicks -------------------------------------------------------------------------------------
    def _ask(self, text: str, fields: dict, measure: ArticleFilter | None = None) -> None:
        query = ""
        if measure is not None:
            if measure.query:
                query = measure.query
            fields = dict(fields)
            if measure.coded:
                fields["coded"] = tuple(fields.get("coded", ())) + tuple(measure.coded)
            if measure.entity is not None:
                fields["entities"] = tuple(fields.get("entities", ())) + (measure.entity,)
        self.filterRequested.emit(text, fields, query)

    def _timeline_clicked(self, index: int) -> None:
        by, keys, measure = self._shown["timeline"]
        key = keys[index]
        if by in ("newspaper", "section"):
            if key is None:
                return
            self._ask(f"{key}", {by: key}, measure)
            return
        if key is None:
            self._ask(self.tr("undated"), {"undated": True}, measure)
        elif by == "quarter":
            year, quarter = key[:4], int(key[-1])
            self._ask(key, {"date_from": f"{year}-{3 * quarter - 2:02d}", "date_to": f"{year}-{3 * quarter:02d}"}, measure)
        else:
            self._ask(key, {"date_from": key, "date_to": key}, measure)

    def _entity_clicked(self, index: int) -> None:
        label, text = self._shown["entities"][index]
        self._ask(f"{label_name(label)}: {text}", {"entities": ((label, text),)})

    def _pair_clicked(self, row: int, column: int) -> None:
        rows, columns = self._shown["cooccurrence"]
        a, b = rows[row], columns[column]
        self._ask(f"{a[1]} + {b[1]}", {"entities": (a, b)})

    def _tag_clicked(self, row: int, column: int) -> None:
        by, rows, columns = self._shown["tags"]
        tag, value = rows[row], columns[column]
        if by == "tag":
            self._ask(f"{tag} + {value}", {"coded": tuple(dict.fromkeys((tag, value)))})
        elif value is None:
            return
        elif by == "year":
            self._ask(f"{tag} · {value}", {"coded": (tag,), "date_from": value, "date_to": value})
        else:
            self._ask(f"{tag} · {value}", {"coded": (tag,), by: value})

    def closeEvent(self, event) -> None:  # noqa: N802
        self.stop_worker()
        super().closeEvent(event)
