"""Commands on the mentor's time: weekly availability, days off, free slots and the time zone."""

from __future__ import annotations

import argparse
from typing import Any

from services.cli.args import date_arg, hhmm_arg, positive_int, weekday_arg, zone_arg
from services.cli.output import emit_json, shown, table
from services.cli.shell import EXIT_OK, Command, subcommands
from services.records import SESSION_TYPES


def _availability_arguments(parser: argparse.ArgumentParser) -> None:
    add = subcommands(parser, "availability_command")
    p = add("add", "add a weekly window")
    p.add_argument("--kind", required=True, choices=SESSION_TYPES)
    p.add_argument("--weekday", required=True, type=weekday_arg, metavar="mon..sun")
    p.add_argument("--from", dest="start", required=True, type=hhmm_arg, metavar="HH:MM")
    p.add_argument("--to", dest="end", required=True, type=hhmm_arg, metavar="HH:MM")
    p = add("list", "list windows and days off")
    p.add_argument("--json", action="store_true")
    p = add("remove", "remove a window")
    p.add_argument("window_id", type=positive_int, metavar="ID")
    p = add("day-off", "mark (or --remove) a day off")
    p.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--note", default="")
    p.add_argument("--remove", action="store_true")


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
                print(f"day off  {d.day:%a %Y-%m-%d} {shown(d.note)}".rstrip())
    return EXIT_OK


def _free_slots_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", required=True, choices=SESSION_TYPES)
    p.add_argument("--from", dest="start", type=date_arg, metavar="YYYY-MM-DD")
    # Today plus 14 days covers every intro slot bookable now (up to 14 x 24 h ahead).
    p.add_argument("--days", type=positive_int, default=15)


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


def _timezone_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", nargs="?", type=zone_arg, help="IANA name, e.g. Europe/Berlin")
    p.add_argument("--reset", action="store_true", help="use the export's time zone again")


def _timezone(args: argparse.Namespace, app: Any) -> int:
    if args.reset or args.name:
        app.settings.set_timezone(None if args.reset else args.name)
    print(app.settings.timezone_name())
    return EXIT_OK


COMMANDS = (
    Command("availability", "weekly availability and days off", _availability,
            _availability_arguments),
    Command("free-slots", "bookable slots left by availability, sessions and busy time",
            _free_slots, _free_slots_arguments, json=True),
    Command("timezone", "show or change the time zone times are shown in", _timezone,
            _timezone_arguments),
)
