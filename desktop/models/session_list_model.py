"""A table model over a short list of session records (upcoming, invitations, to confirm)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.formatting import (
    escaped,
    mentee_local_text,
    overdue_text,
    starts_in_text,
    status_text,
    type_text,
    when_text,
)
from desktop.models.roles import IdRole, RecordRole
from services.plaintext import one_line
from services.records import SessionRecord


class Column(IntEnum):
    WHEN = 0
    RELATIVE = 1
    MENTEE = 2
    MENTEE_LOCAL = 3
    TYPE = 4
    LENGTH = 5
    STATUS = 6


HEADERS = (QT_TRANSLATE_NOOP("SessionListModel", "When"),
           QT_TRANSLATE_NOOP("SessionListModel", "Starts"),
           QT_TRANSLATE_NOOP("SessionListModel", "Mentee"),
           QT_TRANSLATE_NOOP("SessionListModel", "Mentee's time"),
           QT_TRANSLATE_NOOP("SessionListModel", "Type"),
           QT_TRANSLATE_NOOP("SessionListModel", "Length"),
           QT_TRANSLATE_NOOP("SessionListModel", "Status"))
Index = QModelIndex | QPersistentModelIndex


class SessionListModel(QAbstractTableModel):
    def __init__(self, tz: Callable[[], ZoneInfo], now: Callable[[], datetime],
                 relative: str = "starts", parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._now = now
        self._relative = relative  # "starts" (countdown) or "overdue"
        self._records: list[SessionRecord] = []
        self._zone = tz()
        self._at = now()

    # -- loading -------------------------------------------------------------------------------

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._zone = self._tz()
        self._at = self._now()
        self.endResetModel()

    def tick(self) -> None:
        """The clock moved: only the relative column changes."""
        self._at = self._now()
        if self._records:
            self.dataChanged.emit(self.index(0, Column.RELATIVE),
                                  self.index(len(self._records) - 1, Column.RELATIVE),
                                  [Qt.ItemDataRole.DisplayRole])

    def record(self, row: int) -> SessionRecord:
        return self._records[row]

    def records(self) -> list[SessionRecord]:
        return list(self._records)

    def row_of(self, session_id: str) -> int:
        return next((i for i, r in enumerate(self._records) if r.id == session_id), -1)

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            if section == Column.RELATIVE and self._relative == "overdue":
                return self.tr("Ended")
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == IdRole:
            return record.id
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.MENTEE:
            return escaped(f"{one_line(record.mentee_name)} <{one_line(record.mentee_email)}>")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.LENGTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: SessionRecord, column: Column) -> str:
        if column == Column.WHEN:
            return when_text(r.start, self._zone)
        if column == Column.RELATIVE:
            if self._relative == "overdue":
                return overdue_text(r.end, self._at)
            return starts_in_text(r.start, r.end, self._at)
        if column == Column.MENTEE:
            return one_line(r.mentee_name)
        if column == Column.MENTEE_LOCAL:
            return mentee_local_text(r.start, r.mentee_timezone, self._zone)
        if column == Column.TYPE:
            return type_text(r.type)
        if column == Column.LENGTH:
            return self.tr("%1 min").replace("%1", str(r.duration_minutes))
        return status_text(r.status)
