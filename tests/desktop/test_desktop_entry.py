"""Linux desktop integration: the .desktop file, AppStream data, icons and the export's MIME
type, checked by the desktop's own validators, installed under a throw-away home and removed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop import desktop_entry
from desktop.icons import PNG_SIZES
from desktop.resources import resource_path
from services.about import APP_ID, EXPORT_MIME_TYPE, VERSION
from services.demo import build_export
from services.timefmt import parse_instant

ROOT = Path(__file__).resolve().parents[2]
LINUX = resource_path("linux")
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="freedesktop integration is for Linux desktops")


def validate(tool: list[str], path: Path) -> None:
    done = subprocess.run([*tool, str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_shipped_files_pass_the_desktops_validators() -> None:
    validate(["desktop-file-validate"], LINUX / f"{APP_ID}.desktop")
    validate(["appstreamcli", "validate", "--no-net"], LINUX / f"{APP_ID}.metainfo.xml")


def test_the_files_agree_with_the_one_version_and_the_export_type() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.find("releases/release").get("version") == VERSION
    mime = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    assert mime.find("m:mime-type", ns).get("type") == EXPORT_MIME_TYPE
    entry = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"MimeType=text/calendar;{EXPORT_MIME_TYPE};\n" in entry
    assert f"Icon={APP_ID}\n" in entry


def test_install_writes_a_valid_entry_for_this_installation_and_remove_takes_it_back(
        tmp_path: Path) -> None:
    home = tmp_path / "share"
    command = [str(tmp_path / "Mentor Desk" / "MentorDesk")]
    written = desktop_entry.install(home, command)
    entry = home / "applications" / f"{APP_ID}.desktop"
    assert entry in written
    validate(["desktop-file-validate"], entry)
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{command[0]}" %F\n' in text and f"TryExec={command[0]}\n" in text
    validate(["appstreamcli", "validate", "--no-net"], home / "metainfo" / f"{APP_ID}.metainfo.xml")
    for size in PNG_SIZES:
        image = QImage(str(home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    if shutil.which("update-desktop-database"):
        assert EXPORT_MIME_TYPE in (home / "applications" / "mimeinfo.cache").read_text()

    data = tmp_path / "MentorDesk" / "mentordesk.sqlite3"
    data.parent.mkdir()
    data.write_bytes(b"the mentor's data")
    assert sorted(desktop_entry.remove(home)) == sorted(written)
    assert not any(path.exists() for path in written)
    assert data.read_bytes() == b"the mentor's data"
    assert desktop_entry.remove(home) == []


def test_the_file_manager_tells_an_export_from_other_json(tmp_path: Path) -> None:
    """After install, shared-mime-info types a platform export as ours by its content and leaves
    other JSON and calendars as they were. GIO (what GNOME Files, Nemo and Thunar ask) refines a
    name match by content as the spec says; Qt's database stops at the name, so it only sees our
    type in the content."""
    home = tmp_path / "share"
    desktop_entry.install(home, ["mentordesk"])
    export = tmp_path / "anything.json"
    export.write_text(json.dumps(build_export(parse_instant("2026-03-02T09:00:00Z"))))
    other = tmp_path / "package.json"
    other.write_text(json.dumps({"name": "x", "version": "1"}))
    calendar = tmp_path / "busy.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    env = dict(os.environ, XDG_DATA_HOME=str(home))

    def content_type(path: Path) -> str:
        done = subprocess.run(["gio", "info", "-a", "standard::content-type", str(path)],
                              capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout.rsplit("standard::content-type:", 1)[1].strip()

    assert [content_type(p) for p in (export, other, calendar)] == [
        EXPORT_MIME_TYPE, "application/json", "text/calendar"]
    probe = ("import sys; from PySide6.QtCore import QMimeDatabase; "
             "print(QMimeDatabase().mimeTypeForData(open(sys.argv[1], 'rb').read()).name())")
    done = subprocess.run([sys.executable, "-c", probe, str(export)], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.stdout.strip() == EXPORT_MIME_TYPE, done.stderr


def test_the_command_line_installs_into_xdg_data_home(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "desktop", "--install-desktop-entry"],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    assert str(entry) in done.stdout.splitlines()
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %F") and "mentordesk" in exec_line
    removed = subprocess.run([sys.executable, "-m", "desktop", "--remove-desktop-entry"],
                             cwd=ROOT, capture_output=True, text=True, env=env, timeout=60)
    assert removed.returncode == 0 and str(entry) in removed.stdout.splitlines()
    assert not entry.exists()
