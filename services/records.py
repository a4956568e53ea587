"""Frozen values that leave the service layer; ORM rows never do."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from services.timefmt import WEEKDAYS, hhmm, is_known_zone, iso, zone

if TYPE_CHECKING:
    from services.errors import RuleViolation

# A busy time read from a calendar: start and end (UTC), its summary, whether it is all day.
Block = tuple[datetime, datetime, str, bool]


class Status(StrEnum):
    REQUESTED = "requested"
    SCHEDULED = "scheduled"
    AWAITING_CONFIRMATION = "awaiting_confirmation"
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    MENTOR_NO_SHOW = "mentor_no_show"
    CANCELLED = "cancelled"
    REJECTED = "rejected"
    EXPIRED = "expired"


STATUSES = tuple(s.value for s in Status)
SESSION_TYPES = ("intro", "paid")
OUTCOMES = ("held", "mentee_no_show", "mentor_no_show")
DECISIONS = ("approve", "reject")
# The mentor's decisions on a session (Undo can take them back until they are sent).
DECISION_ACTIONS = ("accept", "reject", "cancel", "confirm")
# What the platform hears of through the outbox: the decisions, and sessions booked here.
OUTBOX_ACTIONS = ("book", *DECISION_ACTIONS)
# What a calendar export holds: sessions and free availability, or one of them.
EXPORT_CONTENTS = ("all", "sessions", "availability")
KINDS = SESSION_TYPES
SORT_COLUMNS = ("start", "mentee", "status", "type", "duration", "outcome", "bundle", "reason",
                "id")
# Each column ascending, and descending with a leading "-".
SORT_KEYS = tuple(key for column in SORT_COLUMNS for key in (column, f"-{column}"))
OUTCOME_STATUS = {"held": "completed", "mentee_no_show": "no_show",
                  "mentor_no_show": "mentor_no_show"}


@dataclass(frozen=True)
class SessionRecord:
    id: str
    type: str
    status: str
    mentee_id: str
    mentee_name: str
    mentee_email: str
    mentee_timezone: str | None
    start: datetime
    end: datetime
    duration_minutes: int
    bundle_id: str | None
    form: dict[str, str]
    requested_at: datetime | None
    reason: str | None
    outcome: str | None
    decision: str | None
    origin: str
    revision: int
    updated_at: datetime
    # The id this session was given here, when it was booked or entered here (else None).
    client_id: str | None = None

    @property
    def platform_confirmed(self) -> bool:
        """Whether the platform knows the session: false while it exists only here."""
        return self.origin != "local"

    def to_json(self, tz: ZoneInfo) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "status": self.status,
            "mentee_id": self.mentee_id,
            "mentee_name": self.mentee_name,
            "start": iso(self.start, tz),
            "end": iso(self.end, tz),
            "duration_minutes": self.duration_minutes,
            "bundle_id": self.bundle_id,
            "form": dict(self.form),
            "requested_at": iso(self.requested_at, tz),
            "reason": self.reason,
            "outcome": self.outcome,
            "decision": self.decision,
            "mentee_timezone": self.mentee_timezone,
            "client_id": self.client_id,
            "platform_confirmed": self.platform_confirmed,
            "mentee_local_start": self.mentee_start(),
        }

    def mentee_start(self) -> str | None:
        """When the session starts on the mentee's clock (ISO 8601), if their zone is known."""
        theirs = self.mentee_zone()
        return None if theirs is None else iso(self.start, theirs)

    def mentee_zone(self) -> ZoneInfo | None:
        """The mentee's own zone, when their profile has a known one."""
        if not self.mentee_timezone or not is_known_zone(self.mentee_timezone):
            return None
        return zone(self.mentee_timezone)


@dataclass(frozen=True)
class MenteeRecord:
    id: str
    name: str
    email: str
    timezone: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "email": self.email,
                "timezone": self.timezone}


@dataclass(frozen=True)
class BundleRecord:
    id: str
    mentee_id: str
    mentee_name: str
    sessions_total: int
    sessions_used: int
    sessions_booked: int
    status: str
    price_cents: int | None = None
    currency: str | None = None
    purchased_at: datetime | None = None

    @property
    def sessions_left(self) -> int:
        """Sessions still free to book: neither used nor taken by a scheduled session."""
        return max(0, self.sessions_total - self.sessions_used - self.sessions_booked)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "mentee_id": self.mentee_id,
            "mentee_name": self.mentee_name,
            "sessions_total": self.sessions_total,
            "sessions_used": self.sessions_used,
            "sessions_booked": self.sessions_booked,
            "sessions_left": self.sessions_left,
            "status": self.status,
        }


@dataclass(frozen=True)
class WindowRecord:
    id: int
    kind: str
    weekday: int
    start_minute: int
    end_minute: int

    def label(self) -> str:
        return f"{WEEKDAYS[self.weekday].title()} {hhmm(self.start_minute)}–{hhmm(self.end_minute)}"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "weekday": WEEKDAYS[self.weekday],
                "from": hhmm(self.start_minute), "to": hhmm(self.end_minute)}


@dataclass(frozen=True)
class DayOffRecord:
    id: int
    day: date
    note: str


@dataclass(frozen=True)
class DayOffSet:
    """What marking a day off did: `added` it, changed the note of one already there
    (`note_changed`), or nothing (`unchanged`: it was a day off with that note already)."""

    record: DayOffRecord
    outcome: str


@dataclass(frozen=True)
class BusyRecord:
    id: int
    source: str
    start: datetime
    end: datetime
    summary: str
    all_day: bool


@dataclass(frozen=True)
class BusyCalendarRecord:
    """A calendar busy time was read from: `label` is its name here (unique), `name` what the
    file calls itself, `origin` the file it is read from (None: named on the command line or
    from before calendars were told apart by file)."""

    id: int
    label: str
    name: str
    origin: str | None
    blocks: int
    imported_at: datetime | None
    window_start: datetime | None
    window_end: datetime | None
    next_event: datetime | None

    @property
    def file_name(self) -> str | None:
        return self.origin.replace("\\", "/").rsplit("/", 1)[-1] if self.origin else None

    def to_json(self, tz: ZoneInfo) -> dict[str, Any]:
        return {"source": self.label, "blocks": self.blocks, "name": self.name,
                "file": self.origin, "imported_at": iso(self.imported_at, tz),
                "next_event": iso(self.next_event, tz)}


@dataclass(frozen=True)
class BusyFound:
    """Busy time read from a file, before it is stored: where it comes from and its name."""

    origin: str
    file_name: str
    name: str
    blocks: list[Block]
    window_start: datetime
    window_end: datetime
    next_event: datetime | None


@dataclass(frozen=True)
class BusyStored:
    """A calendar just filled: the busy blocks it had before (None: it is new), and the other
    calendars that call themselves by the same name."""

    calendar: BusyCalendarRecord
    replaced: int | None
    namesakes: list[str]


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime
    kind: str

    def to_json(self, tz: ZoneInfo) -> dict[str, Any]:
        return {"start": iso(self.start, tz), "end": iso(self.end, tz), "kind": self.kind}


@dataclass(frozen=True)
class ActionRecord:
    id: int
    uid: str
    at: datetime
    session_id: str | None
    action: str
    reason: str | None
    outcome: str | None
    decision: str | None
    undone: bool
    sent_at: datetime | None
    # What the action was about, for people: its session, or the mentee of a journal edit.
    subject: str | None = None


@dataclass(frozen=True)
class RedFlag:
    """A sign that an intro request is fake or spam, or clashes: its evidence, in words."""

    code: str
    title: str
    explanation: str
    # Which sign exactly (a code may have several, e.g. a shortened or an unexpected link) and
    # its evidence, unworded, for the window to word them in the mentor's language.
    sign: str = ""
    values: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "title": self.title, "explanation": self.explanation}


@dataclass(frozen=True)
class Refusal:
    """Why an action would be refused now: the rule's stable code and its sentence."""

    code: str
    message: str
    # The sentence's values, unworded (see RuleViolation), for the window to word them.
    details: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, exc: RuleViolation) -> Refusal:
        return cls(exc.code, exc.message, dict(exc.details))

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class InvitationReview:
    """What the mentor weighs before accepting an intro request, from one service call: the
    request, its red flags, the mentee's intros in its month (this one included) against the
    limit, and the refusal Accept would meet now (None when it would pass)."""

    record: SessionRecord
    red_flags: tuple[RedFlag, ...]
    intros_this_month: int
    intro_limit: int
    month: date  # the first day of the request's month, in the mentor's own time zone
    accept_refusal: Refusal | None

    def to_json(self, tz: ZoneInfo) -> dict[str, Any]:
        item = self.record.to_json(tz)
        item.update(
            red_flags=[flag.to_json() for flag in self.red_flags],
            intros_this_month=self.intros_this_month,
            intro_limit=self.intro_limit,
            intro_month=f"{self.month:%Y-%m}",
            accept_refusal=None if self.accept_refusal is None else self.accept_refusal.to_json(),
        )
        return item


@dataclass(frozen=True)
class Change:
    """What a mutation changed. Listeners read the flags and do only what they call for.

    `sessions`/`bundles` say that rows of that kind changed (the ids, when known, say which);
    `availability` weekly windows or days off; `busy` imported busy time; `outbox` decisions
    waiting to be sent; `settings` a setting the services keep (`timezone` when it was the
    mentor's or the display time zone); `journal` the mentor's notes, stages or goals (of the
    mentees `mentee_ids` names, when known); `earnings` the commission rate earnings are counted
    at (a setting too). `initiator` is whoever asked for the change (a page,
    say), so that it is not reloaded under its own feet; it is not part of what changed.
    """

    session_ids: tuple[str, ...] = ()
    bundle_ids: tuple[str, ...] = ()
    mentee_ids: tuple[str, ...] = ()
    sessions: bool = False
    bundles: bool = False
    availability: bool = False
    busy: bool = False
    outbox: bool = False
    settings: bool = False
    timezone: bool = False
    journal: bool = False
    earnings: bool = False
    summary: str = ""
    initiator: object | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # Naming a session or bundle means rows of that kind changed.
        if self.session_ids and not self.sessions:
            object.__setattr__(self, "sessions", True)
        if self.bundle_ids and not self.bundles:
            object.__setattr__(self, "bundles", True)
        # A new time zone moves every time shown: it is a change of settings too.
        if self.timezone and not self.settings:
            object.__setattr__(self, "settings", True)

    @classmethod
    def merged(cls, changes: Sequence[Change], initiator: object | None = None) -> Change:
        """One change that says everything `changes` say (what one operation did in several
        commits), asked for by `initiator`."""
        return cls(
            session_ids=tuple(dict.fromkeys(i for c in changes for i in c.session_ids)),
            bundle_ids=tuple(dict.fromkeys(i for c in changes for i in c.bundle_ids)),
            mentee_ids=tuple(dict.fromkeys(i for c in changes for i in c.mentee_ids)),
            **{flag: any(getattr(c, flag) for c in changes) for flag in CHANGE_FLAGS},
            summary="; ".join(c.summary for c in changes if c.summary),
            initiator=initiator,
        )


CHANGE_FLAGS = ("sessions", "bundles", "availability", "busy", "outbox", "settings", "timezone",
                "journal", "earnings")


# -- mentees, the journal and earnings ---------------------------------------------------------

# The platform's mentorship cycle, in order.
STAGES = ("intro", "kickoff", "regular", "closing", "finished")
# What the list of mentees sorts by ('-' first: descending).
MENTEE_SORT_COLUMNS = ("name", "stage", "last", "next", "held", "left")
MENTEE_SORT_KEYS = tuple(k for column in MENTEE_SORT_COLUMNS for k in (column, f"-{column}"))
# The state of a mentee's intro decision: one waiting (an intro ended, not yet confirmed), or
# the decision taken on the latest confirmed intro.
INTRO_DECISIONS = ("open", "approve", "reject")


@dataclass(frozen=True)
class MenteeRow:
    """One mentee as the Mentees list shows them. `stage` is the one the mentor chose, else the
    one the sessions suggest (`stage_suggested`); `bundle_id` and `sessions_left` are of their
    active bundle; `sessions_held` counts intro and paid sessions held."""

    id: str
    name: str
    email: str
    timezone: str | None
    stage: str
    stage_suggested: str
    stage_chosen: bool
    bundle_id: str | None
    sessions_left: int | None
    last_session: datetime | None
    next_session: datetime | None
    sessions_held: int
    intro_decision: str | None

    def to_json(self, tz: ZoneInfo, now: datetime) -> dict[str, Any]:
        local = None
        if self.timezone:
            try:
                local = now.astimezone(ZoneInfo(self.timezone)).isoformat(timespec="minutes")
            except (KeyError, ValueError):
                local = None
        return {
            "id": self.id, "name": self.name, "email": self.email, "timezone": self.timezone,
            "local_time": local, "stage": self.stage, "stage_suggested": self.stage_suggested,
            "stage_chosen": self.stage_chosen, "bundle_id": self.bundle_id,
            "sessions_left": self.sessions_left, "last_session": iso(self.last_session, tz),
            "next_session": iso(self.next_session, tz), "sessions_held": self.sessions_held,
            "intro_decision": self.intro_decision,
        }


@dataclass(frozen=True)
class NoteRecord:
    """A note of the journal: on a session (`session_id`), or a mentee's profile note (None)."""

    mentee_id: str
    mentee_name: str
    session_id: str | None
    session_start: datetime | None
    session_type: str | None
    text: str
    updated_at: datetime

    def to_json(self, tz: ZoneInfo) -> dict[str, Any]:
        return {"mentee_id": self.mentee_id, "mentee_name": self.mentee_name,
                "session_id": self.session_id, "session_start": iso(self.session_start, tz),
                "session_type": self.session_type, "kind": "session" if self.session_id
                else "profile", "text": self.text, "updated_at": iso(self.updated_at, tz)}


@dataclass(frozen=True)
class ProgressRecord:
    id: int
    value: float
    session_id: str | None
    recorded_at: datetime

    def to_json(self, tz: ZoneInfo) -> dict[str, Any]:
        return {"id": self.id, "value": self.value, "session_id": self.session_id,
                "recorded_at": iso(self.recorded_at, tz)}


@dataclass(frozen=True)
class IndicatorRecord:
    """An outcome indicator: what is measured, its target, and the progress recorded."""

    id: int
    name: str
    target: float
    unit: str
    progress: tuple[ProgressRecord, ...]

    @property
    def current(self) -> float | None:
        """The latest value recorded, or None before any."""
        return self.progress[-1].value if self.progress else None

    @property
    def reached(self) -> float:
        """How far the latest value is towards the target, from 0 to 1."""
        if self.current is None or self.target == 0:
            return 1.0 if self.current is not None and self.current >= self.target else 0.0
        return max(0.0, min(1.0, self.current / self.target))

    def to_json(self, tz: ZoneInfo) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "target": self.target, "unit": self.unit,
                "current": self.current, "reached": round(self.reached, 4),
                "progress": [p.to_json(tz) for p in self.progress]}


@dataclass(frozen=True)
class GoalRecord:
    id: int
    mentee_id: str
    title: str
    due: date | None
    indicators: tuple[IndicatorRecord, ...]

    def to_json(self, tz: ZoneInfo) -> dict[str, Any]:
        return {"id": self.id, "mentee_id": self.mentee_id, "title": self.title,
                "due": self.due.isoformat() if self.due else None,
                "indicators": [i.to_json(tz) for i in self.indicators]}


@dataclass(frozen=True)
class MenteeProfile:
    """A mentee's page: their line of the list, bundles, the journal (profile note, goals, the
    notes on their sessions, newest first)."""

    row: MenteeRow
    bundles: tuple[BundleRecord, ...]
    profile_note: str
    goals: tuple[GoalRecord, ...]
    notes: tuple[NoteRecord, ...]

    def to_json(self, tz: ZoneInfo, now: datetime) -> dict[str, Any]:
        item = self.row.to_json(tz, now)
        item.update(
            bundles=[{**b.to_json(), "price_cents": b.price_cents, "currency": b.currency,
                      "purchased_at": iso(b.purchased_at, tz)} for b in self.bundles],
            profile_note=self.profile_note,
            goals=[g.to_json(tz) for g in self.goals],
            notes=[n.to_json(tz) for n in self.notes],
        )
        return item


@dataclass(frozen=True)
class MonthEarnings:
    """One month (the mentor's own calendar month) in one currency: the held paid sessions it
    earned on and their figures, and what waits on sessions not yet confirmed (valued at the
    commission in force now)."""

    month: date  # its first day
    currency: str
    sessions: int
    gross_cents: int
    commission_cents: int
    net_cents: int
    waiting_sessions: int
    waiting_net_cents: int

    def to_json(self) -> dict[str, Any]:
        return {"month": f"{self.month:%Y-%m}", "currency": self.currency,
                "sessions": self.sessions, "gross": cents(self.gross_cents),
                "commission": cents(self.commission_cents), "net": cents(self.net_cents),
                "waiting_sessions": self.waiting_sessions,
                "waiting_net": cents(self.waiting_net_cents)}


@dataclass(frozen=True)
class BundleEarnings:
    """A priced bundle's money: its value, what held sessions used, what is left, and what was
    refunded (a refunded bundle's unused part)."""

    bundle_id: str
    mentee_id: str
    mentee_name: str
    status: str
    currency: str
    sessions_total: int
    sessions_used: int
    value_cents: int
    used_cents: int
    remaining_cents: int
    refunded_cents: int
    net_cents: int

    def to_json(self) -> dict[str, Any]:
        return {"bundle_id": self.bundle_id, "mentee_id": self.mentee_id,
                "mentee_name": self.mentee_name, "status": self.status,
                "currency": self.currency, "sessions_total": self.sessions_total,
                "sessions_used": self.sessions_used, "value": cents(self.value_cents),
                "used": cents(self.used_cents), "remaining": cents(self.remaining_cents),
                "refunded": cents(self.refunded_cents), "net_earned": cents(self.net_cents)}


def cents(amount: int) -> str:
    """An amount of cents as a decimal string, exact: 12345 -> "123.45"."""
    sign = "-" if amount < 0 else ""
    whole, part = divmod(abs(amount), 100)
    return f"{sign}{whole}.{part:02d}"
