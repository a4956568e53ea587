"""Upcoming: the next 72 hours, soonest first, and Cancel only at least 24 hours ahead."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.models.session_list_model import Column
from desktop.views.cancel_dialog import CancelDialog
from desktop.views.upcoming_page import UpcomingPage
from tests.desktop.conftest import as_shown, follow_changes


def _page(qtbot, ctx) -> UpcomingPage:  # noqa: ANN001
    page = UpcomingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.refresh()
    follow_changes(ctx, page)  # as the main window does
    return page


def _select(page: UpcomingPage, session_id: str) -> None:
    assert page._table.select_id(session_id)


def test_lists_the_next_72_hours_soonest_first(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    expected = [r.id for r in demo_ctx.services.sessions.upcoming()]
    model = page._table.model()
    shown = [model.index(row, 0).data(Qt.ItemDataRole.UserRole + 2)
             for row in range(model.rowCount())]
    assert shown == expected and len(shown) >= 2
    first = demo_ctx.services.sessions.get(shown[0])
    assert model.index(0, Column.MENTEE).data() == first.mentee_name
    assert model.index(0, Column.RELATIVE).data().startswith("starts in")


def test_cancel_is_disabled_with_the_reason_under_24_hours(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    now = demo_ctx.now()
    soon = next(r for r in demo_ctx.services.sessions.upcoming()
                if r.start - now < timedelta(hours=24))
    _select(page, soon.id)
    assert not page._cancel.isEnabled()
    assert "at least 24 hours" in as_shown(page._cancel.toolTip())
    assert "at least 24 hours" in page._why.text()


def test_cancel_asks_for_a_reason_and_stores_it(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    now = demo_ctx.now()
    later = next(r for r in demo_ctx.services.sessions.upcoming()
                 if r.start - now >= timedelta(hours=24))
    _select(page, later.id)
    assert page._cancel.isEnabled()

    def fill(dialog: CancelDialog) -> None:
        ok = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel session")
        assert not ok.isEnabled()  # no reason yet
        dialog.pick(5)  # Other…: the mentor's own words
        qtbot.keyClicks(dialog._text, "Flu, sorry; let's rebook")
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(page._cancel, Qt.MouseButton.LeftButton)
    stored = demo_ctx.services.sessions.get(later.id)
    assert stored.status == "cancelled"
    assert stored.reason == "Flu, sorry; let's rebook"


def test_closing_the_cancel_dialog_changes_nothing(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    now = demo_ctx.now()
    later = next(r for r in demo_ctx.services.sessions.upcoming()
                 if r.start - now >= timedelta(hours=24))
    _select(page, later.id)
    answer_modal(lambda d: d.reject())
    qtbot.mouseClick(page._cancel, Qt.MouseButton.LeftButton)
    assert demo_ctx.services.sessions.get(later.id).status == "scheduled"


def test_empty_state_when_nothing_is_coming(qtbot, ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, ctx)
    assert page._stack.currentWidget() is page._empty
    assert not page._cancel.isEnabled()


def test_a_refusal_keeps_the_cancel_dialog_open_with_the_reason(qtbot, demo_ctx,  # noqa: ANN001
                                                                answer_modal) -> None:
    page = _page(qtbot, demo_ctx)
    now = demo_ctx.now()
    later = next(r for r in demo_ctx.services.sessions.upcoming()
                 if r.start - now >= timedelta(hours=24))
    _select(page, later.id)

    def fill(dialog: CancelDialog) -> None:
        dialog.pick(1)
        # The dialog stayed open past the deadline: 23 h 59 min before the start.
        demo_ctx.services.clock.set(later.start - timedelta(hours=23, minutes=59))
        ok = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel session")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "at least 24 hours" in dialog._notice.text()
        assert "23 hours 59 minutes" in dialog._notice.text()
        assert dialog.reason() == "I am ill"
        dialog.reject()

    answer_modal(fill)
    qtbot.mouseClick(page._cancel, Qt.MouseButton.LeftButton)
    assert demo_ctx.services.sessions.get(later.id).status == "scheduled"
