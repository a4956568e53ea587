"""The lazy sessions table: Qt's model checks, paging through a few thousand sessions, every
sort against a Python-sorted reference, and every filter."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.models.roles import IdRole, RecordRole
from desktop.models.sessions_table_model import (
    COLUMN_SORT,
    HEADERS,
    PAGE_SIZE,
    Column,
    SessionsTableModel,
)
from services import demo
from services.clock import FixedClock
from services.container import Services
from services.records import SessionRecord, Status
from services.sessions import SessionQuery
from services.timefmt import local_midnight, parse_instant, zone
from tests.desktop.conftest import as_shown

NOW = parse_instant("2026-03-02T09:00:00Z")
HISTORY = 3000
SAMPLE_SESSIONS = len(demo.build_export(NOW)["sessions"])
TOTAL = HISTORY + SAMPLE_SESSIONS  # the sample data's own sessions come on top


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with a few thousand sessions, built once and copied for each test."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite3"
    services = Services.open(path, FixedClock(NOW))
    services.importer.import_document(demo.build_export(NOW, sessions=HISTORY))
    services.close()
    return path


@pytest.fixture
def big(big_db: Path, tmp_path: Path, clock) -> Services:  # noqa: ANN001
    assert clock.now() == NOW
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(big_db, copy)
    services = Services.open(copy, clock)
    yield services
    services.close()


@pytest.fixture
def model(qapp, big: Services) -> SessionsTableModel:  # noqa: ANN001
    return SessionsTableModel(big.sessions, big.sessions.timezone)


@pytest.fixture
def everything(big: Services) -> list[SessionRecord]:
    return big.sessions.search(SessionQuery())


def ids(model: SessionsTableModel) -> list[str]:
    return [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]


def python_key(column: Column, r: SessionRecord):  # noqa: ANN201 - a sort key
    return {
        Column.START: lambda: r.start,
        Column.LENGTH: lambda: r.duration_minutes,
        Column.MENTEE: lambda: r.mentee_name.lower(),
        Column.TYPE: lambda: r.type,
        Column.STATUS: lambda: r.status,
        Column.OUTCOME: lambda: (r.outcome or "", r.decision or ""),
        Column.BUNDLE: lambda: r.bundle_id or "",
        Column.REASON: lambda: r.reason or "",
        Column.ID: lambda: r.id,
    }[column]()


def reference(records: list[SessionRecord], column: Column, descending: bool) -> list[str]:
    by_id = sorted(records, key=lambda r: r.id)
    ordered = sorted(by_id, key=lambda r: (python_key(column, r), r.start), reverse=descending)
    return [r.id for r in ordered]


class Resets:
    def __init__(self, model: SessionsTableModel) -> None:
        self.count = 0
        model.modelReset.connect(self._on_model_reset)

    def _on_model_reset(self) -> None:
        self.count += 1


# -- Qt's checks --------------------------------------------------------------------------------

def test_model_passes_qts_checks_on_sample_data(demo_ctx, qtmodeltester) -> None:  # noqa: ANN001
    # Small pages, so that the checks read across page boundaries.
    model = SessionsTableModel(demo_ctx.services.sessions, demo_ctx.tz, page_size=7,
                               cached_pages=2)
    assert model.rowCount() == SAMPLE_SESSIONS
    qtmodeltester.check(model, force_py=True)
    model.sort(Column.MENTEE, Qt.SortOrder.AscendingOrder)
    model.set_types(["intro"])
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qts_checks_on_thousands_of_sessions(model, qtmodeltester) -> None:  # noqa: ANN001
    qtmodeltester.check(model)


def test_headers_name_every_column_and_children_have_no_rows(model) -> None:  # noqa: ANN001
    assert model.columnCount() == len(Column) == len(HEADERS) == len(COLUMN_SORT)
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert shown == list(HEADERS)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0


# -- paging ------------------------------------------------------------------------------------

def test_row_count_is_the_database_count_and_nothing_is_read_before_it_is_shown(
        model, big) -> None:  # noqa: ANN001
    assert model.rowCount() == TOTAL == big.sessions.count(SessionQuery())
    assert model.page_loads == 0
    assert model.cached_pages() == []


def test_far_rows_are_read_one_page_at_a_time(model, big) -> None:  # noqa: ANN001
    last = model.rowCount() - 1
    expected = big.sessions.search(SessionQuery(sort="-start"), last, 1)[0]
    assert model.index(last, Column.ID).data() == expected.id
    assert model.index(last, 0).data(RecordRole) == expected
    assert model.page_loads == 1
    assert model.cached_pages() == [last // PAGE_SIZE]
    middle = big.sessions.search(SessionQuery(sort="-start"), 1500, 1)[0]
    assert model.index(1500, Column.MENTEE).data() == middle.mentee_name
    # Every column of a row and the rows beside it come from the page already read.
    for column in Column:
        model.index(1501, column).data()
    assert model.page_loads == 2


def test_pages_are_kept_in_a_small_cache_of_the_most_recent(big) -> None:  # noqa: ANN001
    model = SessionsTableModel(big.sessions, big.sessions.timezone, page_size=100,
                               cached_pages=3)
    for page in range(6):
        model.index(page * 100, 0).data()
    assert model.cached_pages() == [3, 4, 5]
    model.index(350, 0).data()  # page 3 again: no read, and now the most recent
    assert model.page_loads == 6
    assert model.cached_pages() == [4, 5, 3]
    model.index(0, 0).data()
    assert model.page_loads == 7
    assert model.cached_pages() == [5, 3, 0]


def test_whole_table_read_through_the_model_is_every_session_once(model, everything) -> None:  # noqa: ANN001
    assert sorted(ids(model)) == sorted(r.id for r in everything)


def test_roles_the_model_does_not_serve_read_nothing(model) -> None:  # noqa: ANN001
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.SizeHintRole,
                 Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole):
        assert model.index(2500, 0).data(role) is None
    assert model.page_loads == 0
    assert model.index(TOTAL, 0).data() is None
    assert model.data(QModelIndex()) is None


# -- sorting -----------------------------------------------------------------------------------

@pytest.mark.parametrize("column", list(Column))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sort_by_each_column_matches_python(model, everything, column: Column,  # noqa: ANN001
                                            order: Qt.SortOrder) -> None:
    descending = order == Qt.SortOrder.DescendingOrder
    resets = Resets(model)
    model.sort(column, order)
    assert model.query.sort == ("-" if descending else "") + COLUMN_SORT[column]
    assert ids(model) == reference(everything, column, descending)
    assert resets.count == (0 if (column, order) == (Column.START,
                                                     Qt.SortOrder.DescendingOrder) else 1)


def test_sorting_keeps_the_filters(model, everything) -> None:  # noqa: ANN001
    model.set_types(["intro"])
    model.sort(Column.LENGTH, Qt.SortOrder.DescendingOrder)
    assert model.query.types == ("intro",)
    intros = [r for r in everything if r.type == "intro"]
    assert ids(model) == reference(intros, Column.LENGTH, True)


# -- filters -----------------------------------------------------------------------------------

def test_filter_by_type(model, everything) -> None:  # noqa: ANN001
    resets = Resets(model)
    model.set_types(["paid"])
    assert resets.count == 1
    expected = {r.id for r in everything if r.type == "paid"}
    assert model.rowCount() == len(expected) < TOTAL
    assert set(ids(model)) == expected
    model.set_types(["paid"])
    assert resets.count == 1  # the same filter again changes nothing
    model.set_types([])
    assert model.rowCount() == TOTAL


@pytest.mark.parametrize("statuses", [
    [Status.COMPLETED], [Status.CANCELLED, Status.NO_SHOW], [Status.AWAITING_CONFIRMATION],
    [Status.REQUESTED], [Status.SCHEDULED],
])
def test_filter_by_status(model, everything, statuses) -> None:  # noqa: ANN001
    model.set_statuses(statuses)
    expected = {r.id for r in everything if r.status in statuses}
    assert expected
    assert model.rowCount() == len(expected)
    assert set(ids(model)) == expected
    shown = {model.index(row, Column.STATUS).data(RecordRole).status
             for row in range(model.rowCount())}
    assert shown <= set(statuses)


def test_filter_by_an_expired_request(big, model, clock) -> None:  # noqa: ANN001
    request = big.sessions.search(SessionQuery(statuses=(Status.REQUESTED,), sort="start"))[0]
    clock.set(request.start + timedelta(minutes=1))
    model.set_statuses([Status.EXPIRED])
    assert ids(model) == [request.id]
    assert model.index(0, Column.STATUS).data() == "Expired"


def test_filter_by_mentee(model, everything) -> None:  # noqa: ANN001
    model.set_mentee("u-103")
    expected = {r.id for r in everything if r.mentee_id == "u-103"}
    assert expected and set(ids(model)) == expected
    assert {model.index(r, Column.MENTEE).data() for r in range(model.rowCount())} == {
        "Aiko Tanaka"}
    model.set_mentee(None)
    assert model.rowCount() == TOTAL


def test_filter_by_text(model, everything) -> None:  # noqa: ANN001
    resets = Resets(model)
    model.set_text("  PRIYA ")
    assert model.query.text == "PRIYA"
    expected = {r.id for r in everything if "priya" in r.mentee_name.lower()}
    assert expected and set(ids(model)) == expected
    model.set_text("no such words")
    assert model.rowCount() == 0
    assert model.index(0, 0).data() is None
    assert resets.count == 2


def test_a_keystroke_counts_and_reads_the_page_shown_and_nothing_else(model, big) -> None:  # noqa: ANN001
    """A search keystroke is one COUNT (after a look at whether the desk's mentor is the
    database's only one, which spares the count a read of each match's document), then the page
    the view paints: no bundle and no setting is read again (they do not change with what is
    typed)."""
    from sqlalchemy import event

    seen: list[str] = []

    def on_execute(*args: object) -> None:
        if args[2] != "BEGIN":  # each unit of work opens with one
            seen.append(str(args[2]).lower())

    event.listen(big.engine, "before_cursor_execute", on_execute)
    model.set_text("priya")
    assert model.rowCount() > 0 and len(seen) == 2, seen
    assert " ".join(seen[0].split()).startswith("select mentor.id from mentor limit"), seen
    assert "count(" in seen[1], seen
    assert "join" not in seen[1], seen
    assert "priya" in model.index(0, Column.MENTEE).data().lower()
    # The page: its ids from the index, then their rows.
    assert len(seen) == 4, seen
    assert not any("from bundle" in s or "setting" in s for s in seen), seen


def test_a_bundle_tooltip_reads_that_bundle_once_and_again_after_a_change(big, model) -> None:  # noqa: ANN001
    model.set_types(["paid"])
    model.set_mentee("u-100")
    row = next(row for row in range(model.rowCount())
               if model.index(row, Column.BUNDLE).data())
    bundle = big.sessions.bundle(model.index(row, Column.BUNDLE).data())
    shown = f"{bundle.sessions_used} of {bundle.sessions_total} sessions used"
    assert as_shown(model.index(row, Column.BUNDLE).data(Qt.ItemDataRole.ToolTipRole)) == shown
    scheduled = big.sessions.search(SessionQuery(mentee_id="u-100", types=("paid",),
                                                 statuses=(Status.AWAITING_CONFIRMATION,)))
    mine = next(r for r in scheduled if r.bundle_id == bundle.id)
    big.sessions.confirm(mine.id, "held")
    model.set_text("")  # a new query: the tooltip's bundle is still the one read before
    model.refresh()  # a change: read again
    row = next(row for row in range(model.rowCount())
               if model.index(row, Column.BUNDLE).data() == bundle.id)
    assert as_shown(model.index(row, Column.BUNDLE).data(Qt.ItemDataRole.ToolTipRole)) == (
        f"{bundle.sessions_used + 1} of {bundle.sessions_total} sessions used")


def test_filter_by_range_of_days(model, everything) -> None:  # noqa: ANN001
    tz = zone(demo.MENTOR["timezone"])
    first = NOW.astimezone(tz).date() - timedelta(days=400)
    start_from = local_midnight(first, tz)
    start_before = local_midnight(first + timedelta(days=31), tz)
    model.set_range(start_from, start_before)
    expected = {r.id for r in everything if start_from <= r.start < start_before}
    assert expected and set(ids(model)) == expected
    model.set_range(None, start_before)
    assert model.rowCount() == len([r for r in everything if r.start < start_before])


def test_filters_combine_and_clear_in_one_reset(model, everything) -> None:  # noqa: ANN001
    model.sort(Column.MENTEE, Qt.SortOrder.AscendingOrder)
    model.set_types(["paid"])
    model.set_statuses([Status.COMPLETED])
    model.set_mentee("u-101")
    expected = [r for r in everything if r.type == "paid" and r.status == Status.COMPLETED
                and r.mentee_id == "u-101"]
    assert ids(model) == reference(expected, Column.MENTEE, False)
    assert model.is_filtered()
    resets = Resets(model)
    model.clear_filters()
    assert resets.count == 1
    assert not model.is_filtered()
    assert model.rowCount() == TOTAL
    assert model.query.sort == "mentee"


# -- what the cells say ------------------------------------------------------------------------

def test_cells_read_in_the_mentors_zone_with_outcome_reason_and_bundle(demo_ctx) -> None:  # noqa: ANN001
    sessions = demo_ctx.services.sessions
    awaiting = sessions.search(SessionQuery(statuses=(Status.AWAITING_CONFIRMATION,)))
    intro = next(r for r in awaiting if r.type == "intro")
    sessions.confirm(intro.id, "held", "approve")
    model = SessionsTableModel(sessions, demo_ctx.tz)
    model.set_text(intro.id)
    assert model.rowCount() == 1
    local = intro.start.astimezone(zone("Europe/Berlin"))
    assert model.index(0, Column.START).data() == (
        f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M}")
    assert model.index(0, Column.LENGTH).data() == "20 min"
    assert model.index(0, Column.STATUS).data() == "Held"
    assert model.index(0, Column.OUTCOME).data() == "Held · Approved to continue"
    assert model.index(0, Column.TYPE).data() == "Intro"

    model.set_text("Java mentor")
    assert model.index(0, Column.REASON).data() == "Looking for a Java mentor; I coach Python."
    assert model.index(0, Column.STATUS).data() == "Rejected"

    model.set_text("")
    model.set_types(["paid"])
    model.set_mentee("u-100")
    bundle = sessions.bundle("b-1")
    assert model.index(0, Column.BUNDLE).data() == "b-1"
    assert as_shown(model.index(0, Column.BUNDLE).data(Qt.ItemDataRole.ToolTipRole)) == (
        f"{bundle.sessions_used} of {bundle.sessions_total} sessions used")
    assert "Ends" in as_shown(model.index(0, Column.START).data(Qt.ItemDataRole.ToolTipRole))


def test_refresh_keeps_the_rows_when_the_count_holds_and_resets_when_not(demo_ctx, qtbot) -> None:  # noqa: ANN001
    sessions = demo_ctx.services.sessions
    model = SessionsTableModel(sessions, demo_ctx.tz)
    request = sessions.search(SessionQuery(statuses=(Status.REQUESTED,)))[0]
    model.set_text(request.id)
    assert model.index(0, Column.STATUS).data() == "Requested"
    sessions.accept(request.id)
    resets = Resets(model)
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.refresh()
    assert resets.count == 0
    assert model.index(0, Column.STATUS).data() == "Scheduled"

    model.set_text("")
    model.set_statuses([Status.REQUESTED])
    before = model.rowCount()
    other = model.index(0, 0).data(IdRole)
    sessions.reject(other, "Spam.")
    resets = Resets(model)
    model.refresh()
    assert resets.count == 1
    assert model.rowCount() == before - 1


def test_the_status_column_marks_sessions_the_platform_has_not_confirmed(demo_ctx) -> None:  # noqa: ANN001
    from tests.services.builders import book_here

    mine = book_here(demo_ctx.services)
    model = SessionsTableModel(demo_ctx.services.sessions, demo_ctx.tz)
    rows = {model.index(r, 0).data(IdRole): r for r in range(model.rowCount())}
    status = model.index(rows[mine.id], Column.STATUS)
    assert status.data() == "Scheduled · not yet on the platform"
    assert as_shown(status.data(Qt.ItemDataRole.ToolTipRole)) == \
        f"Booked here as {mine.id}; no export from the platform has confirmed it yet"
    other = model.index(next(r for i, r in rows.items() if i != mine.id), Column.STATUS)
    assert "platform" not in other.data()
    assert other.data(Qt.ItemDataRole.ToolTipRole) is None
