"""A table model over one session's history of actions (accepted, cancelled, confirmed, ...)."""

from __future__ import annotations

from collections.abc import Sequence
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
from PySide6.QtGui import QFont

from desktop.formatting import escaped, outcome_text, reason_line, when_text
from desktop.models.roles import IdRole, RecordRole
from services.records import OUTBOX_ACTIONS, ActionRecord


class Column(IntEnum):
    WHEN = 0
    ACTION = 1
    DETAILS = 2
    STATE = 3


HEADERS = (QT_TRANSLATE_NOOP("ActionHistoryModel", "When"),
           QT_TRANSLATE_NOOP("ActionHistoryModel", "Action"),
           QT_TRANSLATE_NOOP("ActionHistoryModel", "Details"),
           QT_TRANSLATE_NOOP("ActionHistoryModel", "Outbox"))
ACTION_TEXT = {"accept": QT_TRANSLATE_NOOP("ActionHistoryModel", "Accepted"),
               "reject": QT_TRANSLATE_NOOP("ActionHistoryModel", "Rejected"),
               "cancel": QT_TRANSLATE_NOOP("ActionHistoryModel", "Cancelled"),
               "confirm": QT_TRANSLATE_NOOP("ActionHistoryModel", "Confirmed"),
               "request": QT_TRANSLATE_NOOP("ActionHistoryModel", "Request entered"),
               "book": QT_TRANSLATE_NOOP("ActionHistoryModel", "Booked")}
Index = QModelIndex | QPersistentModelIndex


def action_text(action: str) -> str:
    return ActionHistoryModel.tr(ACTION_TEXT[action]) if action in ACTION_TEXT else action


def details_text(a: ActionRecord) -> str:
    if a.action == "confirm":
        return outcome_text(a.outcome, a.decision)
    return reason_line(a.reason)


def state_text(a: ActionRecord, tz: ZoneInfo) -> str:
    """Whether the platform has heard of it: undone, sent (when), or waiting for the outbox."""
    if a.undone:
        return ActionHistoryModel.tr("Undone")
    if a.sent_at is not None:
        return ActionHistoryModel.tr("Sent %1").replace("%1", when_text(a.sent_at, tz))
    if a.action in OUTBOX_ACTIONS:
        return ActionHistoryModel.tr("Not yet sent")
    return ""


class ActionHistoryModel(QAbstractTableModel):
    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._actions: list[ActionRecord] = []

    def set_actions(self, actions: Sequence[ActionRecord]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        action = self._actions[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.WHEN:
                return when_text(action.at, self._tz)
            if column == Column.ACTION:
                return action_text(action.action)
            if column == Column.DETAILS:
                return details_text(action)
            return state_text(action, self._tz)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DETAILS and action.reason:
            return escaped(action.reason)
        if role == IdRole:
            return action.id
        if role == RecordRole:
            return action
        if role == Qt.ItemDataRole.FontRole and action.undone:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
