"""Fixtures for the Qt tiers: a DeskContext over a tmp database, with sample data on demand."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.bridge import ServiceBridge
from desktop.context import DeskContext
from desktop.settings import AppSettings
from services.container import Services


@pytest.fixture
def ctx(qapp, services: Services, tmp_path: Path) -> DeskContext:  # noqa: ANN001
    bridge = ServiceBridge(services.hub)
    context = DeskContext(services=services, bridge=bridge,
                          settings=AppSettings(tmp_path / "settings.ini"))
    yield context
    bridge.detach()


@pytest.fixture
def demo_ctx(ctx: DeskContext) -> DeskContext:
    """The context with the sample data installed around the test clock's now."""
    from services.demo import install

    install(ctx.services)
    return ctx
