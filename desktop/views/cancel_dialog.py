"""Asks why a session is cancelled: a common reason to pick, the mentor's own words, or both."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.formatting import tr
from desktop.views.reason_dialog import ReasonDialog


class CancelDialog(ReasonDialog):
    def __init__(self, summary: str, parent: QWidget | None = None,
                 submit: Callable[[str], object] | None = None) -> None:
        super().__init__(
            parent,
            title=tr("Cancel session"),
            question=tr("Why do you cancel the %1?").replace("%1", summary),
            note=tr("The mentee is told the reason. Sessions can be cancelled at least 24 hours "
                    "before they start."),
            reasons=[tr("I am ill"), tr("A schedule conflict came up"),
                     tr("Personal emergency"), tr("The mentee asked to move it")],
            ok_text=tr("Cancel session"),
            keep_text=tr("Keep the session"),
            submit=submit,
        )
