"""`mentordesk caldav ...` and `mentordesk sync` against a real server (Radicale), exit codes
included: a server that refuses is exit 5 with its reason."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.caldav_sync import PASSWORD_ENV
from tests.radicale_server import PASSWORD
from tests.test_cli_calendar import Desk

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def desk(tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring,  # noqa: ANN001
         monkeypatch: pytest.MonkeyPatch, db_url: str) -> Desk:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    return Desk(tmp_path, capsys, db_url)  # a paid and an intro session, both booked


def test_setup_calendars_sync_and_a_second_sync(desk: Desk, radicale_up) -> None:  # noqa: ANN001
    user = radicale_up.fresh_user()
    code, out, err = desk("caldav", "setup", radicale_up.url, "--user", user,
                          "--new-calendar", "Mentoring")
    assert code == 0, err
    assert f"connected to {radicale_up.url} as {user}" in out
    assert "sessions go to Mentoring" in out and "system keyring" in out

    code, out, _ = desk("caldav", "calendars")
    assert code == 0
    assert out.splitlines()[0].split() == ["CALENDAR", "USED", "FOR", "URL"]
    assert "Mentoring  sessions" in out

    code, out, _ = desk("sync", "--dry-run")
    assert (code, out.strip()) == (0, "would send: 2 created, 0 updated, 0 deleted; "
                                      "read 0 events from 0 busy calendars (0 busy blocks)")
    code, out, _ = desk("sync")
    assert (code, out.strip()) == (0, "sent: 2 created, 0 updated, 0 deleted; "
                                      "read 0 events from 0 busy calendars (0 busy blocks)")
    code, out, _ = desk("sync", "--json")
    assert code == 0
    second, = json.loads(out)
    assert (second["created"], second["writes"], second["dry_run"]) == (0, 0, False)

    code, out, _ = desk("cancel", "s-2", "--reason", "Ill")
    assert code == 0
    code, out, _ = desk("caldav", "status", "--json")
    assert json.loads(out)[0]["configured"] is True
    code, out, _ = desk("sync")
    assert "sent: 0 created, 0 updated, 1 deleted" in out
    code, out, _ = desk("caldav", "conflicts")
    assert (code, out.strip()) == (0, "No event waits for your choice.")
    code, out, _ = desk("caldav", "off")
    assert code == 0 and "its events stay there" in out


def test_a_server_that_refuses_is_exit_5_with_its_reason(desk: Desk, radicale_up,  # noqa: ANN001
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    user = radicale_up.fresh_user()
    monkeypatch.setenv(PASSWORD_ENV, "not the password")
    code, out, err = desk("caldav", "setup", radicale_up.url, "--user", user)
    assert (code, out) == (5, "")
    assert err.strip() == (f"mentordesk: 127.0.0.1:{radicale_up.port} refused the user name or "
                           "password (401 Unauthorized)")
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    assert desk("caldav", "setup", radicale_up.url, "--user", user)[0] == 0
    monkeypatch.setenv(PASSWORD_ENV, "changed meanwhile")
    code, _, err = desk("sync")
    assert code == 5 and "401" in err
    code, out, _ = desk("caldav", "status")
    assert "2 changes waiting" in out and "refused the user name or password" in out


def test_an_unknown_calendar_and_no_server_set_up_are_refused(desk: Desk,  # noqa: ANN001
                                                               radicale_up) -> None:
    code, _, err = desk("sync")
    assert code == 3 and "no calendar server is set up" in err
    user = radicale_up.fresh_user()
    code, _, err = desk("caldav", "setup", radicale_up.url, "--user", user, "--busy", "Holidays")
    assert code == 3 and "has no calendar Holidays" in err
    code, _, err = desk("caldav", "resolve", "nope", "--keep", "server")
    assert code == 3


def test_a_server_that_cannot_be_reached_is_exit_5(desk: Desk) -> None:
    from tests.radicale_server import free_port

    code, _, err = desk("caldav", "setup", f"http://127.0.0.1:{free_port()}/", "--user", "x")
    assert code == 5 and "cannot reach 127.0.0.1" in err and "connection refused" in err


def test_without_a_terminal_or_the_variable_setup_says_how_to_give_the_password(
        desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSWORD_ENV)
    code, _, err = desk("caldav", "setup", "http://127.0.0.1:1/", "--user", "x")
    assert code == 2 and PASSWORD_ENV in err


def test_the_password_is_asked_for_at_a_terminal(tmp_path: Path, radicale_up) -> None:  # noqa: ANN001
    """The real command in a terminal of its own: the password typed is not echoed, and the
    keyring (the test's, in a file) keeps it."""
    user = radicale_up.fresh_user()
    env = {k: v for k, v in os.environ.items() if k != PASSWORD_ENV}
    env.update(PYTHON_KEYRING_BACKEND="tests.memory_keyring.MemoryKeyring",
               MENTORDESK_TEST_KEYRING=str(tmp_path / "keyring.json"), PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "desktop", "--db", str(tmp_path / "desk.sqlite3"),
               "caldav", "setup", radicale_up.url, "--user", user]
    main, terminal = os.openpty()
    process = subprocess.Popen(command, stdin=terminal, stdout=terminal, stderr=terminal,
                               env=env, cwd=ROOT, start_new_session=True)
    os.close(terminal)
    seen = b""
    while b"Password of" not in seen:
        seen += os.read(main, 1024)
    os.write(main, PASSWORD.encode() + b"\n")
    assert process.wait(timeout=60) == 0
    try:
        while chunk := os.read(main, 4096):
            seen += chunk
    except OSError:
        pass
    os.close(main)
    assert PASSWORD.encode() not in seen
    assert b"the password is kept in the system keyring" in seen
    kept = json.loads((tmp_path / "keyring.json").read_text())
    assert list(kept.values()) == [PASSWORD]  # where the next sync finds it
