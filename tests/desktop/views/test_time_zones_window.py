"""The two zones in the window: Settings sets each, saying what moving moves; the Availability
page reads in the mentor's own zone whatever zone other times are shown in."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.availability_model import PreviewColumn, WindowColumn
from desktop.views.main_window import MainWindow
from desktop.views.settings_dialog import SettingsDialog
from tests.desktop.conftest import delivered, shown_window


@pytest.fixture
def window(qtbot, demo_ctx) -> MainWindow:  # noqa: ANN001
    window = shown_window(qtbot, demo_ctx)
    delivered(qtbot, demo_ctx)
    return window


def choose(box, name: str) -> None:  # noqa: ANN001
    box.setCurrentIndex(box.findData(name))


def test_settings_offer_both_zones_with_their_defaults(qtbot, window) -> None:  # noqa: ANN001
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.home_zone.currentText() == "As in the platform export (Europe/Berlin)"
    assert dialog.zone.currentText() == "Your own time zone (Europe/Berlin)"
    assert "weekly availability" in dialog.home_zone.toolTip()
    assert "Only how times read" in dialog.zone.toolTip()


def test_showing_times_elsewhere_leaves_the_availability_page_in_the_own_zone(
        qtbot, window, answer_modal) -> None:  # noqa: ANN001
    page = window.page("availability")
    window.show_page(window.pages.index(page))
    rows = [tuple(page.windows_model.index(r, c).data() for c in WindowColumn)
            for r in range(page.windows_model.rowCount())]
    monday = page.preview_model.index(0, PreviewColumn.PAID).data()

    def save_new_york(dialog: SettingsDialog) -> None:
        choose(dialog.zone, "America/New_York")
        dialog._on_save_clicked()

    answer_modal(save_new_york)
    window.open_settings()
    assert window.ctx.tz().key == "America/New_York"
    assert window.ctx.home_tz().key == "Europe/Berlin"
    assert [tuple(page.windows_model.index(r, c).data() for c in WindowColumn)
            for r in range(page.windows_model.rowCount())] == rows
    assert page.preview_model.index(0, PreviewColumn.PAID).data() == monday
    assert page.zone_label.text() == ("Times and days on this page are your own, in "
                                      "Europe/Berlin. Elsewhere times are shown in "
                                      "America/New_York.")
    assert window.notice.text() == ""  # nothing moved


def test_saying_where_the_mentor_lives_says_what_it_moved(qtbot, window, answer_modal) -> None:  # noqa: ANN001
    services = window.ctx.services
    before = services.availability.free_slots("paid", date(2026, 3, 9), 1)[0].start

    def move(dialog: SettingsDialog) -> None:
        choose(dialog.home_zone, "Europe/Lisbon")
        dialog._on_save_clicked()

    answer_modal(move)
    window.open_settings()
    assert window.ctx.home_tz().key == "Europe/Lisbon"
    after = services.availability.free_slots("paid", date(2026, 3, 9), 1)[0].start
    assert (after - before).total_seconds() == 3600  # 14:00 in Lisbon is an hour later
    text = window.notice.text()
    assert text.startswith("Your own time zone is now Europe/Lisbon (it was Europe/Berlin)")
    assert "the monthly intro limit counts Europe/Lisbon months" in text
    page = window.page("availability")
    window.show_page(window.pages.index(page))
    assert page.zone_label.text() == "Times and days on this page are your own, in " \
                                     "Europe/Lisbon."
