"""`mentordesk screenshots DIR`: every page and the main dialogs rendered to PNG, offscreen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from services.container import Services

SIZE = (1200, 760)


def _settle(app, rounds: int = 5) -> None:  # noqa: ANN001
    for _ in range(rounds):
        app.processEvents()


def render_all(services: Services, directory: str | os.PathLike[str]) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import build_window, make_application
    from desktop.settings import AppSettings

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="mentordesk-screenshots-") as scratch:
        window = build_window(services, AppSettings(Path(scratch) / "settings.ini"))
        window.resize(*SIZE)
        window.show()
        _settle(app)

        def save(name: str, widget) -> None:  # noqa: ANN001
            _settle(app)
            path = out / f"{len(written) + 1:02d}-{name}.png"
            widget.grab().save(str(path))
            written.append(path)

        if window.stack.currentWidget() is window.welcome:
            save("welcome", window)
        else:
            for row, page in enumerate(window.pages):
                window.sidebar.setCurrentRow(row)
                save(page.key, window)
            for name, make in dialogs(window).items():
                dialog = make()
                if dialog is None:
                    continue
                dialog.show()
                save(name, dialog)
                dialog.close()
        window.ctx.bridge.detach()
        window.close()
    return written


def dialogs(window) -> dict[str, Callable[[], object]]:  # noqa: ANN001
    """Dialogs worth a picture, each built around a fitting session of the current data."""
    from desktop.views.about_dialog import AboutDialog
    from desktop.views.calendar_files import (
        CalendarActions,
        ExportCalendarDialog,
        ImportedCalendarsDialog,
    )
    from desktop.views.cancel_dialog import CancelDialog
    from desktop.views.confirm_dialog import ConfirmDialog
    from desktop.views.settings_dialog import SettingsDialog

    ctx = window.ctx
    sessions = ctx.services.sessions
    tz = ctx.tz()
    made: dict[str, Callable[[], object]] = {}
    invitations = sessions.invitations()
    if invitations:
        from desktop.views.reject_dialog import RejectDialog

        made["reject-dialog"] = lambda: RejectDialog(window, invitations[0].mentee_name)
    pending = sessions.pending_confirmation()
    intro = next((r for r in pending if r.type == "intro"), None)
    paid = next((r for r in pending if r.type == "paid"), None)
    if intro is not None:
        made["confirm-intro-dialog"] = lambda: ConfirmDialog(intro, None, tz, window)
    if paid is not None:
        made["confirm-paid-dialog"] = lambda: ConfirmDialog(
            paid, sessions.bundle(paid.bundle_id) if paid.bundle_id else None, tz, window)
    upcoming = sessions.upcoming()
    if upcoming:
        made["cancel-dialog"] = lambda: CancelDialog(upcoming[-1], tz, window)
        from desktop.views.session_details_dialog import SessionDetailsDialog

        made["session-details"] = lambda: SessionDetailsDialog(ctx, upcoming[0].id, window)
    made["settings-dialog"] = lambda: SettingsDialog(ctx, window)
    made["export-calendar-dialog"] = lambda: ExportCalendarDialog(ctx, window)
    made["imported-calendars-dialog"] = lambda: ImportedCalendarsDialog(
        ctx, window.findChild(CalendarActions), window)
    made["about-dialog"] = lambda: AboutDialog(ctx, window)
    return made
