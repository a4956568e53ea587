"""The invitation list: the session list model over open requests, plus their red flags."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.models.invitation_list_model import FLAGS_COLUMN, InvitationListModel
from desktop.models.roles import IdRole, RecordRole
from desktop.models.session_list_model import Column, SessionListModel
from tests.desktop.conftest import as_shown


def _invitations(ctx):  # noqa: ANN001, ANN202
    reviews = ctx.services.sessions.invitation_reviews()
    return reviews, [r.record for r in reviews], {r.record.id: list(r.red_flags) for r in reviews}


def test_session_list_model_over_invitations_passes_the_model_tester(qtmodeltester, demo_ctx) -> None:  # noqa: ANN001
    model = SessionListModel(demo_ctx.tz, demo_ctx.now)
    _, records, _ = _invitations(demo_ctx)
    model.set_records(records)
    assert model.rowCount() == len(records) == 6
    qtmodeltester.check(model)
    model.set_records([])
    qtmodeltester.check(model)


def test_invitation_model_passes_the_model_tester(qtmodeltester, demo_ctx) -> None:  # noqa: ANN001
    model = InvitationListModel(demo_ctx.tz, demo_ctx.now)
    reviews, _, _ = _invitations(demo_ctx)
    model.set_reviews(reviews)
    model.set_accent(QColor("#c62828"))
    qtmodeltester.check(model)
    assert model.columnCount() == len(Column) + 1
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0


def test_flag_column_counts_and_explains(demo_ctx) -> None:  # noqa: ANN001
    model = InvitationListModel(demo_ctx.tz, demo_ctx.now)
    reviews, records, flags = _invitations(demo_ctx)
    model.set_reviews(reviews)
    assert model.headerData(FLAGS_COLUMN, Qt.Orientation.Horizontal) == "Red flags"
    row = next(i for i, r in enumerate(records) if r.mentee_name == "Test Test")
    cell = model.index(row, FLAGS_COLUMN)
    assert cell.data() == "4 red flags"
    assert as_shown(cell.data(Qt.ItemDataRole.ToolTipRole)).splitlines()[0] == \
        "Name looks made up"
    assert cell.data(IdRole) == records[row].id
    assert cell.data(RecordRole) == records[row]
    honest = model.index(next(i for i, r in enumerate(records) if not flags[r.id]), FLAGS_COLUMN)
    assert honest.data() == ""
    assert honest.data(Qt.ItemDataRole.AccessibleTextRole) == "No red flags"
    assert model.flags_of(records[row].id) == flags[records[row].id]
    assert model.review_of(records[row].id) == reviews[row]


def test_the_accent_colours_only_flagged_rows(demo_ctx) -> None:  # noqa: ANN001
    model = InvitationListModel(demo_ctx.tz, demo_ctx.now)
    reviews, records, flags = _invitations(demo_ctx)
    model.set_reviews(reviews)
    changed: list[tuple[QModelIndex, QModelIndex, list[int]]] = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a, b, roles)))
    model.set_accent(QColor("#ff7b72"))
    assert changed and changed[0][2] == [Qt.ItemDataRole.ForegroundRole]
    spam = next(i for i, r in enumerate(records) if flags[r.id])
    plain = next(i for i, r in enumerate(records) if not flags[r.id])
    assert model.index(spam, FLAGS_COLUMN).data(Qt.ItemDataRole.ForegroundRole) == \
        QColor("#ff7b72")
    assert model.index(plain, FLAGS_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is None
