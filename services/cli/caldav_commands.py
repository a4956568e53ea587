"""The calendar server (CalDAV): set it up, list its calendars, sync, and settle conflicts."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from services.cli.output import emit_json, plural, table
from services.cli.shell import EXIT_OK, Command, UsageError, subcommands


def _caldav_arguments(p: argparse.ArgumentParser) -> None:
    add = subcommands(p, "caldav_action")
    setup = add("setup", "connect to a calendar server and choose its calendars")
    setup.add_argument("url", metavar="URL", help="the server's CalDAV address")
    setup.add_argument("--user", required=True, metavar="NAME", help="your user name there")
    where = setup.add_mutually_exclusive_group()
    where.add_argument("--calendar", metavar="NAME",
                       help="the calendar that receives your sessions (default: 'Mentor Desk', "
                            "made if missing)")
    where.add_argument("--new-calendar", metavar="NAME",
                       help="make a new calendar of that name for your sessions")
    setup.add_argument("--busy", action="append", default=[], metavar="NAME",
                       help="a calendar whose events count as busy time (repeat for more)")
    setup.add_argument("--free-time", action="store_true",
                       help="also send your free availability (as free time)")
    for name, text in (("calendars", "the server's calendars and what each is used for"),
                       ("status", "what waits to be sent, and the last sync"),
                       ("conflicts", "events changed on the server that wait for your choice")):
        add(name, text).add_argument("--json", action="store_true", help="print a JSON array")
    resolve = add("resolve", "settle a conflict: keep the server's version or Mentor Desk's")
    resolve.add_argument("uid", metavar="UID")
    resolve.add_argument("--keep", required=True, choices=("server", "mentordesk"))
    add("off", "stop using the calendar server (its events stay there)")


def _caldav(args: argparse.Namespace, app: Any) -> int:
    return {"setup": _setup, "calendars": _calendars, "status": _status,
            "conflicts": _conflicts, "resolve": _resolve, "off": _off}[args.caldav_action](
        args, app.calendar_server)


def _setup(args: argparse.Namespace, server: Any) -> int:
    from services.caldav_sync import PASSWORD_ENV

    password = os.environ.get(PASSWORD_ENV) or _ask(args.user, args.url)
    setup, kept = server.configure(args.url, args.user, password, calendar=args.calendar,
                                   new_calendar=args.new_calendar, busy=args.busy,
                                   free_time=args.free_time)
    print(f"connected to {setup.url} as {setup.user}")
    what = "sessions and free time" if setup.free_time else "sessions"
    print(f"{what} go to {setup.calendar.name} ({setup.calendar.url})")
    busy = ", ".join(c.name for c in setup.busy) or "no calendar"
    print(f"busy time from {busy}")
    if kept:
        print("the password is kept in the system keyring")
    else:
        print(f"no system keyring here: the password was not stored; set {PASSWORD_ENV} for "
              "commands (the app asks once per start)")
    print("run `mentordesk sync` to send your sessions now")
    return EXIT_OK


def _calendars(args: argparse.Namespace, server: Any) -> int:
    setup = server.setup()
    found = _with_password(lambda password: server.calendars(password), server)
    busy = {c.url for c in setup.busy} if setup else set()

    def use(url: str) -> str:
        if setup and url == setup.calendar.url:
            return "sessions" + (", busy" if url in busy else "")
        return "busy" if url in busy else ""

    if args.json:
        emit_json([{"name": c.name, "url": c.url, "sessions": bool(setup and c.url == setup.calendar.url),
                    "busy": c.url in busy} for c in found])
    else:
        table([[c.name, use(c.url) or "-", c.url] for c in found], ("CALENDAR", "USED FOR", "URL"),
              "The server has no calendar for this user.")
    return EXIT_OK


def _status(args: argparse.Namespace, server: Any) -> int:
    setup, status = server.setup(), server.status()
    tz = server.timezone()
    if args.json:
        emit_json([{
            "configured": status.configured, "url": setup.url if setup else None,
            "user": setup.user if setup else None,
            "calendar": setup.calendar.name if setup else None,
            "waiting": status.waiting, "conflicts": status.conflicts, "error": status.error,
            "offline_since": _iso(status.offline_since, tz),
            "last_sync": _iso(status.last_sync, tz)}])
        return EXIT_OK
    if setup is None:
        print("No calendar server is set up (mentordesk caldav setup URL --user NAME).")
        return EXIT_OK
    print(f"{setup.url} as {setup.user}: sessions to {setup.calendar.name}")
    print(f"{plural(status.waiting, 'change')} waiting, {plural(status.conflicts, 'conflict')}")
    if status.last_sync:
        print(f"last sync {status.last_sync.astimezone(tz):%Y-%m-%d %H:%M}")
    if status.error:
        since = status.offline_since.astimezone(tz) if status.offline_since else None
        print(f"not reached since {since:%Y-%m-%d %H:%M}: {status.error}" if since
              else status.error)
    return EXIT_OK


def _conflicts(args: argparse.Namespace, server: Any) -> int:
    found = server.conflicts()
    tz = server.timezone()
    if args.json:
        emit_json([{"uid": c.uid, "kind": c.kind, "summary": c.summary,
                    "start": _iso(c.start, tz), "end": _iso(c.end, tz),
                    "server_summary": c.server_summary, "server_start": _iso(c.server_start, tz),
                    "server_end": _iso(c.server_end, tz)} for c in found])
        return EXIT_OK
    rows = [[c.uid, c.kind, f"{c.start.astimezone(tz):%Y-%m-%d %H:%M} {c.summary}",
             f"{c.server_start.astimezone(tz):%Y-%m-%d %H:%M} {c.server_summary}"
             if c.server_start else "(deleted)"] for c in found]
    table(rows, ("UID", "CHANGE", "MENTOR DESK", "SERVER"),
          "No event waits for your choice.")
    if found:
        print("settle each: mentordesk caldav resolve UID --keep server|mentordesk")
    return EXIT_OK


def _resolve(args: argparse.Namespace, server: Any) -> int:
    server.resolve(args.uid, args.keep)
    kept = "the server's version" if args.keep == "server" else "Mentor Desk's version"
    print(f"{args.uid}: keeping {kept}" + (" (sent at the next sync)"
                                           if args.keep == "mentordesk" else ""))
    return EXIT_OK


def _off(args: argparse.Namespace, server: Any) -> int:
    setup = server.forget()
    print(f"no longer using {setup.url}; its events stay there" if setup
          else "no calendar server was set up")
    return EXIT_OK


def _sync_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dry-run", action="store_true",
                   help="say what would be sent and read the busy calendars, changing nothing")


def _sync(args: argparse.Namespace, app: Any) -> int:
    server = app.calendar_server
    report = _with_password(lambda password: server.sync(dry_run=args.dry_run,
                                                         password=password), server)
    if args.json:
        emit_json([report.to_json()])
    else:
        print(report.summary())
    return EXIT_OK


def _with_password(call: Any, server: Any) -> Any:
    """Run `call(password)`: the kept password first; asked for at a terminal when none is."""
    from services.errors import PasswordNeeded

    try:
        return call(None)
    except PasswordNeeded:
        setup = server.setup()
        if not sys.stdin.isatty():
            raise
        password = _ask(setup.user, setup.url)
        server.remember_password(password)
        return call(password)


def _ask(user: str, url: str) -> str:
    from services.caldav_sync import PASSWORD_ENV

    if not sys.stdin.isatty():
        raise UsageError(f"no password: set {PASSWORD_ENV}, or run this in a terminal to be asked")
    password = getpass.getpass(f"Password of {user} at {url}: ")
    if not password:
        raise UsageError("no password given")
    return password


def _iso(moment: Any, tz: Any) -> str | None:
    from services.timefmt import iso

    return iso(moment, tz)


COMMANDS = (
    Command("caldav", "your calendar server (CalDAV): setup, calendars, status, conflicts, "
                      "resolve, off", _caldav, _caldav_arguments),
    Command("sync", "send sessions to your calendar server and read busy time back", _sync,
            _sync_arguments, json=True),
)
