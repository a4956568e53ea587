"""Item models of the availability page: weekly windows, days off, and the free-slot preview."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.formatting import clock_text, day_text, type_text, weekday_text
from desktop.models.roles import IdRole, RecordRole
from services.plaintext import one_line
from services.records import KINDS, DayOffRecord, Slot, WindowRecord
from services.timefmt import hhmm

Index = QModelIndex | QPersistentModelIndex
Display = Qt.ItemDataRole.DisplayRole


class WindowColumn(IntEnum):
    KIND = 0
    WEEKDAY = 1
    FROM = 2
    TO = 3


WINDOW_HEADERS = (QT_TRANSLATE_NOOP("WindowsTableModel", "Type"),
                  QT_TRANSLATE_NOOP("WindowsTableModel", "Day"),
                  QT_TRANSLATE_NOOP("WindowsTableModel", "From"),
                  QT_TRANSLATE_NOOP("WindowsTableModel", "To"))


class WindowsTableModel(QAbstractTableModel):
    """The weekly availability windows, intro and paid, in the order the service gives them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[WindowRecord] = []

    def set_records(self, records: Sequence[WindowRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> WindowRecord:
        return self._records[row]

    def records(self) -> list[WindowRecord]:
        return list(self._records)

    def row_of(self, window_id: int) -> int:
        return next((i for i, r in enumerate(self._records) if r.id == window_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(WindowColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Display) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Display \
                and 0 <= section < len(WINDOW_HEADERS):
            return self.tr(WINDOW_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = WindowColumn(index.column())
        if role == Display:
            if column == WindowColumn.KIND:
                return type_text(record.kind)
            if column == WindowColumn.WEEKDAY:
                return weekday_text(record.weekday)
            return hhmm(record.start_minute if column == WindowColumn.FROM else record.end_minute)
        if role == IdRole:
            return record.id
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{type_text(record.kind)} {record.label()}"
        return None


class DaysOffModel(QAbstractListModel):
    """Days off, one a row: 'Fri 13 Mar 2026 — Conference'."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[DayOffRecord] = []

    def set_records(self, records: Sequence[DayOffRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> DayOffRecord:
        return self._records[row]

    def records(self) -> list[DayOffRecord]:
        return list(self._records)

    def row_of(self, day: date) -> int:
        return next((i for i, r in enumerate(self._records) if r.day == day), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in (Display, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{day_text(record.day)} {record.day.year}"
            return f"{text} — {one_line(record.note)}" if record.note else text
        if role == IdRole:
            return record.day.isoformat()
        if role == RecordRole:
            return record
        return None


@dataclass(frozen=True)
class PreviewDay:
    day: date
    day_off: str | None
    starts: dict[str, tuple[str, ...]]


def preview_days(first_day: date, days: int, slots: Sequence[Slot],
                 days_off: Sequence[DayOffRecord], tz: ZoneInfo) -> list[PreviewDay]:
    """The slots' start times (wall clock in `tz`) grouped by day and kind, a row per day."""
    starts: dict[tuple[date, str], list[str]] = {}
    for slot in sorted(slots, key=lambda s: s.start):
        local = slot.start.astimezone(tz)
        starts.setdefault((local.date(), slot.kind), []).append(clock_text(local))
    off = {d.day: d.note for d in days_off}
    rows = []
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        rows.append(PreviewDay(day=day, day_off=off.get(day),
                               starts={k: tuple(starts.get((day, k), ())) for k in KINDS}))
    return rows


class PreviewColumn(IntEnum):
    DAY = 0
    INTRO = 1
    PAID = 2


PREVIEW_HEADERS = (QT_TRANSLATE_NOOP("SlotPreviewModel", "Day"),
                   QT_TRANSLATE_NOOP("SlotPreviewModel", "Intro slots"),
                   QT_TRANSLATE_NOOP("SlotPreviewModel", "Paid slots"))
PREVIEW_KINDS = {PreviewColumn.INTRO: "intro", PreviewColumn.PAID: "paid"}


class SlotPreviewModel(QAbstractTableModel):
    """The free slots the availability leaves, a row per day: 'Mon 2 Mar | 09:00, 09:20, …'."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewDay] = []

    def set_days(self, rows: Sequence[PreviewDay]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def days(self) -> list[PreviewDay]:
        return list(self._rows)

    def total(self, kind: str) -> int:
        return sum(len(r.starts.get(kind, ())) for r in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(PreviewColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Display) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Display \
                and 0 <= section < len(PREVIEW_HEADERS):
            return self.tr(PREVIEW_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Display) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = PreviewColumn(index.column())
        if role in (Display, Qt.ItemDataRole.AccessibleTextRole):
            if column == PreviewColumn.DAY:
                return day_text(row.day)
            if row.day_off is not None:
                return self.tr("Day off") + (f": {one_line(row.day_off)}" if row.day_off else "")
            times = row.starts[PREVIEW_KINDS[column]]
            return ", ".join(times) if times else "—"
        if role == IdRole:
            return row.day.isoformat()
        return None
