"""The models of the Mentees page: Qt's model checks on each, sorting the list (missing values
last), filtering by the search's finds and by stage, and what the journal and earnings tables
show."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.models.earnings_model import (
    BundleColumn,
    BundleEarningsModel,
    MonthColumn,
    MonthEarningsModel,
)
from desktop.models.journal_models import GoalsModel, NotesModel, ReachedRole
from desktop.models.mentee_list_model import Column, MenteeListModel
from desktop.models.roles import IdRole, RecordRole


def shown(model, column: int) -> list[str]:  # noqa: ANN001
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_list_passes_qts_checks_and_sorts_as_the_command_line(demo_ctx, qtmodeltester):
    model = MenteeListModel(demo_ctx.tz, demo_ctx.now)
    model.set_rows(demo_ctx.services.mentees.rows())
    qtmodeltester.check(model)
    names = shown(model, Column.NAME)
    assert names == sorted(names, key=str.casefold) and len(names) == 30
    model.sort(Column.NEXT, Qt.SortOrder.AscendingOrder)
    nexts = [r.next_session for r in (model.record(i) for i in range(model.rowCount()))]
    present = [n for n in nexts if n is not None]
    assert present == sorted(present) and nexts[len(present):] == [None] * (30 - len(present))
    model.sort(Column.HELD, Qt.SortOrder.DescendingOrder)
    held = [int(v) for v in shown(model, Column.HELD)]
    assert held == sorted(held, reverse=True)
    qtmodeltester.check(model)
    sam = model.row_of("u-100")
    assert model.index(sam, Column.NAME).data(IdRole) == "u-100"
    assert model.index(sam, Column.LOCAL).data() == "04:00 Mon New York"
    assert model.index(sam, Column.STAGE).data() == "Regular"
    assert model.index(sam, Column.BUNDLE).data() == "b-1"
    assert model.index(sam, Column.LAST).data() == "Sun 1 Mar 2026, 14:00"
    kwame = model.row_of("u-106")
    assert model.index(kwame, Column.STAGE).data() == "Closing (set)"
    assert "Finished" in model.index(kwame, Column.STAGE).data(Qt.ItemDataRole.ToolTipRole)
    waiting = model.row_of("u-112")
    assert model.index(waiting, Column.INTRO).data() == "Decision waiting"


def test_the_list_filters_by_found_ids_and_stage_and_updates_lines_in_place(demo_ctx):
    model = MenteeListModel(demo_ctx.tz, demo_ctx.now)
    model.set_rows(demo_ctx.services.mentees.rows())
    model.set_only({"u-100", "u-205", "u-nobody"})
    assert shown(model, Column.NAME) == ["Diego Torres", "Sam Lee"]
    model.set_stage("closing")
    assert shown(model, Column.NAME) == ["Diego Torres"]
    model.set_only(None)
    assert shown(model, Column.NAME) == ["Diego Torres", "Kwame Mensah"]
    model.set_stage(None)
    demo_ctx.services.journal.set_stage("u-100", "closing")
    changed = []
    model.dataChanged.connect(lambda first, last, roles: changed.append(first.row()))
    model.update_rows(demo_ctx.services.mentees.rows(("u-100",)))
    row = model.row_of("u-100")
    assert changed == [row] and model.index(row, Column.STAGE).data() == "Closing (set)"


def test_the_journal_tables(demo_ctx, qtmodeltester):
    profile = demo_ctx.services.mentees.profile("u-100")
    notes = NotesModel(demo_ctx.tz)
    notes.set_notes(profile.notes)
    qtmodeltester.check(notes)
    first = notes.index(0, 0)
    assert first.data(IdRole) == "s-3"
    assert first.data().startswith("Mon 16 Feb 2026, 14:00 · Paid\nFirst PRs merged (3).")
    goals = GoalsModel()
    goals.set_goals(profile.goals)
    qtmodeltester.check(goals)
    assert [goals.index(r, 0).data(IdRole)[0] for r in range(goals.rowCount())] == [
        "goal", "indicator", "indicator"]
    assert goals.index(0, 1).data() == "by 2027-03-01"
    assert goals.index(1, 1).data() == "3 of 10 PRs"
    assert goals.index(1, 0).data(ReachedRole) == 0.3
    assert goals.index(2, 0).data(RecordRole).name == "Mock interviews passed"
    demo_ctx.services.journal.add_goal("u-100", "New", None, [("Talks", 2, "")])
    goals.set_goals(demo_ctx.services.journal.goals("u-100"))
    assert goals.index(4, 1).data() == "not measured yet (target 2)"


def test_the_earnings_tables(demo_ctx, qtmodeltester):
    earnings = demo_ctx.services.earnings
    months = MonthEarningsModel()
    months.set_records([m for m in earnings.last_twelve_months() if m.currency == "EUR"])
    qtmodeltester.check(months)
    january = next(r for r in range(months.rowCount())
                   if months.index(r, 0).data(RecordRole).month == date(2026, 1, 1))
    assert [months.index(january, c).data() for c in MonthColumn] == [
        "January 2026", "12", "1,080.00", "135.00", "945.00", "0", "0.00"]
    # One currency: the headers of the amounts name it, the cells are bare amounts.
    assert [months.headerData(c, Qt.Orientation.Horizontal) for c in MonthColumn] == [
        "Month", "Held", "Gross (EUR)", "Commission (EUR)", "Net (EUR)", "Unconfirmed",
        "Waiting (EUR)"]
    bundles = BundleEarningsModel()
    bundles.set_records(earnings.bundles())
    qtmodeltester.check(bundles)
    refunded = next(r for r in range(bundles.rowCount())
                    if bundles.index(r, 0).data(IdRole) == "b-202")
    assert [bundles.index(refunded, c).data() for c in BundleColumn] == [
        "b-202", "Nadia Petrova", "Refunded", "2 of 6", "540.00 EUR", "180.00 EUR",
        "0.00 EUR", "360.00 EUR", "157.50 EUR"]
    # Two currencies in one table: each amount names its own, the headers none.
    assert bundles.headerData(BundleColumn.VALUE, Qt.Orientation.Horizontal) == "Value"
