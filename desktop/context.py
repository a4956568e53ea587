"""What every window and page is handed by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from desktop.bridge import ServiceBridge
from desktop.settings import AppSettings
from services.container import Services


@dataclass
class DeskContext:
    services: Services
    bridge: ServiceBridge
    settings: AppSettings

    def now(self) -> datetime:
        return self.services.clock.now()

    def tz(self) -> ZoneInfo:
        return self.services.sessions.timezone()
