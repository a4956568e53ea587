"""How spans of time read in the window: never "0 min ago"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.formatting import overdue_text, starts_in_text

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_a_session_that_ended_under_a_minute_ago_ended_just_now(qapp) -> None:  # noqa: ANN001
    assert overdue_text(NOW, NOW) == "just now"
    assert overdue_text(NOW - timedelta(seconds=59), NOW) == "just now"
    assert overdue_text(NOW - timedelta(minutes=1), NOW) == "1 min ago"
    assert starts_in_text(NOW - timedelta(minutes=20), NOW, NOW) == "ended just now"
    ended = NOW - timedelta(minutes=61)
    assert starts_in_text(ended - timedelta(minutes=20), ended, NOW) == "ended 1 h 1 min ago"
