"""`mentordesk`: with a command, the Qt-free command line; without one, the desktop app.

The plain start of the app (no command, no file: at most --db, --now and --smoke-test, spelt
out) is told by `plain_start` without building the command line's parser, which imports every
command's module: the window paints sooner. Any other line, and any value the quick check is
unsure of, goes through the full parser, which words every usage error.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import argparse
    from datetime import datetime

FILES_HELP = ("mentordesk [--db PATH] FILE... opens the app (or brings forward the one already "
              "open on that database) and imports each platform export (.json) or calendar "
              "(.ics).")


def _screenshots(args: argparse.Namespace, app: Any) -> int:
    from desktop.screenshots import render_all
    from services.cli.output import shown

    rendered = render_all(app, args.directory, args.lang)
    for path in rendered.files:
        print(shown(path))
    for text in rendered.cut_off:
        print(f"mentordesk: text cut off in {shown(text)}", file=sys.stderr)
    return 0


def _screenshot_options(parser: argparse.ArgumentParser) -> None:
    from desktop.languages import LANGUAGES

    parser.add_argument("directory", metavar="DIR")
    parser.add_argument("--lang", choices=list(LANGUAGES), default="en",
                        help="the language of the pictures (default: en)")


def _desktop_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="Linux: add Mentor Desk to the applications menu and let the file "
                             "manager open exports and calendars with it (in ~/.local/share)")
    parser.add_argument("--remove-desktop-entry", action="store_true",
                        help="Linux: take that entry away again (your data stays)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the app, quit once its window has painted (checks that an "
                             "installation starts)")
    parser.epilog = FILES_HELP


def _desktop_entry(install: bool) -> int:
    from services.cli import EXIT_OK, EXIT_USAGE, report

    if not sys.platform.startswith("linux"):
        return report("desktop entries are a Linux desktop's; the README says how to add "
                      "Mentor Desk on Windows and macOS", EXIT_USAGE)
    from desktop import desktop_entry

    changed = desktop_entry.install() if install else desktop_entry.remove()
    for path in changed:
        print(path)
    if not install and not changed:
        print("mentordesk: no desktop entry was installed", file=sys.stderr)
    return EXIT_OK


def _unopenable(files: list[str]) -> int | None:
    """Exit code and sentence for a file the app cannot open, before any window is shown."""
    from services.cli import EXIT_INVALID, EXIT_NOT_FOUND, OPENABLE_SUFFIXES, report

    for name in files:
        path = Path(name)
        if not path.is_file():
            return report(f"no such file: {name}", EXIT_NOT_FOUND)
        if path.suffix.lower() not in OPENABLE_SUFFIXES:
            return report(f"{name}: Mentor Desk opens platform exports (.json) and calendars "
                          "(.ics)", EXIT_INVALID)
    return None


class PlainStart(NamedTuple):
    """The app's own options of a line that names neither a command nor a file."""

    db: str | None = None
    now: datetime | None = None
    smoke_test: bool = False


def plain_start(words: Sequence[str]) -> PlainStart | None:
    """The options of a plain start of the app, as the full parser would read them; None for
    any other line (a command, a file, --help, an abbreviated or unknown option, a missing or
    malformed value), which is left to the full parser."""
    values: dict[str, str] = {}
    smoke_test = False
    i = 0
    while i < len(words):
        word = words[i]
        name, equals, value = word.partition("=")
        if word == "--smoke-test":
            smoke_test = True
        elif name in ("--db", "--now") and equals:
            values[name] = value
        elif word in ("--db", "--now") and i + 1 < len(words) \
                and not words[i + 1].startswith("-"):
            values[word] = words[i + 1]
            i += 1
        else:
            return None
        i += 1
    now = None
    if "--now" in values:
        from services.timefmt import parse_instant

        try:
            now = parse_instant(values["--now"])
        except ValueError:
            return None  # the full parser words the error
    return PlainStart(db=values.get("--db"), now=now, smoke_test=smoke_test)


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stdout is None:  # the windowed Windows executable has no console to print to
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the whole process
    words = list(sys.argv[1:] if argv is None else argv)
    plain = plain_start(words)
    if plain is not None:
        from desktop.app import run

        return run(db=plain.db, now=plain.now, smoke_test=plain.smoke_test)
    from services import cli

    screenshots = cli.Command(
        "screenshots", "render every page and dialog to PNG files (loads Qt, draws offscreen)",
        _screenshots, _screenshot_options)
    commands = (*cli.COMMANDS, screenshots)
    parser = cli.build_parser(commands)
    _desktop_options(parser)
    words, files = cli.split_files(words, [c.name for c in commands])
    args = parser.parse_args(words)
    entry = args.install_desktop_entry or args.remove_desktop_entry
    if args.command is not None and (entry or args.smoke_test or files):
        parser.error("a command cannot be combined with files, --smoke-test or a desktop entry")
    if args.install_desktop_entry and args.remove_desktop_entry:
        parser.error("--install-desktop-entry and --remove-desktop-entry exclude each other")
    if entry:
        return _desktop_entry(args.install_desktop_entry)
    if args.command is None:
        refused = _unopenable(files)
        if refused is not None:
            return refused
        from desktop.app import run

        # --mentor only when given: otherwise the call is the plain start's (a test holds
        # the two equal).
        chosen = {"mentor": args.mentor} if getattr(args, "mentor", None) else {}
        return run(db=getattr(args, "db", None), now=getattr(args, "now", None),
                   files=[Path(f).resolve() for f in files], smoke_test=args.smoke_test,
                   **chosen)
    return cli.execute(args)


def command() -> int:
    """The `mentordesk` program: `main` over the process's own command line, after which the
    process ends. What it made is first moved out of the cycle collector's sight
    (`gc.freeze`), so that the interpreter's exit does not walk every object once more on the
    way out: ~100 ms of a command such as `upcoming`, a fifth of its time beyond SQLAlchemy's
    own import. Files and the database are closed by then (the command line closes what it
    opened; the window closes its services when it closes)."""
    code = main()
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(command())
