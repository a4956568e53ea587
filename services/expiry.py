"""When a session's stored status is not the whole truth: a request expires at its start minute,
a scheduled session waits for confirmation from its end. One definition, in Python and in SQL,
so that a list, a filter, a count and a rule never disagree about the same minute."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, case

from services.models import Session
from services.records import Status


def expired(row: Session, now: datetime) -> bool:
    return _expired(row.status, row.start_utc, now)


def _expired(status: str, start: datetime, now: datetime) -> bool:
    return status == Status.REQUESTED and now >= start


def expired_sql(now: datetime) -> Any:
    """`expired` as an SQL condition."""
    return and_(Session.status == Status.REQUESTED, Session.start_utc <= now)


def open_request_sql(now: datetime) -> Any:
    """A request still waiting for the mentor's answer: its start has not come."""
    return and_(Session.status == Status.REQUESTED, Session.start_utc > now)


def derived_status(row: Session, now: datetime) -> str:
    return status_at(row.status, row.start_utc, row.end_utc, now)


def status_at(status: str, start: datetime, end: datetime, now: datetime) -> str:
    """`derived_status` of a session read as plain values (a page of the history)."""
    if _expired(status, start, now):
        return Status.EXPIRED
    if status == Status.SCHEDULED and now >= end:
        return Status.AWAITING_CONFIRMATION
    return status


def status_expression(now: datetime) -> Any:
    """`derived_status` as SQL, so that filters and sorts run in the database."""
    return case(
        (expired_sql(now), Status.EXPIRED.value),
        (and_(Session.status == Status.SCHEDULED, Session.end_utc <= now),
         Status.AWAITING_CONFIRMATION.value),
        else_=Session.status,
    )
