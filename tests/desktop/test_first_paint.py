"""The window paints its frame before the database layer is loaded, then fills in: the welcome
page at once for a database without sessions, a blank page otherwise; input waits meanwhile;
files handed over meanwhile are opened once it is filled in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidget

from desktop.app import fill_in
from desktop.settings import AppSettings
from desktop.views.main_window import MainWindow
from services import demo
from services.container import Services
from services.startup import has_sessions
from services.timefmt import parse_instant
from tests.desktop.conftest import delivered

NOW = "2026-03-02T09:00:00Z"
ROOT = Path(__file__).resolve().parents[2]


def test_whether_a_database_holds_sessions_is_told_without_changing_it(services, tmp_path):  # noqa: ANN001
    missing = tmp_path / "none.sqlite3"
    assert has_sessions(missing) is False and not missing.exists()
    db = services.database_file()
    assert has_sessions(db) is False  # a schema, no sessions
    demo.install(services)
    assert has_sessions(db) is True
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")
    assert has_sessions(text) is None and text.read_text() == "not a database"
    assert has_sessions("postgresql://desk@localhost/desk") is None


def frame(qtbot, tmp_path: Path, empty: bool) -> MainWindow:  # noqa: ANN001
    window = MainWindow(settings=AppSettings(tmp_path / "settings.ini"), empty=empty)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.holds_input)  # from its first paint
    return window


def sidebar_colour(window: MainWindow) -> str:
    """The colour of the sidebar's column near its foot, below any page's name."""
    place = window.sidebar.geometry()
    spot = window.sidebar.parentWidget().mapTo(
        window, place.bottomLeft()) + QPoint(place.width() // 2, -10)
    return window.grab().toImage().pixelColor(spot).name()


def test_the_frame_of_an_empty_database_is_its_welcome_page_then_filled_in(
        qtbot, services, tmp_path):  # noqa: ANN001
    window = frame(qtbot, tmp_path, empty=True)
    assert window.stack.currentWidget() is window.welcome and window.welcome.isVisible()
    assert not window.attached()
    # An empty column stands in for the list of pages, where the list will be.
    stand_in = window.sidebar
    assert not isinstance(stand_in, QListWidget) and stand_in.isVisible()
    place, colour = stand_in.geometry(), sidebar_colour(window)
    # Input waits: Import's shortcut reaches nothing yet.
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        fill_in(window, services)
    # Gone from sight at once, not only once deleted (in a right-to-left window it would
    # stand on the left, where the pages are).
    assert not stand_in.isVisible()
    assert window.attached() and window.sidebar.count() == len(window.pages) > 0
    assert isinstance(window.sidebar, QListWidget)
    qtbot.waitUntil(lambda: window.sidebar.isVisible() and window.sidebar.geometry() == place)
    qtbot.waitUntil(lambda: not shiboken6.isValid(stand_in))  # gone, not merely hidden
    assert window.stack.currentWidget() is window.welcome  # still no session
    assert not window.sidebar.isEnabled()
    assert sidebar_colour(window) == colour  # the column does not flash as the list comes
    window.ctx.bridge.detach()


def test_the_frame_of_a_database_with_sessions_is_blank_until_its_pages_are_in(
        qtbot, services, tmp_path):  # noqa: ANN001
    demo.install(services)
    window = frame(qtbot, tmp_path, empty=False)
    assert window.stack.currentWidget() not in (window.welcome, *window.pages)
    colour = sidebar_colour(window)
    fill_in(window, services)
    qtbot.waitUntil(window.sidebar.isVisible)
    assert sidebar_colour(window) == colour != window.palette().window().color().name()
    assert window.stack.currentWidget() is window.pages[0]
    assert window.sidebar.currentRow() == 0 and window.sidebar.isEnabled()
    window.ctx.bridge.detach()


def test_files_handed_over_before_the_window_is_filled_in_are_opened_after(
        qtbot, services, tmp_path):  # noqa: ANN001
    export = tmp_path / "export.json"
    export.write_text(json.dumps(demo.build_export(parse_instant(NOW))), encoding="utf-8")
    window = frame(qtbot, tmp_path, empty=True)
    window.receive_files([export])
    assert services.sessions.counts()["all"] == 0
    fill_in(window, services)
    qtbot.waitUntil(lambda: services.sessions.counts()["all"] > 0, timeout=30_000)
    qtbot.waitUntil(lambda: not window._busy, timeout=30_000)  # noqa: SLF001
    delivered(qtbot, window.ctx)
    assert window.stack.currentWidget() is window.pages[0]
    window.ctx.bridge.detach()


def test_a_frame_closed_before_it_is_filled_in_just_closes(qtbot, tmp_path):  # noqa: ANN001
    window = frame(qtbot, tmp_path, empty=False)
    assert window.close()
    assert not (tmp_path / "settings.ini").exists()  # nothing of a window never filled in


def test_the_app_paints_before_it_loads_the_database_layer(tmp_path: Path) -> None:
    """The real start: the first paint of the main window comes before SQLAlchemy is loaded,
    shows the welcome page on an empty database, and the window is filled in after."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QMainWindow\n"
        "import desktop.app\n"
        "class Watch(QObject):\n"
        "    seen = False\n"
        "    def eventFilter(self, watched, event):\n"
        "        if not self.seen and event.type() == QEvent.Type.Paint and "
        "isinstance(watched, QMainWindow):\n"
        "            self.seen = True\n"
        "            print('first paint:', 'sqlalchemy' in sys.modules, "
        "watched.stack.currentWidget() is watched.welcome, flush=True)\n"
        "        return False\n"
        "app = desktop.app.make_application([sys.argv[0]])\n"
        "watch = Watch()\n"
        "app.installEventFilter(watch)\n"
        f"sys.exit(desktop.app.run(db={str(tmp_path / 'new.sqlite3')!r}, smoke_test=True))\n")
    home = str(tmp_path / "home")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home,
               XDG_STATE_HOME=home, XDG_DATA_HOME=home)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "first paint: False True", done.stdout
    assert "the main window has painted" in lines[-1]
    assert (tmp_path / "new.sqlite3").exists()  # opened (and made) after the paint


@pytest.mark.parametrize("database", ["new", "without sessions", "default"])
def test_a_plain_start_paints_before_loading_the_command_line(
        database: str, tmp_path: Path) -> None:
    """`mentordesk --db PATH` paints its window before the command line's parser and its
    commands, the database layer, the services' records, the log file's handlers, Qt's
    namespace, QKeySequence, the sidebar's list, platformdirs, the sqlite3 package and
    datetime, the text-making-safe module, or (with no other window open) Qt's network module and hashlib are loaded; the
    log file is there once the window is filled in. On a new database, one without sessions
    (read to tell so), and the default one (no --db)."""
    home = tmp_path / "home"
    # A temp folder of its own: no other window (of another test, say) listens there. Not in
    # tmp_path, which (a pytest-xdist worker's the longer) may leave too few of the 107 bytes a
    # socket's path may have, and the window could not listen.
    temp = Path(tempfile.mkdtemp())
    db = home / "MentorDesk" / "mentordesk.sqlite3" if database == "default" \
        else tmp_path / "desk.sqlite3"
    args = [] if database == "default" else ["--db", str(db)]
    if database == "without sessions":
        Services.open(db).close()
    code = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QMainWindow\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "own, read_by_pyside = feature._mod_uses_pyside, []\n"
        "def recorded(module):\n"
        "    read_by_pyside.append(module.__name__)\n"
        "    return own(module)\n"
        "feature._mod_uses_pyside = recorded\n"
        "import desktop.app\n"
        "from desktop.__main__ import main\n"
        "LATER = ('services.cli', 'services.cli.shell', 'services.cli.session_commands', "
        "'sqlalchemy', 'services.records', 'logging.handlers', 'PySide6.QtNetwork', "
        "'hashlib', 'platformdirs', 'sqlite3', 'datetime', 'services.plaintext', "
        "'unicodedata')\n"
        "from PySide6 import QtCore, QtGui, QtWidgets\n"
        "class Watch(QObject):\n"
        "    seen = False\n"
        "    def eventFilter(self, watched, event):\n"
        "        if not self.seen and event.type() == QEvent.Type.Paint and "
        "isinstance(watched, QMainWindow):\n"
        "            self.seen = True\n"
        "            print('loaded at first paint:', [m for m in LATER if m in sys.modules], "
        "flush=True)\n"
        "            print('Qt classes built:', [n for n in ('Qt', 'QStyle', 'QKeySequence', "
        "'QListWidget') if any(n in vars(m) for m in (QtCore, QtGui, QtWidgets))], "
        "flush=True)\n"
        "            print('read by PySide6:', [m for m in read_by_pyside "
        "if m.startswith(('desktop', 'services'))], flush=True)\n"
        "        return False\n"
        "app = desktop.app.make_application([sys.argv[0]])\n"
        "watch = Watch()\n"
        "# On the window being shown: a filter on the whole application would have Python\n"
        "# wrap every object it is handed events of (the style too), building their classes.\n"
        "show = QMainWindow.show\n"
        "def shown(window):\n"
        "    window.installEventFilter(watch)\n"
        "    show(window)\n"
        "QMainWindow.show = shown\n"
        f"sys.exit(main([*{args!r}, '--smoke-test']))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home),
               XDG_STATE_HOME=str(home), XDG_DATA_HOME=str(home), XDG_CACHE_HOME=str(home),
               TMPDIR=str(temp))
    env.pop("MENTORDESK_DB", None)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "loaded at first paint: []", done.stdout
    # PySide6 builds a Qt class's Python enums when Python first touches it: Qt's namespace
    # (~20 ms), QStyle (~8 ms), QKeySequence (~1 ms) and the list's item-view classes (2-5 ms)
    # wait until the window has painted (desktop/views/by_name.py).
    assert lines[1] == "Qt classes built: []", done.stdout
    # PySide6 looks into each module imported after it for its name: ours are read as bytes
    # (desktop/import_scan.py), not through inspect.
    assert lines[2] == "read by PySide6: []", done.stdout
    assert "the main window has painted" in lines[-1]
    assert list(home.rglob("mentordesk.log")), "the log file is set up after the paint"
    assert db.is_file()  # the database it was told of (or the default) opened after the paint
