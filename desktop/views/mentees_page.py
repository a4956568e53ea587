"""Mentees: the list of mentees and, beside it, the one chosen: their sessions, bundles and the
journal (notes on sessions, goals with indicators, the profile note). Earnings are a tab of
this page: they come from the same mentees' bundles and sessions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.formatting import (
    bundle_status_text,
    intro_decision_text,
    local_now_text,
    money_text,
    stage_text,
    when_text,
)
from desktop.models.journal_models import GoalsModel, NotesModel
from desktop.models.mentee_list_model import Column, MenteeListModel
from desktop.models.roles import IdRole, RecordRole
from desktop.models.sessions_table_model import Column as SessionColumn
from desktop.models.sessions_table_model import SessionsTableModel
from desktop.views.confirm_dialog import BundleProgress
from desktop.views.earnings_view import EarningsView
from desktop.views.feedback import InlineNotice, attempt
from desktop.views.journal_dialogs import GoalDialog, ProgressDialog, note_editor
from desktop.views.page import Page
from desktop.views.plain_label import plain_label
from desktop.views.session_table import SessionTable, plain_table
from services.plaintext import one_line
from services.records import STAGES, Change, MenteeProfile

SEARCH_DELAY_MS = 200
# What a change must say for the list to be read again whole; a change of the journal alone
# redraws only the mentees it names.
WHOLE = ("sessions", "bundles", "earnings", "timezone")

# Nobody, until a mentee is chosen: an id no mentee has (an export's ids are at most 100
# characters). Not a NUL, which a database server refuses in text.
NOBODY = "~" * 101


class ProfileView(QWidget):
    """One mentee: who, where they stand, their sessions and bundles, and the journal."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profile: MenteeProfile | None = None
        self.name = plain_label(wrap=False)
        self.name.setProperty("role", "heading")
        self.facts = plain_label()
        self.facts.setProperty("role", "hint")
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        self.stage.addItem("", None)  # "As the sessions suggest (…)", filled per mentee
        for stage in STAGES:
            self.stage.addItem(stage_text(stage), stage)

        self.sessions_model = SessionsTableModel(ctx.services.sessions, ctx.tz, parent=self)
        self.sessions_model.set_mentee(NOBODY)
        self.sessions = SessionTable(self.sessions_model, self.tr("The mentee's sessions"),
                                     SessionColumn.OUTCOME)
        for column in (SessionColumn.MENTEE, SessionColumn.ID, SessionColumn.BUNDLE,
                       SessionColumn.LENGTH, SessionColumn.REASON):
            self.sessions.setColumnHidden(column, True)
        self.session_note = QPushButton(self.tr("Note on session…"))
        self.bundles = QWidget()
        self.bundles_layout = QVBoxLayout(self.bundles)
        bundles_scroll = QScrollArea()
        bundles_scroll.setWidgetResizable(True)
        bundles_scroll.setWidget(self.bundles)
        sessions_tab = QWidget()
        sessions_layout = QVBoxLayout(sessions_tab)
        sessions_layout.setContentsMargins(0, 4, 0, 0)
        sessions_layout.addWidget(self.sessions, 1)
        sessions_layout.addWidget(self.session_note, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs = QTabWidget()
        self.tabs.addTab(sessions_tab, self.tr("Sessions"))
        self.tabs.addTab(bundles_scroll, self.tr("Bundles"))

        # The journal.
        self.notes_model = NotesModel(ctx.tz, self)
        self.notes = plain_table(self.notes_model, self.tr("Notes on sessions"))
        # A journal reads whole notes: each row as tall as its note, wrapped to the width.
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        self.notes.horizontalHeader().setVisible(False)
        self.notes.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode
                                                         .ResizeToContents)
        self.edit_note = QPushButton(self.tr("Edit note…"))
        self.goals_model = GoalsModel(self)
        self.goals = plain_table(self.goals_model, self.tr("Goals"))
        self.goals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goals.horizontalHeader().setStretchLastSection(False)
        self.goals.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode
                                                           .ResizeToContents)
        # A goal is a sentence: wrapped, never cut.
        self.goals.setWordWrap(True)
        self.goals.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode
                                                         .ResizeToContents)
        self.new_goal = QPushButton(self.tr("New goal…"))
        self.progress = QPushButton(self.tr("Progress…"))
        self.progress.setAccessibleName(self.tr("Record progress"))
        self.remove_goal = QPushButton(self.tr("Remove"))
        self.remove_goal.setAccessibleName(self.tr("Remove goal"))
        self.profile_note = note_editor(placeholder=self.tr(
            "Who they are, what they want, how they like to work"))
        self.profile_note.setAccessibleName(self.tr("Profile note"))
        self.save_profile = QPushButton(self.tr("Save profile note"))
        self.notice = InlineNotice()

        notes_box = QGroupBox(self.tr("Notes on sessions"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes, 1)
        notes_layout.addWidget(self.edit_note, 0, Qt.AlignmentFlag.AlignLeft)
        goals_box = QGroupBox(self.tr("Goals"))
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.addWidget(self.goals, 1)
        goal_buttons = QHBoxLayout()
        for button in (self.new_goal, self.progress, self.remove_goal):
            goal_buttons.addWidget(button)
        goal_buttons.addStretch(1)
        goals_layout.addLayout(goal_buttons)
        profile_box = QGroupBox(self.tr("Profile note"))
        profile_layout = QVBoxLayout(profile_box)
        profile_layout.addWidget(self.profile_note, 1)
        profile_layout.addWidget(self.save_profile, 0, Qt.AlignmentFlag.AlignLeft)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(goals_box)
        right.addWidget(profile_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        journal = QSplitter(Qt.Orientation.Horizontal)
        journal.addWidget(notes_box)
        journal.addWidget(right)
        journal.setStretchFactor(0, 3)
        journal.setStretchFactor(1, 2)

        header = QHBoxLayout()
        header.addWidget(self.name, 1)
        header.addWidget(QLabel(self.tr("Stage")))
        header.addWidget(self.stage)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.tabs)
        self.split.addWidget(journal)
        self.split.setSizes([260, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.facts)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.notice)

        self.stage.activated.connect(self._on_stage_activated)
        self.notes.selectionModel().selectionChanged.connect(self._on_note_selection_changed)
        self.notes.doubleClicked.connect(self._on_edit_note_clicked)
        self.edit_note.clicked.connect(self._on_edit_note_clicked)
        self.session_note.clicked.connect(self.sessions.request_note)
        self.goals.selectionModel().selectionChanged.connect(self._on_goal_selection_changed)
        self.goals.doubleClicked.connect(self._on_progress_clicked)
        self.new_goal.clicked.connect(self._on_new_goal_clicked)
        self.progress.clicked.connect(self._on_progress_clicked)
        self.remove_goal.clicked.connect(self._on_remove_goal_clicked)
        self.save_profile.clicked.connect(self._on_save_profile_clicked)
        self.profile_note.textChanged.connect(self._on_profile_note_changed)
        self.show_profile(None)

    # -- what it shows -------------------------------------------------------------------------

    def mentee_id(self) -> str | None:
        return None if self.profile is None else self.profile.row.id

    def show_profile(self, profile: MenteeProfile | None) -> None:
        same = profile is not None and self.profile is not None \
            and profile.row.id == self.profile.row.id
        self.profile = profile
        self.setEnabled(profile is not None)
        if profile is None:
            self.name.setText(self.tr("No mentee chosen"))
            self.facts.setText("")
            self.notes_model.set_notes([])
            self.goals_model.set_goals([])
            self.profile_note.setPlainText("")
            self._on_note_selection_changed()
            self._on_goal_selection_changed()
            return
        row = profile.row
        self.name.setText(one_line(row.name))
        zone, now = self.ctx.tz(), self.ctx.now()
        facts = [one_line(row.email)]
        local = local_now_text(now, row.timezone)
        if local:
            facts.append(self.tr("their time %1").replace("%1", local))
        facts.append(self.tr("sessions held: %n", "", row.sessions_held))
        if row.next_session:
            facts.append(self.tr("next %1").replace("%1", when_text(row.next_session, zone)))
        if row.intro_decision:
            facts.append(intro_decision_text(row.intro_decision))
        self.facts.setText(" · ".join(facts))
        self.stage.setItemText(0, self.tr("As the sessions suggest (%1)")
                               .replace("%1", stage_text(row.stage_suggested)))
        self.stage.setCurrentIndex(self.stage.findData(row.stage) if row.stage_chosen else 0)
        self.sessions.reload(lambda: self.sessions_model.set_mentee(row.id))
        self._show_bundles(profile)
        keep = self._current(self.notes, IdRole) if same else None
        self.notes_model.set_notes(profile.notes)
        self._select(self.notes, keep)
        keep_goal = self._current(self.goals, IdRole) if same else None
        self.goals_model.set_goals(profile.goals)
        self._select(self.goals, keep_goal)
        if not same or not self.save_profile.isEnabled():
            self.profile_note.setPlainText(profile.profile_note)
        self._on_profile_note_changed()

    def _show_bundles(self, profile: MenteeProfile) -> None:
        while self.bundles_layout.count():
            item = self.bundles_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not profile.bundles:
            empty = QLabel(self.tr("No bundle bought yet."))
            empty.setProperty("role", "hint")
            self.bundles_layout.addWidget(empty)
        zone = self.ctx.tz()
        for bundle in reversed(profile.bundles):
            parts = [one_line(bundle.id), bundle_status_text(bundle.status)]
            if bundle.price_cents is not None and bundle.currency:
                parts.append(money_text(bundle.price_cents, bundle.currency))
            if bundle.purchased_at is not None:
                parts.append(self.tr("bought %1").replace("%1", when_text(bundle.purchased_at, zone)))
            title = plain_label(" · ".join(parts), wrap=False)
            progress = BundleProgress()
            progress.set_bundle(bundle)
            self.bundles_layout.addWidget(title)
            self.bundles_layout.addWidget(progress)
        self.bundles_layout.addStretch(1)

    @staticmethod
    def _current(table: QTableView, role: int) -> object:
        rows = table.selectionModel().selectedRows()
        return rows[0].data(role) if rows else None

    @staticmethod
    def _select(table: QTableView, ident: object) -> None:
        model = table.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(IdRole) == ident:
                table.selectRow(row)
                table.setCurrentIndex(model.index(row, 0))
                return
        if model.rowCount():
            table.selectRow(0)
            table.setCurrentIndex(model.index(0, 0))

    # -- slots ---------------------------------------------------------------------------------

    def _on_stage_activated(self, _index: int) -> None:
        mentee_id = self.mentee_id()
        if mentee_id is None:
            return
        chosen = self.stage.currentData()
        journal = self.ctx.services.journal
        with self.ctx.bridge.operation():
            attempt(self, lambda: journal.set_stage(mentee_id, chosen), self.notice)

    def _on_note_selection_changed(self, *_args: object) -> None:
        self.edit_note.setEnabled(self._current(self.notes, IdRole) is not None)

    def _on_edit_note_clicked(self, *_args: object) -> None:
        session_id = self._current(self.notes, IdRole)
        if session_id is not None:
            self.sessions.note_requested.emit(session_id)

    def _on_goal_selection_changed(self, *_args: object) -> None:
        ident = self._current(self.goals, IdRole)
        self.progress.setEnabled(ident is not None and ident[0] == "indicator")
        self.remove_goal.setEnabled(ident is not None)

    def _on_new_goal_clicked(self) -> None:
        if self.mentee_id() is not None:
            GoalDialog(self.ctx, self.mentee_id(), self).exec()

    def _on_progress_clicked(self, *_args: object) -> None:
        ident = self._current(self.goals, IdRole)
        if ident is None or ident[0] != "indicator" or self.mentee_id() is None:
            return
        ProgressDialog(self.ctx, self._current(self.goals, RecordRole), self.mentee_id(),
                       self).exec()

    def _on_remove_goal_clicked(self) -> None:
        rows = self.goals.selectionModel().selectedRows()
        goal = self.goals_model.goal_at(rows[0].row()) if rows else None
        if goal is None:
            return
        journal = self.ctx.services.journal
        with self.ctx.bridge.operation():
            if attempt(self, lambda: journal.remove_goal(goal.id) or True, self.notice):
                self.notice.show_info(self.tr("Goal removed. Edit > Undo brings it back."))

    def _on_save_profile_clicked(self) -> None:
        mentee_id = self.mentee_id()
        if mentee_id is None:
            return
        journal = self.ctx.services.journal
        text = self.profile_note.toPlainText()
        with self.ctx.bridge.operation():
            if attempt(self, lambda: journal.set_profile_note(mentee_id, text),
                       self.notice) is not None:
                self.save_profile.setEnabled(False)

    def _on_profile_note_changed(self) -> None:
        saved = "" if self.profile is None else self.profile.profile_note
        self.save_profile.setEnabled(self.profile_note.toPlainText().strip() != saved)


class MenteeListView(QWidget):
    """The search, the stage filter and the list."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MenteeListModel(ctx.tz, ctx.now, self)
        self.table = plain_table(self.model, self.tr("Mentees"))
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, e-mails and the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search mentees"))
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        self.stage.addItem(self.tr("Every stage"), None)
        for stage in STAGES:
            self.stage.addItem(stage_text(stage), stage)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of mentees shown"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.stage)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._fitted = False

        self.search.textChanged.connect(self._on_search_text_changed)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.stage.currentIndexChanged.connect(self._on_stage_current_index_changed)
        self.model.modelReset.connect(self._update_count)

    def load(self) -> None:
        self.model.set_rows(self.ctx.services.mentees.rows())
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            self.table.resizeColumnsToContents()

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    def select_id(self, mentee_id: str | None) -> None:
        row = self.model.row_of(mentee_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            # The current index selects the row in either direction (selectRow alone selects
            # nothing in a right-to-left window scrolled sideways).
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        locale = QLocale()
        self.count.setText(self.tr("Mentees: %n", "", total) if shown == total else
                           self.tr("%1 of %2 mentees").replace("%1", locale.toString(shown))
                           .replace("%2", locale.toString(total)))

    def _on_search_text_changed(self, _text: str) -> None:
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        keep = self.current_id()
        text = self.search.text().strip()
        self.model.set_only(self.ctx.services.journal.matching_mentees(text) if text else None)
        self.select_id(keep)

    def _on_stage_current_index_changed(self, _index: int) -> None:
        keep = self.current_id()
        self.model.set_stage(self.stage.currentData())
        self.select_id(keep)


class MenteesPage(Page):
    key = "mentees"
    watches = ("sessions", "bundles", "journal", "earnings", "timezone")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list = MenteeListView(ctx)
        self.profile = ProfileView(ctx)
        self.earnings = EarningsView(ctx)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.list)
        self.split.addWidget(self.profile)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([380, 600])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.split, self.tr("Mentees"))
        self.tabs.addTab(self.earnings, self.tr("Earnings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.offer_notes(self.profile.sessions)
        self.profile.sessions.activated.connect(self._on_sessions_activated)
        self.list.table.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        QShortcut(QKeySequence("Ctrl+F"), self, self._on_find_shortcut)

    def title(self) -> str:
        return self.tr("Mentees")

    def refresh(self) -> None:
        keep = self.list.current_id()
        self.list.load()
        self.list.select_id(keep)
        self._show_profile()
        if self.tabs.currentWidget() is self.earnings:
            self.earnings.refresh()
        else:
            self.earnings.stale = True

    def apply(self, change: Change) -> None:
        if any(getattr(change, flag) for flag in WHOLE) or not change.mentee_ids:
            self.refresh()
            return
        # The journal of a few mentees: their lines, and the profile if it is one of them.
        self.list.model.update_rows(self.ctx.services.mentees.rows(change.mentee_ids))
        if self.profile.mentee_id() in change.mentee_ids:
            self._show_profile()

    def tick(self) -> None:
        self.list.model.tick()

    def save_state(self) -> None:
        self.ctx.settings.set_state("mentees/split", self.split.saveState())
        self.ctx.settings.set_state("mentees/profile", self.profile.split.saveState())

    def restore_state(self) -> None:
        for key, splitter in (("mentees/split", self.split),
                              ("mentees/profile", self.profile.split)):
            state = self.ctx.settings.state(key)
            if state is not None:
                splitter.restoreState(state)

    def pictures(self) -> Iterator[str]:
        # The mentee with the newest note: a profile with a journal; then the earnings.
        notes = Counter(n.mentee_id for n in self.ctx.services.journal.search("")
                        if n.session_id)
        if notes:
            self.select_mentee(notes.most_common(1)[0][0])
        yield self.key
        self.tabs.setCurrentWidget(self.earnings)
        yield "earnings"
        self.tabs.setCurrentWidget(self.split)

    def select_mentee(self, mentee_id: str) -> None:
        self.tabs.setCurrentWidget(self.split)
        self.list.select_id(mentee_id)

    def _show_profile(self) -> None:
        mentee_id = self.list.current_id()
        profile = None
        if mentee_id is not None:
            profile = attempt(self, lambda: self.ctx.services.mentees.profile(mentee_id),
                              self.profile.notice)
        self.profile.show_profile(profile)

    def _on_list_selection_changed(self, *_args: object) -> None:
        if self.list.current_id() != self.profile.mentee_id():
            self._show_profile()

    def _on_sessions_activated(self, index: object) -> None:
        session_id = index.siblingAtColumn(0).data(IdRole)  # type: ignore[attr-defined]
        if session_id:
            self.session_activated.emit(session_id)

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.earnings and self.earnings.stale:
            self.earnings.refresh()

    def _on_find_shortcut(self) -> None:
        self.tabs.setCurrentWidget(self.split)
        self.list.search.setFocus()
        self.list.search.selectAll()
