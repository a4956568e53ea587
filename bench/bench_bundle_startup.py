"""Start-up from the PyInstaller bundle against start-up from the virtual environment, measured
the same way in the same run (median of 10, interleaved): `--version`, `upcoming --json` on the
sample data, and the app's first paint (`--smoke-test`, offscreen, timed until it says so).
The bundle should start within 1.5x of the venv; the exit code says whether it did.

    python bench/bench_bundle_startup.py [BUNDLE_DIR]    (default: dist/MentorDesk, built if missing)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from services.about import CLI_EXECUTABLE, GUI_EXECUTABLE  # noqa: E402

RUNS = 10
NOW = "2026-03-02T09:00:00Z"
LIMIT = 1.5
PAINTED = "the main window has painted"


def venv_script() -> str:
    return str(Path(sys.executable).with_name("mentordesk.exe" if os.name == "nt" else "mentordesk"))


def ensure_bundle(folder: Path) -> Path:
    if not (folder / CLI_EXECUTABLE).exists():
        print(f"building the bundle into {folder.parent} (1-2 minutes)", flush=True)
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(folder.parent), str(ROOT / "build.spec")],
                       cwd=ROOT, check=True)
    return folder


def seconds(argv: list[str], env: dict[str, str], until: str | None = None) -> float:
    """Wall time from start to exit, or to the first line of output holding `until`."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    took = None
    for line in process.stdout:
        if until is not None and until in line and took is None:
            took = time.perf_counter() - started
    process.wait()
    if process.returncode != 0 or (until is not None and took is None):
        sys.exit(f"{' '.join(argv)} failed (exit {process.returncode})")
    return took if took is not None else time.perf_counter() - started


def main(argv: list[str]) -> int:
    bundle = ensure_bundle(Path(argv[0]) if argv else ROOT / "dist" / "MentorDesk")
    cases = [
        ("--version", [CLI_EXECUTABLE, "--version"], ["--version"], None),
        ("upcoming --json", [CLI_EXECUTABLE, "upcoming", "--json"], ["upcoming", "--json"], None),
        ("first paint (--smoke-test)", [GUI_EXECUTABLE, "--smoke-test"], ["--smoke-test"],
         PAINTED),
    ]
    worst = 0.0
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, MENTORDESK_DB=str(Path(home) / "bench.sqlite3"),
                   MENTORDESK_NOW=NOW, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home,
                   XDG_STATE_HOME=home, XDG_DATA_HOME=home, XDG_CACHE_HOME=home)
        subprocess.run([venv_script(), "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
        for label, (exe, *args), venv_args, until in cases:
            from_bundle = [str(bundle / exe), *args]
            from_venv = [venv_script(), *venv_args]
            seconds(from_bundle, env, until)  # warm the file cache; not counted
            seconds(from_venv, env, until)
            bundle_times, venv_times = [], []
            for _ in range(RUNS):  # interleaved, so that a slow moment hurts both alike
                bundle_times.append(seconds(from_bundle, env, until))
                venv_times.append(seconds(from_venv, env, until))
            b, v = statistics.median(bundle_times), statistics.median(venv_times)
            worst = max(worst, b / v)
            print(f"{label:28s} median of {RUNS}: bundle {b * 1000:6.0f} ms, venv {v * 1000:6.0f} ms,"
                  f" ratio {b / v:.2f}", flush=True)
    print(f"worst ratio {worst:.2f} (limit {LIMIT})")
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
