"""Commands on mentees, the journal and earnings: the list, a mentee's profile and journal,
notes and their search, what the work earned, and the commission it is counted at."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from services.cli.output import emit_json, plural, shown, table
from services.cli.shell import EXIT_OK, Command, UsageError
from services.records import MENTEE_SORT_KEYS, STAGES, cents

MENTEE_HEADERS = ("ID", "NAME", "LOCAL TIME", "STAGE", "BUNDLES", "SESSIONS LEFT", "LAST",
                  "NEXT", "HELD", "INTRO")
DECIDED = {"open": "waiting", "approve": "approved", "reject": "rejected"}


def _when(instant: datetime | None, tz: Any) -> str:
    return "" if instant is None else f"{instant.astimezone(tz):%Y-%m-%d %H:%M}"


def local_time(row: Any, now: datetime) -> str:
    """The time it is now where the mentee lives, as 'HH:MM (Zone)'; empty when unknown."""
    from services.timefmt import is_known_zone, zone

    if not row.timezone or not is_known_zone(row.timezone):
        return ""
    return f"{now.astimezone(zone(row.timezone)):%a %H:%M}"


def _stage(row: Any) -> str:
    return row.stage if row.stage_chosen or row.stage == row.stage_suggested \
        else f"{row.stage}*"


def mentee_line(row: Any, bundles: list[Any], tz: Any, now: datetime) -> list[str]:
    return [row.id, row.name, local_time(row, now),
            row.stage + ("" if not row.stage_chosen else " (set)"),
            ", ".join(f"{b.id} ({b.status}, {b.sessions_left} left)" for b in bundles) or "none",
            str(left_in(bundles)), _when(row.last_session, tz), _when(row.next_session, tz),
            str(row.sessions_held), DECIDED.get(row.intro_decision or "", "")]


def left_in(bundles: list[Any]) -> int:
    """The sessions left on a mentee's active bundles (what book-paid can still use)."""
    return sum(b.sessions_left for b in bundles if b.status == "active")


# -- mentees -----------------------------------------------------------------------------------

def _mentees_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", metavar="TEXT", default="",
                   help="name, e-mail, id, or anything in their journal")
    p.add_argument("--stage", choices=STAGES)
    p.add_argument("--sort", choices=MENTEE_SORT_KEYS, default="name")


def _mentees(args: argparse.Namespace, app: Any) -> int:
    from services.mentees import sorted_rows

    ids = None
    if args.search.strip():
        ids = tuple(sorted(app.journal.matching_mentees(args.search)))
    rows = app.mentees.rows(ids) if ids is None or ids else []
    if args.stage:
        rows = [r for r in rows if r.stage == args.stage]
    rows = sorted_rows(rows, args.sort)
    tz, now = app.mentees.timezone(), app.mentees.now()
    theirs: dict[str, list[Any]] = {r.id: [] for r in rows}
    for bundle in app.sessions.bundles():
        if bundle.mentee_id in theirs:
            theirs[bundle.mentee_id].append(bundle)
    if args.json:
        emit_json([{**r.to_json(tz, now), "bundles": [b.to_json() for b in theirs[r.id]],
                    "sessions_left": left_in(theirs[r.id])} for r in rows])
    else:
        table([mentee_line(r, theirs[r.id], tz, now) for r in rows], MENTEE_HEADERS,
              "No mentees yet: import a platform export." if not args.search and not args.stage
              else "No mentees.")
    return EXIT_OK


def _mentee_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("mentee_id", metavar="MENTEE_ID")
    p.add_argument("--stage", choices=(*STAGES, "auto"),
                   help="put the mentee at this stage of the cycle (auto: as the sessions "
                        "suggest)")


def _mentee(args: argparse.Namespace, app: Any) -> int:
    if args.stage:
        app.journal.set_stage(args.mentee_id, None if args.stage == "auto" else args.stage)
    profile = app.mentees.profile(args.mentee_id)
    tz, now = app.mentees.timezone(), app.mentees.now()
    if args.json:
        emit_json([profile.to_json(tz, now)])
        return EXIT_OK
    row = profile.row
    decided = DECIDED.get(row.intro_decision or "", "none")
    stage = row.stage + (f" (set by you; the sessions suggest {row.stage_suggested})"
                         if row.stage_chosen else " (as the sessions suggest)")
    for label, value in (("mentee", f"{row.name} <{row.email}>"), ("id", row.id),
                         ("local", local_time(row, now) + (f" ({row.timezone})"
                                                           if row.timezone else "")),
                         ("stage", stage), ("held", str(row.sessions_held)),
                         ("last", _when(row.last_session, tz) or "none"),
                         ("next", _when(row.next_session, tz) or "none"),
                         ("intro", decided)):
        print(f"{label:<8} {shown(value)}")
    for b in profile.bundles:
        price = f", {cents(b.price_cents)} {b.currency}" if b.price_cents is not None else ""
        print(f"bundle   {shown(b.id)}: {b.sessions_used} of {b.sessions_total} used, "
              f"{b.sessions_booked} booked ({b.status}{price})")
    if profile.profile_note:
        print("profile")
        _indented(profile.profile_note)
    for goal in profile.goals:
        due = f" (by {goal.due.isoformat()})" if goal.due else ""
        print(f"goal     {shown(goal.title)}{due}")
        for i in goal.indicators:
            current = "not yet measured" if i.current is None else f"{i.current:g}"
            print(f"  - {shown(i.name)}: {current} of {i.target:g} {shown(i.unit)}".rstrip())
    for note in profile.notes:
        print(f"note     {shown(note.session_id)}, {_when(note.session_start, tz)} "
              f"({note.session_type})")
        _indented(note.text)
    return EXIT_OK


def _indented(text: str) -> None:
    for line in text.split("\n"):
        print(f"  {shown(line)}".rstrip())


# -- notes -------------------------------------------------------------------------------------

def _note_arguments(p: argparse.ArgumentParser) -> None:
    from services.cli.shell import subcommands

    add = subcommands(p, "note_action")("add", "add to a session's note, or with --mentee to "
                                               "the mentee's profile note")
    add.add_argument("session_id", metavar="SESSION", nargs="?")
    add.add_argument("--mentee", metavar="MENTEE_ID")
    add.add_argument("text", metavar="TEXT")
    add.add_argument("--json", action="store_true", help="print a JSON array")


def _note(args: argparse.Namespace, app: Any) -> int:
    if (args.session_id is None) == (args.mentee is None):
        raise UsageError("note add takes a SESSION or --mentee MENTEE_ID, not both")
    tz = app.journal.timezone()
    if args.mentee is not None:
        profile = app.mentees.profile(args.mentee)
        text = _joined(profile.profile_note, args.text)
        stored = app.journal.set_profile_note(args.mentee, text)
        if args.json:
            emit_json([{"mentee_id": args.mentee, "kind": "profile", "text": stored}])
        else:
            print(f"profile note of {shown(profile.row.name)} saved "
                  f"({plural(len(stored), 'character')})")
        return EXIT_OK
    earlier = app.journal.note(args.session_id)
    record = app.journal.set_note(args.session_id,
                                  _joined(earlier.text if earlier else "", args.text))
    if args.json:
        emit_json([record.to_json(tz)] if record else [])
    else:
        print(f"note on {shown(args.session_id)} saved "
              f"({plural(len(record.text) if record else 0, 'character')})")
    return EXIT_OK


def _joined(earlier: str, text: str) -> str:
    """A note added to one already there goes below it, after a blank line."""
    return f"{earlier}\n\n{text}" if earlier.strip() else text


def _notes_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", metavar="TEXT", required=True)


def _notes(args: argparse.Namespace, app: Any) -> int:
    found = app.journal.search(args.search)
    tz = app.journal.timezone()
    if args.json:
        emit_json([n.to_json(tz) for n in found])
        return EXIT_OK
    if not found:
        print("No notes found.")
    for n in found:
        where = f"{shown(n.session_id)}, {_when(n.session_start, tz)}" if n.session_id \
            else "profile note"
        print(f"{shown(n.mentee_name)} ({shown(n.mentee_id)}), {where}")
        _indented(n.text)
    return EXIT_OK


# -- earnings ----------------------------------------------------------------------------------

def month_arg(text: str) -> date:
    try:
        return datetime.strptime(text.strip(), "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month (YYYY-MM)") from None


def year_arg(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (YYYY)")
    return int(text)


def _earnings_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", type=month_arg, metavar="YYYY-MM",
                   help="that month only (default: the last twelve months)")
    p.add_argument("--bundles", action="store_true", help="per bundle instead of per month")
    p.add_argument("--csv", metavar="FILE", help="write the year's sessions and earnings as CSV")
    p.add_argument("--year", type=year_arg, metavar="YYYY",
                   help="the year for --csv (default: this year)")


def _earnings(args: argparse.Namespace, app: Any) -> int:
    from services.earnings import percent

    service = app.earnings
    if args.csv:
        year = args.year or service.now().astimezone(service.timezone()).year
        count = service.export_csv(year, args.csv)
        print(f"wrote {plural(count, 'session')} of {year} to {shown(args.csv)}")
        return EXIT_OK
    if args.year:
        raise UsageError("--year goes with --csv FILE")
    if args.bundles:
        items = service.bundles()
        if args.json:
            emit_json([b.to_json() for b in items])
        else:
            table([[b.bundle_id, b.mentee_name, b.status, b.currency,
                    f"{b.sessions_used}/{b.sessions_total}", cents(b.value_cents),
                    cents(b.used_cents), cents(b.remaining_cents), cents(b.refunded_cents),
                    cents(b.net_cents)] for b in items],
                  ("BUNDLE", "MENTEE", "STATUS", "CUR", "USED", "VALUE", "USED VALUE",
                   "REMAINING", "REFUNDED", "NET EARNED"), "No priced bundles.")
        return EXIT_OK
    months = service.month(args.month) if args.month else service.last_twelve_months()
    if args.json:
        emit_json([m.to_json() for m in months])
        return EXIT_OK
    print(f"commission now {percent(service.commission_rate())} % of the mentor's share; "
          "earlier sessions keep the rate they were counted at")
    table([[f"{m.month:%Y-%m}", m.currency, str(m.sessions), cents(m.gross_cents),
            cents(m.commission_cents), cents(m.net_cents), str(m.waiting_sessions),
            cents(m.waiting_net_cents)] for m in months],
          ("MONTH", "CUR", "HELD", "GROSS", "COMMISSION", "NET", "UNCONFIRMED",
           "WAITING NET"), "Nothing earned in that time.")
    return EXIT_OK


def _commission_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("percent", metavar="PERCENT", nargs="?",
                   help="the platform's commission on sessions held from now on, e.g. 12.5")
    p.add_argument("--reset", action="store_true", help="back to the platform's default")


def _commission(args: argparse.Namespace, app: Any) -> int:
    from services.earnings import parse_percent, percent

    if args.percent is not None and args.reset:
        raise UsageError("give a PERCENT or --reset, not both")
    if args.percent is not None or args.reset:
        rate = app.earnings.set_commission_rate(None if args.reset
                                                else parse_percent(args.percent))
        print(f"commission {percent(rate)} % from now on; figures already counted keep theirs")
    else:
        print(f"commission {percent(app.earnings.commission_rate())} %")
    return EXIT_OK


COMMANDS = (
    Command("mentees", "your mentees with their ids (for book-paid --mentee): stage, bundles and "
                       "sessions left, last and next session", _mentees,
            _mentees_arguments, json=True),
    Command("mentee", "one mentee's profile and journal", _mentee, _mentee_arguments, json=True),
    Command("note", "add to the journal: a session's note or a mentee's profile note", _note,
            _note_arguments),
    Command("notes", "search the journal's notes", _notes, _notes_arguments, json=True),
    Command("earnings", "what held paid sessions earned, per month or per bundle; CSV for a year",
            _earnings, _earnings_arguments, json=True),
    Command("commission", "the platform's commission earnings are counted at", _commission,
            _commission_arguments),
)
