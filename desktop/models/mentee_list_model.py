"""The Mentees list: every mentee in memory (thousands are a few hundred kilobytes), sorted in
Python in one go and filtered by the ids the services' search found.

Sorting happens here rather than in a QSortFilterProxyModel: a proxy would call back into Python
for every comparison (tens of thousands at 5 000 mentees), while one `sorted()` with the services'
own order (the one `mentordesk mentees --sort` prints) takes a few milliseconds.
"""

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
    intro_decision_text,
    local_now_text,
    stage_text,
    when_text,
)
from desktop.models.roles import IdRole, RecordRole
from services.mentees import sorted_rows
from services.plaintext import one_line
from services.records import MenteeRow


class Column(IntEnum):
    NAME = 0
    LOCAL = 1
    STAGE = 2
    BUNDLE = 3
    LEFT = 4
    LAST = 5
    NEXT = 6
    HELD = 7
    INTRO = 8


HEADERS = (QT_TRANSLATE_NOOP("MenteeListModel", "Mentee"),
           QT_TRANSLATE_NOOP("MenteeListModel", "Local time"),
           QT_TRANSLATE_NOOP("MenteeListModel", "Stage"),
           QT_TRANSLATE_NOOP("MenteeListModel", "Bundle"),
           QT_TRANSLATE_NOOP("MenteeListModel", "Left"),
           QT_TRANSLATE_NOOP("MenteeListModel", "Last session"),
           QT_TRANSLATE_NOOP("MenteeListModel", "Next session"),
           QT_TRANSLATE_NOOP("MenteeListModel", "Held"),
           QT_TRANSLATE_NOOP("MenteeListModel", "Intro decision"))
# The services' sort key of each column (None: the column does not sort).
COLUMN_SORT = ("name", None, "stage", None, "left", "last", "next", "held", None)
NUMERIC = (Column.LEFT, Column.HELD)
Index = QModelIndex | QPersistentModelIndex
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, IdRole, RecordRole,
          Qt.ItemDataRole.TextAlignmentRole)


class MenteeListModel(QAbstractTableModel):
    def __init__(self, tz: Callable[[], ZoneInfo], now: Callable[[], datetime],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._now = now
        self._all: list[MenteeRow] = []
        self._rows: list[MenteeRow] = []
        self._only: set[str] | None = None
        self._stage: str | None = None
        self._sort = "name"
        self._zone = tz()
        self._at = now()

    # -- loading and filtering -----------------------------------------------------------------

    def set_rows(self, rows: Sequence[MenteeRow]) -> None:
        self._all = list(rows)
        self._apply()

    def update_rows(self, rows: Sequence[MenteeRow]) -> None:
        """Replace the given mentees' lines in place (a change that touched only them)."""
        fresh = {r.id: r for r in rows}
        self._all = [fresh.get(r.id, r) for r in self._all]
        for row, old in enumerate(self._rows):
            if old.id in fresh:
                self._rows[row] = fresh[old.id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1), [])

    def set_only(self, ids: set[str] | None) -> None:
        """Show only these mentees (a search's finds); None shows every one."""
        self._only = ids
        self._apply()

    def set_stage(self, stage: str | None) -> None:
        self._stage = stage
        self._apply()

    def tick(self) -> None:
        """A minute on: local times move."""
        self._at = self._now()
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.LOCAL),
                                  self.index(len(self._rows) - 1, Column.LOCAL), [])

    def _apply(self) -> None:
        self.beginResetModel()
        self._zone, self._at = self._tz(), self._now()
        rows = self._all
        if self._only is not None:
            rows = [r for r in rows if r.id in self._only]
        if self._stage is not None:
            rows = [r for r in rows if r.stage == self._stage]
        self._rows = sorted_rows(rows, self._sort)
        self.endResetModel()

    def row_of(self, mentee_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == mentee_id), -1)

    def record(self, row: int) -> MenteeRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def total(self) -> int:
        return len(self._all)

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(HEADERS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_SORT) or COLUMN_SORT[column] is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._sort = ("-" if descending else "") + COLUMN_SORT[column]
        old = self._rows
        self._rows = sorted_rows(self._rows, self._sort)
        moved = {r.id: i for i, r in enumerate(self._rows)}
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < len(old):
                row = moved[old[index.row()].id]
                self.changePersistentIndex(index, self.index(row, index.column()))
        self.layoutChanged.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        r = self.record(index.row())
        if r is None:
            return None
        column = Column(index.column())
        if role == IdRole:
            return r.id
        if role == RecordRole:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) \
                if column in NUMERIC else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, column)
        return self._display(r, column)

    def _display(self, r: MenteeRow, column: Column) -> str:
        if column == Column.NAME:
            return one_line(r.name)
        if column == Column.LOCAL:
            return local_now_text(self._at, r.timezone)
        if column == Column.STAGE:
            return self.tr("%1 (set)").replace("%1", stage_text(r.stage)) if r.stage_chosen \
                else stage_text(r.stage)
        if column == Column.BUNDLE:
            return one_line(r.bundle_id or "")
        if column == Column.LEFT:
            return "" if r.sessions_left is None else str(r.sessions_left)
        if column == Column.LAST:
            return when_text(r.last_session, self._zone) if r.last_session else ""
        if column == Column.NEXT:
            return when_text(r.next_session, self._zone) if r.next_session else ""
        if column == Column.HELD:
            return str(r.sessions_held)
        return intro_decision_text(r.intro_decision)

    def _tooltip(self, r: MenteeRow, column: Column) -> str | None:
        if column == Column.NAME:
            return escaped(f"{one_line(r.name)} <{one_line(r.email)}>")
        if column == Column.STAGE:
            return self.tr("Set by you; the sessions suggest %1").replace(
                "%1", stage_text(r.stage_suggested)) if r.stage_chosen \
                else self.tr("As the sessions suggest")
        return None
