"""The realistic histories every benchmark measures on: the shared generator's export of N
sessions (`gen_export.py N --now 2026-03-01T09:00:00Z`) and the database `mentordesk import`
makes of it, with the sample data's weekly availability (so that there is free time).

Both are kept in the temporary folder between runs, keyed by the generator's bytes and the
schema's revision (importing 100 000 sessions takes a minute or more).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NOW = "2026-03-01T09:00:00Z"
FOLDER = Path(tempfile.gettempdir()) / "mentordesk-bench"
TABLE_HEAD = ("| figure | Mentor Desk | floor, same run | ratio | target |\n"
              "|---|---|---|---|---|")


def compile_sources() -> None:
    """Byte-compile the app's packages, as an installation has them (pip compiles what it
    installs, the bundle holds bytecode): where writing bytecode is turned off
    (PYTHONDONTWRITEBYTECODE), every start would otherwise compile each module it imports
    anew, which no mentor's start does (30-40 ms of a first paint here)."""
    import compileall

    for package in ("desktop", "services"):
        compileall.compile_dir(ROOT / package, quiet=1)


def generator() -> Path | None:
    """The shared generator: MENTORDESK_BENCH_GENERATOR, else ../shared/bench-data beside the
    checkout (or beside the folder of worktrees)."""
    named = os.environ.get("MENTORDESK_BENCH_GENERATOR")
    candidates = [Path(named)] if named else []
    candidates += [parent / "shared" / "bench-data" / "gen_export.py"
                   for parent in (ROOT.parent, ROOT.parent.parent)]
    return next((path for path in candidates if path.exists()), None)


def mentordesk() -> list[str]:
    """The installed command, as a mentor runs it."""
    name = "mentordesk.exe" if os.name == "nt" else "mentordesk"
    return [str(Path(sys.executable).with_name(name))]


def spaced(sessions: int) -> str:
    return f"{sessions:,}".replace(",", " ")


def _key(sessions: int) -> str:
    source = generator()
    assert source is not None, "the shared generator is not here"
    return hashlib.sha256(source.read_bytes() + str(sessions).encode()).hexdigest()[:12]


def export(sessions: int) -> Path:
    FOLDER.mkdir(exist_ok=True)
    path = FOLDER / f"export-{sessions}-{_key(sessions)}.json"
    if not path.exists():
        partial = path.with_suffix(".partial")
        with partial.open("wb") as out:
            subprocess.run([sys.executable, str(generator()), str(sessions), "--now", NOW],
                           stdout=out, stderr=subprocess.DEVNULL, check=True)
        partial.rename(path)
    return path


def database(sessions: int) -> Path:
    """The history imported with `mentordesk import`, and the sample availability added."""
    from services import demo
    from services.db import SCHEMA_HEAD
    from services.timefmt import WEEKDAYS, hhmm

    # One per schema: checkouts of other revisions on the same machine keep their own.
    db = FOLDER / f"history-{sessions}-{_key(sessions)}-{SCHEMA_HEAD}.sqlite3"
    if db.exists():
        return db
    source = export(sessions)
    partial = db.with_suffix(".partial")
    for leftover in FOLDER.glob(f"{partial.name}*"):
        leftover.unlink()
    cli = [*mentordesk(), "--db", str(partial), "--now", NOW]
    began = time.perf_counter()
    subprocess.run([*cli, "import", str(source)], check=True, stdout=subprocess.DEVNULL)
    for kind, weekday, first, last in demo.AVAILABILITY:
        subprocess.run([*cli, "availability", "add", "--kind", kind, "--weekday",
                        WEEKDAYS[weekday], "--from", hhmm(first), "--to", hhmm(last)],
                       check=True, stdout=subprocess.DEVNULL)
    print(f"(made the {spaced(sessions)}-session database with mentordesk import in "
          f"{time.perf_counter() - began:.0f} s)", flush=True)
    partial.rename(db)
    return db


def empty_database(folder: Path) -> Path:
    """A database as the first start leaves it: the schema, no data."""
    db = folder / "empty.sqlite3"
    subprocess.run([*mentordesk(), "--db", str(db), "--now", NOW, "upcoming"], check=True,
                   stdout=subprocess.DEVNULL)
    return db


def row(figure: str, ours: str, floor: str, ratio: str, target: str) -> None:
    """One row of the table `python3 tasks.py bench` gathers at the end."""
    print(f"| {figure} | {ours} | {floor} | {ratio} | {target} |", flush=True)
