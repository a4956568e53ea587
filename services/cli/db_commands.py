"""`mentordesk db`: setting up a team's PostgreSQL server (services/team_server.py), run by its
administrator with the owner's URL."""

from __future__ import annotations

import argparse
from typing import Any

from services.cli.args import zone_arg
from services.cli.shell import EXIT_OK, Command, subcommands

URL_HELP = "the team's database as its owner, e.g. postgresql+psycopg://admin@host/mentordesk"


def _arguments(p: argparse.ArgumentParser) -> None:
    add = subcommands(p, "db_action")
    init = add("init-server", "set a PostgreSQL database up for a team: the schema, the grants "
                              "table, the roles' privileges and row-level security on every "
                              "table (run again after an upgrade)")
    init.add_argument("url", metavar="URL", help=URL_HELP)
    mentor = add("add-mentor", "add a mentor and the database role its desk connects as; "
                               "prints the desk's URL (with the role's password)")
    mentor.add_argument("url", metavar="URL", help=URL_HELP)
    mentor.add_argument("mentor_id", metavar="MENTOR_ID", help="the platform's id of the mentor")
    mentor.add_argument("--name", required=True, help="the mentor's name")
    mentor.add_argument("--timezone", required=True, type=zone_arg,
                        help="the mentor's time zone (IANA, e.g. Europe/Berlin)")
    mentor.add_argument("--email", default="", help="the mentor's e-mail address")
    mentor.add_argument("--role", help="the desk's role name (default: desk_ and the id)")
    mentor.add_argument("--password", help="the role's password (default: one made up)")
    grant = add("grant", "give a role access to a mentor: as an assistant (reads the mentor's "
                         "schedule and decides invitations, nothing else; the role is made if "
                         "new, and its URL printed) or as the mentor's own desk")
    grant.add_argument("url", metavar="URL", help=URL_HELP)
    grant.add_argument("role", metavar="ROLE", help="the role (an assistant's desk)")
    grant.add_argument("mentor_id", metavar="MENTOR_ID", help="the mentor it may work for")
    grant.add_argument("--as", dest="kind", choices=("assistant", "mentor"),
                       default="assistant", help="what the role may do (default: assistant)")
    grant.add_argument("--password", help="a new role's password (default: one made up)")
    revoke = add("revoke", "take a role's access to a mentor back (the role stays; without "
                           "any grant left it may no longer connect)")
    revoke.add_argument("url", metavar="URL", help=URL_HELP)
    revoke.add_argument("role", metavar="ROLE", help="the role (a desk's)")
    revoke.add_argument("mentor_id", metavar="MENTOR_ID", help="the mentor it worked for")


def _db(args: argparse.Namespace, app: Any) -> int:
    return {"init-server": _init_server, "add-mentor": _add_mentor,
            "grant": _grant, "revoke": _revoke}[args.db_action](args)


def _init_server(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from services.team_server import init_server

    tables = init_server(args.url)
    where = make_url(args.url).render_as_string(hide_password=True)
    print(f"{where} is set up for a team: row-level security on {len(tables)} tables")
    print("next: mentordesk db add-mentor URL MENTOR_ID --name NAME --timezone ZONE")
    return EXIT_OK


def _add_mentor(args: argparse.Namespace) -> int:
    from services.team_server import add_mentor

    desk = add_mentor(args.url, args.mentor_id, args.name, args.timezone, args.email,
                      args.role, args.password)
    print(f"added mentor {desk.mentor_id}; its desk connects as the role {desk.role} with:")
    print(f"  {desk.url}")
    return EXIT_OK


def _grant(args: argparse.Namespace) -> int:
    from services.team_server import grant

    desk = grant(args.url, args.role, args.mentor_id, args.kind, args.password)
    print(f"granted {desk.role} the mentor {desk.mentor_id} as {desk.kind}")
    if desk.url is not None:
        print(f"the new role's desk connects with (--mentor {desk.mentor_id} once it has "
              "several):")
        print(f"  {desk.url}")
    return EXIT_OK


def _revoke(args: argparse.Namespace) -> int:
    from services.team_server import revoke

    done = revoke(args.url, args.role, args.mentor_id)
    after = (f"it keeps {done.left} other grant{'s' if done.left != 1 else ''}" if done.left
             else "it holds no other grant and may no longer connect")
    print(f"revoked {done.role}'s access to the mentor {done.mentor_id} (as {done.kind}); "
          f"{after}")
    return EXIT_OK


COMMANDS = (
    Command("db", "a team's PostgreSQL server: init-server, add-mentor, grant, revoke", _db,
            _arguments, opens_database=False),
)
