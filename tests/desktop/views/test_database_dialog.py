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
