"""How times, spans and statuses read on screen, in the chosen language.

Dates and times are drawn by the QLocale of that language (`QLocale()`, set at start-up); the
patterns are translatable, so a German date reads "Do., 5. März" and an Arabic one "الخميس 5
مارس". Module functions translate in the one context `Formatting`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6 import QtGui
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    QTime,
    QTimeZone,
)

from services.plaintext import one_line
from services.records import BundleRecord
from services.timefmt import zone


class Formatting(QObject):
    """The translation context of the wording shared by many pages (`Formatting.tr`)."""


STATUS_TEXT = {
    "requested": QT_TRANSLATE_NOOP("Formatting", "Requested"),
    "scheduled": QT_TRANSLATE_NOOP("Formatting", "Scheduled"),
    "awaiting_confirmation": QT_TRANSLATE_NOOP("Formatting", "Awaiting confirmation"),
    "completed": QT_TRANSLATE_NOOP("Formatting", "Held"),
    "no_show": QT_TRANSLATE_NOOP("Formatting", "Mentee no-show"),
    "mentor_no_show": QT_TRANSLATE_NOOP("Formatting", "Mentor no-show"),
    "cancelled": QT_TRANSLATE_NOOP("Formatting", "Cancelled"),
    "rejected": QT_TRANSLATE_NOOP("Formatting", "Rejected"),
    "expired": QT_TRANSLATE_NOOP("Formatting", "Expired"),
}
TYPE_TEXT = {"intro": QT_TRANSLATE_NOOP("Formatting", "Intro"),
             "paid": QT_TRANSLATE_NOOP("Formatting", "Paid")}
# A session named by its type, at the head of a title and inside a sentence: whole phrases, as
# languages inflect the type with the noun.
SESSION_TITLE = {"intro": QT_TRANSLATE_NOOP("Formatting", "Intro session"),
                 "paid": QT_TRANSLATE_NOOP("Formatting", "Paid session")}
SESSION_NOUN = {"intro": QT_TRANSLATE_NOOP("Formatting", "intro session"),
                "paid": QT_TRANSLATE_NOOP("Formatting", "paid session")}
OUTCOME_TEXT = {"held": QT_TRANSLATE_NOOP("Formatting", "Held"),
                "mentee_no_show": QT_TRANSLATE_NOOP("Formatting", "Mentee no-show"),
                "mentor_no_show": QT_TRANSLATE_NOOP("Formatting", "Mentor no-show")}
DECISION_TEXT = {"approve": QT_TRANSLATE_NOOP("Formatting", "Approved to continue"),
                 "reject": QT_TRANSLATE_NOOP("Formatting", "Not continuing")}


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
    return Formatting.tr(STATUS_TEXT[status]) if status in STATUS_TEXT else status


def type_text(kind: str) -> str:
    return Formatting.tr(TYPE_TEXT[kind]) if kind in TYPE_TEXT else kind


def session_title(kind: str) -> str:
    """'Intro session'."""
    return Formatting.tr(SESSION_TITLE[kind]) if kind in SESSION_TITLE else kind


def session_noun(kind: str) -> str:
    """'intro session', inside a sentence."""
    return Formatting.tr(SESSION_NOUN[kind]) if kind in SESSION_NOUN else kind


def outcome_text(outcome: str | None, decision: str | None) -> str:
    """'Held', or for an intro with a decision 'Held · Approved to continue'."""
    parts = [Formatting.tr(OUTCOME_TEXT[outcome]) if outcome in OUTCOME_TEXT else outcome or ""]
    if decision:
        parts.append(Formatting.tr(DECISION_TEXT.get(decision, decision)))
    return " · ".join(p for p in parts if p)


def bundle_progress_text(bundle: BundleRecord) -> str:
    """'2 of 4 used', with ', 1 booked' while sessions are booked on it."""
    text = Formatting.tr("%1 of %2 used").replace("%1", str(bundle.sessions_used)) \
        .replace("%2", str(bundle.sessions_total))
    if bundle.sessions_booked:
        text += Formatting.tr(", %1 booked").replace("%1", str(bundle.sessions_booked))
    return text


def weekday_text(weekday: int) -> str:
    """The name of a weekday, 0 being Monday."""
    return QLocale().standaloneDayName(weekday + 1, QLocale.FormatType.LongFormat)


def _local(instant: datetime, tz: ZoneInfo) -> QDateTime:
    """The wall-clock time of `instant` in `tz`, as a QDateTime to word (its fields only: held
    as UTC, so that Qt neither looks up the system's zone for it, a tenth of a millisecond
    each, nor moves a time the system's zone skips)."""
    local = instant.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second), QTimeZone.utc())


# Each read when asked for (the language is chosen at start, and tests change it), one at a
# time: a table words a start time for each row it shows.
_PATTERNS = {
    "day": lambda: Formatting.tr("ddd d MMM", "date pattern"),
    "day_year": lambda: Formatting.tr("ddd d MMM yyyy", "date pattern"),
    "long_day": lambda: Formatting.tr("dddd d MMMM yyyy", "date pattern"),
    "when": lambda: Formatting.tr("ddd d MMM yyyy, HH:mm", "date pattern"),
    "month": lambda: Formatting.tr("MMMM yyyy", "date pattern"),
    "short": lambda: Formatting.tr("d MMM yyyy", "date pattern"),
    "day_month": lambda: Formatting.tr("d MMM", "date pattern"),
    "day_number": lambda: Formatting.tr("d", "date pattern"),
}


def date_pattern(kind: str) -> str:
    """QLocale patterns of the language, translated with the rest of the text."""
    return _PATTERNS[kind]()


def date_text(day: date, kind: str = "short") -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), date_pattern(kind))


def day_text(day: date) -> str:
    """'Mon 2 Mar'."""
    return date_text(day, "day")


def clock_text(instant: datetime | time, tz: ZoneInfo | None = None) -> str:
    """'16:00': a wall-clock time, of an instant in `tz` or as given."""
    local = instant.astimezone(tz) if isinstance(instant, datetime) and tz else instant
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def when_text(instant: datetime, tz: ZoneInfo) -> str:
    """'Thu 5 Mar 2026, 16:00' in the mentor's zone."""
    return QLocale().toString(_local(instant, tz), date_pattern("when"))


def time_range_text(start: datetime, end: datetime, tz: ZoneInfo) -> str:
    return f"{when_text(start, tz)}–{clock_text(end, tz)}"


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
        return Formatting.tr("same time")
    city = mentee_zone.rsplit("/", 1)[-1].replace("_", " ")
    if theirs.date() == instant.astimezone(tz).date():
        return Formatting.tr("%1 %2", "mentee's time and city").replace("%1", clock_text(theirs)) \
            .replace("%2", city)
    day = QLocale().dayName(theirs.isoweekday(), QLocale.FormatType.ShortFormat)
    return Formatting.tr("%1 %2 %3", "mentee's time, weekday and city") \
        .replace("%1", clock_text(theirs)).replace("%2", day).replace("%3", city)


def short_span(delta: timedelta) -> str:
    """'5 h 10 min', '2 days 3 h', '45 min'."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    in_hours = Formatting.tr("%1 h").replace("%1", str(hours if days >= 2 else hours + days * 24))
    in_minutes = Formatting.tr("%1 min").replace("%1", str(mins))
    if days >= 2:
        return " ".join([Formatting.tr("%n days", "", days)] + ([in_hours] if hours else []))
    if hours or days:
        return " ".join([in_hours] + ([in_minutes] if mins else []))
    return in_minutes


def hours_text(delta: timedelta) -> str:
    """A rule's span in whole hours: '24 hours'."""
    return Formatting.tr("%n hours", "", int(delta.total_seconds() // 3600))


def days_text(delta: timedelta) -> str:
    """A rule's span in whole days: '14 days'."""
    return Formatting.tr("%n days", "", delta.days)


def ago_text(delta: timedelta) -> str:
    """'5 h 10 min ago'; under a minute, 'just now' (never '0 min ago')."""
    if delta < timedelta(minutes=1):
        return Formatting.tr("just now")
    return Formatting.tr("%1 ago").replace("%1", short_span(delta))


def starts_in_text(start: datetime, end: datetime, now: datetime) -> str:
    if now >= end:
        return Formatting.tr("ended %1").replace("%1", ago_text(now - end))
    if now >= start:
        return Formatting.tr("in progress, ends in %1").replace("%1", short_span(end - now))
    return Formatting.tr("starts in %1").replace("%1", short_span(start - now))


def overdue_text(end: datetime, now: datetime) -> str:
    return ago_text(now - end)


# Marked for pyside6-lupdate; `Formatting.tr` looks them up when shown.
STAGE_TEXT = {"intro": QT_TRANSLATE_NOOP("Formatting", "Intro"),
              "kickoff": QT_TRANSLATE_NOOP("Formatting", "Kickoff"),
              "regular": QT_TRANSLATE_NOOP("Formatting", "Regular"),
              "closing": QT_TRANSLATE_NOOP("Formatting", "Closing"),
              "finished": QT_TRANSLATE_NOOP("Formatting", "Finished")}
BUNDLE_STATUS_TEXT = {"active": QT_TRANSLATE_NOOP("Formatting", "Active"),
                      "completed": QT_TRANSLATE_NOOP("Formatting", "Completed"),
                      "expired": QT_TRANSLATE_NOOP("Formatting", "Expired"),
                      "refunded": QT_TRANSLATE_NOOP("Formatting", "Refunded")}
INTRO_DECISION_TEXT = {"open": QT_TRANSLATE_NOOP("Formatting", "Decision waiting"),
                       "approve": QT_TRANSLATE_NOOP("Formatting", "Approved"),
                       "reject": QT_TRANSLATE_NOOP("Formatting", "Rejected")}


def stage_text(stage: str) -> str:
    return Formatting.tr(STAGE_TEXT[stage]) if stage in STAGE_TEXT else stage


def bundle_status_text(status: str) -> str:
    return Formatting.tr(BUNDLE_STATUS_TEXT[status]) if status in BUNDLE_STATUS_TEXT else status


def intro_decision_text(decision: str | None) -> str:
    if decision not in INTRO_DECISION_TEXT:
        return decision or ""
    return Formatting.tr(INTRO_DECISION_TEXT[decision])


def amount_text(cents: int) -> str:
    """'1,234.50' in the locale's digits, for a column whose header names the currency."""
    return QLocale().toString(cents / 100, "f", 2)


def money_text(cents: int, currency: str) -> str:
    """'1,234.50 EUR' in the locale's digits; the code names the currency, never mixed."""
    return Formatting.tr("%1 %2", "amount and currency").replace("%1", amount_text(cents)) \
        .replace("%2", currency)


def local_now_text(now: datetime, mentee_zone: str | None) -> str:
    """The time it is now where the mentee lives: 'Mon 04:00 New York'; empty when unknown."""
    if not mentee_zone:
        return ""
    try:
        theirs = now.astimezone(zone(mentee_zone))
    except ValueError:
        return ""
    city = mentee_zone.rsplit("/", 1)[-1].replace("_", " ")
    day = QLocale().dayName(theirs.isoweekday(), QLocale.FormatType.ShortFormat)
    return Formatting.tr("%1 %2 %3", "mentee's time, weekday and city") \
        .replace("%1", clock_text(theirs)).replace("%2", day).replace("%3", city)
