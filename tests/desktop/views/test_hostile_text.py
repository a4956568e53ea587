"""Hostile text in every page and dialog: names, ids, answers, reasons, notes and calendar names
that look like markup, carry control characters or a right-to-left override are shown as they
are, on one line where they sit among other text, and cannot reverse the text around them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)

from desktop.screenshots import dialogs
from desktop.views.agenda_widget import AgendaWidget
from desktop.views.calendar_files import CalendarActions
from desktop.views.feedback import attempt
from desktop.views.main_window import MainWindow
from desktop.views.pages import build_pages
from desktop.views.session_details_dialog import SessionDetailsDialog
from services.sessions import SessionQuery
from tests.desktop.conftest import as_shown
from tests.hostile_data import ID, MARK, MULTI_MARK, RLO, install_hostile, isolated

def _without_mnemonics(text: str) -> str:
    """What a button, group box or menu shows: '&&' is an ampersand, '&x' underlines x."""
    return re.sub("&(.)", r"\1", text)


def problems_in(shown: str) -> list[str]:
    """What is wrong with a text as the mentor sees it."""
    found = []
    if "PAID IN FULL" in shown and MARK not in shown:
        found.append("markup rendered")
    if "REFUND ISSUED" in shown and MULTI_MARK not in shown:
        found.append("markup rendered")
    if "<b>x</b> &" in shown and "<b>x</b> &amp;" not in shown:
        found.append("entity decoded")
    if "-X9" in shown and ID not in shown:
        found.append("id mangled")
    if "PAID IN FULL" in shown:  # a one-line value: names, ids' owners, calendar names, notes
        if any(c in shown for c in "\x1b\x07\r"):
            found.append("control character shown raw")
        if "Forged" in shown and not re.search("␊Forged|\\\\nForged", shown):
            found.append("line forged")
        if not isolated(shown):
            found.append("right-to-left override not isolated")
    elif "REFUND ISSUED" in shown and "\nsecond line" not in shown and not isolated(shown):
        found.append("right-to-left override not isolated")
    return found


def texts(root: QWidget, views: bool = True) -> Iterator[tuple[str, str, QWidget | QAction]]:
    """(where, what the mentor sees, the widget) for every text under `root`; with `views`
    also every cell of its item views, combo boxes and the agenda."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not shiboken6.isValid(widget):
            # A tool tip shown for an earlier block is the widget's child until Qt deletes it,
            # which it may do while this walk is under way (a busy machine's timers run late).
            continue
        where = f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()}"
        if isinstance(widget, QLabel):
            yield where, as_shown(widget.text(), widget.textFormat()), widget
        if isinstance(widget, QAbstractButton):
            yield where, _without_mnemonics(widget.text()), widget
        if isinstance(widget, QGroupBox):
            yield where, _without_mnemonics(widget.title()), widget
        if widget.toolTip():
            yield f"{where} tooltip", as_shown(widget.toolTip()), widget
        if widget.isWindow() and widget.windowHandle() is not None:
            yield f"{where} title", widget.windowHandle().title(), widget
        if not views or isinstance(widget, QHeaderView):  # (a header shows its table's model)
            continue
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where} item {i}", widget.itemText(i), widget
                tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
                yield f"{where} item {i} tooltip", as_shown(tip), widget
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 200)):
                # (list models hide columnCount from Python: walk the row to its end)
                for column in itertools.takewhile(lambda c, r=row: model.index(r, c).isValid(),
                                                  itertools.count()):
                    index = model.index(row, column)
                    shown = index.data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(shown, str):
                        yield f"{where} cell {row},{column}", shown, widget
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        yield f"{where} cell {row},{column} tooltip", as_shown(tip), widget
        if isinstance(widget, AgendaWidget):
            yield from _agenda_texts(widget, where)
    for action in root.findChildren(QAction):
        text = _without_mnemonics(action.text())
        where = f"action {text.split()[0] if text.split() else ''}"
        yield where, text, action
        yield f"{where} tooltip", as_shown(action.toolTip()), action


def _agenda_texts(agenda: AgendaWidget, where: str) -> Iterator[tuple[str, str, QWidget]]:
    """What the agenda paints, and the tooltip it shows over each block."""
    shown = agenda.agenda()
    for day in shown.days:
        yield f"{where} {day.day}", day.day_off or "", agenda
        for title in day.all_day:
            yield f"{where} {day.day} all day", title, agenda
    for block in shown.blocks:
        yield f"{where} block", f"{block.times[:5]} {block.title}", agenda
        yield f"{where} block detail", block.detail, agenda
        centre = agenda.block_rect(block).center().toPoint()
        if agenda.rect().contains(centre):
            QApplication.sendEvent(agenda, QHelpEvent(QEvent.Type.ToolTip, centre,
                                                      agenda.mapToGlobal(centre)))
            yield f"{where} block tooltip", as_shown(QToolTip.text()), agenda
            QToolTip.hideText()


def check(root: QWidget, seen: list[str], views: bool = True) -> list[str]:
    """Problems under `root`; every text that shows hostile data is recorded in `seen`."""
    found = []
    for where, shown, widget in texts(root, views):
        if not shown:
            continue
        if any(mark in shown for mark in ("PAID IN FULL", "REFUND ISSUED", "-X9")):
            seen.append(where)
            # Qt's own tool-tip label is AutoText; the tip it shows is checked as the
            # "tooltip" of the widget that set it (as_shown renders it as Qt would).
            if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText \
                    and widget.objectName() != "qtooltip_label":
                found.append(f"{where}: label format {widget.textFormat()}: {shown!r}")
        found.extend(f"{where}: {problem}: {shown!r}" for problem in problems_in(shown))
    return found


@pytest.fixture
def hostile_window(qtbot, ctx, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    install_hostile(ctx.services, tmp_path)
    window = MainWindow(ctx, build_pages(ctx))
    CalendarActions(window)
    qtbot.addWidget(window)
    window.reminders.stop()
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_checks_see_markup_controls_and_overrides() -> None:
    """The checks themselves: each catches what it is for, and passes the safe form."""
    from services.plaintext import one_line

    name = f"Ann {MARK} {RLO}<b>x</b> &amp;\r\nForged\x1b[2J"
    assert problems_in(as_shown(f"With {MARK}")) == ["markup rendered"]
    assert problems_in(as_shown(f"With {MULTI_MARK}")) == ["markup rendered"]
    assert problems_in("With <b>x</b> & more") == ["entity decoded"]
    assert problems_in(as_shown(f"With {name}", Qt.TextFormat.PlainText)) == [
        "control character shown raw", "line forged", "right-to-left override not isolated"]
    assert problems_in(as_shown(f"With {one_line(name)}", Qt.TextFormat.PlainText)) == []
    assert problems_in(_without_mnemonics(f"&Undo s-1{ID}")) == ["id mangled"]
    assert problems_in(_without_mnemonics(f"&Undo s-1{ID.replace('&', '&&')}")) == []


def test_every_page_shows_hostile_text_as_it_is(qtbot, hostile_window) -> None:  # noqa: ANN001
    window = hostile_window
    seen: list[str] = []
    found = check(window, seen)
    for row, page in enumerate(window.pages):
        window.sidebar.setCurrentRow(row)
        qtbot.wait(10)
        found += check(page, seen)
        if page.key in ("upcoming", "invitations", "confirmation"):
            table = page._table
            for number in range(table.model().rowCount()):
                table.select_row(number)  # the page shows that session's details
                found += check(page, seen, views=False)
    assert found == []
    # The hostile values were on screen where they belong (so the checks above saw them).
    places = {re.sub(r" (cell|item) [\d,]+", "", where) for where in seen}
    assert {"SessionTable Upcoming sessions", "SessionTable Pending invitations",
            "SessionTable Sessions to confirm", "SessionTable All sessions",
            "SessionTable All sessions tooltip", "QLabel Mentee", "QLabel Name looks made up",
            "QLabel Clashes with your busy time", "QComboBox Mentee", "AgendaWidget Agenda block",
            "AgendaWidget Agenda block tooltip", "QTableView qt_calendar_calendarview tooltip",
            "QListView Days off", "QTableView Free slots in the next 14 days"} <= places, places


def test_every_dialog_shows_hostile_text_as_it_is(qtbot, hostile_window) -> None:  # noqa: ANN001
    window = hostile_window
    seen: list[str] = []
    found = []
    made = dialogs(window)
    assert {"reject-dialog", "confirm-intro-dialog", "confirm-paid-dialog", "cancel-dialog",
            "session-details"} <= set(made)
    for make in made.values():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        found += check(dialog, seen)
        dialog.close()
    sessions = window.ctx.services.sessions
    for record in sessions.search(SessionQuery()):
        dialog = SessionDetailsDialog(window.ctx, record.id, window)
        qtbot.addWidget(dialog)
        dialog.show()
        found += check(dialog, seen)
        dialog.close()
    assert found == []
    assert any("title" in where for where in seen)  # the details window is named after the mentee


def test_messages_and_notices_show_hostile_text_as_it_is(qtbot, hostile_window,  # noqa: ANN001
                                                         answer_modal) -> None:
    window = hostile_window
    sessions = window.ctx.services.sessions
    seen: list[str] = []
    found: list[str] = []

    # Accepting the request under the hostile calendar's event would be refused: Accept is
    # disabled, with the reason in its words, inline.
    window.sidebar.setCurrentRow(1)
    page = window.page("invitations")
    assert not page._accept.isEnabled()
    assert "PAID IN FULL" in page._why.text()
    found += check(page._why, seen)
    page._accept_anyway.click()  # then accepted: the notice and the Undo action name it
    assert window.undo_action.isEnabled()
    found += check(window, seen)

    # A refusal without a place to show it inline comes in a message box.
    boxes: list[list[str]] = []

    def read(box: QMessageBox) -> None:
        boxes.append(check(box, seen))
        box.accept()

    answer_modal(read)
    with_bundle = {b.mentee_id for b in sessions.bundles()}
    no_bundle = next(m for m in sessions.mentees() if m.id not in with_bundle)
    start = window.ctx.now() + timedelta(days=1)
    assert attempt(window, lambda: sessions.book_paid(no_bundle.id, start, 60)) is None
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    found += boxes[0]

    # Reminders, with no tray, come as a notice at the top of the window.
    window.ctx.settings.reminder_minutes = 12 * 60  # so the sessions of today are due
    window.ctx.settings.last_nudge_day = window.ctx.now().astimezone(window.ctx.tz()).date() \
        .isoformat()  # and the daily nudge (which names nobody) does not come last
    assert window.reminders.check()
    found += check(window.reminder_notice, seen)
    assert found == []
    assert {"InlineNotice Notice", "action Undo", "action Undo tooltip", "QLabel qt_msgbox_label",
            "InlineNotice Reminder"} <= set(seen), set(seen)
