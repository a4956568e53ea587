"""Help > About: version, licence, where the data lives, and a way to open that folder."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from desktop.bridge import ServiceBridge
from desktop.context import DeskContext
from desktop.settings import AppSettings
from desktop.views.about_dialog import AboutDialog
from desktop.views.main_window import MainWindow
from desktop.views.pages import build_pages
from services.about import LICENSE, VERSION
from services.container import Services
from services.logs import log_path


class OpenedUrls(QObject):
    """Stands where the desktop's file manager would: records the URLs it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_help_about_opens_the_dialog_with_version_licence_and_places(
        qtbot, ctx, answer_modal, tmp_path):  # noqa: ANN001
    window = MainWindow(ctx, build_pages(ctx))
    qtbot.addWidget(window)
    seen: list[dict[str, str]] = []

    def read_and_close(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, AboutDialog)
        seen.append({"version": dialog.version_label.text(),
                     "licence": dialog.license_label.text(),
                     "database": dialog.database_label.text(),
                     "settings": dialog.settings_label.text(),
                     "log": dialog.log_label.text()})
        dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Close).click()

    answer_modal(read_and_close)
    about = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu().actions()[0]
    about.trigger()
    assert seen == [{"version": f"Version {VERSION}",
                     "licence": f"Free software under the {LICENSE} licence.",
                     "database": str(tmp_path / "desk.sqlite3"),
                     "settings": str(tmp_path / "settings.ini"),
                     "log": str(log_path())}]


def test_open_data_folder_asks_the_desktop_to_show_the_database_folder(qtbot, ctx, tmp_path):  # noqa: ANN001
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [QUrl.fromLocalFile(str(tmp_path))]


def test_a_database_without_a_file_has_no_folder_to_open(qtbot, qapp, tmp_path):  # noqa: ANN001
    services = Services.open(":memory:")
    bridge = ServiceBridge(services.hub)
    try:
        dialog = AboutDialog(DeskContext(services, bridge, AppSettings(tmp_path / "s.ini")))
        qtbot.addWidget(dialog)
        assert not dialog.open_folder_button.isEnabled()
        assert dialog.database_label.text() == "sqlite://"
    finally:
        bridge.detach()
        services.close()
