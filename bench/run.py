"""Runs every bench/bench_*.py in turn (each compares itself against its floor in the same run),
then prints the rows they measured as one table, with the machine and the date.

    python3 tasks.py bench [NAME ...]      (NAME: gui_startup, import, cli_startup, ...)
"""

from __future__ import annotations

import datetime
import os
import platform
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import history  # noqa: E402


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info
                        if line.startswith("model name")), cpu)
    except OSError:
        pass
    load = f", load average {os.getloadavg()[0]:.1f} at the end" if hasattr(os, "getloadavg") \
        else ""
    return (f"{datetime.date.today():%Y-%m-%d}, {os.cpu_count()} cores ({cpu}){load}, "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"{platform.system()} {platform.release()}")


def main(argv: list[str]) -> int:
    wanted = set(argv)
    failures = 0
    rows: list[str] = []
    for script in sorted(HERE.glob("bench_*.py")):
        if wanted and script.stem not in wanted and script.stem.removeprefix("bench_") not in wanted:
            continue
        print(f"== {script.stem}", flush=True)
        with subprocess.Popen([sys.executable, str(script)], cwd=HERE.parent,
                              stdout=subprocess.PIPE, text=True) as child:
            assert child.stdout is not None
            for line in child.stdout:
                print(line, end="", flush=True)
                if line.startswith("| ") and not line.startswith("| figure |"):
                    rows.append(line.rstrip("\n"))
        failures += child.returncode != 0
    if rows:
        print(f"\n== every figure against its floor ({machine()})")
        print(history.TABLE_HEAD)
        print("\n".join(rows))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
