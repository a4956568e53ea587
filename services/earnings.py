"""What the work earns: each held paid session's share of its bundle, less the platform's
commission at the rate in force when it was counted; per month, per bundle, and as CSV.

The rule: a paid session confirmed as held (status completed) on a bundle with a price earns the
bundle's price divided by its sessions; the platform keeps its commission (a setting, 12.5 % of
that share by default) and the rest is the mentor's. No-shows of either side, intros, cancelled
and rejected sessions earn nothing, as they use no session of a bundle. Amounts are whole cents,
halves rounded up; currencies are never added together.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, func, insert, select
from sqlalchemy.orm import Session as DB

from services import policy
from services.errors import RuleViolation
from services.files import write_atomically
from services.models import Bundle, Earning, Mentee, Session
from services.records import BundleEarnings, Change, MonthEarnings, Status, cents
from services.scope import writing_mentor
from services.store import (
    ServiceBase,
    chunks,
    get_setting,
    home_zone_name,
    insert_many,
    put_setting,
    zone_or_utc,
)

COMMISSION_SETTING = "commission_bp"
CSV_HEADER = ("date", "time", "session_id", "type", "mentee_id", "mentee", "status", "bundle_id",
              "currency", "gross", "commission_percent", "commission", "net")
# A spreadsheet reads a cell starting with one of these as a formula (or, for tab and carriage
# return, shifts it): such text is written with a leading apostrophe, as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The sessions a year's CSV lists: those that took place or were due to.
CSV_STATUSES = (Status.COMPLETED, Status.NO_SHOW, Status.MENTOR_NO_SHOW)


def share_cents(price_cents: int, sessions_total: int) -> int:
    """One session's share of a bundle: its price divided by its sessions, to the cent."""
    return int((Decimal(price_cents) / Decimal(sessions_total))
               .quantize(Decimal(1), rounding=ROUND_HALF_UP))


def commission_cents(gross_cents: int, rate_bp: int) -> int:
    return int((Decimal(gross_cents) * rate_bp / 10_000).quantize(Decimal(1),
                                                                  rounding=ROUND_HALF_UP))


def percent(rate_bp: int) -> str:
    """Hundredths of a percent as people write a percentage: 1250 -> "12.5"."""
    return format(Decimal(rate_bp) / 100, "f").rstrip("0").rstrip(".") if rate_bp % 100 \
        else str(rate_bp // 100)


def parse_percent(text: str) -> int:
    """"12.5" (or "12,5", "12.5 %") as hundredths of a percent, within 0 to 100 %."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise RuleViolation("bad_amount", what="the commission", value=text) from None
    if not value.is_finite():
        raise RuleViolation("bad_amount", what="the commission", value=text)
    rate = int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if not 0 <= rate <= policy.COMMISSION_MAX_BP:
        raise RuleViolation("commission_out_of_range",
                            max_percent=percent(policy.COMMISSION_MAX_BP), percent=cleaned)
    return rate


def commission_rate(db: DB) -> int:
    stored = get_setting(db, COMMISSION_SETTING)
    return int(stored) if stored is not None else policy.COMMISSION_DEFAULT_BP


def record_earnings(db: DB, now: datetime, session_ids: tuple[str, ...] | None = None) -> None:
    """Keep the earnings in step with the sessions: a paid session held on a priced bundle gets
    its figure (at the rate in force now) if it has none; a session no longer held loses its
    figure. With `session_ids`, only those sessions are looked at."""
    rate = commission_rate(db)
    scopes: list[Any] = [None] if session_ids is None else list(chunks(list(session_ids)))
    for scope in scopes:
        gone = select(Session.id).where(Session.id == Earning.session_id,
                                        Session.status == Status.COMPLETED, Session.type == "paid")
        stale = delete(Earning).where(~exists(gone))
        if scope is not None:
            stale = stale.where(Earning.session_id.in_(scope))
        db.execute(stale)
        held = (select(Session.id, Session.bundle_id, Bundle.price_cents, Bundle.sessions_total,
                       Bundle.currency)
                .join(Bundle, Bundle.id == Session.bundle_id)
                .where(Session.type == "paid", Session.status == Status.COMPLETED,
                       Bundle.price_cents.is_not(None), Bundle.currency.is_not(None),
                       ~exists().where(Earning.session_id == Session.id)))
        if scope is not None:
            held = held.where(Session.id.in_(scope))
        # An import records tens of thousands at once: each price's figures are worked out
        # once (`_amounts` keeps them), and the rows go in in one executemany.
        rows = [_figure(sid, bundle_id, currency, _amounts(price, total, rate), rate, now)
                for sid, bundle_id, price, total, currency in db.execute(held)]
        if rows:
            mentor = writing_mentor(db)
            for row in rows:
                row["mentor_id"] = mentor
            insert_many(db, Earning.__table__, rows)


def earn(db: DB, session: Session, now: datetime) -> None:
    """The figure of one paid session just confirmed as held (with its bundle loaded), at the
    rate in force now: what `record_earnings` would write, in two statements instead of four.
    A session being confirmed has no figure yet (one that stops being held loses its own)."""
    bundle = session.bundle
    if bundle is None or bundle.price_cents is None or not bundle.currency:
        return
    rate = commission_rate(db)
    amounts = _amounts(bundle.price_cents, bundle.sessions_total, rate)
    db.execute(insert(Earning), [{**_figure(session.id, bundle.id, bundle.currency, amounts,
                                            rate, now), "mentor_id": session.mentor_id}])


def _figure(session_id: str, bundle_id: str, currency: str, amounts: tuple[int, int],
            rate_bp: int, now: datetime) -> dict[str, Any]:
    gross, fee = amounts
    return {"session_id": session_id, "bundle_id": bundle_id, "currency": currency,
            "gross_cents": gross, "commission_bp": rate_bp, "commission_cents": fee,
            "net_cents": gross - fee, "recorded_at": now}


@lru_cache(maxsize=1024)
def _amounts(price_cents: int, sessions_total: int, rate_bp: int) -> tuple[int, int]:
    """(gross, commission) of one session of a bundle (a bundle's sessions share them)."""
    gross = share_cents(price_cents, sessions_total)
    return gross, commission_cents(gross, rate_bp)


def formula_safe(value: object) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class EarningsService(ServiceBase):
    # -- the rate ------------------------------------------------------------------------------

    def commission_rate(self) -> int:
        """The commission in force, in hundredths of a percent."""
        with self._factory() as db:
            return commission_rate(db)

    def set_commission_rate(self, rate_bp: int | None) -> int:
        """Count sessions held from now on at `rate_bp` (None: the platform's default); figures
        already counted keep theirs."""
        if rate_bp is not None and not 0 <= rate_bp <= policy.COMMISSION_MAX_BP:
            raise RuleViolation("commission_out_of_range",
                                max_percent=percent(policy.COMMISSION_MAX_BP),
                                percent=percent(rate_bp))
        with self._writing() as db:
            put_setting(db, COMMISSION_SETTING, None if rate_bp is None else str(rate_bp))
        rate = policy.COMMISSION_DEFAULT_BP if rate_bp is None else rate_bp
        self._hub.emit(Change(settings=True, earnings=True,
                              summary=f"commission {percent(rate)} %"))
        return rate

    # -- reading -------------------------------------------------------------------------------

    def months(self, first: date | None = None, last: date | None = None) -> list[MonthEarnings]:
        """Per month of the mentor's calendar and per currency, oldest first; with `first` and
        `last` (first days of months), only those months, each of them listed in every
        currency met even when nothing was earned, so that a chart has no gaps."""
        now = self.now()
        with self._factory() as db:
            tz = zone_or_utc(home_zone_name(db))
            rate = commission_rate(db)
            found: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0] * 6)
            earned = (select(Session.start_utc, Earning.currency, Earning.gross_cents,
                             Earning.commission_cents, Earning.net_cents)
                      .join(Session, Session.id == Earning.session_id))
            for start, currency, gross, fee, net in db.execute(earned):
                figures = found[_month(start, tz), currency]
                figures[0] += 1
                figures[1] += gross
                figures[2] += fee
                figures[3] += net
            waiting = (select(Session.start_utc, Bundle.price_cents, Bundle.sessions_total,
                              Bundle.currency)
                       .join(Bundle, Bundle.id == Session.bundle_id)
                       .where(Session.type == "paid", Session.status == Status.SCHEDULED,
                              Session.end_utc <= now, Bundle.price_cents.is_not(None),
                              Bundle.currency.is_not(None)))
            for start, price, total, currency in db.execute(waiting):
                gross = share_cents(price, total)
                figures = found[_month(start, tz), currency]
                figures[4] += 1
                figures[5] += gross - commission_cents(gross, rate)
        if first is not None and last is not None:
            currencies = {currency for _month_start, currency in found}
            for month in month_range(first, last):
                for currency in currencies:
                    found[month, currency]  # noqa: B018 - a month with nothing is listed too
            found = {key: value for key, value in found.items() if first <= key[0] <= last}
        return [MonthEarnings(month, currency, *figures)
                for (month, currency), figures in sorted(found.items())]

    def month(self, month: date) -> list[MonthEarnings]:
        return self.months(month, month)

    def last_twelve_months(self) -> list[MonthEarnings]:
        """This month of the mentor's and the eleven before it, in every currency earned."""
        with self._factory() as db:
            this = _month(self.now(), zone_or_utc(home_zone_name(db)))
        return self.months(add_months(this, -11), this)

    def bundles(self) -> list[BundleEarnings]:
        """Every priced bundle: value, used, remaining and refunded, in its own currency."""
        with self._factory() as db:
            net = dict(db.execute(select(Earning.bundle_id, func.sum(Earning.net_cents))
                                  .group_by(Earning.bundle_id)).all())
            rows = db.execute(
                select(Bundle, Mentee.name).join(Mentee, Mentee.id == Bundle.mentee_id)
                .where(Bundle.price_cents.is_not(None), Bundle.currency.is_not(None))
                .order_by(Bundle.purchased_at, Bundle.id)).all()
            return [_bundle_earnings(b, name, net.get(b.id, 0)) for b, name in rows]

    def export_csv(self, year: int, path: str | Path) -> int:
        """Write the year's sessions (those held or missed, in the mentor's calendar year) with
        what each earned, as UTF-8 CSV with a header; returns the sessions written."""
        data = self.csv_text(year)
        write_atomically(Path(path), data.encode("utf-8"))
        return data.count("\n") - 1

    def csv_text(self, year: int) -> str:
        from services.timefmt import local_wall

        with self._factory() as db:
            tz = zone_or_utc(home_zone_name(db))
            start = local_wall(date(year, 1, 1), 0, tz)
            end = local_wall(date(year + 1, 1, 1), 0, tz)
            rows = db.execute(
                select(Session, Mentee.name, Earning)
                .join(Mentee, Mentee.id == Session.mentee_id)
                .outerjoin(Earning, Earning.session_id == Session.id)
                .where(Session.start_utc >= start, Session.start_utc < end,
                       Session.status.in_(CSV_STATUSES))
                .order_by(Session.start_utc, Session.id)).all()
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(CSV_HEADER)
            for session, name, earning in rows:
                local = session.start_utc.astimezone(tz)
                money: list[object] = ["", "", "", "", ""]
                if earning is not None:
                    money = [earning.currency, cents(earning.gross_cents),
                             percent(earning.commission_bp), cents(earning.commission_cents),
                             cents(earning.net_cents)]
                writer.writerow([
                    local.date().isoformat(), local.strftime("%H:%M"),
                    formula_safe(session.id), session.type, formula_safe(session.mentee_id),
                    formula_safe(name), session.status, formula_safe(session.bundle_id),
                    *(formula_safe(value) for value in money)])
            return out.getvalue()


def _bundle_earnings(b: Bundle, mentee_name: str, net: int) -> BundleEarnings:
    value = b.price_cents or 0
    used = min(value, share_cents(value, b.sessions_total) * b.sessions_used)
    refunded = value - used if b.status == "refunded" else 0
    return BundleEarnings(bundle_id=b.id, mentee_id=b.mentee_id, mentee_name=mentee_name,
                          status=b.status, currency=b.currency or "",
                          sessions_total=b.sessions_total, sessions_used=b.sessions_used,
                          value_cents=value, used_cents=used,
                          remaining_cents=value - used - refunded, refunded_cents=refunded,
                          net_cents=net)


def _month(instant: datetime, tz: Any) -> date:
    return instant.astimezone(tz).date().replace(day=1)


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def month_range(first: date, last: date) -> list[date]:
    months, month = [], first.replace(day=1)
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    return months

