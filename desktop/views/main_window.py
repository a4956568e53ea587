"""The main window: pages in a sidebar, menus, status bar, drops, undo and background import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# Dialogs and the tray icon through their module: a Qt class costs its first use (its enums are
# made then), and the frame paints before any of them is needed.
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import AppSettings
from desktop.views.by_name import set_by_name
from desktop.views.feedback import InlineNotice, attempt, describe, message_box, sentence
from desktop.views.page import Page
from desktop.views.plain_label import plain_label

# The frame paints before these are loaded (the pages, the services' records, the formatting
# of times): they are imported where the filled-in window first needs them.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from desktop.context import DeskContext
    from desktop.workers import Worker
    from services.records import Change

SIDEBAR_WIDTH = 230


def one_line(value: object) -> str:
    """`services.plaintext.one_line`, loaded when first needed: its tables and unicodedata
    (~1.4 ms) wait until the window shows text from outside, after its first paint."""
    from services.plaintext import one_line as shown

    return shown(value)


class WelcomePage(QWidget):
    """The first start on an empty database."""

    COLUMN_WIDTH = 560

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Mentor Desk"))
        title.setProperty("role", "title")
        body = QLabel(self.tr(
            "Your sessions, invitations and availability live here, on this computer, and work "
            "offline.\n\nStart by importing the export file from the mentorship platform, or "
            "look around with sample data first."))
        self.import_button = QPushButton(self.tr("Import platform export…"))
        self.import_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("Load sample data"))
        for button in (self.import_button, self.sample_button):
            button.setMinimumHeight(36)
            button.setAccessibleName(button.text().rstrip("…"))
        hint = QLabel(self.tr("Tip: you can also drop an export (.json) or a calendar (.ics) "
                              "onto this window."))
        hint.setProperty("role", "hint")
        for label in (title, body, hint):
            label.setWordWrap(True)
            set_by_name(label, alignment="AlignHCenter")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        # The text sits in a column of bounded width, centred by stretches around it: a
        # word-wrapped label given an alignment in its layout is sized by its width-less hint
        # and loses lines where the font is taller (seen under a real X server).
        self.column = QWidget()
        self.column.setMaximumWidth(self.COLUMN_WIDTH)
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addWidget(body)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(8)
        column.addWidget(hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.column, 6)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)


class _Waiting(QObject):
    """Input to the window's frame waits until the window is filled in (a moment): nothing it
    would reach is there yet."""

    HELD = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                      QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress,
                      QEvent.Type.KeyRelease, QEvent.Type.Shortcut,
                      QEvent.Type.ShortcutOverride, QEvent.Type.Wheel, QEvent.Type.Drop,
                      QEvent.Type.DragEnter})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() not in self.HELD:
            return False
        while watched is not None and not watched.isWidgetType():  # an action: its widget
            watched = watched.parent()
        return watched is not None and watched.window() is self.parent()


class MainWindow(QMainWindow):
    """The window. Made with `ctx` and `pages`, it is whole at once. Made with `settings` alone,
    it is its frame (menus, toolbar, sidebar, status bar, and the welcome page where the
    database is known to be `empty`), which can paint before the database layer is even loaded;
    `attach` then fills it in, and says so with `ready`. Until then, input to it waits."""

    ready = Signal()

    def __init__(self, ctx: DeskContext | None = None, pages: list[Page] | None = None,
                 parent: QWidget | None = None, *, settings: AppSettings | None = None,
                 empty: bool = False) -> None:
        super().__init__(parent)
        self.ctx: DeskContext | None = None
        self.pages: list[Page] = []
        self.settings = settings if settings is not None else ctx.settings
        self._dirty: set[str] = set()
        self._busy = False
        self._received: list[Path] = []  # files handed over before the window was filled in
        self._drop_handlers: dict[str, Callable[[Path], None]] = {".json": self.import_file}
        self.setWindowTitle(self.tr("Mentor Desk"))
        self.setAcceptDrops(True)
        self.resize(1200, 760)

        # The list of pages comes with them (`attach`); until then an empty column of its
        # width and colour (the list's base) stands in (desktop/views/sidebar.py), disabled
        # as the list is while there is no session.
        self.sidebar: QListWidget | QWidget = QWidget()
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setBackgroundRole(QPalette.ColorRole.Base)
        self.sidebar.setAutoFillBackground(True)
        self.sidebar.setEnabled(not empty)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.stack.addWidget(self.welcome)
        # What the frame shows of a database with sessions until its pages are in.
        self._blank = QWidget()
        self.stack.addWidget(self._blank)
        if not empty:
            self.stack.setCurrentWidget(self._blank)

        self.reminder_notice = InlineNotice()
        self.reminder_notice.setAccessibleName(self.tr("Reminder"))
        self.notice = InlineNotice()
        central = QWidget()
        right = QVBoxLayout()
        right.setContentsMargins(8, 8, 8, 4)
        right.addWidget(self.reminder_notice)
        right.addWidget(self.stack, 1)
        right.addWidget(self.notice)
        self._row = QHBoxLayout(central)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(0)
        self._row.addWidget(self.sidebar)
        self._row.addLayout(right, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_status_bar()
        self._restore_window()
        # Input to the frame waits from its first paint (`paintEvent`) until it is filled in.
        self._waiting: _Waiting | None = None
        if ctx is not None:
            self.attach(ctx, pages or [])

    def attach(self, ctx: DeskContext, pages: list[Page]) -> None:
        """Fill the frame in: the pages, the badges, reminders and the calendar file."""
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QListWidgetItem

        from desktop.calendar_keeper import CalendarFileKeeper
        from desktop.reminders import Reminders
        from desktop.views.sidebar import page_list

        self.ctx = ctx
        self.pages = pages
        stand_in, self.sidebar = self.sidebar, page_list(self.tr("Pages"), SIDEBAR_WIDTH)
        self._row.replaceWidget(stand_in, self.sidebar)
        stand_in.hide()  # at once: out of the layout, it would stay where it was until deleted
        stand_in.deleteLater()
        for number, page in enumerate(pages, start=1):
            item = QListWidgetItem(page.title())
            keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{page.title()} ({keys})")
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
            page.session_activated.connect(self.open_session)
            page.note_requested.connect(self.open_note)
        self._add_page_actions()
        self._finish_actions()
        tray = None
        if QtWidgets.QSystemTrayIcon.isSystemTrayAvailable():
            tray = QtWidgets.QSystemTrayIcon(self.windowIcon(), self)
            tray.setToolTip(self.tr("Mentor Desk"))
            tray.show()
        self.reminders = Reminders(ctx, tray, self)
        self.calendar_keeper = CalendarFileKeeper(ctx.services.calendar_sync, ctx.bridge, self)
        self._minute = QTimer(self)
        self._minute.setInterval(60_000)
        self.other_desks = None
        if ctx.other_desks_ms:
            from desktop.other_desks_watch import OtherDesksWatch

            self.other_desks = OtherDesksWatch(ctx.services.other_desks, self,
                                               ctx.other_desks_ms)

        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)
        self.welcome.import_button.clicked.connect(self.import_export_dialog)
        self.welcome.sample_button.clicked.connect(self.load_sample_data)
        ctx.bridge.changed.connect(self._on_services_changed)
        self.reminders.notify.connect(self._on_reminders_notify)
        self.calendar_keeper.problem_changed.connect(self._on_calendar_keeper_problem_changed)
        self.calendar_file_button.clicked.connect(self._on_calendar_file_button_clicked)
        self._minute.timeout.connect(self._on_minute_timeout)

        for page in pages:
            page.restore_state()
        # From the welcome page, the counts show the first page when there are sessions.
        self.stack.setCurrentWidget(self.welcome)
        self.sidebar.setCurrentRow(0)
        self.refresh_all()
        self._minute.start()
        if self.other_desks is not None:
            self.other_desks.start()
        self.reminders.start()
        if self._waiting is not None:
            QApplication.instance().removeEventFilter(self._waiting)
        self.ready.emit()
        if self._received:
            received, self._received = self._received, []
            self.open_files(received)

    def attached(self) -> bool:
        return self.ctx is not None

    def holds_input(self) -> bool:
        """Whether input to the window waits (its frame has painted, its pages are not in)."""
        return self.ctx is None and self._waiting is not None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.ctx is None and self._waiting is None:
            # Held from the first paint, not before: an application-wide filter in Python is
            # handed every event of every widget, and the first time Python sees a widget
            # class it builds that class's enums (~35 ms for the frame's widgets, which its
            # first paint would wait for). Before that paint nothing of it can be aimed at.
            self._waiting = _Waiting(self)
            QApplication.instance().installEventFilter(self._waiting)

    # -- building ------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: str | None = None,  # noqa: ANN001
                icon: str | None = None, standard: str | None = None) -> QAction:
        """An action of the window. `shortcut` is its keys as text ('Ctrl+I'), set through the
        property: `QKeySequence('Ctrl+I')` would load Qt's namespace (its overloads are told
        apart by Qt.Key), which the frame paints before. `standard` names one of the
        platform's standard keys ('Quit': QKeySequence.StandardKey), `shortcut` then standing
        in where the platform has none. `icon` names one of the style's standard pixmaps
        ('SP_DialogOpenButton').

        The standard keys and the icons come when the window is filled in (`_finish_actions`):
        QKeySequence and QStyle cost their enums first (~70 and ~300 values), the frame takes
        no input until then, and a blank icon holds each icon's room, so that the toolbar
        does not move."""
        action = QAction(text, self)
        if standard is not None:
            self._standard_keys[action] = (standard, shortcut)
        elif shortcut is not None:
            action.setProperty("shortcut", shortcut)
        if icon is not None:
            action.setIcon(self._blank_icon)
            self._icons[action] = icon
        action.triggered.connect(slot)
        return action

    def _finish_actions(self) -> None:
        """The actions' standard keys, and their own icons in place of the blank ones the
        frame was shown with."""
        from PySide6.QtGui import QKeySequence

        for action, (name, otherwise) in self._standard_keys.items():
            action.setShortcuts(QKeySequence.StandardKey[name])  # all of the platform's keys
            if action.shortcut().isEmpty() and otherwise:
                action.setProperty("shortcut", otherwise)
        style, pixmaps = self.style(), QtWidgets.QStyle.StandardPixmap
        for action, icon in self._icons.items():
            action.setIcon(style.standardIcon(pixmaps[icon]))
        self._standard_keys.clear()
        self._icons.clear()

    def _build_actions(self) -> None:
        blank = QPixmap(1, 1)
        blank.fill(QColor(0, 0, 0, 0))
        self._blank_icon = QIcon(blank)
        self._icons: dict[QAction, str] = {}
        self._standard_keys: dict[QAction, tuple[str, str | None]] = {}
        self.import_action = self._action(self.tr("&Import platform export…"),
                                          self.import_export_dialog, "Ctrl+I",
                                          "SP_DialogOpenButton")
        self.outbox_action = self._action(self.tr("Write &outbox…"), self.write_outbox_dialog,
                                          "Ctrl+Shift+O", "SP_DialogSaveButton")
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,",
                                            standard="Preferences")
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q",
                                        standard="Quit")
        self.undo_action = self._action(self.tr("&Undo"), self.undo_last, icon="SP_ArrowBack",
                                        standard="Undo")
        self.sample_action = self._action(self.tr("Load &sample data"), self.load_sample_data)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.outbox_action)
        self.calendar_separator = file_menu.addSeparator()
        self.file_menu = file_menu
        file_menu.addSeparator()
        file_menu.addAction(self.sample_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Mentor Desk"), self._on_about_triggered))

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        set_by_name(toolbar, toolButtonStyle="ToolButtonTextBesideIcon")
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.outbox_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _add_page_actions(self) -> None:
        for number, page in enumerate(self.pages, start=1):
            action = self._action(page.title(), lambda _=False, n=number - 1: self.show_page(n),
                                  f"Ctrl+{number}")
            self.view_menu.addAction(action)
            self.page_actions.append(action)

    def add_file_actions(self, actions: list[QAction], menu_only: list[QAction] = ()) -> None:
        """Further file actions (e.g. calendars) after the platform ones, in menu and toolbar."""
        self.toolbar.addSeparator()
        for action in [*actions, *menu_only]:
            self.file_menu.insertAction(self.calendar_separator, action)
            if action not in menu_only:
                self.toolbar.addAction(action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # The first one names the file being imported, shown exactly.
        self.offline_label, self.import_label, self.outbox_label = (
            plain_label(text, wrap=False, select="NoTextInteraction")
            for text in (self.tr("Offline · local data"), "", ""))
        # A kept calendar file that could not be written: why (the path shown as it is), and
        # the way to fix it.
        self.calendar_file_label = plain_label(wrap=False, select="NoTextInteraction")
        self.calendar_file_label.setProperty("kind", "error")
        self.calendar_file_label.setAccessibleName(self.tr("Calendar file"))
        self.calendar_file_button = QPushButton(self.tr("Settings…"))
        self.calendar_file_button.setAccessibleName(self.tr("Choose another calendar file"))
        self.calendar_file_button.setFlat(True)
        for widget in (self.calendar_file_label, self.calendar_file_button):
            widget.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Import progress"))
        bar.addWidget(self.offline_label)
        bar.addWidget(self.progress)
        bar.addWidget(self.calendar_file_label)
        bar.addWidget(self.calendar_file_button)
        bar.addPermanentWidget(self.import_label)
        bar.addPermanentWidget(self.outbox_label)

    # -- pages ---------------------------------------------------------------------------------

    def show_page(self, number: int) -> None:
        if self.stack.currentWidget() is self.welcome:
            return
        self.sidebar.setCurrentRow(number)

    def page(self, key: str) -> Page:
        return next(p for p in self.pages if p.key == key)

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def refresh_all(self) -> None:
        """Load everything afresh: the counts, the page shown, the others when next shown."""
        self._dirty = {page.key for page in self.pages}
        self._update_counts()
        current = self.current_page()
        if current is not None:
            self._dirty.discard(current.key)
            current.refresh()
        self._update_status()

    def _on_sidebar_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.pages) or self.stack.currentWidget() is self.welcome:
            return
        self._show(self.pages[row])

    def _show(self, page: Page) -> None:
        """Put `page` on screen, redrawn first if something it shows changed meanwhile."""
        if page.key in self._dirty:
            self._dirty.discard(page.key)
            page.refresh()
        self.stack.setCurrentWidget(page)

    def _update_counts(self) -> None:
        """The sidebar's badges, from one count of the work lists; and the welcome page
        while there is no session at all."""
        from PySide6.QtCore import Qt

        from desktop.views.sidebar import BadgeRole

        counts = self.ctx.services.sessions.counts()
        for row, page in enumerate(self.pages):
            item = self.sidebar.item(row)
            count = counts.get(page.count_key, 0) if page.count_key else 0
            item.setData(BadgeRole, count)
            name = page.title() if not count else f"{page.title()}, {count}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        empty = counts["all"] == 0
        self.sidebar.setEnabled(not empty)
        if empty:
            self.stack.setCurrentWidget(self.welcome)
            self.sidebar.clearSelection()  # no page is shown: none should look chosen
        elif self.stack.currentWidget() is self.welcome:
            row = max(0, self.sidebar.currentRow())
            self._show(self.pages[row])
            self.sidebar.setCurrentRow(row)

    def _on_services_changed(self, change: Change) -> None:
        """Redraw what `change` touches: the badges once, the page on screen if it shows any
        of it (unless it made the change itself), the hidden ones when next shown."""
        if change.sessions:
            self._update_counts()
        current = self.current_page()
        for page in self.pages:
            if page is change.initiator or not page.affected_by(change):
                continue
            if page is current:
                page.apply(change)
            else:
                self._dirty.add(page.key)
        self._update_status(change)

    def _on_minute_timeout(self) -> None:
        # Another process (the command line) may have changed a setting meanwhile.
        self.ctx.services.hub.forget()
        self._update_counts()
        for page in self.pages:
            page.tick()
        self._update_status()

    def _update_status(self, change: Change | None = None) -> None:
        """The status bar; after a change, only the parts it touches."""
        if change is None or change.settings:
            self._update_import_label()
        if change is None or change.outbox:
            self._update_outbox_status()
        if change is None or change.outbox or change.journal:
            self._update_undo()

    def _update_import_label(self) -> None:
        from desktop.formatting import when_text
        from services.settings import LAST_IMPORT_AT
        from services.timefmt import parse_instant

        last = self.ctx.services.settings.get(LAST_IMPORT_AT)
        if last:
            when = when_text(parse_instant(last), self.ctx.tz())
            self.import_label.setText(self.tr("Last export imported %1").replace("%1", when))
        else:
            self.import_label.setText(self.tr("No export imported yet"))

    def _update_outbox_status(self) -> None:
        pending = self.ctx.services.outbox.pending_count()
        self.outbox_label.setText(
            self.tr("Outbox: %n waiting", "", pending) if pending
            else self.tr("Outbox: nothing waiting"))

    def _update_undo(self) -> None:
        """Edit > Undo names what it would take back: a decision not yet sent, or an edit of
        the journal."""
        from desktop.formatting import escaped, literal_ampersands

        last_undo = self.ctx.services.sessions.last_undoable()
        self.undo_action.setEnabled(last_undo is not None)
        if last_undo is not None:
            verb = self._undo_verb(last_undo.action)
            session = one_line(last_undo.subject)
            self.undo_action.setText(self.tr("&Undo %1 of %2").replace("%1", verb)
                                     .replace("%2", literal_ampersands(session)))
            # The toolbar shows this as it is; the default tooltip would read it as markup.
            self.undo_action.setToolTip(escaped(self.tr("Undo %1 of %2").replace("%1", verb)
                                                .replace("%2", session)))
        else:
            self.undo_action.setText(self.tr("&Undo"))
            self.undo_action.setToolTip(self.tr("Undo"))

    def _undo_verb(self, action: str) -> str:
        verbs = {"book": self.tr("booking"), "accept": self.tr("accept"),
                 "reject": self.tr("reject"), "cancel": self.tr("cancel"),
                 "confirm": self.tr("confirmation"), "note": self.tr("note"),
                 "profile_note": self.tr("profile note"), "stage": self.tr("stage"),
                 "goal": self.tr("goals")}
        return verbs.get(action, action)

    # -- actions -------------------------------------------------------------------------------

    def import_export_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Import platform export"), self.ctx.settings.folder("import"),
            self.tr("Platform export (*.json);;All files (*)"))
        if path:
            self.ctx.settings.set_folder("import", str(Path(path).parent))
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import a platform export in the background; the window stays responsive."""
        if self._busy:
            self.notice.show_error(self.tr("An import is already running."))
            return
        from desktop.workers import Worker

        importer = self.ctx.services.importer
        worker = Worker(lambda progress: importer.import_file(path, progress))
        worker.signals.succeeded.connect(self._on_import_succeeded)
        self._start_work(worker, self.tr("Importing %1…").replace("%1", one_line(path.name)))

    def _start_work(self, worker: Worker, message: str) -> None:
        """Run `worker` (its success slot connected already) in the background, with the
        progress in the status bar; what it changed is delivered when it is done."""
        self._busy = True
        self.import_action.setEnabled(False)
        self.sample_action.setEnabled(False)
        self.welcome.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.offline_label.setText(message)
        worker.signals.progress.connect(self._on_work_progress)
        worker.signals.refused.connect(self._on_work_refused)
        worker.signals.crashed.connect(self._on_work_crashed)
        self.ctx.bridge.start(worker, initiator=self)

    def _finish_work(self) -> None:
        self._busy = False
        self.import_action.setEnabled(True)
        self.sample_action.setEnabled(True)
        self.welcome.setEnabled(True)
        self.progress.setVisible(False)
        self.offline_label.setText(self.tr("Offline · local data"))

    def _on_work_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_import_succeeded(self, result: object) -> None:
        self._finish_work()
        text = result.summary()
        if result.warnings:
            text += "\n" + "\n".join(f"⚠ {w}" for w in result.warnings)
        self.notice.show_info(text)

    def _on_work_refused(self, exc: object) -> None:
        self._finish_work()
        message_box(self, QtWidgets.QMessageBox.Icon.Warning, self.tr("Nothing was imported"),
                    describe(exc))

    def _on_work_crashed(self, message: str) -> None:
        self._finish_work()
        message_box(self, QtWidgets.QMessageBox.Icon.Critical, self.tr("Something went wrong"),
                    self.tr("The work could not be finished and nothing was changed.\n%1")
                    .replace("%1", message))

    def write_outbox_dialog(self) -> None:
        stamp = self.ctx.now().astimezone(self.ctx.tz()).strftime("%Y-%m-%d-%H%M")
        suggested = str(Path(self.ctx.settings.folder("outbox")) / f"outbox-{stamp}.json")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Write outbox"), suggested, self.tr("Outbox (*.json)"))
        if path:
            self.ctx.settings.set_folder("outbox", str(Path(path).parent))
            self.write_outbox(Path(path))

    def write_outbox(self, path: Path) -> None:
        with self.ctx.bridge.operation(self):
            result = attempt(self, lambda: self.ctx.services.outbox.write(path))
        if result is not None:
            text = self.tr("Wrote %n decisions to %1. Upload it to the platform.", "",
                           result.count).replace("%1", one_line(path))
            if result.carried:
                text += " " + self.tr("The %n decisions already in that file are kept in it.",
                                      "", result.carried)
            self.notice.show_info(text)

    def undo_last(self) -> None:
        with self.ctx.bridge.operation(self):
            action = attempt(self, self.ctx.services.sessions.undo_last, self.notice)
        if action is not None:
            self.notice.show_info(self.tr("Undid %1 of %2.")
                                  .replace("%1", self._undo_verb(action.action))
                                  .replace("%2", one_line(action.subject)))

    def load_sample_data(self) -> None:
        """Fill an empty database with sample data, in the background; its change leaves the
        welcome page."""
        from desktop.workers import Worker
        from services.demo import install

        if self._busy:
            self.notice.show_error(self.tr("An import is already running."))
            return
        services = self.ctx.services
        worker = Worker(lambda _progress: install(services))
        worker.signals.succeeded.connect(self._on_sample_data_succeeded)
        self._start_work(worker, self.tr("Loading sample data…"))

    def _on_sample_data_succeeded(self, summary: object) -> None:
        self._finish_work()
        self.sidebar.setCurrentRow(0)
        self.notice.show_info(str(summary))

    def open_settings(self) -> None:
        from desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        with self.ctx.bridge.operation(self):
            dialog.exec()
        if dialog.moved is not None:
            self.notice.show_info(sentence(dialog.moved.summary()))

    def open_session(self, session_id: str) -> None:
        from desktop.views.session_details_dialog import SessionDetailsDialog

        SessionDetailsDialog(self.ctx, session_id, self).exec()

    def open_note(self, session_id: str) -> None:
        from desktop.views.journal_dialogs import NoteDialog

        NoteDialog(self.ctx, session_id, self).exec()

    def _on_calendar_keeper_problem_changed(self, problem: str) -> None:
        """A kept calendar file that could not be written stays said until it can be."""
        for widget in (self.calendar_file_label, self.calendar_file_button):
            widget.setVisible(bool(problem))
        if not problem:
            self.calendar_file_label.clear()
            return
        self.calendar_file_label.setText(
            self.tr("Calendar file not updated: %1.").replace("%1", one_line(problem)))
        hint = self.tr("Your decisions are saved; only the calendar file is behind. Choose a "
                       "folder you can write to, or stop keeping the file, in Settings.")
        self.calendar_file_label.setToolTip(hint)
        self.calendar_file_button.setToolTip(hint)

    def _on_calendar_file_button_clicked(self) -> None:
        self.open_settings()

    def _on_reminders_notify(self, title: str, message: str) -> None:
        self.reminder_notice.show_info(f"{title} — {message}")

    def _on_about_triggered(self) -> None:
        from desktop.views.about_dialog import AboutDialog

        AboutDialog(self.ctx, self).exec()

    # -- drops and closing ---------------------------------------------------------------------

    def register_drop_handler(self, suffix: str, handler: Callable[[Path], None]) -> None:
        """Files with `suffix` dropped on the window go to `handler` (e.g. calendars, .ics)."""
        self._drop_handlers[suffix.lower()] = handler

    def open_files(self, paths: list[Path]) -> None:
        """Import each file by its kind (a platform export, a calendar), as if it were dropped."""
        for path in paths:
            handler = self._drop_handlers.get(path.suffix.lower())
            if not path.is_file():
                self.notice.show_error(self.tr("%1 is not there any more.")
                                       .replace("%1", str(path)))
            elif handler is None:
                self.notice.show_error(
                    self.tr("Mentor Desk opens platform exports (.json) and calendars (.ics), "
                            "not %1.")
                    .replace("%1", path.name))
            else:
                handler(path)

    def receive_files(self, paths: list[Path]) -> None:
        """Another start of the app handed over: come forward, then open what it was given
        (once the window is filled in)."""
        if self.ctx is None:
            self._received.extend(paths)
            return
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.open_files(paths)

    def _dropped_paths(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls()
                if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in self._drop_handlers]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._dropped_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_files(paths)

    def _restore_window(self) -> None:
        geometry = self.settings.state("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.state("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.ctx is None:  # closed before it was filled in: nothing to keep
            super().closeEvent(event)
            return
        if self._busy:
            QtWidgets.QMessageBox.information(
                self, self.tr("Import running"),
                self.tr("Please wait until the import has finished."))
            event.ignore()
            return
        if self.other_desks is not None:
            self.other_desks.stop()
        self.calendar_keeper.finish()
        self.ctx.settings.set_state("window/geometry", self.saveGeometry())
        self.ctx.settings.set_state("window/state", self.saveState())
        for page in self.pages:
            page.save_state()
        self.ctx.settings.sync()
        super().closeEvent(event)

