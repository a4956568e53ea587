"""A read-only table view set up the same way on every page that lists sessions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from desktop.models.roles import IdRole, RecordRole
from services.records import SessionRecord


class SessionTable(QTableView):
    # "Note…" chosen on a session (from its context menu, or Ctrl+N).
    note_requested = Signal(str)

    def __init__(self, model: QAbstractItemModel, accessible_name: str,
                 stretch_column: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted = False
        self.setModel(model)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(stretch_column is None)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if stretch_column is not None:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)

    def context_menu(self) -> QMenu:
        """The menu a right-click on the selected session opens."""
        menu = QMenu(self)
        note = menu.addAction(self.tr("Note…"))
        note.setEnabled(self.current_id() is not None)
        note.triggered.connect(self.request_note)
        return menu

    def request_note(self) -> None:
        session_id = self.current_id()
        if session_id is not None:
            self.note_requested.emit(session_id)

    def _on_context_menu_requested(self, at: QPoint) -> None:
        index = self.indexAt(at)
        if index.isValid():
            self.select_row(index.row())
        self.context_menu().exec(self.viewport().mapToGlobal(at))

    def fit_columns_once(self) -> None:
        """Size columns to their contents the first time there is data (unless restored)."""
        if self._fitted or self.model().rowCount() == 0:
            return
        self._fitted = True
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                header.resizeSection(column, header.sectionSize(column) + 16)

    def restore_header(self, state: object) -> None:
        if state is not None and self.horizontalHeader().restoreState(state):
            self._fitted = True

    def reload(self, load: Callable[[], object]) -> None:
        """Run `load` (which resets the model), keeping the selected session if it is still
        there, else selecting the first."""
        keep = self.current_id()
        load()
        self.fit_columns_once()
        if not self.select_id(keep):
            self.select_row(0)

    def current_id(self) -> str | None:
        return self._current(IdRole)

    def current_record(self) -> SessionRecord | None:
        """The selected row's record, as the list was last read."""
        return self._current(RecordRole)

    def _current(self, role: int) -> object:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            rows = self.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        return index.siblingAtColumn(0).data(role)

    def select_row(self, row: int) -> None:
        model = self.model()
        if model.rowCount() == 0:
            return
        row = max(0, min(row, model.rowCount() - 1))
        self.selectRow(row)
        self.setCurrentIndex(model.index(row, 0))

    def select_id(self, session_id: str | None) -> bool:
        model = self.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(IdRole) == session_id:
                self.select_row(row)
                return True
        return False


def plain_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only table of a small model, one row chosen at a time (not of sessions)."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                 | Qt.AlignmentFlag.AlignVCenter)
    return table
