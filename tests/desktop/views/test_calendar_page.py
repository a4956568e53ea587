"""The calendar page: what the agenda and the month show, navigation, and DST days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont

from desktop.context import DeskContext
from desktop.models.agenda_model import BlockKind
from desktop.views.calendar_page import CalendarPage
from services.timefmt import local_midnight
from tests.desktop.conftest import delivered, follow_changes

MONDAY = date(2026, 3, 2)  # the test clock's day: 2026-03-02T09:00Z is 10:00 in Berlin


def _page(qtbot, ctx: DeskContext) -> CalendarPage:  # noqa: ANN001
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    # As the main window does after every change.
    follow_changes(ctx, page)  # as the main window does
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def _import(ctx: DeskContext, sessions: list[dict]) -> None:
    ctx.services.importer.import_document({
        "format": "mentor-platform-export", "version": 1,
        "exported_at": "2026-03-01T00:00:00Z",
        "mentor": {"id": "m-1", "name": "Dana", "email": "dana@example.org",
                   "timezone": "Europe/Berlin"},
        "mentees": [{"id": "u-1", "name": "Ada Lovelace", "email": "ada@example.com"}],
        "bundles": [{"id": "b-1", "mentee_id": "u-1", "sessions_total": 10, "sessions_used": 0,
                     "status": "active"}],
        "sessions": [{"type": "paid", "mentee_id": "u-1", "bundle_id": "b-1",
                      "duration_minutes": 60, "status": "scheduled", **s} for s in sessions],
    }, "test")


def test_week_agenda_holds_the_weeks_sessions_busy_and_free_time(qtbot, demo_ctx) -> None:
    page = _page(qtbot, demo_ctx)
    agenda = page.agenda()
    tz = demo_ctx.tz()

    assert page.chosen_date() == MONDAY
    assert [d.day for d in agenda.days] == [MONDAY + timedelta(days=i) for i in range(7)]
    expected = {s.id for s in demo_ctx.services.sessions.in_range(
        local_midnight(MONDAY, tz), local_midnight(MONDAY + timedelta(days=7), tz))
        if s.status not in ("cancelled", "rejected", "expired")}
    assert expected
    assert {b.session_id for b in agenda.sessions()} == expected

    sam = next(b for b in agenda.sessions() if b.title == "Sam Lee")
    assert (sam.day, sam.start_minute, sam.end_minute, sam.session_type) == (
        date(2026, 3, 3), 14 * 60, 15 * 60, "paid")
    busy = {(b.day, b.title, b.start_minute, b.end_minute) for b in agenda.of_kind(BlockKind.BUSY)}
    assert (date(2026, 3, 6), "Dentist", 600, 660) in busy
    assert {d for d, title, *_ in busy if title == "Lunch"} == {
        MONDAY + timedelta(days=i) for i in range(5)}
    free = {(b.day, b.session_type, b.start_minute, b.end_minute)
            for b in agenda.of_kind(BlockKind.FREE)}
    assert (MONDAY, "intro", 9 * 60, 12 * 60) in free
    # Paid time on Tuesday starts after Sam Lee's session.
    assert (date(2026, 3, 3), "paid", 15 * 60, 18 * 60) in free
    assert not any(b.day.weekday() >= 5 for b in agenda.of_kind(BlockKind.FREE))
    assert agenda.now_day == MONDAY and agenda.now_minute == 10 * 60


def test_a_cancelled_session_leaves_the_agenda_and_frees_its_time(qtbot, demo_ctx) -> None:
    page = _page(qtbot, demo_ctx)
    sam = next(b for b in page.agenda().sessions() if b.title == "Sam Lee")

    demo_ctx.services.sessions.cancel(sam.session_id, "Mentee moved abroad")
    delivered(qtbot, demo_ctx)

    agenda = page.agenda()
    assert sam.session_id not in {b.session_id for b in agenda.sessions()}
    assert (date(2026, 3, 3), "paid", 14 * 60, 18 * 60) in {
        (b.day, b.session_type, b.start_minute, b.end_minute)
        for b in agenda.of_kind(BlockKind.FREE)}


def test_month_marks_days_with_sessions_and_days_off(qtbot, demo_ctx) -> None:
    page = _page(qtbot, demo_ctx)
    marks = page.marks()

    assert marks[date(2026, 3, 3)].session_types == {"paid"}
    assert marks[date(2026, 3, 2)].session_types == {"intro"}
    assert marks[date(2026, 3, 13)].day_off == "Conference"
    assert date(2026, 3, 10) not in marks
    assert page.month.dateTextFormat(QDate(2026, 3, 3)).fontWeight() == QFont.Weight.Bold
    assert page.month.dateTextFormat(QDate(2026, 3, 10)).fontWeight() != QFont.Weight.Bold
    assert "Conference" in page.month.dateTextFormat(QDate(2026, 3, 13)).toolTip()


def test_navigation_by_week_day_month_and_today(qtbot, demo_ctx) -> None:
    page = _page(qtbot, demo_ctx)

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.chosen_date() == date(2026, 3, 9)
    assert page.agenda().days[0].day == date(2026, 3, 9)
    assert page.range_label.text() == "9–15 Mar 2026"
    assert page.agenda().now_day is None

    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.agenda().days[0].day == date(2026, 2, 23)
    assert (page.month.yearShown(), page.month.monthShown()) == (2026, 2)

    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.chosen_date() == MONDAY

    qtbot.mouseClick(page.day_button, Qt.MouseButton.LeftButton)
    assert [d.day for d in page.agenda().days] == [MONDAY]
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert [d.day for d in page.agenda().days] == [date(2026, 3, 3)]
    assert page.previous_button.accessibleName() == "Previous day"

    page.month.setSelectedDate(QDate(2026, 4, 15))
    qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton)
    assert page.agenda().days[0].day == date(2026, 4, 13)
    assert page.range_label.text() == "13–19 Apr 2026"


def test_double_click_and_enter_open_a_session(qtbot, demo_ctx) -> None:
    page = _page(qtbot, demo_ctx)
    view = page.agenda_view
    sam = next(b for b in page.agenda().sessions() if b.title == "Sam Lee")
    centre = view.block_rect(sam).center().toPoint()

    with qtbot.waitSignal(page.session_activated) as opened:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [sam.session_id]

    view.setFocus()
    with qtbot.waitSignal(page.session_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [sam.session_id]

    free = next(b for b in page.agenda().of_kind(BlockKind.FREE) if b.day == MONDAY)
    with qtbot.assertNotEmitted(page.session_activated):
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton,
                          pos=view.block_rect(free).center().toPoint())


def test_spring_forward_week_places_sessions_by_wall_clock(qtbot, ctx) -> None:
    # 29 March 2026: Berlin skips 02:00-03:00, a 23-hour day.
    _import(ctx, [{"id": "s-dst", "start": "2026-03-29T08:00:00Z"},  # 10:00 CEST
                  {"id": "s-before", "start": "2026-03-28T09:00:00Z"}])  # 10:00 CET
    ctx.services.availability.add_window("intro", 6, 9 * 60, 12 * 60)
    ctx.services.availability.replace_busy("test", [
        (local_midnight(date(2026, 3, 29), ctx.tz()) + timedelta(hours=1, minutes=30),
         local_midnight(date(2026, 3, 29), ctx.tz()) + timedelta(hours=2, minutes=30),
         "Night flight", False)])
    page = _page(qtbot, ctx)
    page.go_to(date(2026, 3, 29))
    agenda = page.agenda()

    assert agenda.days[0].day == date(2026, 3, 23)
    assert [d.hours for d in agenda.days] == [24] * 6 + [23]
    dst = next(b for b in agenda.sessions() if b.session_id == "s-dst")
    before = next(b for b in agenda.sessions() if b.session_id == "s-before")
    assert (dst.day, dst.start_minute, dst.end_minute) == (date(2026, 3, 29), 600, 660)
    assert (before.start_minute, before.end_minute) == (600, 660)
    assert {(b.start_minute, b.end_minute) for b in agenda.of_kind(BlockKind.FREE)} == {
        (540, 600), (660, 720)}
    # 01:30 CET to 03:30 CEST: one real hour, drawn from 01:30 to 03:30 on the clock.
    flight = agenda.of_kind(BlockKind.BUSY)[0]
    assert (flight.start_minute, flight.end_minute) == (90, 210)

    view = page.agenda_view
    assert view.block_rect(dst).top() == pytest.approx(view.minute_y(600) + 1)
    assert view.block_rect(dst).top() == pytest.approx(view.block_rect(before).top())
    hour = view.minute_y(660) - view.minute_y(600)
    assert view.minute_y(180) - view.minute_y(120) == pytest.approx(hour)


def test_fall_back_day_keeps_a_session_in_the_repeated_hour_visible(qtbot, ctx) -> None:
    # 25 October 2026: Berlin repeats 02:00-03:00, a 25-hour day.
    _import(ctx, [{"id": "s-fold", "start": "2026-10-25T00:30:00Z"}])  # 02:30 CEST
    page = _page(qtbot, ctx)
    page.set_mode("day")
    page.go_to(date(2026, 10, 25))
    agenda = page.agenda()

    assert agenda.days[0].hours == 25
    fold = agenda.sessions()[0]
    # It ends at 02:30 CET: the same wall-clock time. It keeps its real hour on screen.
    assert (fold.start_minute, fold.end_minute) == (150, 210)
    assert fold.times == "02:30–02:30"
    assert page.agenda_view.hour_range()[0] <= 2
