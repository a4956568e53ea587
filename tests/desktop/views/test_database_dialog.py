"""At start-up, a database file that cannot be used is explained, and another can be chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.app import ask_for_another, open_services
from desktop.views.database_dialog import DatabaseProblemDialog
from services.clock import FixedClock
from services.timefmt import parse_instant

NOW = FixedClock(parse_instant("2026-03-02T09:00:00Z"))


def test_a_file_that_is_not_a_database_is_explained_and_another_chosen(
        qtbot, answer_modal, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    notes = tmp_path / "notes.txt"
    notes.write_text("Call Sam on Tuesday\n")
    chosen = tmp_path / "desk.sqlite3"
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, title, folder, *rest, **options: asked.append(folder) or (str(chosen), "")))
    shown: list[DatabaseProblemDialog] = []

    def answer(dialog: DatabaseProblemDialog) -> None:
        shown.append(dialog)
        assert dialog.message.textFormat() == Qt.TextFormat.PlainText
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)

    answer_modal(answer)
    services, opened = open_services(notes, NOW, ask_for_another)
    try:
        assert opened == chosen
        assert services.engine.url.database == str(chosen)
        assert services.sessions.counts()["all"] == 0
    finally:
        services.close()
    assert shown[0].message.text() == (
        f"{notes} is not a Mentor Desk database (it is not an SQLite file): point --db at your "
        "database, or at a new file name to start one")
    assert asked == [str(tmp_path)]
    assert notes.read_text() == "Call Sam on Tuesday\n"


def test_quitting_opens_nothing(qtbot, answer_modal, tmp_path: Path) -> None:  # noqa: ANN001
    answer_modal(lambda dialog: qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton))
    assert open_services(tmp_path, NOW, ask_for_another) is None
    assert list(tmp_path.iterdir()) == []


def test_a_database_several_mentors_share_opens_for_the_mentor_asked_for(
        tmp_path: Path) -> None:
    from services.container import Services
    from tests.services.builders import export
    from tests.services.team_builders import add_mentor_row

    db = tmp_path / "team.sqlite3"
    first = Services.open(db, NOW)
    try:
        first.importer.import_document(export(mentor_id="m-1"))
        add_mentor_row(first, "m-2")
    finally:
        first.close()
    problems: list[str] = []

    def ask(problem) -> None:  # noqa: ANN001
        problems.append(problem.message)

    assert open_services(db, NOW, ask) is None
    assert "holds several mentors (m-1, m-2)" in problems[0]
    services, opened = open_services(db, NOW, ask, mentor="m-2")
    try:
        assert opened == db and services.mentor_id() == "m-2"
        assert services.sessions.mentees() == []
    finally:
        services.close()


def test_the_window_is_told_the_mentor_given_on_the_command_line(
        monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    import desktop.app
    from desktop.__main__ import main

    asked: list[dict] = []
    monkeypatch.setattr(desktop.app, "run", lambda **given: asked.append(given) or 0)
    db = str(tmp_path / "team.sqlite3")
    assert main(["--db", db, "--mentor", "m-2"]) == 0
    assert main(["--mentor", "m-3", "--db", db, "--smoke-test"]) == 0
    assert [(a["db"], a["mentor"]) for a in asked] == [(db, "m-2"), (db, "m-3")]
