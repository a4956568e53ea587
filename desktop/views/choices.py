"""Radio buttons for one choice among named values, laid out in a given layout."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QRadioButton, QWidget


class Choices(QButtonGroup):
    """Each option is a (value, label) pair; `value()` is the checked one's, or None."""

    def __init__(self, options: list[tuple[str, str]], layout: QBoxLayout,
                 parent: QWidget) -> None:
        super().__init__(parent)
        for value, label in options:
            button = QRadioButton(label)
            button.setProperty("value", value)
            button.setAccessibleName(label)
            self.addButton(button)
            layout.addWidget(button)

    def value(self) -> str | None:
        button = self.checkedButton()
        return None if button is None else button.property("value")

    def choose(self, value: str | None) -> None:
        for button in self.buttons():
            if button.property("value") == value:
                button.setChecked(True)
