"""Shows the services' refusals where the mentor acted, in the services' own words."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.views.by_name import set_by_name

if TYPE_CHECKING:  # the window's frame (its notices) paints before these are loaded
    from PySide6.QtWidgets import QMessageBox

    from services.errors import DomainError

T = TypeVar("T")


class InlineNotice(QLabel):
    """A one-line notice under the controls that caused it; hides itself after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_by_name(self, textFormat="PlainText")
        self.setAccessibleName(self.tr("Notice"))
        self.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_notice)

    def show_error(self, text: str) -> None:
        self.setProperty("kind", "error")
        self._show(text, 0)

    def show_info(self, text: str) -> None:
        self.setProperty("kind", "info")
        self._show(text, 8000)

    def _show(self, text: str, timeout_ms: int) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setVisible(True)
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def clear_notice(self) -> None:
        self.setText("")
        self.setVisible(False)


def sentence(message: str) -> str:
    """A message of the services (a clause) as a sentence on its own."""
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def describe(exc: DomainError) -> str:
    """The sentence for an error, in the window's language; an invalid file lists its problems."""
    from desktop.wording import error_text
    from services.errors import InvalidInput

    text = error_text(exc)
    if isinstance(exc, InvalidInput):
        # Each problem quotes the file (its paths, ids and values), in the services' words.
        shown = exc.problems[:12]
        text += "\n\n" + "\n".join(f"• {p}" for p in shown)
        if len(exc.problems) > len(shown):
            more = len(exc.problems) - len(shown)
            text += "\n" + InlineNotice.tr("… and %n more", "", more)
    return text


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A modal message that shows `text` exactly: it may quote names, ids or file contents."""
    box = QtWidgets.QMessageBox(icon, title, text, QtWidgets.QMessageBox.StandardButton.Ok,
                                parent)
    set_by_name(box, textFormat="PlainText")
    box.exec()


def attempt(parent: QWidget, action: Callable[[], T], notice: InlineNotice | None = None,
            title: str | None = None) -> T | None:
    """Run a service call; a refusal is shown inline (or in a message box) and returns None."""
    from services.errors import DomainError

    try:
        result = action()
    except DomainError as exc:
        if notice is not None:
            notice.show_error(describe(exc))
        else:
            message_box(parent, QtWidgets.QMessageBox.Icon.Warning,
                        title or InlineNotice.tr("Not possible"), describe(exc))
        return None
    if notice is not None:
        notice.clear_notice()
    return result
