"""After a change the window redraws only what it touches, never the page that made it, counts
the badges once, and rewrites a kept calendar file in the background, once per burst."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.views.main_window import MainWindow
from desktop.views.sidebar import BadgeRole
from tests.desktop.conftest import delivered, shown_window

ALL = {"upcoming", "invitations", "confirmation", "sessions", "calendar", "availability",
       "mentees"}


@pytest.fixture
def window(qtbot, demo_ctx) -> MainWindow:  # noqa: ANN001
    window = shown_window(qtbot, demo_ctx)
    delivered(qtbot, demo_ctx)
    for number in reversed(range(len(window.pages))):  # each drawn once: none left to redraw
        window.show_page(number)
    assert window._dirty == set() and window.current_page().key == "upcoming"
    return window


@pytest.fixture
def redrawn(window, monkeypatch) -> Counter:  # noqa: ANN001
    """How often each page is redrawn from here on."""
    calls: Counter = Counter()
    for page in window.pages:
        def counted(page=page, original=page.refresh) -> None:  # noqa: ANN001
            calls[page.key] += 1
            original()

        monkeypatch.setattr(page, "refresh", counted)
    return calls


def badge(window: MainWindow, key: str) -> int:
    row = next(i for i, p in enumerate(window.pages) if p.key == key)
    return window.sidebar.item(row).data(BadgeRole)


def operation(window: MainWindow, call) -> None:  # noqa: ANN001
    with window.ctx.bridge.operation(window):
        call()


def test_a_decision_redraws_the_page_shown_and_marks_the_others(window, redrawn) -> None:
    services = window.ctx.services
    request = services.sessions.invitations()[0]
    operation(window, lambda: services.sessions.accept(request.id, despite_busy=True))
    assert redrawn == {"upcoming": 1}  # the page on screen shows sessions
    assert window._dirty == ALL - {"upcoming"}
    assert badge(window, "invitations") == services.sessions.counts()["invitations"]


@pytest.mark.parametrize(("call", "marked"), [
    (lambda s: s.availability.add_window("paid", 6, 9 * 60, 10 * 60), {"calendar", "availability"}),
    (lambda s: s.availability.add_day_off(date(2026, 3, 20)), {"calendar", "availability"}),
    (lambda s: s.availability.replace_busy("Work", []), {"invitations", "calendar",
                                                         "availability"}),
    (lambda s: s.settings.put("some", "x"), set()),
    (lambda s: s.earnings.set_commission_rate(1500), {"mentees"}),
], ids=["window", "day off", "busy time", "a setting", "the commission"])
def test_a_change_elsewhere_only_marks_the_pages_that_show_it(window, redrawn, call,
                                                               marked) -> None:
    operation(window, lambda: call(window.ctx.services))
    assert redrawn == {}  # the page on screen (Upcoming) shows none of it
    assert window._dirty == marked
    for key in marked:
        window.show_page(next(i for i, p in enumerate(window.pages) if p.key == key))
    assert redrawn == {key: 1 for key in marked}  # each once, when shown
    assert window._dirty == set()


def test_a_new_time_zone_redraws_every_page(window, redrawn) -> None:
    operation(window, lambda: window.ctx.services.settings.set_timezone("Asia/Tokyo"))
    assert redrawn == {"upcoming": 1}
    assert window._dirty == ALL - {"upcoming"}
    assert window.ctx.tz().key == "Asia/Tokyo"


def test_the_page_that_accepts_is_not_reloaded_under_its_own_feet(qtbot, window, redrawn,
                                                                   monkeypatch) -> None:
    counted = Counter()
    counts = window.ctx.services.sessions.counts
    monkeypatch.setattr(window.ctx.services.sessions, "counts",
                        lambda: counted.update(["counts"]) or counts())
    window.show_page(1)
    page = window.page("invitations")
    redrawn.clear()
    before = badge(window, "invitations")
    page._table.select_row(page._model.row_of(next(
        r.id for r in window.ctx.services.sessions.invitations() if r.mentee_name == "Yusuf Kaya")))
    qtbot.mouseClick(page._accept, Qt.MouseButton.LeftButton)
    assert "is in your calendar" in page._notice.text()  # still there: not reloaded after
    assert redrawn == {"invitations": 1}  # its own update only
    assert counted["counts"] == 1  # the badges, once for the change
    assert badge(window, "invitations") == before - 1


def test_the_kept_calendar_file_is_written_once_per_burst_off_the_gui_thread(
        qtbot, window, tmp_path, monkeypatch) -> None:
    services = window.ctx.services
    path = tmp_path / "mentor.ics"
    operation(window, lambda: services.calendar_sync.set_path(path))
    threads: list[int] = []
    write = services.calendar_export.write
    monkeypatch.setattr(services.calendar_export, "write",
                        lambda *a, **k: threads.append(threading.get_ident()) or write(*a, **k))
    keeper = window.calendar_keeper
    written: list[object] = []
    keeper.written.connect(written.append)
    for weekday in range(5):
        added = []
        operation(window, lambda d=weekday: added.append(
            services.availability.add_window("paid", d, 7 * 60, 8 * 60)))
        operation(window, lambda: services.availability.remove_window(added[0].id))
    assert threads == []  # nothing written inside the decisions
    qtbot.waitUntil(lambda: bool(written), timeout=5000)
    qtbot.wait(2 * keeper._timer.interval())
    assert len(written) == 1 and len(threads) == 1
    assert threads[0] != threading.get_ident()


def test_a_calendar_file_that_cannot_be_written_is_said_in_the_status_bar(
        qtbot, window, tmp_path, monkeypatch) -> None:
    services = window.ctx.services
    folder = tmp_path / "sync"
    folder.mkdir()
    path = folder / "mentor.ics"
    operation(window, lambda: services.calendar_sync.set_path(path))
    path.unlink()
    folder.rmdir()
    folder.write_text("a file where the folder was")
    label = window.calendar_file_label
    assert not label.isVisible()
    request = services.sessions.invitations()[0]
    operation(window, lambda: services.sessions.reject(request.id, "Spam"))
    qtbot.waitUntil(label.isVisible, timeout=5000)
    assert f"cannot write {path}: {folder} is a file, not a folder" in label.text()
    assert services.sessions.get(request.id).status == "rejected"  # the decision stands
    opened: list[bool] = []
    monkeypatch.setattr(window, "open_settings", lambda: opened.append(True))
    assert window.calendar_file_button.isVisible()
    qtbot.mouseClick(window.calendar_file_button, Qt.MouseButton.LeftButton)
    assert opened == [True]

    folder.unlink()  # the mentor makes the folder again; the next change writes and clears it
    folder.mkdir()
    operation(window, lambda: services.availability.add_window("paid", 6, 9 * 60, 10 * 60))
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=5000)
    assert not window.calendar_file_button.isVisible()
    assert path.exists()
