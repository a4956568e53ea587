"""A bar chart of net earnings per month in one currency, drawn with QPainter (Qt Charts is not
part of PySide6-Essentials): each bar the net earned, with what waits on unconfirmed sessions
stacked on it in a lighter shade."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.formatting import money_text
from services.records import MonthEarnings


def nice_ceiling(value: int) -> int:
    """The smallest 1, 2 or 5 times a power of ten at or above `value` (at least 1)."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


class EarningsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[MonthEarnings] = []
        self._currency = ""
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Net earnings per month"))

    def set_months(self, months: Sequence[MonthEarnings], currency: str) -> None:
        self._months = [m for m in months if m.currency == currency]
        self._currency = currency
        self.setAccessibleDescription("; ".join(
            f"{QLocale().toString(m.month, 'MMM yyyy')}: {money_text(m.net_cents, currency)}"
            for m in self._months))
        self.update()

    def months(self) -> list[MonthEarnings]:
        return list(self._months)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 220)

    def _mx(self, x: float) -> float:
        """A left-to-right x where it is drawn: mirrored when the window runs right to left
        (the scale on the right, the newest month on the left)."""
        return self.width() - x if self.isRightToLeft() else x

    def _mirrored(self, rect: QRectF) -> QRectF:
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def bar_rects(self) -> list[tuple[QRectF, QRectF]]:
        """Each month's net bar and its waiting bar above it, in widget coordinates."""
        left, top, bottom = self._frame()
        width = max(1.0, (self.width() - left - 8) / max(1, len(self._months)))
        scale = (bottom - top) / self._top()
        rects = []
        for i, m in enumerate(self._months):
            x = left + i * width + width * 0.15
            net = max(0, m.net_cents) * scale
            waiting = max(0, m.waiting_net_cents) * scale
            rects.append((self._mirrored(QRectF(x, bottom - net, width * 0.7, net)),
                          self._mirrored(QRectF(x, bottom - net - waiting, width * 0.7,
                                                waiting))))
        return rects

    def labelled(self) -> list[int]:
        """The months (indexes) named under the axis: every one if their names fit, else every
        second or third, always ending at the newest."""
        if not self._months:
            return []
        metrics = self.fontMetrics()
        left, _top, _bottom = self._frame()
        slot = max(1.0, (self.width() - left - 8) / len(self._months))
        widest = max(metrics.horizontalAdvance(self._month_name(m)) for m in self._months)
        step = max(1, math.ceil((widest + 6) / slot))
        last = len(self._months) - 1
        return [i for i in range(len(self._months)) if (last - i) % step == 0]

    def _frame(self) -> tuple[float, float, float]:
        """The left edge of the bars, the top of the scale and the axis line."""
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance(money_text(self._top(), self._currency)) + 12
        return left, metrics.height() * 2.0, self.height() - 2 * metrics.height() - 6

    @staticmethod
    def _month_name(m: MonthEarnings) -> str:
        return QLocale().toString(m.month, "MMM")

    def _top(self) -> int:
        highest = max((m.net_cents + m.waiting_net_cents for m in self._months), default=0)
        return nice_ceiling(max(highest, 100))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(palette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        if not self._months:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Nothing earned in the last twelve months."))
            return
        rects = self.bar_rects()
        left, top_y, bottom = self._frame()
        grid = QColor(text_color)
        grid.setAlpha(50)
        top_value = self._top()
        for fraction in (0, 0.5, 1):
            y = bottom - (bottom - top_y) * fraction
            painter.setPen(QPen(grid, 1))
            painter.drawLine(int(self._mx(left)), int(y), int(self._mx(self.width() - 8)), int(y))
            painter.setPen(text_color)
            label = money_text(int(top_value * fraction), self._currency)
            # Toward the bars; in a right-to-left window Qt reads AlignRight as left.
            painter.drawText(self._mirrored(QRectF(0, y - metrics.height() / 2, left - 6,
                                                   metrics.height())),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        accent = palette.color(palette.ColorRole.Highlight)
        waiting = QColor(accent)
        waiting.setAlpha(90)
        self._legend(painter, accent, waiting, text_color)
        painter.setPen(Qt.PenStyle.NoPen)
        for net, wait in rects:
            painter.setBrush(accent)
            painter.drawRect(net)
            painter.setBrush(waiting)
            painter.drawRect(wait)
        painter.setPen(text_color)
        year = None
        for i in self.labelled():
            month, net = self._months[i], rects[i][0]
            centre = net.center().x()
            slot = QRectF(centre - 40, bottom + 4, 80, metrics.height())
            painter.drawText(slot, Qt.AlignmentFlag.AlignHCenter, self._month_name(month))
            if month.month.year != year:
                year = month.month.year
                painter.drawText(slot.translated(0, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, str(year))
        painter.end()

    def _legend(self, painter: QPainter, net: QColor, waiting: QColor, text: QColor) -> None:
        """'■ Net  ■ Waiting (unconfirmed)' in the top right corner."""
        metrics = self.fontMetrics()
        box = metrics.height() * 0.7
        x = float(self.width() - 8)
        for color, label in ((waiting, self.tr("Waiting (unconfirmed)")), (net, self.tr("Net"))):
            x -= metrics.horizontalAdvance(label)
            painter.setPen(text)
            painter.drawText(self._mirrored(QRectF(x, 0, metrics.horizontalAdvance(label) + 2,
                                                   metrics.height())),
                             Qt.AlignmentFlag.AlignLeft, label)
            x -= box + 4
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(self._mirrored(QRectF(x, (metrics.height() - box) / 2, box, box)))
            x -= 14
