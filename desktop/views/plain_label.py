"""Labels that show text exactly as given: user text (names, answers, reasons, file names) never
becomes markup, whatever it looks like."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

Select = Qt.TextInteractionFlag


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
                select: Select = Select.TextSelectableByMouse) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(select)
    return label
