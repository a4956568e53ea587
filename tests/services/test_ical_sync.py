"""The calendar file kept up to date: written when chosen, rewritten after every change."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from services.settings import ICS_SYNC_PATH
from tests.services.calendar_builders import ics, load, session

START = datetime(2026, 3, 10, 9, tzinfo=UTC)


def uids(path, status: str = "CONFIRMED") -> set[str]:  # noqa: ANN001
    """The UIDs of the file's events of `status` (cancelled ones tell importers to drop theirs)."""
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
            if e["STATUS"] == status}


def test_choosing_a_file_writes_it_at_once(services, tmp_path) -> None:
    load(services, [session("s-1", START)])
    path = tmp_path / "cal" / "mentor.ics"
    export = services.calendar_sync.set_path(path)
    assert export.sessions == 1 and export.path == path
    assert uids(path) == {"session-s-1@mentordesk"}
    assert services.calendar_sync.path() == path
    assert services.settings.get(ICS_SYNC_PATH) == str(path)


def test_every_change_rewrites_the_file(services, clock, tmp_path) -> None:
    load(services, [session("s-1", START),
                    session("r-1", START + timedelta(days=1), kind="intro", status="requested")])
    path = tmp_path / "mentor.ics"
    services.calendar_sync.set_path(path)
    assert uids(path) == {"session-s-1@mentordesk"}

    services.sessions.accept("r-1")
    assert uids(path) == {"session-s-1@mentordesk", "session-r-1@mentordesk"}
    services.sessions.cancel("s-1", "Ill")
    assert uids(path) == {"session-r-1@mentordesk"}
    assert uids(path, "CANCELLED") == {"session-s-1@mentordesk"}
    services.availability.add_window("paid", 2, 9 * 60, 10 * 60)
    assert any(uid.startswith("avail-paid-") for uid in uids(path))
    busy = tmp_path / "busy.ics"
    busy.write_bytes(ics("DTSTART:20260304T080000Z\nDTEND:20260304T090000Z"))
    services.calendar_import.import_file(busy)
    assert not any(uid.startswith("avail-paid-20260304") for uid in uids(path))


def test_a_replaced_file_keeps_its_permissions(services, tmp_path) -> None:
    path = tmp_path / "mentor.ics"
    services.calendar_sync.set_path(path)
    os.chmod(path, 0o644)
    services.availability.add_window("paid", 2, 9 * 60, 10 * 60)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_turning_it_off_stops_the_rewrites(services, tmp_path) -> None:
    load(services, [session("s-1", START)])
    path = tmp_path / "mentor.ics"
    services.calendar_sync.set_path(path)
    before = path.read_bytes()
    services.calendar_sync.set_path(None)
    services.sessions.cancel("s-1", "Ill")
    assert path.read_bytes() == before
    assert services.calendar_sync.path() is None


def test_a_path_that_cannot_be_written_is_refused_and_not_stored(services, tmp_path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        services.calendar_sync.set_path(blocker / "mentor.ics")
    assert services.calendar_sync.path() is None


def test_a_failed_rewrite_keeps_the_decision_and_says_why(services, tmp_path) -> None:
    load(services, [session("s-1", START)])
    folder = tmp_path / "cal"
    path = folder / "mentor.ics"
    services.calendar_sync.set_path(path)
    path.unlink()
    folder.rmdir()
    folder.write_text("now a file where the folder was")
    record = services.sessions.cancel("s-1", "Ill")
    assert record.status == "cancelled"
    assert services.sessions.get("s-1").status == "cancelled"
    assert "could not write" in services.calendar_sync.last_error
    folder.unlink()
    services.sessions.undo_last()
    assert services.calendar_sync.last_error is None
    assert uids(path) == {"session-s-1@mentordesk"}


def test_the_file_follows_changes_made_by_another_process(services, tmp_path) -> None:
    from services.container import Services

    load(services, [session("s-1", START)])
    path = tmp_path / "mentor.ics"
    other = Services.open(tmp_path / "desk.sqlite3", services.clock)
    try:
        other.calendar_sync.set_path(path)
    finally:
        other.close()
    services.sessions.cancel("s-1", "Ill")
    assert "session-s-1@mentordesk" in uids(path, "CANCELLED")
