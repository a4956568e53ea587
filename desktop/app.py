"""Composition root of the desktop app: builds services, context, pages and the window."""

from __future__ import annotations

import logging
import os
import sys
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.bridge import ServiceBridge
from desktop.context import DeskContext
from desktop.resources import resource_path
from desktop.settings import AppSettings
from desktop.views.calendar_files import CalendarActions
from desktop.views.main_window import MainWindow
from desktop.views.pages import build_pages
from services.clock import FixedClock, SystemClock
from services.container import Services
from services.logs import log_to_file

log = logging.getLogger("mentordesk")


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setApplicationName("Mentor Desk")
    QCoreApplication.setOrganizationName("MentorDesk")
    style = resource_path("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = resource_path("icons", "mentordesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_window(services: Services, settings: AppSettings) -> MainWindow:
    bridge = ServiceBridge(services.hub)
    ctx = DeskContext(services=services, bridge=bridge, settings=settings)
    window = MainWindow(ctx, build_pages(ctx))
    CalendarActions(window)
    return window


def _install_excepthook(log_file: Path | None) -> None:
    """An unexpected error is logged in full and shown as one calm sentence, never a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))
        where = f"\n\nDetails were written to {log_file}." if log_file else ""
        if QApplication.instance() is not None:
            QMessageBox.critical(None, "Mentor Desk",
                                 f"Something went wrong: {exc}{where}\n\n"
                                 "Your data is safe; the last action may not have been saved.")

    sys.excepthook = hook


def has_display() -> bool:
    """Without a display (and no platform chosen) Qt would abort the process; say so instead."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(db: str | os.PathLike[str] | None = None, now: datetime | None = None) -> int:
    if not has_display():
        print("mentordesk: no display found; start the app from a desktop session, use a "
              "command (see `mentordesk --help`), or render pages with `mentordesk screenshots "
              "DIR`", file=sys.stderr)
        return 2
    app = make_application()
    log_file = log_to_file()
    _install_excepthook(log_file)
    clock = FixedClock(now) if now is not None else SystemClock()
    try:
        services = Services.open(db, clock)
    except Exception as exc:  # noqa: BLE001 - a database that cannot be opened is told, not thrown
        log.exception("cannot open the database")
        QMessageBox.critical(None, "Mentor Desk",
                             f"The database could not be opened: {exc}\n\n"
                             "Choose another one with --db PATH, or see the log file.")
        return 1
    window = build_window(services, AppSettings())
    window.show()
    try:
        return app.exec()
    finally:
        window.ctx.bridge.detach()
        services.close()
