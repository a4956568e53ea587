"""Help > About: the version, the licence, and where this installation keeps its data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.resources import resource_path
from services.about import LICENSE, VERSION
from services.logs import log_path

ICON_SIZE = 64


class AboutDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Mentor Desk"))
        services = ctx.services
        self.data_folder: Path | None = None
        database = services.database_file()
        if database is not None:
            self.data_folder = database.parent

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "mentordesk.svg")))
                       .pixmap(ICON_SIZE, ICON_SIZE))
        title = QLabel(self.tr("Mentor Desk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", VERSION))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(self.tr("Your mentoring sessions, invitations and calendar, on this "
                               "computer and offline."))
        self.license_label = QLabel(self.tr("Free software under the %1 licence.")
                                    .replace("%1", LICENSE))
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.database_label = _path_label(services.database_name())
        self.settings_label = _path_label(str(ctx.settings.path))
        self.log_label = _path_label(str(log_path()))
        places = QFormLayout()
        places.addRow(self.tr("Database:"), self.database_label)
        places.addRow(self.tr("Settings:"), self.settings_label)
        places.addRow(self.tr("Log:"), self.log_label)

        self.open_folder_button = QPushButton(self.tr("Open data folder"))
        self.open_folder_button.setEnabled(self.data_folder is not None)
        if self.data_folder is None:
            self.open_folder_button.setToolTip(self.tr("The data is on a database server."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(blurb)
        layout.addWidget(self.license_label)
        layout.addSpacing(8)
        layout.addLayout(places)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        # As large as its contents: a long path widens it rather than being cut.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

        buttons.rejected.connect(self.reject)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)

    def _on_open_folder_clicked(self) -> None:
        if self.data_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))


def _path_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label

