"""Asks why an intro request is rejected: a common reason to pick, the mentor's own words, or both."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.views.reason_dialog import ReasonDialog
from services.plaintext import one_line


class RejectDialog(ReasonDialog):
    def __init__(self, parent: QWidget | None, mentee_name: str,
                 submit: Callable[[str], object] | None = None) -> None:
        # Built before the dialog itself exists, hence the class's own tr().
        super().__init__(
            parent,
            title=RejectDialog.tr("Reject invitation"),
            question=RejectDialog.tr("Why do you reject the intro request from %1?")
            .replace("%1", one_line(mentee_name)),
            note=RejectDialog.tr("The reason goes to the platform with your decision."),
            reasons=[RejectDialog.tr("Form looks like spam"),
                     RejectDialog.tr("Not enough information in the form"),
                     RejectDialog.tr("Outside my expertise"), RejectDialog.tr("Schedule conflict")],
            ok_text=RejectDialog.tr("Reject invitation"),
            submit=submit,
        )
