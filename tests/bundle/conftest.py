"""The one-folder bundle, built with PyInstaller once per test run and shared by the bundle tests.

It is built under build/test-bundle (ignored by git); PyInstaller reuses what has not changed
there from one run to the next. MENTORDESK_SKIP_BUNDLE=1 skips these tests, for quick local
runs only: with CI set they fail instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "test-bundle"
SKIP_ENV = "MENTORDESK_SKIP_BUNDLE"
NOW = "2026-03-02T09:00:00Z"


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The bundle's folder, holding MentorDesk and mentordesk-cli."""
    if os.environ.get(SKIP_ENV):
        if os.environ.get("CI"):
            pytest.fail(f"{SKIP_ENV} is for quick local runs; CI builds and tests the bundle")
        pytest.skip(f"{SKIP_ENV} is set")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"),
         str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-4000:]
    print(f"\nbundle built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return BUILD / "dist" / "MentorDesk"


@pytest.fixture
def bundle_env(tmp_path: Path) -> dict[str, str]:
    """The bundle's programs see only tmp_path: database, settings, log, desktop entries."""
    home = str(tmp_path / "home")
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("MENTORDESK_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(MENTORDESK_DB=str(tmp_path / "desk.sqlite3"), MENTORDESK_NOW=NOW,
               QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home,
               XDG_STATE_HOME=home, XDG_DATA_HOME=str(tmp_path / "share"), XDG_CACHE_HOME=home)
    return env
