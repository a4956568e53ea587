"""Shared fixtures. Qt is told to draw offscreen before any QApplication can exist."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from services.clock import FixedClock  # noqa: E402
from services.container import Services  # noqa: E402
from services.timefmt import parse_instant  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXCHANGE = SHARED / "exchange"
ICS_SAMPLES = SHARED / "ics-samples"


class MovableClock:
    """A clock the test can set and advance."""

    def __init__(self, instant: datetime) -> None:
        self.instant = instant

    def now(self) -> datetime:
        return self.instant

    def set(self, text_or_instant: str | datetime) -> None:
        self.instant = (parse_instant(text_or_instant) if isinstance(text_or_instant, str)
                        else text_or_instant)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(parse_instant("2026-03-02T09:00:00Z"))


@pytest.fixture
def services(tmp_path: Path, clock: MovableClock) -> Services:
    app = Services.open(tmp_path / "desk.sqlite3", clock)
    yield app
    app.close()


@pytest.fixture
def fixed(tmp_path: Path) -> Services:
    app = Services.open(tmp_path / "fixed.sqlite3", FixedClock(parse_instant("2026-03-02T09:00:00Z")))
    yield app
    app.close()
