"""How many SQL statements one Accept, one Reject and one Confirm cost in the window, from the
click until every listener has heard of the change: a guard against listeners that re-read what
they already know (a count, not a timing; it is the same on any machine). Each unit of work
opens with a BEGIN, which counts too.

Measured on the demo data: accept 20, reject 17, confirm 19, two of which write what the held
paid session earned (the commission rate read, the figure inserted); 63, 63 and 66 when listeners
ran inside the service call and re-read the time zone per row; 78, 78, 81 with a calendar file kept,
which is now written afterwards, off the GUI thread, and not counted here. Each bound is what
the action needs, with a little room:
- the decision, in one writer: the session with its mentee, the rule checks (for an accept the
  intros of that month, the sessions and the busy time around it: three statements; for a
  confirm the bundle), the update and the action logged: 4 to 7;
- the page that acted updating itself once: its list again (for invitations, with their reviews:
  four statements for the whole list) and the details of the next selection: 3 to 7;
- the window, once per change: the badge counts (one statement for all), the outbox count and
  the undo entry: 6.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QRadioButton
from sqlalchemy import event

from desktop.views.main_window import MainWindow
from tests.desktop.conftest import click_choice, delivered, shown_window

ACCEPT_BOUND = 24
REJECT_BOUND = 20
CONFIRM_BOUND = 20


@pytest.fixture
def window(qtbot, demo_ctx, tmp_path) -> MainWindow:  # noqa: ANN001
    demo_ctx.services.calendar_sync.set_path(tmp_path / "mentor.ics")
    window = shown_window(qtbot, demo_ctx)
    delivered(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: not window.calendar_keeper.pending(), timeout=10_000)
    # The minute's refresh and the reminders are not part of an action: on a slow machine their
    # timers could fire during one and add statements that are not the action's.
    window._minute.stop()
    window.reminders.stop()
    return window


@pytest.fixture
def statements(window):  # noqa: ANN001, ANN201
    seen: list[str] = []
    gui = threading.get_ident()

    def on_execute(*args: object) -> None:
        # The GUI thread's only: the calendar file is rewritten on another, later.
        if threading.get_ident() == gui:
            seen.append(str(args[2]))

    event.listen(window.ctx.services.engine, "before_cursor_execute", on_execute)
    return seen


def counted(qtbot, window: MainWindow, statements: list[str], click) -> int:  # noqa: ANN001
    statements.clear()
    click()
    delivered(qtbot, window.ctx)
    return len(statements)


def _invitations(window: MainWindow, mentee: str):  # noqa: ANN202
    window.show_page(1)
    page = window.page("invitations")
    request = next(r for r in window.ctx.services.sessions.invitations()
                   if r.mentee_name == mentee)
    assert page._table.select_id(request.id)
    return page, request


def test_one_accept(qtbot, window, statements) -> None:  # noqa: ANN001
    page, request = _invitations(window, "Yusuf Kaya")
    count = counted(qtbot, window, statements,
                    lambda: qtbot.mouseClick(page._accept, Qt.MouseButton.LeftButton))
    assert window.ctx.services.sessions.get(request.id).status == "scheduled"
    assert 0 < count <= ACCEPT_BOUND, count


def test_one_reject(qtbot, window, statements, answer_modal) -> None:  # noqa: ANN001
    page, request = _invitations(window, "xx")

    def reject(dialog) -> None:  # noqa: ANN001
        dialog.pick(1)
        qtbot.mouseClick(next(b for b in dialog.findChildren(QPushButton)
                              if b.text() == "Reject invitation"), Qt.MouseButton.LeftButton)

    answer_modal(reject)
    count = counted(qtbot, window, statements,
                    lambda: qtbot.mouseClick(page._reject, Qt.MouseButton.LeftButton))
    assert window.ctx.services.sessions.get(request.id).status == "rejected"
    assert 0 < count <= REJECT_BOUND, count


def test_one_confirm(qtbot, window, statements, answer_modal) -> None:  # noqa: ANN001
    window.show_page(2)
    page = window.page("confirmation")
    paid = next(r for r in window.ctx.services.sessions.pending_confirmation()
                if r.type == "paid")
    assert page._table.select_id(paid.id)

    def confirm(dialog) -> None:  # noqa: ANN001
        click_choice(qtbot, next(b for b in dialog.findChildren(QRadioButton)
                                 if b.text() == "Held"))
        qtbot.mouseClick(next(b for b in dialog.findChildren(QPushButton)
                              if b.text() == "Confirm"), Qt.MouseButton.LeftButton)

    answer_modal(confirm)
    count = counted(qtbot, window, statements,
                    lambda: qtbot.mouseClick(page._confirm, Qt.MouseButton.LeftButton))
    assert window.ctx.services.sessions.get(paid.id).status == "completed"
    assert 0 < count <= CONFIRM_BOUND, count
