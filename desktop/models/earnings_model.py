"""Earnings as tables: per month and per bundle, each in one currency (never added together)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.formatting import amount_text, bundle_status_text, date_text, money_text
from desktop.models.roles import IdRole, RecordRole
from services.plaintext import one_line
from services.records import BundleEarnings, MonthEarnings

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class MonthColumn(IntEnum):
    MONTH = 0
    HELD = 1
    GROSS = 2
    COMMISSION = 3
    NET = 4
    WAITING = 5
    WAITING_NET = 6


MONTH_HEADERS = (QT_TRANSLATE_NOOP("EarningsModel", "Month"),
                 QT_TRANSLATE_NOOP("EarningsModel", "Held"),
                 QT_TRANSLATE_NOOP("EarningsModel", "Gross"),
                 QT_TRANSLATE_NOOP("EarningsModel", "Commission"),
                 QT_TRANSLATE_NOOP("EarningsModel", "Net"),
                 QT_TRANSLATE_NOOP("EarningsModel", "Unconfirmed"),
                 QT_TRANSLATE_NOOP("EarningsModel", "Waiting"))


class BundleColumn(IntEnum):
    BUNDLE = 0
    MENTEE = 1
    STATUS = 2
    SESSIONS = 3
    VALUE = 4
    USED = 5
    REMAINING = 6
    REFUNDED = 7
    NET = 8


BUNDLE_HEADERS = (QT_TRANSLATE_NOOP("EarningsModel", "Bundle"),
                  QT_TRANSLATE_NOOP("EarningsModel", "Mentee"),
                  QT_TRANSLATE_NOOP("EarningsModel", "Status"),
                  QT_TRANSLATE_NOOP("EarningsModel", "Sessions used"),
                  QT_TRANSLATE_NOOP("EarningsModel", "Value"),
                  QT_TRANSLATE_NOOP("EarningsModel", "Used"),
                  QT_TRANSLATE_NOOP("EarningsModel", "Remaining"),
                  QT_TRANSLATE_NOOP("EarningsModel", "Refunded"),
                  QT_TRANSLATE_NOOP("EarningsModel", "Net earned"))


class _RecordsModel(QAbstractTableModel):
    """Rows of records with amounts. When every row is in one currency, the headers of the
    amounts name it and the cells hold bare amounts (narrower columns); else each cell names
    its own currency."""

    headers: tuple[str, ...] = ()
    right: tuple[int, ...] = ()
    amounts: tuple[int, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._currency: str | None = None

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        currencies = {r.currency for r in self._records}
        self._currency = currencies.pop() if len(currencies) == 1 else None
        self.endResetModel()

    def _money(self, cents: int, currency: str) -> str:
        return amount_text(cents) if self._currency else money_text(cents, currency)

    def records(self) -> list[Any]:
        return list(self._records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            if self._currency and section in self.amounts:
                return QCoreApplication.translate("EarningsModel", "%1 (%2)", "heading and currency") \
                    .replace("%1", QCoreApplication.translate("EarningsModel", self.headers[section])) \
                    .replace("%2", one_line(self._currency))
            return QCoreApplication.translate("EarningsModel", self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, index.column())
        if role == RecordRole:
            return record
        if role == IdRole:
            return self._id(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return RIGHT
        return None

    def _display(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def _id(self, record: Any) -> str:
        raise NotImplementedError


class MonthEarningsModel(_RecordsModel):
    headers = MONTH_HEADERS
    right = tuple(range(MonthColumn.HELD, len(MonthColumn)))
    amounts = (MonthColumn.GROSS, MonthColumn.COMMISSION, MonthColumn.NET,
               MonthColumn.WAITING_NET)

    def _display(self, m: MonthEarnings, column: int) -> str:
        if column == MonthColumn.MONTH:
            return date_text(m.month, "month")
        if column == MonthColumn.HELD:
            return str(m.sessions)
        if column == MonthColumn.WAITING:
            return str(m.waiting_sessions)
        cents = {MonthColumn.GROSS: m.gross_cents, MonthColumn.COMMISSION: m.commission_cents,
                 MonthColumn.NET: m.net_cents, MonthColumn.WAITING_NET: m.waiting_net_cents}
        return self._money(cents[MonthColumn(column)], m.currency)

    def _id(self, m: MonthEarnings) -> str:
        return f"{m.month:%Y-%m} {m.currency}"


class BundleEarningsModel(_RecordsModel):
    headers = BUNDLE_HEADERS
    right = tuple(range(BundleColumn.SESSIONS, len(BundleColumn)))
    amounts = tuple(range(BundleColumn.VALUE, len(BundleColumn)))

    def _display(self, b: BundleEarnings, column: int) -> str:
        if column == BundleColumn.BUNDLE:
            return one_line(b.bundle_id)
        if column == BundleColumn.MENTEE:
            return one_line(b.mentee_name)
        if column == BundleColumn.STATUS:
            return bundle_status_text(b.status)
        if column == BundleColumn.SESSIONS:
            return QCoreApplication.translate("EarningsModel", "%1 of %2").replace(
                "%1", str(b.sessions_used)) \
                .replace("%2", str(b.sessions_total))
        cents = {BundleColumn.VALUE: b.value_cents, BundleColumn.USED: b.used_cents,
                 BundleColumn.REMAINING: b.remaining_cents,
                 BundleColumn.REFUNDED: b.refunded_cents, BundleColumn.NET: b.net_cents}
        return self._money(cents[BundleColumn(column)], b.currency)

    def _id(self, b: BundleEarnings) -> str:
        return b.bundle_id
