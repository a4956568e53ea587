"""The one-folder bundle, built with PyInstaller once per test run and shared by the bundle tests.

The build starts in the background as soon as the tests are collected, so that its 1-2 minutes
overlap the other tests: in a serial run the bundle tests run last; under pytest-xdist the
controller starts it (tests/conftest.py) and the bundle tests, one xdist group, run on one worker
while the others run the rest (tests/bundle/build.py). It is built under build/test-bundle
(ignored by git). MENTORDESK_SKIP_BUNDLE=1 skips these tests, for quick local runs only: with CI
set they fail instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.bundle.build import SKIP_ENV, Build, finished

HERE = Path(__file__).resolve().parent
NOW = "2026-03-02T09:00:00Z"


def _is_bundle_test(item: pytest.Item) -> bool:
    return HERE in Path(item.path).parents


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=_is_bundle_test)  # stable: the bundle tests last, in their own order


def pytest_collection_finish(session: pytest.Session) -> None:
    # A pytest-xdist worker leaves the build to the controller, which starts it once.
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    if any(_is_bundle_test(item) for item in session.items):
        Build.start()


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The bundle's folder, holding MentorDesk and mentordesk-cli."""
    if os.environ.get(SKIP_ENV):
        if os.environ.get("CI"):
            pytest.fail(f"{SKIP_ENV} is for quick local runs; CI builds and tests the bundle")
        pytest.skip(f"{SKIP_ENV} is set")
    return finished()


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
