"""How `mentordesk` starts the app: --version, files named on the command line (from a terminal
or a file manager) beside the commands, and the choices refused before any window opens."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.__main__ import main
from services import cli
from services.about import VERSION

NAMES = [c.name for c in cli.COMMANDS] + ["screenshots"]


def test_version_is_printed_by_both_faces(capsys):
    for run in (cli.run, main):
        with pytest.raises(SystemExit) as done:
            run(["--version"])
        assert done.value.code == 0
        assert capsys.readouterr().out == f"mentordesk {VERSION}\n"


def test_a_command_wins_over_a_file_of_the_same_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "demo").write_text("not a command")
    (tmp_path / "upcoming.json").write_text("{}")
    assert cli.split_files(["demo"], NAMES) == (["demo"], [])
    assert cli.split_files(["--db", "x.sqlite3", "upcoming", "--json"], NAMES) == (
        ["--db", "x.sqlite3", "upcoming", "--json"], [])
    # An option's value is never taken for a file or a command.
    assert cli.split_files(["--db", "upcoming.json", "upcoming"], NAMES) == (
        ["--db", "upcoming.json", "upcoming"], [])


def test_files_are_split_from_the_options_around_them(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "agenda").write_text("an existing file without a suffix")
    assert cli.split_files(["export.json"], NAMES) == ([], ["export.json"])
    assert cli.split_files(["--db", "d.sqlite3", "a.json", "b.ICS", "--now",
                            "2026-03-02T09:00:00Z"], NAMES) == (
        ["--db", "d.sqlite3", "--now", "2026-03-02T09:00:00Z"], ["a.json", "b.ICS"])
    assert cli.split_files(["--db=d.sqlite3", "agenda"], NAMES) == (["--db=d.sqlite3"], ["agenda"])
    # Neither a command nor anything like a file: left for the parser to call unknown.
    assert cli.split_files(["upcomming"], NAMES) == (["upcomming"], [])
    assert cli.split_files(["--", "a.json"], NAMES) == (["--", "a.json"], [])


def test_a_mistyped_command_is_still_a_usage_error(capsys):
    with pytest.raises(SystemExit) as done:
        main(["upcomming"])
    assert done.value.code == 2
    assert "invalid choice: 'upcomming'" in capsys.readouterr().err


def test_a_missing_file_exits_4_before_any_window(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "d.sqlite3"), str(tmp_path / "gone.json")]) == 4
    assert capsys.readouterr().err == f"mentordesk: no such file: {tmp_path / 'gone.json'}\n"
    assert not (tmp_path / "d.sqlite3").exists()


def test_a_file_of_another_kind_exits_5(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("notes.txt").write_text("hello")
    assert main(["notes.txt"]) == 5
    assert capsys.readouterr().err == ("mentordesk: notes.txt: Mentor Desk opens platform "
                                       "exports (.json) and calendars (.ics)\n")


@pytest.mark.parametrize("argv", [
    ["upcoming", "--smoke-test"],
    ["--install-desktop-entry", "demo"],
    ["--install-desktop-entry", "--remove-desktop-entry"],
])
def test_app_options_do_not_mix_with_commands(argv, capsys):
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    assert "mentordesk: error:" in capsys.readouterr().err


def test_a_command_after_a_file_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("export.json").write_text(json.dumps({}))
    with pytest.raises(SystemExit) as done:
        main(["export.json", "--json"])
    assert done.value.code == 2
    assert os.listdir(tmp_path) == ["export.json"]


def full_parse(argv: list[str]) -> tuple[object, object, bool]:
    """(db, now, smoke_test) as main reads them through the full parser, for a line without
    files."""
    from desktop.__main__ import _desktop_options

    parser = cli.build_parser(cli.COMMANDS)
    _desktop_options(parser)
    args = parser.parse_args(argv)
    assert args.command is None
    return getattr(args, "db", None), getattr(args, "now", None), args.smoke_test


@pytest.mark.parametrize("argv", [
    [],
    ["--smoke-test"],
    ["--db", "d.sqlite3"],
    ["--db=d.sqlite3", "--smoke-test"],
    ["--db", "a.sqlite3", "--db", "b.sqlite3"],
    ["--db="],
    ["--now", "2026-03-02T09:00:00Z", "--db", "~/d.sqlite3"],
    ["--now=2026-03-02T10:00:00+01:00", "--smoke-test", "--smoke-test"],
    ["--db", "postgresql://desk@localhost/desk"],
])
def test_a_plain_start_reads_the_options_as_the_full_parser_does(argv):
    from desktop.__main__ import plain_start

    plain = plain_start(argv)
    assert plain is not None
    assert (plain.db, plain.now, plain.smoke_test) == full_parse(argv)


@pytest.mark.parametrize("argv", [
    ["--help"], ["-h"], ["--version"], ["upcoming"], ["export.json"], ["--db"],
    ["--db", "--smoke-test"], ["--d", "x.sqlite3"], ["--smoke"], ["--smoke-test=yes"],
    ["--now", "yesterday"], ["--now", "2026-03-02T09:00:00"], ["--", "x"],
    ["--install-desktop-entry"], ["--db", "d.sqlite3", "demo"],
])
def test_any_other_line_is_left_to_the_full_parser(argv):
    from desktop.__main__ import plain_start

    assert plain_start(argv) is None


def test_a_plain_start_opens_the_app_as_before(monkeypatch, tmp_path):
    """The quick way and the full parser hand the app the same options."""
    import desktop.app

    calls = []
    monkeypatch.setattr(desktop.app, "run", lambda **kw: calls.append(kw) or 0)
    db = str(tmp_path / "d.sqlite3")
    assert main(["--db", db, "--now", "2026-03-02T09:00:00Z", "--smoke-test"]) == 0
    plain = calls.pop()
    assert plain == {"db": db, "now": full_parse(["--now", "2026-03-02T09:00:00Z"])[1],
                     "smoke_test": True}
    export = tmp_path / "export.json"
    export.write_text("{}")
    assert main(["--db", db, "--now", "2026-03-02T09:00:00Z", "--smoke-test",
                 str(export)]) == 0
    parsed = calls.pop()
    assert parsed.pop("files") == [export.resolve()]
    assert parsed == plain


@pytest.mark.parametrize(("argv", "said"), [
    (["--now", "yesterday"], "argument --now: 'yesterday' is not an ISO 8601 time with an "
                             "offset (e.g. 2026-03-02T09:00:00Z)"),
    (["--db"], "argument --db: expected one argument"),
    (["--db", "d.sqlite3", "--smoke-test=yes"],
     "argument --smoke-test: ignored explicit argument 'yes'"),
])
def test_a_bad_option_is_worded_by_the_full_parser(argv, said, capsys, monkeypatch):
    import desktop.app

    monkeypatch.setattr(desktop.app, "run", lambda **kw: pytest.fail("no window"))
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: mentordesk") and f"mentordesk: error: {said}\n" in err


def test_an_abbreviation_the_full_parser_accepts_still_starts_the_app(monkeypatch):
    import desktop.app

    calls = []
    monkeypatch.setattr(desktop.app, "run", lambda **kw: calls.append(kw) or 0)
    assert main(["--smoke", "--d", "d.sqlite3"]) == 0
    assert calls == [{"db": "d.sqlite3", "now": None, "files": [], "smoke_test": True}]


def test_help_is_the_full_parsers(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: mentordesk") and "upcoming" in out and "--smoke-test" in out


def test_the_program_ends_with_what_it_made_out_of_the_collectors_sight(monkeypatch):
    """`mentordesk` (and `mentordesk-gui`) run `command`: main's exit code, after which the
    interpreter's exit does not walk every object again (gc.freeze)."""
    import gc
    import tomllib

    import desktop.__main__ as entry

    project = tomllib.loads((Path(entry.__file__).parents[1] / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["mentordesk"] == "desktop.__main__:command"
    assert project["project"]["gui-scripts"]["mentordesk-gui"] == "desktop.__main__:command"
    monkeypatch.setattr(entry, "main", lambda: 3)
    before = gc.get_freeze_count()
    try:
        assert entry.command() == 3
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


def test_a_command_closes_the_database_when_it_is_done(tmp_path):
    """What a command opened is closed when it returns, not left to the interpreter's exit:
    SQLite's last connection folds its write-ahead log into the file and removes it."""
    db = tmp_path / "desk.sqlite3"
    assert main(["--db", str(db), "--now", "2026-03-02T09:00:00Z", "demo"]) == 0
    assert main(["--db", str(db), "--now", "2026-03-02T09:00:00Z", "upcoming"]) == 0
    assert db.exists() and not db.with_name("desk.sqlite3-wal").exists()
