"""The `mentordesk` command line: a contract of names, options, outputs and exit codes.

The parser is built from an explicit table of commands (`COMMANDS`); a face that adds its own
(the desktop's `screenshots`) passes a longer table to `run`, nothing here is mutated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from services.cli import (
    availability_commands,
    caldav_commands,
    calendar_commands,
    data_commands,
    db_commands,
    mentee_commands,
    session_commands,
)
from services.cli.shell import (
    EXIT_INVALID,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_RULE,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    NOW_ENV,
    OPENABLE_SUFFIXES,
    Command,
    UsageError,
    build_parser,
    execute,
    report,
    split_files,
)
from services.cli.shell import run as run_with

COMMANDS: tuple[Command, ...] = (
    *session_commands.COMMANDS,
    *availability_commands.COMMANDS,
    *calendar_commands.COMMANDS,
    *data_commands.COMMANDS,
    *db_commands.COMMANDS,
    *caldav_commands.COMMANDS,
    *mentee_commands.COMMANDS,
)

__all__ = [
    "COMMANDS", "EXIT_INVALID", "EXIT_NOT_FOUND", "EXIT_OK", "EXIT_RULE", "EXIT_UNEXPECTED",
    "EXIT_USAGE", "NOW_ENV", "OPENABLE_SUFFIXES", "Command", "UsageError", "build_parser",
    "execute", "report", "run", "split_files",
]


def run(argv: Sequence[str] | None = None, commands: Iterable[Command] = COMMANDS) -> int:
    """Parse and run one command line against the given table of commands."""
    return run_with(argv, commands)
