"""Times `mentordesk upcoming --json` from process start to exit (demo data, schema current)
against `python -c "import sqlalchemy"` measured in the same run, median of 10 each."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 10
NOW = "2026-03-02T09:00:00Z"


def script() -> str:
    name = "mentordesk.exe" if os.name == "nt" else "mentordesk"
    return str(Path(sys.executable).with_name(name))


def median_ms(argv: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        done = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        times.append((time.perf_counter() - started) * 1000)
        if done.returncode != 0:
            sys.exit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode()}")
    return statistics.median(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, MENTORDESK_DB=str(Path(tmp) / "bench.sqlite3"),
                   MENTORDESK_NOW=NOW, XDG_STATE_HOME=tmp)
        # Fill the database (and bring its schema current) before timing anything.
        subprocess.run([script(), "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
        listed = subprocess.run([script(), "upcoming", "--json"], env=env, check=True,
                                capture_output=True)
        count = len(json.loads(listed.stdout))
        baseline = median_ms([sys.executable, "-c", "import sqlalchemy"], env)
        startup = median_ms([script(), "upcoming", "--json"], env)
    print(f"python -c 'import sqlalchemy'          median of {RUNS}: {baseline:6.0f} ms")
    print(f"mentordesk upcoming --json ({count:2d} rows)   median of {RUNS}: {startup:6.0f} ms")
    print(f"ratio: {startup / baseline:.2f} x the bare sqlalchemy import")
    return 0


if __name__ == "__main__":
    sys.exit(main())
