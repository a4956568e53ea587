"""Asks why an intro request is rejected: a common reason to pick, the mentor's own words, or both."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.formatting import tr
from desktop.views.reason_dialog import ReasonDialog
from services.plaintext import one_line


class RejectDialog(ReasonDialog):
    def __init__(self, parent: QWidget | None, mentee_name: str,
                 submit: Callable[[str], object] | None = None) -> None:
        super().__init__(
            parent,
            title=tr("Reject invitation"),
            question=tr("Why do you reject the intro request from %1?")
            .replace("%1", one_line(mentee_name)),
            note=tr("The reason goes to the platform with your decision."),
            reasons=[tr("Form looks like spam"), tr("Not enough information in the form"),
                     tr("Outside my expertise"), tr("Schedule conflict")],
            ok_text=tr("Reject invitation"),
            submit=submit,
        )
