"""The history of a session's actions as a table: Qt's checks and what each row says."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models.action_history_model import HEADERS, ActionHistoryModel, Column
from desktop.models.roles import IdRole, RecordRole
from tests.desktop.conftest import as_shown


def test_history_model_passes_qts_checks_and_reads_like_the_log(demo_ctx, qtmodeltester,  # noqa: ANN001
                                                                 tmp_path) -> None:
    sessions = demo_ctx.services.sessions
    request = sessions.invitations()[0]
    sessions.accept(request.id)
    sessions.undo_last()
    sessions.reject(request.id, "Only\nspam.")
    model = ActionHistoryModel(demo_ctx.tz())
    model.set_actions(sessions.history(request.id))
    qtmodeltester.check(model, force_py=True)

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == list(HEADERS)
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 0
    assert model.index(0, Column.ACTION).data() == "Accepted"
    assert model.index(0, Column.STATE).data() == "Undone"
    assert model.index(1, Column.ACTION).data() == "Rejected"
    assert model.index(1, Column.DETAILS).data() == "Only spam."
    assert as_shown(model.index(1, Column.DETAILS).data(Qt.ItemDataRole.ToolTipRole)) == \
        "Only\nspam."
    assert model.index(1, Column.STATE).data() == "Not yet sent"
    record = model.index(1, 0).data(RecordRole)
    assert model.index(1, 0).data(IdRole) == record.id and record.action == "reject"

    demo_ctx.services.outbox.write(tmp_path / "outbox.json")
    model.set_actions(sessions.history(request.id))
    assert model.index(1, Column.STATE).data().startswith("Sent Mon 2 Mar 2026")
    assert model.index(0, Column.STATE).data() == "Undone"
