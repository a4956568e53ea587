"""At start-up, a database that cannot be used: why, in the services' words, and another file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class DatabaseProblemDialog(QDialog):
    """Says why the database was not opened; Choose another file… or Quit."""

    def __init__(self, message: str, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mentor Desk cannot open its database"))
        self.setMinimumWidth(520)
        self.chosen: Path | None = None
        self._folder = folder
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        self.message = QLabel(message[:1].upper() + message[1:])
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("Choose another database file (a new name starts an empty one), "
                              "or quit. The file named above is left as it is."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.choose_button = buttons.addButton(self.tr("Choose another file…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Quit"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.choose_button.setDefault(True)
        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.quit_button.clicked.connect(self.reject)

    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Choose a database file"), self._folder,
            self.tr("Mentor Desk database (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.chosen = Path(path)
            self.accept()
