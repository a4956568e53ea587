#!/usr/bin/env python3
"""Set up and run Mentor Desk with nothing but Python 3.11+: `python3 tasks.py app|test|bench|bundle`.

Setting up means: on Debian/Ubuntu, the system libraries Qt needs (apt, only those missing);
a virtual environment in .venv; the project installed into it (again only when pyproject.toml
changed). Works the same on Windows (`py tasks.py ...`) and macOS.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"
# Qt's offscreen platform (tests, screenshots) needs these; a real X display needs the xcb set too.
APT_OFFSCREEN = ["libglib2.0-0", "libegl1", "libgl1", "libx11-6", "libxkbcommon0",
                 "libfontconfig1", "libfreetype6", "libdbus-1-3"]
APT_DISPLAY = ["libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
               "libxcb-keysyms1", "libxcb-render0", "libxcb-render-util0", "libxcb-shape0",
               "libxcb-util1", "libxcb-xkb1", "libxcb-randr0", "libxcb-xinerama0"]
# A virtual X server (`xvfb-run -a`): the tests draw the screenshots on it as on a desktop (its
# font metrics differ from offscreen) and run the bundle on it.
APT_XVFB = ["xvfb", "xauth"]
# Real programs the tests run: libical's strict parser and iTIP check (through system Python);
# Xvfb; the desktops' own validators and MIME database for the Linux desktop files.
# A real PostgreSQL server (initdb'd into a temporary folder by the tests): the services and the
# command line are tested on it as on SQLite.
APT_TEST = ["gir1.2-ical-3.0", "python3-gi", *APT_XVFB, "desktop-file-utils", "appstream",
            "shared-mime-info", "libglib2.0-bin", "postgresql"]
USAGE = """usage: python3 tasks.py COMMAND [ARGS...]
  app [ARGS]      set up, then start the desktop app (ARGS go to `mentordesk`)
  test [ARGS]     set up, then run every test (ARGS go to pytest), on every core (at most 4
                  pytest-xdist workers; `-n 0` runs them in one process); the tests build the
                  bundle once (1-2 min): MENTORDESK_SKIP_BUNDLE=1 skips those, for quick local
                  runs only
  bench [ARGS]    set up, then run the benchmarks in bench/
  bundle          set up, then build the one-folder bundle with PyInstaller (dist/MentorDesk)
  translations    set up, then update resources/i18n/*.ts from the code (pyside6-lupdate) and
                  compile them to the .qm files the app loads (pyside6-lrelease)
  cli ARGS        set up, then run `mentordesk ARGS` (the command line)"""
# At most this many pytest-xdist workers (see test_workers).
MAX_WORKERS = 4
# The languages with a translation file; English holds only its plural forms.
TRANSLATIONS = ("de", "ar", "en")


def say(message: str) -> None:
    print(f"[tasks] {message}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def apt_install(packages: list[str]) -> None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        return
    missing = []
    for package in packages:
        probe = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                               capture_output=True, text=True)
        if "install ok installed" not in probe.stdout:
            missing.append(package)
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            sys.exit(f"[tasks] please install: apt-get install {' '.join(missing)}")
        prefix = ["sudo"]
    say(f"installing system libraries: {' '.join(missing)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if subprocess.run([*prefix, "apt-get", "install", "-y", "--no-install-recommends",
                       *missing], env=env).returncode != 0:
        subprocess.run([*prefix, "apt-get", "update"], env=env, check=True)
        subprocess.run([*prefix, "apt-get", "install", "-y", "--no-install-recommends",
                        *missing], env=env, check=True)


def ensure_venv() -> None:
    if venv_python().exists():
        return
    say(f"creating the virtual environment in {VENV}")
    try:
        import ensurepip  # noqa: F401  (Debian ships it in a separate package)
    except ImportError:
        apt_install([f"python3.{sys.version_info.minor}-venv"])
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)


def ensure_installed(extras: str) -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    say("installing Mentor Desk and its dependencies into .venv")
    python = str(venv_python())
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=False)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[{extras}]"],
                   check=True)
    STAMP.write_text(wanted)


def setup(extras: str = "test", display: bool = False, test_tools: bool = False) -> None:
    if sys.version_info < (3, 11):
        sys.exit("[tasks] Mentor Desk needs Python 3.11 or newer")
    apt_install(APT_OFFSCREEN + (APT_DISPLAY if display else []) + (APT_TEST if test_tools else []))
    ensure_venv()
    ensure_installed(extras)


def test_workers() -> int:
    """How many pytest-xdist workers run the tests: one per core this process may use, at most
    MAX_WORKERS (each starts its own PostgreSQL and Radicale, and many tests start programs of
    their own, so more workers than cores only wait on each other)."""
    cores = (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
             else os.cpu_count() or 1)
    return min(cores, MAX_WORKERS)


def pytest_args(rest: list[str]) -> list[str]:
    """pytest's arguments: `rest`, with the tests spread over test_workers() processes, the
    bundle's tests together on one of them (`--dist loadgroup`: they share one build). Not when
    `rest` or PYTEST_ADDOPTS chooses (`-n N`, `-p no:xdist`), debugs (`--pdb`, `--trace`: one
    process), or there is one core."""
    given = [*shlex.split(os.environ.get("PYTEST_ADDOPTS", "")), *rest]
    if test_workers() < 2 or any(
            arg in ("--numprocesses", "no:xdist", "-pno:xdist", "--pdb", "--trace")
            or arg.startswith(("-n", "--numprocesses=")) for arg in given):
        return rest
    dist = [] if any(arg.startswith("--dist") for arg in given) else ["--dist", "loadgroup"]
    return ["-n", str(test_workers()), *dist, *rest]


def run(args: list[str], env: dict[str, str] | None = None) -> int:
    return subprocess.run(args, cwd=ROOT, env=env).returncode


def qt_tool(name: str, folder: Path | None = None) -> str:
    """A Qt tool PySide6 installs beside the Python of `folder` (default: .venv's)."""
    folder = folder or venv_python().parent
    return str(folder / (f"{name}.exe" if os.name == "nt" else name))


def lupdate_command(ts_file: Path, language: str, tool: str) -> list[str]:
    """pyside6-lupdate over desktop/, merging into `ts_file`: no line numbers (they would change
    with every edit of a view), strings gone from the code dropped."""
    return [tool, "-extensions", "py", "-locations", "none", "-no-obsolete", "-silent",
            "-target-language", language, *(["-pluralonly"] if language == "en" else []),
            str(ROOT / "desktop"), "-ts", str(ts_file)]


def update_translations() -> int:
    folder = ROOT / "resources" / "i18n"
    for language in TRANSLATIONS:
        ts_file = folder / f"mentordesk_{language}.ts"
        if run(lupdate_command(ts_file, language, qt_tool("pyside6-lupdate"))) != 0:
            return 1
        if run([qt_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm",
                str(ts_file.with_suffix(".qm"))]) != 0:
            return 1
    say("updated resources/i18n; translate the entries marked unfinished (Qt Linguist: "
        "`.venv/bin/pyside6-linguist resources/i18n/mentordesk_de.ts`), then run this again")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test", "bench", "bundle", "translations", "cli"):
        print(USAGE)
        return 2
    task, rest = argv[0], argv[1:]
    python = str(venv_python())
    if task == "app":
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM"))
        setup(display=not headless)
        if headless:
            say("no display found: start it from a desktop session, or on a server with "
                "`xvfb-run -a python3 tasks.py app` "
                f"(after `apt-get install {' '.join(APT_XVFB)}`)")
            return 2
        return run([python, "-m", "desktop", *rest])
    if task == "test":
        setup("test,bundle", display=True, test_tools=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return run([python, "-m", "pytest", *pytest_args(rest)], env)
    if task == "bench":
        setup("test,bundle")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return run([python, str(ROOT / "bench" / "run.py"), *rest], env)
    if task == "translations":
        setup()
        return update_translations()
    if task == "bundle":
        setup("test,bundle")
        return run([python, "-m", "PyInstaller", "--noconfirm", "build.spec"])
    setup()
    return run([python, "-m", "desktop", *rest])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
