"""Argument types of the command line: a value of the wrong form is a usage error (exit 2)."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from services.timefmt import WEEKDAYS, is_known_zone, parse_hhmm, parse_instant


def instant_arg(text: str) -> str:
    """Checked now for its form; read later in the mentor's zone if it carries no offset."""
    try:
        datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO 8601 time") from None
    return text


def now_arg(text: str) -> datetime:
    try:
        return parse_instant(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 time with an offset (e.g. 2026-03-02T09:00:00Z)"
        ) from None


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def hhmm_arg(text: str) -> int:
    try:
        return parse_hhmm(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return value


def weekday_arg(text: str) -> int:
    key = text.strip().lower()[:3]
    if key not in WEEKDAYS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a weekday (mon..sun)")
    return WEEKDAYS.index(key)


def zone_arg(text: str) -> str:
    if not is_known_zone(text):
        raise argparse.ArgumentTypeError(
            f"{text} is not a known time zone (an IANA name, e.g. Europe/Berlin)")
    return text
