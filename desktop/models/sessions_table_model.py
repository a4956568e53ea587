"""The whole session history as a table that reads from the database one page at a time.

Filtering and sorting happen in the database (SessionQuery), not in a QSortFilterProxyModel: a
proxy needs every row loaded and calls Python for every row on each keystroke (filterAcceptsRow)
and many times per row on each sort (lessThan), which at 100 000 sessions takes seconds. Here the
row count comes from one COUNT, and `data()` asks for the page of rows around what the view
paints, keeping the last few pages in a small cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
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
    outcome_text,
    reason_line,
    status_text,
    type_text,
    when_text,
)
from desktop.models.roles import IdRole, RecordRole
from services.errors import NotFound
from services.plaintext import one_line
from services.records import BundleRecord, SessionRecord
from services.sessions import SessionQuery, SessionService


class Column(IntEnum):
    START = 0
    LENGTH = 1
    MENTEE = 2
    TYPE = 3
    STATUS = 4
    OUTCOME = 5
    BUNDLE = 6
    REASON = 7
    ID = 8


HEADERS = (QT_TRANSLATE_NOOP("SessionsTableModel", "Start"),
           QT_TRANSLATE_NOOP("SessionsTableModel", "Length"),
           QT_TRANSLATE_NOOP("SessionsTableModel", "Mentee"),
           QT_TRANSLATE_NOOP("SessionsTableModel", "Type"),
           QT_TRANSLATE_NOOP("SessionsTableModel", "Status"),
           QT_TRANSLATE_NOOP("SessionsTableModel", "Outcome"),
           QT_TRANSLATE_NOOP("SessionsTableModel", "Bundle"),
           QT_TRANSLATE_NOOP("SessionsTableModel", "Reason"),
           QT_TRANSLATE_NOOP("SessionsTableModel", "ID"))
# The SessionQuery sort key of each column, in Column order.
COLUMN_SORT = ("start", "duration", "mentee", "type", "status", "outcome", "bundle", "reason", "id")
# A page is about two screens of rows: a search keystroke reads one (what the view paints)
# and no more; scrolling reads the next in a few milliseconds.
PAGE_SIZE = 50
CACHED_PAGES = 64
Index = QModelIndex | QPersistentModelIndex


class SessionsTableModel(QAbstractTableModel):
    def __init__(self, sessions: SessionService, tz: Callable[[], ZoneInfo],
                 parent: Any = None, page_size: int = PAGE_SIZE,
                 cached_pages: int = CACHED_PAGES) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._tz = tz
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._query = SessionQuery(sort="-start")
        self._count = 0
        self._pages: OrderedDict[int, list[SessionRecord]] = OrderedDict()
        self._shown: dict[int, tuple[str, ...]] = {}
        # The bundles the tooltips have shown, read one at a time as they are hovered.
        self._bundles: dict[str, BundleRecord | None] = {}
        self._zone = tz()
        self.page_loads = 0  # how many pages were read from the database (tests, benchmarks)
        self._count = sessions.count(self._query)

    # -- the query -----------------------------------------------------------------------------

    @property
    def query(self) -> SessionQuery:
        return self._query

    def set_query(self, query: SessionQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def set_types(self, types: Sequence[str]) -> None:
        self.set_query(replace(self._query, types=tuple(types)))

    def set_statuses(self, statuses: Sequence[str]) -> None:
        self.set_query(replace(self._query, statuses=tuple(statuses)))

    def set_mentee(self, mentee_id: str | None) -> None:
        self.set_query(replace(self._query, mentee_id=mentee_id or None))

    def set_text(self, text: str) -> None:
        self.set_query(replace(self._query, text=text.strip()))

    def set_range(self, start_from: datetime | None, start_before: datetime | None) -> None:
        self.set_query(replace(self._query, start_from=start_from, start_before=start_before))

    def clear_filters(self) -> None:
        self.set_query(SessionQuery(sort=self._query.sort))

    def is_filtered(self) -> bool:
        return self._query != SessionQuery(sort=self._query.sort)

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Count again and forget every page: the query changed, the rows may all have moved
        (one COUNT; the page the view paints is read as it asks for it)."""
        self.beginResetModel()
        self._pages.clear()
        self._shown.clear()
        self._count = self._sessions.count(self._query)
        self.endResetModel()

    def refresh(self) -> None:
        """Read the data again, keeping the view where it is when the number of rows holds."""
        count = self._sessions.count(self._query)
        if count != self._count:
            self.beginResetModel()
            self._load(count)
            self.endResetModel()
            return
        self._load(count)
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(Column) - 1), [])

    def _load(self, count: int) -> None:
        self._pages.clear()
        self._shown.clear()
        self._count = count
        self._bundles.clear()
        self._zone = self._tz()

    def _bundle(self, bundle_id: str) -> BundleRecord | None:
        if bundle_id not in self._bundles:
            try:
                self._bundles[bundle_id] = self._sessions.bundle(bundle_id)
            except NotFound:
                self._bundles[bundle_id] = None
        return self._bundles[bundle_id]

    def record(self, row: int) -> SessionRecord | None:
        if not 0 <= row < self._count:
            return None
        number, at = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._sessions.search(self._query, number * self._page_size, self._page_size)
            self.page_loads += 1
            self._pages[number] = page
            while len(self._pages) > self._cached_pages:
                gone, _ = self._pages.popitem(last=False)
                for shown in range(gone * self._page_size, (gone + 1) * self._page_size):
                    self._shown.pop(shown, None)
        else:
            self._pages.move_to_end(number)
        # The data may have shrunk since the count (a change not yet refreshed).
        return page[at] if at < len(page) else None

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(HEADERS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Sort by %1").replace("%1", self.tr(HEADERS[section]))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_SORT):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query,
                               sort=("-" if descending else "") + COLUMN_SORT[column]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _DISPLAY:
            # The view asks for every cell's text as it paints: once a row is worded (its page
            # is still read), a lookup.
            row = index.row()
            texts = self._shown.get(row)
            if texts is not None and index.isValid():
                self._pages.move_to_end(row // self._page_size)
                return texts[index.column()]
        if not index.isValid() or role not in _ROLES:
            return None
        record = self.record(index.row())
        if record is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(index.row(), record)[column]
        if role == IdRole:
            return record.id
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if column == Column.LENGTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _texts(self, row: int, record: SessionRecord) -> tuple[str, ...]:
        """The text of every cell of `row`, made once when the view first asks for one: it asks
        for each cell of a row (and again as it repaints), and a start time is costly to word.
        Kept while the row's page is."""
        texts = self._shown.get(row)
        if texts is None:
            texts = self._shown[row] = tuple(self._display(record, c) for c in Column)
        return texts

    def _display(self, r: SessionRecord, column: Column) -> str:
        if column == Column.START:
            return when_text(r.start, self._zone)
        if column == Column.LENGTH:
            return self.tr("%1 min").replace("%1", str(r.duration_minutes))
        if column == Column.MENTEE:
            return one_line(r.mentee_name)
        if column == Column.TYPE:
            return type_text(r.type)
        if column == Column.STATUS:
            if not r.platform_confirmed:
                return self.tr("%1 · not yet on the platform").replace("%1", status_text(r.status))
            return status_text(r.status)
        if column == Column.OUTCOME:
            return outcome_text(r.outcome, r.decision)
        if column == Column.BUNDLE:
            return one_line(r.bundle_id or "")
        if column == Column.REASON:
            return reason_line(r.reason)
        return one_line(r.id)

    def _tooltip(self, r: SessionRecord, column: Column) -> str | None:
        return escaped(self._tooltip_text(r, column))

    def _tooltip_text(self, r: SessionRecord, column: Column) -> str | None:
        if column in (Column.START, Column.LENGTH):
            text = self.tr("Ends %1").replace("%1", when_text(r.end, self._zone))
            theirs = mentee_local_text(r.start, r.mentee_timezone, self._zone)
            if not theirs:
                return text
            return f"{text}\n{self.tr('Mentee’s time: %1').replace('%1', theirs)}"
        if column == Column.MENTEE:
            return f"{one_line(r.mentee_name)} <{one_line(r.mentee_email)}>"
        bundle = self._bundle(r.bundle_id) if column == Column.BUNDLE and r.bundle_id else None
        if bundle is not None:
            return self.tr("%1 of %2 sessions used").replace("%1", str(bundle.sessions_used)) \
                .replace("%2", str(bundle.sessions_total))
        if column == Column.REASON and r.reason:
            return r.reason
        if column == Column.STATUS and not r.platform_confirmed:
            return self.tr("Booked here as %1; no export from the platform has confirmed it yet") \
                .replace("%1", one_line(r.client_id or r.id))
        return None


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, IdRole, RecordRole,
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole})
