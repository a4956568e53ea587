"""`mentordesk`: with a command, the Qt-free command line; without one, the desktop app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any


def _add_screenshots(cmd: Callable[..., argparse.ArgumentParser]) -> None:
    p = cmd("screenshots", "render every page and dialog to PNG files (offscreen Qt)")
    p.add_argument("directory", metavar="DIR")


def _screenshots(args: argparse.Namespace, app: Any) -> int:
    from desktop.screenshots import render_all

    for path in render_all(app, args.directory):
        print(path)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    from services import cli

    if _add_screenshots not in cli.EXTENSIONS:
        cli.EXTENSIONS.append(_add_screenshots)
    cli.HANDLERS["screenshots"] = _screenshots
    args = cli.build_parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run

        return run(db=getattr(args, "db", None), now=getattr(args, "now", None))
    return cli.execute(args)


if __name__ == "__main__":
    sys.exit(main())
