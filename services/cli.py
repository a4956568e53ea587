"""The `mentordesk` command line: a contract of names, options, outputs and exit codes.

Exit codes: 0 done; 2 usage error; 3 refused by a rule; 4 no such session, mentee or file;
5 invalid input file; 1 anything unexpected (one line here, the traceback in the log file).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from services.cli_calendar import register_calendar_commands
from services.errors import DomainError, InvalidInput, NotFound, RuleViolation
from services.records import DECISIONS, OUTCOMES, SESSION_TYPES, SORT_KEYS, STATUSES
from services.timefmt import WEEKDAYS, is_known_zone, parse_hhmm, parse_instant

EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, EXIT_RULE, EXIT_NOT_FOUND, EXIT_INVALID = 0, 1, 2, 3, 4, 5
NOW_ENV = "MENTORDESK_NOW"

Handler = Callable[[argparse.Namespace, Any], int]
HANDLERS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        HANDLERS[name] = func
        return func
    return register


# -- argument types (a bad value is a usage error, exit 2) ---------------------------------------

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


class Parser(argparse.ArgumentParser):
    def parse_known_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201
        # "--sort -start" would read "-start" as an option; bind it to --sort as a value.
        words = list(sys.argv[1:] if args is None else args)
        joined: list[str] = []
        for word in words:
            if joined and joined[-1] == "--sort" and word.startswith("-") and word[1:].isalpha():
                joined[-1] = f"--sort={word}"
            else:
                joined.append(word)
        return super().parse_known_args(joined, namespace)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> Parser:
    common = Parser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: MENTORDESK_DB, else the user data folder)")
    common.add_argument("--now", metavar="ISO8601", type=now_arg, default=argparse.SUPPRESS,
                        help="pretend it is this instant (default: MENTORDESK_NOW, else the clock)")
    parser = Parser(prog="mentordesk", parents=[common],
                    description="Mentor Desk: without a command, opens the desktop app.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def cmd(name: str, help_text: str, json_flag: bool = False) -> Parser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print a JSON array")
        return p

    cmd("import", "import a platform export file").add_argument("file", metavar="FILE.json")
    cmd("outbox", "write the decisions not yet sent as an outbox file").add_argument(
        "file", metavar="FILE.json")
    cmd("invitations", "intro requests waiting for your decision", True)
    cmd("upcoming", "scheduled sessions in the next 72 hours", True)
    cmd("pending-confirmation", "sessions that have ended and wait for confirmation", True)
    cmd("bundles", "the mentees' bundles", True)
    p = cmd("sessions", "all sessions, filtered and sorted", True)
    p.add_argument("--type", choices=SESSION_TYPES)
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--mentee", metavar="TEXT", default="", help="name (part) or id")
    p.add_argument("--sort", choices=SORT_KEYS, default="start", metavar="KEY",
                   help="start, mentee, status, type, ...; a leading '-' sorts descending, "
                        "written with '=' (--sort=-start)")
    p = cmd("show", "one session in full, with its history", True)
    p.add_argument("session_id", metavar="SESSION_ID")
    p = cmd("accept", "accept an intro request")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--despite-busy", action="store_true", help="book over busy calendar time")
    p = cmd("reject", "reject an intro request")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--reason", required=True)
    p = cmd("cancel", "cancel a scheduled session (at least 24 hours ahead)")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--reason", required=True)
    p = cmd("confirm", "confirm a session that has ended")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--outcome", required=True, choices=OUTCOMES)
    p.add_argument("--decision", choices=DECISIONS, help="intro sessions: continuation")
    cmd("undo", "take back the last decision not yet written to an outbox")
    p = cmd("request-intro", "enter an intro request for a mentee")
    p.add_argument("--mentee", required=True, metavar="MENTEE_ID")
    p.add_argument("--start", required=True, type=instant_arg, metavar="ISO8601")
    p.add_argument("--form-json", metavar="FILE", help="the mentee's form: a JSON object")
    p.add_argument("--despite-busy", action="store_true")
    p = cmd("book-paid", "book a paid session on the mentee's active bundle")
    p.add_argument("--mentee", required=True, metavar="MENTEE_ID")
    p.add_argument("--start", required=True, type=instant_arg, metavar="ISO8601")
    p.add_argument("--minutes", type=positive_int, default=60)
    p.add_argument("--despite-busy", action="store_true")

    availability = cmd("availability", "weekly availability and days off")
    asub = availability.add_subparsers(dest="availability_command", metavar="ACTION",
                                       parser_class=Parser, required=True)
    p = asub.add_parser("add", parents=[common], help="add a weekly window")
    p.add_argument("--kind", required=True, choices=SESSION_TYPES)
    p.add_argument("--weekday", required=True, type=weekday_arg, metavar="mon..sun")
    p.add_argument("--from", dest="start", required=True, type=hhmm_arg, metavar="HH:MM")
    p.add_argument("--to", dest="end", required=True, type=hhmm_arg, metavar="HH:MM")
    p = asub.add_parser("list", parents=[common], help="list windows and days off")
    p.add_argument("--json", action="store_true")
    p = asub.add_parser("remove", parents=[common], help="remove a window")
    p.add_argument("window_id", type=positive_int, metavar="ID")
    p = asub.add_parser("day-off", parents=[common], help="mark (or --remove) a day off")
    p.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--note", default="")
    p.add_argument("--remove", action="store_true")

    p = cmd("free-slots", "bookable slots left by availability, sessions and busy time", True)
    p.add_argument("--kind", required=True, choices=SESSION_TYPES)
    p.add_argument("--from", dest="start", type=date_arg, metavar="YYYY-MM-DD")
    # Today plus 14 days covers every intro slot bookable now (up to 14 x 24 h ahead).
    p.add_argument("--days", type=positive_int, default=15)
    p = cmd("timezone", "show or change the time zone times are shown in")
    p.add_argument("name", nargs="?", type=zone_arg, help="IANA name, e.g. Europe/Berlin")
    p.add_argument("--reset", action="store_true", help="use the export's time zone again")
    cmd("demo", "fill an empty database with sample data around now")
    for extend in EXTENSIONS:
        extend(cmd)
    return parser


# Further commands (e.g. the calendar ones) register here: each gets `cmd(name, help, json)`.
EXTENSIONS: list[Callable[[Callable[..., Parser]], None]] = [register_calendar_commands]


# -- output ----------------------------------------------------------------------------------------

def emit_json(items: list[dict[str, Any]]) -> None:
    json.dump(items, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def table(rows: list[Sequence[str]], headers: Sequence[str], empty: str) -> None:
    if not rows:
        print(empty)
        return
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*headers).rstrip())
    for row in rows:
        print(line.format(*row).rstrip())


def session_rows(records: list[Any], tz: Any) -> list[list[str]]:
    return [[r.id, f"{r.start.astimezone(tz):%a %Y-%m-%d %H:%M}", f"{r.duration_minutes} min",
             r.type, r.status, r.mentee_name] for r in records]


SESSION_HEADERS = ("ID", "START", "LENGTH", "TYPE", "STATUS", "MENTEE")


def list_sessions(args: argparse.Namespace, records: list[Any], tz: Any, empty: str) -> int:
    if args.json:
        emit_json([r.to_json(tz) for r in records])
    else:
        table(session_rows(records, tz), SESSION_HEADERS, empty)
    return EXIT_OK


# -- commands --------------------------------------------------------------------------------------

@command("import")
def _import(args: argparse.Namespace, app: Any) -> int:
    result = app.importer.import_file(args.file)
    print(result.summary())
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


@command("outbox")
def _outbox(args: argparse.Namespace, app: Any) -> int:
    result = app.outbox.write(args.file)
    print(f"wrote {result.count} action{'s' if result.count != 1 else ''} to {result.path}")
    if result.carried:
        print(f"kept {result.carried} earlier action{'s' if result.carried != 1 else ''} "
              "already in that file")
    return EXIT_OK


@command("invitations")
def _invitations(args: argparse.Namespace, app: Any) -> int:
    return list_sessions(args, app.sessions.invitations(), app.sessions.timezone(),
                         "No pending invitations.")


@command("upcoming")
def _upcoming(args: argparse.Namespace, app: Any) -> int:
    return list_sessions(args, app.sessions.upcoming(), app.sessions.timezone(),
                         "Nothing in the next 72 hours.")


@command("pending-confirmation")
def _pending(args: argparse.Namespace, app: Any) -> int:
    return list_sessions(args, app.sessions.pending_confirmation(), app.sessions.timezone(),
                         "Nothing waits for confirmation.")


@command("sessions")
def _sessions(args: argparse.Namespace, app: Any) -> int:
    from services.sessions import SessionQuery

    query = SessionQuery(types=(args.type,) if args.type else (),
                         statuses=(args.status,) if args.status else (),
                         mentee=args.mentee, sort=args.sort)
    return list_sessions(args, app.sessions.search(query), app.sessions.timezone(),
                         "No sessions match.")


@command("bundles")
def _bundles(args: argparse.Namespace, app: Any) -> int:
    bundles = app.sessions.bundles()
    if args.json:
        emit_json([b.to_json() for b in bundles])
    else:
        table([[b.id, b.mentee_name, f"{b.sessions_used} of {b.sessions_total}",
                str(b.sessions_booked), str(b.sessions_left), b.status] for b in bundles],
              ("ID", "MENTEE", "USED", "BOOKED", "LEFT", "STATUS"), "No bundles.")
    return EXIT_OK


@command("show")
def _show(args: argparse.Namespace, app: Any) -> int:
    record = app.sessions.get(args.session_id)
    history = app.sessions.history(args.session_id)
    tz = app.sessions.timezone()
    if args.json:
        item = record.to_json(tz)
        item["history"] = [{"at": a.at.astimezone(tz).isoformat(timespec="seconds"),
                            "action": a.action, "reason": a.reason, "outcome": a.outcome,
                            "decision": a.decision, "undone": a.undone,
                            "sent": a.sent_at is not None} for a in history]
        emit_json([item])
        return EXIT_OK
    print(f"{record.id}  {record.type}  {record.status}")
    print(f"  mentee   {record.mentee_name} ({record.mentee_id}, {record.mentee_email})")
    print(f"  when     {record.start.astimezone(tz):%a %Y-%m-%d %H:%M}–"
          f"{record.end.astimezone(tz):%H:%M} ({tz.key})")
    for label, value in (("bundle", record.bundle_id), ("reason", record.reason),
                         ("outcome", record.outcome), ("decision", record.decision)):
        if value:
            print(f"  {label:<8} {value}")
    for question, answer in record.form.items():
        print(f"  form     {question}: {answer}")
    for a in history:
        note = a.reason or a.outcome or ""
        flags = " (undone)" if a.undone else " (sent)" if a.sent_at else ""
        print(f"  history  {a.at.astimezone(tz):%Y-%m-%d %H:%M} {a.action} {note}{flags}")
    return EXIT_OK


def _said(record: Any, verb: str, tz: Any) -> None:
    print(f"{record.id} {verb}: {record.type} with {record.mentee_name}, "
          f"{record.start.astimezone(tz):%a %Y-%m-%d %H:%M} ({record.status})")


@command("accept")
def _accept(args: argparse.Namespace, app: Any) -> int:
    _said(app.sessions.accept(args.session_id, args.despite_busy), "accepted",
          app.sessions.timezone())
    return EXIT_OK


@command("reject")
def _reject(args: argparse.Namespace, app: Any) -> int:
    _said(app.sessions.reject(args.session_id, args.reason), "rejected", app.sessions.timezone())
    return EXIT_OK


@command("cancel")
def _cancel(args: argparse.Namespace, app: Any) -> int:
    _said(app.sessions.cancel(args.session_id, args.reason), "cancelled", app.sessions.timezone())
    return EXIT_OK


@command("confirm")
def _confirm(args: argparse.Namespace, app: Any) -> int:
    record = app.sessions.confirm(args.session_id, args.outcome, args.decision)
    _said(record, "confirmed", app.sessions.timezone())
    if record.bundle_id:
        bundle = app.sessions.bundle(record.bundle_id)
        print(f"bundle {bundle.id}: {bundle.sessions_used} of {bundle.sessions_total} used "
              f"({bundle.status})")
    return EXIT_OK


@command("undo")
def _undo(args: argparse.Namespace, app: Any) -> int:
    action = app.sessions.undo_last()
    print(f"undid {action.action} of {action.session_id}")
    return EXIT_OK


def _start(args: argparse.Namespace, app: Any) -> datetime:
    from services.timefmt import parse_local_or_instant

    try:
        return parse_local_or_instant(args.start, app.sessions.timezone())
    except ValueError as exc:
        raise UsageError(str(exc)) from None


@command("request-intro")
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


@command("book-paid")
def _book_paid(args: argparse.Namespace, app: Any) -> int:
    record = app.sessions.book_paid(args.mentee, _start(args, app), args.minutes,
                                    args.despite_busy)
    _said(record, "booked", app.sessions.timezone())
    return EXIT_OK


@command("availability")
def _availability(args: argparse.Namespace, app: Any) -> int:
    service = app.availability
    action = args.availability_command
    if action == "add":
        window = service.add_window(args.kind, args.weekday, args.start, args.end)
        print(f"added {window.kind} window {window.id}: {window.label()}")
    elif action == "remove":
        window = service.remove_window(args.window_id)
        print(f"removed {window.kind} window {window.id}: {window.label()}")
    elif action == "day-off":
        if args.remove:
            service.remove_day_off(args.date)
            print(f"{args.date.isoformat()} is no longer a day off")
        else:
            service.add_day_off(args.date, args.note)
            print(f"{args.date.isoformat()} is a day off")
    else:
        windows = service.windows()
        days_off = service.days_off(app.clock.now().astimezone(service.timezone()).date())
        if args.json:
            emit_json([w.to_json() for w in windows]
                      + [{"id": d.id, "kind": "day_off", "date": d.day.isoformat(),
                          "note": d.note} for d in days_off])
        else:
            table([[str(w.id), w.kind, w.label()] for w in windows], ("ID", "KIND", "WHEN"),
                  "No availability windows yet.")
            for d in days_off:
                print(f"day off  {d.day:%a %Y-%m-%d} {d.note}".rstrip())
    return EXIT_OK


@command("free-slots")
def _free_slots(args: argparse.Namespace, app: Any) -> int:
    slots = app.availability.free_slots(args.kind, args.start, args.days)
    tz = app.availability.timezone()
    if args.json:
        emit_json([s.to_json(tz) for s in slots])
    else:
        table([[f"{s.start.astimezone(tz):%a %Y-%m-%d %H:%M}",
                f"{s.end.astimezone(tz):%H:%M}", s.kind] for s in slots],
              ("START", "END", "KIND"), "No free slots in that period.")
    return EXIT_OK


@command("timezone")
def _timezone(args: argparse.Namespace, app: Any) -> int:
    if args.reset or args.name:
        app.settings.set_timezone(None if args.reset else args.name)
    print(app.settings.timezone_name())
    return EXIT_OK


@command("demo")
def _demo(args: argparse.Namespace, app: Any) -> int:
    from services.demo import install

    print(install(app))
    return EXIT_OK


# -- running ---------------------------------------------------------------------------------------

class UsageError(Exception):
    """A value the parser could only judge once the database was open (exit 2)."""


def log_path() -> Path:
    import platformdirs

    from services.db import APP_NAME

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "mentordesk.log"


def log_file_handler() -> logging.FileHandler | None:
    """A handler appending to the log file (its folder made first); None if it cannot be."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def log_unexpected(exc: BaseException) -> Path | None:
    handler = log_file_handler()
    if handler is None:
        return None
    logger = logging.getLogger("mentordesk")
    logger.addHandler(handler)
    logger.error("unexpected error", exc_info=exc)
    handler.close()
    logger.removeHandler(handler)
    return Path(handler.baseFilename)


def clock_from(args: argparse.Namespace) -> Any:
    from services.clock import FixedClock, SystemClock

    now = getattr(args, "now", None)
    if now is None and os.environ.get(NOW_ENV):
        try:
            now = parse_instant(os.environ[NOW_ENV])
        except ValueError:
            raise UsageError(f"{NOW_ENV}={os.environ[NOW_ENV]!r} is not an ISO 8601 time "
                             "with an offset") from None
    return FixedClock(now) if now is not None else SystemClock()


def report(message: str, code: int) -> int:
    print(f"mentordesk: {message}", file=sys.stderr)
    return code


def run(argv: Sequence[str] | None = None) -> int:
    """Parse and run one command (the Qt-free entry, e.g. for tests)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    return execute(args)


def execute(args: argparse.Namespace) -> int:
    """Run a parsed command; returns its exit code and never lets a traceback reach the user."""
    app = None
    try:
        from services.container import Services

        app = Services.open(getattr(args, "db", None), clock_from(args))
        return HANDLERS[args.command](args, app)
    except UsageError as exc:
        return report(str(exc), EXIT_USAGE)
    except InvalidInput as exc:
        print(f"mentordesk: {exc.message}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INVALID
    except NotFound as exc:
        return report(exc.message, EXIT_NOT_FOUND)
    except RuleViolation as exc:
        consent = " (add --despite-busy to consent)" if exc.code == "busy_time" else ""
        return report(f"refused: {exc.message}{consent}", EXIT_RULE)
    except DomainError as exc:
        return report(exc.message, EXIT_RULE)
    except KeyboardInterrupt:
        return report("interrupted", EXIT_UNEXPECTED)
    except BrokenPipeError:
        # The reader (e.g. `| head`) has had enough: not an error of ours or the user's.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - swallow the final flush
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the contract: one line, traceback to the log
        where = log_unexpected(exc)
        detail = f"; details in {where}" if where else ""
        # Some messages run over several lines (SQLAlchemy's do); the log has them whole.
        first = next(iter(str(exc).strip().splitlines()), "")
        return report(f"unexpected error: {exc.__class__.__name__}: {first}{detail}",
                      EXIT_UNEXPECTED)
    finally:
        if app is not None:
            app.close()
