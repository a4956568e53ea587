"""The availability page's item models, fed with records."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from desktop.models.availability_model import (
    DaysOffModel,
    PreviewColumn,
    SlotPreviewModel,
    WindowColumn,
    WindowsTableModel,
    preview_days,
)
from desktop.models.roles import IdRole, RecordRole
from services.records import DayOffRecord, Slot, WindowRecord
from services.timefmt import zone

WINDOWS = [WindowRecord(1, "intro", 0, 9 * 60, 12 * 60),
           WindowRecord(2, "paid", 4, 13 * 60 + 30, 24 * 60)]
BERLIN = zone("Europe/Berlin")


def test_windows_model(qtmodeltester) -> None:
    model = WindowsTableModel()
    qtmodeltester.check(model)
    model.set_records(WINDOWS)
    qtmodeltester.check(model)

    assert model.rowCount() == 2 and model.columnCount() == len(WindowColumn)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in WindowColumn] == [
        "Type", "Day", "From", "To"]
    assert [model.index(1, c).data() for c in WindowColumn] == ["Paid", "Friday", "13:30", "24:00"]
    assert model.index(1, WindowColumn.KIND).data(IdRole) == 2
    assert model.index(0, WindowColumn.TO).data(RecordRole) == WINDOWS[0]
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Intro Mon 09:00–12:00"
    assert model.row_of(2) == 1 and model.row_of(99) == -1
    assert model.rowCount(model.index(0, 0)) == 0


def test_days_off_model(qtmodeltester) -> None:
    model = DaysOffModel()
    model.set_records([DayOffRecord(1, date(2026, 3, 13), "Conference"),
                       DayOffRecord(2, date(2026, 4, 6), "")])
    qtmodeltester.check(model)

    assert [model.index(r, 0).data() for r in range(2)] == [
        "Fri 13 Mar 2026 — Conference", "Mon 6 Apr 2026"]
    assert model.index(1, 0).data(IdRole) == "2026-04-06"
    assert model.row_of(date(2026, 4, 6)) == 1


def test_preview_groups_slots_by_local_day_and_kind() -> None:
    def at(text: str) -> datetime:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)

    slots = [Slot(at("2026-03-29T07:00"), at("2026-03-29T07:20"), "intro"),  # 09:00 CEST
             Slot(at("2026-03-28T08:20"), at("2026-03-28T08:40"), "intro"),  # 09:20 CET
             Slot(at("2026-03-28T08:00"), at("2026-03-28T08:20"), "intro"),  # 09:00 CET
             Slot(at("2026-03-28T13:00"), at("2026-03-28T14:00"), "paid"),   # 14:00 CET
             Slot(at("2026-03-29T22:30"), at("2026-03-29T23:30"), "paid")]   # 00:30 on the 30th
    rows = preview_days(date(2026, 3, 28), 4, slots,
                        [DayOffRecord(1, date(2026, 3, 31), "Holiday")], BERLIN)

    assert [r.day for r in rows] == [date(2026, 3, 28) + timedelta(days=i) for i in range(4)]
    assert rows[0].starts == {"intro": ("09:00", "09:20"), "paid": ("14:00",)}
    assert rows[1].starts == {"intro": ("09:00",), "paid": ()}
    assert rows[2].starts == {"intro": (), "paid": ("00:30",)}
    assert rows[3].day_off == "Holiday"


def test_slot_preview_model(qtmodeltester) -> None:
    model = SlotPreviewModel()
    qtmodeltester.check(model)
    slots = [Slot(datetime(2026, 3, 4, 8, m, tzinfo=UTC), datetime(2026, 3, 4, 8, m + 20,
                                                                  tzinfo=UTC), "intro")
             for m in (0, 20)]
    model.set_days(preview_days(date(2026, 3, 4), 3, slots,
                                [DayOffRecord(1, date(2026, 3, 6), "")], BERLIN))
    qtmodeltester.check(model)

    assert [model.index(0, c).data() for c in PreviewColumn] == ["Wed 4 Mar", "09:00, 09:20", "—"]
    assert model.index(2, PreviewColumn.PAID).data() == "Day off"
    assert model.total("intro") == 2 and model.total("paid") == 0
