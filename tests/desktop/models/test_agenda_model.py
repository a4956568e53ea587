"""The calendar's data: blocks cut per local day, lanes for overlaps, all-day busy time."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.models.agenda_model import AgendaSource, BlockKind, week_start
from services.timefmt import local_midnight, local_wall

MONDAY = date(2026, 3, 2)


def _source(ctx) -> AgendaSource:  # noqa: ANN001
    services = ctx.services
    return AgendaSource(services.sessions, services.availability, ctx.tz, ctx.now)


def test_busy_time_across_midnight_is_cut_at_midnight(ctx) -> None:
    tz = ctx.tz()
    ctx.services.availability.replace_busy("cal", [
        (local_wall(MONDAY, 22 * 60, tz), local_wall(MONDAY + timedelta(days=1), 90, tz),
         "Night train", False),
        (local_midnight(MONDAY + timedelta(days=2), tz), local_midnight(MONDAY + timedelta(
            days=4), tz), "Trade fair", True)])
    agenda = _source(ctx).agenda(MONDAY, 7)

    train = [(b.day, b.start_minute, b.end_minute) for b in agenda.of_kind(BlockKind.BUSY)]
    assert train == [(MONDAY, 22 * 60, 24 * 60), (MONDAY + timedelta(days=1), 0, 90)]
    assert [d.all_day for d in agenda.days] == [(), (), ("Trade fair",), ("Trade fair",),
                                                (), (), ()]


def test_overlapping_blocks_sit_in_lanes(ctx) -> None:
    tz = ctx.tz()
    ctx.services.availability.replace_busy("cal", [
        (local_wall(MONDAY, 600, tz), local_wall(MONDAY, 720, tz), "A", False),
        (local_wall(MONDAY, 630, tz), local_wall(MONDAY, 660, tz), "B", False),
        (local_wall(MONDAY, 690, tz), local_wall(MONDAY, 750, tz), "C", False),
        (local_wall(MONDAY, 800, tz), local_wall(MONDAY, 830, tz), "D", False)])
    blocks = {b.title: (b.lane, b.lanes) for b in _source(ctx).agenda(MONDAY, 1).blocks}

    # B and C share the second lane: they do not overlap each other.
    assert blocks == {"A": (0, 2), "B": (1, 2), "C": (1, 2), "D": (0, 1)}


def test_month_marks_count_sessions_and_days_off(demo_ctx) -> None:
    marks = _source(demo_ctx).month_marks(date(2026, 3, 1), date(2026, 3, 31))

    assert marks[date(2026, 3, 7)].sessions == 2  # two intro requests that Saturday
    assert marks[date(2026, 3, 13)].day_off == "Conference"
    assert all(d.month == 3 for d in marks)


def test_weeks_start_on_monday() -> None:
    assert week_start(date(2026, 3, 29)) == date(2026, 3, 23)
    assert week_start(MONDAY) == MONDAY
