"""All sessions: search as you type (after a pause), filters, sorting by the headers, details on
double-click or Enter, and Clear filters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.models.roles import IdRole
from desktop.models.sessions_table_model import Column
from desktop.views.main_window import MainWindow
from desktop.views.session_details_dialog import SessionDetailsDialog
from desktop.views.sessions_page import SEARCH_DELAY_MS, SessionsPage
from services.records import SessionRecord, Status
from services.sessions import SessionQuery
from services.timefmt import zone
from tests.desktop.conftest import delivered, follow_changes

BERLIN = zone("Europe/Berlin")


def _page(qtbot, ctx) -> SessionsPage:  # noqa: ANN001
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.restore_state()
    page.refresh()
    page.show()
    qtbot.waitExposed(page)
    follow_changes(ctx, page)  # as the main window does
    return page


def _everything(ctx) -> list[SessionRecord]:  # noqa: ANN001
    return ctx.services.sessions.search(SessionQuery())


def _shown(page: SessionsPage) -> list[str]:
    model = page.model
    return [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]


def _row_of(page: SessionsPage, session_id: str) -> int:
    return _shown(page).index(session_id)


def _section_centre(page: SessionsPage, column: Column) -> QPoint:
    header = page.table.horizontalHeader()
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                  header.height() // 2)


def _cell_centre(page: SessionsPage, row: int, column: Column = Column.MENTEE) -> QPoint:
    page.table.scrollTo(page.model.index(row, column))
    return page.table.visualRect(page.model.index(row, column)).center()


class Resets:
    def __init__(self, page: SessionsPage) -> None:
        self.count = 0
        page.model.modelReset.connect(self._on_model_reset)

    def _on_model_reset(self) -> None:
        self.count += 1


def test_shows_every_session_newest_first_with_the_count(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    everything = _everything(demo_ctx)
    assert page.title() == "All sessions" and page.key == "sessions"
    assert page.count_text() == f"{len(everything)} sessions"
    shown = _shown(page)
    assert shown == [r.id for r in sorted(sorted(everything, key=lambda r: r.id),
                                          key=lambda r: r.start, reverse=True)]
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.START
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.table.isColumnHidden(Column.ID)
    assert page.table.alternatingRowColors()
    assert not page._clear.isEnabled()


def test_typing_a_search_filters_once_after_a_pause(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    total = page.model.rowCount()
    resets = Resets(page)
    qtbot.keyClicks(page._search, "priya")
    # Nothing happens while the mentor is still typing.
    assert page.model.rowCount() == total and resets.count == 0
    expected = {r.id for r in _everything(demo_ctx) if r.mentee_name == "Priya Raman"}
    qtbot.waitUntil(lambda: page.model.rowCount() == len(expected),
                    timeout=SEARCH_DELAY_MS * 10)
    assert resets.count == 1
    assert set(_shown(page)) == expected
    assert page.count_text() == f"{len(expected)} of {total} sessions"
    assert page._clear.isEnabled()


def test_a_search_that_finds_nothing_says_so(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    qtbot.keyClicks(page._search, "nobody at all")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=SEARCH_DELAY_MS * 10)
    assert page._stack.currentWidget() is page._empty
    assert "No session matches" in page._empty.text()
    assert page.count_text().startswith("0 of ")


def test_type_and_status_filters(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    everything = _everything(demo_ctx)
    page._type.setCurrentIndex(page._type.findData("intro"))
    assert set(_shown(page)) == {r.id for r in everything if r.type == "intro"}
    page._status.setCurrentIndex(page._status.findData(Status.REQUESTED.value))
    expected = {r.id for r in everything if r.type == "intro" and r.status == Status.REQUESTED}
    assert expected and set(_shown(page)) == expected
    assert {page.model.index(r, Column.STATUS).data() for r in range(len(expected))} == {
        "Requested"}


def test_status_filter_offers_the_derived_statuses(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    offered = [page._status.itemData(i) for i in range(page._status.count())]
    assert Status.AWAITING_CONFIRMATION.value in offered and Status.EXPIRED.value in offered
    page._status.setCurrentIndex(page._status.findData(Status.AWAITING_CONFIRMATION.value))
    expected = [r.id for r in demo_ctx.services.sessions.pending_confirmation()]
    assert expected and sorted(_shown(page)) == sorted(expected)
    assert page._status.currentText() == "Awaiting confirmation"


def test_mentee_filter_with_type_ahead(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    everything = _everything(demo_ctx)
    names = [page._mentee.itemText(i) for i in range(1, page._mentee.count())]
    assert names == [m.name for m in demo_ctx.services.sessions.mentees()]
    completer = page._mentee.completer()
    completer.setCompletionPrefix("raman")  # matches inside the name, whatever the case
    assert completer.currentCompletion() == "Priya Raman"
    edit = page._mentee.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "priya raman")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert page._mentee.currentData() == "u-101"
    assert set(_shown(page)) == {r.id for r in everything if r.mentee_id == "u-101"}
    # A name that matches nobody goes back to the mentee chosen before.
    edit.selectAll()
    qtbot.keyClicks(edit, "nobody")
    edit.editingFinished.emit()
    assert page._mentee.currentData() == "u-101"
    assert page._mentee.currentText() == "Priya Raman"


def test_date_range_in_the_mentors_days(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    everything = _everything(demo_ctx)
    assert not page._from.isVisible()
    page._dates.setCurrentIndex(1)
    assert page._from.isVisible() and page._to.isVisible()
    today = demo_ctx.now().astimezone(BERLIN).date()
    assert page._to.date().toPython() == today

    def within(first: date, last: date) -> set[str]:
        return {r.id for r in everything if first <= r.start.astimezone(BERLIN).date() <= last}

    assert set(_shown(page)) == within(today - timedelta(days=30), today)
    first, last = today - timedelta(days=3), today + timedelta(days=3)
    page._from.setDate(QDate(first))
    page._to.setDate(QDate(last))
    assert within(first, last) and set(_shown(page)) == within(first, last)
    page._dates.setCurrentIndex(0)  # any date
    assert page.model.rowCount() == len(everything)
    assert not page._from.isVisible()


def test_clicking_a_header_sorts_and_again_reverses(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(page, Column.MENTEE))
    names = [page.model.index(r, Column.MENTEE).data() for r in range(page.model.rowCount())]
    assert page.model.query.sort in ("mentee", "-mentee")
    first_order = page.model.query.sort
    assert names == sorted(names, key=str.lower, reverse=first_order.startswith("-"))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(page, Column.MENTEE))
    names = [page.model.index(r, Column.MENTEE).data() for r in range(page.model.rowCount())]
    assert page.model.query.sort != first_order
    assert names == sorted(names, key=str.lower, reverse=page.model.query.sort.startswith("-"))


def test_double_click_opens_details_with_the_history_after_an_accept(
        qtbot, demo_ctx, answer_modal) -> None:  # noqa: ANN001
    request = demo_ctx.services.sessions.invitations()[0]
    page = SessionsPage(demo_ctx)
    window = MainWindow(demo_ctx, [page])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    demo_ctx.services.sessions.accept(request.id)
    delivered(qtbot, demo_ctx)  # and the window refreshes the page
    row = _row_of(page, request.id)
    assert page.model.index(row, Column.STATUS).data() == "Scheduled"

    def check(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, SessionDetailsDialog)
        assert dialog.session_id == request.id
        history = dialog.history_model
        assert history.rowCount() == 1
        assert history.index(0, 1).data() == "Accepted"
        assert history.index(0, 3).data() == "Not yet sent"
        assert dialog.fields["status"].text() == "Scheduled"
        dialog.accept()

    seen = answer_modal(check)
    point = _cell_centre(page, row)
    # A real double-click: QTest's double-click alone lacks the first press and release.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert len(seen) == 1


def test_enter_and_the_details_button_ask_for_the_selected_session(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    assert not page._details.isEnabled()
    page.table.selectRow(3)
    page.table.setCurrentIndex(page.model.index(3, 0))
    wanted = page.model.index(3, 0).data(IdRole)
    assert page._details.isEnabled()
    page.table.setFocus()
    with qtbot.waitSignal(page.session_activated, timeout=1000) as caught:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert caught.args == [wanted]
    with qtbot.waitSignal(page.session_activated, timeout=1000) as caught:
        qtbot.mouseClick(page._details, Qt.MouseButton.LeftButton)
    assert caught.args == [wanted]


def test_clear_filters_resets_every_control_in_one_reload(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    total = page.model.rowCount()
    page._type.setCurrentIndex(page._type.findData("paid"))
    page._status.setCurrentIndex(page._status.findData(Status.COMPLETED.value))
    page._mentee.setCurrentIndex(page._mentee.findData("u-100"))
    page._dates.setCurrentIndex(1)
    page._search.setText("sam")
    page._on_search_timer_timeout()
    assert page.model.rowCount() < total
    resets = Resets(page)
    qtbot.mouseClick(page._clear, Qt.MouseButton.LeftButton)
    assert resets.count == 1
    assert page.model.rowCount() == total
    assert (page._type.currentIndex(), page._status.currentIndex(), page._mentee.currentIndex(),
            page._dates.currentIndex()) == (0, 0, 0, 0)
    assert page._search.text() == ""
    assert page.count_text() == f"{total} sessions"
    assert not page._clear.isEnabled()
    qtbot.wait(SEARCH_DELAY_MS * 2)  # the typed search does not come back after a pause
    assert page.model.rowCount() == total


def test_refresh_keeps_the_filters_and_shows_new_states(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page._status.setCurrentIndex(page._status.findData(Status.REQUESTED.value))
    before = page.model.rowCount()
    request = page.model.index(0, 0).data(IdRole)
    demo_ctx.services.sessions.reject(request, "Spam.")
    delivered(qtbot, demo_ctx)  # and the page is refreshed
    assert page._status.currentData() == Status.REQUESTED.value
    assert page.model.rowCount() == before - 1
    assert request not in _shown(page)
    assert page.count_text().startswith(f"{before - 1} of ")


def test_the_header_layout_and_sort_are_kept_between_runs(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page.table.sortByColumn(Column.TYPE, Qt.SortOrder.AscendingOrder)
    page._column_actions[Column.ID].setChecked(True)
    assert not page.table.isColumnHidden(Column.ID)
    page.save_state()
    again = _page(qtbot, demo_ctx)
    assert again.model.query.sort == "type"
    assert not again.table.isColumnHidden(Column.ID)
    assert again._column_actions[Column.ID].isChecked()


@pytest.mark.parametrize("column", [Column.OUTCOME, Column.REASON])
def test_columns_can_be_hidden_from_the_header(qtbot, demo_ctx, column: Column) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    header = page.table.horizontalHeader()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    page._column_actions[column].setChecked(False)
    assert page.table.isColumnHidden(column)
    assert not page._column_actions[Column.START].isEnabled()


def test_main_controls_have_accessible_names(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    for widget in (page._search, page._type, page._status, page._mentee, page._dates,
                   page._from, page._to, page.table, page._clear, page._details, page._count):
        assert widget.accessibleName(), widget
    assert QApplication.instance() is not None


def test_a_new_filter_or_sort_shows_its_first_rows(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    bar = page.table.verticalScrollBar()
    page.table.scrollToBottom()
    assert bar.value() > 0
    page._type.setCurrentIndex(page._type.findData("paid"))
    assert bar.value() == 0
    page.table.scrollToBottom()
    page.table.sortByColumn(Column.MENTEE, Qt.SortOrder.AscendingOrder)
    assert bar.value() == 0


def test_large_counts_have_their_digits_grouped(qtbot, ctx) -> None:  # noqa: ANN001
    from services.demo import build_export

    document = build_export(ctx.now(), sessions=1200)
    ctx.services.importer.import_document(document)
    total = str(len(document["sessions"]))  # "1307"
    page = _page(qtbot, ctx)
    # However the locale groups them ("1,307", "1.307", "1 307"), never a bare "1307".
    shown = page.count_text()
    assert len(total) == 4
    assert shown.endswith(" sessions") and shown[:1] == total[0] and shown[1] in ",. \u00a0\u202f"
    assert shown[2:5] == total[1:]
