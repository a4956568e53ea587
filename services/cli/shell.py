"""The shell every command runs in: the parser built from a table of commands, and one place
where errors become a sentence and an exit code.

Exit codes: 0 done; 2 usage error; 3 refused by a rule; 4 no such session, mentee or file;
5 invalid input file, or a file or folder that cannot be used (the database among them: busy,
damaged, newer, not a database); 1 anything unexpected (one line here, the traceback in the
log file).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from services.about import VERSION
from services.cli.args import now_arg
from services.cli.output import for_people
from services.errors import DomainError, FileUnusable, InvalidInput, NotFound, RuleViolation
from services.timefmt import parse_instant

EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, EXIT_RULE, EXIT_NOT_FOUND, EXIT_INVALID = 0, 1, 2, 3, 4, 5
NOW_ENV = "MENTORDESK_NOW"
# The options before a command that take a value (see common_options), for split_files.
VALUED_OPTIONS = ("--db", "--now", "--mentor")
# What the app opens when named on the command line or from a file manager.
OPENABLE_SUFFIXES = (".json", ".ics")

Handler = Callable[[argparse.Namespace, Any], int]


class UsageError(Exception):
    """A value the parser could only judge once the database was open (exit 2)."""


@dataclass(frozen=True)
class Command:
    """One `mentordesk` command: its name and help, its arguments, and what runs it.

    `arguments` adds the command's own options to its parser; `handler(args, services)` does
    the work and returns the exit code. `json` adds the common `--json` flag.
    """

    name: str
    help: str
    handler: Handler
    arguments: Callable[[argparse.ArgumentParser], None] | None = None
    json: bool = False
    # False for a command that handles the database file itself (`restore`): its handler gets
    # None instead of the opened services.
    opens_database: bool = True


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


def common_options() -> Parser:
    """--db, --now and --mentor, accepted before the command and after it alike."""
    common = Parser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: MENTORDESK_DB, else the user data folder)")
    common.add_argument("--now", metavar="ISO8601", type=now_arg, default=argparse.SUPPRESS,
                        help="pretend it is this instant (default: MENTORDESK_NOW, else the clock)")
    common.add_argument("--mentor", metavar="ID", default=argparse.SUPPRESS,
                        help="the mentor to work for, in a database several share (default: "
                             "MENTORDESK_MENTOR, else the only one this desk may see)")
    return common


def build_parser(commands: Iterable[Command]) -> Parser:
    common = common_options()
    parser = Parser(prog="mentordesk", parents=[common],
                    description="Mentor Desk: without a command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"mentordesk {VERSION}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in commands:
        p = sub.add_parser(command.name, parents=[common], help=command.help,
                           description=command.help)
        p.set_defaults(handler=command.handler, opens_database=command.opens_database)
        if command.json:
            p.add_argument("--json", action="store_true", help="print a JSON array")
        if command.arguments is not None:
            command.arguments(p)
    return parser


def split_files(argv: Sequence[str], command_names: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split `mentordesk [--db PATH] FILE...` into the words for the parser and the files the app
    should open.

    The first word that is neither an option nor an option's value is a command when it names
    one, even if a file of that name exists. Otherwise, if it names a file or ends like an export
    or a calendar (.json, .ics), it and every later such word are files. Anything else is left to
    the parser, which reports an unknown command.
    """
    words = list(argv)
    names = set(command_names)
    first = _first_positional(words)
    if first is None or words[first] in names:
        return words, []
    word = words[first]
    if not (os.path.isfile(word) or word.lower().endswith(OPENABLE_SUFFIXES)):
        return words, []
    kept, files = words[:first], []
    i = first
    while i < len(words):
        if words[i].startswith("-"):
            step = 2 if words[i] in VALUED_OPTIONS else 1
            kept += words[i:i + step]
            i += step
        else:
            files.append(words[i])
            i += 1
    return kept, files


def _first_positional(words: list[str]) -> int | None:
    i = 0
    while i < len(words):
        if words[i] == "--":
            return None
        if not words[i].startswith("-"):
            return i
        i += 2 if words[i] in VALUED_OPTIONS else 1
    return None


def subcommands(parser: argparse.ArgumentParser, dest: str) -> Callable[..., argparse.ArgumentParser]:
    """Actions under a command (`availability add`, ...): returns `add(name, help)`, whose
    parsers take --db and --now too."""
    common = common_options()
    sub = parser.add_subparsers(dest=dest, metavar="ACTION", parser_class=Parser, required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    return add


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


def refused(code: str, message: str) -> str:
    """A rule's refusal as the command line says it, with how to consent where one can."""
    consent = " (add --despite-busy to consent)" if code == "busy_time" else ""
    return f"refused: {message}{consent}"


def report(message: str, code: int) -> int:
    print(f"mentordesk: {message}", file=sys.stderr)
    return code


def run(argv: Sequence[str] | None, commands: Iterable[Command]) -> int:
    """Parse and run one command (the Qt-free entry, e.g. for tests)."""
    parser = build_parser(commands)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    return execute(args)


def execute(args: argparse.Namespace) -> int:
    """Run a parsed command; returns its exit code and never lets a traceback reach the user."""
    with for_people():
        return _execute(args)


def _execute(args: argparse.Namespace) -> int:
    app = None
    try:
        from services.container import Services

        if getattr(args, "opens_database", True):
            app = Services.open(getattr(args, "db", None), clock_from(args),
                                getattr(args, "mentor", None))
            # The command line keeps the calendar file by rewriting it once the command is done
            # (the calendar modules are loaded then: a command that changes nothing does not).
            app.hub.subscribe(lambda change: app.calendar_sync.on_change(change))
        return args.handler(args, app)
    except UsageError as exc:
        return report(str(exc), EXIT_USAGE)
    except InvalidInput as exc:
        print(f"mentordesk: {exc.message}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INVALID
    except FileUnusable as exc:
        return report(exc.message, EXIT_INVALID)
    except NotFound as exc:
        return report(exc.message, EXIT_NOT_FOUND)
    except RuleViolation as exc:
        return report(refused(exc.code, exc.message), EXIT_RULE)
    except DomainError as exc:
        return report(exc.message, EXIT_RULE)
    except KeyboardInterrupt:
        return report("interrupted", EXIT_UNEXPECTED)
    except BrokenPipeError:
        # The reader (e.g. `| head`) has had enough: not an error of ours or the user's.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - swallow the final flush
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the contract: one line, traceback to the log
        from services.db import damaged_database
        from services.logs import log_unexpected

        damaged = damaged_database(app.engine, exc) if app is not None else None
        if damaged is not None:
            return report(damaged.message, EXIT_INVALID)

        where = log_unexpected(exc)
        detail = f"; details in {where}" if where else ""
        # Some messages run over several lines (SQLAlchemy's do); the log has them whole.
        first = next(iter(str(exc).strip().splitlines()), "")
        return report(f"unexpected error: {exc.__class__.__name__}: {first}{detail}",
                      EXIT_UNEXPECTED)
    finally:
        if app is not None:
            _deliver(app)
            app.close()


def _deliver(app: Any) -> None:
    """What the command changed reaches the listeners now that it has returned (committed work
    stays done even when a later step failed); a calendar file it could not rewrite is said."""
    app.hub.deliver()
    sync = app.made("calendar_sync")  # made when there was a change to write
    error = sync.last_error if sync is not None else None
    if error:
        print(f"mentordesk: warning: the calendar file was not updated: {error}; choose "
              "another file with `mentordesk calendar-file PATH`, or stop with --off",
              file=sys.stderr)
