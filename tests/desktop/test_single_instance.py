"""One window per database: a second start hands its files over and quits; the running window
comes forward and imports them. Real processes, a real local socket."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from desktop.app import build_window
from desktop.settings import AppSettings
from desktop.single_instance import InstanceServer, any_listening, instance_name
from services.demo import build_export
from services.paths import database_identity
from services.timefmt import parse_instant

NOW = "2026-03-02T09:00:00Z"
ROOT = Path(__file__).resolve().parents[2]


def start(args: list[str], tmp_path: Path) -> subprocess.Popen[str]:
    """`mentordesk ARGS` in a process of its own, drawing offscreen, its files under tmp_path."""
    home = str(tmp_path / "home")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home,
               XDG_STATE_HOME=home, XDG_DATA_HOME=home)
    env.pop("MENTORDESK_DB", None)
    return subprocess.Popen([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finished(qtbot, process: subprocess.Popen[str]) -> tuple[int, str, str]:  # noqa: ANN001
    # The test's event loop runs meanwhile, so the window here can answer the other process.
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    return process.returncode, out, err


@pytest.fixture
def running(qtbot, services, tmp_path):  # noqa: ANN001, ANN201
    """A main window on the test database, listening for later starts as the app does."""
    window = build_window(services, AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    server = InstanceServer(instance_name(database_identity(tmp_path / "desk.sqlite3")))
    assert server.listen()
    server.files_received.connect(window.receive_files)
    window.show()
    yield window
    server.close()
    window.ctx.bridge.detach()


def test_a_second_start_hands_its_file_to_the_window_and_brings_it_forward(
        qtbot, running, services, tmp_path):  # noqa: ANN001
    export = tmp_path / "export.json"
    export.write_text(json.dumps(build_export(parse_instant(NOW))), encoding="utf-8")
    running.showMinimized()
    assert services.sessions.counts()["all"] == 0

    code, out, err = finished(qtbot, start(["--db", str(tmp_path / "desk.sqlite3"),
                                             "--now", NOW, str(export)], tmp_path))
    assert (code, out) == (0, ""), err
    assert "already open on this database" in err
    qtbot.waitUntil(lambda: services.sessions.counts()["all"] > 0, timeout=30_000)
    assert not running.isMinimized() and running.isVisible()
    qtbot.waitUntil(lambda: "export.json" in running.notice.text())


def test_a_start_on_another_database_opens_its_own_window(qtbot, running, tmp_path):  # noqa: ANN001
    code, out, err = finished(qtbot, start(["--db", str(tmp_path / "other.sqlite3"),
                                             "--smoke-test"], tmp_path))
    assert code == 0, err
    assert "painted" in out and "already open" not in err


def test_a_relative_path_and_the_default_database_name_one_instance(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MENTORDESK_DB", raising=False)
    assert database_identity("desk.sqlite3") == database_identity(tmp_path / "desk.sqlite3")
    monkeypatch.setenv("MENTORDESK_DB", "desk.sqlite3")
    assert database_identity(None) == database_identity(tmp_path / "desk.sqlite3")
    assert instance_name(database_identity("a.sqlite3")) != \
        instance_name(database_identity("b.sqlite3"))


def test_a_socket_left_by_a_crash_is_taken_over(qtbot, tmp_path):  # noqa: ANN001
    name = instance_name(database_identity(tmp_path / "crashed.sqlite3"))
    first = InstanceServer(name)
    assert first.listen()
    path = first._server.fullServerName()
    first.close()
    if os.name != "nt":  # a crash leaves the socket file behind, bound to nobody
        leftover = socket.socket(socket.AF_UNIX)
        leftover.bind(path)
        leftover.close()
        assert Path(path).exists()
    second = InstanceServer(name)
    assert second.listen()
    second.close()


def test_something_unreadable_is_ignored_and_the_window_keeps_listening(
        qtbot, running, services, tmp_path):  # noqa: ANN001
    name = instance_name(database_identity(tmp_path / "desk.sqlite3"))
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(2000)
    client.write(b"not json\n")
    client.flush()
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                    timeout=5000)
    code, _, err = finished(qtbot, start(["--db", str(tmp_path / "desk.sqlite3")], tmp_path))
    assert code == 0 and "already open" in err
    assert services.sessions.counts()["all"] == 0


def test_files_given_at_start_open_by_their_kind_and_others_are_told(
        qtbot, running, services, tmp_path):  # noqa: ANN001
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    running.open_files([notes])
    assert running.notice.text() == ("Mentor Desk opens platform exports (.json) and calendars "
                                     "(.ics), not notes.txt.")
    running.open_files([tmp_path / "gone.json"])
    assert running.notice.text() == f"{tmp_path / 'gone.json'} is not there any more."
    export = tmp_path / "export.json"
    export.write_text(json.dumps(build_export(parse_instant(NOW))), encoding="utf-8")
    running.open_files([export])
    qtbot.waitUntil(lambda: services.sessions.counts()["all"] > 0, timeout=30_000)
    # The import is over once the window hears of it (closing it before would ask to wait).
    qtbot.waitUntil(lambda: not running._busy, timeout=30_000)  # noqa: SLF001


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are asked, not looked for")
def test_whether_any_window_listens_is_told_by_the_sockets_in_the_temp_folder(
        qtbot, tmp_path, monkeypatch):  # noqa: ANN001
    # A temp folder of the test's own, not tmp_path: a socket's path has room for 107 bytes,
    # which tmp_path (a pytest-xdist worker's the longer) may leave too few of.
    temp = Path(tempfile.mkdtemp())
    monkeypatch.setenv("TMPDIR", str(temp))
    (temp / "other-app-socket").touch()
    (temp / "mentordesk-bench").mkdir()  # ours by its name, but no socket
    assert not any_listening()
    server = InstanceServer(instance_name(database_identity(tmp_path / "desk.sqlite3")))
    assert server.listen()
    assert Path(server._server.fullServerName()).parent == temp  # noqa: SLF001
    assert any_listening()
    server.close()
    assert not any_listening()
