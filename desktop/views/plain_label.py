"""Labels that show text exactly as given: user text (names, answers, reasons, file names) never
becomes markup, whatever it looks like."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.views.by_name import set_by_name


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
                select: str = "TextSelectableByMouse") -> QLabel:
    """`select`: Qt.TextInteractionFlag's keys, by name ('NoTextInteraction',
    'TextSelectableByMouse|TextSelectableByKeyboard'): the window's frame is made of these
    labels before Qt's namespace is loaded (desktop/views/by_name.py)."""
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    set_by_name(label, textFormat="PlainText", textInteractionFlags=select)
    return label
