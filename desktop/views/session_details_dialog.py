"""Everything about one session, in the mentor's time and the mentee's, with its history of
actions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.formatting import (
    bundle_progress_text,
    mentee_clock,
    outcome_text,
    session_title,
    status_text,
    time_range_text,
    when_text,
)
from desktop.models.action_history_model import ActionHistoryModel, Column
from desktop.views.feedback import describe
from desktop.views.plain_label import plain_label
from desktop.views.session_table import SessionTable
from services.errors import DomainError
from services.plaintext import one_line
from services.records import SessionRecord, Status


def plain(text: str) -> QLabel:
    """A label that shows `text` exactly (mentees' answers may hold markup), to select and copy."""
    return plain_label(text, select="TextSelectableByMouse|TextSelectableByKeyboard")


class SessionDetailsDialog(QDialog):
    def __init__(self, ctx: DeskContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.setWindowTitle(self.tr("Session details"))
        self.setSizeGripEnabled(True)
        self.resize(660, 480)
        self.history_model = ActionHistoryModel(ctx.tz(), self)
        self.history_view = SessionTable(self.history_model, self.tr("History of actions"),
                                         Column.DETAILS)
        self.fields: dict[str, QLabel] = {}
        self.answers: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        try:
            record = ctx.services.sessions.get(session_id)
            history = ctx.services.sessions.history(session_id)
        except DomainError as exc:
            self.title = plain(describe(exc))
            layout.addWidget(self.title)
            record = None
        self.note = plain("")
        self.note.setAccessibleName(self.tr("Your note"))
        if record is not None:
            self.history_model.set_actions(history)
            layout.addWidget(self._build(record), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.note_button = buttons.addButton(self.tr("Note…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.note_button.setEnabled(record is not None)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.note_button.clicked.connect(self._on_note_clicked)

    def _show_note(self) -> None:
        note = self.ctx.services.journal.note(self.session_id)
        self.note.setText(note.text if note else self.tr("No note yet. Note… writes one; it "
                                                         "stays on this computer."))
        self.note.setProperty("role", "" if note else "hint")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)

    def _on_note_clicked(self) -> None:
        from desktop.views.journal_dialogs import NoteDialog

        if NoteDialog(self.ctx, self.session_id, self).exec():
            self._show_note()

    # -- building ------------------------------------------------------------------------------

    def _build(self, r: SessionRecord) -> QWidget:
        name = one_line(r.mentee_name)
        # "[*]" in a window title marks unsaved changes; "[*][*]" shows it as it is.
        self.setWindowTitle(self.tr("Session with %1").replace("%1", name.replace("[*]", "[*][*]")))
        self.title = plain(self.tr("%1 with %2").replace("%1", session_title(r.type))
                           .replace("%2", name))
        self.title.setProperty("role", "heading")
        self.title.setAccessibleName(self.tr("Session"))

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, name, value in self._facts(r):
            label = plain(value)
            label.setAccessibleName(name)
            self.fields[key] = label
            facts.addRow(name + ":", label)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(facts)
        if r.form:
            column.addWidget(self._heading(self.tr("Answers to the request form")))
            for question, answer in r.form.items():
                asked = plain(question)
                font = asked.font()
                font.setBold(True)
                asked.setFont(font)
                label = plain(answer.strip() or self.tr("(no answer)"))
                label.setAccessibleName(question)
                label.setContentsMargins(12, 0, 0, 6)
                self.answers[question] = label
                column.addWidget(asked)
                column.addWidget(label)
        column.addWidget(self._heading(self.tr("Your note")))
        self._show_note()
        self.note.setContentsMargins(0, 0, 0, 6)
        column.addWidget(self.note)
        column.addWidget(self._heading(self.tr("History of your actions")))
        if self.history_model.rowCount():
            column.addWidget(self._history_table())
        else:
            none = plain(self.tr("Nothing done in Mentor Desk yet: this session is as the "
                                 "platform's export had it."))
            none.setProperty("role", "hint")
            column.addWidget(none)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        # As tall as the content at the dialog's width (styled, hence polished first), up to a
        # size that fits small screens; the rest scrolls.
        body.ensurePolished()
        height = body.layout().totalHeightForWidth(self.width() - 40)
        self.resize(self.width(), min(max(height, 0) + 80, 720))
        return scroll

    def _facts(self, r: SessionRecord) -> list[tuple[str, str, str]]:
        tz = self.ctx.tz()
        facts = [
            ("status", self.tr("Status"), status_text(r.status)),
            ("when", self.tr("Your time"),
             f"{time_range_text(r.start, r.end, tz)} ({tz.key.replace('_', ' ')})"),
            ("mentee_time", self.tr("Mentee's time"), self._mentee_time(r, tz)),
            ("length", self.tr("Length"), self.tr("%1 min").replace("%1", str(r.duration_minutes))),
            ("mentee", self.tr("Mentee"),
             f"{one_line(r.mentee_name)} <{one_line(r.mentee_email)}>" if r.mentee_email
             else one_line(r.mentee_name)),
        ]
        if r.requested_at is not None:
            facts.append(("requested", self.tr("Requested"), when_text(r.requested_at, tz)))
        if r.type == "paid":
            facts.append(("bundle", self.tr("Bundle"), self._bundle_text(r)))
        if r.outcome:
            facts.append(("outcome", self.tr("Outcome"),
                          outcome_text(r.outcome, None)))
        if r.decision:
            facts.append(("decision", self.tr("Decision"),
                          outcome_text(None, r.decision)))
        if r.reason:
            name = self.tr("Reason for rejecting") if r.status == Status.REJECTED \
                else self.tr("Reason for cancelling") if r.status == Status.CANCELLED \
                else self.tr("Reason")
            facts.append(("reason", name, r.reason))
        facts.append(("id", self.tr("Session id"), one_line(r.id)))
        if not r.platform_confirmed:
            facts.append(("platform", self.tr("Platform"),
                          self.tr("Not yet confirmed: booked here as %1, not yet in an export")
                          .replace("%1", one_line(r.client_id or r.id))))
        elif r.client_id and r.client_id != r.id:
            facts.append(("platform", self.tr("Platform"),
                          self.tr("Confirmed (booked here as %1)")
                          .replace("%1", one_line(r.client_id))))
        return facts

    def _mentee_time(self, r: SessionRecord, tz) -> str:  # noqa: ANN001
        theirs, same = mentee_clock(r.start, r.mentee_timezone, tz)
        if not r.mentee_timezone:
            return self.tr("not known (no time zone in the mentee's profile)")
        if theirs is None:
            return self.tr("not known (%1 is not a time zone)").replace(
                "%1", one_line(r.mentee_timezone))
        if same:
            return self.tr("the same as yours (%1)").replace(
                "%1", r.mentee_timezone.replace("_", " "))
        return f"{time_range_text(r.start, r.end, theirs)} ({r.mentee_timezone.replace('_', ' ')})"

    def _bundle_text(self, r: SessionRecord) -> str:
        if r.bundle_id is None:
            return self.tr("none")
        try:
            bundle = self.ctx.services.sessions.bundle(r.bundle_id)
        except DomainError:
            return one_line(r.bundle_id)
        return f"{bundle_progress_text(bundle)} ({one_line(r.bundle_id)})"

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "heading")
        return label

    def _history_table(self) -> QTableView:
        """The session tables' own set-up; as tall as eight actions, more scroll."""
        view = self.history_view
        view.fit_columns_once()
        header = view.horizontalHeader()
        shown = min(self.history_model.rowCount(), 8)
        view.setFixedHeight(header.sizeHint().height()
                            + view.verticalHeader().defaultSectionSize() * shown
                            + 2 * view.frameWidth())
        return view
