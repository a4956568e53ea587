"""Keeps the PySide6 pin honest: 6.12.0 on Python 3.11 aborts after thousands of void calls."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_fifty_thousand_void_calls_do_not_abort_the_process(qapp) -> None:  # noqa: ANN001
    label = QLabel()
    for i in range(50_000):
        label.setText(str(i))
    assert label.text() == "49999"
