"""The availability page: windows and days off edited through its widgets, refusals shown where
the mentor acted, and the free-slot preview following every change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTime

from desktop.context import DeskContext
from desktop.models.availability_model import PreviewColumn, WindowColumn
from desktop.views.availability_page import AvailabilityPage
from tests.desktop.conftest import follow_changes


def _page(qtbot, ctx: DeskContext) -> AvailabilityPage:  # noqa: ANN001
    page = AvailabilityPage(ctx)
    qtbot.addWidget(page)
    # As the main window does after every change.
    follow_changes(ctx, page)  # as the main window does
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def _fill_window(page: AvailabilityPage, kind: str, weekday: int, start: QTime,
                 end: QTime) -> None:
    page.kind_box.setCurrentIndex(page.kind_box.findData(kind))
    page.weekday_box.setCurrentIndex(page.weekday_box.findData(weekday))
    page.from_edit.setTime(start)
    page.to_edit.setTime(end)


def _preview(page: AvailabilityPage, day: date, column: PreviewColumn) -> str:
    model = page.preview_model
    row = next(r for r, d in enumerate(model.days()) if d.day == day)
    return model.index(row, column).data()


def _window_rows(page: AvailabilityPage) -> list[tuple[str, ...]]:
    model = page.windows_model
    return [tuple(model.index(r, c).data() for c in WindowColumn)
            for r in range(model.rowCount())]


def test_adding_a_window_stores_it_and_shows_its_slots(qtbot, demo_ctx) -> None:
    page = _page(qtbot, demo_ctx)
    sunday = date(2026, 3, 8)
    assert _preview(page, sunday, PreviewColumn.PAID) == "—"

    _fill_window(page, "paid", 6, QTime(10, 0), QTime(12, 0))
    qtbot.mouseClick(page.add_window_button, Qt.MouseButton.LeftButton)

    stored = [(w.weekday, w.start_minute, w.end_minute)
              for w in demo_ctx.services.availability.windows("paid")]
    assert (6, 600, 720) in stored
    assert ("Paid", "Sunday", "10:00", "12:00") in _window_rows(page)
    selected = page.windows_table.selectionModel().selectedRows()
    assert [i.siblingAtColumn(WindowColumn.WEEKDAY).data() for i in selected] == ["Sunday"]
    assert _preview(page, sunday, PreviewColumn.PAID) == "10:00, 11:00"
    assert not page.window_notice.isVisible()


def test_an_overlapping_window_is_refused_inline(qtbot, demo_ctx) -> None:
    page = _page(qtbot, demo_ctx)
    before = demo_ctx.services.availability.windows()

    _fill_window(page, "intro", 0, QTime(10, 0), QTime(11, 0))
    qtbot.mouseClick(page.add_window_button, Qt.MouseButton.LeftButton)

    assert page.window_notice.isVisible()
    assert page.window_notice.text() == (
        "This window overlaps your intro window Mon 09:00–12:00")
    assert demo_ctx.services.availability.windows() == before
    assert not page.day_off_notice.isVisible()

    # The same hours for paid sessions are another calendar: accepted, and the notice goes.
    page.kind_box.setCurrentIndex(page.kind_box.findData("paid"))
    qtbot.mouseClick(page.add_window_button, Qt.MouseButton.LeftButton)
    assert not page.window_notice.isVisible()
    assert len(demo_ctx.services.availability.windows()) == len(before) + 1


def test_a_window_that_ends_before_it_starts_is_refused(qtbot, ctx) -> None:
    page = _page(qtbot, ctx)
    _fill_window(page, "intro", 2, QTime(12, 0), QTime(9, 0))
    qtbot.mouseClick(page.add_window_button, Qt.MouseButton.LeftButton)

    assert page.window_notice.text() == (
        "An availability window must end after it starts (12:00–09:00)")
    assert ctx.services.availability.windows() == []
    assert page.windows_empty.isVisible()


def test_a_window_to_midnight_ends_at_the_end_of_the_day(qtbot, ctx) -> None:
    page = _page(qtbot, ctx)
    _fill_window(page, "paid", 6, QTime(20, 0), QTime(0, 0))
    qtbot.mouseClick(page.add_window_button, Qt.MouseButton.LeftButton)

    [window] = ctx.services.availability.windows()
    assert (window.weekday, window.start_minute, window.end_minute) == (6, 20 * 60, 24 * 60)
    assert _window_rows(page) == [("Paid", "Sunday", "20:00", "24:00")]
    assert not page.windows_empty.isVisible()


def test_removing_the_selected_window(qtbot, demo_ctx) -> None:
    page = _page(qtbot, demo_ctx)
    assert not page.remove_window_button.isEnabled()
    row = _window_rows(page).index(("Paid", "Friday", "13:00", "16:00"))
    friday = date(2026, 3, 6)
    assert _preview(page, friday, PreviewColumn.PAID) != "—"

    page.windows_table.selectRow(row)
    assert page.remove_window_button.isEnabled()
    qtbot.mouseClick(page.remove_window_button, Qt.MouseButton.LeftButton)

    assert (4, 13 * 60, 16 * 60) not in [(w.weekday, w.start_minute, w.end_minute)
                                         for w in demo_ctx.services.availability.windows("paid")]
    assert ("Paid", "Friday", "13:00", "16:00") not in _window_rows(page)
    assert _preview(page, friday, PreviewColumn.PAID) == "—"
    assert not page.remove_window_button.isEnabled()


def test_adding_and_removing_a_day_off(qtbot, demo_ctx) -> None:
    page = _page(qtbot, demo_ctx)
    tuesday = date(2026, 3, 10)
    assert _preview(page, tuesday, PreviewColumn.INTRO).startswith("09:00, 09:20")

    page.day_off_edit.setDate(QDate(2026, 3, 10))
    qtbot.keyClicks(page.note_edit, "Dentist all day")
    qtbot.mouseClick(page.add_day_off_button, Qt.MouseButton.LeftButton)

    assert {(d.day, d.note) for d in demo_ctx.services.availability.days_off()} >= {
        (tuesday, "Dentist all day")}
    model = page.days_off_model
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert texts == ["Tue 10 Mar 2026 — Dentist all day", "Fri 13 Mar 2026 — Conference"]
    assert page.days_off_list.currentIndex().row() == 0
    assert page.note_edit.text() == ""
    assert _preview(page, tuesday, PreviewColumn.INTRO) == "Day off: Dentist all day"
    assert _preview(page, tuesday, PreviewColumn.PAID) == "Day off: Dentist all day"

    page.days_off_list.setCurrentIndex(model.index(0, 0))
    qtbot.mouseClick(page.remove_day_off_button, Qt.MouseButton.LeftButton)

    assert tuesday not in {d.day for d in demo_ctx.services.availability.days_off()}
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Fri 13 Mar 2026 — Conference"]
    assert _preview(page, tuesday, PreviewColumn.INTRO).startswith("09:00, 09:20")


def test_a_day_off_added_again_updates_its_note_or_says_nothing_changed(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    conference = date(2026, 3, 13)  # a day off of the sample data, noted "Conference"
    page.day_off_edit.setDate(QDate(2026, 3, 13))
    qtbot.keyClicks(page.note_edit, "Team offsite")
    qtbot.mouseClick(page.add_day_off_button, Qt.MouseButton.LeftButton)
    assert page.day_off_notice.text() == "That day was a day off already; its note is now " \
                                         "“Team offsite”."
    assert {d.day: d.note for d in demo_ctx.services.availability.days_off()}[conference] == \
        "Team offsite"
    qtbot.mouseClick(page.add_day_off_button, Qt.MouseButton.LeftButton)
    assert page.day_off_notice.text() == "That day was a day off already; nothing changed."
    assert {d.day: d.note for d in demo_ctx.services.availability.days_off()}[conference] == \
        "Team offsite"


def test_preview_counts_follow_the_service(qtbot, demo_ctx) -> None:
    page = _page(qtbot, demo_ctx)
    service = demo_ctx.services.availability
    intro = len(service.free_slots("intro", date(2026, 3, 2), 14))
    paid = len(service.free_slots("paid", date(2026, 3, 2), 14))
    assert page.preview_totals.text() == f"{intro} intro slots and {paid} paid slots from Mon 2 Mar"
    # Intro slots start 48 hours ahead: none on the first two days.
    assert _preview(page, date(2026, 3, 2), PreviewColumn.INTRO) == "—"
    assert _preview(page, date(2026, 3, 13), PreviewColumn.INTRO) == "Day off: Conference"
