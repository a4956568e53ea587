"""The availability page: weekly windows for intro and paid sessions, days off, and a preview of
the free slots they leave."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.formatting import (
    date_pattern,
    day_text,
    days_text,
    hours_text,
    type_text,
    weekday_text,
)
from desktop.models.availability_model import (
    DaysOffModel,
    PreviewColumn,
    SlotPreviewModel,
    WindowsTableModel,
    preview_days,
)
from desktop.models.roles import IdRole, RecordRole
from desktop.views.feedback import InlineNotice, attempt
from desktop.views.page import Page
from services import policy
from services.plaintext import one_line
from services.records import KINDS

PREVIEW_DAYS = 14
DAY_END = 24 * 60


def _minute(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


class AvailabilityPage(Page):
    key = "availability"
    watches = ("sessions", "availability", "busy", "timezone")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._availability = ctx.services.availability
        self._select_window: int | None = None
        self._select_day_off: date | None = None

        self.windows_model = WindowsTableModel(self)
        self.days_off_model = DaysOffModel(self)
        self.preview_model = SlotPreviewModel(self)

        # Weekly windows
        self.windows_table = QTableView(self)
        self.windows_table.setModel(self.windows_model)
        self.windows_table.setAccessibleName(self.tr("Weekly availability windows"))
        self.windows_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.windows_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.windows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.windows_table.setAlternatingRowColors(True)
        self.windows_table.setShowGrid(False)
        self.windows_table.verticalHeader().setVisible(False)
        self.windows_table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 10)
        self.windows_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.windows_table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.windows_empty = QLabel(
            self.tr("No weekly windows yet: mentees can book nothing until you add one."), self)
        self.windows_empty.setWordWrap(True)
        self.windows_empty.setProperty("role", "hint")
        self.kind_box = QComboBox(self)
        for kind in KINDS:
            self.kind_box.addItem(type_text(kind), kind)
        self.kind_box.setAccessibleName(self.tr("Session type"))
        self.weekday_box = QComboBox(self)
        for weekday in range(7):
            self.weekday_box.addItem(weekday_text(weekday), weekday)
        self.weekday_box.setAccessibleName(self.tr("Day of the week"))
        self.from_edit = QTimeEdit(QTime(9, 0), self)
        self.to_edit = QTimeEdit(QTime(12, 0), self)
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setDisplayFormat("HH:mm")
            # A right-to-left spin box would lay its sections out backwards ("00:12" for 12:00).
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setAccessibleName(name)
        self.to_edit.setToolTip(self.tr("00:00 means midnight at the end of the day"))
        self.add_window_button = QPushButton(self.tr("Add window"), self)
        self.remove_window_button = QPushButton(self.tr("Remove selected"), self)
        self.remove_window_button.setAccessibleName(self.tr("Remove selected windows"))
        self.remove_window_button.setEnabled(False)
        self.window_notice = InlineNotice(self)
        self.remove_window_action = QAction(self.tr("Remove selected windows"), self.windows_table)
        self.remove_window_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_window_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.windows_table.addAction(self.remove_window_action)

        # Days off
        self.days_off_list = QListView(self)
        self.days_off_list.setModel(self.days_off_model)
        self.days_off_list.setAccessibleName(self.tr("Days off"))
        self.days_off_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.days_off_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.days_off_empty = QLabel(self.tr("No days off ahead."), self)
        self.days_off_empty.setProperty("role", "hint")
        self.day_off_edit = QDateEdit(self)
        self.day_off_edit.setCalendarPopup(True)
        self.day_off_edit.setDisplayFormat(date_pattern("day_year"))
        self.day_off_edit.setAccessibleName(self.tr("Day off date"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note (optional)"))
        self.note_edit.setAccessibleName(self.tr("Day off note"))
        self.note_edit.setMaxLength(200)
        self.add_day_off_button = QPushButton(self.tr("Add day off"), self)
        self.remove_day_off_button = QPushButton(self.tr("Remove selected"), self)
        self.remove_day_off_button.setAccessibleName(self.tr("Remove selected days off"))
        self.remove_day_off_button.setEnabled(False)
        self.day_off_notice = InlineNotice(self)

        # Preview
        self.preview_table = QTableView(self)
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setAccessibleName(self.tr("Free slots in the next %n days", "",
                                                          PREVIEW_DAYS))
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(True)
        self.preview_table.setShowGrid(False)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.verticalHeader().setVisible(False)
        header = self.preview_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(PreviewColumn.DAY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PreviewColumn.INTRO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PreviewColumn.PAID, QHeaderView.ResizeMode.Stretch)
        self.preview_totals = QLabel(self)
        self.preview_totals.setWordWrap(True)  # a long language must not widen the window
        self.preview_hint = QLabel(
            self.tr("Intro slots are the ones mentees could book now: from %1 to %2 ahead. "
                    "Sessions, open requests and busy time in your own calendar are left out.")
            .replace("%1", hours_text(policy.INTRO_MIN_NOTICE))
            .replace("%2", days_text(policy.INTRO_MAX_AHEAD)), self)
        self.preview_hint.setWordWrap(True)
        self.preview_hint.setProperty("role", "hint")
        self.zone_label = QLabel(self)
        self.zone_label.setWordWrap(True)
        self.zone_label.setProperty("role", "hint")
        self.zone_label.setAccessibleName(self.tr("Time zone of this page"))
        # Wrapped slot lists are re-measured once the columns have their new widths.
        self._measure_timer = QTimer(self)
        self._measure_timer.setSingleShot(True)
        self._measure_timer.setInterval(0)

        self._lay_out()

        self.add_window_button.clicked.connect(self._on_add_window_button_clicked)
        self.remove_window_button.clicked.connect(self._on_remove_window_button_clicked)
        self.remove_window_action.triggered.connect(self._on_remove_window_button_clicked)
        self.windows_table.selectionModel().selectionChanged.connect(
            self._on_windows_selection_changed)
        self.windows_model.modelReset.connect(self._on_windows_selection_changed)
        self.add_day_off_button.clicked.connect(self._on_add_day_off_button_clicked)
        self.note_edit.returnPressed.connect(self._on_add_day_off_button_clicked)
        self.remove_day_off_button.clicked.connect(self._on_remove_day_off_button_clicked)
        self.days_off_list.selectionModel().selectionChanged.connect(
            self._on_days_off_selection_changed)
        self.days_off_model.modelReset.connect(self._on_days_off_selection_changed)
        header.sectionResized.connect(self._on_preview_header_section_resized)
        self.preview_model.modelReset.connect(self._on_preview_header_section_resized)
        self._measure_timer.timeout.connect(self._on_measure_timer_timeout)

        self.refresh()

    def _lay_out(self) -> None:
        windows_box = QGroupBox(self.tr("Weekly windows"), self)
        form = QHBoxLayout()
        form.addWidget(self.kind_box)
        form.addWidget(self.weekday_box)
        from_label = QLabel(self.tr("&From"), windows_box)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To"), windows_box)
        to_label.setBuddy(self.to_edit)
        for label in (from_label, to_label):
            # The underlined mnemonic letter is drawn apart, unkerned: measure it that way.
            text = label.text().replace("&", "")
            label.setMinimumWidth(sum(label.fontMetrics().horizontalAdvance(c) for c in text) + 1)
        form.addSpacing(6)
        form.addWidget(from_label)
        form.addWidget(self.from_edit)
        form.addSpacing(6)
        form.addWidget(to_label)
        form.addWidget(self.to_edit)
        form.addWidget(self.add_window_button)
        form.addStretch(1)
        box = QVBoxLayout(windows_box)
        box.addWidget(self.windows_table, 1)
        box.addWidget(self.windows_empty)
        box.addWidget(self.remove_window_button, 0, Qt.AlignmentFlag.AlignRight)
        box.addLayout(form)
        box.addWidget(self.window_notice)

        days_off_box = QGroupBox(self.tr("Days off"), self)
        form = QHBoxLayout()
        form.addWidget(self.day_off_edit)
        form.addWidget(self.note_edit, 1)
        form.addWidget(self.add_day_off_button)
        box = QVBoxLayout(days_off_box)
        box.addWidget(self.days_off_list, 1)
        box.addWidget(self.days_off_empty)
        box.addWidget(self.remove_day_off_button, 0, Qt.AlignmentFlag.AlignRight)
        box.addLayout(form)
        box.addWidget(self.day_off_notice)

        preview_box = QGroupBox(self.tr("Free slots, next %n days", "", PREVIEW_DAYS), self)
        box = QVBoxLayout(preview_box)
        box.addWidget(self.preview_totals)
        box.addWidget(self.preview_table, 1)
        box.addWidget(self.preview_hint)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(windows_box, 2)
        column.addWidget(days_off_box, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(preview_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.splitter, 1)

    def title(self) -> str:
        return self.tr("Availability")

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        # Windows are wall-clock times of the mentor's own zone, days off its days: the whole
        # page reads in that zone, whatever zone other times are shown in.
        tz, shown = self.ctx.home_tz(), self.ctx.tz()
        text = self.tr("Times and days on this page are your own, in %1.").replace("%1", tz.key)
        if shown.key != tz.key:
            text += " " + self.tr("Elsewhere times are shown in %1.").replace("%1", shown.key)
        self.zone_label.setText(text)
        today = self.ctx.now().astimezone(tz).date()
        self.windows_model.set_records(self._availability.windows())
        days_off = self._availability.days_off(today)
        self.days_off_model.set_records(days_off)
        slots = [slot for kind in KINDS
                 for slot in self._availability.free_slots(kind, today, PREVIEW_DAYS)]
        self.preview_model.set_days(preview_days(today, PREVIEW_DAYS, slots, days_off, tz))
        self.preview_totals.setText(
            self.tr("%1 and %2 from %3")
            .replace("%1", self.tr("%n intro slots", "", self.preview_model.total("intro")))
            .replace("%2", self.tr("%n paid slots", "", self.preview_model.total("paid")))
            .replace("%3", day_text(today)))
        # Past days off are history: the list and the picker start today.
        self.day_off_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.windows_empty.setVisible(self.windows_model.rowCount() == 0)
        self.days_off_empty.setVisible(self.days_off_model.rowCount() == 0)
        self._apply_pending_selection()

    def _apply_pending_selection(self) -> None:
        if self._select_window is not None:
            row = self.windows_model.row_of(self._select_window)
            if row >= 0:
                self.windows_table.selectRow(row)
                self.windows_table.scrollTo(self.windows_model.index(row, 0))
                self._select_window = None
        if self._select_day_off is not None:
            row = self.days_off_model.row_of(self._select_day_off)
            if row >= 0:
                self.days_off_list.setCurrentIndex(self.days_off_model.index(row, 0))
                self._select_day_off = None

    # -- slots ---------------------------------------------------------------------------------

    def _on_add_window_button_clicked(self) -> None:
        kind = self.kind_box.currentData()
        weekday = self.weekday_box.currentData()
        start = _minute(self.from_edit.time())
        end = _minute(self.to_edit.time())
        if end == 0:
            end = DAY_END  # a time edit cannot show 24:00
        with self.ctx.bridge.operation(self):
            record = attempt(self, lambda: self._availability.add_window(kind, weekday, start,
                                                                         end),
                             self.window_notice)
            if record is not None:
                self._select_window = record.id
                self.refresh()

    def _on_remove_window_button_clicked(self) -> None:
        rows = self.windows_table.selectionModel().selectedRows()
        ids = [index.data(IdRole) for index in rows]
        with self.ctx.bridge.operation(self):
            for window_id in ids:
                if attempt(self, lambda w=window_id: self._availability.remove_window(w),
                           self.window_notice) is None:
                    break
            self.refresh()

    def _on_measure_timer_timeout(self) -> None:
        self.preview_table.resizeRowsToContents()
        # A little air between wrapped rows, which otherwise touch.
        padding = self.fontMetrics().height() * 2 // 3
        for row in range(self.preview_model.rowCount()):
            self.preview_table.setRowHeight(row, self.preview_table.rowHeight(row) + padding)

    def _on_preview_header_section_resized(self) -> None:
        self._measure_timer.start()

    def _on_windows_selection_changed(self) -> None:
        self.remove_window_button.setEnabled(
            bool(self.windows_table.selectionModel().selectedRows()))

    def _on_add_day_off_button_clicked(self) -> None:
        day = self.day_off_edit.date().toPython()
        note = self.note_edit.text()
        with self.ctx.bridge.operation(self):
            done = attempt(self, lambda: self._availability.add_day_off(day, note),
                           self.day_off_notice)
            if done is not None:
                self.note_edit.clear()
                self._select_day_off = done.record.day
                self.refresh()
        if done is not None and done.outcome != "added":
            self.day_off_notice.show_info(
                self.tr("That day was a day off already; its note is now “%1”.")
                .replace("%1", one_line(done.record.note)) if done.outcome == "note_changed"
                else self.tr("That day was a day off already; nothing changed."))

    def _on_remove_day_off_button_clicked(self) -> None:
        days = [index.data(RecordRole).day
                for index in self.days_off_list.selectionModel().selectedIndexes()]
        with self.ctx.bridge.operation(self):
            for day in sorted(days):
                if attempt(self, lambda d=day: self._availability.remove_day_off(d),
                           self.day_off_notice) is None:
                    break
            self.refresh()

    def _on_days_off_selection_changed(self) -> None:
        self.remove_day_off_button.setEnabled(
            bool(self.days_off_list.selectionModel().selectedIndexes()))

    # -- state ---------------------------------------------------------------------------------

    def save_state(self) -> None:
        self.ctx.settings.set_state("availability/splitter", self.splitter.saveState())

    def restore_state(self) -> None:
        stored = self.ctx.settings.state("availability/splitter")
        if stored is not None:
            self.splitter.restoreState(stored)

