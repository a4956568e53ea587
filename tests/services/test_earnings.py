"""Earnings: a held paid session's share of its bundle less the commission in force when it was
counted; per month of the mentor's calendar, per bundle, never mixing currencies; the CSV."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from services.earnings import commission_cents, parse_percent, percent, share_cents
from services.errors import RuleViolation
from tests.services.builders import BERLIN, bundle, export, local, mentee, paid


def priced(ident: str, mentee_id: str, total: int, price: int | None, currency: str | None,
           **extra: object) -> dict:
    item = bundle(ident, mentee_id, total, **extra)
    if price is not None:
        item["price_cents"] = price
    if currency is not None:
        item["currency"] = currency
    return item


def test_a_share_is_the_price_over_the_sessions_to_the_cent_halves_up() -> None:
    assert share_cents(36000, 4) == 9000
    assert share_cents(10000, 3) == 3333        # 33.333…
    assert share_cents(20000, 3) == 6667        # 66.666…
    assert share_cents(5, 2) == 3               # 2.5 -> 3
    assert commission_cents(9000, 1250) == 1125
    assert commission_cents(4, 1250) == 1       # 0.5 -> 1
    assert commission_cents(3, 1250) == 0       # 0.375 -> 0


def test_the_commission_is_read_as_people_write_it() -> None:
    assert parse_percent("12.5") == 1250
    assert parse_percent("12,5 %") == 1250
    assert parse_percent("0") == 0 and parse_percent("100") == 10_000
    assert percent(1250) == "12.5" and percent(1500) == "15" and percent(1225) == "12.25"
    for bad in ("100.01", "-0.01", "abc", "nan", "inf"):
        with pytest.raises(RuleViolation):
            parse_percent(bad)


def february(services) -> tuple[int, int, int, int]:
    """February 2026 in euros: sessions held, net, sessions waiting and their net (zeros when
    the month has nothing)."""
    found = [(m.sessions, m.net_cents, m.waiting_sessions, m.waiting_net_cents)
             for m in services.earnings.month(date(2026, 2, 1)) if m.currency == "EUR"]
    return found[0] if found else (0, 0, 0, 0)


def held_export(status: str = "completed", price: int | None = 36000,
                currency: str | None = "EUR") -> dict:
    return export(BERLIN, bundles=[priced("b-1", "u-1", 4, price, currency)],
                  sessions=[paid("p-1", "u-1", "b-1", "2026-02-10T10:00:00Z", status)])


def test_a_held_paid_session_earns_its_share_less_the_commission(services) -> None:
    services.importer.import_document(held_export())
    [month] = services.earnings.month(date(2026, 2, 1))
    assert (month.currency, month.sessions, month.gross_cents, month.commission_cents,
            month.net_cents) == ("EUR", 1, 9000, 1125, 7875)


@pytest.mark.parametrize("status", ["no_show", "cancelled", "scheduled"])
def test_a_no_show_or_a_session_not_held_earns_nothing(services, status) -> None:
    services.importer.import_document(held_export(status))
    assert all(m.sessions == 0 and m.net_cents == 0 for m in services.earnings.months())


def test_a_bundle_without_a_price_earns_nothing(services) -> None:
    services.importer.import_document(held_export(price=None))
    assert services.earnings.months() == [] and services.earnings.bundles() == []


@pytest.mark.parametrize("outcome,earns", [("held", True), ("mentee_no_show", False),
                                           ("mentor_no_show", False)])
def test_confirming_earns_only_when_held_and_undo_takes_it_back(services, clock, outcome,
                                                                 earns) -> None:
    services.importer.import_document(held_export("scheduled"))
    clock.set("2026-02-10T11:00:00Z")
    assert february(services) == (0, 0, 1, 7875)
    services.sessions.confirm("p-1", outcome)
    assert february(services) == ((1, 7875, 0, 0) if earns else (0, 0, 0, 0))
    services.sessions.undo_last()
    assert february(services) == (0, 0, 1, 7875)


def test_a_session_waits_from_its_end_not_a_minute_before(services, clock) -> None:
    services.importer.import_document(held_export("scheduled"))
    clock.set("2026-02-10T10:59:00Z")
    assert february(services) == (0, 0, 0, 0)
    clock.set("2026-02-10T11:00:00Z")
    assert february(services) == (0, 0, 1, 7875)


def test_changing_the_commission_never_rewrites_what_was_counted(services, clock) -> None:
    services.importer.import_document(export(
        BERLIN, bundles=[priced("b-1", "u-1", 4, 36000, "EUR")],
        sessions=[paid("p-1", "u-1", "b-1", "2026-02-10T10:00:00Z", "completed"),
                  paid("p-2", "u-1", "b-1", "2026-02-17T10:00:00Z")]))
    assert services.earnings.set_commission_rate(2000) == 2000
    clock.set("2026-02-17T11:00:00Z")
    services.sessions.confirm("p-2", "held")
    [month] = services.earnings.month(date(2026, 2, 1))
    assert (month.sessions, month.commission_cents, month.net_cents) == (2, 1125 + 1800,
                                                                         7875 + 7200)
    rates = {row[10] for row in csv.reader(io.StringIO(services.earnings.csv_text(2026)))}
    assert rates == {"commission_percent", "12.5", "20"}
    assert services.earnings.set_commission_rate(None) == 1250
    with pytest.raises(RuleViolation):
        services.earnings.set_commission_rate(10_001)


@pytest.mark.parametrize("wall,month", [("2026-03-31T23:59", date(2026, 3, 1)),
                                        ("2026-04-01T00:00", date(2026, 4, 1)),
                                        ("2026-10-31T23:59", date(2026, 10, 1)),
                                        ("2026-11-01T00:00", date(2026, 11, 1))])
def test_a_month_is_the_mentors_own_across_summer_time(services, wall, month) -> None:
    start = local(BERLIN, wall)
    services.importer.import_document(export(
        BERLIN, bundles=[priced("b-1", "u-1", 4, 36000, "EUR")],
        sessions=[paid("p-1", "u-1", "b-1", start, "completed", minutes=15)]))
    assert [(m.month, m.sessions) for m in services.earnings.months()] == [(month, 1)]


def test_currencies_are_never_added_together_and_empty_months_are_listed(services) -> None:
    services.importer.import_document(export(
        BERLIN, mentees=[mentee("u-1"), mentee("u-2")],
        bundles=[priced("b-1", "u-1", 4, 36000, "EUR"), priced("b-2", "u-2", 2, 25000, "USD")],
        sessions=[paid("p-1", "u-1", "b-1", "2026-01-10T10:00:00Z", "completed"),
                  paid("p-2", "u-2", "b-2", "2026-01-11T10:00:00Z", "completed"),
                  paid("p-3", "u-2", "b-2", "2026-03-11T10:00:00Z", "completed")]))
    found = {(m.month, m.currency): (m.sessions, m.gross_cents)
             for m in services.earnings.months(date(2026, 1, 1), date(2026, 3, 1))}
    assert found == {
        (date(2026, 1, 1), "EUR"): (1, 9000), (date(2026, 1, 1), "USD"): (1, 12500),
        (date(2026, 2, 1), "EUR"): (0, 0), (date(2026, 2, 1), "USD"): (0, 0),
        (date(2026, 3, 1), "EUR"): (0, 0), (date(2026, 3, 1), "USD"): (1, 12500)}
    twelve = {m.month for m in services.earnings.last_twelve_months()}
    assert len(twelve) == 12
    assert (min(twelve), max(twelve)) == (date(2025, 4, 1), date(2026, 3, 1))


def test_per_bundle_value_used_remaining_and_refunded(services) -> None:
    services.importer.import_document(export(
        BERLIN, mentees=[mentee("u-1"), mentee("u-2")],
        bundles=[priced("b-1", "u-1", 4, 36000, "EUR", used=1),
                 priced("b-2", "u-2", 3, 10000, "USD", used=1, status="refunded")],
        sessions=[paid("p-1", "u-1", "b-1", "2026-01-10T10:00:00Z", "completed"),
                  paid("p-2", "u-2", "b-2", "2026-01-11T10:00:00Z", "completed")]))
    found = {b.bundle_id: b for b in services.earnings.bundles()}
    one, two = found["b-1"], found["b-2"]
    assert (one.currency, one.value_cents, one.used_cents, one.remaining_cents,
            one.refunded_cents, one.net_cents) == ("EUR", 36000, 9000, 27000, 0, 7875)
    assert (two.currency, two.value_cents, two.used_cents, two.remaining_cents,
            two.refunded_cents) == ("USD", 10000, 3333, 0, 6667)


def test_a_later_export_that_no_longer_reports_a_session_held_stops_its_earning(services) -> None:
    services.importer.import_document(held_export())
    assert february(services) == (1, 7875, 0, 0)
    later = held_export("no_show")
    later["exported_at"] = "2026-03-01T10:00:00Z"
    services.importer.import_document(later)
    assert february(services) == (0, 0, 0, 0)


def test_the_csv_is_utf8_with_a_header_and_safe_against_formulas(services, tmp_path) -> None:
    names = ["=HYPERLINK(\"x\")", "+1 555", "-2+3", "@SUM(A1)", "Tomás Silva"]
    services.importer.import_document(export(
        BERLIN, mentees=[mentee(f"u-{i}", name) for i, name in enumerate(names)],
        bundles=[priced(f"b-{i}", f"u-{i}", 4, 36000, "EUR") for i in range(len(names))],
        sessions=[paid(f"p-{i}", f"u-{i}", f"b-{i}", local(BERLIN, f"2026-01-0{i + 1}T10:00"),
                       "completed") for i in range(len(names))]
        + [paid("p-before", "u-4", "b-4", local(BERLIN, "2025-12-31T23:00"), "completed"),
           paid("p-last", "u-4", "b-4", local(BERLIN, "2026-12-31T23:00"), "completed")]))
    out = tmp_path / "2026.csv"
    assert services.earnings.export_csv(2026, out) == len(names) + 1
    raw = out.read_bytes()
    assert raw.startswith(b"date,time,session_id,")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert [r["mentee"] for r in rows] == ["'=HYPERLINK(\"x\")", "'+1 555", "'-2+3",
                                           "'@SUM(A1)", "Tomás Silva", "Tomás Silva"]
    assert [r["session_id"] for r in rows][-1] == "p-last"
    assert rows[0]["gross"] == "90.00" and rows[0]["net"] == "78.75"
    assert rows[0]["commission_percent"] == "12.5" and rows[0]["currency"] == "EUR"


def test_the_sample_data_earns_in_each_of_the_last_twelve_months_in_two_currencies(
        fixed) -> None:
    from services import demo

    demo.install(fixed)
    months = fixed.earnings.last_twelve_months()
    assert {m.currency for m in months} == {"EUR", "USD"}
    assert len({m.month for m in months if m.sessions}) == 12
