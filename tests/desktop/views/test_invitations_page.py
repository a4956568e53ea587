"""Pending invitations: read the form and its red flags, accept or reject, from mouse or keyboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from desktop.models.invitation_list_model import FLAGS_COLUMN
from desktop.models.roles import IdRole
from desktop.models.session_list_model import Column
from desktop.views.invitations_page import InvitationsPage
from desktop.views.reject_dialog import RejectDialog
from tests.desktop.conftest import as_shown, follow_changes

# The test clock is Mon 2 Mar 2026 09:00Z (10:00 in Berlin).
THU = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
HONEST = {"What do you want to achieve?": "Move from QA into backend engineering.",
          "Your background": "Four years of testing, some Python.",
          "LinkedIn": "https://www.linkedin.com/in/sam-lee"}


def z(instant: datetime) -> str:
    return instant.isoformat().replace("+00:00", "Z")


def intro(ident: str, mentee: str, start: datetime, status: str = "requested",
          form: dict[str, str] | None = None) -> dict[str, Any]:
    item = {"id": ident, "type": "intro", "mentee_id": mentee, "start": z(start),
            "duration_minutes": 20, "status": status}
    if status == "requested":
        item.update(requested_at="2026-03-01T08:00:00Z", form=dict(HONEST if form is None
                                                                      else form))
    return item


def load(ctx, sessions: list[dict[str, Any]], mentees: list[dict[str, str]] | None = None) -> None:  # noqa: ANN001
    ctx.services.importer.import_document({
        "format": "mentor-platform-export", "version": 1, "exported_at": "2026-03-02T08:00:00Z",
        "mentor": {"id": "m-1", "name": "Dana Okafor", "email": "dana@example.org",
                   "timezone": "Europe/Berlin"},
        "mentees": mentees or [
            {"id": "u-1", "name": "Sam Lee", "email": "sam@example.com"},
            {"id": "u-2", "name": "Priya Raman", "email": "priya@example.com"},
            {"id": "u-3", "name": "Jonas Becker", "email": "jonas@example.com"}],
        "bundles": [], "sessions": sessions}, "test export")


def _page(qtbot, ctx) -> InvitationsPage:  # noqa: ANN001
    page = InvitationsPage(ctx)
    qtbot.addWidget(page)
    # As the main window does: the page shown refreshes after every change.
    follow_changes(ctx, page)  # as the main window does
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def shown_ids(page: InvitationsPage) -> list[str]:
    model = page._table.model()
    return [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]


def ok_button(dialog: RejectDialog) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "Reject invitation")


# -- reading ----------------------------------------------------------------------------------

def test_lists_the_open_invitations_with_their_red_flags(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    expected = [r.id for r in demo_ctx.services.sessions.invitations()]
    assert shown_ids(page) == expected and len(expected) == 6
    assert len(shown_ids(page)) == 6
    model = page._table.model()
    flagged = {model.index(row, Column.MENTEE).data(): model.index(row, FLAGS_COLUMN).data()
               for row in range(model.rowCount()) if model.index(row, FLAGS_COLUMN).data()}
    assert flagged == {"xx": "6 red flags", "Test Test": "4 red flags"}
    for column in (Column.TYPE, Column.LENGTH, Column.STATUS):
        assert page._table.isColumnHidden(column)
    assert not page._table.isColumnHidden(Column.MENTEE)


def test_selecting_shows_form_flags_history_and_monthly_count(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    spam = next(r for r in demo_ctx.services.sessions.invitations() if r.mentee_name == "xx")
    assert page._table.select_id(spam.id)
    assert page._name.text() == "xx"
    assert "free-money@mailinator.com" in page._facts.text()
    form = page._form.toPlainText()
    assert "What do you want to achieve?\nCLICK HERE http://bit.ly/xxxx earn $$$ fast" in form
    assert "LinkedIn\n(left empty)" in form
    texts = page._flags.texts()
    assert len(texts) == 6
    assert any("mailinator.com" in t for t in texts)
    assert any(t.startswith("Clashes with your busy time") and "Dentist" in t for t in texts)
    assert page._flags_heading.text() == "Red flags (6)"
    assert page._intros.text() == "1 of 3 intro sessions in March 2026, this one included"
    assert page._history_heading.text() == "Other sessions with xx (0)"
    assert page._no_history.isVisibleTo(page) and not page._history.isVisibleTo(page)

    honest = next(r for r in demo_ctx.services.sessions.invitations()
                  if r.mentee_name == "Yusuf Kaya")
    assert page._table.select_id(honest.id)
    assert page._flags.texts() == []
    assert page._flags_heading.text() == "No red flags found"


def test_the_mentees_other_sessions_are_listed(qtbot, ctx) -> None:  # noqa: ANN001
    load(ctx, [intro("s-old", "u-1", datetime(2026, 1, 12, 9, 0, tzinfo=UTC), "completed"),
               intro("s-new", "u-1", THU)])
    page = _page(qtbot, ctx)
    assert page._history_heading.text() == "Other sessions with Sam Lee (1)"
    assert page._history.isVisibleTo(page)
    assert page._history.model().index(0, Column.STATUS).data() == "Held"


def test_markup_in_a_form_is_shown_literally(qtbot, ctx) -> None:  # noqa: ANN001
    form = {"What do you want to achieve?": "<b>bold</b> and <script>alert(1)</script>",
            "Your background": "<i>nothing</i> &amp; <a href='x'>link</a>"}
    load(ctx, [intro("s-1", "u-1", THU, form=form)],
         mentees=[{"id": "u-1", "name": "<b>Sam</b> Lee", "email": "sam@example.com"}])
    page = _page(qtbot, ctx)
    text = page._form.toPlainText()
    assert "<b>bold</b> and <script>alert(1)</script>" in text
    assert "<i>nothing</i> &amp; <a href='x'>link</a>" in text
    assert page._name.text() == "<b>Sam</b> Lee"
    assert page._name.textFormat() == Qt.TextFormat.PlainText
    # Whatever the form says, nothing in it turns into formatting.
    document = page._form.document()
    answer = document.find("bold")
    assert not answer.charFormat().font().bold()


def test_empty_state_when_there_are_no_invitations(qtbot, ctx) -> None:  # noqa: ANN001
    load(ctx, [intro("s-1", "u-1", datetime(2026, 1, 12, 9, 0, tzinfo=UTC), "completed")])
    page = _page(qtbot, ctx)
    assert len(shown_ids(page)) == 0
    assert page._empty.isVisible() and not page._splitter.isVisible()
    assert "No invitations waiting" in page._empty.text()


# -- accepting --------------------------------------------------------------------------------

def test_accept_schedules_it_and_moves_on_to_the_next(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    before = shown_ids(page)
    page._table.select_row(0)
    qtbot.mouseClick(page._accept, Qt.MouseButton.LeftButton)
    assert demo_ctx.services.sessions.get(before[0]).status == "scheduled"
    assert shown_ids(page) == before[1:]
    assert page._table.current_id() == before[1]
    assert len(shown_ids(page)) == 5
    assert "is in your calendar" in page._notice.text()


def test_a_and_r_keys_decide_and_arrows_move(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    ids = shown_ids(page)
    page.activateWindow()
    qtbot.waitActive(page)
    page._table.setFocus()
    qtbot.waitUntil(page._table.hasFocus)
    page._table.select_row(0)
    qtbot.keyClick(page._table, Qt.Key.Key_Down)
    assert page._table.current_id() == ids[1]
    qtbot.keyClick(page._table, Qt.Key.Key_Up)
    assert page._table.current_id() == ids[0]

    qtbot.keyClick(page._table, Qt.Key.Key_A)
    assert demo_ctx.services.sessions.get(ids[0]).status == "scheduled"
    assert page._table.current_id() == ids[1]
    assert page._table.hasFocus()

    def fill(dialog: RejectDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_2)  # "Not enough information in the form"
        qtbot.keyClicks(dialog._text, "Please say what you want to learn")
        qtbot.keyClick(dialog._text, Qt.Key.Key_Tab)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.keyClick(page._table, Qt.Key.Key_R)
    stored = demo_ctx.services.sessions.get(ids[1])
    assert stored.status == "rejected"
    assert stored.reason == "Not enough information in the form: Please say what you want to learn"
    assert shown_ids(page) == ids[2:]
    assert page._table.current_id() == ids[2]


def test_letter_keys_act_only_while_the_page_has_focus(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    page = InvitationsPage(demo_ctx)
    elsewhere = QPushButton("Elsewhere in the window")
    layout = QVBoxLayout(window)
    layout.addWidget(page)
    layout.addWidget(elsewhere)
    window.resize(1100, 700)
    window.show()
    page.refresh()
    window.activateWindow()
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    qtbot.keyClick(elsewhere, Qt.Key.Key_A)
    assert len(demo_ctx.services.sessions.invitations()) == 6
    page._table.setFocus()
    qtbot.waitUntil(page._table.hasFocus)
    qtbot.keyClick(page._table, Qt.Key.Key_A)
    assert len(demo_ctx.services.sessions.invitations()) == 5


def test_digits_typed_as_a_reason_stay_in_the_text(qtbot) -> None:  # noqa: ANN001
    dialog = RejectDialog(None, "Sam Lee")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_5)
    qtbot.waitUntil(dialog._text.hasFocus)
    qtbot.keyClicks(dialog._text, "Back in 2 weeks, ask in 3")
    assert dialog.reason() == "Back in 2 weeks, ask in 3"


def test_busy_time_is_flagged_and_accept_anyway_needs_the_mentors_word(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    spam = next(r for r in demo_ctx.services.sessions.invitations() if r.mentee_name == "xx")
    page._table.select_id(spam.id)
    assert any(t.startswith("Clashes with your busy time") for t in page._flags.texts())

    # Accept would be refused: it is disabled, with the reason, as the services word it.
    assert not page._accept.isEnabled()
    assert page._why.text().startswith(
        'This overlaps busy time in your calendar: "Dentist", Fri 6 Mar 10:00–11:00 (from Demo '
        "calendar)")
    assert "--despite-busy" not in page._why.text()
    assert as_shown(page._accept.toolTip()) == page._why.text()
    assert page._accept_anyway.isVisible()
    qtbot.keyClick(page._table, Qt.Key.Key_A)
    assert demo_ctx.services.sessions.get(spam.id).status == "requested"

    qtbot.mouseClick(page._accept_anyway, Qt.MouseButton.LeftButton)
    assert demo_ctx.services.sessions.get(spam.id).status == "scheduled"
    assert not page._accept_anyway.isVisible()
    assert spam.id not in shown_ids(page)


def test_the_accept_anyway_offer_is_withdrawn_when_another_request_is_selected(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    spam = next(r for r in demo_ctx.services.sessions.invitations() if r.mentee_name == "xx")
    page._table.select_id(spam.id)
    assert page._accept_anyway.isVisible()
    page._table.select_row(0)
    assert not page._accept_anyway.isVisible()
    assert not page._why.isVisible() and page._accept.isEnabled()
    assert demo_ctx.services.sessions.get(spam.id).status == "requested"


def test_the_monthly_limit_is_shown_where_the_mentor_acted(qtbot, ctx) -> None:  # noqa: ANN001
    earlier = [intro(f"s-{n}", "u-1", datetime(2026, 3, 9 + n, 9, 0, tzinfo=UTC), "scheduled")
               for n in range(3)]
    load(ctx, [*earlier, intro("s-new", "u-1", THU)])
    page = _page(qtbot, ctx)
    assert page._intros.text() == "4 of 3 intro sessions in March 2026, this one included"
    assert not page._accept.isEnabled()
    assert page._why.text().startswith("A mentee may have at most 3 intro sessions per "
                                       "calendar month; Sam Lee already has 3 in March 2026")
    assert not page._accept_anyway.isVisible()
    qtbot.keyClick(page._table, Qt.Key.Key_A)
    assert ctx.services.sessions.get("s-new").status == "requested"
    assert shown_ids(page) == ["s-new"]


def test_a_double_booking_is_refused_in_words(qtbot, ctx) -> None:  # noqa: ANN001
    load(ctx, [intro("s-held", "u-2", THU + timedelta(minutes=10), "scheduled"),
               intro("s-new", "u-1", THU)])
    page = _page(qtbot, ctx)
    assert not page._accept.isEnabled()
    assert "would overlap session s-held" in page._why.text()


def test_a_refusal_that_arose_since_the_page_was_drawn_is_said_where_the_mentor_acted(
        qtbot, ctx) -> None:  # noqa: ANN001
    load(ctx, [intro("s-new", "u-1", THU)])
    page = _page(qtbot, ctx)
    assert page._accept.isEnabled()
    # An export brings a session at that time; the page has not heard of it yet.
    load(ctx, [intro("s-new", "u-1", THU),
               intro("s-other", "u-2", THU + timedelta(minutes=10), "scheduled")])
    qtbot.mouseClick(page._accept, Qt.MouseButton.LeftButton)
    assert ctx.services.sessions.get("s-new").status == "requested"
    assert "would overlap session s-other" in page._notice.text()
    assert not page._accept.isEnabled()  # the review was read again
    assert "would overlap session s-other" in page._why.text()


# -- rejecting --------------------------------------------------------------------------------

def test_reject_needs_a_reason_before_ok(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    first = shown_ids(page)[0]
    states: list[bool] = []

    def look(dialog: RejectDialog) -> None:
        ok = ok_button(dialog)
        states.append(ok.isEnabled())
        dialog.pick(5)  # Other…: the mentor's own words are needed
        states.append(ok.isEnabled())
        qtbot.keyClicks(dialog._text, "   ")
        states.append(ok.isEnabled())
        dialog.pick(1)
        states.append(ok.isEnabled())
        dialog.findChild(QDialogButtonBox).rejected.emit()

    answer_modal(look)
    qtbot.mouseClick(page._reject, Qt.MouseButton.LeftButton)
    assert states == [False, False, False, True]
    assert demo_ctx.services.sessions.get(first).status == "requested"
    assert shown_ids(page)[0] == first


def test_reject_stores_the_reason_typed(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    spam = next(r for r in demo_ctx.services.sessions.invitations() if r.mentee_name == "Test Test")
    page._table.select_id(spam.id)

    def fill(dialog: RejectDialog) -> None:
        dialog.pick(5)
        qtbot.keyClicks(dialog._text, "Fake name and a throw-away address")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(page._reject, Qt.MouseButton.LeftButton)
    stored = demo_ctx.services.sessions.get(spam.id)
    assert stored.status == "rejected"
    assert stored.reason == "Fake name and a throw-away address"
    assert spam.id not in shown_ids(page)
    assert "Rejected the request from Test Test" in page._notice.text()


def test_a_refused_reject_keeps_the_dialog_open_with_the_reason(qtbot, ctx) -> None:  # noqa: ANN001
    load(ctx, [intro("s-1", "u-1", THU)])
    page = _page(qtbot, ctx)
    page_dialog = RejectDialog(page, "Sam Lee",
                               submit=lambda reason: ctx.services.sessions.reject("s-1", reason))
    qtbot.addWidget(page_dialog)
    page_dialog.show()
    page_dialog.pick(5)
    page_dialog.set_details("x" * 2001)
    qtbot.mouseClick(ok_button(page_dialog), Qt.MouseButton.LeftButton)
    assert page_dialog.isVisible()
    assert page_dialog.result() == 0
    assert "at most 2000 characters" in page_dialog._notice.text()
    assert ctx.services.sessions.get("s-1").status == "requested"


@pytest.mark.parametrize(("number", "details", "reason"), [
    (1, "", "Form looks like spam"),
    (3, "I coach Python, not Java", "Outside my expertise: I coach Python, not Java"),
    (5, "Ask me again in April", "Ask me again in April"),
])
def test_reject_dialog_reason_combines_pick_and_words(qtbot, number: int, details: str,  # noqa: ANN001
                                                      reason: str) -> None:
    dialog = RejectDialog(None, "Sam Lee")
    qtbot.addWidget(dialog)
    dialog.pick(number)
    dialog.set_details(details)
    assert dialog.reason() == reason
    assert ok_button(dialog).isEnabled()


def test_reject_dialog_lists_the_common_reasons(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QRadioButton

    dialog = RejectDialog(None, "Sam Lee")
    qtbot.addWidget(dialog)
    names = [r.accessibleName() for r in dialog.findChildren(QRadioButton)]
    assert names == ["1  Form looks like spam", "2  Not enough information in the form",
                     "3  Outside my expertise", "4  Schedule conflict", "5  Other…"]


# -- layout state -----------------------------------------------------------------------------

def test_splitter_and_header_are_saved_and_restored(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page._splitter.setSizes([300, 700])
    page._table.horizontalHeader().resizeSection(Column.WHEN, 222)
    sizes = page._splitter.sizes()
    page.save_state()

    again = _page(qtbot, demo_ctx)
    again.restore_state()
    assert again._splitter.sizes() == sizes
    assert again._table.horizontalHeader().sectionSize(Column.WHEN) == 222
    assert again._table.isColumnHidden(Column.STATUS)


def test_a_request_whose_start_passes_leaves_the_list_on_the_next_tick(qtbot, ctx) -> None:  # noqa: ANN001
    load(ctx, [intro("s-1", "u-1", THU), intro("s-2", "u-2", THU + timedelta(days=1))])
    page = _page(qtbot, ctx)
    assert shown_ids(page) == ["s-1", "s-2"]
    ctx.services.clock.set(THU - timedelta(minutes=1))
    page.tick()
    assert shown_ids(page) == ["s-1", "s-2"]
    assert page._facts.text().endswith("starts in 1 min")
    ctx.services.clock.set(THU)
    page.tick()
    assert shown_ids(page) == ["s-2"]
    assert page._table.current_id() == "s-2"
