"""The Mentees list: last and next session at their boundaries, bundle and sessions left, sessions
held, the intro decision, sorting; and a mentee's profile."""

from __future__ import annotations

import pytest

from services.errors import NotFound
from services.mentees import sorted_rows
from tests.services.builders import BERLIN, bundle, export, intro, mentee, paid


def desk_export() -> dict:
    return export(BERLIN, mentees=[mentee("u-1", "Sam Lee", timezone="America/New_York"),
                                   mentee("u-2", "priya Raman"), mentee("u-3", "Jonas Becker"),
                                   mentee("u-4", "Aiko Tanaka")],
                  bundles=[bundle("b-0", "u-1", 2, 2, "completed", price_cents=20000,
                                  currency="EUR", purchased_at="2025-12-01T00:00:00Z"),
                           bundle("b-1", "u-1", 4, 1, price_cents=36000, currency="EUR",
                                  purchased_at="2026-02-01T00:00:00Z")],
                  sessions=[
                      intro("i-1", "u-1", "2026-01-05T10:00:00Z", "completed",
                            decision="approve"),
                      paid("p-1", "u-1", "b-1", "2026-02-10T10:00:00Z", "completed"),
                      paid("p-2", "u-1", "b-1", "2026-03-02T09:00:00Z"),  # starts now
                      paid("p-3", "u-1", "b-1", "2026-03-02T09:01:00Z"),  # a minute later
                      paid("p-x", "u-1", "b-1", "2026-02-20T10:00:00Z", "cancelled"),
                      intro("i-2", "u-2", "2026-03-02T08:40:00Z", "scheduled"),  # ends now
                      intro("i-3", "u-3", "2026-03-02T08:41:00Z", "scheduled"),  # a minute left
                      intro("i-4", "u-4", "2026-02-01T10:00:00Z", "completed"),
                  ])


@pytest.fixture
def desk(services):
    services.importer.import_document(desk_export())
    # Decisions the platform reported on intros.
    from sqlalchemy import text

    with services.engine.begin() as conn:
        conn.execute(text("UPDATE session SET decision = 'approve' WHERE id = 'i-1'"))
        conn.execute(text("UPDATE session SET decision = 'reject' WHERE id = 'i-4'"))
    return services


def test_the_list_at_its_boundaries(desk) -> None:
    rows = {r.id: r for r in desk.mentees.rows()}
    sam = rows["u-1"]
    assert sam.last_session.isoformat() == "2026-03-02T09:00:00+00:00"  # started this minute
    assert sam.next_session.isoformat() == "2026-03-02T09:01:00+00:00"
    assert (sam.bundle_id, sam.sessions_left, sam.sessions_held) == ("b-1", 1, 2)
    assert (sam.stage, sam.intro_decision) == ("regular", "approve")
    assert rows["u-2"].intro_decision == "open"  # ended at this minute, not confirmed
    assert rows["u-3"].intro_decision is None  # a minute still to go
    assert (rows["u-4"].stage, rows["u-4"].intro_decision) == ("finished", "reject")
    # A session under way is the last one, no longer the next.
    assert rows["u-3"].last_session.isoformat() == "2026-03-02T08:41:00+00:00"
    assert rows["u-3"].stage == "intro" and rows["u-3"].next_session is None
    assert [r.name for r in desk.mentees.rows()] == ["Aiko Tanaka", "Jonas Becker",
                                                     "Sam Lee", "priya Raman"]


def test_sorting_keeps_missing_values_last_either_way(desk) -> None:
    rows = desk.mentees.rows()
    assert [r.id for r in sorted_rows(rows, "name")] == ["u-4", "u-3", "u-2", "u-1"]
    assert [r.id for r in sorted_rows(rows, "-name")] == ["u-1", "u-2", "u-3", "u-4"]
    assert [r.id for r in sorted_rows(rows, "next")][0] == "u-1"
    assert [r.id for r in sorted_rows(rows, "-next")][0] == "u-1"
    assert [r.id for r in sorted_rows(rows, "-held")][:1] == ["u-1"]
    assert [r.stage for r in sorted_rows(rows, "stage")] == ["intro", "intro", "regular",
                                                             "finished"]


def test_the_profile_holds_bundles_with_price_and_history(desk) -> None:
    profile = desk.mentees.profile("u-1")
    assert [(b.id, b.status, b.sessions_used, b.price_cents, b.currency)
            for b in profile.bundles] == [("b-0", "completed", 2, 20000, "EUR"),
                                          ("b-1", "active", 1, 36000, "EUR")]
    with pytest.raises(NotFound):
        desk.mentees.profile("u-404")
    assert desk.mentees.rows(("u-404",)) == []
