"""The screenshots: the welcome page and every page and dialog, drawn offscreen and on a real
(virtual) X server, whose font metrics differ; no text cut off on either."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.screenshots import SIZE, cut_off_texts
from desktop.views.main_window import MainWindow
from desktop.views.pages import build_pages
from services.clock import FixedClock
from services.container import Services
from services.demo import install
from services.timefmt import parse_instant

NOW = "2026-03-02T09:00:00Z"
NAMES = ["welcome", "upcoming", "invitations", "confirmation", "sessions", "calendar",
         "availability", "mentees", "earnings", "reject-dialog", "confirm-intro-dialog",
         "confirm-paid-dialog", "note-dialog", "cancel-dialog", "session-details",
         "settings-dialog", "export-calendar-dialog", "imported-calendars-dialog", "about-dialog",
         "calendar-server-settings", "calendar-server-status"]
WELCOME_TEXT = ("Your sessions, invitations and availability live here, on this computer, and "
                "work offline.\n\nStart by importing the export file from the mentorship "
                "platform, or look around with sample data first.")


def _wrapped_label_page(qtbot, alignment: Qt.AlignmentFlag) -> tuple[QWidget, QLabel]:  # noqa: ANN001
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    label = QLabel(WELCOME_TEXT)
    label.setWordWrap(True)
    label.setMaximumWidth(520)
    layout.addStretch(2)
    layout.addWidget(label, 0, alignment)
    layout.addStretch(3)
    page.resize(970, 600)
    page.show()
    qtbot.waitExposed(page)
    return page, label


def test_a_wrapped_label_placed_by_alignment_is_reported_cut_off(qtbot) -> None:  # noqa: ANN001
    """How the welcome text lost its first and last lines: a word-wrapped label given an
    alignment in its layout gets the height of its width-less hint."""
    page, label = _wrapped_label_page(qtbot, Qt.AlignmentFlag.AlignHCenter)
    needed = label.heightForWidth(label.width())
    assert label.height() < needed
    assert cut_off_texts(page) == [
        f"QLabel {' '.join(WELCOME_TEXT.split())[:40]!r} needs {label.width()}x{needed} px, "
        f"has {label.width()}x{label.height()}"]
    page, label = _wrapped_label_page(qtbot, Qt.AlignmentFlag(0))
    assert label.height() >= label.heightForWidth(label.width())
    assert cut_off_texts(page) == []


@pytest.mark.parametrize("size", [(760, 520), SIZE, (1920, 1080)])
def test_the_welcome_page_shows_all_its_text(qtbot, ctx, size) -> None:  # noqa: ANN001
    window = MainWindow(ctx, build_pages(ctx))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.welcome
    assert not window.sidebar.selectedItems()  # no page is shown, so none looks chosen
    body = next(label for label in window.welcome.findChildren(QLabel)
                if label.text() == WELCOME_TEXT)
    assert body.height() >= body.heightForWidth(body.width()) > body.fontMetrics().height() * 2
    assert cut_off_texts(window) == []


def _render(db: Path, out: Path, platform: str, language: str = "en") -> subprocess.Popen[bytes]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    command = [sys.executable, "-m", "desktop", "--db", str(db), "--now", NOW, "screenshots",
               str(out), "--lang", language]
    if platform == "xcb":
        if not shutil.which("xvfb-run"):
            pytest.fail("xvfb-run is missing: `python3 tasks.py test` installs xvfb and xauth")
        command = ["xvfb-run", "-a", *command]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is an X11 server")
def test_screenshots_offscreen_and_under_xvfb_show_everything_uncut(qapp, tmp_path) -> None:  # noqa: ANN001
    db = tmp_path / "demo.sqlite3"
    services = Services.open(db, FixedClock(parse_instant(NOW)))
    install(services)
    services.close()
    runs = {platform: _render(db, tmp_path / platform, platform)
            for platform in ("offscreen", "xcb")}  # side by side: two processes, two cores
    pictures = {}
    for platform, run in runs.items():
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode()
        assert "cut off" not in err.decode(), err.decode()
        files = [Path(line) for line in out.decode().splitlines()]
        assert [f.name for f in files] == [f"{n:02d}-{name}.png" for n, name in
                                           enumerate(NAMES, start=1)]
        pictures[platform] = files
    for offscreen, xcb in zip(pictures["offscreen"], pictures["xcb"]):
        for path in (offscreen, xcb):
            image = QImage(str(path))
            assert not image.isNull(), path
            # Something is drawn: a blank or single-colour picture has next to no colours.
            colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                       for y in range(0, image.height(), 7)}
            assert len(colours) > 8, path
        if offscreen.name.split("-", 1)[1].removesuffix(".png") in NAMES[:9]:  # the window
            assert QImage(str(offscreen)).size() == QImage(str(xcb)).size() == QSize(*SIZE)


def test_german_and_arabic_screenshots_show_everything_uncut(qapp, tmp_path) -> None:  # noqa: ANN001
    """German runs longest, Arabic right to left: every page and dialog in both, nothing cut."""
    db = tmp_path / "demo.sqlite3"
    services = Services.open(db, FixedClock(parse_instant(NOW)))
    install(services)
    services.close()
    runs = {language: _render(db, tmp_path / language, "offscreen", language)
            for language in ("de", "ar")}
    for language, run in runs.items():
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode()
        assert "cut off" not in err.decode(), err.decode()
        files = [Path(line) for line in out.decode().splitlines()]
        assert [f.name for f in files] == [f"{n:02d}-{name}.png" for n, name in
                                           enumerate(NAMES, start=1)], language
        for path in files:
            image = QImage(str(path))
            colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                       for y in range(0, image.height(), 7)}
            assert len(colours) > 8, path
            if path.stem.split("-", 1)[1] in NAMES[:7]:  # the window: no wider for the language
                assert image.size() == QSize(*SIZE), path
