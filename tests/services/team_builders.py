"""Two mentors' work in one database, each through its own desk, with a row in every table of
a mentor's data; and reading a mentor's rows back, table by table."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from services.container import Services
from services.models import Base
from tests.services.builders import bundle, export, intro, mentee, paid
from tests.services.calendar_builders import ics

A, B = "m-1", "m-2"
# Every table of a mentor's data (services/models.py: the tables with mentor_id).
OWNED = [t.name for t in Base.metadata.sorted_tables if "mentor_id" in t.c]


def add_mentor_row(app: Services, mentor_id: str) -> None:
    """Another mentor in the database, as `db add-mentor` adds one on a server."""
    with app.engine.begin() as conn:
        conn.execute(text("INSERT INTO mentor (id, name, email, timezone) VALUES "
                          "(:m, 'Eli Moreau', '', 'Europe/Paris')"), {"m": mentor_id})


def mentor_export(mentor_id: str, prefix: str, name: str = "Sam Lee") -> dict[str, Any]:
    """An export of `mentor_id` whose ids all start with `prefix`; its first mentee is called
    `name` (both mentors have a Sam Lee, so that a search by name tells them apart)."""
    p = prefix
    document = export(
        mentor_id=mentor_id,
        mentees=[mentee(f"{p}u-1", name), mentee(f"{p}u-2", "Priya Raman")],
        bundles=[bundle(f"{p}b-1", f"{p}u-2", total=6, used=1, price_cents=60000,
                        currency="EUR")],
        sessions=[
            intro(f"{p}r-1", f"{p}u-1", "2026-03-05T10:00:00Z",
                  form={"What do you want to achieve?": f"Lead a team ({p})"}),
            intro(f"{p}r-2", f"{p}u-1", "2026-03-06T10:00:00Z"),
            intro(f"{p}r-3", f"{p}u-1", "2026-03-09T10:00:00Z"),
            paid(f"{p}s-1", f"{p}u-2", f"{p}b-1", "2026-03-10T09:00:00Z"),
            paid(f"{p}s-2", f"{p}u-2", f"{p}b-1", "2026-02-20T09:00:00Z", status="completed"),
            paid(f"{p}s-3", f"{p}u-2", f"{p}b-1", "2026-03-03T08:00:00Z"),
            # Ended, waiting to be confirmed.
            paid(f"{p}s-4", f"{p}u-2", f"{p}b-1", "2026-02-27T08:00:00Z"),
        ])
    document["mentor"]["name"] = f"Mentor {mentor_id}"
    return document


def work(app: Services, prefix: str, folder: Path) -> None:
    """What a mentor does at the desk, leaving a row in every table of their data but the
    calendar server's (`server_event`, see `remember_server_event`)."""
    p = prefix
    app.availability.add_window("intro", 3, 9 * 60, 12 * 60)
    app.availability.add_window("paid", 1, 14 * 60, 18 * 60)
    app.availability.add_day_off(date(2026, 3, 20), f"off {p}")
    calendar = folder / f"{p}busy.ics"
    calendar.write_bytes(ics("DTSTART:20260304T090000Z\nDTEND:20260304T100000Z\nSUMMARY:Dentist",
                             head=f"X-WR-CALNAME:Home {p}"))
    app.calendar_import.import_file(calendar)
    app.settings.set_timezone("Europe/Lisbon")
    app.sessions.reject(f"{p}r-2", "Not a fit")
    app.calendar_export.build()
    app.journal.set_note(f"{p}s-2", f"Talked about delegation ({p})")
    app.journal.set_profile_note(f"{p}u-1", f"Wants to lead ({p})")
    goal = app.journal.add_goal(f"{p}u-2", f"Speak at a meetup ({p})")
    goal = app.journal.add_indicator(goal.id, "Talks given", 2)
    app.journal.record_progress(goal.indicators[0].id, 1, f"{p}s-2")


def remember_server_event(engine: Engine, uid: str, mentor: str) -> None:
    """A calendar server's event as `mentor`'s desk keeps it, written on `engine`."""
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO server_event (uid, href, etag, fingerprint, summary, start_utc, "
            "end_utc, sent_at, mentor_id) VALUES (:uid, :href, 'e1', 'f', 'Session', "
            "'2026-03-10 09:00:00', '2026-03-10 10:00:00', '2026-03-02 09:00:00', :m)"),
            {"uid": uid, "href": f"/cal/{uid}.ics", "m": mentor})


def rows_of(engine: Engine, mentor_id: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of `mentor_id` in every table (their mentor row too), as stored, in order."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in OWNED:
            found[table] = sorted((tuple(r) for r in conn.execute(
                text(f'SELECT * FROM "{table}" WHERE mentor_id = :m'), {"m": mentor_id})),
                key=repr)
        found["mentor"] = [tuple(r) for r in conn.execute(
            text("SELECT * FROM mentor WHERE id = :m"), {"m": mentor_id})]
    return found
