"""Reminders before sessions and a daily nudge about unconfirmed ones, via tray or window."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.context import DeskContext
from desktop.formatting import session_title, short_span, when_text
from services.plaintext import one_line


class Reminders(QObject):
    """Checks once a minute. Each session is announced once; the nudge at most once a day."""

    # (title, message) for the in-window notice when there is no system tray.
    notify = Signal(str, str)

    def __init__(self, ctx: DeskContext, tray: QSystemTrayIcon | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tray = tray
        self._announced: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(1500)
        self._timer.timeout.connect(self.check)
        self._first.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()
        self._first.start()

    def stop(self) -> None:
        self._timer.stop()
        self._first.stop()

    def check(self) -> list[tuple[str, str]]:
        """Send what is due now; returns what was sent (title, message)."""
        if not self.ctx.settings.reminders_enabled:
            return []
        sent = []
        now = self.ctx.now()
        tz = self.ctx.tz()
        lead = timedelta(minutes=self.ctx.settings.reminder_minutes)
        for record in self.ctx.services.sessions.upcoming():
            if record.id in self._announced or record.start <= now:
                continue
            if record.start - now <= lead:
                self._announced.add(record.id)
                title = self.tr("%1 in %2").replace("%1", session_title(record.type)) \
                    .replace("%2", short_span(record.start - now))
                message = self.tr("With %1 at %2").replace("%1", one_line(record.mentee_name)) \
                    .replace("%2", when_text(record.start, tz))
                sent.append(self._send(title, message))
        today = now.astimezone(tz).date().isoformat()
        if self.ctx.settings.last_nudge_day != today:
            overdue = self.ctx.services.sessions.counts()["pending_confirmation"]
            if overdue:
                self.ctx.settings.last_nudge_day = today
                title = self.tr("Sessions to confirm")
                message = self.tr("%n finished sessions wait for your confirmation; bundles "
                                  "and payments depend on it.", "", overdue)
                sent.append(self._send(title, message))
        return sent

    def _send(self, title: str, message: str) -> tuple[str, str]:
        if self._tray is not None and self._tray.isVisible() and self._tray.supportsMessages():
            self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 15000)
        else:
            self.notify.emit(title, message)
        return title, message
