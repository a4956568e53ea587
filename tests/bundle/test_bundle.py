"""The PyInstaller bundle, run from its own folder: the command line, the sample data, the
calendar export, the screenshots, the app on a real X server, a second start handing over a
file, and the desktop entry it installs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtGui import QImage

from desktop.single_instance import instance_name
from services.about import APP_ID, CLI_EXECUTABLE, GUI_EXECUTABLE, VERSION
from services.demo import build_export
from services.paths import database_identity
from services.timefmt import parse_instant
from tests.bundle.build import BUILD, ROOT
from tests.bundle.conftest import NOW
from tests.radicale_server import PASSWORD

# The first test waits for the build; under pytest-xdist (`--dist loadgroup`) the tests run on
# one worker, which waits for the build once.
pytestmark = [pytest.mark.timeout(900), pytest.mark.xdist_group("bundle")]


def run(program: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], env=env, capture_output=True, text=True,
                          timeout=120)


def from_source(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The same command from the Python environment, for comparison."""
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_both_executables_print_the_one_version(bundle, bundle_env):
    for name in (CLI_EXECUTABLE, GUI_EXECUTABLE):
        done = run(bundle / name, "--version", env=bundle_env)
        assert (done.returncode, done.stdout) == (0, f"mentordesk {VERSION}\n"), done.stderr
    assert (bundle / "_internal" / "LICENSE").read_text().startswith("MIT License")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="told by glibc's loader")
def test_the_command_line_loads_qt_only_when_it_draws(bundle, bundle_env):
    """PyInstaller's run-time hook for PySide6, which imports QtCore at every start, is the
    app's executable's alone (build.spec): the command line's `--version` loads no Qt."""
    seen = {name: run(bundle / name, "--version", env={**bundle_env, "LD_DEBUG": "files"})
            for name in (CLI_EXECUTABLE, GUI_EXECUTABLE)}
    assert all(done.returncode == 0 for done in seen.values())
    assert "libQt6Core" not in seen[CLI_EXECUTABLE].stderr
    assert "libQt6Core" in seen[GUI_EXECUTABLE].stderr  # where Qt is loaded, this tells it


def test_demo_upcoming_and_export_ics_do_what_they_do_from_source(bundle, bundle_env, tmp_path):
    cli = bundle / CLI_EXECUTABLE
    assert run(cli, "demo", env=bundle_env).returncode == 0
    upcoming = run(cli, "upcoming", "--json", env=bundle_env)
    assert upcoming.returncode == 0, upcoming.stderr
    assert run(cli, "export-ics", str(tmp_path / "bundle.ics"), env=bundle_env).returncode == 0

    source_env = dict(bundle_env, MENTORDESK_DB=str(tmp_path / "source.sqlite3"))
    assert from_source("demo", env=source_env).returncode == 0
    expected = from_source("upcoming", "--json", env=source_env)
    assert from_source("export-ics", str(tmp_path / "source.ics"), env=source_env).returncode == 0

    sessions = json.loads(upcoming.stdout)
    assert sessions and sessions == json.loads(expected.stdout)
    calendar = (tmp_path / "bundle.ics").read_text()
    assert calendar.count("BEGIN:VEVENT") > 10
    assert calendar == (tmp_path / "source.ics").read_text()


def test_the_bundle_carries_the_translations_and_qts_own(bundle):
    for language in ("de", "ar", "en"):
        assert (bundle / "_internal" / "resources" / "i18n" / f"mentordesk_{language}.qm").is_file()
    for language in ("de", "ar"):  # Qt's standard buttons and dialogs
        assert list(bundle.rglob(f"qtbase_{language}.qm")), language


def test_the_screenshots_render_offscreen_from_the_bundle(bundle, bundle_env, tmp_path):
    cli = bundle / CLI_EXECUTABLE
    assert run(cli, "demo", env=bundle_env).returncode == 0
    # In Arabic: the translations load from the bundle, right to left.
    done = run(cli, "screenshots", str(tmp_path / "shots"), "--lang", "ar", env=bundle_env)
    assert done.returncode == 0, done.stderr
    written = [Path(line) for line in done.stdout.splitlines()]
    names = {path.stem.split("-", 1)[1] for path in written}
    assert {"upcoming", "invitations", "sessions", "about-dialog", "settings-dialog"} <= names
    for path in written:
        image = QImage(str(path))
        assert image.width() >= 300 and image.height() >= 150, path
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 5, f"{path} is blank"


def test_the_bundle_talks_to_a_calendar_server(bundle, bundle_env, radicale_up):
    """caldav, its HTTP client and keyring travel in the bundle: set up, send, read back."""
    cli = bundle / CLI_EXECUTABLE
    env = dict(bundle_env, MENTORDESK_CALDAV_PASSWORD=PASSWORD)
    assert run(cli, "demo", env=env).returncode == 0
    user = radicale_up.fresh_user()
    done = run(cli, "caldav", "setup", radicale_up.url, "--user", user, env=env)
    assert done.returncode == 0, done.stderr
    assert "no system keyring here" in done.stdout  # none on a test machine: said, not stored
    done = run(cli, "sync", "--json", env=env)
    assert done.returncode == 0, done.stderr
    report, = json.loads(done.stdout)
    assert report["created"] > 0 and report["writes"] == report["created"]
    wrong = run(cli, "caldav", "calendars", env=dict(env, MENTORDESK_CALDAV_PASSWORD="wrong"))
    assert wrong.returncode == 5 and "401" in wrong.stderr


def xvfb(*args: str) -> list[str]:
    return ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *args]


def test_the_app_paints_its_window_on_a_real_x_server(bundle, bundle_env):
    env = dict(bundle_env, QT_QPA_PLATFORM="xcb")
    done = subprocess.run(xvfb(str(bundle / GUI_EXECUTABLE), "--smoke-test"), env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "the main window has painted" in done.stdout


def test_a_second_start_hands_its_file_to_the_bundle_already_running(bundle, bundle_env,
                                                                      tmp_path):
    export = tmp_path / "export.json"
    export.write_text(json.dumps(build_export(parse_instant(NOW))), encoding="utf-8")
    name = instance_name(database_identity(bundle_env["MENTORDESK_DB"]))
    socket = Path(QDir.tempPath()) / name
    first = subprocess.Popen(xvfb(str(bundle / GUI_EXECUTABLE)),
                             env=dict(bundle_env, QT_QPA_PLATFORM="xcb"),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not socket.exists():
            assert first.poll() is None, first.stderr.read()
            assert time.monotonic() < deadline, "the first window never listened"
            time.sleep(0.2)
        second = run(bundle / CLI_EXECUTABLE, str(export), env=bundle_env)
        assert second.returncode == 0, second.stderr
        assert "already open on this database" in second.stderr
        while not json.loads(run(bundle / CLI_EXECUTABLE, "upcoming", "--json",
                                 env=bundle_env).stdout or "[]"):
            assert time.monotonic() < deadline + 60, "the running window never imported"
            time.sleep(0.5)
    finally:
        os.killpg(first.pid, signal.SIGTERM)
        first.wait(timeout=30)
        # Killed, the window leaves its socket behind (a later start takes such a one over);
        # the test's own is not left in the shared temp folder.
        socket.unlink(missing_ok=True)


def test_the_bundle_installs_a_desktop_entry_that_starts_the_bundle(bundle, bundle_env):
    done = run(bundle / GUI_EXECUTABLE, "--install-desktop-entry", env=bundle_env)
    assert done.returncode == 0, done.stderr
    entry = Path(bundle_env["XDG_DATA_HOME"]) / "applications" / f"{APP_ID}.desktop"
    assert str(entry) in done.stdout.splitlines()
    assert f"Exec={bundle / GUI_EXECUTABLE} %F\n" in entry.read_text()
    validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                               text=True)
    assert validated.returncode == 0, validated.stdout


def test_the_windows_and_macos_icons_are_drawn_from_the_svg_at_build_time(bundle):
    from PIL import Image

    (ico,) = BUILD.glob("work/*/icons/mentordesk.ico")
    (icns,) = BUILD.glob("work/*/icons/mentordesk.icns")
    assert {16, 32, 48, 256} <= {w for w, _ in Image.open(ico).info["sizes"]}
    assert {(512, 512, 2), (16, 16, 2)} <= set(Image.open(icns).info["sizes"])
