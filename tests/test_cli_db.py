"""`mentordesk db init-server | add-mentor | grant | revoke`: a team's PostgreSQL server set up from the
command line (tests/postgres.py's real server), and the desks that connect with the URLs the
commands print."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from services import cli
from tests.services.team_builders import mentor_export

NOW = ["--now", "2026-03-02T09:00:00Z"]


def run(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = cli.run(list(words))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def admin(postgres: Any) -> Iterator[str]:
    url = postgres.create_database("team_cli")
    yield url
    postgres.drop_database("team_cli")
    # Roles are the server's, not the database's: the next test's team may name them again.
    postgres.execute("DROP ROLE IF EXISTS desk_m_1, desk_m_2, kim")


def test_a_team_is_set_up_from_the_command_line_and_each_desk_connects_with_its_url(
        admin: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "db", "init-server", admin)
    assert (code, err) == (cli.EXIT_OK, "")
    assert out.splitlines() == [
        f"{admin} is set up for a team: row-level security on 20 tables",
        "next: mentordesk db add-mentor URL MENTOR_ID --name NAME --timezone ZONE"]
    code, out, err = run(capsys, "db", "add-mentor", admin, "m-1", "--name", "Dana Okafor",
                         "--timezone", "Europe/Berlin", "--password", "s3cret")
    assert (code, err) == (cli.EXIT_OK, "")
    desk_url = admin.replace("postgres@", "desk_m_1:s3cret@")
    assert out.splitlines() == [
        "added mentor m-1; its desk connects as the role desk_m_1 with:", f"  {desk_url}"]
    code, out, err = run(capsys, "db", "grant", admin, "kim", "m-1")
    assert (code, err) == (cli.EXIT_OK, "")
    lines = out.splitlines()
    assert lines[:2] == ["granted kim the mentor m-1 as assistant",
                         "the new role's desk connects with (--mentor m-1 once it has several):"]
    assistant_url = lines[2].strip()
    assert assistant_url.startswith(admin.split("//")[0] + "//kim:")

    export = tmp_path / "export.json"
    export.write_text(json.dumps(mentor_export("m-1", "a-")), encoding="utf-8")
    assert run(capsys, "--db", desk_url, *NOW, "import", str(export))[0] == cli.EXIT_OK
    code, out, _ = run(capsys, "--db", assistant_url, *NOW, "invitations", "--json")
    assert code == cli.EXIT_OK
    assert {item["id"] for item in json.loads(out)} == {"a-r-1", "a-r-2", "a-r-3"}
    # The mentor's desk keeps a calendar file; the assistant's decision leaves it to that desk.
    kept = tmp_path / "dana.ics"
    assert run(capsys, "--db", desk_url, *NOW, "calendar-file", str(kept))[0] == cli.EXIT_OK
    written = kept.read_bytes()
    assert run(capsys, "--db", assistant_url, *NOW, "accept", "a-r-1") == (
        cli.EXIT_OK, "a-r-1 accepted: intro with Sam Lee, Thu 2026-03-05 11:00 (scheduled)\n", "")
    assert kept.read_bytes() == written
    code, out, err = run(capsys, "--db", assistant_url, *NOW, "availability", "add",
                         "--kind", "intro", "--weekday", "mon", "--from", "09:00",
                         "--to", "12:00")
    assert (code, out) == (cli.EXIT_RULE, "")
    assert err == ("mentordesk: not permitted: the database server refused it (permission "
                   "denied for table availability_window); this desk's role may not make that "
                   "change, and nothing was changed (the team's administrator grants roles "
                   "with `mentordesk db grant`)\n")
    code, out, _ = run(capsys, "--db", desk_url, *NOW, "show", "a-r-1", "--json")
    assert code == cli.EXIT_OK and json.loads(out)[0]["status"] == "scheduled"


def test_a_grant_taken_back_hides_the_mentor_and_the_last_one_closes_the_door(
        admin: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "db", "init-server", admin)
    desks = {}
    for mentor, prefix in (("m-1", "a-"), ("m-2", "b-")):
        code, out, _ = run(capsys, "db", "add-mentor", admin, mentor, "--name", mentor,
                           "--timezone", "Europe/Berlin")
        assert code == cli.EXIT_OK
        desks[mentor] = out.splitlines()[1].strip()
        export = tmp_path / f"{mentor}.json"
        export.write_text(json.dumps(mentor_export(mentor, prefix)), encoding="utf-8")
        assert run(capsys, "--db", desks[mentor], *NOW, "import", str(export))[0] == cli.EXIT_OK
    code, out, _ = run(capsys, "db", "grant", admin, "kim", "m-1", "--password", "k1m")
    assert code == cli.EXIT_OK
    kim = out.splitlines()[2].strip()
    assert run(capsys, "db", "grant", admin, "kim", "m-2")[0] == cli.EXIT_OK

    def ids_kim_sees(mentor: str) -> tuple[int, set[str], str]:
        code, out, err = run(capsys, "--db", kim, "--mentor", mentor, *NOW,
                             "invitations", "--json")
        return code, {item["id"] for item in json.loads(out)} if code == cli.EXIT_OK else set(), err

    refusals = []
    for mentor, prefix, after in (("m-1", "a-", "it keeps 1 other grant"),
                                  ("m-2", "b-", "it holds no other grant and may no longer "
                                                "connect")):
        assert ids_kim_sees(mentor)[1] == {f"{prefix}r-1", f"{prefix}r-2", f"{prefix}r-3"}
        assert run(capsys, "db", "revoke", admin, "kim", mentor) == (
            cli.EXIT_OK, f"revoked kim's access to the mentor {mentor} (as assistant); {after}\n",
            "")
        code, _, err = ids_kim_sees(mentor)
        assert code == cli.EXIT_INVALID and err.count("\n") == 1
        refusals.append(err)
    # m-1 taken back while m-2 was still granted: the server no longer shows it.
    assert refusals[0].startswith("mentordesk: mentor m-1 is not in ")
    assert "holds m-2" in refusals[0]
    # The last grant taken back: the role may not connect.
    assert "permission denied for database" in refusals[1]
    assert run(capsys, "db", "revoke", admin, "kim", "m-2") == (
        cli.EXIT_NOT_FOUND, "", "mentordesk: no grant of mentor m-2 to kim here\n")
    # The mentors' own desks are as they were.
    code, out, _ = run(capsys, "--db", desks["m-1"], *NOW, "invitations", "--json")
    assert {item["id"] for item in json.loads(out)} == {"a-r-1", "a-r-2", "a-r-3"}


def test_the_db_commands_say_in_one_sentence_what_they_cannot_do(
        admin: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "db", "init-server", str(tmp_path / "desk.sqlite3"))
    assert (code, out) == (cli.EXIT_INVALID, "")
    assert err.startswith("mentordesk: a team shares a PostgreSQL server: give its URL")
    assert err.count("\n") == 1
    code, _, err = run(capsys, "db", "add-mentor", admin, "m-1", "--name", "Dana",
                       "--timezone", "Europe/Berlin")
    assert code == cli.EXIT_INVALID
    assert err == ("mentordesk: this database is not set up for a team yet: run "
                   "`mentordesk db init-server URL` first, as its owner\n")
    run(capsys, "db", "init-server", admin)
    code, _, err = run(capsys, "db", "grant", admin, "kim", "m-7")
    assert (code, err) == (cli.EXIT_NOT_FOUND, "mentordesk: no mentor m-7 here\n")


def test_db_help_names_its_commands_and_their_options(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.run(["db", "--help"])
    out = capsys.readouterr().out
    assert all(name in out for name in ("init-server", "add-mentor", "grant", "revoke"))
    with pytest.raises(SystemExit):
        cli.run(["db", "add-mentor", "--help"])
    out = capsys.readouterr().out
    assert all(option in out for option in ("--name", "--timezone", "--email", "--role",
                                            "--password"))
    with pytest.raises(SystemExit):
        cli.run(["db", "grant", "--help"])
    assert "--as {assistant,mentor}" in capsys.readouterr().out
