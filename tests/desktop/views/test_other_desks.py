"""The window shows what another desk did on the same database (another window, the command
line, a desk on another machine) within a look or two, without a restart, on either engine."""

from __future__ import annotations

import pytest

from desktop.other_desks_watch import POLL_MS
from services.container import Services
from tests.conftest import ENGINES
from tests.desktop.conftest import delivered, shown_window
from tests.desktop.views.test_change_delivery import badge


@pytest.mark.parametrize("engine", ENGINES)
def test_a_decision_taken_at_another_desk_shows_in_the_window(qtbot, demo_ctx, db_url,  # noqa: ANN001
                                                              engine: str) -> None:
    demo_ctx.other_desks_ms = POLL_MS
    window = shown_window(qtbot, demo_ctx)
    delivered(qtbot, demo_ctx)
    invitations = window.pages[[p.key for p in window.pages].index("invitations")]
    window.show_page(window.pages.index(invitations))
    waiting = [r.id for r in demo_ctx.services.sessions.invitations()]
    assert badge(window, "invitations") == len(waiting) > 1
    # The window's own writes are not taken for another desk's.
    qtbot.wait(POLL_MS + 500)
    assert demo_ctx.services.hub.pending() is False

    other = Services.open(db_url, demo_ctx.services.clock)
    try:
        other.sessions.reject(waiting[0], "Not my field")
    finally:
        other.close()

    qtbot.waitUntil(lambda: badge(window, "invitations") == len(waiting) - 1,
                    timeout=5 * POLL_MS)
    assert waiting[0] not in shown_ids(invitations)
    window.close()


def shown_ids(page) -> set[str]:  # noqa: ANN001
    from desktop.models.roles import IdRole

    model = page._table.model()  # noqa: SLF001 - what the page lists
    return {model.index(row, 0).data(IdRole) for row in range(model.rowCount())}
