"""Asks for the reason of a decision: a common reason to pick, the mentor's own words, or both."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.feedback import InlineNotice, attempt


class ReasonDialog(QDialog):
    """With `submit`, OK hands the reason to it and the dialog stays open (showing why) when the
    services refuse; without it (e.g. for a screenshot) OK simply accepts."""

    def __init__(self, parent: QWidget | None, *, title: str, question: str, note: str,
                 reasons: list[str], ok_text: str, keep_text: str | None = None,
                 submit: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self._reasons = reasons
        intro = QLabel(question)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        note = QLabel(note)
        note.setWordWrap(True)
        note.setProperty("role", "hint")

        # Numbered, so that R, a digit and Enter reject from the keyboard.
        self._group = QButtonGroup(self)
        radios = [QRadioButton(f"&{number}  {text}")
                  for number, text in enumerate([*self._reasons, self.tr("Other…")], start=1)]
        self._other = radios[-1]
        for number, radio in enumerate(radios, start=1):
            radio.setAccessibleName(radio.text().replace("&", "", 1))
            self._group.addButton(radio, number)
            QShortcut(QKeySequence(str(number)), self, radio.click)
        self._text = QPlainTextEdit()
        self._text.setAccessibleName(self.tr("Reason in your own words"))
        self._text.setTabChangesFocus(True)
        self._text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._notice = InlineNotice()
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._ok = self._buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        if keep_text:  # where "Cancel" would read as the action itself
            self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(keep_text)
        self._ok.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(note)
        for radio in radios:
            layout.addWidget(radio)
        layout.addWidget(self._text)
        layout.addWidget(self._notice)
        layout.addWidget(self._buttons)

        self._group.idClicked.connect(self._on_group_id_clicked)
        self._text.textChanged.connect(self._on_text_changed)
        self._buttons.accepted.connect(self._on_buttons_accepted)
        self._buttons.rejected.connect(self.reject)
        self._on_text_changed()

    def reason(self) -> str:
        """The picked reason, with the mentor's words after it; the words alone for Other…"""
        details = self._text.toPlainText().strip()
        picked = self._group.checkedId()
        if not 1 <= picked <= len(self._reasons):
            return details
        common = self._reasons[picked - 1]
        return f"{common}: {details}" if details else common

    def pick(self, number: int) -> None:
        """Pick the reason numbered 1 (first) to 5 (Other…), as the number keys do."""
        self._group.button(number).click()

    def set_details(self, text: str) -> None:
        self._text.setPlainText(text)

    def _on_group_id_clicked(self, _number: int) -> None:
        other = self._group.checkedButton() is self._other
        self._text.setPlaceholderText(self.tr("Your reason (required)") if other
                                      else self.tr("Details (optional)"))
        if other:
            self._text.setFocus()
        self._on_text_changed()

    def _on_text_changed(self) -> None:
        ready = bool(self.reason())
        self._ok.setEnabled(ready)
        self._ok.setToolTip("" if ready else self.tr("Pick a reason or write one"))
        if self._group.checkedButton() is None:
            self._text.setPlaceholderText(self.tr("Pick a reason above, or write your own"))

    def _on_buttons_accepted(self) -> None:
        reason = self.reason()
        if not reason:
            return
        if self._submit is None or attempt(self, lambda: self._submit(reason) or True,
                                           self._notice) is not None:
            self.accept()
