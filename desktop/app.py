"""Composition root of the desktop app: builds services, context, pages and the window."""

from __future__ import annotations

import desktop.import_scan  # noqa: F401, I001 - first of all (see there)

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # its message box is made on first need
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop.i18n import apply_language
from desktop.resources import resource_path
from desktop.settings import AppSettings, database_named
from desktop.single_instance import InstanceServer, any_listening, hand_over, instance_name
from desktop.views.feedback import message_box
from desktop.views.main_window import MainWindow
from services.about import APP_ID, DISPLAY_NAME, VERSION
from services.paths import database_identity
from services.startup import has_sessions

if TYPE_CHECKING:  # loaded once the window's frame has painted
    from datetime import datetime

    from services.clock import Clock
    from services.container import Services
    from services.errors import FileUnusable

log = logging.getLogger("mentordesk")


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setApplicationName(DISPLAY_NAME)
    QCoreApplication.setOrganizationName("MentorDesk")
    QCoreApplication.setApplicationVersion(VERSION)
    # Ties the windows to the installed .desktop file (its icon and name in docks and task bars).
    QGuiApplication.setDesktopFileName(APP_ID)
    style = resource_path("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = resource_path("icons", "mentordesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_window(services: Services, settings: AppSettings) -> MainWindow:
    """The whole window at once."""
    return fill_in(MainWindow(settings=settings), services)


def fill_in(window: MainWindow, services: Services) -> MainWindow:
    """Fill the window's frame in with the pages and the file actions over `services`."""
    from desktop.bridge import ServiceBridge
    from desktop.context import DeskContext
    from desktop.views.calendar_files import CalendarActions
    from desktop.views.calendar_server import CalendarServerSync
    from desktop.views.pages import build_pages

    ctx = DeskContext(services=services, bridge=ServiceBridge(services.hub),
                      settings=window.settings)
    window.attach(ctx, build_pages(ctx))
    CalendarActions(window)
    CalendarServerSync(window)
    return window


class LogFile:
    """The log file, set up on first need: once the window has painted, or by an error before."""

    def __init__(self) -> None:
        self._path: Path | None = None
        self._set_up = False

    def __call__(self) -> Path | None:
        if not self._set_up:
            from services.logs import log_to_file

            self._set_up = True
            self._path = log_to_file()
        return self._path


def _install_excepthook(log_file: Callable[[], Path | None]) -> None:
    """An unexpected error is logged in full and shown as one calm sentence, never a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        where = log_file()
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if QApplication.instance() is not None:
            text = MainWindow.tr("Something went wrong: %1").replace("%1", str(exc))
            if where:
                text += "\n\n" + MainWindow.tr("Details were written to %1.") \
                    .replace("%1", str(where))
            text += "\n\n" + MainWindow.tr("Your data is safe; the last action may not have "
                                           "been saved.")
            message_box(None, QtWidgets.QMessageBox.Icon.Critical, DISPLAY_NAME, text)

    sys.excepthook = hook


def has_display() -> bool:
    """Without a display (and no platform chosen) Qt would abort the process; say so instead."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


class FirstPaint(QObject):
    """Calls `then` once `window` has painted for the first time (posted, so that it runs once
    the whole window, children included, has painted)."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._seen and watched is self._window and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._then)
        return False


def open_services(db: str | os.PathLike[str] | None, clock: Clock,
                  ask: Callable[[FileUnusable], Path | None], mentor: str | None = None
                  ) -> tuple[Services, str | os.PathLike[str] | None] | None:
    """Open the database, for `mentor` as the command line does (services/scope.py); while
    it cannot be used, `ask` which other file to open instead (None: give up). Returns the
    services and the database they opened."""
    from services.container import Services
    from services.errors import FileUnusable

    while True:
        try:
            return Services.open(db, clock, mentor), db
        except FileUnusable as exc:
            log.warning("database not opened: %s", exc.message)
            chosen = ask(exc)
            if chosen is None:
                return None
            db = chosen


def ask_for_another(problem: FileUnusable) -> Path | None:
    from desktop.views.database_dialog import DatabaseProblemDialog

    folder = Path(problem.path).parent if isinstance(problem.path, Path) else Path.home()
    dialog = DatabaseProblemDialog(problem.message, str(folder))
    dialog.exec()
    return dialog.chosen


def run(db: str | os.PathLike[str] | None = None, now: datetime | None = None,
        files: list[Path] | None = None, smoke_test: bool = False,
        mentor: str | None = None) -> int:
    """Open the desktop app on `db` (for `mentor`, in a database several share), importing
    `files`; if a window on the same database is already open, hand the files to it and bring
    it forward instead.

    The window's frame is shown first (with the welcome page at once for a database without
    sessions), before the database layer is loaded; once it has painted, the database is
    opened and the window filled in."""
    if not has_display():
        print("mentordesk: no display found; start the app from a desktop session, use a "
              "command (see `mentordesk --help`), or render pages with `mentordesk screenshots "
              "DIR`", file=sys.stderr)
        return 2
    app = make_application()
    settings = AppSettings()
    apply_language(app, settings.language)
    if any_listening() and hand_over(instance_name(database_identity(db)), files or []):
        print("mentordesk: Mentor Desk is already open on this database; passed it on there",
              file=sys.stderr)
        return 0
    # The log file is set up once the window has painted (its module loads Python's logging
    # handlers; an error before that sets it up itself), and then the window listens for later
    # starts, so that what goes wrong there is logged too.
    log_file = LogFile()
    _install_excepthook(log_file)
    window = MainWindow(settings=settings, empty=has_sessions(database_named(db)) is False)
    server: InstanceServer | None = None
    opened: list[Services] = []

    def listen(database: str | os.PathLike[str] | None) -> None:
        nonlocal server
        if server is not None:
            server.close()
        server = InstanceServer(instance_name(database_identity(database)))
        server.listen()
        server.files_received.connect(window.receive_files)

    def open_and_fill_in() -> None:
        from services.clock import FixedClock, SystemClock

        log_file()
        listen(db)
        clock: Clock = FixedClock(now) if now is not None else SystemClock()
        try:
            found = open_services(db, clock, ask_for_another, mentor)
        except Exception as exc:  # noqa: BLE001 - a database that cannot be opened is told
            log.exception("cannot open the database")
            message_box(None, QtWidgets.QMessageBox.Icon.Critical, DISPLAY_NAME,
                        MainWindow.tr("The database could not be opened: %1")
                        .replace("%1", str(exc)) + "\n\n"
                        + MainWindow.tr("Choose another one with --db PATH, or see the "
                                        "log file."))
            QCoreApplication.exit(1)
            return
        if found is None:
            QCoreApplication.exit(5)
            return
        services, chosen = found
        opened.append(services)
        if chosen != db:  # another file was chosen: this window answers for that one
            listen(chosen)
        from desktop.views.calendar_server import CalendarServerSync

        fill_in(window, services)
        window.findChild(CalendarServerSync).start()
        if files:
            QTimer.singleShot(0, lambda: window.open_files(files))
        if smoke_test:
            QTimer.singleShot(0, smoke_test_done)

    def smoke_test_done() -> None:
        print("mentordesk: the main window has painted; quitting (smoke test)", flush=True)
        window.close()
        QCoreApplication.exit(0)

    window.installEventFilter(FirstPaint(window, open_and_fill_in))
    window.show()
    try:
        return app.exec()
    finally:
        if server is not None:
            server.close()
        if window.ctx is not None:
            window.ctx.bridge.detach()
        # Work still running in the background (a calendar file being written, a look at the
        # other desks) ends before its database is closed: the app may be left without its
        # window being closed first (its event loop ended), and a worker cut off while Python
        # shuts down may leave the process hanging.
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
        for services in opened:
            services.close()
