"""The command line from process start to exit, against its floor in the same run (rounds
interleaved, medians):

- `mentordesk upcoming --json` on the shared generator's history (10 000 and 100 000 sessions)
  against `python -c "import sqlalchemy"`: the library it cannot start without;
- `mentordesk --version` against `python -c pass` (no target: it should load nothing of the
  database layer, which a test checks, and cost the interpreter and the parser alone).

    python bench/bench_cli_startup.py [SESSIONS ...]      (default: 10000 100000)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import history  # noqa: E402

SIZES = [10_000, 100_000]
RUNS = 10
UPCOMING_TARGET = 2.0


def timed_ms(argv: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    took = (time.perf_counter() - began) * 1000
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode()}")
    return took


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or SIZES
    if history.generator() is None:
        print("skipped: the shared generator is not here")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_STATE_HOME=tmp, MENTORDESK_NOW=history.NOW)
        commands = {"sqlalchemy": [sys.executable, "-c", "import sqlalchemy"],
                    "python": [sys.executable, "-c", "pass"],
                    "version": [*history.mentordesk(), "--version"]}
        rows = {}
        for sessions in sizes:
            db = history.database(sessions)
            upcoming = [*history.mentordesk(), "--db", str(db), "upcoming", "--json"]
            listed = subprocess.run(upcoming, env=env, check=True, capture_output=True)
            rows[sessions] = len(json.loads(listed.stdout))
            commands[sessions] = upcoming
        history.compile_sources()
        for command in commands.values():  # warm the file cache
            timed_ms(command, env)
        times: dict[object, list[float]] = {name: [] for name in commands}
        for _ in range(RUNS):
            for name, command in commands.items():
                times[name].append(timed_ms(command, env))
    median = {name: statistics.median(t) for name, t in times.items()}
    print(f"{RUNS} interleaved rounds, medians")
    print(history.TABLE_HEAD)
    held = True
    for sessions in sizes:
        ratio = median[sessions] / median["sqlalchemy"]
        held &= ratio <= UPCOMING_TARGET
        history.row(f"`upcoming --json` on {history.spaced(sessions)} sessions "
                    f"({rows[sessions]} listed)", f"{median[sessions]:.0f} ms",
                    f"`python -c \"import sqlalchemy\"`: {median['sqlalchemy']:.0f} ms",
                    f"{ratio:.2f}×", f"≤ {UPCOMING_TARGET:g}×")
    history.row("`mentordesk --version`", f"{median['version']:.0f} ms",
                f"`python -c pass`: {median['python']:.0f} ms",
                f"{median['version'] / median['python']:.2f}×", "—")
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
