"""Dialogs of the journal: a session's note, a new goal with its indicators, progress on an
indicator. Text is plain: what the mentor types is kept and shown exactly as typed."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.formatting import session_title, time_range_text, type_text, when_text
from desktop.views.feedback import InlineNotice, attempt
from desktop.views.plain_label import plain_label
from services.plaintext import one_line
from services.records import GoalRecord, IndicatorRecord, NoteRecord

# Rows of indicators a new goal offers: the platform asks for two or three.
INDICATOR_ROWS = 3


def note_editor(text: str = "", placeholder: str = "") -> QPlainTextEdit:
    """A plain-text editor: pasted rich text arrives as its text, nothing is rendered."""
    editor = QPlainTextEdit()
    editor.setPlainText(text)
    editor.setPlaceholderText(placeholder)
    editor.setTabChangesFocus(True)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    editor.setFont(font)
    return editor


class NoteDialog(QDialog):
    """Writes the note on one session; an emptied note is removed. Undo takes an edit back."""

    def __init__(self, ctx: DeskContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        record = ctx.services.sessions.get(session_id)
        note = ctx.services.journal.note(session_id)
        self.setWindowTitle(self.tr("Note on the session"))
        self.setMinimumSize(520, 360)
        summary = plain_label(self.tr("%1 with %2\n%3")
                              .replace("%1", session_title(record.type))
                              .replace("%2", one_line(record.mentee_name))
                              .replace("%3", time_range_text(record.start, record.end,
                                                             ctx.tz())))
        hint = QLabel(self.tr("What was discussed, the next steps agreed. Plain text; it stays "
                              "on this computer (never in the outbox or a calendar)."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.editor = note_editor(note.text if note else "",
                                  self.tr("- what we discussed\n- next steps"))
        self.editor.setAccessibleName(self.tr("Note"))
        self.notice = InlineNotice()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.saved: NoteRecord | None = None
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)

    def _on_save(self) -> None:
        journal = self.ctx.services.journal
        # A note emptied is removed (the service answers None): a one-tuple tells that from a
        # refusal.
        with self.ctx.bridge.operation(self):
            done = attempt(self, lambda: (journal.set_note(self.session_id,
                                                           self.editor.toPlainText()),),
                           self.notice)
        if done is not None:
            self.saved = done[0]
            self.accept()


class GoalDialog(QDialog):
    """A new SMART goal: what, by when, and two or three indicators with their targets."""

    def __init__(self, ctx: DeskContext, mentee_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mentee_id = mentee_id
        self.setWindowTitle(self.tr("New goal"))
        self.setMinimumWidth(520)
        hint = QLabel(self.tr("Specific, measurable, achievable, relevant and time-bound: say "
                              "what will be reached by when, and how it is measured."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Goal"))
        self.has_due = QCheckBox(self.tr("By"))
        self.due = QDateEdit(QDate(ctx.now().date()).addMonths(6))
        self.due.setCalendarPopup(True)
        self.due.setEnabled(False)
        self.due.setAccessibleName(self.tr("Due date"))
        form = QFormLayout()
        form.addRow(self.tr("Goal"), self.title_edit)
        due_row = QGridLayout()
        due_row.addWidget(self.has_due, 0, 0)
        due_row.addWidget(self.due, 0, 1)
        due_row.setColumnStretch(2, 1)
        form.addRow(self.tr("Time-bound"), due_row)
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Indicator"), self.tr("Target"),
                                        self.tr("Unit"))):
            grid.addWidget(QLabel(title), 0, column)
        self.indicators: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        for row in range(1, INDICATOR_ROWS + 1):
            edits = (QLineEdit(), QLineEdit(), QLineEdit())
            for column, (edit, name) in enumerate(zip(edits, (
                    self.tr("Indicator %1"), self.tr("Target %1"), self.tr("Unit %1")))):
                edit.setAccessibleName(name.replace("%1", str(row)))
                grid.addWidget(edit, row, column)
            edits[1].setMaximumWidth(90)
            edits[2].setMaximumWidth(110)
            self.indicators.append(edits)
        grid.setColumnStretch(0, 1)
        self.notice = InlineNotice()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.saved: GoalRecord | None = None
        self.has_due.toggled.connect(self.due.setEnabled)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)

    def _on_save(self) -> None:
        indicators = [(n.text(), t.text(), u.text()) for n, t, u in self.indicators
                      if n.text().strip() or t.text().strip()]
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        journal = self.ctx.services.journal
        with self.ctx.bridge.operation(self):
            done = attempt(self, lambda: journal.add_goal(self.mentee_id, self.title_edit.text(),
                                                          due, indicators), self.notice)
        if done is not None:
            self.saved = done
            self.accept()


class ProgressDialog(QDialog):
    """Where an indicator stands now, recorded at one of the mentee's sessions."""

    def __init__(self, ctx: DeskContext, indicator: IndicatorRecord, mentee_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.indicator = indicator
        self.setWindowTitle(self.tr("Record progress"))
        self.setMinimumWidth(440)
        target = f"{indicator.target:g} {indicator.unit}".strip()
        what = plain_label(self.tr("%1 (target %2)").replace("%1", one_line(indicator.name))
                           .replace("%2", one_line(target)))
        self.value = QLineEdit("" if indicator.current is None else f"{indicator.current:g}")
        self.value.setAccessibleName(self.tr("Value now"))
        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("At session"))
        self.session.addItem(self.tr("Between sessions (today)"), None)
        sessions, _total = ctx.services.sessions.mentee_history(mentee_id, 50)
        zone = ctx.tz()
        for record in sessions:
            if record.start <= ctx.now():
                self.session.addItem(f"{when_text(record.start, zone)} · "
                                     f"{type_text(record.type)}", record.id)
        if self.session.count() > 1:
            self.session.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("Value now"), self.value)
        form.addRow(self.tr("At session"), self.session)
        self.notice = InlineNotice()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.saved: GoalRecord | None = None
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.value.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_save(self) -> None:
        journal = self.ctx.services.journal
        with self.ctx.bridge.operation(self):
            done = attempt(self, lambda: journal.record_progress(
                self.indicator.id, self.value.text(), self.session.currentData()), self.notice)
        if done is not None:
            self.saved = done
            self.accept()
