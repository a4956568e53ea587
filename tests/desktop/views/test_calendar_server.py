"""The calendar server in the window, against a real server (Radicale): Settings > Calendar
server, File > Sync now in the background, the status bar line, conflicts, the password asked
for once per start where no keyring exists."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from desktop.views.calendar_files import CalendarActions
from desktop.views.calendar_server import CalendarServerSync, ServerConflictsDialog
from desktop.views.main_window import MainWindow
from desktop.views.pages import build_pages
from desktop.views.settings_dialog import SettingsDialog
from services.caldav_sync import PASSWORD_ENV, SETUP_KEY
from services.ical_export import session_uid
from tests.radicale_server import PASSWORD, free_port
from tests.services.builders import local
from tests.services.calendar_builders import load, session

BERLIN = "Europe/Berlin"


@pytest.fixture
def server_ctx(ctx, radicale_up, memory_keyring, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    load(ctx.services, [session("p-1", local(BERLIN, "2026-03-04T10:00")),
                        session("p-2", local(BERLIN, "2026-03-05T14:00"))])
    ctx.radicale = radicale_up
    ctx.user = radicale_up.fresh_user()
    return ctx


def _window(qtbot, ctx) -> tuple[MainWindow, CalendarServerSync]:  # noqa: ANN001
    window = MainWindow(ctx, build_pages(ctx))
    CalendarActions(window)
    sync = CalendarServerSync(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, sync


def _server_events(ctx, name: str = "Mentor Desk") -> set[str]:  # noqa: ANN001
    import caldav

    client = caldav.DAVClient(ctx.radicale.url, username=ctx.user, password=PASSWORD)
    calendar = next(c for c in client.principal().calendars() if c.get_display_name() == name)
    return {str(e.icalendar_component["UID"]) for e in calendar.events()}


def _make_calendar(ctx, name: str) -> None:  # noqa: ANN001
    import caldav

    caldav.DAVClient(ctx.radicale.url, username=ctx.user,
                     password=PASSWORD).principal().make_calendar(name=name)


def test_settings_tests_the_connection_lists_calendars_and_saves_the_choice(
        qtbot, server_ctx) -> None:  # noqa: ANN001
    _make_calendar(server_ctx, "Work")
    _make_calendar(server_ctx, "Family")
    dialog = SettingsDialog(server_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.server)
    pane = dialog.server
    assert pane.sessions_to.currentText() == "A new calendar “Mentor Desk”"
    qtbot.keyClicks(pane.url, server_ctx.radicale.url)
    qtbot.keyClicks(pane.user, server_ctx.user)
    qtbot.mouseClick(pane.test_button, Qt.MouseButton.LeftButton)
    assert "password" in pane.notice.text()  # nothing to connect with yet
    qtbot.keyClicks(pane.password, PASSWORD)
    qtbot.mouseClick(pane.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.busy.count() == 2, timeout=20_000)
    assert pane.notice.text() == "Connected: 2 calendars found."
    assert [pane.busy.item(i).text() for i in range(2)] == ["Family", "Work"]
    pane.busy.item(1).setCheckState(Qt.CheckState.Checked)
    pane.free_time.setChecked(False)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20_000)
    setup = server_ctx.services.calendar_server.setup()
    assert (setup.user, setup.calendar.name, [c.name for c in setup.busy]) == (
        server_ctx.user, "Mentor Desk", ["Work"])
    assert memory_keyring_holds(server_ctx)


def memory_keyring_holds(ctx) -> bool:  # noqa: ANN001
    from services.caldav_sync import Passwords

    return Passwords().get(ctx.radicale.url, ctx.user) == PASSWORD


def test_a_wrong_password_is_said_in_the_pane_and_nothing_is_stored(qtbot, server_ctx) -> None:  # noqa: ANN001
    dialog = SettingsDialog(server_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    pane = dialog.server
    qtbot.keyClicks(pane.url, server_ctx.radicale.url)
    qtbot.keyClicks(pane.user, server_ctx.user)
    qtbot.keyClicks(pane.password, "nope")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused the user name or password" in pane.notice.text(),
                    timeout=20_000)
    assert dialog.isVisible() and server_ctx.services.calendar_server.setup() is None


def test_sync_now_runs_in_the_background_and_the_status_bar_says_when(
        qtbot, server_ctx) -> None:  # noqa: ANN001
    server_ctx.services.calendar_server.configure(server_ctx.radicale.url, server_ctx.user,
                                                  PASSWORD)
    window, sync = _window(qtbot, server_ctx)
    assert sync.label.text() == "Calendar server: not synced yet"
    sync.sync_action.trigger()
    assert sync.label.text().startswith("Calendar server: syncing…")  # the GUI goes on
    qtbot.waitUntil(lambda: sync.label.text() == "Calendar server: up to date (10:00)",
                    timeout=20_000)
    assert _server_events(server_ctx) == {session_uid("p-1"), session_uid("p-2")}
    # A change is sent a few seconds later, on its own.
    sync._debounce.setInterval(50)  # noqa: SLF001 - not the seconds the app waits
    server_ctx.services.sessions.cancel("p-2", "Ill")
    qtbot.waitUntil(lambda: _server_events(server_ctx) == {session_uid("p-1")}, timeout=20_000)


def test_offline_the_status_bar_counts_what_waits_and_no_dialog_appears(
        qtbot, server_ctx) -> None:  # noqa: ANN001
    services = server_ctx.services
    services.calendar_server.configure(server_ctx.radicale.url, server_ctx.user, PASSWORD)
    # The server moved away: nothing answers where it was.
    gone = services.settings.get(SETUP_KEY).replace(f":{server_ctx.radicale.port}/",
                                                     f":{free_port()}/")
    services.settings.put(SETUP_KEY, gone)
    setup = json.loads(gone)
    services.calendar_server.passwords.put(setup["url"], server_ctx.user, PASSWORD)
    window, sync = _window(qtbot, server_ctx)
    for _ in range(3):  # the timer, a change, the menu: one line, never a dialog
        sync.sync()
        qtbot.waitUntil(lambda: "offline since" in sync.label.text(), timeout=20_000)
        assert QApplication.activeModalWidget() is None
    assert sync.label.text() == "Calendar server: 2 changes waiting, offline since 10:00"
    assert "cannot reach 127.0.0.1" in sync.label.toolTip()


def test_a_conflict_is_shown_and_the_mentors_choice_applied(qtbot, server_ctx) -> None:  # noqa: ANN001
    from tests.services.test_caldav_sync import Account

    services = server_ctx.services
    services.calendar_server.configure(server_ctx.radicale.url, server_ctx.user, PASSWORD)
    services.calendar_server.sync()
    Account(server_ctx.radicale, server_ctx.user).edit(session_uid("p-1"), "Priya <b>moved</b>")
    services.sessions.cancel("p-1", "Ill")
    window, sync = _window(qtbot, server_ctx)
    sync.sync()
    qtbot.waitUntil(lambda: sync.review.isVisible(), timeout=20_000)
    assert sync.label.text() == "Calendar server: 1 event changed there waits for your choice"
    dialog = ServerConflictsDialog(server_ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "Priya <b>moved</b>" in dialog.list.item(0).text()  # the server's words, as they are
    qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)
    assert services.calendar_server.conflicts() == []
    assert services.calendar_server.sync().deleted == 1


def test_without_a_keyring_the_password_is_asked_once_per_start(
        qtbot, server_ctx, no_keyring, monkeypatch) -> None:  # noqa: ANN001
    server_ctx.services.calendar_server.configure(server_ctx.radicale.url, server_ctx.user,
                                                  PASSWORD)
    server_ctx.services.calendar_server.passwords = type(
        server_ctx.services.calendar_server.passwords)()  # the next start: nothing in memory
    asked = []

    def answer(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        asked.append(1)
        return PASSWORD, True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    window, sync = _window(qtbot, server_ctx)
    sync.sync()
    qtbot.waitUntil(lambda: sync.label.text().startswith("Calendar server: up to date"),
                    timeout=20_000)
    sync.sync()
    qtbot.waitUntil(lambda: not sync._running, timeout=20_000)  # noqa: SLF001
    assert len(asked) == 1
    assert _server_events(server_ctx) == {session_uid("p-1"), session_uid("p-2")}
