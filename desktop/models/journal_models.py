"""The journal of one mentee as tables: the notes on their sessions, and their goals with the
indicators under each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.formatting import escaped, type_text, when_text
from desktop.models.roles import IdRole, RecordRole
from services.plaintext import one_line
from services.records import GoalRecord, IndicatorRecord, NoteRecord

Index = QModelIndex | QPersistentModelIndex
# The fraction (0 to 1) of its target an indicator has reached; None on a goal's own row.
ReachedRole = Qt.ItemDataRole.UserRole + 20


NOTE_HEADERS = (QT_TRANSLATE_NOOP("NotesModel", "Notes, newest session first"),)


class NotesModel(QAbstractTableModel):
    """Notes on a mentee's sessions, newest session first, each under its session's time and
    kind; the id is the session's."""

    def __init__(self, tz: Callable[[], ZoneInfo], parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._notes: list[NoteRecord] = []
        self._zone = tz()

    def set_notes(self, notes: Sequence[NoteRecord]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self._zone = self._tz()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(NOTE_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(NOTE_HEADERS)):
            return self.tr(NOTE_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = when_text(note.session_start, self._zone) if note.session_start else ""
            return f"{when} · {type_text(note.session_type or '')}\n{note.text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return note.text
        if role == IdRole:
            return note.session_id
        if role == RecordRole:
            return note
        return None


class GoalColumn(IntEnum):
    WHAT = 0
    PROGRESS = 1


GOAL_HEADERS = (QT_TRANSLATE_NOOP("GoalsModel", "Goal and indicators"),
                QT_TRANSLATE_NOOP("GoalsModel", "Progress"))


class GoalsModel(QAbstractTableModel):
    """A goal's row, then a row per indicator under it. IdRole is ("goal", id) or
    ("indicator", id); RecordRole the GoalRecord or IndicatorRecord."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[GoalRecord, IndicatorRecord | None]] = []

    def set_goals(self, goals: Sequence[GoalRecord]) -> None:
        self.beginResetModel()
        self._rows = [row for goal in goals
                      for row in [(goal, None), *((goal, i) for i in goal.indicators)]]
        self.endResetModel()

    def goal_at(self, row: int) -> GoalRecord | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(GoalColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(GOAL_HEADERS)):
            return self.tr(GOAL_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        goal, indicator = self._rows[index.row()]
        if role == IdRole:
            return ("goal", goal.id) if indicator is None else ("indicator", indicator.id)
        if role == RecordRole:
            return goal if indicator is None else indicator
        if role == ReachedRole:
            return None if indicator is None else indicator.reached
        if role == Qt.ItemDataRole.DisplayRole:
            if indicator is None:
                if index.column() == GoalColumn.PROGRESS:
                    return self.tr("by %1").replace("%1", goal.due.isoformat()) if goal.due else ""
                return one_line(goal.title)
            if index.column() == GoalColumn.WHAT:
                return "    " + one_line(indicator.name)
            return progress_text(indicator)
        if role == Qt.ItemDataRole.FontRole and indicator is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == GoalColumn.WHAT:
            return escaped(one_line(goal.title if indicator is None else indicator.name))
        return None


def progress_text(indicator: IndicatorRecord) -> str:
    """'3 of 10 PRs', or 'not measured yet (target 10 PRs)'."""
    target = f"{indicator.target:g} {indicator.unit}".strip()
    if indicator.current is None:
        return QCoreApplication.translate("GoalsModel", "not measured yet (target %1)").replace("%1", one_line(target))
    return QCoreApplication.translate("GoalsModel", "%1 of %2").replace("%1", f"{indicator.current:g}").replace("%2", one_line(target))
