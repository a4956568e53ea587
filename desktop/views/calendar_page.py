"""The calendar page: the month at a glance and the chosen week (or day) as an agenda."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.formatting import date_text
from desktop.models.agenda_model import Agenda, AgendaSource, DayMark, week_start
from desktop.views.agenda_widget import AgendaLegend, AgendaWidget
from desktop.views.month_calendar import MonthCalendar, qdate
from desktop.views.page import Page

WEEK, DAY = "week", "day"


class CalendarPage(Page):
    key = "calendar"
    watches = ("sessions", "availability", "busy", "timezone")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._source = AgendaSource(ctx.services.sessions, ctx.services.availability,
                                    ctx.tz, ctx.now)
        self._mode = WEEK
        self._chosen = self._source.today()

        self.month = MonthCalendar(self)
        self.legend = AgendaLegend(parent=self)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.range_label = QLabel(self)
        self.range_label.setProperty("role", "heading")
        self.zone_label = QLabel(self)
        self.zone_label.setProperty("role", "hint")
        self.week_button = QToolButton(self)
        self.week_button.setText(self.tr("Week"))
        self.day_button = QToolButton(self)
        self.day_button.setText(self.tr("Day"))
        self.mode_group = QButtonGroup(self)
        for button in (self.week_button, self.day_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(button)
        self.week_button.setChecked(True)
        self.agenda_view = AgendaWidget(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.agenda_view)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)

        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.week_button.setAccessibleName(self.tr("Show a week"))
        self.day_button.setAccessibleName(self.tr("Show a day"))
        self.range_label.setAccessibleName(self.tr("Shown dates"))
        self._update_step_names()
        self._update_mode_buttons()

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.today_button)
        toolbar.addWidget(self.previous_button)
        toolbar.addWidget(self.next_button)
        toolbar.addSpacing(8)
        toolbar.addWidget(self.range_label)
        toolbar.addStretch(1)
        toolbar.addWidget(self.zone_label)
        toolbar.addSpacing(8)
        toolbar.addWidget(self.week_button)
        toolbar.addWidget(self.day_button)

        side = QVBoxLayout()
        side.addWidget(self.month)
        legend_title = QLabel(self.tr("Legend"), self)
        bold = QFont(legend_title.font())
        bold.setBold(True)
        legend_title.setFont(bold)
        side.addSpacing(8)
        side.addWidget(legend_title)
        side.addWidget(self.legend)
        side.addStretch(1)

        right = QVBoxLayout()
        right.addLayout(toolbar)
        right.addWidget(self.scroll, 1)

        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addLayout(right, 1)

        self.month.selectionChanged.connect(self._on_month_selection_changed)
        self.month.currentPageChanged.connect(self._on_month_current_page_changed)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.mode_group.buttonToggled.connect(self._on_mode_group_button_toggled)
        self.agenda_view.session_activated.connect(self.session_activated)

        self.month.setSelectedDate(qdate(self._chosen))
        self.refresh()

    def title(self) -> str:
        return self.tr("Calendar")

    # -- what the page shows -------------------------------------------------------------------

    def chosen_date(self) -> date:
        return self._chosen

    def mode(self) -> str:
        return self._mode

    def agenda(self) -> Agenda:
        return self.agenda_view.agenda()

    def marks(self) -> dict[date, DayMark]:
        return self.month.marks()

    def go_to(self, day: date) -> None:
        self.month.setSelectedDate(qdate(day))
        self.month.setCurrentPage(day.year, day.month)

    def set_mode(self, mode: str) -> None:
        (self.day_button if mode == DAY else self.week_button).setChecked(True)

    def refresh(self) -> None:
        self._load_marks()
        self._load_agenda()

    def tick(self) -> None:
        self._load_agenda()

    def save_state(self) -> None:
        self.ctx.settings.set_state("calendar/mode", QByteArray(self._mode.encode()))

    def restore_state(self) -> None:
        stored = self.ctx.settings.state("calendar/mode")
        if stored is not None:
            self.set_mode(bytes(stored.data()).decode(errors="replace"))

    # -- loading -------------------------------------------------------------------------------

    def _shown_days(self) -> tuple[date, int]:
        if self._mode == DAY:
            return self._chosen, 1
        return week_start(self._chosen), 7

    def _load_agenda(self) -> None:
        first, days = self._shown_days()
        self.agenda_view.set_agenda(self._source.agenda(first, days), self._chosen)
        self.range_label.setText(self._range_text(first, days))
        self.zone_label.setText(self.tr("Times in %1").replace("%1", self.agenda().zone))
        self._scroll_to_first_block()

    def _load_marks(self) -> None:
        # The month grid also shows the ends of the neighbouring months.
        first = date(self.month.yearShown(), self.month.monthShown(), 1)
        self.month.set_marks(self._source.month_marks(first - timedelta(days=7),
                                                      first + timedelta(days=6 * 7)))

    def _range_text(self, first: date, days: int) -> str:
        if days == 1:
            return date_text(first, "long_day")
        last = first + timedelta(days=days - 1)
        if first.year != last.year:
            return f"{date_text(first, 'short')} – {date_text(last, 'short')}"
        if first.month != last.month:
            return f"{date_text(first, 'day_month')} – {date_text(last, 'short')}"
        return f"{date_text(first, 'day_number')}–{date_text(last, 'short')}"

    def _scroll_to_first_block(self) -> None:
        blocks = self.agenda().blocks
        if blocks:
            earliest = min(b.start_minute for b in blocks)
            self.scroll.ensureVisible(0, int(self.agenda_view.minute_y(earliest)), 0, 40)

    def _update_mode_buttons(self) -> None:
        # The checked look of a tool button is faint in some styles and palettes.
        for button in (self.week_button, self.day_button):
            font = QFont(button.font())
            font.setBold(button.isChecked())
            button.setFont(font)

    def _update_step_names(self) -> None:
        if self._mode == DAY:
            previous, following = self.tr("Previous day"), self.tr("Next day")
        else:
            previous, following = self.tr("Previous week"), self.tr("Next week")
        self.previous_button.setAccessibleName(previous)
        self.previous_button.setToolTip(previous)
        self.next_button.setAccessibleName(following)
        self.next_button.setToolTip(following)

    def _step(self, direction: int) -> None:
        self.go_to(self._chosen + timedelta(days=direction * (1 if self._mode == DAY else 7)))

    # -- slots ---------------------------------------------------------------------------------

    def _on_month_selection_changed(self) -> None:
        chosen = self.month.selectedDate().toPython()
        if chosen != self._chosen:
            self._chosen = chosen
            self._load_agenda()

    def _on_month_current_page_changed(self, year: int, month: int) -> None:
        self._load_marks()

    def _on_today_button_clicked(self) -> None:
        self.go_to(self._source.today())

    def _on_previous_button_clicked(self) -> None:
        self._step(-1)

    def _on_next_button_clicked(self) -> None:
        self._step(1)

    def _on_mode_group_button_toggled(self, button: QToolButton, checked: bool) -> None:
        if not checked:
            return
        self._mode = DAY if button is self.day_button else WEEK
        self._update_mode_buttons()
        self._update_step_names()
        self._load_agenda()

