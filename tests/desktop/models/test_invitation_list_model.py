"""The invitation list: the session list model over open requests, plus their red flags."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from desktop.models.invitation_list_model import FLAGS_COLUMN, InvitationListModel
from desktop.models.roles import IdRole, RecordRole, SortRole
from desktop.models.session_list_model import Column, SessionListModel
from services.redflags import find_red_flags
from tests.desktop.conftest import as_shown


def _invitations(ctx):  # noqa: ANN001, ANN202
    records = ctx.services.sessions.invitations()
    tz = ctx.tz()
    flags = {r.id: find_red_flags(r, ctx.services.availability.busy(r.start, r.end), tz)
             for r in records}
    return records, flags


def test_session_list_model_over_invitations_passes_the_model_tester(qtmodeltester, demo_ctx) -> None:  # noqa: ANN001
    model = SessionListModel(demo_ctx.tz, demo_ctx.now)
    records, _ = _invitations(demo_ctx)
    model.set_records(records)
    assert model.rowCount() == len(records) == 6
    qtmodeltester.check(model)
    model.set_records([])
    qtmodeltester.check(model)


def test_invitation_model_passes_the_model_tester(qtmodeltester, demo_ctx) -> None:  # noqa: ANN001
    model = InvitationListModel(demo_ctx.tz, demo_ctx.now)
    records, flags = _invitations(demo_ctx)
    model.set_invitations(records, flags)
    model.set_accent(QColor("#c62828"))
    qtmodeltester.check(model)
    assert model.columnCount() == len(Column) + 1
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0


def test_flag_column_counts_explains_and_sorts(demo_ctx) -> None:  # noqa: ANN001
    model = InvitationListModel(demo_ctx.tz, demo_ctx.now)
    records, flags = _invitations(demo_ctx)
    model.set_invitations(records, flags)
    assert model.headerData(FLAGS_COLUMN, Qt.Orientation.Horizontal) == "Red flags"
    row = next(i for i, r in enumerate(records) if r.mentee_name == "Test Test")
    cell = model.index(row, FLAGS_COLUMN)
    assert cell.data() == "4 red flags"
    assert cell.data(SortRole) == 4
    assert as_shown(cell.data(Qt.ItemDataRole.ToolTipRole)).splitlines()[0] == \
        "Name looks made up"
    assert cell.data(IdRole) == records[row].id
    assert cell.data(RecordRole) == records[row]
    honest = model.index(next(i for i, r in enumerate(records) if not flags[r.id]), FLAGS_COLUMN)
    assert honest.data() == ""
    assert honest.data(SortRole) == 0
    assert honest.data(Qt.ItemDataRole.AccessibleTextRole) == "No red flags"
    assert model.flags_of(records[row].id) == flags[records[row].id]

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.sort(FLAGS_COLUMN, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, Column.MENTEE).data() for r in range(2)] == ["xx", "Test Test"]


def test_the_accent_colours_only_flagged_rows(demo_ctx) -> None:  # noqa: ANN001
    model = InvitationListModel(demo_ctx.tz, demo_ctx.now)
    records, flags = _invitations(demo_ctx)
    model.set_invitations(records, flags)
    changed: list[tuple[QModelIndex, QModelIndex, list[int]]] = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a, b, roles)))
    model.set_accent(QColor("#ff7b72"))
    assert changed and changed[0][2] == [Qt.ItemDataRole.ForegroundRole]
    spam = next(i for i, r in enumerate(records) if flags[r.id])
    plain = next(i for i, r in enumerate(records) if not flags[r.id])
    assert model.index(spam, FLAGS_COLUMN).data(Qt.ItemDataRole.ForegroundRole) == \
        QColor("#ff7b72")
    assert model.index(plain, FLAGS_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is None
