"""Confirms a finished session: its outcome and, for an intro, the decision on continuation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import (
    bundle_progress_text,
    literal_ampersands,
    time_range_text,
    session_title,
)
from desktop.views.choices import Choices
from desktop.views.plain_label import plain_label
from services.plaintext import one_line
from services.records import BundleRecord, SessionRecord


class BundleProgress(QWidget):
    """'2 of 4 used, 1 booked' over a bar; the words stay readable whatever the bar shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label(wrap=False, select=Qt.TextInteractionFlag.NoTextInteraction)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.bar.setAccessibleName(self.tr("Bundle progress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)

    def set_bundle(self, bundle: BundleRecord) -> None:
        self.label.setText(bundle_progress_text(bundle))
        self.bar.setRange(0, bundle.sessions_total)
        self.bar.setValue(bundle.sessions_used)
        self.bar.setAccessibleDescription(self.label.text())

    def text(self) -> str:
        return self.label.text()


class ConfirmDialog(QDialog):
    def __init__(self, record: SessionRecord, bundle: BundleRecord | None, zone: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm session"))
        self.setMinimumWidth(460)
        self._intro = record.type == "intro"
        summary = plain_label(self.tr("%1 with %2\n%3")
                              .replace("%1", session_title(record.type))
                              .replace("%2", one_line(record.mentee_name))
                              .replace("%3", time_range_text(record.start, record.end, zone)))

        outcome_box = QGroupBox(self.tr("What happened?"))
        outcome_layout = QVBoxLayout(outcome_box)
        self._outcomes = Choices([("held", self.tr("Held")),
                                  ("mentee_no_show", self.tr("Mentee did not show up")),
                                  ("mentor_no_show", self.tr("I could not attend"))],
                                 outcome_layout, self)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(outcome_box)

        self._decisions: Choices | None = None
        if self._intro:
            decision_box = QGroupBox(self.tr("May this mentee continue with a bundle?"))
            self._decisions = Choices([("approve", self.tr("Approve continuation")),
                                       ("reject", self.tr("Reject continuation"))],
                                      QVBoxLayout(decision_box), self)
            layout.addWidget(decision_box)
            self._decisions.buttonToggled.connect(self._on_choice_toggled)

        if bundle is not None:
            bundle_box = QGroupBox(self.tr("Bundle %1")
                                   .replace("%1", literal_ampersands(one_line(bundle.id))))
            bundle_layout = QVBoxLayout(bundle_box)
            self.progress = BundleProgress()
            self.progress.set_bundle(bundle)
            hint = QLabel(self.tr("A held session counts against the bundle and makes your "
                                  "payment due."))
            hint.setWordWrap(True)
            bundle_layout.addWidget(self.progress)
            bundle_layout.addWidget(hint)
            layout.addWidget(bundle_box)

        note_box = QGroupBox(self.tr("Add a note (optional)"))
        note_layout = QVBoxLayout(note_box)
        self._note = QPlainTextEdit()
        self._note.setTabChangesFocus(True)
        self._note.setPlaceholderText(self.tr("What was discussed, the next steps agreed. It goes "
                                              "into your journal and stays on this computer."))
        self._note.setAccessibleName(self.tr("Note on the session"))
        self._note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        note_layout.addWidget(self._note)
        layout.addWidget(note_box)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._ok = self._buttons.addButton(self.tr("Confirm"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self._buttons)

        self._outcomes.buttonToggled.connect(self._on_choice_toggled)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._on_choice_toggled()

    def outcome(self) -> str | None:
        return self._outcomes.value()

    def note(self) -> str:
        """The note typed for the journal ("" for none)."""
        return self._note.toPlainText()

    def decision(self) -> str | None:
        return None if self._decisions is None else self._decisions.value()

    def choose(self, outcome: str, decision: str | None = None) -> None:
        self._outcomes.choose(outcome)
        if self._decisions is not None:
            self._decisions.choose(decision)

    def _on_choice_toggled(self, *_args: object) -> None:
        complete = self.outcome() is not None and (not self._intro or self.decision() is not None)
        self._ok.setEnabled(complete)
        self._ok.setToolTip("" if complete else (
            self.tr("Choose what happened and your decision") if self._intro
            else self.tr("Choose what happened")))
