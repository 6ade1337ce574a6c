"""View ▸ Agreement Between Coders…: two coders, and per tag how far they agree.

The figures come from reader/analysis (computed on a worker: a large library
takes a moment); the table only shows them. Everything in it is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

COLUMNS = 9


def _figure(value: float | None, digits: int) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


class AgreementDialog(QDialog):
    computed = Signal(object)  # AgreementReport (tests wait on it)

    def __init__(self, coders: list[str], current: str, start_job, parent: QWidget | None = None) -> None:
        """``start_job(coder_a, coder_b, on_done)`` computes the report off the GUI thread."""
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self._start_job = start_job
        self.coder_a, self.coder_b = QComboBox(self), QComboBox(self)
        for combo in (self.coder_a, self.coder_b):
            combo.addItems(coders)
        if current in coders:
            self.coder_a.setCurrentText(current)
        others = [c for c in coders if c != self.coder_a.currentText()]
        if others:
            self.coder_b.setCurrentText(others[0])
        self.compute_button = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("agreementTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        choose = QHBoxLayout()
        self._label_a, self._label_b = QLabel(self), QLabel(self)
        for widget in (self._label_a, self.coder_a, self._label_b, self.coder_b, self.compute_button):
            choose.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.compute_button.clicked.connect(self.compute)
        self.retranslate()
        self.resize(820, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agreement Between Coders"))
        self._label_a.setText(self.tr("Coder A:"))
        self._label_b.setText(self.tr("Coder B:"))
        self.compute_button.setText(self.tr("Compute"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Tag"), self.tr("Measured on"), self.tr("Both"), self.tr("Only A"), self.tr("Only B"),
            self.tr("Neither"), self.tr("% agreement"), self.tr("κ / α"), self.tr("Note"),
        ])  # fmt: skip

    def compute(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        if not a or not b:
            return
        self.compute_button.setEnabled(False)
        self.summary.setText(self.tr("Computing…"))
        self._start_job(a, b, self._show)

    def _show(self, report, error) -> None:
        self.compute_button.setEnabled(True)
        if error:
            self.summary.setText(str(error))
            return
        self.table.setRowCount(0)
        if report.note:
            self.summary.setText(self.tr("%1 and %2: %3").replace("%1", report.coder_a)
                                 .replace("%2", report.coder_b).replace("%3", report.note))  # fmt: skip
        else:
            self.summary.setText(
                self.tr("%1 and %2 both coded %3 article(s). Articles: Cohen's κ on tag present / absent; "
                        "passages: Krippendorff's α over characters.")
                .replace("%1", report.coder_a).replace("%2", report.coder_b).replace("%3", str(report.shared_articles))
            )  # fmt: skip
        for r in report.articles:
            self._row(r.tag, self.tr("articles"), r.both, r.only_a, r.only_b, r.neither,
                      _figure(r.percent_agreement, 1), _figure(r.kappa, 3), r.note)  # fmt: skip
        for p in report.passages:
            self._row(p.tag, self.tr("characters"), p.both, p.only_a, p.only_b, p.neither, "",
                      _figure(p.alpha, 3), p.note)  # fmt: skip
        self.table.resizeColumnsToContents()
        self.computed.emit(report)

    def _row(self, *values) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
