"""Two desks on one database: each notices what the other wrote, and never its own writes."""

from __future__ import annotations

from services.clock import FixedClock
from services.container import Services
from services.other_desks import ELSEWHERE
from services.records import Change
from services.timefmt import parse_instant
from tests.services.builders import export, intro

NOW = parse_instant("2026-03-02T09:00:00Z")


def heard(app: Services) -> list[Change]:
    got: list[Change] = []
    app.hub.subscribe(got.append)
    app.hub.deliver()
    app.hub.unsubscribe(got.append)
    return got


def test_a_desk_notices_another_desks_write_and_not_its_own(db_url: str) -> None:
    one, other = Services.open(db_url, FixedClock(NOW)), Services.open(db_url, FixedClock(NOW))
    try:
        assert one.other_desks.look() is False and other.other_desks.look() is False
        assert other.sessions.timezone().key == "UTC"
        one.availability.add_window("intro", 0, 9 * 60, 12 * 60)
        one.settings.set_timezone("Asia/Tokyo")
        heard(one)
        assert one.other_desks.look() is False
        assert heard(one) == []
        # The other desk remembered its time zone; it reads it afresh once it has looked.
        assert other.sessions.timezone().key == "UTC"
        assert other.other_desks.look() is True
        assert heard(other) == [ELSEWHERE]
        assert other.sessions.timezone().key == "Asia/Tokyo"
        assert [w.start_minute for w in other.availability.windows()] == [9 * 60]
        assert other.other_desks.look() is False
        # A writer that was refused wrote nothing: nothing to notice.
        try:
            one.availability.add_window("intro", 0, 12 * 60, 9 * 60)
        except Exception:  # noqa: BLE001, S110 - the refusal itself is tested elsewhere
            pass
        assert other.other_desks.look() is False
        # Writes on both sides: the other desk's count among them is noticed.
        other.availability.add_day_off(NOW.date())
        one.availability.remove_day_off(NOW.date())
        assert other.other_desks.look() is True
        assert one.other_desks.look() is True
    finally:
        one.close()
        other.close()


def test_a_desk_opened_on_a_new_database_follows_the_mentor_another_desks_import_brought(
        db_url: str) -> None:
    one, other = Services.open(db_url, FixedClock(NOW)), Services.open(db_url, FixedClock(NOW))
    try:
        assert one.mentor_id() is None and other.mentor_id() is None
        assert one.other_desks.look() is False and other.other_desks.look() is False
        one.importer.import_document(export(
            mentor_id="m-9", sessions=[intro("r-1", "u-1", "2026-03-06T10:00:00Z")]))
        assert one.mentor_id() == "m-9"
        # Its own first import: nothing new to the desk that made it.
        assert one.other_desks.look() is False
        assert other.sessions.invitations() == []
        assert other.other_desks.look() is True
        assert heard(other) == [ELSEWHERE]
        assert other.mentor_id() == "m-9"
        assert {r.id for r in other.sessions.invitations()} == {
            r.id for r in one.sessions.invitations()} != set()
        assert other.other_desks.look() is False
        # From now on both count their writes on the mentor's row.
        other.availability.add_day_off(NOW.date())
        assert one.other_desks.look() is True and other.other_desks.look() is False
    finally:
        one.close()
        other.close()
