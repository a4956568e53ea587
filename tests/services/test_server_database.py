"""A database on a PostgreSQL server (`--db postgresql+psycopg://...`): the real server the tests
start (tests/postgres.py), and the sentence a desk without the driver gets."""

from __future__ import annotations

import sys

import pytest

from services import cli
from services.clock import FixedClock
from services.container import Services
from services.timefmt import parse_instant

NOW = parse_instant("2026-03-02T09:00:00Z")


def test_a_new_server_database_gets_the_schema_and_keeps_what_is_written(postgres) -> None:
    url = postgres.create_database("kept")
    app = Services.open(url, FixedClock(NOW))
    try:
        app.availability.add_window("intro", 0, 9 * 60, 12 * 60)
        app.settings.set_timezone("Europe/Lisbon")
    finally:
        app.close()
    again = Services.open(url, FixedClock(NOW))
    try:
        assert [(w.kind, w.weekday, w.start_minute, w.end_minute)
                for w in again.availability.windows()] == [("intro", 0, 540, 720)]
        assert again.settings.timezone_name() == "Europe/Lisbon"
        assert again.database_file() is None
        assert again.database_name() == url
    finally:
        again.close()


def test_without_the_driver_a_server_url_is_refused_naming_the_extra(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # As on a desk where `pip install mentordesk` left the optional driver out.
    for name in [n for n in sys.modules if n == "psycopg" or n.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)
    url = "postgresql+psycopg://desk:secret@db.example.org/team"

    code = cli.run(["--db", url, "sessions"])

    err = capsys.readouterr().err
    assert code == cli.EXIT_INVALID
    assert err == ("mentordesk: cannot open postgresql+psycopg://desk:***@db.example.org/team: "
                   "the PostgreSQL driver (psycopg) is not installed; install it with "
                   "pip install 'mentordesk[postgresql]'\n")
