"""The calendar server in the window: its Settings tab, File > Sync now, the status bar line,
the conflicts dialog, and when a sync runs (always off the GUI thread, never a dialog storm)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.formatting import clock_text as wall_clock
from desktop.formatting import day_text, escaped, time_range_text
from desktop.views.feedback import InlineNotice, describe
from desktop.views.plain_label import plain_label
from desktop.workers import Worker
from services import policy
from services.caldav_client import ServerCalendar
from services.caldav_sync import DEFAULT_CALENDAR, ConflictRecord, ServerStatus
from services.errors import PasswordNeeded
from services.records import Change

UrlRole = Qt.ItemDataRole.UserRole + 30
NEW_CALENDAR = "\x00new"


class CalendarServerPane(QWidget):
    """Settings > Calendar server: address, user, password, Test connection, and the choice of
    calendars. Nothing is stored until the dialog is saved."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        server = ctx.services.calendar_server
        self._setup = server.setup()
        self._found: list[ServerCalendar] = []
        self._then = None
        intro = plain_label(self.tr(
            "Mentor Desk sends your booked sessions to a calendar on your own CalDAV server "
            "(Nextcloud, Fastmail, iCloud, mailbox.org…) and reads your busy time back from "
            "the calendars you choose."))
        intro.setProperty("role", "hint")
        self.url = QLineEdit(self._setup.url if self._setup else "")
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav")
        self.url.setAccessibleName(self.tr("Server address"))
        self.user = QLineEdit(self._setup.user if self._setup else "")
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        if self._setup and server.passwords.get(self._setup.url, self._setup.user):
            self.password.setPlaceholderText(self.tr("kept (type to change)"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.sessions_to = QComboBox()
        self.sessions_to.setAccessibleName(self.tr("Calendar for sessions"))
        self.free_time = QCheckBox(self.tr("Also send my free availability (as free time)"))
        self.free_time.setChecked(bool(self._setup and self._setup.free_time))
        self.busy = QListWidget()
        self.busy.setAccessibleName(self.tr("Calendars that count as busy"))
        self.busy.setMaximumHeight(120)
        self.stop_button = QPushButton(self.tr("Stop using this server"))
        self.stop_button.setVisible(self._setup is not None)
        self.state = plain_label()
        self.state.setProperty("role", "hint")
        self.notice = InlineNotice()

        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.test_button)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), password_row)
        form.addRow(self.tr("Sessions go to"), self.sessions_to)
        form.addRow("", self.free_time)
        form.addRow(self.tr("Busy time from"), self.busy)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(self.notice)
        stop_row = QHBoxLayout()
        stop_row.addStretch(1)
        stop_row.addWidget(self.stop_button)
        layout.addLayout(stop_row)
        layout.addStretch(1)

        self.test_button.clicked.connect(self._on_test_clicked)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        if self._setup is not None:
            self.show_calendars([self._setup.calendar, *self._setup.busy])
        else:
            self.show_calendars([])
        self._show_state(server.status())

    # -- what the server has -------------------------------------------------------------------

    def show_calendars(self, found: list[ServerCalendar]) -> None:
        """The server's calendars, to choose from; the current choice kept where it still is."""
        self._found = list(dict.fromkeys(found))
        chosen = self.sessions_to.currentData() or (self._setup.calendar.url
                                                    if self._setup else None)
        busy = {self.busy.item(i).data(UrlRole) for i in range(self.busy.count())
                if self.busy.item(i).checkState() == Qt.CheckState.Checked}
        if not busy and self._setup is not None:
            busy = {c.url for c in self._setup.busy}
        self.sessions_to.clear()
        for calendar in self._found:
            self.sessions_to.addItem(calendar.name, calendar.url)
        if not any(c.name.lower() == DEFAULT_CALENDAR.lower() for c in self._found):
            self.sessions_to.addItem(
                self.tr("A new calendar “%1”").replace("%1", DEFAULT_CALENDAR), NEW_CALENDAR)
        index = self.sessions_to.findData(chosen) if chosen else -1
        if index < 0:
            index = next((i for i in range(self.sessions_to.count())
                          if self.sessions_to.itemText(i).lower() == DEFAULT_CALENDAR.lower()),
                         self.sessions_to.count() - 1)
        self.sessions_to.setCurrentIndex(max(index, 0))
        self.busy.clear()
        for calendar in self._found:
            item = QListWidgetItem(calendar.name)
            item.setData(UrlRole, calendar.url)
            item.setToolTip(escaped(calendar.url))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if calendar.url in busy
                               else Qt.CheckState.Unchecked)
            self.busy.addItem(item)

    def _show_state(self, status: ServerStatus) -> None:
        self.state.setText(status_text(status, self.ctx) if status.configured else "")
        self.state.setVisible(status.configured)

    # -- acting --------------------------------------------------------------------------------

    def _typed_password(self) -> str:
        typed = self.password.text()
        if typed:
            return typed
        return self.ctx.services.calendar_server.passwords.get(
            self.url.text().strip(), self.user.text().strip()) or ""

    def _on_test_clicked(self) -> None:
        url, user, password = self.url.text().strip(), self.user.text().strip(), \
            self._typed_password()
        if not url or not user or not password:
            self.notice.show_error(self.tr("Give the server address, your user name and your "
                                           "password first."))
            return
        server = self.ctx.services.calendar_server
        self._run(lambda _progress: server.connect(url, user, password),
                  self._on_test_succeeded, self.tr("Connecting to %1…").replace("%1", url))

    def _on_test_succeeded(self, found: object) -> None:
        self.show_calendars(list(found))  # type: ignore[arg-type]
        count = len(found)  # type: ignore[arg-type]
        self.notice.show_info(self.tr("Connected: %n calendars found.", "", count))

    def wants_saving(self) -> bool:
        """Whether Save has something to send to the server (a new or changed setup)."""
        if not self.url.text().strip():
            return False
        setup = self._setup
        if setup is None or self.password.text():
            return True
        return (self.url.text().strip(), self.user.text().strip(),
                self.sessions_to.currentData(), self._busy_urls(), self.free_time.isChecked()
                ) != (setup.url, setup.user, setup.calendar.url,
                      tuple(c.url for c in setup.busy), setup.free_time)

    def save(self, then) -> None:  # noqa: ANN001 - called once the server took the setup
        """Connect with what is typed and store it; `then(kept)` once done (kept: whether the
        system keyring holds the password), an inline error if not."""
        url, user, password = self.url.text().strip(), self.user.text().strip(), \
            self._typed_password()
        if not user or not password:
            self.notice.show_error(self.tr("Give your user name and password, then save again."))
            return
        target = self.sessions_to.currentData()
        busy = list(self._busy_urls())
        free_time = self.free_time.isChecked()
        server = self.ctx.services.calendar_server
        self._then = then

        def job(_progress):  # noqa: ANN001, ANN202
            return server.configure(url, user, password,
                                    calendar=None if target in (None, NEW_CALENDAR) else target,
                                    busy=busy, free_time=free_time)

        self._run(job, self._on_saved, self.tr("Saving the calendar server…"))

    def _on_saved(self, result: object) -> None:
        _setup, kept = result  # type: ignore[misc]
        then, self._then = self._then, None
        if then is not None:
            then(kept)

    def _on_stop_clicked(self) -> None:
        self.ctx.services.calendar_server.forget()
        self._setup = None
        self.url.clear()
        self.user.clear()
        self.password.clear()
        self.password.setPlaceholderText("")
        self.show_calendars([])
        self.stop_button.setVisible(False)
        self._show_state(ServerStatus(configured=False))
        self.notice.show_info(self.tr("Mentor Desk no longer uses that server; the events "
                                      "already there stay."))

    def _busy_urls(self) -> tuple[str, ...]:
        return tuple(self.busy.item(i).data(UrlRole) for i in range(self.busy.count())
                     if self.busy.item(i).checkState() == Qt.CheckState.Checked)

    def _run(self, job, succeeded, message: str) -> None:  # noqa: ANN001
        worker = Worker(job)
        worker.signals.succeeded.connect(succeeded)
        worker.signals.refused.connect(self._on_refused)
        worker.signals.crashed.connect(self._on_crashed)
        worker.signals.succeeded.connect(self._on_finished)
        self.test_button.setEnabled(False)
        self.notice.show_info(message)
        self.ctx.bridge.start(worker, self)

    def _on_finished(self, *_: object) -> None:
        self.test_button.setEnabled(True)

    def _on_refused(self, exc: object) -> None:
        self._on_finished()
        self._then = None
        self.notice.show_error(describe(exc))  # type: ignore[arg-type]

    def _on_crashed(self, message: str) -> None:
        self._on_finished()
        self._then = None
        self.notice.show_error(self.tr("Something went wrong: %1").replace("%1", message))


class ServerConflictsDialog(QDialog):
    """Events changed on the server since Mentor Desk sent them: for each, the mentor keeps the
    server's version or Mentor Desk's."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Calendar server: changed there"))
        self.setMinimumWidth(560)
        intro = plain_label(self.tr(
            "These events were changed on your calendar server after Mentor Desk sent them. "
            "Nothing was overwritten: choose which version stays."))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Events changed on the server"))
        self.keep_server = QPushButton(self.tr("Keep the server's"))
        self.keep_mine = QPushButton(self.tr("Keep Mentor Desk's"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_server)
        row.addWidget(self.keep_mine)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.keep_server.clicked.connect(lambda: self._on_keep_clicked("server"))
        self.keep_mine.clicked.connect(lambda: self._on_keep_clicked("mentordesk"))
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        tz = self.ctx.tz()
        for conflict in self.ctx.services.calendar_server.conflicts():
            item = QListWidgetItem(conflict_text(conflict, tz))
            item.setData(UrlRole, conflict.uid)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self._on_list_row_changed(self.list.currentRow())

    def _on_list_row_changed(self, row: int) -> None:
        for button in (self.keep_server, self.keep_mine):
            button.setEnabled(row >= 0)

    def _on_keep_clicked(self, keep: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.ctx.services.calendar_server.resolve(item.data(UrlRole), keep)
        self.reload()
        if self.list.count() == 0:
            self.accept()


class CalendarServerSync(QObject):
    """When the calendar server is synced, and what the window shows of it: at start, a few
    seconds after a change, every few minutes, and on File > Sync now; one sync at a time, in
    the background; failures go to the status bar only."""

    def __init__(self, window) -> None:  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        self.window = window
        self.ctx: DeskContext = window.ctx
        self._running = False
        self._again: tuple[bool, bool] | None = None
        self._asked_password = False
        self.sync_action = QAction(self.tr("Sync &now"), window)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.setToolTip(self.tr("Send sessions to your calendar server and read "
                                            "busy time back"))
        self.conflicts_action = QAction(self.tr("Calendar server c&onflicts…"), window)
        window.add_file_actions([], [self.sync_action, self.conflicts_action])
        self.label = plain_label(wrap=False, select="NoTextInteraction")
        self.label.setAccessibleName(self.tr("Calendar server"))
        self.review = QPushButton(self.tr("Choose…"))
        self.review.setFlat(True)
        self.review.setAccessibleName(self.tr("Choose which version stays"))
        bar = window.statusBar()
        bar.addPermanentWidget(self.label)
        bar.addPermanentWidget(self.review)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(int(policy.CALDAV_CHANGE_DELAY.total_seconds() * 1000))
        self._periodic = QTimer(self)
        self._periodic.setInterval(int(policy.CALDAV_SYNC_EVERY.total_seconds() * 1000))

        self.sync_action.triggered.connect(self._on_sync_triggered)
        self.conflicts_action.triggered.connect(self.conflicts_dialog)
        self.review.clicked.connect(self.conflicts_dialog)
        self._debounce.timeout.connect(lambda: self.sync(push=True, pull=False))
        self._periodic.timeout.connect(lambda: self.sync())
        self.ctx.bridge.changed.connect(self._on_services_changed)
        QCoreApplication.instance().aboutToQuit.connect(self.stop)
        self.refresh_status()

    def stop(self) -> None:
        """No sync starts any more (the app is quitting; what waits is sent at its next start)."""
        self._debounce.stop()
        self._periodic.stop()

    def start(self) -> None:
        """Sync now and then every few minutes (the app's start; not for screenshots)."""
        self._periodic.start()
        QTimer.singleShot(0, self.sync)

    def _on_sync_triggered(self) -> None:
        self._asked_password = False  # asked for on demand, even if it was declined before
        self.sync()

    def _on_services_changed(self, change: Change) -> None:
        if change.settings:
            self.refresh_status()
        setup = self.ctx.services.calendar_server.setup()
        if setup is None:
            return
        # Free time is working hours minus busy time: it changes with them, when it is sent.
        if change.sessions or change.timezone or (setup.free_time and (
                change.availability or change.busy)):
            self._debounce.start()

    def sync(self, push: bool = True, pull: bool = True) -> None:
        server = self.ctx.services.calendar_server
        if server.setup() is None:
            return
        if self._running:
            wanted = self._again or (False, False)
            self._again = (wanted[0] or push, wanted[1] or pull)
            return
        self._running = True
        worker = Worker(lambda progress: server.sync(progress, push=push, pull=pull))
        worker.signals.progress.connect(self._on_sync_progress)
        worker.signals.succeeded.connect(self._on_sync_done)
        worker.signals.refused.connect(self._on_sync_refused)
        worker.signals.crashed.connect(lambda _message: self._on_sync_done(None))
        self.label.setText(self.tr("Calendar server: syncing…"))
        # What the sync changed (busy time read back) reaches the pages once it is done.
        self.ctx.bridge.start(worker)

    def _on_sync_progress(self, done: int, total: int) -> None:
        self.label.setText(self.tr("Calendar server: syncing… (%1 of %2)")
                           .replace("%1", str(done)).replace("%2", str(total)))

    def _on_sync_refused(self, exc: object) -> None:
        if isinstance(exc, PasswordNeeded) and not self._asked_password:
            self._asked_password = True
            self._running = False
            self._ask_password()
            return
        self._on_sync_done(None)

    def _ask_password(self) -> None:
        setup = self.ctx.services.calendar_server.setup()
        if setup is None:
            return
        password, ok = QInputDialog.getText(
            self.window, self.tr("Calendar server"),
            escaped(self.tr("Password of %1 at %2 (kept until Mentor Desk quits):")
                    .replace("%1", setup.user).replace("%2", setup.url)),
            QLineEdit.EchoMode.Password)
        if ok and password:
            self.ctx.services.calendar_server.remember_password(password)
            self.sync()
        else:
            self.refresh_status()

    def _on_sync_done(self, _result: object) -> None:
        self._running = False
        self.refresh_status()
        if self._again is not None:
            push, pull = self._again
            self._again = None
            self.sync(push, pull)

    def refresh_status(self) -> None:
        status = self.ctx.services.calendar_server.status()
        self.show_status(status)

    def show_status(self, status: ServerStatus) -> None:
        self.sync_action.setEnabled(status.configured)
        self.conflicts_action.setEnabled(status.conflicts > 0)
        self.label.setVisible(status.configured)
        self.review.setVisible(status.configured and status.conflicts > 0)
        if status.configured and not self._running:
            self.label.setText(status_text(status, self.ctx))
            self.label.setToolTip(escaped(status.error) or "")

    def conflicts_dialog(self) -> None:
        ServerConflictsDialog(self.ctx, self.window).exec()
        self.refresh_status()
        self.sync(push=True, pull=False)


def status_text(status: ServerStatus, ctx: DeskContext) -> str:
    """"Calendar server: 3 changes waiting, offline since 10:42", and its other forms."""
    if status.conflicts:
        return CalendarServerSync.tr("Calendar server: %n events changed there wait for your "
                                     "choice", "", status.conflicts)
    if status.error:
        since = clock_text(status.offline_since, ctx) if status.offline_since else ""
        if status.offline:
            text = CalendarServerSync.tr("Calendar server: %n changes waiting, offline since %1",
                                         "", status.waiting)
        else:
            text = CalendarServerSync.tr("Calendar server: %n changes waiting, refused since %1",
                                         "", status.waiting)
        return text.replace("%1", since)
    if status.last_sync is None:
        return CalendarServerSync.tr("Calendar server: not synced yet")
    return CalendarServerSync.tr("Calendar server: up to date (%1)") \
        .replace("%1", clock_text(status.last_sync, ctx))


def clock_text(instant: datetime, ctx: DeskContext) -> str:
    """10:42 today; with the day before it otherwise."""
    local = instant.astimezone(ctx.tz())
    time = wall_clock(local)  # 24-hour, as every time in the window
    if local.date() == ctx.now().astimezone(ctx.tz()).date():
        return time
    return f"{day_text(local.date())} {time}"


def conflict_text(conflict: ConflictRecord, tz) -> str:  # noqa: ANN001
    mine = f"{time_range_text(conflict.start, conflict.end, tz)}  {conflict.summary}"
    if conflict.kind == "deleted":
        theirs = ServerConflictsDialog.tr("deleted on the server")
    else:
        when = (time_range_text(conflict.server_start, conflict.server_end, tz)
                if conflict.server_start and conflict.server_end else "")
        theirs = f"{when}  {conflict.server_summary or ''}".strip()
    if conflict.kind == "withdrawn":
        return ServerConflictsDialog.tr("Mentor Desk would delete it; the server has: %1\n"
                                        "(withdrawn here: %2)").replace("%1", theirs) \
            .replace("%2", mine)
    return ServerConflictsDialog.tr("Mentor Desk has: %1\nServer: %2").replace("%1", mine) \
        .replace("%2", theirs)
