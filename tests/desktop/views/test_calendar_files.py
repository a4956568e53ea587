"""Calendar files from the window: export dialog, .ics drops, imported calendars, kept file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.app import build_window
from desktop.views.calendar_files import CalendarActions, ExportCalendarDialog, ImportedCalendarsDialog
from desktop.views.settings_dialog import SettingsDialog
from tests.conftest import ICS_SAMPLES
from tests.desktop.conftest import click_choice

BUSY_ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Test//EN\r
X-WR-CALNAME:Work\r
BEGIN:VEVENT\r
UID:standup-1\r
DTSTAMP:20260301T000000Z\r
DTSTART:20260303T090000Z\r
DTEND:20260303T093000Z\r
SUMMARY:Standup\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture
def window(qtbot, demo_ctx):  # noqa: ANN001, ANN201
    win = build_window(demo_ctx.services, demo_ctx.settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.ctx.bridge.detach()


def calendars(window) -> dict[str, int]:  # noqa: ANN001
    return {c.label: c.blocks for c in window.ctx.services.availability.busy_calendars()}


def _drop(window, path: Path) -> None:  # noqa: ANN001
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))


def test_file_menu_offers_calendar_import_and_export(window) -> None:  # noqa: ANN001
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert "Import calendar (.ics)…" in texts and "Export calendar…" in texts
    assert texts.index("Export calendar…") > texts.index("Write outbox…")


def test_export_dialog_writes_what_was_chosen(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    dialog = ExportCalendarDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.choose("sessions")
    dialog.no_names.setChecked(True)
    dialog.days.setValue(2)
    target = tmp_path / "share.ics"
    assert dialog.export_to(target)
    tz = window.ctx.tz()
    first = window.ctx.now().astimezone(tz).replace(hour=0, minute=0, second=0, microsecond=0)
    chosen = window.ctx.services.sessions.in_range(first, first + timedelta(days=2),
                                                 ("scheduled", "awaiting_confirmation"))
    later = window.ctx.services.sessions.in_range(first + timedelta(days=2),
                                                  first + timedelta(days=28), ("scheduled",))
    assert chosen and later  # the demo has sessions on both sides of the 2 days
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    booked = [e for e in events if str(e.get("STATUS", "CONFIRMED")) != "CANCELLED"]
    # Sessions only, each of the 2 days' sessions once, none after them, no names.
    assert {str(e["UID"]) for e in booked} == {f"session-{r.id}@mentordesk" for r in chosen}
    assert {str(e["SUMMARY"]) for e in booked} == {"Mentoring session"}
    assert {str(e["TRANSP"]) for e in booked} == {"OPAQUE"}
    text = target.read_text(encoding="utf-8")
    assert not any(r.mentee_name in text for r in chosen + later)
    assert dialog.exported_to == target
    assert dialog.summary.startswith(f"wrote {len(chosen)} session")
    assert "and 0 free blocks" in dialog.summary and f"{first:%a %Y-%m-%d} to " in dialog.summary


def test_export_dialog_reports_an_unwritable_place(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    dialog = ExportCalendarDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder")
    assert not dialog.export_to(blocked / "cal.ics")
    assert dialog.notice.text() == (f"Cannot write {blocked / 'cal.ics'}: {blocked} is a file, "
                                    "not a folder; nothing was written")


def test_dropping_an_ics_file_imports_busy_time(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "work.ics"
    path.write_text(BUSY_ICS, encoding="utf-8", newline="")
    _drop(window, path)
    qtbot.waitUntil(lambda: "Work" in calendars(window), timeout=10_000)
    assert calendars(window)["Work"] == 1
    qtbot.waitUntil(lambda: "Work: a new calendar, 1 busy time from work.ics"
                    in window.notice.text(), timeout=5_000)


def test_a_broken_calendar_is_explained_and_changes_nothing(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    before = calendars(window)
    path = tmp_path / "broken.ics"
    path.write_text("this is not a calendar", encoding="utf-8")
    _drop(window, path)
    qtbot.waitUntil(lambda: "broken.ics" in window.notice.text()
                    and window.notice.property("kind") == "error", timeout=10_000)
    assert calendars(window) == before


def test_imported_calendars_can_be_removed(qtbot, window) -> None:  # noqa: ANN001
    actions = window.findChild(CalendarActions)
    dialog = ImportedCalendarsDialog(window.ctx, actions, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "Demo calendar" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert calendars(window) == {}
    assert dialog.list.item(0).text() == "No calendar imported yet."
    assert not dialog.remove.isEnabled()


def test_settings_keep_a_calendar_file_up_to_date(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    target = tmp_path / "synced" / "mentor.ics"
    target.parent.mkdir()
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.keep_calendar.setChecked(True)
    dialog.calendar_file.edit.setText(str(target))
    dialog._on_save_clicked()
    assert target.exists()
    sessions = window.ctx.services.sessions
    first = target.read_bytes()
    request = sessions.invitations()[0]
    sessions.accept(request.id, despite_busy=True)
    # Rewritten after the change, in the background.
    qtbot.waitUntil(lambda: target.read_bytes() != first, timeout=5000)
    assert f"session-{request.id}@" in target.read_text(encoding="utf-8")


def test_settings_hide_names_in_the_kept_calendar_file(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    target = tmp_path / "Dropbox" / "mentor.ics"
    target.parent.mkdir()
    names = [m.name for m in window.ctx.services.sessions.mentees()]
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert not dialog.calendar_no_names.isEnabled()
    click_choice(qtbot, dialog.keep_calendar)
    assert dialog.calendar_no_names.isEnabled()
    dialog.calendar_file.edit.setText(str(target))
    click_choice(qtbot, dialog.calendar_no_names)
    dialog._on_save_clicked()
    text = target.read_text(encoding="utf-8")
    assert "SUMMARY:Mentoring session" in text and not any(n in text for n in names)
    sessions = window.ctx.services.sessions
    sessions.accept(sessions.invitations()[0].id, despite_busy=True)
    text = target.read_text(encoding="utf-8")  # rewritten after the change, names still hidden
    assert f"session-{sessions.upcoming()[0].id}@" in text and not any(n in text for n in names)

    again = SettingsDialog(window.ctx, window)
    qtbot.addWidget(again)
    assert again.calendar_no_names.isChecked()
    click_choice(qtbot, again.calendar_no_names)
    again._on_save_clicked()
    assert any(n in target.read_text(encoding="utf-8") for n in names)
    assert window.ctx.services.calendar_sync.names()


def test_every_shared_sample_can_be_dropped(qtbot, window) -> None:  # noqa: ANN001
    if not ICS_SAMPLES.exists():
        pytest.skip("the shared ics-samples folder is not beside this checkout")
    sample = ICS_SAMPLES / "google_vtimezone_rrule_weekdays.ics"
    _drop(window, sample)
    qtbot.waitUntil(lambda: "281 busy times from" in window.notice.text(), timeout=10_000)


def test_calendars_of_the_same_name_are_told_apart_renamed_and_removed(qtbot, window,  # noqa: ANN001
                                                                       tmp_path) -> None:
    services = window.ctx.services
    for folder, hour in (("work", "09"), ("home", "11")):
        path = tmp_path / folder / "Calendar.ics"
        path.parent.mkdir()
        path.write_text(BUSY_ICS.replace("X-WR-CALNAME:Work", "X-WR-CALNAME:Calendar")
                        .replace("T09", f"T{hour}"), encoding="utf-8", newline="")
        services.calendar_import.import_file(path)
    actions = window.findChild(CalendarActions)
    dialog = ImportedCalendarsDialog(window.ctx, actions, window)
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert lines[:2] == ["Calendar — 1 busy time — next Tue 3 Mar 10:00 — Calendar.ics",
                         "Calendar (Calendar.ics) — 1 busy time — next Tue 3 Mar 12:00 — "
                         "Calendar.ics"]
    assert lines[2].startswith("Demo calendar — ")

    dialog.list.setCurrentRow(1)
    assert dialog.name.text() == "Calendar (Calendar.ics)" and not dialog.rename.isEnabled()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Demo calendar")
    qtbot.mouseClick(dialog.rename, Qt.MouseButton.LeftButton)
    assert "already called Demo calendar" in dialog.notice.text()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Home")
    qtbot.mouseClick(dialog.rename, Qt.MouseButton.LeftButton)
    assert dialog.list.currentItem().text().startswith("Home — 1 busy time —")
    assert "Home" in calendars(window) and "Calendar (Calendar.ics)" not in calendars(window)

    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert calendars(window) == {"Calendar": 1, "Demo calendar": calendars(window)["Demo calendar"]}
    assert [dialog.list.item(r).text().split(" — ")[0] for r in range(dialog.list.count())] == [
        "Calendar", "Demo calendar"]
