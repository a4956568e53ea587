"""Times `mentordesk import` of the shared generator's export (10 000 and 100 000 sessions) into a
new database against its floor, `json.load` + sqlite3 `executemany` of the same rows into plain
tables, each a fresh process, in interleaved rounds; prints medians and the ratio as a row:
figure, Mentor Desk, floor, ratio, target. CPU time (user + system) is printed beside, as a
loaded machine stretches wall time."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import history  # noqa: E402

NOW = history.NOW
SIZES = {10_000: 7, 100_000: 5}  # sessions: rounds
TARGET = 2.0

# The floor: the same file read, the same rows written into plain tables (a primary key each,
# nothing else), with the pragmas Mentor Desk uses, in one transaction.
FLOOR = r'''
import json, sqlite3, sys
with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
con = sqlite3.connect(sys.argv[2])
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA synchronous=NORMAL")
con.executescript("""
CREATE TABLE mentor (id TEXT PRIMARY KEY, name TEXT, email TEXT, timezone TEXT);
CREATE TABLE mentee (id TEXT PRIMARY KEY, name TEXT, email TEXT, timezone TEXT);
CREATE TABLE bundle (id TEXT PRIMARY KEY, mentee_id TEXT, sessions_total INTEGER,
  sessions_used INTEGER, status TEXT, price_cents INTEGER, currency TEXT, purchased_at TEXT);
CREATE TABLE session (id TEXT PRIMARY KEY, type TEXT, mentee_id TEXT, bundle_id TEXT,
  start TEXT, duration_minutes INTEGER, status TEXT, requested_at TEXT, form TEXT,
  cancel_reason TEXT, reject_reason TEXT, client_id TEXT);
""")
with con:
    m = doc["mentor"]
    con.execute("INSERT INTO mentor VALUES (?, ?, ?, ?)",
                (m["id"], m["name"], m["email"], m["timezone"]))
    con.executemany("INSERT INTO mentee VALUES (?, ?, ?, ?)",
                    [(x["id"], x["name"], x["email"], x.get("timezone")) for x in doc["mentees"]])
    con.executemany("INSERT INTO bundle VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(x["id"], x["mentee_id"], x["sessions_total"], x["sessions_used"],
                      x["status"], x.get("price_cents"), x.get("currency"), x.get("purchased_at"))
                     for x in doc["bundles"]])
    con.executemany("INSERT INTO session VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(x["id"], x["type"], x["mentee_id"], x.get("bundle_id"), x["start"],
                      x["duration_minutes"], x["status"], x.get("requested_at"),
                      json.dumps(x["form"]) if "form" in x else None, x.get("cancel_reason"),
                      x.get("reject_reason"), x.get("client_id")) for x in doc["sessions"]])
con.close()
'''


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one process, which must succeed."""
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode()}")
    return wall, (after.ru_utime - cpu.ru_utime) + (after.ru_stime - cpu.ru_stime)


def measure(sessions: int, rounds: int, folder: Path, env: dict[str, str]) -> dict[str, float]:
    export = history.export(sessions)
    times: dict[str, list[tuple[float, float]]] = {"ours": [], "floor": []}
    for n in range(rounds + 1):  # the first round warms the file cache and is not counted
        floor_db, our_db = folder / f"floor-{sessions}-{n}.db", folder / f"ours-{sessions}-{n}.db"
        floor = timed([sys.executable, "-c", FLOOR, str(export), str(floor_db)], env)
        ours = timed([*history.mentordesk(), "--db", str(our_db), "--now", NOW, "import",
                      str(export)], env)
        if n:
            times["floor"].append(floor)
            times["ours"].append(ours)
        for path in folder.glob(f"*-{sessions}-{n}.db*"):
            path.unlink()
    return {f"{who}_{kind}": statistics.median(t[i] for t in runs)
            for who, runs in times.items() for i, kind in enumerate(("wall", "cpu"))}


def main(argv: list[str]) -> int:
    """`bench_import.py [SESSIONS:ROUNDS ...]`, default 10000:7 100000:5."""
    sizes = dict(tuple(map(int, a.split(":"))) for a in argv) or SIZES
    if history.generator() is None:
        print("skipped: the shared generator is not here")
        return 0
    history.compile_sources()  # as installed: no figure includes compiling our sources
    print(history.TABLE_HEAD)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_STATE_HOME=tmp)
        for sessions, rounds in sizes.items():
            m = measure(sessions, rounds, Path(tmp), env)
            ratio = m["ours_wall"] / m["floor_wall"]
            history.row(f"`import` of the {history.spaced(sessions)}-session export into a "
                        f"new database (median of {rounds})", f"{m['ours_wall']:.2f} s",
                        f"`json.load` + sqlite3 `executemany` of the same rows into plain "
                        f"tables: {m['floor_wall']:.2f} s", f"{ratio:.1f}×", f"≤ {TARGET:g}×")
            history.row("  CPU time (user + system), same runs", f"{m['ours_cpu']:.2f} s",
                        f"{m['floor_cpu']:.2f} s", f"{m['ours_cpu'] / m['floor_cpu']:.1f}×", "")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
