"""Commands on sessions: the platform exchange, the three work lists, the history, and every
decision a mentor takes."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from services.cli.args import instant_arg, positive_int
from services.cli.output import emit_json, plural, shown, table
from services.cli.shell import EXIT_OK, Command, UsageError, refused
from services.errors import InvalidInput
from services.records import DECISIONS, OUTCOMES, SESSION_TYPES, SORT_KEYS, STATUSES
from services.timefmt import ago

SESSION_HEADERS = ("ID", "START", "LENGTH", "TYPE", "STATUS", "MENTEE")


def session_rows(records: list[Any], tz: Any) -> list[list[str]]:
    return [[r.id, f"{r.start.astimezone(tz):%a %Y-%m-%d %H:%M}", f"{r.duration_minutes} min",
             r.type, r.status, r.mentee_name] for r in records]


def list_sessions(args: argparse.Namespace, records: list[Any], tz: Any, empty: str) -> int:
    if args.json:
        emit_json([r.to_json(tz) for r in records])
    else:
        table(session_rows(records, tz), SESSION_HEADERS, empty)
    return EXIT_OK


def _said(record: Any, verb: str, tz: Any) -> None:
    print(f"{shown(record.id)} {verb}: {record.type} with {shown(record.mentee_name)}, "
          f"{record.start.astimezone(tz):%a %Y-%m-%d %H:%M} ({record.status})")


def _session_id(p: argparse.ArgumentParser) -> None:
    p.add_argument("session_id", metavar="SESSION_ID")


# -- the platform exchange ---------------------------------------------------------------------

def _import(args: argparse.Namespace, app: Any) -> int:
    result = app.importer.import_file(args.file)
    print(result.summary())
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _outbox(args: argparse.Namespace, app: Any) -> int:
    result = app.outbox.write(args.file)
    print(f"wrote {plural(result.count, 'action')} to {shown(result.path)}")
    if result.carried:
        print(f"kept {plural(result.carried, 'earlier action')} already in that file")
    return EXIT_OK


# -- the work lists and the history ------------------------------------------------------------

def _invitations(args: argparse.Namespace, app: Any) -> int:
    reviews, tz = app.sessions.invitation_reviews(), app.sessions.timezone()
    if args.json:
        emit_json([review.to_json(tz) for review in reviews])
        return EXIT_OK
    records = [review.record for review in reviews]
    rows = [[*row, str(len(review.red_flags)) if review.red_flags else "none",
             f"{review.intros_this_month} of {review.intro_limit}",
             "yes" if review.accept_refusal is None else "no"]
            for review, row in zip(reviews, session_rows(records, tz))]
    table(rows, (*SESSION_HEADERS, "RED FLAGS", "INTROS", "ACCEPTABLE"), "No pending invitations.")
    for review in reviews:
        lines = review_lines(review)
        if lines:
            print(f"\n{shown(review.record.id)} ({shown(review.record.mentee_name)})")
            for line in lines:
                print(f"  {line}")
    return EXIT_OK


def review_lines(review: Any, month: bool = False) -> list[str]:
    """What the mentor weighs before accepting: each red flag, the intros that month, and the
    refusal Accept would meet."""
    lines = [f"red flag  {flag.title}: {shown(flag.explanation)}" for flag in review.red_flags]
    if month:
        lines.append(f"intros    {review.intros_this_month} of {review.intro_limit} in "
                     f"{review.month:%B %Y}, this one included")
    refusal = review.accept_refusal
    if refusal is not None:
        lines.append(f"accept    {shown(refused(refusal.code, refusal.message))}")
    return lines


def _upcoming(args: argparse.Namespace, app: Any) -> int:
    records, tz = app.sessions.upcoming(), app.sessions.timezone()
    if args.json:
        return list_sessions(args, records, tz, "")
    rows = [[*row, mentee_time(r)] for r, row in zip(records, session_rows(records, tz))]
    table(rows, (*SESSION_HEADERS, "MENTEE'S TIME"), "Nothing in the next 72 hours.")
    return EXIT_OK


def mentee_time(record: Any) -> str:
    """When the session starts on the mentee's clock: 'Tue 00:00 Asia/Tokyo'."""
    theirs = record.mentee_zone()
    if theirs is None:
        return "not known"
    return f"{record.start.astimezone(theirs):%a %H:%M} {theirs.key}"


def _pending(args: argparse.Namespace, app: Any) -> int:
    records, tz, now = app.sessions.pending_confirmation(), app.sessions.timezone(), app.clock.now()
    if args.json:
        emit_json([{**r.to_json(tz), "overdue_minutes": int((now - r.end).total_seconds() // 60)}
                   for r in records])
        return EXIT_OK
    rows = [[*row, ago(now - r.end)] for r, row in zip(records, session_rows(records, tz))]
    table(rows, (*SESSION_HEADERS, "ENDED"), "Nothing waits for confirmation.")
    return EXIT_OK


def _sessions_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--type", choices=SESSION_TYPES)
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--mentee", metavar="TEXT", default="", help="name (part) or id")
    p.add_argument("--search", metavar="TEXT", default="",
                   help="words found in the mentee's name or e-mail, the id, the intro form "
                        "or the reason; accents and case do not matter")
    p.add_argument("--sort", choices=SORT_KEYS, default="start", metavar="KEY",
                   help="start, mentee, status, type, ...; a leading '-' sorts descending, "
                        "written with '=' (--sort=-start)")


def _sessions(args: argparse.Namespace, app: Any) -> int:
    from services.sessions import SessionQuery

    query = SessionQuery(types=(args.type,) if args.type else (),
                         statuses=(args.status,) if args.status else (),
                         mentee=args.mentee, text=args.search, sort=args.sort)
    records, tz = app.sessions.search(query), app.sessions.timezone()
    if args.json:
        return list_sessions(args, records, tz, "")
    # Sessions booked here stay "not yet" until an export brings them back from the platform.
    rows = [[*row, "yes" if r.platform_confirmed else "not yet"]
            for r, row in zip(records, session_rows(records, tz))]
    table(rows, (*SESSION_HEADERS, "ON PLATFORM"), "No sessions match.")
    return EXIT_OK


def _bundles(args: argparse.Namespace, app: Any) -> int:
    bundles = app.sessions.bundles()
    if args.json:
        emit_json([b.to_json() for b in bundles])
    else:
        table([[b.id, b.mentee_name, f"{b.sessions_used} of {b.sessions_total}",
                str(b.sessions_booked), str(b.sessions_left), b.status] for b in bundles],
              ("ID", "MENTEE", "USED", "BOOKED", "LEFT", "STATUS"), "No bundles.")
    return EXIT_OK


def _show(args: argparse.Namespace, app: Any) -> int:
    review = app.sessions.review(args.session_id)
    record = review.record
    history = app.sessions.history(args.session_id)
    tz = app.sessions.timezone()
    request = record.status == "requested"
    if args.json:
        item = review.to_json(tz) if record.type == "intro" else record.to_json(tz)
        item["red_flags"] = [flag.to_json() for flag in review.red_flags]
        if not request:
            item.pop("accept_refusal", None)
        item["history"] = [{"at": a.at.astimezone(tz).isoformat(timespec="seconds"),
                            "action": a.action, "reason": a.reason, "outcome": a.outcome,
                            "decision": a.decision, "undone": a.undone,
                            "sent": a.sent_at is not None} for a in history]
        emit_json([item])
        return EXIT_OK
    print(f"{shown(record.id)}  {record.type}  {record.status}")
    print(f"  mentee   {shown(record.mentee_name)} ({shown(record.mentee_id)}, "
          f"{shown(record.mentee_email)})")
    print(f"  when     {record.start.astimezone(tz):%a %Y-%m-%d %H:%M}–"
          f"{record.end.astimezone(tz):%H:%M} ({tz.key})")
    for label, value in (("bundle", record.bundle_id), ("reason", record.reason),
                         ("outcome", record.outcome), ("decision", record.decision)):
        if value:
            print(f"  {label:<8} {shown(value)}")
    for question, answer in record.form.items():
        print(f"  form     {shown(question)}: {shown(answer)}")
    if record.type == "intro":
        lines = review_lines(review, month=True)
        for line in lines if request else [line for line in lines if line.startswith("red")]:
            print(f"  {line}")
    for a in history:
        state = " (undone)" if a.undone else " (sent)" if a.sent_at else ""
        print(f"  history  {a.at.astimezone(tz):%Y-%m-%d %H:%M} {a.action} "
              f"{shown(history_note(a))}".rstrip() + state)
    return EXIT_OK


def history_note(action: Any) -> str:
    """The reason, or the outcome with the intro's decision: 'held; continuation approved'."""
    if action.reason:
        return action.reason
    if action.outcome is None:
        return ""
    decided = {"approve": "; continuation approved", "reject": "; continuation rejected"}
    return action.outcome.replace("_", " ") + decided.get(action.decision or "", "")


# -- decisions ---------------------------------------------------------------------------------

def _accept_arguments(p: argparse.ArgumentParser) -> None:
    _session_id(p)
    p.add_argument("--despite-busy", action="store_true", help="book over busy calendar time")


def _accept(args: argparse.Namespace, app: Any) -> int:
    _said(app.sessions.accept(args.session_id, args.despite_busy), "accepted",
          app.sessions.timezone())
    return EXIT_OK


def _with_reason(p: argparse.ArgumentParser) -> None:
    _session_id(p)
    p.add_argument("--reason", required=True)


def _reject(args: argparse.Namespace, app: Any) -> int:
    _said(app.sessions.reject(args.session_id, args.reason), "rejected", app.sessions.timezone())
    return EXIT_OK


def _cancel(args: argparse.Namespace, app: Any) -> int:
    _said(app.sessions.cancel(args.session_id, args.reason), "cancelled", app.sessions.timezone())
    return EXIT_OK


def _confirm_arguments(p: argparse.ArgumentParser) -> None:
    _session_id(p)
    p.add_argument("--outcome", required=True, choices=OUTCOMES)
    p.add_argument("--decision", choices=DECISIONS, help="intro sessions: continuation")


def _confirm(args: argparse.Namespace, app: Any) -> int:
    record = app.sessions.confirm(args.session_id, args.outcome, args.decision)
    _said(record, "confirmed", app.sessions.timezone())
    if record.bundle_id:
        bundle = app.sessions.bundle(record.bundle_id)
        print(f"bundle {shown(bundle.id)}: {bundle.sessions_used} of {bundle.sessions_total} used "
              f"({bundle.status})")
    return EXIT_OK


def _undo(args: argparse.Namespace, app: Any) -> int:
    action = app.sessions.undo_last()
    print(f"undid {action.action} of {shown(action.session_id)}")
    return EXIT_OK


def _start(args: argparse.Namespace, app: Any) -> datetime:
    from services.timefmt import parse_local_or_instant

    try:
        return parse_local_or_instant(args.start, app.sessions.timezone())
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _booking_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mentee", required=True, metavar="MENTEE_ID")
    p.add_argument("--start", required=True, type=instant_arg, metavar="ISO8601")


def _request_intro_arguments(p: argparse.ArgumentParser) -> None:
    _booking_arguments(p)
    p.add_argument("--form-json", metavar="FILE", help="the mentee's form: a JSON object")
    p.add_argument("--despite-busy", action="store_true")


def _request_intro(args: argparse.Namespace, app: Any) -> int:
    form = None
    if args.form_json:
        form = read_form(Path(args.form_json))
    record = app.sessions.request_intro(args.mentee, _start(args, app), form, args.despite_busy)
    _said(record, "requested", app.sessions.timezone())
    return EXIT_OK


def read_form(path: Path) -> dict[str, str]:
    from services.errors import Problem
    from services.files import read_json

    data = read_json(path)
    if not isinstance(data, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise InvalidInput(path.name, [Problem(
            "$", "a form is a JSON object of question -> answer, both strings")])
    return data


def _book_paid_arguments(p: argparse.ArgumentParser) -> None:
    _booking_arguments(p)
    p.add_argument("--minutes", type=positive_int, default=60)
    p.add_argument("--despite-busy", action="store_true")


def _book_paid(args: argparse.Namespace, app: Any) -> int:
    record = app.sessions.book_paid(args.mentee, _start(args, app), args.minutes,
                                    args.despite_busy)
    _said(record, "booked", app.sessions.timezone())
    return EXIT_OK


def _demo(args: argparse.Namespace, app: Any) -> int:
    from services.demo import install

    print(install(app))
    return EXIT_OK


COMMANDS = (
    Command("import", "import a platform export file", _import,
            lambda p: p.add_argument("file", metavar="FILE.json")),
    Command("outbox", "write the decisions not yet sent as an outbox file", _outbox,
            lambda p: p.add_argument("file", metavar="FILE.json")),
    Command("invitations", "intro requests waiting for your decision", _invitations, json=True),
    Command("upcoming", "scheduled sessions in the next 72 hours", _upcoming, json=True),
    Command("pending-confirmation", "sessions that have ended and wait for confirmation",
            _pending, json=True),
    Command("bundles", "the mentees' bundles", _bundles, json=True),
    Command("sessions", "all sessions, filtered and sorted", _sessions, _sessions_arguments,
            json=True),
    Command("show", "one session in full, with its history", _show, _session_id, json=True),
    Command("accept", "accept an intro request", _accept, _accept_arguments),
    Command("reject", "reject an intro request", _reject, _with_reason),
    Command("cancel", "cancel a scheduled session (at least 24 hours ahead)", _cancel,
            _with_reason),
    Command("confirm", "confirm a session that has ended", _confirm, _confirm_arguments),
    Command("undo", "take back the last decision not yet written to an outbox", _undo),
    Command("request-intro", "enter an intro request for a mentee", _request_intro,
            _request_intro_arguments),
    Command("book-paid", "book a paid session on the mentee's active bundle", _book_paid,
            _book_paid_arguments),
    Command("demo", "fill an empty database with sample data around now", _demo),
)
