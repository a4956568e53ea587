"""Asks why a session is cancelled: common reasons to pick, or the mentor's own words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import tr


class CancelDialog(QDialog):
    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel session"))
        self.setMinimumWidth(440)
        self._reasons = [
            self.tr("I am ill"),
            self.tr("A schedule conflict came up"),
            self.tr("Personal emergency"),
            self.tr("The mentee asked to move it"),
        ]
        intro = QLabel(summary)
        intro.setWordWrap(True)
        note = QLabel(self.tr("The mentee is told the reason. Sessions can be cancelled "
                              "at least 24 hours before they start."))
        note.setWordWrap(True)
        self._choice = QComboBox()
        self._choice.setAccessibleName(self.tr("Common reason"))
        self._choice.addItem(self.tr("Pick a common reason…"), "")
        for reason in self._reasons:
            self._choice.addItem(reason, reason)
        self._text = QPlainTextEdit()
        self._text.setAccessibleName(self.tr("Reason"))
        self._text.setPlaceholderText(self.tr("Reason (required)"))
        self._text.setTabChangesFocus(True)
        self._text.setFixedHeight(90)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._ok = self._buttons.addButton(self.tr("Cancel session"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(note)
        layout.addWidget(self._choice)
        layout.addWidget(self._text)
        layout.addWidget(self._buttons)

        self._choice.currentIndexChanged.connect(self._on_choice_changed)
        self._text.textChanged.connect(self._on_text_changed)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._on_text_changed()

    def reason(self) -> str:
        return self._text.toPlainText().strip()

    def set_reason(self, text: str) -> None:
        self._text.setPlainText(text)

    def _on_choice_changed(self, index: int) -> None:
        reason = self._choice.itemData(index)
        if reason:
            self._text.setPlainText(reason)

    def _on_text_changed(self) -> None:
        self._ok.setEnabled(bool(self.reason()))
        self._ok.setToolTip("" if self.reason() else tr("A reason is required"))
