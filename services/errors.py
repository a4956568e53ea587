"""Domain errors with stable codes; every sentence a mentor may read is worded here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from services.plaintext import one_line

_RULES = {
    "intro_notice": "intro sessions must be booked at least {min_hours} hours ahead; "
    "this one starts in {starts_in}",
    "intro_too_far": "intro sessions can be booked at most {max_days} days ahead; "
    "this one starts in {starts_in}",
    "intro_monthly_limit": "a mentee may have at most {limit} intro sessions per calendar month; "
    "{mentee} already has {count} in {month}",
    "no_active_bundle": "paid sessions need an active bundle with sessions left; "
    "{mentee} has {detail}",
    "outside_availability": "{when} is outside your {kind} availability{windows}",
    "day_off": "{day} is one of your days off",
    "double_booking": "this would overlap session {other_id} ({other_desc}); "
    "a mentor never has two sessions at once",
    "busy_time": "this overlaps busy time in your calendar: {busy}; "
    "it can be booked anyway only with your consent",
    "cancel_too_late": "sessions can be cancelled only at least {min_hours} hours before they start; "
    "this one starts in {starts_in}",
    "cancel_started": "session {session_id} has already started; it can no longer be cancelled",
    "reason_required": "a reason is required to {action} a session",
    "reason_too_long": "a reason can be at most {max_chars} characters; this one has {chars}",
    "request_expired": "this request has expired: it was to start {started_ago}; "
    "it can no longer be accepted",
    "invalid_transition": "session {session_id} is {status}; it cannot be {verb}",
    "not_ended": "a session can be confirmed only after it has ended; this one ends in {ends_in}",
    "decision_required": "an intro session needs a decision as well: approve or reject continuation",
    "decision_not_for_paid": "only intro sessions take a decision; {session_id} is a paid session",
    "already_confirmed": "session {session_id} was already confirmed ({status})",
    "in_the_past": "{when} has already passed",
    "bad_duration": "paid sessions last between {min} and {max} minutes; {minutes} was asked",
    "bad_window": "an availability window must end after it starts ({start}–{end})",
    "window_overlap": "this window overlaps your {kind} window {other}",
    "nothing_to_undo": "there is no decision left to undo (decisions already written to an "
    "outbox are final)",
    "database_not_empty": "the database already holds sessions; sample data goes only into an "
    "empty database",
    "not_an_outbox": "{path} already exists and is not an outbox of yours; choose another "
    "file name",
    "no_mentor": "import a platform export first: the outbox needs your mentor id from it",
    "unknown_timezone": "{zone} is not a known time zone",
    "calendar_name_taken": "another imported calendar is already called {name}; choose another "
    "name",
    "calendar_name_empty": "an imported calendar needs a name",
    "no_calendar_server": "no calendar server is set up (mentordesk caldav setup URL --user NAME)",
    "no_server_calendar": "the calendar server has no calendar {name}; it has {names}",
    "no_server_conflict": "no event {uid} waits for your choice",
    "note_too_long": "a note can be at most {max_chars} characters; this one has {chars}",
    "goal_empty": "a goal needs a title",
    "goal_too_long": "a goal can be at most {max_chars} characters; this one has {chars}",
    "indicator_empty": "an indicator needs a name",
    "unknown_stage": "{stage} is not a stage; the stages are {stages}",
    "commission_out_of_range": "the commission must lie between 0 and {max_percent} %; "
    "{percent} % was asked",
    "progress_other_mentee": "session {session_id} is not one of {mentee_id}'s sessions",
    "bad_amount": "{what} must be a number; {value} is not",
}


class DomainError(Exception):
    """Base of every error a mentor may be shown; `code` is stable, `message` a sentence."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RuleViolation(DomainError):
    """A platform or Mentor Desk rule refused the action.

    `details` holds the values of the sentence: those its English wording names, and beside
    them the same facts unworded (spans as timedelta, times as aware datetimes in the zone they
    are shown in, days as dates), from which the window words it in the mentor's language.
    """

    def __init__(self, code: str, **details: Any) -> None:
        self.code = code
        self.details = details
        # Names and summaries inside a sentence stay one line and cannot reorder it.
        super().__init__(_RULES[code].format(
            **{k: one_line(v) if isinstance(v, str) else v for k, v in details.items()}))


class NotFound(DomainError):
    code = "not_found"

    def __init__(self, kind: str, ident: object) -> None:
        self.kind = kind
        self.ident = ident
        super().__init__(f"no {kind} {one_line(ident)} here")

    @property
    def details(self) -> dict[str, Any]:
        return {"kind": self.kind, "ident": self.ident}


class NotPermitted(DomainError):
    """The database server refused a change this desk's role may not make (a team on a
    server: an assistant changing availability, say); nothing was changed."""

    code = "not_permitted"

    def __init__(self, refusal: str) -> None:
        self.refusal = refusal
        super().__init__(f"not permitted: the database server refused it ({one_line(refusal)}); "
                         "this desk's role may not make that change, and nothing was changed "
                         "(the team's administrator grants roles with `mentordesk db grant`)")


class FileUnusable(DomainError):
    """A file or folder Mentor Desk was pointed at cannot be used as asked; nothing was changed.

    `message` is one sentence naming the path and what to do about it.
    """

    code = "file_unusable"

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path


class DatabaseBusy(FileUnusable):
    """Another writer (a second window, a command, an import) kept the database too long."""

    code = "database_busy"

    def __init__(self, waited_seconds: float) -> None:
        self.waited_seconds = waited_seconds
        super().__init__(
            f"the database is busy: another Mentor Desk (perhaps an import) has been writing to "
            f"it for over {waited_seconds:g} seconds; nothing was changed, try again in a moment")


class CalendarServerError(FileUnusable):
    """The calendar server could not be used: it refused (what it said is the message), or
    could not be reached (`CalendarServerOffline`); what was to be sent still waits."""

    code = "calendar_server"

    def __init__(self, message: str, path: object = None, *, reason: str = "failed",
                 host: str = "", why: str = "") -> None:
        super().__init__(message, path)
        # What went wrong, unworded: `reason` one of forbidden, bad_login, too_many_requests,
        # refused, unreachable, failed, not_caldav, password_needed; `why` the server's or the
        # system's own words.
        self.reason = reason
        self.host = host
        self.why = why


class CalendarServerOffline(CalendarServerError):
    code = "calendar_server_offline"


class PasswordNeeded(CalendarServerError):
    """The server's password is neither in the system keyring nor given for this run."""

    code = "password_needed"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file: where (a JSON path or line), which record, and what."""

    path: str
    message: str
    record_id: str | None = None

    def __str__(self) -> str:
        who = f" [{one_line(self.record_id)}]" if self.record_id else ""
        return f"{one_line(self.path)}{who}: {one_line(self.message)}"


class InvalidInput(DomainError):
    """An input file was refused as a whole; nothing of it was applied."""

    code = "invalid_input"

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{one_line(source)} was not imported: {count} {noun}; "
                         "nothing was changed")
