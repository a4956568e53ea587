"""How times, spans and statuses read on screen (translatable)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication

from services.plaintext import one_line
from services.records import BundleRecord
from services.timefmt import WEEKDAY_NAMES, zone


def tr(text: str) -> str:
    return QCoreApplication.translate("Mentor Desk", text)


STATUS_TEXT = {
    "requested": "Requested", "scheduled": "Scheduled",
    "awaiting_confirmation": "Awaiting confirmation", "completed": "Held",
    "no_show": "Mentee no-show", "mentor_no_show": "Mentor no-show", "cancelled": "Cancelled",
    "rejected": "Rejected", "expired": "Expired",
}
TYPE_TEXT = {"intro": "Intro", "paid": "Paid"}
OUTCOME_TEXT = {"held": "Held", "mentee_no_show": "Mentee no-show",
                "mentor_no_show": "Mentor no-show"}
DECISION_TEXT = {"approve": "Approved to continue", "reject": "Not continuing"}


def escaped(text: str | None) -> str | None:
    """`text` as rich text that shows it exactly, for places where Qt takes text that looks like
    markup for markup (every tooltip); line breaks are kept, lines wrap."""
    return QtGui.Qt.convertFromPlainText(text, QtGui.Qt.WhiteSpaceMode.WhiteSpaceNormal) \
        if text else text


def literal_ampersands(text: str) -> str:
    """For texts where '&' marks a shortcut key (buttons, group boxes, menu actions)."""
    return text.replace("&", "&&")


def reason_line(reason: str | None) -> str:
    """A reason, which may run over several lines, as one line for a table cell."""
    return one_line(" ".join((reason or "").splitlines()))


def status_text(status: str) -> str:
    return tr(STATUS_TEXT.get(status, status))


def type_text(kind: str) -> str:
    return tr(TYPE_TEXT.get(kind, kind))


def outcome_text(outcome: str | None, decision: str | None) -> str:
    """'Held', or for an intro with a decision 'Held · Approved to continue'."""
    parts = [tr(OUTCOME_TEXT.get(outcome or "", outcome or ""))]
    if decision:
        parts.append(tr(DECISION_TEXT.get(decision, decision)))
    return " · ".join(p for p in parts if p)


def bundle_progress_text(bundle: BundleRecord) -> str:
    """'2 of 4 used', with ', 1 booked' while sessions are booked on it."""
    text = tr("%1 of %2 used").replace("%1", str(bundle.sessions_used)) \
        .replace("%2", str(bundle.sessions_total))
    if bundle.sessions_booked:
        text += tr(", %1 booked").replace("%1", str(bundle.sessions_booked))
    return text


def weekday_text(weekday: int) -> str:
    return tr(WEEKDAY_NAMES[weekday])


def day_text(day: date) -> str:
    """'Mon 2 Mar'."""
    return f"{day:%a} {day.day} {day:%b}"


def when_text(instant: datetime, tz: ZoneInfo) -> str:
    """'Thu 5 Mar 2026, 16:00' in the mentor's zone."""
    local = instant.astimezone(tz)
    return f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M}"


def time_range_text(start: datetime, end: datetime, tz: ZoneInfo) -> str:
    return f"{when_text(start, tz)}–{end.astimezone(tz):%H:%M}"


def mentee_clock(instant: datetime, mentee_zone: str | None,
                 tz: ZoneInfo) -> tuple[ZoneInfo | None, bool]:
    """The mentee's zone (None when their profile has none, or an unknown one) and whether
    their clock reads as the mentor's at `instant`."""
    if not mentee_zone:
        return None, False
    try:
        theirs = zone(mentee_zone)
    except ValueError:
        return None, False
    return theirs, instant.astimezone(theirs).utcoffset() == instant.astimezone(tz).utcoffset()


def mentee_local_text(instant: datetime, mentee_zone: str | None, tz: ZoneInfo) -> str:
    """The mentee's wall-clock time where it differs from the mentor's, e.g. '10:00 New York'."""
    zone_of_mentee, same = mentee_clock(instant, mentee_zone, tz)
    if zone_of_mentee is None:
        return ""
    theirs = instant.astimezone(zone_of_mentee)
    if same:
        return tr("same time")
    city = mentee_zone.rsplit("/", 1)[-1].replace("_", " ")
    day = "" if theirs.date() == instant.astimezone(tz).date() else f" {theirs:%a}"
    return f"{theirs:%H:%M}{day} {city}"


def short_span(delta: timedelta) -> str:
    """'5 h 10 min', '2 days 3 h', '45 min'."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days >= 2:
        return tr("%1 days").replace("%1", str(days)) + (f" {hours} h" if hours else "")
    hours += days * 24
    if hours:
        return f"{hours} h" + (f" {mins} min" if mins else "")
    return f"{mins} min"


def ago_text(delta: timedelta) -> str:
    """'5 h 10 min ago'; under a minute, 'just now' (never '0 min ago')."""
    if delta < timedelta(minutes=1):
        return tr("just now")
    return tr("%1 ago").replace("%1", short_span(delta))


def starts_in_text(start: datetime, end: datetime, now: datetime) -> str:
    if now >= end:
        return tr("ended %1").replace("%1", ago_text(now - end))
    if now >= start:
        return tr("in progress, ends in %1").replace("%1", short_span(end - now))
    return tr("starts in %1").replace("%1", short_span(start - now))


def overdue_text(end: datetime, now: datetime) -> str:
    return ago_text(now - end)
