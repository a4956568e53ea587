"""Open intro requests: the session list with one more column, the red flags of each, and
each request's review (what Accept would meet) for the details beside the list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.formatting import escaped
from desktop.models.session_list_model import Column, SessionListModel
from desktop.wording import red_flag_text
from services.records import InvitationReview, RedFlag

FLAGS_COLUMN = len(Column)
Index = QModelIndex | QPersistentModelIndex


def flag_count_text(count: int) -> str:
    return InvitationListModel.tr("%n red flags", "", count) if count else ""


class InvitationListModel(SessionListModel):
    def __init__(self, tz: Callable[[], ZoneInfo], now: Callable[[], datetime],
                 parent: Any = None) -> None:
        super().__init__(tz, now, parent=parent)
        self._reviews: dict[str, InvitationReview] = {}
        self._accent: QColor | None = None

    def set_reviews(self, reviews: Sequence[InvitationReview]) -> None:
        """The requests with their reviews in one reset, so no view sees one without the other."""
        self._reviews = {review.record.id: review for review in reviews}
        self.set_records([review.record for review in reviews])

    def review_of(self, session_id: str) -> InvitationReview | None:
        return self._reviews.get(session_id)

    def set_accent(self, color: QColor | None) -> None:
        """The colour the flag count is drawn in (the view picks one that suits the palette)."""
        self._accent = color
        if self.rowCount():
            self.dataChanged.emit(self.index(0, FLAGS_COLUMN),
                                  self.index(self.rowCount() - 1, FLAGS_COLUMN),
                                  [Qt.ItemDataRole.ForegroundRole])

    def flags_of(self, session_id: str) -> list[RedFlag]:
        review = self._reviews.get(session_id)
        return [] if review is None else list(review.red_flags)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if section == FLAGS_COLUMN and orientation == Qt.Orientation.Horizontal:
            return self.tr("Red flags") if role == Qt.ItemDataRole.DisplayRole else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != FLAGS_COLUMN:
            return super().data(index, role)
        if not 0 <= index.row() < self.rowCount():
            return None
        found = self.flags_of(self.record(index.row()).id)
        if role == Qt.ItemDataRole.DisplayRole:
            return flag_count_text(len(found))
        if role == Qt.ItemDataRole.ToolTipRole and found:
            return escaped("\n".join(red_flag_text(f)[0] for f in found))
        if role == Qt.ItemDataRole.ForegroundRole and found and self._accent is not None:
            return self._accent
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return flag_count_text(len(found)) or self.tr("No red flags")
        # The id and the record are the row's, whichever column is asked.
        return super().data(index.siblingAtColumn(0), role) if role > Qt.ItemDataRole.UserRole \
            else None
