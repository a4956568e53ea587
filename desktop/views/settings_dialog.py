"""Settings: the language, your own time zone and the one times are shown in, reminders,
default folders and the kept calendar file."""

from __future__ import annotations

import zoneinfo
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.languages import LANGUAGES, SYSTEM
from desktop.views.calendar_server import CalendarServerPane
from desktop.views.feedback import InlineNotice, attempt, describe
from services.errors import DomainError
from services.settings import HomeMove


class PathField(QWidget):
    """A path with a Browse… button; a folder, or with `file_filter` a file to write."""

    def __init__(self, path: str, caption: str, parent: QWidget | None = None,
                 file_filter: str | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self._filter = file_filter
        self.edit = QLineEdit(path)
        self.edit.setAccessibleName(caption)
        browse = QPushButton(self.tr("Browse…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)
        browse.clicked.connect(self._on_browse_clicked)

    def path(self) -> str:
        return self.edit.text().strip()

    def _on_browse_clicked(self) -> None:
        if self._filter is None:
            chosen = QFileDialog.getExistingDirectory(self, self._caption, self.path())
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self._caption, self.path(), self._filter,
                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.edit.setText(chosen)


class SettingsDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        services = ctx.services

        # Two zones: the mentor's own rules the calendar; the other only how times read.
        home_chosen, shown_chosen = services.settings.chosen()
        self.moved: HomeMove | None = None
        self.home_zone = self._zone_box(
            self.tr("Your own time zone"),
            self.tr("As in the platform export (%1)")
            .replace("%1", services.settings.export_timezone_name()), home_chosen)
        self.home_zone.setToolTip(self.tr(
            "Where you live: your weekly availability is wall-clock time here, days off are its "
            "days, and the monthly intro limit counts its months."))
        self.zone = self._zone_box(
            self.tr("Show times in"),
            self.tr("Your own time zone (%1)")
            .replace("%1", services.settings.home_timezone_name()), shown_chosen)
        self.zone.setToolTip(self.tr(
            "Only how times read, e.g. while you travel: your availability, days off and the "
            "intro limit stay in your own time zone."))

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.settings.language), 0))
        language_hint = QLabel(self.tr("A new language is used from the next start of Mentor "
                                       "Desk."))
        language_hint.setProperty("role", "hint")
        language_hint.setWordWrap(True)

        self.reminders = QCheckBox(self.tr("Remind me before sessions and of unconfirmed ones"))
        self.reminders.setChecked(ctx.settings.reminders_enabled)
        self.lead = QSpinBox()
        self.lead.setRange(1, 24 * 60)
        self.lead.setSuffix(self.tr(" minutes before"))
        self.lead.setValue(ctx.settings.reminder_minutes)
        self.lead.setAccessibleName(self.tr("Reminder lead time"))
        self.import_folder = PathField(ctx.settings.folder("import"),
                                         self.tr("Folder for platform exports"))
        self.outbox_folder = PathField(ctx.settings.folder("outbox"),
                                         self.tr("Folder for outbox files"))
        sync = ctx.services.calendar_sync.path()
        self.keep_calendar = QCheckBox(self.tr("Keep a calendar file up to date"))
        self.keep_calendar.setToolTip(self.tr(
            "After every change Mentor Desk rewrites this .ics file; put it in a folder that "
            "OneDrive, Dropbox or Google Drive syncs and subscribe to it from your calendar."))
        self.keep_calendar.setChecked(sync is not None)
        self.calendar_file = PathField(
            str(sync or Path(ctx.settings.folder("calendar")) / "mentor-desk.ics"),
            self.tr("Calendar file kept up to date"), file_filter=self.tr("iCalendar (*.ics)"))
        self.calendar_file.setEnabled(sync is not None)
        self.calendar_no_names = QCheckBox(self.tr("Hide mentee names in this file"))
        self.calendar_no_names.setToolTip(self.tr(
            "Events say \"Mentoring session\" instead of the type and the mentee's name: for a "
            "file in a shared or cloud-synced folder."))
        self.calendar_no_names.setChecked(not ctx.services.calendar_sync.names())
        self.calendar_no_names.setEnabled(sync is not None)
        from services.earnings import percent

        self.commission = QLineEdit(percent(services.earnings.commission_rate()))
        self.commission.setAccessibleName(self.tr("Platform commission in percent"))
        self.commission.setToolTip(self.tr(
            "Taken from your share of each held paid session counted from now on; sessions "
            "already counted keep the rate they were counted at."))
        self.commission.setMaximumWidth(80)
        self.notice = InlineNotice()

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", language_hint)
        form.addRow(self.tr("Your own time zone"), self.home_zone)
        form.addRow(self.tr("Show times in"), self.zone)
        form.addRow("", self.reminders)
        form.addRow(self.tr("Reminder"), self.lead)
        form.addRow(self.tr("Exports from"), self.import_folder)
        form.addRow(self.tr("Outbox files to"), self.outbox_folder)
        form.addRow("", self.keep_calendar)
        form.addRow(self.tr("Calendar file"), self.calendar_file)
        form.addRow("", self.calendar_no_names)
        form.addRow(self.tr("Commission (%)"), self.commission)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        general = QWidget()
        general.setLayout(form)
        self.server = CalendarServerPane(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.server, self.tr("Calendar server"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)

        self.reminders.toggled.connect(self.lead.setEnabled)
        self.keep_calendar.toggled.connect(self.calendar_file.setEnabled)
        self.keep_calendar.toggled.connect(self.calendar_no_names.setEnabled)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        self.lead.setEnabled(self.reminders.isChecked())

    def _save_calendar_file(self) -> bool:
        """Start, move or stop the kept calendar file; a path that cannot be written is said."""
        sync = self.ctx.services.calendar_sync
        wanted = Path(self.calendar_file.path()).expanduser() if self.keep_calendar.isChecked() \
            else None
        names = not self.calendar_no_names.isChecked()
        if wanted == sync.path() and (wanted is None or names == sync.names()):
            return True
        try:
            sync.set_path(wanted, names)
        except DomainError as exc:
            self.notice.show_error(describe(exc))
            return False
        return True

    def _save_commission(self) -> bool:
        from services.earnings import parse_percent

        earnings = self.ctx.services.earnings
        text = self.commission.text()

        def save() -> bool:
            rate = parse_percent(text)
            if rate != earnings.commission_rate():
                earnings.set_commission_rate(rate)
            return True

        return attempt(self, save, self.notice) is not None

    def _zone_box(self, name: str, default: str, chosen: str | None) -> QComboBox:
        """A zone picker whose first entry (None) is the default, `chosen` selected."""
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setAccessibleName(name)
        box.addItem(default, None)
        for zone_name in sorted(zoneinfo.available_timezones()):
            if "/" in zone_name and not zone_name.startswith(("Etc/", "SystemV/", "posix/",
                                                              "right/")):
                box.addItem(zone_name, zone_name)
        box.addItem("UTC", "UTC")
        completer = QCompleter([box.itemText(i) for i in range(box.count())], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        box.setCompleter(completer)
        box.setCurrentIndex(max(box.findData(chosen), 0) if chosen else 0)
        return box

    @staticmethod
    def _chosen(box: QComboBox) -> str | None:
        text = box.currentText().strip()
        index = box.findText(text)
        if index >= 0:
            return box.itemData(index)
        return text or None

    def _save_zones(self) -> bool:
        """Where the mentor lives (saying what it moves, once the dialog is closed), then where
        times are shown; an unknown zone is said and nothing is saved."""
        settings = self.ctx.services.settings
        home, shown = self._chosen(self.home_zone), self._chosen(self.zone)
        home_before, shown_before = settings.chosen()
        if home != home_before:
            moved = attempt(self, lambda: settings.move_home(home), self.notice)
            if moved is None:
                return False
            self.moved = moved
        if shown == shown_before:
            return True
        return attempt(self, lambda: settings.set_timezone(shown) or True,
                       self.notice) is not None

    def _on_save_clicked(self) -> None:
        if not self._save_zones():
            return
        if not self._save_commission() or not self._save_calendar_file():
            return
        settings = self.ctx.settings
        settings.language = self.language.currentData()
        settings.reminders_enabled = self.reminders.isChecked()
        settings.reminder_minutes = self.lead.value()
        for kind, field in (("import", self.import_folder), ("outbox", self.outbox_folder)):
            if field.path():
                settings.set_folder(kind, field.path())
        settings.sync()
        if self.server.wants_saving():
            self.tabs.setCurrentWidget(self.server)
            self.server.save(self._on_server_saved)
            return
        self.accept()

    def _on_server_saved(self, kept: bool) -> None:
        notice = getattr(self.parent(), "notice", None)
        if not kept and notice is not None:
            notice.show_info(self.tr("There is no system keyring here: the calendar server's "
                                     "password is kept until Mentor Desk quits, and asked for "
                                     "once at the next start."))
        self.accept()
