"""Calendar commands: export to .ics, busy time from .ics, and the calendar file kept up to date."""

from __future__ import annotations

import argparse
from typing import Any

from services.cli.args import date_arg, positive_int
from services.cli.output import emit_json, plural, shown, table
from services.cli.shell import EXIT_OK, Command, UsageError
from services.records import EXPORT_CONTENTS


def _export_ics_arguments(p: argparse.ArgumentParser) -> None:
    # The choices from the records, not from the exporter: building the parser (for --help or
    # --version too) loads nothing of the database.
    p.add_argument("file", metavar="OUT.ics")
    p.add_argument("--what", choices=EXPORT_CONTENTS, default="all",
                   help="sessions, free availability, or both (default)")
    p.add_argument("--from", dest="start", type=date_arg, metavar="YYYY-MM-DD",
                   help="first day (default: today)")
    p.add_argument("--days", type=positive_int, default=28, help="how many days (default 28)")
    p.add_argument("--no-names", action="store_true",
                   help="'Mentoring session' instead of the type and the mentee's name")


def _export_ics(args: argparse.Namespace, app: Any) -> int:
    from services.ical_export import ExportOptions

    options = ExportOptions(what=args.what, first_day=args.start, days=args.days,
                            names=not args.no_names)
    print(app.calendar_export.write(args.file, options).summary())
    return EXIT_OK


def _import_ics_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE.ics")
    p.add_argument("--source", metavar="NAME",
                   help="the calendar this file is (replacing its busy times), or a new one of "
                        "that name; default: the calendar read from this file before, else a "
                        "new one named as the file names itself")


def _import_ics(args: argparse.Namespace, app: Any) -> int:
    result = app.calendar_import.import_file(args.file, args.source)
    tz = app.availability.timezone()
    calendar, stored = result.stored.calendar, result.stored
    found = (f"{plural(calendar.blocks, 'busy block')} from {shown(result.path.name)} "
             f"({calendar.window_start.astimezone(tz):%Y-%m-%d} to "
             f"{calendar.window_end.astimezone(tz):%Y-%m-%d})")
    if stored.replaced is None:
        line = f"{shown(calendar.label)}: new calendar, {found}"
    else:
        line = f"{shown(calendar.label)}: {found}, replacing the {stored.replaced} it had"
    if not calendar.blocks or calendar.next_event is None or calendar.next_event > \
            calendar.window_end:
        line += f"; next event: {_next_event(calendar, tz)}"
    if stored.namesakes:
        others = ", ".join(shown(name) for name in stored.namesakes)
        line += (f"; {plural(len(stored.namesakes), 'other calendar')} also called "
                 f"{shown(calendar.name)}: {others} (busy-calendars --rename tells them apart)")
    print(line)
    return EXIT_OK


def _busy_calendars_arguments(p: argparse.ArgumentParser) -> None:
    action = p.add_mutually_exclusive_group()
    action.add_argument("--remove", metavar="NAME", help="forget that calendar and its busy times")
    action.add_argument("--rename", nargs=2, metavar=("NAME", "NEW_NAME"),
                        help="call that calendar NEW_NAME from now on")


def _busy_calendars(args: argparse.Namespace, app: Any) -> int:
    availability = app.availability
    tz = availability.timezone()
    if args.remove is not None:
        removed = availability.remove_busy_calendar(args.remove)
        print(f"removed {shown(removed.label)} and its {plural(removed.blocks, 'busy block')}")
    elif args.rename is not None:
        old, new = args.rename
        if not new.strip():
            raise UsageError("the new name is empty")
        record = availability.rename_busy_calendar(old, new)
        print(f"{shown(old)} is now called {shown(record.label)}")
    elif args.json:
        emit_json([c.to_json(tz) for c in availability.busy_calendars()])
    else:
        table([[c.label, str(c.blocks), _next_event(c, tz), c.file_name or ""]
               for c in availability.busy_calendars()],
              ("CALENDAR", "BUSY BLOCKS", "NEXT EVENT", "FILE"), "No calendar imported yet.")
    return EXIT_OK


def _next_event(calendar: Any, tz: Any) -> str:
    from services import policy

    if calendar.next_event is None:
        return f"none in {policy.BUSY_NEXT_EVENT_AHEAD.days // 365} years"
    return f"{calendar.next_event.astimezone(tz):%a %Y-%m-%d %H:%M}"


def _calendar_file_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", nargs="?", metavar="PATH")
    p.add_argument("--off", action="store_true", help="stop updating the file (it is kept)")
    names = p.add_mutually_exclusive_group()
    names.add_argument("--no-names", dest="names", action="store_false", default=None,
                       help="'Mentoring session' instead of the type and the mentee's name "
                            "(for a file in a shared or cloud-synced folder)")
    names.add_argument("--names", dest="names", action="store_true",
                       help="show the type and the mentee's name again")


def _calendar_file(args: argparse.Namespace, app: Any) -> int:
    sync = app.calendar_sync
    if args.off and (args.path or args.names is not None):
        raise UsageError("give a PATH (and --names or --no-names) or --off, not both")
    current = sync.path()
    if args.off:
        sync.set_path(None)
        print(f"no longer updating {shown(current)}" if current else "no calendar file was kept")
    elif args.path or args.names is not None:
        if not (args.path or current):
            raise UsageError("no calendar file is kept up to date yet: give its PATH")
        export = sync.set_path(args.path or current, args.names)
        print(f"keeping {shown(sync.path())} up to date{_names_note(sync)}; {export.summary()}")
    elif current:
        print(f"{shown(current)}{_names_note(sync)}")
    else:
        print("No calendar file is kept up to date (set one: mentordesk calendar-file PATH).")
    return EXIT_OK


def _names_note(sync: Any) -> str:
    return "" if sync.names() else " (mentee names hidden)"


COMMANDS = (
    Command("export-ics", "write booked sessions and free availability as an iCalendar file",
            _export_ics, _export_ics_arguments),
    Command("import-ics", "read busy times from a Google or Outlook .ics export", _import_ics,
            _import_ics_arguments),
    Command("calendar-file", "show, set or stop (--off) the .ics file kept up to date",
            _calendar_file, _calendar_file_arguments),
    Command("busy-calendars", "the calendars busy time was read from (--rename or --remove one)",
            _busy_calendars, _busy_calendars_arguments, json=True),
)
