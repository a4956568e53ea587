"""A month calendar that marks days with sessions (bold, a dot per session type) and days off."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from desktop.formatting import escaped
from desktop.models.agenda_model import DayMark
from desktop.views.agenda_widget import AgendaColours, paint_day_off


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MonthCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Weeks run Monday to Sunday, as the weekly availability windows do.
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(False)
        self.setAccessibleName(self.tr("Month"))
        self._marks: dict[date, DayMark] = {}
        line = self.fontMetrics().height()
        # Room under each number for the session dots.
        self.setMinimumSize(line * 17, line * 15)

    def set_marks(self, marks: dict[date, DayMark]) -> None:
        self.setDateTextFormat(QDate(), QTextCharFormat())
        for day, mark in marks.items():
            fmt = QTextCharFormat()
            tips = []
            if mark.sessions:
                fmt.setFontWeight(QFont.Weight.Bold)
                tips.append(self.tr("%n sessions", "", mark.sessions))
            if mark.day_off is not None:
                fmt.setFontItalic(True)
                tips.append(self.tr("Day off: %1").replace("%1", mark.day_off))
            fmt.setToolTip(escaped("\n".join(tips)))
            self.setDateTextFormat(qdate(day), fmt)
        self._marks = dict(marks)
        self.updateCells()

    def marks(self) -> dict[date, DayMark]:
        return dict(self._marks)

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:  # noqa: N802
        super().paintCell(painter, rect, day)
        mark = self._marks.get(day.toPython())
        if mark is None:
            return
        colours = AgendaColours(self.palette())
        painter.save()
        if mark.day_off is not None:
            paint_day_off(painter, QRectF(rect), colours)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = max(2.0, rect.height() / 14)
        kinds = sorted(mark.session_types)
        spacing = radius * 3
        left = rect.center().x() - spacing * (len(kinds) - 1) / 2
        y = rect.bottom() - radius - 1.5
        for n, kind in enumerate(kinds):
            painter.setBrush(colours.type_colour(kind))
            painter.drawEllipse(QPointF(left + n * spacing, y), radius, radius)
        painter.restore()
