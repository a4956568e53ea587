"""Asks why a session is cancelled: a common reason to pick, the mentor's own words, or both."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from desktop.formatting import hours_text, session_noun, time_range_text
from desktop.views.reason_dialog import ReasonDialog
from services import policy
from services.plaintext import one_line
from services.records import SessionRecord


class CancelDialog(ReasonDialog):
    def __init__(self, record: SessionRecord, tz: ZoneInfo, parent: QWidget | None = None,
                 submit: Callable[[str], object] | None = None) -> None:
        # Built before the dialog itself exists, hence the class's own tr().
        summary = CancelDialog.tr("%1 with %2, %3").replace("%1", session_noun(record.type)) \
            .replace("%2", one_line(record.mentee_name)) \
            .replace("%3", time_range_text(record.start, record.end, tz))
        super().__init__(
            parent,
            title=CancelDialog.tr("Cancel session"),
            question=CancelDialog.tr("Why do you cancel the %1?").replace("%1", summary),
            note=CancelDialog.tr("The mentee is told the reason. Sessions can be cancelled at "
                                 "least %1 before they start.")
            .replace("%1", hours_text(policy.CANCEL_MIN_NOTICE)),
            reasons=[CancelDialog.tr("I am ill"), CancelDialog.tr("A schedule conflict came up"),
                     CancelDialog.tr("Personal emergency"),
                     CancelDialog.tr("The mentee asked to move it")],
            ok_text=CancelDialog.tr("Cancel session"),
            keep_text=CancelDialog.tr("Keep the session"),
            submit=submit,
        )
