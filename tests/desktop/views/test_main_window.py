"""The main window: first start, pages and badges, undo, drops, outbox, status bar, reminders."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.views.main_window import MainWindow
from desktop.views.sidebar import BadgeRole
from services.demo import build_export
from tests.conftest import EXCHANGE
from tests.desktop.conftest import delivered, shown_window


def done(qtbot, window: MainWindow, timeout: int = 10_000) -> None:  # noqa: ANN001
    """Wait until the background work is over and what it changed has been delivered."""
    qtbot.waitUntil(lambda: not window._busy and not window.ctx.bridge.busy(), timeout=timeout)


def _drop(window: MainWindow, path: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return True


def test_first_start_offers_import_and_sample_data(qtbot, ctx) -> None:  # noqa: ANN001
    window = shown_window(qtbot, ctx)
    assert window.stack.currentWidget() is window.welcome
    assert not window.sidebar.isEnabled()
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window._busy  # loaded in the background
    done(qtbot, window)
    assert ctx.services.sessions.counts()["all"] > 0
    assert window.stack.currentWidget() is window.pages[0]
    assert window.sidebar.isEnabled()


def test_pages_have_shortcuts_and_badges(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = shown_window(qtbot, demo_ctx)
    counts = demo_ctx.services.sessions.counts()
    badges = {page.key: window.sidebar.item(row).data(BadgeRole)
              for row, page in enumerate(window.pages)}
    assert badges["upcoming"] == counts["upcoming"]
    assert badges["confirmation"] == counts["pending_confirmation"]
    for number, page in enumerate(window.pages, start=1):
        assert window.page_actions[number - 1].shortcut().toString() == f"Ctrl+{number}"
        window.page_actions[number - 1].trigger()
        assert window.stack.currentWidget() is page


def test_dropping_an_export_imports_it_in_the_background(qtbot, ctx, tmp_path,
                                                        monkeypatch) -> None:  # noqa: ANN001
    from services import platform_import

    # Rows are written (and progress reported) 1000 at a time here, so 3000 sessions are
    # three steps.
    monkeypatch.setattr(platform_import, "ROWS_PER_STATEMENT", 1000)
    window = shown_window(qtbot, ctx)
    big = build_export(ctx.now(), sessions=3000)
    sessions = len(big["sessions"])
    path = tmp_path / "export.json"
    path.write_text(json.dumps(big))
    progress: list[tuple[int, int]] = []
    window.progress.valueChanged.connect(
        lambda value: progress.append((value, window.progress.maximum())))
    assert _drop(window, path)
    assert window._busy  # the import runs off the GUI thread
    assert window.progress.isVisible() and not window.import_action.isEnabled()
    done(qtbot, window, timeout=60_000)
    assert ctx.services.sessions.counts()["all"] == sessions
    steps = [step for step in progress if step[0] > 0]
    assert steps == [(rows, sessions) for rows in range(1000, sessions, 1000)] + [
        (sessions, sessions)]
    assert not window.progress.isVisible() and window.import_action.isEnabled()
    assert "added" in window.notice.text()
    assert window.stack.currentWidget() is not window.welcome
    assert "Last export imported" in window.import_label.text()


def test_dropping_other_files_is_refused(qtbot, ctx, tmp_path) -> None:  # noqa: ANN001
    window = shown_window(qtbot, ctx)
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    assert not _drop(window, other)


def test_an_invalid_export_is_explained_and_changes_nothing(qtbot, ctx, tmp_path,  # noqa: ANN001
                                                           answer_modal) -> None:
    window = shown_window(qtbot, ctx)
    shown: list[tuple[str, Qt.TextFormat]] = []

    def read(box: QMessageBox) -> None:
        shown.append((box.text(), box.textFormat()))
        box.accept()

    answer_modal(read)
    bad = tmp_path / "<b>bad.json"
    bad.write_text(json.dumps({"format": "mentor-platform-export", "version": 2}))
    assert _drop(window, bad)
    done(qtbot, window)
    text, text_format = shown[0]
    assert "nothing was changed" in text and "$" in text and "<b>bad.json" in text
    assert text_format == Qt.TextFormat.PlainText  # the file's name is shown as it is
    assert ctx.services.sessions.counts()["all"] == 0


def test_undo_takes_back_the_last_decision_until_the_outbox(qtbot, demo_ctx, tmp_path) -> None:  # noqa: ANN001
    window = shown_window(qtbot, demo_ctx)
    sessions = demo_ctx.services.sessions
    assert not window.undo_action.isEnabled()
    request = sessions.invitations()[0]
    sessions.accept(request.id, despite_busy=True)
    delivered(qtbot, demo_ctx)
    assert window.undo_action.isEnabled()
    assert request.id in window.undo_action.text()
    assert "1 waiting" in window.outbox_label.text()
    window.undo_action.trigger()
    assert sessions.get(request.id).status == "requested"
    assert not window.undo_action.isEnabled()

    sessions.reject(request.id, "Looks like spam")
    delivered(qtbot, demo_ctx)
    window.write_outbox(tmp_path / "outbox.json")
    written = json.loads((tmp_path / "outbox.json").read_text())
    assert [a["action"] for a in written["actions"]] == ["reject"]
    assert not window.undo_action.isEnabled()  # sent decisions are final
    assert "nothing waiting" in window.outbox_label.text()


def test_reminders_fall_back_to_the_window_without_a_tray(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = shown_window(qtbot, demo_ctx)
    soonest = demo_ctx.services.sessions.upcoming()[0]
    demo_ctx.settings.reminder_minutes = 30
    demo_ctx.services.clock.set(soonest.start - timedelta(minutes=31))
    sent = window.reminders.check()
    assert not any(soonest.mentee_name in m for _t, m in sent)
    demo_ctx.services.clock.set(soonest.start - timedelta(minutes=29))
    sent = window.reminders.check()
    assert any(soonest.mentee_name in m for _t, m in sent)
    assert soonest.mentee_name in window.reminder_notice.text()
    assert window.reminders.check() == []  # each session once, the nudge once a day


def test_daily_nudge_for_overdue_confirmations(qtbot, demo_ctx) -> None:  # noqa: ANN001
    demo_ctx.settings.reminders_enabled = True
    window = shown_window(qtbot, demo_ctx)
    demo_ctx.settings.last_nudge_day = ""
    sent = window.reminders.check()
    assert any("wait for your confirmation" in m for _t, m in sent)
    assert not any("wait for your confirmation" in m for _t, m in window.reminders.check())
    demo_ctx.services.clock.set(demo_ctx.now() + timedelta(days=1))
    assert any("wait for your confirmation" in m for _t, m in window.reminders.check())


def test_window_and_column_state_survive_a_restart(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = shown_window(qtbot, demo_ctx)
    window.resize(760, 520)
    size = (window.width(), window.height())
    table = window.page("upcoming")._table
    table.setColumnWidth(0, 321)
    window.close()
    again = shown_window(qtbot, demo_ctx)
    assert again.page("upcoming")._table.columnWidth(0) == 321
    assert (again.width(), again.height()) == size


def test_sample_export_file_imports_through_the_window(qtbot, ctx) -> None:  # noqa: ANN001
    sample = EXCHANGE / "sample-export.json"
    if not sample.exists():
        import pytest

        pytest.skip("the shared exchange folder is not beside this checkout")
    window = shown_window(qtbot, ctx)
    window.import_file(sample)
    done(qtbot, window)
    assert ctx.services.sessions.counts()["all"] == 5


def test_the_actions_have_their_keys_and_the_toolbar_its_icons_once_filled_in(
        qtbot, ctx, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QToolButton

    from desktop.app import fill_in
    from desktop.settings import AppSettings

    window = MainWindow(settings=AppSettings(tmp_path / "settings.ini"), empty=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    keys = {action: action.shortcut().toString()
            for action in (window.import_action, window.outbox_action)}
    assert keys == {window.import_action: "Ctrl+I", window.outbox_action: "Ctrl+Shift+O"}
    standard = (window.undo_action, window.quit_action, window.settings_action)
    # The platform's standard keys come with the pages (the frame takes no keys before).
    assert all(action.shortcut().isEmpty() for action in standard)

    def buttons() -> dict[str, tuple[int, int]]:
        return {button.text(): (button.x(), button.width())
                for button in window.toolbar.findChildren(QToolButton) if button.isVisible()}

    # The frame's toolbar holds blank icons in the room of the style's own ones.
    framed = buttons()
    icons = (window.import_action, window.outbox_action, window.undo_action)
    def seen(action) -> bool:  # noqa: ANN001
        """Whether the action's icon shows anything at all."""
        image = action.icon().pixmap(16, 16).toImage()
        return any(image.pixelColor(x, y).alpha()
                   for x in range(image.width()) for y in range(image.height()))

    assert not any(action.icon().isNull() or seen(action) for action in icons)
    fill_in(window, ctx.services)
    assert all(seen(action) for action in icons)
    undo = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    assert window.undo_action.shortcuts() == undo and undo
    # Where the platform names none (Preferences on Linux), the usual keys stand in.
    for action, name, otherwise in ((window.quit_action, "Quit", "Ctrl+Q"),
                                    (window.settings_action, "Preferences", "Ctrl+,")):
        platform = QKeySequence.keyBindings(QKeySequence.StandardKey[name])
        assert action.shortcuts() == (platform or [QKeySequence(otherwise)])
    qtbot.waitUntil(lambda: len(buttons()) > len(framed))  # the calendar actions join
    # Nothing that was there moved or changed size.
    assert {text: place for text, place in buttons().items() if text in framed} == framed
    window.ctx.bridge.detach()
