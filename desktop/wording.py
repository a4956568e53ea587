"""The services' refusals, red flags and errors, worded in the window's language.

The services word every sentence in English, for the command line and the log, and keep beside
it the same facts unworded (a code, spans, times, dates, names). In English the window shows the
services' own sentence; in another language it words the code and those facts here, with the
translations of the context `Wording` and the dates and times of the language's QLocale. An
error this module does not know (a new code, a file the system refused to open) is shown in the
services' words rather than not at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from desktop import i18n
from desktop.formatting import (
    Formatting,
    ago_text,
    bundle_status_text,
    clock_text,
    date_text,
    session_noun,
    short_span,
    status_text,
    weekday_text,
    when_text,
)
from services.errors import (
    CalendarServerError,
    DatabaseBusy,
    DomainError,
    InvalidInput,
    NotFound,
    RuleViolation,
)
from services.plaintext import one_line
from services.records import RedFlag, Refusal
from services.timefmt import BusyParts, hhmm


class Wording(QObject):
    """The translation context of the services' sentences (`Wording.tr`)."""


# One sentence per refusal code; {names} are filled in by `_RULE_VALUES`.
RULES = {
    "intro_notice": QT_TRANSLATE_NOOP(
        "Wording", "Intro sessions must be booked at least {hours} ahead; this one starts in "
        "{span}."),
    "intro_too_far": QT_TRANSLATE_NOOP(
        "Wording", "Intro sessions can be booked at most {days} ahead; this one starts in "
        "{span}."),
    "intro_monthly_limit": QT_TRANSLATE_NOOP(
        "Wording", "A mentee may have at most {limit} intro sessions per calendar month; "
        "{mentee} already has {count} in {month}."),
    "no_active_bundle": QT_TRANSLATE_NOOP(
        "Wording", "Paid sessions need an active bundle with sessions left; {mentee} has "
        "{detail}."),
    "outside_availability:intro": QT_TRANSLATE_NOOP(
        "Wording", "{when} is outside your intro availability ({windows})."),
    "outside_availability:paid": QT_TRANSLATE_NOOP(
        "Wording", "{when} is outside your paid availability ({windows})."),
    "day_off": QT_TRANSLATE_NOOP("Wording", "{day} is one of your days off."),
    "double_booking": QT_TRANSLATE_NOOP(
        "Wording", "This would overlap session {id} ({mentee}, {type}, {start}–{end} on {day}); "
        "a mentor never has two sessions at once."),
    "busy_time": QT_TRANSLATE_NOOP(
        "Wording", "This overlaps busy time in your calendar: {busy}; it can be booked anyway "
        "only with your consent."),
    "cancel_too_late": QT_TRANSLATE_NOOP(
        "Wording", "Sessions can be cancelled only at least {hours} before they start; this one "
        "starts in {span}."),
    "cancel_started": QT_TRANSLATE_NOOP(
        "Wording", "Session {id} has already started; it can no longer be cancelled."),
    "reason_required:reject": QT_TRANSLATE_NOOP(
        "Wording", "A reason is required to reject a session."),
    "reason_required:cancel": QT_TRANSLATE_NOOP(
        "Wording", "A reason is required to cancel a session."),
    "reason_too_long": QT_TRANSLATE_NOOP(
        "Wording", "A reason can be at most {max} characters; this one has {chars}."),
    "request_expired": QT_TRANSLATE_NOOP(
        "Wording", "This request has expired: it was to start {ago}; it can no longer be "
        "accepted."),
    "invalid_transition:accepted": QT_TRANSLATE_NOOP(
        "Wording", "Session {id} is {status}; it cannot be accepted."),
    "invalid_transition:rejected": QT_TRANSLATE_NOOP(
        "Wording", "Session {id} is {status}; it cannot be rejected."),
    "invalid_transition:cancelled": QT_TRANSLATE_NOOP(
        "Wording", "Session {id} is {status}; it cannot be cancelled."),
    "invalid_transition:confirmed": QT_TRANSLATE_NOOP(
        "Wording", "Session {id} is {status}; it cannot be confirmed."),
    "not_ended": QT_TRANSLATE_NOOP(
        "Wording", "A session can be confirmed only after it has ended; this one ends in "
        "{span}."),
    "decision_required": QT_TRANSLATE_NOOP(
        "Wording", "An intro session needs a decision as well: approve or reject continuation."),
    "decision_not_for_paid": QT_TRANSLATE_NOOP(
        "Wording", "Only intro sessions take a decision; {id} is a paid session."),
    "already_confirmed": QT_TRANSLATE_NOOP(
        "Wording", "Session {id} was already confirmed ({status})."),
    "in_the_past": QT_TRANSLATE_NOOP("Wording", "{when} has already passed."),
    "bad_duration": QT_TRANSLATE_NOOP(
        "Wording", "Paid sessions last between {min} and {max} minutes; {minutes} was asked."),
    "bad_window": QT_TRANSLATE_NOOP(
        "Wording", "An availability window must end after it starts ({start}–{end})."),
    "window_overlap:intro": QT_TRANSLATE_NOOP(
        "Wording", "This window overlaps your intro window {other}."),
    "window_overlap:paid": QT_TRANSLATE_NOOP(
        "Wording", "This window overlaps your paid window {other}."),
    "nothing_to_undo": QT_TRANSLATE_NOOP(
        "Wording", "There is no decision left to undo (decisions already written to an outbox "
        "are final)."),
    "database_not_empty": QT_TRANSLATE_NOOP(
        "Wording", "The database already holds sessions; sample data goes only into an empty "
        "database."),
    "not_an_outbox": QT_TRANSLATE_NOOP(
        "Wording", "{path} already exists and is not an outbox of yours; choose another file "
        "name."),
    "no_mentor": QT_TRANSLATE_NOOP(
        "Wording", "Import a platform export first: the outbox needs your mentor id from it."),
    "unknown_timezone": QT_TRANSLATE_NOOP("Wording", "{zone} is not a known time zone."),
    "calendar_name_taken": QT_TRANSLATE_NOOP(
        "Wording", "Another imported calendar is already called {name}; choose another name."),
    "calendar_name_empty": QT_TRANSLATE_NOOP("Wording", "An imported calendar needs a name."),
    "no_calendar_server": QT_TRANSLATE_NOOP(
        "Wording", "No calendar server is set up (File > Settings… > Calendar server)."),
    "no_server_calendar": QT_TRANSLATE_NOOP(
        "Wording", "The calendar server has no calendar {name}; it has {names}."),
    "no_server_conflict": QT_TRANSLATE_NOOP("Wording", "No event {uid} waits for your choice."),
    "note_too_long": QT_TRANSLATE_NOOP(
        "Wording", "A note can be at most {max} characters; this one has {chars}."),
    "goal_empty": QT_TRANSLATE_NOOP("Wording", "A goal needs a title."),
    "goal_too_long": QT_TRANSLATE_NOOP(
        "Wording", "A goal can be at most {max} characters; this one has {chars}."),
    "indicator_empty": QT_TRANSLATE_NOOP("Wording", "An indicator needs a name."),
    "unknown_stage": QT_TRANSLATE_NOOP(
        "Wording", "{stage} is not a stage; the stages are {stages}."),
    "commission_out_of_range": QT_TRANSLATE_NOOP(
        "Wording", "The commission must lie between 0 and {max} %; {percent} % was asked."),
    "progress_other_mentee": QT_TRANSLATE_NOOP(
        "Wording", "Session {id} is not one of {mentee}'s sessions."),
    "bad_amount:progress": QT_TRANSLATE_NOOP(
        "Wording", "The progress must be a number; {value} is not."),
    "bad_amount:a target": QT_TRANSLATE_NOOP(
        "Wording", "A target must be a number; {value} is not."),
    "bad_amount:the commission": QT_TRANSLATE_NOOP(
        "Wording", "The commission must be a number; {value} is not."),
}
# Codes worded by one of several sentences: which detail picks it.
_VARIANT = {"outside_availability": "kind", "reason_required": "action",
            "invalid_transition": "verb", "window_overlap": "kind", "bad_amount": "what"}

NOT_FOUND = {
    "session": QT_TRANSLATE_NOOP("Wording", "There is no session {id} here."),
    "mentee": QT_TRANSLATE_NOOP("Wording", "There is no mentee {id} here."),
    "bundle": QT_TRANSLATE_NOOP("Wording", "There is no bundle {id} here."),
    "file": QT_TRANSLATE_NOOP("Wording", "There is no file {id}."),
    "availability window": QT_TRANSLATE_NOOP("Wording", "There is no availability window {id}."),
    "day off on": QT_TRANSLATE_NOOP("Wording", "There is no day off on {id}."),
    "imported calendar": QT_TRANSLATE_NOOP("Wording", "There is no imported calendar {id}."),
}
SERVER = {
    "forbidden": QT_TRANSLATE_NOOP("Wording", "{host} refused access (403 Forbidden)."),
    "bad_login": QT_TRANSLATE_NOOP(
        "Wording", "{host} refused the user name or password (401 Unauthorized)."),
    "too_many_requests": QT_TRANSLATE_NOOP("Wording", "{host} asks to wait (too many requests)."),
    "refused": QT_TRANSLATE_NOOP("Wording", "{host} refused the request: {why}"),
    "unreachable": QT_TRANSLATE_NOOP("Wording", "Cannot reach {host}: {why}"),
    "failed": QT_TRANSLATE_NOOP("Wording", "{host}: {why}"),
    "not_caldav": QT_TRANSLATE_NOOP(
        "Wording", "{host} is not a calendar server address: {why}"),
    "password_needed": QT_TRANSLATE_NOOP(
        "Wording", "The password of {why} on {host} is not kept on this computer (there is no "
        "system keyring): give it when asked."),
}
FLAG_TITLES = {
    "empty_answer": QT_TRANSLATE_NOOP("Wording", "Empty answer"),
    "one_word_answer": QT_TRANSLATE_NOOP("Wording", "One-word answer"),
    "fake_name": QT_TRANSLATE_NOOP("Wording", "Name looks made up"),
    "throwaway_email": QT_TRANSLATE_NOOP("Wording", "Throw-away e-mail address"),
    "short_link": QT_TRANSLATE_NOOP("Wording", "Shortened link"),
    "stray_link": QT_TRANSLATE_NOOP("Wording", "Unexpected link"),
    "money_words": QT_TRANSLATE_NOOP("Wording", "Money or click-bait wording"),
    "busy_clash": QT_TRANSLATE_NOOP("Wording", "Clashes with your busy time"),
}
FLAG_TEXTS = {
    "empty_answer": QT_TRANSLATE_NOOP(
        "Wording", "\"{question}\" was left empty. A mentee who wants a mentor usually says "
        "something here."),
    "empty_answer:only": QT_TRANSLATE_NOOP(
        "Wording", "\"{question}\" was left empty (only \"{answer}\"). A mentee who wants a "
        "mentor usually says something here."),
    "one_word_answer": QT_TRANSLATE_NOOP(
        "Wording", "\"{question}\" was answered with one word: \"{answer}\". That is too little "
        "to prepare an intro session from."),
    "fake_name": QT_TRANSLATE_NOOP("Wording", "The name \"{name}\" looks made up: {signs}."),
    "throwaway_email": QT_TRANSLATE_NOOP(
        "Wording", "{email} is at {domain}, a service for disposable addresses that stop "
        "working after a few minutes or days."),
    "short_link": QT_TRANSLATE_NOOP(
        "Wording", "The form contains {links}, a shortened link that hides where it leads; spam "
        "uses them to get past filters."),
    "stray_link": QT_TRANSLATE_NOOP(
        "Wording", "The answer to \"{question}\" links to {host} ({link}){more}. Check where it "
        "leads before opening it."),
    "money_words": QT_TRANSLATE_NOOP(
        "Wording", "The form uses wording typical of spam: {words}."),
    "busy_clash": QT_TRANSLATE_NOOP(
        "Wording", "The session overlaps busy time in your calendar: {busy}."),
}
NAME_SIGNS = {
    "empty": QT_TRANSLATE_NOOP("Wording", "it is empty"),
    "digits": QT_TRANSLATE_NOOP("Wording", "it contains digits"),
    "no_letters": QT_TRANSLATE_NOOP("Wording", "it has no letters"),
    "placeholder_word": QT_TRANSLATE_NOOP("Wording", "it uses a placeholder word ({0})"),
    "placeholder_name": QT_TRANSLATE_NOOP("Wording", "it is a well-known placeholder name"),
    "single_letters": QT_TRANSLATE_NOOP("Wording", "it is only single letters"),
    "repeated_letter": QT_TRANSLATE_NOOP("Wording", "\"{0}\" is one letter repeated"),
    "keyboard_run": QT_TRANSLATE_NOOP("Wording", "\"{0}\" runs along the keyboard ({1})"),
    "no_vowels": QT_TRANSLATE_NOOP("Wording", "it has no vowels"),
}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_DOUBLE_STOP = re.compile(r"\.\.(?=\s|$)")


def _tr(source: str) -> str:
    return Wording.tr(source)


def fill(template: str, **values: object) -> str:
    """`template` with each {name} replaced by its value, in one pass (a value that holds braces,
    a mentee's name say, is left as it is)."""
    def value(match: re.Match[str]) -> str:
        key = match.group(1)
        return str(values[key]) if key in values else match.group(0)

    # An abbreviation at the end of a value ("24 Std.") ends the sentence too.
    return _DOUBLE_STOP.sub(".", _PLACEHOLDER.sub(value, template))


def _words_of_window() -> bool:
    """Whether the window speaks another language than the services' English."""
    return i18n.current_language() != "en"


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


# -- the pieces a sentence is made of ------------------------------------------------------------

def _signed_span(delta: timedelta) -> str:
    if delta >= timedelta(0):
        return short_span(delta)
    return Wording.tr("the past (%1)").replace("%1", ago_text(-delta))


def _hours(count: int) -> str:
    return Formatting.tr("%n hours", "", count)


def _days(count: int) -> str:
    return Formatting.tr("%n days", "", count)


def _when(instant: datetime) -> str:
    return when_text(instant, instant.tzinfo)  # type: ignore[arg-type]


def _quoted(items: Sequence[str]) -> str:
    quoted = [Wording.tr("\"%1\"").replace("%1", one_line(item)) for item in items[:4]]
    text = Wording.tr(", ", "list separator").join(quoted)
    if len(items) > 4:
        text = Wording.tr("%1 and %n more", "", len(items) - 4).replace("%1", text)
    return text


def busy_text(block: BusyParts) -> str:
    """'"Dentist", Thu 5 Mar 16:00–17:00 (from Work)', in the window's language."""
    label = (Wording.tr("\"%1\"").replace("%1", one_line(block.summary)) if block.summary
             else Wording.tr("a busy event"))
    first, last = block.start, block.end
    if block.all_day:
        when = Wording.tr("all day on %1").replace("%1", date_text(first.date(), "day"))
    elif first.date() == last.date():
        when = Wording.tr("%1 %2–%3", "day, start, end").replace(
            "%1", date_text(first.date(), "day")).replace("%2", clock_text(first)) \
            .replace("%3", clock_text(last))
    else:
        when = Wording.tr("%1 to %2", "start, end").replace(
            "%1", f"{date_text(first.date(), 'day')} {clock_text(first)}").replace(
            "%2", f"{date_text(last.date(), 'day')} {clock_text(last)}")
    text = Wording.tr("%1, %2", "busy event, when").replace("%1", label).replace("%2", when)
    if block.source:
        text = Wording.tr("%1 (from %2)", "busy event, calendar").replace("%1", text) \
            .replace("%2", one_line(block.source))
    return text


def _bundles(counts: Sequence[tuple[str, str, int, int, int]]) -> str:
    active = [c for c in counts if c[1] == "active"]
    if active:
        return Wording.tr("; ", "list separator").join(
            fill(Wording.tr("bundle {id}: {used} of {total} used, {booked} booked"),
                 id=ident, used=used, total=total, booked=booked)
            for ident, _status, used, total, booked in active)
    if counts:
        listed = Wording.tr(", ", "list separator").join(
            fill(Wording.tr("{id} is {status}"), id=ident, status=bundle_status_text(status).lower())
            for ident, status, *_rest in counts)
        return fill(Wording.tr("no active bundle ({bundles})"), bundles=listed)
    return Wording.tr("no bundle")


def _windows(weekday: int, spans: Sequence[tuple[int, int]]) -> str:
    day = weekday_text(weekday)
    if not spans:
        return fill(Wording.tr("none on {weekday}"), weekday=day)
    listed = Wording.tr(", ", "list separator").join(
        f"{hhmm(start)}–{hhmm(end)}" for start, end in spans)
    return fill(Wording.tr("{weekday}: {windows}"), weekday=day, windows=listed)


def _status(state: str) -> str:
    return status_text(state).lower()


_RULE_VALUES: dict[str, Callable[[Mapping[str, Any]], dict[str, object]]] = {
    "intro_notice": lambda d: {"hours": _hours(d["min_hours"]), "span": _signed_span(d["ahead"])},
    "intro_too_far": lambda d: {"days": _days(d["max_days"]), "span": short_span(d["ahead"])},
    "intro_monthly_limit": lambda d: {"limit": d["limit"], "mentee": one_line(d["mentee"]),
                                      "count": d["count"],
                                      "month": date_text(d["month_day"], "month")},
    "no_active_bundle": lambda d: {"mentee": one_line(d["mentee"]),
                                   "detail": _bundles(d["bundles"])},
    "outside_availability": lambda d: {
        "when": fill(Wording.tr("{start}–{end} on {day}"), start=clock_text(d["start"]),
                     end=clock_text(d["end"]), day=date_text(d["start"].date(), "long_day")),
        "windows": _windows(d["weekday"], d["spans"])},
    "day_off": lambda d: {"day": date_text(d["date"], "long_day")},
    "double_booking": lambda d: {"id": d["other_id"], "mentee": one_line(d["other_mentee"]),
                                 "type": session_noun(d["other_type"]),
                                 "start": clock_text(d["other_start"]),
                                 "end": clock_text(d["other_end"]),
                                 "day": date_text(d["other_start"].date(), "day")},
    "busy_time": lambda d: {"busy": busy_text(d["block"])},
    "cancel_too_late": lambda d: {"hours": _hours(d["min_hours"]), "span": short_span(d["ahead"])},
    "cancel_started": lambda d: {"id": d["session_id"]},
    "reason_too_long": lambda d: {"max": d["max_chars"], "chars": d["chars"]},
    "request_expired": lambda d: {"ago": ago_text(d["since"])},
    "invalid_transition": lambda d: {"id": d["session_id"], "status": _status(d["state"])},
    "not_ended": lambda d: {"span": short_span(d["remaining"])},
    "decision_not_for_paid": lambda d: {"id": d["session_id"]},
    "already_confirmed": lambda d: {"id": d["session_id"], "status": _status(d["state"])},
    "in_the_past": lambda d: {"when": _when(d["instant"])},
    "window_overlap": lambda d: {"other": fill(
        Wording.tr("{weekday} {start}–{end}"), weekday=weekday_text(d["weekday"]),
        start=hhmm(d["span"][0]), end=hhmm(d["span"][1]))},
    "note_too_long": lambda d: {"max": d["max_chars"], "chars": d["chars"]},
    "goal_too_long": lambda d: {"max": d["max_chars"], "chars": d["chars"]},
    "commission_out_of_range": lambda d: {"max": d["max_percent"], "percent": d["percent"]},
    "progress_other_mentee": lambda d: {"id": d["session_id"], "mentee": d["mentee_id"]},
}


def rule_text(code: str, details: Mapping[str, Any], message: str) -> str:
    """A refusal as a sentence in the window's language; `message` is the services' own."""
    if not _words_of_window():
        return _sentence(message)
    variant = _VARIANT.get(code)
    key = f"{code}:{details.get(variant)}" if variant else code
    template = RULES.get(key)
    if template is None:
        return _sentence(message)
    values = {k: one_line(v) if isinstance(v, str) else v for k, v in details.items()}
    try:
        values.update(_RULE_VALUES.get(code, lambda _d: {})(details))
    except (KeyError, IndexError, TypeError, AttributeError):
        # Facts missing (a refusal worded elsewhere with its sentence only): the services' words.
        return _sentence(message)
    return fill(_tr(template), **values)


def refusal_text(refusal: Refusal) -> str:
    return rule_text(refusal.code, refusal.details, refusal.message)


def error_text(exc: DomainError) -> str:
    """Any error of the services as the window shows it (without an invalid file's list)."""
    if not _words_of_window():
        # An invalid file's sentence starts with its name, which keeps its own spelling.
        return exc.message if isinstance(exc, InvalidInput) else \
            exc.message[:1].upper() + exc.message[1:]
    if isinstance(exc, RuleViolation):
        return rule_text(exc.code, exc.details, exc.message)
    if isinstance(exc, NotFound) and exc.kind in NOT_FOUND:
        return fill(_tr(NOT_FOUND[exc.kind]), id=one_line(exc.ident))
    if isinstance(exc, DatabaseBusy):
        return Wording.tr("The database is busy: another Mentor Desk (perhaps an import) has "
                          "been writing to it for over %n seconds; nothing was changed, try "
                          "again in a moment.", "", round(exc.waited_seconds))
    if isinstance(exc, InvalidInput):
        return Wording.tr("%1 was not imported: %n problems; nothing was changed.", "",
                          len(exc.problems)).replace("%1", one_line(exc.source))
    if isinstance(exc, CalendarServerError) and exc.host and exc.reason in SERVER:
        return fill(_tr(SERVER[exc.reason]), host=one_line(exc.host), why=one_line(exc.why))
    return exc.message[:1].upper() + exc.message[1:]


def red_flag_text(flag: RedFlag) -> tuple[str, str]:
    """A red flag's title and explanation in the window's language."""
    if not _words_of_window() or flag.sign not in FLAG_TITLES:
        return flag.title, flag.explanation
    values = {k: one_line(v) if isinstance(v, str) else v for k, v in flag.values.items()}
    key = flag.sign
    if flag.sign == "empty_answer" and values.get("answer"):
        key = "empty_answer:only"
    elif flag.sign == "fake_name":
        values["signs"] = Wording.tr("; ", "list separator").join(
            _tr(NAME_SIGNS[sign]).replace("{0}", one_line(evidence[0]) if evidence else "")
            .replace("{1}", one_line(evidence[1]) if len(evidence) > 1 else "")
            for sign, *evidence in flag.values["signs"])
    elif flag.sign == "short_link":
        values["links"] = _quoted(flag.values["links"])
    elif flag.sign == "money_words":
        values["words"] = _quoted(flag.values["words"])
    elif flag.sign == "stray_link":
        more = flag.values["more"]
        values["more"] = Wording.tr(" (and %n more)", "", more) if more else ""
    elif flag.sign == "busy_clash":
        values["busy"] = busy_text(flag.values["block"])
    return _tr(FLAG_TITLES[flag.sign]), fill(_tr(FLAG_TEXTS[key]), **values)
