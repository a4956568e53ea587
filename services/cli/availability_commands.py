"""Commands on the mentor's time: weekly availability, days off, free slots and the time zone."""

from __future__ import annotations

import argparse
from typing import Any

from services.cli.args import date_arg, hhmm_arg, positive_int, weekday_arg, zone_arg
from services.cli.output import emit_json, shown, table
from services.cli.shell import EXIT_OK, Command, UsageError, subcommands
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
            done = service.add_day_off(args.date, args.note)
            day, note = args.date.isoformat(), shown(done.record.note)
            if done.outcome == "added":
                print(f"{day} is a day off")
            elif done.outcome == "note_changed":
                print(f"{day} was a day off already; its note is now: {note}")
            elif note:
                print(f"{day} was a day off already; its note stays: {note}")
            else:
                print(f"{day} was a day off already; nothing changed")
    else:
        windows = service.windows()
        home = service.home_zone()
        days_off = service.days_off(app.clock.now().astimezone(home).date())
        if args.json:
            emit_json([w.to_json() for w in windows]
                      + [{"id": d.id, "kind": "day_off", "date": d.day.isoformat(),
                          "note": d.note} for d in days_off])
        else:
            table([[str(w.id), w.kind, w.label()] for w in windows],
                  ("ID", "KIND", f"WHEN ({home.key}, your own zone)"),
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


TIMEZONE_HELP = (
    "Two zones. Your own zone (the platform export's, or where you say you live with --home "
    "NAME) rules the calendar: weekly availability is wall-clock time there, days off are its "
    "days, the monthly intro limit counts its months. The zone times are shown in (NAME) only "
    "changes how times read; it is your own zone unless you choose another.")


def _timezone_arguments(p: argparse.ArgumentParser) -> None:
    p.description = TIMEZONE_HELP
    p.add_argument("name", nargs="?", type=zone_arg, metavar="NAME",
                   help="show times in this IANA zone, e.g. America/New_York")
    p.add_argument("--home", nargs="?", const="", type=lambda text: text and zone_arg(text),
                   metavar="NAME", help="alone: print your own zone; with NAME: you now live "
                                        "there (says what it moves)")
    p.add_argument("--reset", action="store_true",
                   help="show times in your own zone again (with --home: take your own zone "
                        "from the export again)")


def _timezone(args: argparse.Namespace, app: Any) -> int:
    settings = app.settings
    if args.home is not None:
        if args.name:
            raise UsageError("give NAME with --home (you now live there) or alone (times are "
                             "shown there), not both")
        if args.home or args.reset:
            moved = settings.move_home(None if args.reset else args.home)
            print(moved.after)
            print(f"{moved.summary()[:1].upper()}{moved.summary()[1:]}.")
        else:
            print(settings.home_timezone_name())
        return EXIT_OK
    if args.reset or args.name:
        settings.set_timezone(None if args.reset else args.name)
    print(settings.timezone_name())
    return EXIT_OK


COMMANDS = (
    Command("availability", "weekly availability and days off", _availability,
            _availability_arguments),
    Command("free-slots", "bookable slots left by availability, sessions and busy time",
            _free_slots, _free_slots_arguments, json=True),
    Command("timezone", "the zone times are shown in, and (--home) your own zone, which your "
                        "availability, days off and intro limit follow", _timezone,
            _timezone_arguments),
)
