"""The calendar file kept up to date: written when chosen, rewritten after every change that
can alter it, once the change is delivered (as the command line delivers after each command)."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from services.errors import FileUnusable
from services.settings import ICS_SYNC_PATH
from tests.services.calendar_builders import ics, load, session

START = datetime(2026, 3, 10, 9, tzinfo=UTC)


@pytest.fixture
def kept(services):  # noqa: ANN001, ANN201
    """The services with the file kept as the command line keeps it."""
    services.hub.subscribe(services.calendar_sync.on_change)
    return services


@pytest.fixture
def writes(kept, monkeypatch):  # noqa: ANN001, ANN201
    """Every write of a calendar file, as it happens."""
    seen: list[object] = []
    original = kept.calendar_export.write
    monkeypatch.setattr(kept.calendar_export, "write",
                        lambda *args, **kw: seen.append(args) or original(*args, **kw))
    return seen


def delivered(services, result=None):  # noqa: ANN001, ANN201
    """What a face does once a call has returned: deliver its change."""
    services.hub.deliver()
    return result


def uids(path, status: str = "CONFIRMED") -> set[str]:  # noqa: ANN001
    """The UIDs of the file's events of `status` (cancelled ones tell importers to drop theirs)."""
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
            if e["STATUS"] == status}


def test_choosing_a_file_writes_it_at_once(services, tmp_path) -> None:
    load(services, [session("s-1", START)])
    (tmp_path / "cal").mkdir()
    path = tmp_path / "cal" / "mentor.ics"
    export = services.calendar_sync.set_path(path)
    assert export.sessions == 1 and export.path == path
    assert uids(path) == {"session-s-1@mentordesk"}
    assert services.calendar_sync.path() == path
    assert services.settings.get(ICS_SYNC_PATH) == str(path)


def test_every_change_rewrites_the_file(kept, clock, tmp_path) -> None:
    services = kept
    load(services, [session("s-1", START),
                    session("r-1", START + timedelta(days=1), kind="intro", status="requested")])
    path = tmp_path / "mentor.ics"
    services.calendar_sync.set_path(path)
    assert uids(path) == {"session-s-1@mentordesk"}

    services.sessions.accept("r-1")
    delivered(services)
    assert uids(path) == {"session-s-1@mentordesk", "session-r-1@mentordesk"}
    services.sessions.cancel("s-1", "Ill")
    delivered(services)
    assert uids(path) == {"session-r-1@mentordesk"}
    assert uids(path, "CANCELLED") == {"session-s-1@mentordesk"}
    services.availability.add_window("paid", 2, 9 * 60, 10 * 60)
    delivered(services)
    assert any(uid.startswith("avail-paid-") for uid in uids(path))
    busy = tmp_path / "busy.ics"
    busy.write_bytes(ics("DTSTART:20260304T080000Z\nDTEND:20260304T090000Z"))
    services.calendar_import.import_file(busy)
    delivered(services)
    assert not any(uid.startswith("avail-paid-20260304") for uid in uids(path))


def test_the_file_is_rewritten_after_the_call_returns_not_inside_it(kept, tmp_path) -> None:
    services = kept
    load(services, [session("r-1", START, kind="intro", status="requested")])
    path = tmp_path / "mentor.ics"
    services.calendar_sync.set_path(path)
    delivered(services)
    services.sessions.accept("r-1")
    assert uids(path) == set()  # committed, but nothing heard of it yet
    delivered(services)
    assert uids(path) == {"session-r-1@mentordesk"}


def test_changes_that_cannot_alter_the_file_leave_it_alone(kept, writes, tmp_path) -> None:
    services = kept
    delivered(services, load(services, [session("s-1", START)]))
    services.calendar_sync.set_path(tmp_path / "mentor.ics")
    delivered(services)
    assert len(writes) == 1  # when chosen
    services.settings.put("some_setting", "x")
    services.outbox.pending_count()
    delivered(services)
    assert len(writes) == 1
    services.sessions.cancel("s-1", "Ill")
    delivered(services)
    assert len(writes) == 2


def test_ten_changes_delivered_together_rewrite_the_file_once(kept, writes, tmp_path) -> None:
    services = kept
    services.calendar_sync.set_path(tmp_path / "mentor.ics")
    delivered(services)
    for weekday in range(5):
        window = services.availability.add_window("paid", weekday, 9 * 60, 10 * 60)
        services.availability.remove_window(window.id)
    delivered(services)
    assert len(writes) == 2  # chosen, then once for the ten changes


def test_a_replaced_file_keeps_its_permissions(kept, tmp_path) -> None:
    services = kept
    path = tmp_path / "mentor.ics"
    services.calendar_sync.set_path(path)
    os.chmod(path, 0o644)
    services.availability.add_window("paid", 2, 9 * 60, 10 * 60)
    delivered(services)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_turning_it_off_stops_the_rewrites(kept, tmp_path) -> None:
    services = kept
    load(services, [session("s-1", START)])
    path = tmp_path / "mentor.ics"
    services.calendar_sync.set_path(path)
    before = path.read_bytes()
    services.calendar_sync.set_path(None)
    services.sessions.cancel("s-1", "Ill")
    delivered(services)
    assert path.read_bytes() == before
    assert services.calendar_sync.path() is None


def test_a_path_that_cannot_be_written_is_refused_and_not_stored(services, tmp_path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(FileUnusable, match="a file.* is a file, not a folder"):
        services.calendar_sync.set_path(blocker / "mentor.ics")
    with pytest.raises(FileUnusable, match="the folder .*missing does not exist"):
        services.calendar_sync.set_path(tmp_path / "missing" / "mentor.ics")
    assert services.calendar_sync.path() is None


def test_a_failed_rewrite_keeps_the_decision_and_says_why(kept, tmp_path) -> None:
    services = kept
    load(services, [session("s-1", START)])
    folder = tmp_path / "cal"
    folder.mkdir()
    path = folder / "mentor.ics"
    services.calendar_sync.set_path(path)
    path.unlink()
    folder.rmdir()
    folder.write_text("now a file where the folder was")
    record = services.sessions.cancel("s-1", "Ill")
    delivered(services)
    assert record.status == "cancelled"
    assert services.sessions.get("s-1").status == "cancelled"
    assert services.calendar_sync.last_error == (
        f"cannot write {path}: {folder} is a file, not a folder; nothing was written")
    folder.unlink()
    folder.mkdir()
    services.sessions.undo_last()
    delivered(services)
    assert services.calendar_sync.last_error is None
    assert uids(path) == {"session-s-1@mentordesk"}


def test_the_file_follows_changes_made_by_another_process(kept, tmp_path, db_url) -> None:
    from services.container import Services

    services = kept
    load(services, [session("s-1", START)])
    assert services.calendar_sync.path() is None
    path = tmp_path / "mentor.ics"
    other = Services.open(db_url, services.clock)
    try:
        other.calendar_sync.set_path(path)
    finally:
        other.close()
    services.hub.forget()  # what the window does every minute
    services.sessions.cancel("s-1", "Ill")
    delivered(services)
    assert "session-s-1@mentordesk" in uids(path, "CANCELLED")
