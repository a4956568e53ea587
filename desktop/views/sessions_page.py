"""All sessions: the whole history in one sortable table, filtered by type, status, mentee,
dates and free text (all run in the database, so it stays quick at 100 000 sessions)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.formatting import date_pattern, escaped, status_text, type_text
from desktop.models.roles import IdRole
from desktop.models.sessions_table_model import PAGE_SIZE, Column, SessionsTableModel
from desktop.views.page import Page
from desktop.views.session_table import SessionTable
from services.plaintext import one_line
from services.records import SESSION_TYPES, Status
from services.sessions import SessionQuery
from services.timefmt import local_midnight

SEARCH_DELAY_MS = 200
DEFAULT_DAYS = 30


class SessionsPage(Page):
    key = "sessions"
    watches = ("sessions", "bundles", "timezone")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stale = False
        self._dates_chosen = False
        self._model = SessionsTableModel(ctx.services.sessions, ctx.tz, parent=self)
        self._table = SessionTable(self._model, self.tr("All sessions"), Column.REASON)
        self.offer_notes(self._table)
        header = self._table.horizontalHeader()
        header.setSortIndicator(Column.START, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setResizeContentsPrecision(PAGE_SIZE)
        self._table.setSortingEnabled(True)
        self._table.setColumnHidden(Column.ID, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._column_actions: list[QAction] = []
        for column in Column:
            action = QAction(self._model.headerData(column, Qt.Orientation.Horizontal), header)
            action.setCheckable(True)
            action.setData(int(column))
            header.addAction(action)
            self._column_actions.append(action)
        self._column_actions[Column.START].setEnabled(False)
        self._sync_column_actions()

        self._search = QLineEdit()
        self._search.setPlaceholderText(self.tr("Search names, e-mails, forms, reasons, ids"))
        self._search.setClearButtonEnabled(True)
        self._search.setAccessibleName(self.tr("Search sessions"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self._type = QComboBox()
        self._type.setAccessibleName(self.tr("Session type"))
        self._type.addItem(self.tr("All types"), None)
        for kind in SESSION_TYPES:
            self._type.addItem(type_text(kind), kind)

        self._status = QComboBox()
        self._status.setAccessibleName(self.tr("Status"))
        self._status.addItem(self.tr("All statuses"), None)
        for status in Status:
            self._status.addItem(status_text(status.value), status.value)

        self._mentee = QComboBox()
        self._mentee.setAccessibleName(self.tr("Mentee"))
        self._mentee.setEditable(True)
        self._mentee.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._mentee.setMinimumContentsLength(16)
        self._mentee.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self._mentee.model(), self._mentee)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._mentee.setCompleter(completer)
        self._mentee.addItem(self.tr("All mentees"), None)

        self._dates = QComboBox()
        self._dates.setAccessibleName(self.tr("Dates"))
        self._dates.addItem(self.tr("Any date"), False)
        self._dates.addItem(self.tr("Between dates"), True)
        self._from = self._date_edit(self.tr("From date"))
        self._to = self._date_edit(self.tr("To date"))
        self._and = QLabel(self.tr("and"))

        self._count = QLabel()
        font = self._count.font()
        font.setBold(True)
        self._count.setFont(font)
        self._count.setAccessibleName(self.tr("Number of sessions shown"))
        self._clear = QPushButton(self.tr("Clear filters"))
        self._clear.setAccessibleName(self.tr("Clear all filters"))
        self._details = QPushButton(self.tr("Details…"))
        self._details.setAccessibleName(self.tr("Details of the selected session"))
        hint = QLabel(self.tr("Double-click a session, or press Enter, for its details and "
                              "history. Click a column title to sort; right-click it to choose "
                              "columns."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self._empty = QLabel()
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setProperty("role", "empty")
        self._empty.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self._search, 3)
        filters.addWidget(self._type)
        filters.addWidget(self._status)
        filters.addWidget(self._mentee, 1)
        dates = QHBoxLayout()
        for widget in (self._dates, self._from, self._and, self._to):
            dates.addWidget(widget)
        dates.addStretch(1)
        dates.addWidget(self._count)
        dates.addSpacing(8)
        dates.addWidget(self._clear)
        self._stack = QStackedLayout()
        self._stack.addWidget(self._table)
        self._stack.addWidget(self._empty)
        bottom = QHBoxLayout()
        bottom.addWidget(self._details)
        bottom.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addLayout(self._stack, 1)
        layout.addLayout(bottom)
        self._show_dates(False)

        self._search.textChanged.connect(self._on_search_text_changed)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self._type.currentIndexChanged.connect(self._on_type_current_index_changed)
        self._status.currentIndexChanged.connect(self._on_status_current_index_changed)
        self._mentee.currentIndexChanged.connect(self._on_mentee_current_index_changed)
        self._mentee.lineEdit().editingFinished.connect(self._on_mentee_editing_finished)
        self._dates.currentIndexChanged.connect(self._on_dates_current_index_changed)
        self._from.dateChanged.connect(self._on_dates_changed)
        self._to.dateChanged.connect(self._on_dates_changed)
        self._clear.clicked.connect(self._on_clear_clicked)
        self._details.clicked.connect(self._on_details_clicked)
        self._table.activated.connect(self._on_table_activated)
        for column, action in zip(Column, self._column_actions, strict=True):
            action.toggled.connect(partial(self._on_column_action_toggled, column))
        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_pattern("short"))
        return edit

    # -- Page ----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("All sessions")

    def refresh(self) -> None:
        """Reload from the database under the same filters and sort."""
        self._stale = False
        self._load_mentees()
        self._model.refresh()
        self._table.fit_columns_once()
        self._update_summary()

    def tick(self) -> None:
        # Statuses derive from the clock (awaiting confirmation, expired).
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def save_state(self) -> None:
        self.ctx.settings.set_state("sessions/header", self._table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        self._table.restore_header(self.ctx.settings.state("sessions/header"))
        header = self._table.horizontalHeader()
        self._model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._sync_column_actions()

    def _sync_column_actions(self) -> None:
        for action in self._column_actions:
            action.blockSignals(True)
            action.setChecked(not self._table.isColumnHidden(action.data()))
            action.blockSignals(False)

    # -- what the page shows -------------------------------------------------------------------

    @property
    def model(self) -> SessionsTableModel:
        return self._model

    @property
    def table(self) -> SessionTable:
        return self._table

    def count_text(self) -> str:
        return self._count.text()

    def _load_mentees(self) -> None:
        chosen = self._mentee.currentData()
        mentees = self.ctx.services.sessions.mentees()
        names = [m.name for m in mentees]
        self._mentee.blockSignals(True)
        self._mentee.clear()
        self._mentee.addItem(self.tr("All mentees"), None)
        for mentee in mentees:
            label = one_line(mentee.name) if names.count(mentee.name) == 1 \
                else f"{one_line(mentee.name)} ({one_line(mentee.email or mentee.id)})"
            self._mentee.addItem(label, mentee.id)
            self._mentee.setItemData(self._mentee.count() - 1, escaped(mentee.email),
                                     Qt.ItemDataRole.ToolTipRole)
        found = self._mentee.findData(chosen) if chosen is not None else 0
        self._mentee.setCurrentIndex(max(found, 0))
        self._mentee.blockSignals(False)
        if chosen is not None and found < 0:
            self._model.set_mentee(None)

    def _update_summary(self) -> None:
        shown = self._model.rowCount()
        filtered = self._model.is_filtered()
        locale = QLocale()
        # Group digits even where the locale leaves them bare (C): "100,058", not "100058".
        locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
        if filtered:
            total = self.ctx.services.sessions.count(SessionQuery())
            # The count picks the plural form; the number is written with its digit groups.
            text = self.tr("%1 of %2 sessions", "", total).replace("%1", locale.toString(shown)) \
                .replace("%2", locale.toString(total))
        else:
            text = self.tr("%1 sessions", "", shown).replace("%1", locale.toString(shown))
        self._count.setText(text)
        self._clear.setEnabled(filtered or bool(self._search.text().strip()))
        if shown:
            self._stack.setCurrentWidget(self._table)
        else:
            self._empty.setText(
                self.tr("No session matches these filters.") if filtered else
                self.tr("No sessions yet.\nImport the platform's export to see your history."))
            self._stack.setCurrentWidget(self._empty)
        self._on_selection_changed()

    def _show_dates(self, dated: bool) -> None:
        for widget in (self._from, self._and, self._to):
            widget.setVisible(dated)

    def _apply_dates(self) -> None:
        if not self._dates.currentData():
            self._model.set_range(None, None)
            return
        tz = self.ctx.tz()
        first, last = sorted((self._from.date().toPython(), self._to.date().toPython()))
        self._model.set_range(local_midnight(first, tz),
                              local_midnight(last + timedelta(days=1), tz))

    def _today(self) -> date:
        return self.ctx.now().astimezone(self.ctx.tz()).date()

    # -- slots ---------------------------------------------------------------------------------

    def _on_model_reset(self) -> None:
        # Other rows, or the same in another order: start from the top, not from where the
        # scroll bar happened to be.
        self._table.scrollToTop()
        self._update_summary()

    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._model.set_text(self._search.text())
        self._update_summary()

    def _on_type_current_index_changed(self, _index: int) -> None:
        kind = self._type.currentData()
        self._model.set_types((kind,) if kind else ())

    def _on_status_current_index_changed(self, _index: int) -> None:
        status = self._status.currentData()
        self._model.set_statuses((status,) if status else ())

    def _on_mentee_current_index_changed(self, _index: int) -> None:
        self._model.set_mentee(self._mentee.currentData())

    def _on_mentee_editing_finished(self) -> None:
        # Typed text that names no mentee falls back to the one chosen before.
        text = self._mentee.currentText().strip()
        found = 0 if not text else self._mentee.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            self._mentee.setCurrentIndex(found)
        self._mentee.setEditText(self._mentee.itemText(self._mentee.currentIndex()))

    def _on_dates_current_index_changed(self, _index: int) -> None:
        dated = bool(self._dates.currentData())
        if dated and not self._dates_chosen:
            self._dates_chosen = True
            today = QDate(self._today())
            for edit, day in ((self._from, today.addDays(-DEFAULT_DAYS)), (self._to, today)):
                edit.blockSignals(True)
                edit.setDate(day)
                edit.blockSignals(False)
        self._show_dates(dated)
        self._apply_dates()

    def _on_dates_changed(self, _day: QDate) -> None:
        self._apply_dates()

    def _on_clear_clicked(self) -> None:
        self._search_timer.stop()
        for widget in (self._search, self._type, self._status, self._mentee, self._dates):
            widget.blockSignals(True)
        self._search.clear()
        self._type.setCurrentIndex(0)
        self._status.setCurrentIndex(0)
        self._mentee.setCurrentIndex(0)
        self._dates.setCurrentIndex(0)
        for widget in (self._search, self._type, self._status, self._mentee, self._dates):
            widget.blockSignals(False)
        self._show_dates(False)
        self._model.clear_filters()
        self._update_summary()

    def _on_column_action_toggled(self, column: Column, shown: bool) -> None:
        self._table.setColumnHidden(column, not shown)

    def _on_selection_changed(self, *_args: object) -> None:
        self._details.setEnabled(self._table.current_id() is not None)

    def _on_table_activated(self, index: object) -> None:
        session_id = index.siblingAtColumn(0).data(IdRole)  # type: ignore[attr-defined]
        if session_id:
            self.session_activated.emit(session_id)

    def _on_details_clicked(self) -> None:
        session_id = self._table.current_id()
        if session_id is not None:
            self.session_activated.emit(session_id)
