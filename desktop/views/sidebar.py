"""The sidebar: the pages by name, each with its count as a badge.

Made when the window is filled in. The frame paints before, with an empty column of the same
width and colour standing in (`MainWindow`): QListWidget's item-view classes cost 2–5 ms to
load, which the first paint would wait for."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

# The role that holds a page's count.
BadgeRole = Qt.ItemDataRole.UserRole + 10


class SidebarDelegate(QStyledItemDelegate):
    """Draws a page name with its count as a rounded badge at the end of the line."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        count = index.data(BadgeRole) or 0
        if not count:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = str(count)
        metrics = option.fontMetrics
        width = max(metrics.horizontalAdvance(text) + 12, metrics.height() + 2)
        height = metrics.height() + 2
        # At the end of the line: on the right, or on the left in a right-to-left window.
        left = option.rect.left() + 10 if option.direction == Qt.LayoutDirection.RightToLeft \
            else option.rect.right() - width - 10
        rect = QRect(left, option.rect.center().y() - height // 2, width, height)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.highlightedText() if selected else palette.highlight())
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(palette.highlight().color() if selected
                       else palette.highlightedText().color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 48, max(size.height(), option.fontMetrics.height() + 16))


def page_list(accessible_name: str, width: int) -> QListWidget:
    """The sidebar's list, empty, `width` wide."""
    sidebar = QListWidget()
    sidebar.setObjectName("sidebar")
    sidebar.setAccessibleName(accessible_name)
    sidebar.setItemDelegate(SidebarDelegate(sidebar))
    sidebar.setFixedWidth(width)
    sidebar.setFrameShape(QFrame.Shape.NoFrame)
    sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return sidebar
