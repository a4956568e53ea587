"""Earnings, one currency at a time: the last twelve months as a chart and a table (held
sessions, gross, commission, net, and what waits on unconfirmed sessions), every priced bundle's
value, use and refund, and the year's CSV for taxes and invoices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.models.earnings_model import BundleEarningsModel, MonthEarningsModel
from desktop.views.earnings_chart import EarningsChart
from desktop.views.feedback import InlineNotice, attempt
from desktop.views.session_table import plain_table
from services.earnings import percent
from services.plaintext import one_line


class EarningsView(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self.currency = QComboBox()
        self.currency.setAccessibleName(self.tr("Currency"))
        self.rate = QLabel()
        self.rate.setWordWrap(True)
        self.rate.setProperty("role", "hint")
        self.chart = EarningsChart()
        self.months_model = MonthEarningsModel(self)
        self.months = plain_table(self.months_model, self.tr("Earnings per month"))
        self.bundles_model = BundleEarningsModel(self)
        self.bundles = plain_table(self.bundles_model, self.tr("Earnings per bundle"))
        for table in (self.months, self.bundles):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode
                                                          .ResizeToContents)
            table.horizontalHeader().setStretchLastSection(False)
        self.year = QSpinBox()
        self.year.setRange(2000, 2999)
        self.year.setAccessibleName(self.tr("Year"))
        self.export = QPushButton(self.tr("Export year as CSV…"))
        self.notice = InlineNotice()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Currency")))
        top.addWidget(self.currency)
        top.addSpacing(12)
        top.addWidget(self.rate, 1)
        top.addWidget(self.year)
        top.addWidget(self.export)
        months_title = QLabel(self.tr("The last twelve months"))
        months_title.setProperty("role", "heading")
        bundles_title = QLabel(self.tr("Bundles"))
        bundles_title.setProperty("role", "heading")
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(months_title)
        row = QHBoxLayout()
        row.addWidget(self.chart, 4)
        row.addWidget(self.months, 7)
        upper_layout.addLayout(row, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(bundles_title)
        lower_layout.addWidget(self.bundles, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([330, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.notice)

        self.currency.currentIndexChanged.connect(self._on_currency_current_index_changed)
        self.export.clicked.connect(self._on_export_clicked)

    def refresh(self) -> None:
        self.stale = False
        service = self.ctx.services.earnings
        self._months = service.last_twelve_months()
        self._bundles = service.bundles()
        currencies = sorted({m.currency for m in self._months}
                            | {b.currency for b in self._bundles})
        chosen = self.currency.currentData()
        self.currency.blockSignals(True)
        self.currency.clear()
        for code in currencies:
            self.currency.addItem(one_line(code), code)
        found = self.currency.findData(chosen)
        self.currency.setCurrentIndex(found if found >= 0 else 0)
        self.currency.blockSignals(False)
        self.currency.setEnabled(bool(currencies))
        self.rate.setText(self.tr("Commission now %1 % of your share (Settings); every session keeps "
                             "the rate it was counted at.")
                          .replace("%1", percent(service.commission_rate())))
        self.year.setValue(self.ctx.now().astimezone(self.ctx.tz()).year)
        self._show_currency()

    def _show_currency(self) -> None:
        code = self.currency.currentData() or ""
        months = [m for m in self._months if m.currency == code]
        self.chart.set_months(months, code)
        self.months_model.set_records(list(reversed(months)))
        self.bundles_model.set_records([b for b in self._bundles if b.currency == code])

    def _on_currency_current_index_changed(self, _index: int) -> None:
        self._show_currency()

    def _on_export_clicked(self) -> None:
        year = self.year.value()
        folder = self.ctx.settings.folder("export")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export sessions and earnings"),
            str(Path(folder) / f"mentordesk-{year}.csv"), self.tr("CSV (*.csv)"))
        if path:
            self.export_csv(year, Path(path))

    def export_csv(self, year: int, path: Path) -> None:
        self.ctx.settings.set_folder("export", str(path.parent))
        count = attempt(self, lambda: self.ctx.services.earnings.export_csv(year, path),
                        self.notice)
        if count is not None:
            self.notice.show_info(self.tr("Sessions of %1 written to %2: %n.", "", count)
                                  .replace("%1", str(year)).replace("%2", one_line(str(path))))
