"""Pending invitations: read each intro request's form and red flags, then accept or reject."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.formatting import (
    ago_text,
    date_text,
    escaped,
    mentee_local_text,
    starts_in_text,
    time_range_text,
)
from desktop.models.invitation_list_model import FLAGS_COLUMN, InvitationListModel
from desktop.models.session_list_model import Column, SessionListModel
from desktop.views.feedback import InlineNotice, describe
from desktop.views.page import Page
from desktop.views.plain_label import plain_label
from desktop.views.reject_dialog import RejectDialog
from desktop.views.session_table import SessionTable
from desktop.wording import red_flag_text, refusal_text
from services.errors import DomainError
from services.plaintext import one_line
from services.records import InvitationReview, RedFlag, SessionRecord

# Every invitation is a requested 20-minute intro, so type, length and status say nothing; how
# soon it starts and the mentee's own time are in the details, where there is room for them.
LIST_HIDDEN = (Column.RELATIVE, Column.MENTEE_LOCAL, Column.TYPE, Column.LENGTH, Column.STATUS)
HISTORY_ROWS_SHOWN = 5
HISTORY_SHOWN = 50


class FittedScrollArea(QScrollArea):
    """Asks for the height of its content at its width, up to a share of the page, so a short
    list takes no more room than it needs and a long one scrolls."""

    SHARE = 0.4

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        height = inner.heightForWidth(self.viewport().width())
        if height < 0:
            height = inner.sizeHint().height()
        page = self.window()
        if page is not None and page.height() > 0:
            height = min(height, int(page.height() * self.SHARE))
        hint.setHeight(height + 2 * self.frameWidth())
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setHeight(min(self.sizeHint().height(), self.fontMetrics().lineSpacing() * 4))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped lines, and so the height wanted, follow the width


class FittedTable(SessionTable):
    """A short table as tall as its rows, up to a few; more rows scroll."""

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        rows = min(self.model().rowCount(), HISTORY_ROWS_SHOWN)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += rows * self.verticalHeader().defaultSectionSize()
        hint.setHeight(height)
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setHeight(min(self.sizeHint().height(),
                           self.horizontalHeader().sizeHint().height()
                           + 2 * self.verticalHeader().defaultSectionSize()))
        return hint


def flag_accent(palette: QPalette) -> QColor:
    """A red that reads on the palette's background, light or dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#c62828")


def _subheading(text: str = "") -> QLabel:
    label = plain_label(text, wrap=False)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class FlagList(QWidget):
    """The red flags of one request: each a red title over its explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Red flags"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addStretch(1)
        self._labels: list[QLabel] = []
        self._texts: list[str] = []

    def set_flags(self, flags: list[RedFlag], accent: QColor) -> None:
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        worded = [red_flag_text(flag) for flag in flags]
        self._texts = [f"{title}: {explanation}" for title, explanation in worded]
        gap = self.fontMetrics().lineSpacing() // 2
        for number, (heading, text) in enumerate(worded):
            title = plain_label(heading)
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            palette = title.palette()
            palette.setColor(QPalette.ColorRole.WindowText, accent)
            title.setPalette(palette)
            if number:
                title.setContentsMargins(0, gap, 0, 0)
            explanation = plain_label(text)
            explanation.setAccessibleName(heading)
            self._layout.insertWidget(len(self._labels), title)
            self._layout.insertWidget(len(self._labels) + 1, explanation)
            self._labels += [title, explanation]

    def texts(self) -> list[str]:
        """Each flag as the mentor reads it, 'title: explanation'."""
        return list(self._texts)


class InvitationsPage(Page):
    key = "invitations"
    count_key = "invitations"
    watches = ("sessions", "busy", "timezone")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._current: InvitationReview | None = None

        self._model = InvitationListModel(ctx.tz, ctx.now, parent=self)
        self._model.set_accent(flag_accent(self.palette()))
        self._table = SessionTable(self._model, self.tr("Pending invitations"), Column.MENTEE)
        self.offer_notes(self._table)
        for column in LIST_HIDDEN:
            self._table.setColumnHidden(column, True)
        self._table.horizontalHeader().moveSection(FLAGS_COLUMN, Column.MENTEE + 1)
        heading = QLabel(self.tr("Intro requests waiting for your decision"))
        heading.setProperty("role", "heading")
        self._keys = QLabel(self.tr("A accept · R reject · ↑ ↓ move"))
        self._keys.setProperty("role", "hint")
        self._empty = QLabel(self.tr("No invitations waiting.\n"
                                     "New intro requests arrive with the next platform export."))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setProperty("role", "empty")

        self._name = plain_label()
        self._name.setProperty("role", "heading")
        self._name.setAccessibleName(self.tr("Mentee"))
        self._facts = plain_label()
        self._facts.setAccessibleName(self.tr("About the request"))
        self._intros = plain_label()
        self._intros.setAccessibleName(self.tr("Intro sessions this month"))
        self._flags_heading = _subheading()
        self._flags = FlagList()
        self._flags_scroll = FittedScrollArea()
        self._flags_scroll.setWidget(self._flags)
        self._flags_scroll.setWidgetResizable(True)
        self._flags_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._flags_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_heading = _subheading(self.tr("The mentee's form"))
        self._form = QPlainTextEdit()
        self._form.setReadOnly(True)
        self._form.setAccessibleName(self.tr("The mentee's form"))
        self._form.setTabChangesFocus(True)
        self._form.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self._history_heading = _subheading()
        self._history_model = SessionListModel(ctx.tz, ctx.now, parent=self)
        self._history = FittedTable(self._history_model, self.tr("Other sessions with the mentee"))
        for column in (Column.RELATIVE, Column.MENTEE, Column.MENTEE_LOCAL, Column.LENGTH):
            self._history.setColumnHidden(column, True)
        self._history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._history.setSelectionMode(SessionTable.SelectionMode.NoSelection)
        self._no_history = QLabel(self.tr("None: this would be your first session together."))
        self._no_history.setProperty("role", "hint")

        self._accept = QPushButton(self.tr("&Accept"))
        self._accept.setAccessibleName(self.tr("Accept invitation"))
        self._accept.setToolTip(self.tr("Accept and put it in your calendar (A)"))
        self._reject = QPushButton(self.tr("&Reject…"))
        self._reject.setAccessibleName(self.tr("Reject invitation"))
        self._reject.setToolTip(self.tr("Reject with a reason (R)"))
        self._accept_anyway = QPushButton(self.tr("Accept anyway"))
        self._accept_anyway.setAccessibleName(self.tr("Accept despite the busy time"))
        self._accept_anyway.setVisible(False)
        self._why = plain_label()
        self._why.setProperty("role", "hint")
        self._why.setAccessibleName(self.tr("Why Accept is not possible"))
        self._notice = InlineNotice()

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.addWidget(self._name)
        detail_layout.addWidget(self._facts)
        detail_layout.addWidget(self._intros)
        detail_layout.addSpacing(4)
        detail_layout.addWidget(self._flags_heading)
        detail_layout.addWidget(self._flags_scroll)
        detail_layout.addSpacing(6)
        detail_layout.addWidget(form_heading)
        detail_layout.addWidget(self._form, 1)
        detail_layout.addSpacing(6)
        detail_layout.addWidget(self._history_heading)
        detail_layout.addWidget(self._history)
        detail_layout.addWidget(self._no_history)
        detail_layout.addWidget(self._notice)
        detail_layout.addWidget(self._why)
        buttons = QHBoxLayout()
        buttons.addWidget(self._accept)
        buttons.addWidget(self._accept_anyway)
        buttons.addWidget(self._reject)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)
        self._detail = detail

        self._splitter = QSplitter()
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._table)
        self._splitter.addWidget(detail)
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([420, 580])
        self._stack = QStackedLayout()
        self._stack.addWidget(self._splitter)
        self._stack.addWidget(self._empty)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self._keys)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._stack, 1)

        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._table.doubleClicked.connect(self._on_table_double_clicked)
        self._accept.clicked.connect(self._on_accept_clicked)
        self._reject.clicked.connect(self._on_reject_clicked)
        self._accept_anyway.clicked.connect(self._on_accept_anyway_clicked)
        for key, slot in (("A", self._on_accept_clicked), ("R", self._on_reject_clicked)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def title(self) -> str:
        return self.tr("Pending invitations")

    def refresh(self) -> None:
        keep = self._table.current_id()
        row = max(0, self._table.currentIndex().row())
        reviews = self.ctx.services.sessions.invitation_reviews()
        self._model.set_reviews(reviews)
        self._stack.setCurrentIndex(0 if reviews else 1)
        self._keys.setVisible(bool(reviews))
        self._table.fit_columns_once()
        # A decided request leaves the list: the one that moved up into its row is next.
        if not self._table.select_id(keep):
            self._table.select_row(row)
        self._on_selection_changed()

    def tick(self) -> None:
        now = self.ctx.now()
        if any(r.start <= now for r in self._model.records()):
            self.refresh()  # a request whose start has passed has expired
        else:
            self._model.tick()
            if self._current is not None:
                self._facts.setText(self._facts_text(self._current.record))

    def save_state(self) -> None:
        self.ctx.settings.set_state("invitations/header",
                                    self._table.horizontalHeader().saveState())
        self.ctx.settings.set_state("invitations/splitter", self._splitter.saveState())

    def restore_state(self) -> None:
        self._table.restore_header(self.ctx.settings.state("invitations/header"))
        for column in LIST_HIDDEN:
            self._table.setColumnHidden(column, True)
        splitter = self.ctx.settings.state("invitations/splitter")
        if splitter is not None:
            self._splitter.restoreState(splitter)

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._model.set_accent(flag_accent(self.palette()))
            self._show(self._current)

    # -- the selected request ------------------------------------------------------------------

    def _on_selection_changed(self, *_args: object) -> None:
        session_id = self._table.current_id()
        review = None if session_id is None else self._model.review_of(session_id)
        if review is not None and review is self._current:
            return  # shown already (a reload selects, then asks again)
        if review is None or self._current is None or review.record.id != self._current.record.id:
            self._notice.clear_notice()
        self._current = review
        self._show(review)

    def _show(self, review: InvitationReview | None) -> None:
        """The request as its review has it; the page counts and checks nothing itself."""
        self._detail.setEnabled(review is not None)
        self._reject.setEnabled(review is not None)
        self._show_refusal(review)
        if review is None:
            for label in (self._name, self._facts, self._intros, self._flags_heading,
                          self._history_heading):
                label.setText("")
            self._flags.set_flags([], flag_accent(self.palette()))
            self._form.clear()
            self._history_model.set_records([])
            return
        record = review.record
        sessions = self.ctx.services.sessions
        self._name.setText(one_line(record.mentee_name))
        self._facts.setText(self._facts_text(record))
        self._intros.setText(
            self.tr("%1 of %2 intro sessions in %3, this one included")
            .replace("%1", str(review.intros_this_month))
            .replace("%2", str(review.intro_limit))
            .replace("%3", date_text(review.month, "month")))

        flags = list(review.red_flags)
        self._flags_heading.setText(self.tr("Red flags (%1)").replace("%1", str(len(flags)))
                                    if flags else self.tr("No red flags found"))
        self._flags.set_flags(flags, flag_accent(self.palette()))
        self._flags_scroll.setVisible(bool(flags))
        self._flags_scroll.updateGeometry()
        self._show_form(record.form)

        # A long-standing mentee may have thousands: the newest ones, and how many in all.
        recent, total = sessions.mentee_history(record.mentee_id, HISTORY_SHOWN + 1)
        others = [r for r in recent if r.id != record.id][:HISTORY_SHOWN]
        total -= 1
        self._history_model.set_records(others)
        self._history_heading.setText(self.tr("Other sessions with %1 (%2)")
                                      .replace("%1", one_line(record.mentee_name))
                                      .replace("%2", str(total)))
        self._history.setVisible(bool(others))
        self._no_history.setVisible(not others)
        if others:
            for column in (Column.WHEN, Column.TYPE):
                self._history.resizeColumnToContents(column)
        self._history.updateGeometry()

    def _facts_text(self, record: SessionRecord) -> str:
        tz, now = self.ctx.tz(), self.ctx.now()
        when = time_range_text(record.start, record.end, tz)
        theirs = mentee_local_text(record.start, record.mentee_timezone, tz)
        if theirs:
            when += " " + self.tr("(%1 for the mentee)").replace("%1", theirs)
        who = [one_line(record.mentee_email)]
        if record.requested_at is not None:
            who.append(self.tr("requested %1").replace("%1", ago_text(now - record.requested_at)))
        return " · ".join(who) + "\n" + when + " · " + starts_in_text(record.start, record.end, now)

    def _show_form(self, form: dict[str, str]) -> None:
        """Questions in bold, answers as the mentee typed them: inserted as plain text, so
        markup in a form is shown, never interpreted."""
        self._form.clear()
        cursor = self._form.textCursor()
        question_format = QTextCharFormat()
        question_format.setFontWeight(QFont.Weight.Bold)
        answer_format = QTextCharFormat()
        empty_format = QTextCharFormat()
        empty_format.setFontItalic(True)
        empty_format.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        if not form:
            cursor.insertText(self.tr("The mentee sent no form."), empty_format)
        for number, (question, answer) in enumerate(form.items()):
            if number:
                cursor.insertText("\n\n", answer_format)
            cursor.insertText(question, question_format)
            cursor.insertText("\n", answer_format)
            if (answer or "").strip():
                cursor.insertText(answer, answer_format)
            else:
                cursor.insertText(self.tr("(left empty)"), empty_format)
        self._form.moveCursor(self._form.textCursor().MoveOperation.Start)

    def _show_refusal(self, review: InvitationReview | None) -> None:
        """Accept is disabled, with the reason, when the services say it would be refused; busy
        time alone is offered as "Accept anyway", which needs the mentor's word."""
        refusal = None if review is None else review.accept_refusal
        self._accept.setEnabled(review is not None and refusal is None)
        reason = "" if refusal is None else refusal_text(refusal)
        self._accept.setToolTip(escaped(reason) if reason
                                else self.tr("Accept and put it in your calendar (A)"))
        self._why.setText(reason)
        self._why.setVisible(bool(reason))
        self._accept_anyway.setVisible(refusal is not None and refusal.code == "busy_time")

    def _on_table_double_clicked(self, *_args: object) -> None:
        if self._current is not None:
            self.session_activated.emit(self._current.record.id)

    # -- deciding ------------------------------------------------------------------------------

    def _on_accept_clicked(self) -> None:
        if self._accept.isEnabled():
            self._accept_current(despite_busy=False)

    def _on_accept_anyway_clicked(self) -> None:
        if self._accept_anyway.isVisible():
            self._accept_current(despite_busy=True)

    def _accept_current(self, despite_busy: bool) -> None:
        if self._current is None:
            return
        record = self._current.record
        sessions = self.ctx.services.sessions
        with self.ctx.bridge.operation(self):
            try:
                sessions.accept(record.id, despite_busy=despite_busy)
            except DomainError as exc:
                # Something changed since the review (another window, the command line).
                self.refresh()
                self._notice.show_error(describe(exc))
                return
            self.refresh()
        self._notice.show_info(
            self.tr("Accepted: %1, %2, is in your calendar. Undo is in the Edit menu until you "
                    "write the outbox.").replace("%1", one_line(record.mentee_name))
            .replace("%2", time_range_text(record.start, record.end, self.ctx.tz())))
        self._table.setFocus()

    def _on_reject_clicked(self) -> None:
        if self._current is None:
            return
        record = self._current.record
        self._notice.clear_notice()
        sessions = self.ctx.services.sessions
        dialog = RejectDialog(self, record.mentee_name,
                              submit=lambda reason: sessions.reject(record.id, reason))
        with self.ctx.bridge.operation(self):
            rejected = dialog.exec() == RejectDialog.DialogCode.Accepted
            if rejected:
                self.refresh()
        if rejected:
            self._notice.show_info(self.tr("Rejected the request from %1. Undo is in the Edit menu "
                                           "until you write the outbox.")
                                   .replace("%1", one_line(record.mentee_name)))
        self._table.setFocus()
