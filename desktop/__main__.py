"""`mentordesk`: with a command, the Qt-free command line; without one, the desktop app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any


def _screenshots(args: argparse.Namespace, app: Any) -> int:
    from desktop.screenshots import render_all

    for path in render_all(app, args.directory):
        print(path)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    from services import cli

    screenshots = cli.Command(
        "screenshots", "render every page and dialog to PNG files (loads Qt, draws offscreen)",
        _screenshots, lambda p: p.add_argument("directory", metavar="DIR"))
    args = cli.build_parser((*cli.COMMANDS, screenshots)).parse_args(argv)
    if args.command is None:
        from desktop.app import run

        return run(db=getattr(args, "db", None), now=getattr(args, "now", None))
    return cli.execute(args)


if __name__ == "__main__":
    sys.exit(main())
