"""What every window and page is handed by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desktop.bridge import ServiceBridge
from desktop.settings import AppSettings

if TYPE_CHECKING:  # the window's frame paints before the database layer is loaded
    from services.container import Services


@dataclass
class DeskContext:
    services: Services
    bridge: ServiceBridge
    settings: AppSettings
    # How often the window looks at what other desks wrote (0: never; the window tests that
    # count statements or wait for their own changes keep it off).
    other_desks_ms: int = 3000

    def now(self) -> datetime:
        return self.services.clock.now()

    def tz(self) -> ZoneInfo:
        """The zone times are shown in."""
        return self.services.sessions.timezone()

    def home_tz(self) -> ZoneInfo:
        """The mentor's own zone, which availability, days off and the intro limit follow."""
        return self.services.sessions.home_zone()
