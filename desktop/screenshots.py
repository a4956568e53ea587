"""`mentordesk screenshots DIR`: the welcome page, every page and the main dialogs as PNG files.

Drawn offscreen unless a platform is chosen (`QT_QPA_PLATFORM=xcb` under a real or virtual X
server). Text that does not fit the room it was given is reported: metrics differ between
platforms, and a cut-off line is easy to miss in a picture.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from services.container import Services

SIZE = (1200, 760)


@dataclass
class Rendered:
    files: list[Path] = field(default_factory=list)
    # "<file>: <what>" for every text cut off in a picture.
    cut_off: list[str] = field(default_factory=list)


def _settle(app, rounds: int = 5) -> None:  # noqa: ANN001
    for _ in range(rounds):
        app.processEvents()


def cut_off_texts(root) -> list[str]:  # noqa: ANN001 - a QWidget
    """The visible labels and buttons under `root` whose text needs more room than they have:
    a word-wrapped label shorter than its height for its width, any other shorter or narrower
    than its minimum size."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    for widget in [root, *root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisible() \
                or not widget.text():
            continue
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = (size.width(), widget.heightForWidth(size.width()))
        else:
            hint = widget.minimumSizeHint()
            needed = (hint.width(), hint.height())
        if needed[0] > size.width() or needed[1] > size.height():
            text = " ".join(widget.text().split())
            found.append(f"{type(widget).__name__} {text[:40]!r} needs {needed[0]}x{needed[1]} "
                         f"px, has {size.width()}x{size.height()}")
    return found


def render_all(services: Services, directory: str | os.PathLike[str],
               language: str = "en") -> Rendered:
    """Every picture in `language` ('en', 'de', 'ar'), whatever the system's is."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import build_window, make_application
    from desktop.i18n import apply_language
    from desktop.settings import AppSettings

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    apply_language(app, language)
    rendered = Rendered()

    def save(name: str, widget) -> None:  # noqa: ANN001
        _settle(app)
        path = out / f"{len(rendered.files) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        rendered.files.append(path)
        rendered.cut_off.extend(f"{path.name}: {text}" for text in cut_off_texts(widget))

    def window_over(data: Services, settings_file: Path):  # noqa: ANN202
        window = build_window(data, AppSettings(settings_file))
        window.reminders.stop()  # a notice popping up halfway would differ from picture to picture
        window.resize(*SIZE)
        window.show()
        _settle(app)
        return window

    def close(window) -> None:  # noqa: ANN001
        window.ctx.bridge.detach()
        window.close()

    with tempfile.TemporaryDirectory(prefix="mentordesk-screenshots-") as scratch:
        # What a new user sees first, whatever the database given holds.
        empty = Services.open(Path(scratch) / "empty.sqlite3", services.clock)
        try:
            window = window_over(empty, Path(scratch) / "welcome.ini")
            save("welcome", window)
            close(window)
        finally:
            empty.close()
        window = window_over(services, Path(scratch) / "settings.ini")
        if window.stack.currentWidget() is not window.welcome:
            for row, page in enumerate(window.pages):
                window.sidebar.setCurrentRow(row)
                for name in page.pictures():
                    save(name, window)
            for name, make in dialogs(window).items():
                dialog = make()
                if dialog is None:
                    continue
                dialog.show()
                save(name, dialog)
                dialog.close()
            window.sidebar.setCurrentRow(0)
            with example_server_status(window):
                save("calendar-server-status", window)
        close(window)
    return rendered


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
    notes = ctx.services.journal.search("")
    if notes and notes[0].session_id:
        from desktop.views.journal_dialogs import NoteDialog

        made["note-dialog"] = lambda: NoteDialog(ctx, notes[0].session_id, window)
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
    made["calendar-server-settings"] = lambda: example_server_settings(ctx, window)
    return made


EXAMPLE_SERVER = "https://cloud.example.org/remote.php/dav"


@contextmanager
def example_server_status(window) -> Iterator[None]:  # noqa: ANN001
    """The status bar as it reads with changes waiting on an unreachable server (shown only:
    nothing is stored, nothing is sent)."""
    from desktop.views.calendar_server import CalendarServerSync
    from services.caldav_sync import ServerStatus

    sync = window.findChild(CalendarServerSync)
    since = window.ctx.now() - timedelta(minutes=18)
    sync.show_status(ServerStatus(configured=True, waiting=3, offline_since=since, offline=True,
                                  error="cannot reach cloud.example.org: no answer in time"))
    try:
        yield
    finally:
        sync.refresh_status()


def example_server_settings(ctx, window):  # noqa: ANN001, ANN201
    """Settings > Calendar server as it looks after Test connection (example calendars)."""
    from desktop.views.calendar_server import NEW_CALENDAR, CalendarServerPane
    from desktop.views.settings_dialog import SettingsDialog
    from services.caldav_client import ServerCalendar

    dialog = SettingsDialog(ctx, window)
    pane = dialog.server
    if ctx.services.calendar_server.setup() is None:
        pane.url.setText(EXAMPLE_SERVER)
        pane.user.setText("dana")
        pane.password.setText("password")
        home = f"{EXAMPLE_SERVER}/calendars/dana"
        pane.show_calendars([ServerCalendar(f"{home}/personal/", "Personal"),
                             ServerCalendar(f"{home}/work/", "Work"),
                             ServerCalendar(f"{home}/family/", "Family")])
        pane.sessions_to.setCurrentIndex(pane.sessions_to.findData(NEW_CALENDAR))
        for row in (0, 2):
            pane.busy.item(row).setCheckState(pane.busy.item(row).checkState().Checked)
        pane.notice.show_info(CalendarServerPane.tr("Connected: %n calendars found.", "", 3))
    dialog.tabs.setCurrentWidget(pane)
    return dialog
