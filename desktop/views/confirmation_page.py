"""Pending confirmation: every ended, unconfirmed session, oldest first, with how overdue it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.formatting import (
    bundle_progress_text,
    outcome_text,
    overdue_text,
    session_noun,
    time_range_text,
    type_text,
)
from desktop.models.session_list_model import Column, SessionListModel
from desktop.views.confirm_dialog import BundleProgress, ConfirmDialog
from desktop.views.feedback import InlineNotice, attempt
from desktop.views.page import Page
from desktop.views.plain_label import plain_label
from desktop.views.session_table import SessionTable
from services.plaintext import one_line
from services.records import BundleRecord, SessionRecord


class ConfirmationPage(Page):
    key = "confirmation"
    count_key = "pending_confirmation"
    watches = ("sessions", "bundles", "timezone")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._model = SessionListModel(ctx.tz, ctx.now, relative="overdue", parent=self)
        self._table = SessionTable(self._model, self.tr("Sessions to confirm"), Column.MENTEE)
        self.offer_notes(self._table)
        for column in (Column.MENTEE_LOCAL, Column.STATUS):
            self._table.setColumnHidden(column, True)
        heading = QLabel(self.tr("Sessions that have ended and wait for your confirmation"))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self._empty = QLabel(self.tr("All caught up: every finished session is confirmed."))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setProperty("role", "empty")
        self._empty.setWordWrap(True)

        self._detail = QGroupBox(self.tr("Selected session"))
        form = QFormLayout(self._detail)
        self._what = plain_label()
        self._when = plain_label()
        self._overdue = plain_label(wrap=False)
        self._bundle_label = plain_label(self.tr("Bundle"), wrap=False,
                                         select=Qt.TextInteractionFlag.NoTextInteraction)
        self._bundle = BundleProgress()
        form.addRow(self.tr("What"), self._what)
        form.addRow(self.tr("When"), self._when)
        form.addRow(self.tr("Ended"), self._overdue)
        form.addRow(self._bundle_label, self._bundle)
        self._confirm = QPushButton(self.tr("Confirm…"))
        self._confirm.setDefault(True)
        self._confirm.setAccessibleName(self.tr("Confirm the selected session"))
        self._details = QPushButton(self.tr("Details…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self._confirm)
        buttons.addWidget(self._details)
        buttons.addStretch(1)
        form.addRow(buttons)
        self._notice = InlineNotice()
        self._shown: SessionRecord | None = None
        self._shown_bundle: BundleRecord | None = None

        self._stack = QStackedLayout()
        self._stack.addWidget(self._table)
        self._stack.addWidget(self._empty)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self._stack)
        self._splitter = QSplitter()
        self._splitter.addWidget(left)
        self._splitter.addWidget(self._detail)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)
        self._splitter.setSizes([620, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self._splitter, 1)
        layout.addWidget(self._notice)

        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._table.doubleClicked.connect(self._on_confirm_clicked)
        self._confirm.clicked.connect(self._on_confirm_clicked)
        self._details.clicked.connect(self._on_details_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self._table, self._on_confirm_clicked)

    def title(self) -> str:
        return self.tr("Pending confirmation")

    def refresh(self) -> None:
        sessions = self.ctx.services.sessions
        self._table.reload(lambda: self._model.set_records(sessions.pending_confirmation()))
        self._stack.setCurrentIndex(0 if self._model.rowCount() else 1)
        self._on_selection_changed()

    def tick(self) -> None:
        self._model.tick()

    def save_state(self) -> None:
        self.ctx.settings.set_state("confirmation/header",
                                    self._table.horizontalHeader().saveState())
        self.ctx.settings.set_state("confirmation/splitter", self._splitter.saveState())

    def restore_state(self) -> None:
        self._table.restore_header(self.ctx.settings.state("confirmation/header"))
        splitter = self.ctx.settings.state("confirmation/splitter")
        if splitter is not None:
            self._splitter.restoreState(splitter)

    def _on_selection_changed(self, *_args: object) -> None:
        record = self._table.current_record()
        if record is not None and record is self._shown:
            return  # shown already (a reload selects, then asks again)
        self._shown = record
        session_id = None if record is None else record.id
        self._detail.setEnabled(session_id is not None)
        self._confirm.setEnabled(session_id is not None)
        self._details.setEnabled(session_id is not None)
        if session_id is None:
            for label in (self._what, self._when, self._overdue):
                label.setText("")
            self._bundle.setVisible(False)
            self._bundle_label.setVisible(False)
            return
        self._what.setText(f"{type_text(record.type)} · {one_line(record.mentee_name)}")
        self._when.setText(time_range_text(record.start, record.end, self.ctx.tz()))
        self._overdue.setText(overdue_text(record.end, self.ctx.now()))
        self._show_bundle(record.bundle_id)

    def _show_bundle(self, bundle_id: str | None) -> None:
        self._bundle.setVisible(bundle_id is not None)
        self._bundle_label.setVisible(bundle_id is not None)
        self._shown_bundle = None
        if bundle_id is None:
            return
        bundle = self._shown_bundle = self.ctx.services.sessions.bundle(bundle_id)
        self._bundle_label.setText(self.tr("Bundle %1").replace("%1", one_line(bundle.id)))
        self._bundle.set_bundle(bundle)

    def _on_confirm_clicked(self, *_args: object) -> None:
        session_id = self._table.current_id()
        if session_id is None:
            return
        sessions = self.ctx.services.sessions
        record = self._table.current_record()
        dialog = ConfirmDialog(record, self._shown_bundle, self.ctx.tz(), self)
        if dialog.exec() != ConfirmDialog.DialogCode.Accepted:
            return
        with self.ctx.bridge.operation(self):
            done = attempt(self, lambda: sessions.confirm(session_id, dialog.outcome(),
                                                          dialog.decision()), self._notice)
            if done is None:
                return
            note = dialog.note()
            # The note follows the confirmation (Undo takes it back first).
            noted = not note.strip() or attempt(
                self, lambda: self.ctx.services.journal.set_note(session_id, note),
                self._notice) is not None
            self.refresh()
            if not noted:
                return
        message = self.tr("Confirmed the %1 with %2: %3.").replace("%1", session_noun(done.type)) \
            .replace("%2", one_line(done.mentee_name)) \
            .replace("%3", outcome_text(done.outcome, None))
        if done.bundle_id:
            bundle = sessions.bundle(done.bundle_id)
            message += " " + self.tr("Bundle %1: %2.").replace("%1", one_line(bundle.id)) \
                .replace("%2", bundle_progress_text(bundle))
        if note.strip():
            message += " " + self.tr("The note is in the journal.")
        self._notice.show_info(message)

    def _on_details_clicked(self) -> None:
        session_id = self._table.current_id()
        if session_id is not None:
            self.session_activated.emit(session_id)
