"""The painted agenda of the calendar page (days side by side, hours down) and its legend."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QGridLayout, QLabel, QToolTip, QWidget

from desktop.formatting import clock_text, day_text, escaped
from desktop.models.agenda_model import Agenda, AgendaBlock, BlockKind

# Fixed hues for the two session types: mid-dark enough for white text, bright enough to stand
# out on a dark base. Everything else is derived from the palette.
TYPE_COLOURS = {"intro": QColor("#12806f"), "paid": QColor("#4560d6")}
NOW_COLOUR = QColor("#d93a3a")
# The hours always shown, widened when something falls outside them.
DEFAULT_FIRST_HOUR = 8
DEFAULT_LAST_HOUR = 18
LAYER = {BlockKind.FREE: 0, BlockKind.BUSY: 1, BlockKind.SESSION: 2}


def blend(top: QColor, bottom: QColor, amount: float) -> QColor:
    """`top` laid over `bottom` at `amount` opacity, as an opaque colour."""
    return QColor.fromRgbF(top.redF() * amount + bottom.redF() * (1 - amount),
                           top.greenF() * amount + bottom.greenF() * (1 - amount),
                           top.blueF() * amount + bottom.blueF() * (1 - amount))


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def readable_on(fill: QColor) -> QColor:
    """Black or white, whichever contrasts more with `fill`."""
    lum = _luminance(fill)
    return QColor("#000000") if (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) else QColor("#ffffff")


class AgendaColours:
    """The agenda's colours for one palette: light and dark palettes both stay readable."""

    def __init__(self, palette: QPalette) -> None:
        self.base = palette.color(QPalette.ColorRole.Base)
        self.text = palette.color(QPalette.ColorRole.Text)
        self.window = palette.color(QPalette.ColorRole.Window)
        self.window_text = palette.color(QPalette.ColorRole.WindowText)
        self.highlight = palette.color(QPalette.ColorRole.Highlight)
        self.dark = self.base.lightnessF() < 0.5
        self.grid = blend(self.text, self.base, 0.12)
        self.hour_text = blend(self.text, self.base, 0.6)
        self.past = blend(self.text, self.base, 0.045)
        self.busy_fill = blend(self.text, self.base, 0.17)
        self.busy_border = blend(self.text, self.base, 0.35)
        self.day_off = blend(self.text, self.base, 0.22)

    def type_colour(self, session_type: str | None) -> QColor:
        colour = TYPE_COLOURS.get(session_type or "", TYPE_COLOURS["paid"])
        return colour.lighter(125) if self.dark else colour

    def fill(self, kind: BlockKind, session_type: str | None, tentative: bool) -> QColor:
        if kind == BlockKind.BUSY:
            return self.busy_fill
        if kind == BlockKind.FREE:
            return blend(self.type_colour(session_type), self.base, 0.14)
        if tentative:
            return blend(self.type_colour(session_type), self.base, 0.28)
        return TYPE_COLOURS.get(session_type or "", TYPE_COLOURS["paid"])

    def text_on(self, kind: BlockKind, session_type: str | None, tentative: bool) -> QColor:
        if kind == BlockKind.SESSION and not tentative:
            return readable_on(self.fill(kind, session_type, tentative))
        return self.text


def paint_box(painter: QPainter, rect: QRectF, colours: AgendaColours, kind: BlockKind,
              session_type: str | None = None, tentative: bool = False,
              selected: bool = False) -> None:
    """The background and border of one block; the legend draws its swatches with it too."""
    painter.save()
    path = QPainterPath()
    path.addRoundedRect(rect, 3, 3)
    painter.fillPath(path, colours.fill(kind, session_type, tentative))
    if kind == BlockKind.FREE:
        hatch = QColor(colours.type_colour(session_type))
        hatch.setAlphaF(0.22)
        painter.fillPath(path, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        pen = QPen(colours.type_colour(session_type), 1, Qt.PenStyle.DashLine)
    elif kind == BlockKind.BUSY:
        pen = QPen(colours.busy_border, 1)
    elif tentative:
        pen = QPen(colours.type_colour(session_type), 1.5, Qt.PenStyle.DashLine)
    else:
        pen = QPen(colours.type_colour(session_type).darker(130), 1)
    if selected:
        pen = QPen(colours.text, 2.5)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = pen.widthF() / 2
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 3, 3)
    painter.restore()


def paint_day_off(painter: QPainter, rect: QRectF, colours: AgendaColours) -> None:
    hatch = QColor(colours.day_off)
    painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.FDiagPattern))


@dataclass(frozen=True)
class _Geometry:
    gutter: float
    header: float
    column: float
    top_minute: int
    minute_px: float


class AgendaWidget(QWidget):
    """Paints an Agenda. Double-click (or Enter on the selected one) opens a session."""

    session_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._agenda = Agenda(days=(), blocks=(), zone="")
        self._selected: str | None = None
        self._chosen = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Agenda"))

    # -- data ----------------------------------------------------------------------------------

    def set_agenda(self, agenda: Agenda, chosen: object = None) -> None:
        self._agenda = agenda
        self._chosen = chosen
        if self._selected not in {b.session_id for b in agenda.sessions()}:
            self._selected = None
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def agenda(self) -> Agenda:
        return self._agenda

    def selected_session(self) -> str | None:
        return self._selected

    def select_session(self, session_id: str | None) -> None:
        self._selected = session_id
        self.update()

    def _describe(self) -> str:
        sessions = self._agenda.sessions()
        if not sessions:
            return self.tr("No sessions")
        lines = [f"{day_text(b.day)} {b.detail}, {b.title}" for b in sessions]
        return "; ".join(lines)

    # -- geometry ------------------------------------------------------------------------------

    def hour_range(self) -> tuple[int, int]:
        first, last = DEFAULT_FIRST_HOUR, DEFAULT_LAST_HOUR
        for block in self._agenda.blocks:
            first = min(first, block.start_minute // 60)
            last = max(last, math.ceil(block.end_minute / 60))
        return first, min(last, 24)

    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def _header_height(self) -> float:
        line = self._line()
        all_day = max((len(d.all_day) for d in self._agenda.days), default=0)
        return line * 2 + 10 + all_day * (line + 4)

    def _gutter(self) -> float:
        return QFontMetrics(self._small_font()).horizontalAdvance("00:00") + 14

    def _geometry(self) -> _Geometry:
        first, last = self.hour_range()
        header = self._header_height()
        gutter = self._gutter()
        days = max(1, len(self._agenda.days))
        column = max(1.0, (self.width() - gutter - 1) / days)
        bottom_margin = QFontMetrics(self._small_font()).height() / 2 + 2
        minute_px = max(0.1, (self.height() - header - bottom_margin) / ((last - first) * 60))
        return _Geometry(gutter, header, column, first * 60, minute_px)

    def minute_y(self, minute: float) -> float:
        """Where wall-clock `minute` of any day sits, in widget coordinates."""
        g = self._geometry()
        return g.header + (minute - g.top_minute) * g.minute_px

    def _mx(self, x: float) -> float:
        """A left-to-right x where it is drawn: mirrored when the window runs right to left
        (the hours on the right, the first day beside them)."""
        return self.width() - x if self.isRightToLeft() else x

    def _mirrored(self, rect: QRectF) -> QRectF:
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def block_rect(self, block: AgendaBlock) -> QRectF:
        g = self._geometry()
        column = self._column_of(block.day)
        if column < 0:
            return QRectF()
        lane_width = g.column / block.lanes
        x = g.gutter + column * g.column + block.lane * lane_width
        top = self.minute_y(block.start_minute)
        height = max(self.minute_y(block.end_minute) - top, 4.0)
        return self._mirrored(QRectF(x + 2, top + 1, lane_width - 4, height - 2))

    def _column_of(self, day: object) -> int:
        return next((i for i, d in enumerate(self._agenda.days) if d.day == day), -1)

    def block_at(self, pos: QPointF) -> AgendaBlock | None:
        for block in sorted(self._agenda.blocks, key=lambda b: -LAYER[b.kind]):
            if self.block_rect(block).contains(pos):
                return block
        return None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(760, 560)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        first, last = self.hour_range()
        days = max(1, len(self._agenda.days))
        hour = self._line() * 1.6
        return QSize(int(self._gutter() + days * 56),
                     int(self._header_height() + (last - first) * hour + 6))

    # -- painting ------------------------------------------------------------------------------

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        colours = AgendaColours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), colours.base)
        if not self._agenda.days:
            painter.end()
            return
        g = self._geometry()
        first, last = self.hour_range()
        bottom = self.minute_y(last * 60)
        self._paint_columns(painter, g, colours, bottom)
        self._paint_hours(painter, g, colours, first, last)
        for block in sorted(self._agenda.blocks, key=lambda b: LAYER[b.kind]):
            self._paint_block(painter, block, colours)
        self._paint_now(painter, g)
        self._paint_header(painter, g, colours)
        if self.hasFocus():
            painter.setPen(QPen(colours.highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_columns(self, painter: QPainter, g: _Geometry, colours: AgendaColours,
                       bottom: float) -> None:
        agenda = self._agenda
        for i, day in enumerate(agenda.days):
            x = g.gutter + i * g.column
            column = self._mirrored(QRectF(x, g.header, g.column, bottom - g.header))
            if agenda.now_day is not None and day.day < agenda.now_day:
                painter.fillRect(column, colours.past)
            elif day.is_today:
                past_bottom = min(bottom, max(g.header, self.minute_y(agenda.now_minute)))
                painter.fillRect(self._mirrored(QRectF(x, g.header, g.column,
                                                       past_bottom - g.header)), colours.past)
            if day.day_off is not None:
                paint_day_off(painter, column, colours)

    def _paint_hours(self, painter: QPainter, g: _Geometry, colours: AgendaColours,
                     first: int, last: int) -> None:
        painter.save()
        painter.setFont(self._small_font())
        metrics = QFontMetrics(painter.font())
        right = g.gutter + g.column * len(self._agenda.days)
        for hour in range(first, last + 1):
            y = round(self.minute_y(hour * 60)) + 0.5
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(self._mx(g.gutter - 4), y), QPointF(self._mx(right), y))
            if hour < last:
                half = round(self.minute_y(hour * 60 + 30)) + 0.5
                pen = QPen(colours.grid, 1, Qt.PenStyle.DotLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(self._mx(g.gutter), half),
                                 QPointF(self._mx(right), half))
            painter.setPen(colours.hour_text)
            label = clock_text(time(hour % 24)) if hour < 24 else "24:00"
            top = max(g.header, y - metrics.height() / 2)
            # Right-aligned toward the grid; in a right-to-left window Qt reads that as left.
            painter.drawText(self._mirrored(QRectF(0, top, g.gutter - 7, metrics.height())),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(colours.grid, 1))
        bottom = self.minute_y(last * 60)
        for i in range(len(self._agenda.days) + 1):
            x = round(self._mx(g.gutter + i * g.column)) + 0.5
            painter.drawLine(QPointF(x, g.header), QPointF(x, bottom))
        painter.restore()

    def _paint_block(self, painter: QPainter, block: AgendaBlock, colours: AgendaColours) -> None:
        rect = self.block_rect(block)
        if rect.isEmpty():
            return
        selected = block.session_id is not None and block.session_id == self._selected
        paint_box(painter, rect, colours, block.kind, block.session_type, block.tentative,
                  selected)
        text_rect = rect.adjusted(4, 1, -3, -1)
        title_font = QFont(self.font())
        if block.kind == BlockKind.SESSION:
            title_font.setBold(True)
        small = self._small_font()
        title_metrics, small_metrics = QFontMetrics(title_font), QFontMetrics(small)
        if text_rect.height() < small_metrics.height() - 2 or text_rect.width() < 12:
            return
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(colours.text_on(block.kind, block.session_type, block.tentative))
        width = int(text_rect.width())
        # Too narrow for times: the name alone reads better than three stumps (tooltips help).
        narrow = width < small_metrics.horizontalAdvance("00:00–00:00")
        if text_rect.height() >= title_metrics.height() + small_metrics.height() and narrow:
            painter.setFont(title_font)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             title_metrics.elidedText(block.title, Qt.TextElideMode.ElideRight,
                                                      width))
        elif text_rect.height() >= title_metrics.height() + small_metrics.height():
            painter.setFont(title_font)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             title_metrics.elidedText(block.title, Qt.TextElideMode.ElideRight,
                                                      width))
            painter.setFont(small)
            detail_rect = text_rect.adjusted(0, title_metrics.height(), 0, 0)
            lines = max(1, int(detail_rect.height() // small_metrics.height()))
            painter.drawText(detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap,
                             self._fit(block.detail, small_metrics, width, lines))
        else:
            # One line only: the name, and the start time when it fits beside it.
            painter.setFont(small)
            line = f"{block.times[:5]} {block.title}"
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             small_metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
        painter.restore()

    @staticmethod
    def _fit(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
        if lines <= 1 or metrics.horizontalAdvance(text) <= width:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        parts = text.split(" · ")
        return "\n".join(metrics.elidedText(p, Qt.TextElideMode.ElideRight, width)
                         for p in parts[:lines])

    def _paint_now(self, painter: QPainter, g: _Geometry) -> None:
        agenda = self._agenda
        column = self._column_of(agenda.now_day)
        first, last = self.hour_range()
        if column < 0 or not first * 60 <= agenda.now_minute <= last * 60:
            return
        y = self.minute_y(agenda.now_minute)
        x = g.gutter + column * g.column
        painter.save()
        painter.setPen(QPen(NOW_COLOUR, 2))
        painter.drawLine(QPointF(self._mx(x), y), QPointF(self._mx(x + g.column), y))
        painter.setBrush(NOW_COLOUR)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(self._mx(x + 1), y), 4, 4)
        painter.restore()

    def _paint_header(self, painter: QPainter, g: _Geometry, colours: AgendaColours) -> None:
        painter.save()
        line = self._line()
        painter.fillRect(QRectF(0, 0, self.width(), g.header), colours.window)
        painter.setPen(QPen(colours.grid, 1))
        painter.drawLine(QPointF(0, g.header - 0.5), QPointF(self.width(), g.header - 0.5))
        bold = QFont(self.font())
        bold.setBold(True)
        small = self._small_font()
        small_metrics = QFontMetrics(small)
        for i, day in enumerate(self._agenda.days):
            x = g.gutter + i * g.column
            cell = self._mirrored(QRectF(x + 4, 4, g.column - 8, line))
            if day.day == self._chosen:
                painter.fillRect(self._mirrored(QRectF(x + 2, 2, g.column - 4, line * 2 + 6)),
                                 blend(colours.highlight, colours.window, 0.18))
            painter.setFont(bold)
            painter.setPen(colours.highlight if day.is_today and not colours.dark
                           else colours.highlight.lighter(140) if day.is_today
                           else colours.window_text)
            label = day_text(day.day)
            painter.drawText(cell, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(bold).elidedText(label, Qt.TextElideMode.ElideRight,
                                                           int(cell.width())))
            notes = [self.tr("Today")] if day.is_today else []
            if day.day_off is not None:
                notes.append(self.tr("Day off: %1").replace("%1", day.day_off))
            if day.hours != 24:
                notes.append(self.tr("%n-hour day", "", day.hours))
            painter.setFont(small)
            painter.setPen(blend(colours.window_text, colours.window, 0.7))
            painter.drawText(cell.translated(0, line + 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             small_metrics.elidedText(" · ".join(notes),
                                                      Qt.TextElideMode.ElideRight,
                                                      int(cell.width())))
            for n, title in enumerate(day.all_day):
                chip = self._mirrored(QRectF(x + 2, line * 2 + 8 + n * (line + 4),
                                             g.column - 4, line + 2))
                paint_box(painter, chip, colours, BlockKind.BUSY)
                painter.setPen(colours.text)
                painter.drawText(chip.adjusted(4, 0, -3, 0),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 small_metrics.elidedText(title, Qt.TextElideMode.ElideRight,
                                                          int(chip.width() - 7)))
        painter.restore()

    # -- interaction ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        block = self.block_at(event.position())
        self.select_session(block.session_id if block and block.kind == BlockKind.SESSION
                            else None)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        block = self.block_at(event.position())
        if block is not None and block.session_id is not None:
            self.select_session(block.session_id)
            self.session_activated.emit(block.session_id)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.session_activated.emit(self._selected)
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left):
            # Later is to the right, or in a right-to-left window to the left.
            later = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
            self._step(1 if key in (Qt.Key.Key_Down, later) else -1)
            return
        super().keyPressEvent(event)

    def _step(self, direction: int) -> None:
        ids: list[str] = []
        for block in sorted(self._agenda.sessions(), key=lambda b: (b.start, b.session_id)):
            if block.session_id not in ids:
                ids.append(block.session_id or "")
        if not ids:
            return
        if self._selected in ids:
            index = max(0, min(len(ids) - 1, ids.index(self._selected) + direction))
        else:
            index = 0 if direction > 0 else len(ids) - 1
        self.select_session(ids[index])
        block = next(b for b in self._agenda.sessions() if b.session_id == ids[index])
        self.setAccessibleDescription(f"{block.title}, {block.detail}")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), escaped(f"{block.title}\n{block.detail}"),
                                  self)
            return True
        return super().event(event)

    def focusInEvent(self, event) -> None:  # noqa: ANN001, N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        super().focusOutEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)


class _Swatch(QWidget):
    def __init__(self, kind: BlockKind, session_type: str | None, tentative: bool,
                 day_off: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind, self._type, self._tentative, self._day_off = (kind, session_type, tentative,
                                                                  day_off)
        size = QFontMetrics(self.font()).height()
        self.setFixedSize(int(size * 1.6), size)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        colours = AgendaColours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if self._day_off:
            painter.fillRect(rect, colours.base)
            paint_day_off(painter, rect, colours)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawRect(rect)
        else:
            paint_box(painter, rect, colours, self._kind, self._type, self._tentative)
        painter.end()


class AgendaLegend(QWidget):
    """What each kind of block in the agenda means."""

    def __init__(self, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        entries = [
            (BlockKind.SESSION, "intro", False, False, self.tr("Intro session")),
            (BlockKind.SESSION, "paid", False, False, self.tr("Paid session")),
            (BlockKind.SESSION, "intro", True, False, self.tr("Requested, awaiting your answer")),
            (BlockKind.FREE, "intro", False, False, self.tr("Free for intro sessions")),
            (BlockKind.FREE, "paid", False, False, self.tr("Free for paid sessions")),
            (BlockKind.BUSY, None, False, False, self.tr("Busy in your own calendar")),
            (BlockKind.BUSY, None, False, True, self.tr("Day off")),
        ]
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        for n, (kind, session_type, tentative, day_off, text) in enumerate(entries):
            row, col = divmod(n, columns)
            swatch = _Swatch(kind, session_type, tentative, day_off, self)
            label = QLabel(text, self)
            label.setBuddy(swatch)
            layout.addWidget(swatch, row, col * 2)
            layout.addWidget(label, row, col * 2 + 1)
        layout.setColumnStretch(columns * 2 - 1, 1)
