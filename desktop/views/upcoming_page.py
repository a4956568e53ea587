"""Upcoming: what starts within the upcoming window, with Cancel where the notice rule allows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.formatting import escaped, hours_text
from desktop.models.session_list_model import Column, SessionListModel
from desktop.views.cancel_dialog import CancelDialog
from desktop.views.feedback import InlineNotice
from desktop.views.page import Page
from desktop.views.plain_label import plain_label
from desktop.views.session_table import SessionTable
from desktop.wording import refusal_text
from services import policy
from services.records import SessionRecord


class UpcomingPage(Page):
    key = "upcoming"
    count_key = "upcoming"
    watches = ("sessions", "timezone")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._model = SessionListModel(ctx.tz, ctx.now, parent=self)
        self._table = SessionTable(self._model, self.tr("Upcoming sessions"), Column.MENTEE)
        self.offer_notes(self._table)
        self._table.setColumnHidden(Column.STATUS, True)
        window = hours_text(policy.UPCOMING_WINDOW)
        heading = QLabel(self.tr("Sessions starting in the next %1").replace("%1", window))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self._empty = QLabel(self.tr("Nothing in the next %1.\n"
                                     "New sessions appear here once you accept invitations.")
                             .replace("%1", window))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setProperty("role", "empty")
        self._empty.setWordWrap(True)
        self._cancel = QPushButton(self.tr("Cancel session…"))
        self._cancel.setAccessibleName(self.tr("Cancel the selected session"))
        self._details = QPushButton(self.tr("Details…"))
        self._why = plain_label()
        self._why.setProperty("role", "hint")
        self._notice = InlineNotice()
        self._shown: SessionRecord | None = None

        self._stack = QStackedLayout()
        self._stack.addWidget(self._table)
        self._stack.addWidget(self._empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self._cancel)
        buttons.addWidget(self._details)
        buttons.addWidget(self._why, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self._stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._notice)

        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._table.doubleClicked.connect(self._on_details_clicked)
        self._cancel.clicked.connect(self._on_cancel_clicked)
        self._details.clicked.connect(self._on_details_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self._table, self._on_cancel_clicked)

    def title(self) -> str:
        return self.tr("Upcoming")

    def refresh(self) -> None:
        sessions = self.ctx.services.sessions
        self._table.reload(lambda: self._model.set_records(sessions.upcoming()))
        self._stack.setCurrentIndex(0 if self._model.rowCount() else 1)
        self._on_selection_changed()

    def tick(self) -> None:
        self._model.tick()
        self._show_selected()  # the 24 hours may have run out meanwhile

    def save_state(self) -> None:
        self.ctx.settings.set_state("upcoming/header", self._table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        self._table.restore_header(self.ctx.settings.state("upcoming/header"))

    def _on_selection_changed(self, *_args: object) -> None:
        record = self._table.current_record()
        if record is not None and record is self._shown:
            return  # shown already (a reload selects, then asks again)
        self._show_selected()

    def _show_selected(self) -> None:
        """Cancel and its reason for the selected session, as the services judge it now."""
        record = self._shown = self._table.current_record()
        session_id = None if record is None else record.id
        self._details.setEnabled(session_id is not None)
        if session_id is None:
            self._cancel.setEnabled(False)
            self._cancel.setToolTip("")
            self._why.setText("")
            return
        refusal = self.ctx.services.sessions.cancel_refusal(session_id)
        self._cancel.setEnabled(refusal is None)
        text = "" if refusal is None else refusal_text(refusal)
        self._cancel.setToolTip(escaped(text))
        self._why.setText(text)

    def _on_cancel_clicked(self) -> None:
        session_id = self._table.current_id()
        if session_id is None or not self._cancel.isEnabled():
            return
        record = self.ctx.services.sessions.get(session_id)
        cancel = self.ctx.services.sessions.cancel
        dialog = CancelDialog(record, self.ctx.tz(), self,
                              submit=lambda reason: cancel(session_id, reason))
        with self.ctx.bridge.operation(self):
            cancelled = dialog.exec() == CancelDialog.DialogCode.Accepted
            if cancelled:
                self.refresh()
        if cancelled:
            self._notice.show_info(self.tr("Cancelled. Undo is in the Edit menu until you "
                                           "write the outbox."))

    def _on_details_clicked(self, *_args: object) -> None:
        session_id = self._table.current_id()
        if session_id is not None:
            self.session_activated.emit(session_id)
