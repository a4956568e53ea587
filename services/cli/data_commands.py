"""Commands on the database file itself: a backup now, and a restore from one."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from services.cli.shell import EXIT_OK, Command, clock_from


def _backup(args: argparse.Namespace, app: Any) -> int:
    from services.db import backup_now

    path = backup_now(app.engine, app.clock.now())
    print(f"backed up to {path}")
    return EXIT_OK


def _restore(args: argparse.Namespace, app: Any) -> int:
    from services.db import restore_database

    restored = restore_database(getattr(args, "db", None), Path(args.file),
                                clock_from(args).now())
    print(f"restored {restored.database} from {restored.source}")
    if restored.aside is not None:
        print(f"the database as it was is kept in {restored.aside}")
    if restored.upgraded_from is not None:
        print(f"upgraded its schema from {restored.upgraded_from} to {restored.revision}")
    return EXIT_OK


COMMANDS = (
    Command("backup", "copy the database into its backups folder now (the last 7 days are kept)",
            _backup),
    Command("restore", "put a backup in place of the database, keeping the current one aside",
            _restore, lambda p: p.add_argument("file", metavar="FILE"),
            opens_database=False),
)
