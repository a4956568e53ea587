"""Session details: both time zones, bundle progress, the form as plain text, reasons, outcome,
decision, and the history of the mentor's actions with their outbox state."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.views.session_details_dialog import SessionDetailsDialog
from services import demo
from services.records import Status
from services.sessions import SessionQuery

MARKUP = "<b>Earn</b> <a href='http://spam.example'>money</a> <img src='x.png'>"


def _dialog(qtbot, ctx, session_id: str) -> SessionDetailsDialog:  # noqa: ANN001
    dialog = SessionDetailsDialog(ctx, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _history(dialog: SessionDetailsDialog) -> list[list[str]]:
    model = dialog.history_model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_paid_session_shows_both_time_zones_and_bundle_progress(qtbot, demo_ctx) -> None:  # noqa: ANN001
    sessions = demo_ctx.services.sessions
    paid = next(r for r in sessions.search(SessionQuery(types=("paid",), mentee_id="u-100"))
                if r.status == Status.COMPLETED)
    bundle = sessions.bundle(paid.bundle_id)
    dialog = _dialog(qtbot, demo_ctx, paid.id)
    fields = {key: label.text() for key, label in dialog.fields.items()}
    assert dialog.windowTitle() == "Session with Sam Lee"
    assert dialog.title.text() == "Paid session with Sam Lee"
    assert fields["bundle"].startswith(
        f"{bundle.sessions_used} of {bundle.sessions_total} used")
    assert fields["bundle"].endswith(f"({paid.bundle_id})")
    local = paid.start.astimezone(demo_ctx.tz())
    assert fields["when"].startswith(f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M}–")
    assert fields["when"].endswith("(Europe/Berlin)")
    theirs = paid.start.astimezone(ZoneInfo("America/New_York"))
    assert f"{theirs:%H:%M}" in fields["mentee_time"]
    assert fields["mentee_time"].endswith("(America/New York)")
    assert fields["status"] == "Held" and fields["outcome"] == "Held"
    assert fields["length"] == "60 min"
    assert fields["id"] == paid.id
    assert "decision" not in fields and "reason" not in fields


def test_a_platform_session_has_no_history_yet(qtbot, demo_ctx) -> None:  # noqa: ANN001
    paid = demo_ctx.services.sessions.search(SessionQuery(types=("paid",)))[0]
    dialog = _dialog(qtbot, demo_ctx, paid.id)
    assert dialog.history_model.rowCount() == 0
    assert not dialog.history_view.isVisible()


def test_form_answers_show_as_plain_text_never_as_markup(qtbot, ctx) -> None:  # noqa: ANN001
    document = demo.build_export(ctx.now())
    request = next(s for s in document["sessions"] if s["status"] == "requested")
    request["form"] = {"What do you want to achieve?": MARKUP, "Your background": "  "}
    ctx.services.importer.import_document(document)
    dialog = _dialog(qtbot, ctx, request["id"])
    answer = dialog.answers["What do you want to achieve?"]
    assert answer.textFormat() == Qt.TextFormat.PlainText
    assert answer.text() == MARKUP
    assert dialog.answers["Your background"].text() == "(no answer)"
    assert "requested" in dialog.fields
    assert dialog.fields["mentee_time"].textFormat() == Qt.TextFormat.PlainText


def test_history_after_accept_undo_and_outbox(qtbot, demo_ctx, tmp_path) -> None:  # noqa: ANN001
    sessions = demo_ctx.services.sessions
    first, second = sessions.invitations()[:2]
    sessions.accept(first.id)
    dialog = _dialog(qtbot, demo_ctx, first.id)
    assert [row[1:] for row in _history(dialog)] == [["Accepted", "", "Not yet sent"]]
    assert dialog.fields["status"].text() == "Scheduled"

    sessions.undo_last()
    sessions.reject(first.id, "Looks like a sales pitch.")
    dialog = _dialog(qtbot, demo_ctx, first.id)
    rows = _history(dialog)
    assert [row[1:] for row in rows] == [["Accepted", "", "Undone"],
                                         ["Rejected", "Looks like a sales pitch.",
                                          "Not yet sent"]]
    undone = dialog.history_model.index(0, 1).data(Qt.ItemDataRole.FontRole)
    assert undone.strikeOut()
    assert dialog.fields["reason"].text() == "Looks like a sales pitch."
    assert dialog.fields["status"].text() == "Rejected"
    assert dialog.history_view.isVisible()

    demo_ctx.services.outbox.write(tmp_path / "outbox.json")
    dialog = _dialog(qtbot, demo_ctx, first.id)
    assert _history(dialog)[1][3].startswith("Sent ")
    assert _history(dialog)[0][3] == "Undone"
    del second


def test_a_confirmed_intro_shows_outcome_and_decision(qtbot, demo_ctx) -> None:  # noqa: ANN001
    sessions = demo_ctx.services.sessions
    intro = next(r for r in sessions.pending_confirmation() if r.type == "intro")
    sessions.confirm(intro.id, "mentee_no_show", "reject")
    dialog = _dialog(qtbot, demo_ctx, intro.id)
    assert dialog.fields["outcome"].text() == "Mentee no-show"
    assert dialog.fields["decision"].text() == "Not continuing"
    assert dialog.fields["status"].text() == "Mentee no-show"
    assert _history(dialog)[0][1:3] == ["Confirmed", "Mentee no-show · Not continuing"]
    assert "bundle" not in dialog.fields


def test_a_cancelled_session_names_its_reason(qtbot, demo_ctx) -> None:  # noqa: ANN001
    cancelled = demo_ctx.services.sessions.search(
        SessionQuery(statuses=(Status.CANCELLED,)))[0]
    dialog = _dialog(qtbot, demo_ctx, cancelled.id)
    names = [label.text() for label in dialog.findChildren(QLabel)
             if label.buddy() is dialog.fields["reason"]]
    assert names == ["Reason for cancelling:"]
    assert dialog.fields["reason"].text() == "Mentee asked to move it."


def test_a_session_no_longer_there_is_said_plainly(qtbot, demo_ctx) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, demo_ctx, "s-does-not-exist")
    assert "No session s-does-not-exist here" in dialog.title.text()
    assert dialog.fields == {}


def test_a_session_booked_here_says_the_platform_has_not_confirmed_it(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from tests.services.builders import book_here

    mine = book_here(demo_ctx.services)
    dialog = _dialog(qtbot, demo_ctx, mine.id)
    fields = {key: label.text() for key, label in dialog.fields.items()}
    assert fields["platform"] == \
        f"Not yet confirmed: booked here as {mine.id}, not yet in an export"
    platform_born = demo_ctx.services.sessions.search(SessionQuery(types=("paid",)))[0]
    other = _dialog(qtbot, demo_ctx, platform_born.id)
    assert "platform" not in other.fields
