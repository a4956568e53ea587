"""The one-folder bundle, built with PyInstaller once per test run and shared by the bundle tests.

The build starts in the background as soon as the tests are collected, and the bundle tests run
last, so the 1-2 minutes of building overlap the rest of the suite on the other core. It is
built under build/test-bundle (ignored by git). MENTORDESK_SKIP_BUNDLE=1 skips these tests, for
quick local runs only: with CI set they fail instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BUILD = ROOT / "build" / "test-bundle"
SKIP_ENV = "MENTORDESK_SKIP_BUNDLE"
NOW = "2026-03-02T09:00:00Z"


class Build:
    """The PyInstaller run, started at most once per test session."""

    process: subprocess.Popen[bytes] | None = None
    log = None

    @classmethod
    def start(cls) -> None:
        if cls.process is not None or os.environ.get(SKIP_ENV):
            return
        cls.log = tempfile.TemporaryFile()
        cls.process = subprocess.Popen(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"),
             str(ROOT / "build.spec")],
            cwd=ROOT, stdout=cls.log, stderr=subprocess.STDOUT)

    @classmethod
    def finish(cls) -> Path:
        cls.start()
        returncode = cls.process.wait(timeout=900)
        cls.log.seek(0)
        assert returncode == 0, cls.log.read().decode(errors="replace")[-4000:]
        return BUILD / "dist" / "MentorDesk"

    @classmethod
    def stop(cls) -> None:
        if cls.process is not None and cls.process.poll() is None:
            cls.process.kill()
            cls.process.wait()


def _is_bundle_test(item: pytest.Item) -> bool:
    return HERE in Path(item.path).parents


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=_is_bundle_test)  # stable: the bundle tests last, in their own order


def pytest_collection_finish(session: pytest.Session) -> None:
    if any(_is_bundle_test(item) for item in session.items):
        Build.start()


def pytest_sessionfinish() -> None:
    Build.stop()


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The bundle's folder, holding MentorDesk and mentordesk-cli."""
    if os.environ.get(SKIP_ENV):
        if os.environ.get("CI"):
            pytest.fail(f"{SKIP_ENV} is for quick local runs; CI builds and tests the bundle")
        pytest.skip(f"{SKIP_ENV} is set")
    return Build.finish()


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
