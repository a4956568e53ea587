"""Asks why a session is cancelled: a common reason to pick, the mentor's own words, or both."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from desktop.formatting import time_range_text, tr, type_text
from desktop.views.reason_dialog import ReasonDialog
from services import policy
from services.plaintext import one_line
from services.records import SessionRecord


class CancelDialog(ReasonDialog):
    def __init__(self, record: SessionRecord, tz: ZoneInfo, parent: QWidget | None = None,
                 submit: Callable[[str], object] | None = None) -> None:
        summary = tr("%1 session with %2, %3").replace("%1", type_text(record.type).lower()) \
            .replace("%2", one_line(record.mentee_name)) \
            .replace("%3", time_range_text(record.start, record.end, tz))
        hours = int(policy.CANCEL_MIN_NOTICE.total_seconds() // 3600)
        super().__init__(
            parent,
            title=tr("Cancel session"),
            question=tr("Why do you cancel the %1?").replace("%1", summary),
            note=tr("The mentee is told the reason. Sessions can be cancelled at least %1 hours "
                    "before they start.").replace("%1", str(hours)),
            reasons=[tr("I am ill"), tr("A schedule conflict came up"),
                     tr("Personal emergency"), tr("The mentee asked to move it")],
            ok_text=tr("Cancel session"),
            keep_text=tr("Keep the session"),
            submit=submit,
        )
