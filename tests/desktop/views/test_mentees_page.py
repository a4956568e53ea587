"""The Mentees page: the list, search and stage filter, a profile with its sessions, bundles and
journal; notes from every session list, the details and the confirmation; goals and progress;
Undo; and the Earnings tab with the same figures as the command line."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.models.mentee_list_model import Column
from desktop.models.roles import IdRole
from desktop.views.journal_dialogs import GoalDialog, NoteDialog, ProgressDialog
from desktop.views.mentees_page import MenteesPage
from tests.desktop.conftest import delivered, shown_window

HOSTILE = "<b>not bold</b> &amp; <img src=x>\n- step one\n*stars*"


def _page(qtbot, ctx) -> MenteesPage:  # noqa: ANN001
    page = MenteesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    page.refresh()

    def on_changed(change) -> None:  # noqa: ANN001 - as the main window does, for its page
        if page.affected_by(change):
            page.apply(change)

    ctx.bridge.changed.connect(on_changed)
    return page


def _names(page: MenteesPage) -> list[str]:
    model = page.list.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def _button(widget, text: str) -> QPushButton:  # noqa: ANN001
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_the_seventh_page_is_mentees_on_ctrl_7(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = shown_window(qtbot, demo_ctx)
    window.page_actions[6].trigger()
    assert isinstance(window.stack.currentWidget(), MenteesPage)
    assert window.page_actions[6].shortcut().toString() == "Ctrl+7"
    assert window.sidebar.item(6).text() == "Mentees"


def test_choosing_a_mentee_shows_their_profile_sessions_bundles_and_journal(
        qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    assert page.list.count.text() == "30 mentees"
    page.select_mentee("u-100")
    profile = page.profile
    assert profile.name.text() == "Sam Lee"
    assert "their time 04:00 Mon New York" in profile.facts.text()
    assert profile.stage.currentText() == "As the sessions suggest (Regular)"
    sessions = profile.sessions_model
    assert {sessions.record(r).mentee_id for r in range(sessions.rowCount())} == {"u-100"}
    assert sessions.rowCount() == 5
    notes = profile.notes_model
    assert [notes.index(r, 0).data(IdRole) for r in range(notes.rowCount())] == ["s-3", "s-2"]
    assert profile.goals_model.index(1, 1).data() == "3 of 10 PRs"
    assert profile.profile_note.toPlainText().startswith("QA engineer, 4 years.")
    profile.tabs.setCurrentIndex(1)
    texts = [w.text() for w in profile.bundles.findChildren(type(profile.name))]
    assert any(t.startswith("b-1 · Active · 360.00 EUR · bought") for t in texts)
    assert "2 of 4 used, 2 booked" in texts


def test_search_finds_names_and_the_journal_and_the_stage_filters(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    qtbot.keyClicks(page.list.search, "kubernetes")
    qtbot.waitUntil(lambda: _names(page) == ["Amara Nwosu"], timeout=3000)
    assert page.list.count.text() == "1 of 30 mentees"
    assert page.profile.name.text() == "Amara Nwosu"
    page.list.search.clear()
    qtbot.waitUntil(lambda: len(_names(page)) == 30, timeout=3000)
    page.list.stage.setCurrentIndex(page.list.stage.findData("kickoff"))
    assert _names(page) == ["Fatima Zahra"]


def test_the_stage_is_chosen_and_undone(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = shown_window(qtbot, demo_ctx)
    page = window.page("mentees")
    window.show_page(window.pages.index(page))
    page.select_mentee("u-100")
    combo = page.profile.stage
    combo.setCurrentIndex(combo.findData("closing"))
    combo.activated.emit(combo.currentIndex())
    delivered(qtbot, demo_ctx)
    row = page.list.model.row_of("u-100")
    assert page.list.model.index(row, Column.STAGE).data() == "Closing (set)"
    assert window.undo_action.text() == "&Undo stage of u-100"
    window.undo_action.trigger()
    delivered(qtbot, demo_ctx)
    assert page.list.model.index(row, Column.STAGE).data() == "Regular"
    assert combo.currentIndex() == 0


def test_profile_note_is_plain_text_saved_and_shown_as_typed(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page.select_mentee("u-110")
    save = page.profile.save_profile
    assert not save.isEnabled()
    page.profile.profile_note.setPlainText(HOSTILE)
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert demo_ctx.services.mentees.profile("u-110").profile_note == HOSTILE
    assert not save.isEnabled()
    page.select_mentee("u-100")
    page.select_mentee("u-110")
    assert page.profile.profile_note.toPlainText() == HOSTILE


def test_a_note_from_any_session_list_and_its_undo(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    window = shown_window(qtbot, demo_ctx)
    sessions_page = window.page("sessions")
    window.show_page(window.pages.index(sessions_page))
    table = sessions_page.table
    table.select_row(0)
    session_id = table.current_id()

    def write(dialog: NoteDialog) -> None:
        assert dialog.session_id == session_id and dialog.editor.toPlainText() == ""
        dialog.editor.setPlainText(HOSTILE)
        qtbot.mouseClick(_button(dialog, "Save"), Qt.MouseButton.LeftButton)

    answer_modal(write)
    menu = table.context_menu()
    note_action = next(a for a in menu.actions() if a.text() == "Note…")
    note_action.trigger()
    assert demo_ctx.services.journal.note(session_id).text == HOSTILE
    delivered(qtbot, demo_ctx)
    assert window.undo_action.text() == f"&Undo note of {session_id}"
    window.undo_action.trigger()
    assert demo_ctx.services.journal.note(session_id) is None


def test_the_details_dialog_shows_the_note_and_opens_it(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    from desktop.views.session_details_dialog import SessionDetailsDialog

    dialog = SessionDetailsDialog(demo_ctx, "s-3")
    qtbot.addWidget(dialog)
    assert dialog.note.text().startswith("First PRs merged (3).")
    assert dialog.note.textFormat() == Qt.TextFormat.PlainText

    def edit(note: NoteDialog) -> None:
        note.editor.setPlainText("rewritten <i>plain</i>")
        qtbot.mouseClick(_button(note, "Save"), Qt.MouseButton.LeftButton)

    answer_modal(edit)
    qtbot.mouseClick(dialog.note_button, Qt.MouseButton.LeftButton)
    assert dialog.note.text() == "rewritten <i>plain</i>"


def test_confirming_with_a_note_puts_it_in_the_journal(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    from desktop.views.confirm_dialog import ConfirmDialog
    from desktop.views.confirmation_page import ConfirmationPage
    from tests.desktop.conftest import click_choice
    from PySide6.QtWidgets import QPlainTextEdit, QRadioButton

    page = ConfirmationPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    paid = next(r for r in demo_ctx.services.sessions.pending_confirmation() if r.type == "paid")
    assert page._table.select_id(paid.id)

    def fill(dialog: ConfirmDialog) -> None:
        click_choice(qtbot, next(b for b in dialog.findChildren(QRadioButton)
                                 if b.text() == "Held"))
        dialog.findChild(QPlainTextEdit).setPlainText("Mock interview went well.")
        qtbot.mouseClick(_button(dialog, "Confirm"), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(page._confirm, Qt.MouseButton.LeftButton)
    assert demo_ctx.services.sessions.get(paid.id).status == "completed"
    assert demo_ctx.services.journal.note(paid.id).text == "Mock interview went well."
    assert page._notice.text().endswith("The note is in the journal.")
    assert demo_ctx.services.sessions.last_undoable().action == "note"


def test_a_goal_with_indicators_then_progress_at_a_session(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page.select_mentee("u-206")
    assert page.profile.goals_model.rowCount() == 0

    def new_goal(dialog: GoalDialog) -> None:
        dialog.title_edit.setText("Junior web developer job by September")
        (name, target, unit), (name2, target2, _unit2), _ = dialog.indicators
        name.setText("Portfolio projects")
        target.setText("3")
        unit.setText("projects")
        name2.setText("Applications sent")
        target2.setText("20")
        qtbot.mouseClick(_button(dialog, "Save"), Qt.MouseButton.LeftButton)

    answer_modal(new_goal)
    qtbot.mouseClick(page.profile.new_goal, Qt.MouseButton.LeftButton)
    goals = page.profile.goals_model
    qtbot.waitUntil(lambda: goals.rowCount() == 3, timeout=3000)
    assert goals.index(1, 1).data() == "not measured yet (target 3 projects)"
    page.profile.goals.selectRow(1)

    def progress(dialog: ProgressDialog) -> None:
        dialog.value.setText("2")
        assert dialog.session.currentData() is not None  # their latest session by default
        qtbot.mouseClick(_button(dialog, "Save"), Qt.MouseButton.LeftButton)

    answer_modal(progress)
    qtbot.mouseClick(page.profile.progress, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: goals.index(1, 1).data() == "2 of 3 projects", timeout=3000)

    def refused(dialog: GoalDialog) -> None:
        dialog.title_edit.setText("   ")
        qtbot.mouseClick(_button(dialog, "Save"), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.notice.text() == "A goal needs a title"
        dialog.reject()

    answer_modal(refused)
    qtbot.mouseClick(page.profile.new_goal, Qt.MouseButton.LeftButton)
    assert goals.rowCount() == 3


def test_a_journal_change_redraws_only_the_mentees_it_names(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page.select_mentee("u-100")
    resets = []
    page.list.model.modelReset.connect(lambda: resets.append(1))
    demo_ctx.services.journal.set_stage("u-100", "finished")
    delivered(qtbot, demo_ctx)
    row = page.list.model.row_of("u-100")
    assert page.list.model.index(row, Column.STAGE).data() == "Finished (set)"
    assert resets == []  # the list was not read again whole
    assert page.profile.stage.currentData() == "finished"


def test_earnings_show_the_command_lines_figures_per_currency(qtbot, demo_ctx, tmp_path) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page.tabs.setCurrentWidget(page.earnings)
    view = page.earnings
    assert [view.currency.itemText(i) for i in range(view.currency.count())] == ["EUR", "USD"]
    months = view.months_model
    cli = {m.month: m for m in demo_ctx.services.earnings.last_twelve_months()
           if m.currency == "EUR"}
    shown = {months.index(r, 0).data(0x0100 + 3).month: [months.index(r, c).data()
                                                         for c in range(1, 5)]
             for r in range(months.rowCount())}
    assert len(shown) == 12
    for month, cells in shown.items():
        m = cli[month]
        assert cells == [str(m.sessions), f"{m.gross_cents / 100:,.2f}",
                         f"{m.commission_cents / 100:,.2f}", f"{m.net_cents / 100:,.2f}"]
    assert months.headerData(4, Qt.Orientation.Horizontal) == "Net (EUR)"
    bars = view.chart.bar_rects()
    nets = [m.net_cents for m in view.chart.months()]
    tallest = max(range(len(nets)), key=nets.__getitem__)
    assert bars[tallest][0].height() == max(b[0].height() for b in bars)
    assert all(m.currency == "EUR" for m in view.chart.months())
    # Month names under the axis never overlap: thinned when narrow, the newest always named.
    view.chart.resize(2000, 240)
    assert view.chart.labelled() == list(range(12))
    view.chart.resize(260, 240)
    narrow = view.chart.labelled()
    assert narrow[-1] == 11 and 1 < len(narrow) < 12
    view.currency.setCurrentIndex(1)
    assert {view.bundles_model.index(r, 0).data(0x0100 + 3).currency
            for r in range(view.bundles_model.rowCount())} == {"USD"}
    assert all(m.currency == "USD" for m in view.chart.months())
    view.export_csv(2025, tmp_path / "2025.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "2025.csv").read_text("utf-8"))))
    assert rows and view.notice.text().startswith(f"{len(rows)} sessions of 2025 written to")


def test_the_commission_setting_applies_from_now_on(qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    from desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    assert dialog.commission.text() == "12.5"
    dialog.commission.setText("101")
    dialog._on_save_clicked()
    assert dialog.notice.text().startswith("The commission must lie between 0 and 100 %")
    dialog.commission.setText("15")
    dialog._on_save_clicked()
    assert demo_ctx.services.earnings.commission_rate() == 1500


def test_ctrl_f_goes_to_the_search(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page.tabs.setCurrentWidget(page.earnings)
    qtbot.waitExposed(page)
    page.activateWindow()
    page.earnings.currency.setFocus()
    qtbot.waitUntil(lambda: page.earnings.currency.hasFocus(), timeout=3000)
    qtbot.keyClick(page.earnings.currency, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.split
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.list.search, timeout=3000)
