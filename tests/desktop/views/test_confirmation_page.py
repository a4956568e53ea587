"""Pending confirmation: outcome for every ended session, the decision for intros, bundles move."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QRadioButton

from desktop.models.roles import IdRole
from desktop.views.confirm_dialog import ConfirmDialog
from desktop.views.confirmation_page import ConfirmationPage
from tests.desktop.conftest import click_choice, follow_changes


def _page(qtbot, ctx) -> ConfirmationPage:  # noqa: ANN001
    page = ConfirmationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.refresh()
    follow_changes(ctx, page)  # as the main window does
    return page


def _ok(dialog: ConfirmDialog) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "Confirm")


def _radio(dialog: ConfirmDialog, text: str) -> QRadioButton:
    return next(b for b in dialog.findChildren(QRadioButton) if b.text() == text)


def test_lists_ended_sessions_oldest_first_with_how_overdue(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    model = page._table.model()
    ids = [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]
    expected = demo_ctx.services.sessions.pending_confirmation()
    assert ids == [r.id for r in expected] and len(ids) >= 2
    assert [r.end for r in expected] == sorted(r.end for r in expected)
    assert model.index(0, 1).data().endswith("ago")


def test_confirming_an_intro_needs_outcome_and_decision(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    intro = next(r for r in demo_ctx.services.sessions.pending_confirmation()
                 if r.type == "intro")
    assert page._table.select_id(intro.id)

    def fill(dialog: ConfirmDialog) -> None:
        assert not _ok(dialog).isEnabled()
        click_choice(qtbot, _radio(dialog, "Held"))
        assert not _ok(dialog).isEnabled()  # an intro also needs the decision
        click_choice(qtbot, _radio(dialog, "Approve continuation"))
        assert _ok(dialog).isEnabled()
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(page._confirm, Qt.MouseButton.LeftButton)
    stored = demo_ctx.services.sessions.get(intro.id)
    assert (stored.status, stored.outcome, stored.decision) == ("completed", "held", "approve")
    assert page._table.select_id(intro.id) is False  # left the list
    assert "Confirmed the intro session" in page._notice.text()


def test_confirming_a_paid_session_moves_its_bundle(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    sessions = demo_ctx.services.sessions
    paid = next(r for r in sessions.pending_confirmation() if r.type == "paid")
    before = sessions.bundle(paid.bundle_id)
    assert page._table.select_id(paid.id)
    assert page._bundle.isVisible()
    assert f"{before.sessions_used} of {before.sessions_total} used" in page._bundle.text()

    def fill(dialog: ConfirmDialog) -> None:
        shown = dialog.progress.text()
        assert f"{before.sessions_used} of {before.sessions_total} used" in shown
        assert dialog.progress.bar.value() == before.sessions_used
        assert not [b for b in dialog.findChildren(QRadioButton) if "continuation" in b.text()]
        click_choice(qtbot, _radio(dialog, "Held"))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(page._confirm, Qt.MouseButton.LeftButton)
    after = sessions.bundle(paid.bundle_id)
    assert after.sessions_used == before.sessions_used + 1
    assert f"{after.sessions_used} of {after.sessions_total} used" in page._notice.text()


def test_mentee_no_show_does_not_use_the_bundle(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    sessions = demo_ctx.services.sessions
    paid = next(r for r in sessions.pending_confirmation() if r.type == "paid")
    before = sessions.bundle(paid.bundle_id).sessions_used
    page._table.select_id(paid.id)

    def fill(dialog: ConfirmDialog) -> None:
        click_choice(qtbot, _radio(dialog, "Mentee did not show up"))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(page._confirm, Qt.MouseButton.LeftButton)
    assert sessions.get(paid.id).status == "no_show"
    assert sessions.bundle(paid.bundle_id).sessions_used == before


def test_empty_state_when_all_is_confirmed(qtbot, ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, ctx)
    assert page._stack.currentWidget() is page._empty
    assert not page._confirm.isEnabled()
