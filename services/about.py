"""Who Mentor Desk is: its one version number, licence and identity on a desktop.

pyproject.toml reads VERSION from here; the command line, Help > About, the bundle's metadata
(build.spec) and the AppStream file (checked by a test) all show this one number.
"""

from __future__ import annotations

VERSION = "0.1.0"
LICENSE = "MIT"
# Reverse-DNS id: names the .desktop file, the AppStream component, the icon and Qt's desktop
# file name, so a desktop groups windows, file associations and the launcher under one name.
APP_ID = "io.github.mentordesk.MentorDesk"
DISPLAY_NAME = "Mentor Desk"
EXPORT_MIME_TYPE = "application/x-mentordesk-export"
# The bundle's two executables, side by side in one folder: the app (no console window on
# Windows) and the command line (prints in a terminal). Names differ by more than case, since
# Windows and macOS folders ignore case.
GUI_EXECUTABLE = "MentorDesk"
CLI_EXECUTABLE = "mentordesk-cli"
