"""Calendar files from the File menu: export .ics for Outlook/Google, read busy time back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.formatting import clock_text, date_pattern, day_text
from desktop.views.choices import Choices
from desktop.views.feedback import InlineNotice, describe
from desktop.workers import Worker
from services.errors import DomainError
from services.ical_export import ExportOptions
from services.plaintext import one_line
from services.records import BusyCalendarRecord, Change

SourceRole = Qt.ItemDataRole.UserRole + 20


class ExportCalendarDialog(QDialog):
    """What to export and for which period; the file is chosen when the mentor clicks Export."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Export calendar"))
        self.setMinimumWidth(460)
        self.exported_to: Path | None = None
        intro = QLabel(self.tr("Writes an .ics file that Outlook and Google Calendar import; "
                               "importing it again updates the events instead of doubling them."))
        intro.setWordWrap(True)
        what_box = QVBoxLayout()
        self._what = Choices([("all", self.tr("Booked sessions and free availability")),
                              ("sessions", self.tr("Booked sessions only (busy)")),
                              ("availability", self.tr("Free availability only"))],
                             what_box, self)
        self._what.choose("all")
        today = ctx.now().astimezone(ctx.tz()).date()
        self.first_day = QDateEdit(QDate(today.year, today.month, today.day))
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat(date_pattern("day_year"))
        self.first_day.setAccessibleName(self.tr("First day"))
        self.days = QSpinBox()
        self.days.setRange(1, 366)
        self.days.setValue(28)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Number of days"))
        self.no_names = QCheckBox(self.tr("Hide mentee names (\"Mentoring session\"), "
                                          "for sharing"))
        self.notice = InlineNotice()
        form = QFormLayout()
        form.addRow(self.tr("Export"), what_box)
        form.addRow(self.tr("From"), self.first_day)
        form.addRow(self.tr("For"), self.days)
        form.addRow("", self.no_names)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._ok = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._on_export_clicked)
        buttons.rejected.connect(self.reject)

    def options(self) -> ExportOptions:
        chosen = self._what.value()
        day = self.first_day.date()
        return ExportOptions(what=chosen, first_day=date(day.year(), day.month(), day.day()),
                             days=self.days.value(), names=not self.no_names.isChecked())

    def choose(self, what: str) -> None:
        self._what.choose(what)

    def export_to(self, path: Path) -> bool:
        exporter = self.ctx.services.calendar_export
        try:
            export = exporter.write(path, self.options())
        except DomainError as exc:
            self.notice.show_error(describe(exc))
            return False
        self.exported_to = export.path
        self.summary = export.summary()
        return True

    def _on_export_clicked(self) -> None:
        stamp = self.ctx.now().astimezone(self.ctx.tz()).strftime("%Y-%m-%d")
        suggested = str(Path(self.ctx.settings.folder("calendar")) / f"mentor-desk-{stamp}.ics")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export calendar"), suggested,
                                              self.tr("iCalendar (*.ics)"))
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        self.ctx.settings.set_folder("calendar", str(Path(path).parent))
        if self.export_to(Path(path)):
            self.accept()


class ImportedCalendarsDialog(QDialog):
    """The calendars whose busy time Mentor Desk knows: rename, re-import or remove each."""

    def __init__(self, ctx: DeskContext, actions: CalendarActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Imported calendars"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("Busy time from these calendars is never offered as free, and "
                               "booking over it needs your consent. Importing the same file "
                               "again replaces its busy times; another file is another "
                               "calendar, even under the same name."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Imported calendars"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the selected calendar"))
        self.rename = QPushButton(self.tr("Rename"))
        self.notice = InlineNotice()
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Name")))
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.rename)
        add = QPushButton(self.tr("Import calendar…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove the selected calendar's busy time"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(name_row)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        add.clicked.connect(actions.import_dialog)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.rename.clicked.connect(self._on_rename_clicked)
        self.name.textChanged.connect(self._on_name_text_changed)
        self.name.returnPressed.connect(self._on_rename_clicked)
        close.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        ctx.bridge.changed.connect(self._on_services_changed)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        chosen = select or self._selected()
        self.list.clear()
        tz = self.ctx.tz()
        for calendar in self.ctx.services.availability.busy_calendars():
            item = QListWidgetItem(self._line(calendar, tz))
            item.setData(SourceRole, calendar.label)
            self.list.addItem(item)
            if calendar.label == chosen:
                self.list.setCurrentItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("No calendar imported yet."))
        self._on_list_row_changed(self.list.currentRow())

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(SourceRole) if item is not None else None

    def _on_services_changed(self, change: Change) -> None:
        if change.busy and change.initiator is not self:
            self.reload()

    def _on_list_row_changed(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        label = item.data(SourceRole) if item is not None else None
        self.remove.setEnabled(label is not None)
        self.name.setEnabled(label is not None)
        self.name.setText(label or "")
        self._on_name_text_changed(self.name.text())

    def _on_name_text_changed(self, text: str) -> None:
        label = self._selected()
        self.rename.setEnabled(label is not None and bool(text.strip())
                               and text.strip() != label)

    def _on_rename_clicked(self) -> None:
        label = self._selected()
        if label is None or not self.rename.isEnabled():
            return
        with self.ctx.bridge.operation(self):
            try:
                record = self.ctx.services.availability.rename_busy_calendar(
                    label, self.name.text())
            except DomainError as exc:
                self.notice.show_error(describe(exc))
                return
            self.notice.hide()
            self.reload(select=record.label)

    def _line(self, calendar: BusyCalendarRecord, tz: ZoneInfo) -> str:
        """'Work — 12 busy times — next Tue 3 Mar 10:00 — work.ics'."""
        parts = [one_line(calendar.label), busy_times(calendar.blocks)]
        if calendar.next_event is None:
            parts.append(self.tr("no event ahead"))
        else:
            moment = calendar.next_event.astimezone(tz)
            parts.append(self.tr("next %1").replace(
                "%1", f"{day_text(moment.date())} {clock_text(moment)}"))
        if calendar.file_name:
            parts.append(one_line(calendar.file_name))
        return " — ".join(parts)

    def _on_remove_clicked(self) -> None:
        label = self._selected()
        if label:
            with self.ctx.bridge.operation(self):
                self.ctx.services.availability.remove_busy_calendar(label)
                self.reload()




def busy_times(count: int) -> str:
    return CalendarActions.tr("%n busy times", "", count)


class CalendarActions(QObject):
    """The calendar entries of the File menu and the .ics drop handler of the main window."""

    def __init__(self, window) -> None:  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        self.window = window
        self.ctx: DeskContext = window.ctx
        style = window.style()
        self.import_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                     self.tr("Import &calendar (.ics)…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.export_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_DriveFDIcon),
                                     self.tr("&Export calendar…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.sources_action = QAction(self.tr("Imported calendars…"), window)
        self.import_action.triggered.connect(self.import_dialog)
        self.export_action.triggered.connect(self.export_dialog)
        self.sources_action.triggered.connect(self.sources_dialog)
        window.add_file_actions([self.import_action, self.export_action], [self.sources_action])
        window.register_drop_handler(".ics", self.import_calendar)

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import calendar"), self.ctx.settings.folder("calendar"),
            self.tr("iCalendar (*.ics *.ical *.ifb);;All files (*)"))
        if path:
            self.ctx.settings.set_folder("calendar", str(Path(path).parent))
            self.import_calendar(Path(path))

    def import_calendar(self, path: Path) -> None:
        """Read busy time off the GUI thread; the window reports how many busy times it found."""
        importer = self.ctx.services.calendar_import
        worker = Worker(lambda _progress: importer.import_file(path))
        worker.signals.succeeded.connect(self._on_import_succeeded)
        worker.signals.refused.connect(self._on_import_refused)
        worker.signals.crashed.connect(self._on_import_crashed)
        self.window.notice.show_info(self.tr("Reading %1…").replace("%1", one_line(path.name)))
        self.ctx.bridge.start(worker, initiator=self)

    def export_dialog(self) -> None:
        dialog = ExportCalendarDialog(self.ctx, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.notice.show_info(dialog.summary[:1].upper() + dialog.summary[1:])

    def sources_dialog(self) -> None:
        ImportedCalendarsDialog(self.ctx, self, self.window).exec()

    def _on_import_succeeded(self, result: object) -> None:
        stored, tz = result.stored, self.ctx.tz()
        calendar = stored.calendar
        span = (f"{day_text(calendar.window_start.astimezone(tz).date())} – "
                f"{day_text(calendar.window_end.astimezone(tz).date())}")
        if stored.replaced is None:
            text = self.tr("%1: a new calendar, %2 from %3 (%4).")
        else:
            text = self.tr("%1: %2 from %3 (%4), replacing the %5 it had.")
        text = (text.replace("%1", one_line(calendar.label))
                .replace("%2", busy_times(calendar.blocks))
                .replace("%3", one_line(result.path.name)).replace("%4", span)
                .replace("%5", busy_times(stored.replaced or 0)))
        if stored.namesakes:
            text += " " + self.tr("Another calendar is also called %1: %2.").replace(
                "%1", one_line(calendar.name)).replace(
                "%2", ", ".join(one_line(name) for name in stored.namesakes))
        if not calendar.blocks:
            text += " " + (self.tr("It has no event ahead.") if calendar.next_event is None
                           else self.tr("Its next event is on %1.").replace(
                               "%1", day_text(calendar.next_event.astimezone(tz).date())))
        self.window.notice.show_info(text)

    def _on_import_refused(self, exc: object) -> None:
        self.window.notice.show_error(describe(exc))

    def _on_import_crashed(self, message: str) -> None:
        self.window.notice.show_error(self.tr("The calendar could not be read; nothing was "
                                              "changed. %1").replace("%1", message))

