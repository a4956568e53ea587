"""The .ics export as real calendar programs take it: khal importing one file after another
(as Outlook's and Google's "Import" do), and libical's iTIP check."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from services.ical_export import ExportOptions
from tests.services.calendar_builders import load, session

BERLIN_TUESDAY = date(2026, 3, 3)
KHAL_LINE = "{uid}|{start}|{end}|{cancelled}{title}"


def khal(config: Path, *args: str) -> str:
    executable = Path(sys.executable).with_name("khal")
    env = dict(os.environ, XDG_CONFIG_HOME=str(config.parent), XDG_DATA_HOME=str(config.parent),
               TZ="Europe/Berlin")
    done = subprocess.run([str(executable), "-c", str(config), *args], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def khal_config(tmp_path: Path) -> Path:
    folder = tmp_path / "khal"
    (folder / "desk").mkdir(parents=True)
    config = folder / "config"
    config.write_text(f"""[calendars]
[[desk]]
path = {folder / "desk"}
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/Berlin
default_timezone = Europe/Berlin
[default]
default_calendar = desk
""", encoding="utf-8")
    return config


def khal_listing(config: Path) -> list[str]:
    out = khal(config, "list", "--format", KHAL_LINE, "--day-format", "",
               "2026-03-03", "2026-03-04")
    return sorted(line for line in out.splitlines() if line.strip())


def test_khal_importing_each_new_export_shows_exactly_the_current_state(services, clock,
                                                                        tmp_path,
                                                                        khal_config) -> None:
    clock.set("2026-03-01T09:00:00Z")
    load(services, [session("s-1", datetime(2026, 3, 3, 14, tzinfo=UTC)),   # 15:00 Berlin
                    session("s-2", datetime(2026, 3, 3, 9, tzinfo=UTC))])   # 10:00 Berlin
    services.availability.add_window("paid", 1, 9 * 60, 18 * 60)
    options = ExportOptions(first_day=BERLIN_TUESDAY, days=1)
    first = services.calendar_export.write(tmp_path / "first.ics", options)
    khal(khal_config, "import", "--batch", "-a", "desk", str(first.path))
    assert khal_listing(khal_config) == [
        "avail-paid-20260303-1@mentordesk|2026-03-03 09:00|2026-03-03 10:00|"
        "Available for paid sessions",
        "avail-paid-20260303-2@mentordesk|2026-03-03 11:00|2026-03-03 15:00|"
        "Available for paid sessions",
        "avail-paid-20260303-3@mentordesk|2026-03-03 16:00|2026-03-03 18:00|"
        "Available for paid sessions",
        "session-s-1@mentordesk|2026-03-03 15:00|2026-03-03 16:00|Paid session with Priya Raman",
        "session-s-2@mentordesk|2026-03-03 10:00|2026-03-03 11:00|Paid session with Priya Raman",
    ]

    clock.set("2026-03-01T10:00:00Z")
    services.sessions.cancel("s-1", "Travelling")
    booked = services.sessions.book_paid(
        "u-priya", datetime(2026, 3, 3, 12, tzinfo=UTC), 60)  # 13:00 Berlin
    second = services.calendar_export.write(tmp_path / "second.ics", options)
    khal(khal_config, "import", "--batch", "-a", "desk", str(second.path))
    # Each UID once: the free blocks reshaped in place, the one that vanished and the cancelled
    # session marked as khal marks cancelled events; the new session added.
    assert khal_listing(khal_config) == sorted([
        "avail-paid-20260303-1@mentordesk|2026-03-03 09:00|2026-03-03 10:00|"
        "Available for paid sessions",
        "avail-paid-20260303-2@mentordesk|2026-03-03 11:00|2026-03-03 13:00|"
        "Available for paid sessions",
        "avail-paid-20260303-3@mentordesk|2026-03-03 14:00|2026-03-03 18:00|"
        "Available for paid sessions",
        f"session-{booked.id}@mentordesk|2026-03-03 13:00|2026-03-03 14:00|"
        "Paid session with Priya Raman",
        "session-s-1@mentordesk|2026-03-03 15:00|2026-03-03 16:00|"
        "CANCELLED Paid session with Priya Raman",
        "session-s-2@mentordesk|2026-03-03 10:00|2026-03-03 11:00|Paid session with Priya Raman",
    ])
    # Importing the same file again changes nothing.
    khal(khal_config, "import", "--batch", "-a", "desk", str(second.path))
    assert len(khal_listing(khal_config)) == 6


LIBICAL_CHECK = """
import sys, gi
gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib
component = ICalGLib.Component.new_from_string(open(sys.argv[1], encoding="utf-8").read())
errors = []
def walk(c):
    p = c.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    while p:
        errors.append(p.get_xlicerror())
        p = c.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    s = c.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
    while s:
        walk(s)
        s = c.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)
ok = component.check_restrictions()
walk(component)
print(ok)
print("\\n".join(errors))
"""


def libical(path: Path) -> tuple[bool, list[str]]:
    """libical's strict parse and iTIP restriction check (Debian's bindings, system Python)."""
    python = shutil.which("python3", path="/usr/bin:/bin")
    probe = python and subprocess.run([python, "-c", "import gi; gi.require_version("
                                       "'ICalGLib', '3.0')"], capture_output=True)
    if not probe or probe.returncode != 0:
        pytest.skip("libical's GObject bindings (Debian: gir1.2-ical-3.0) are not installed")
    done = subprocess.run([python, "-c", LIBICAL_CHECK, str(path)], capture_output=True,
                          text=True, timeout=60, check=True)
    first, *errors = done.stdout.splitlines()
    return first == "1", [e for e in errors if e]


def test_libical_finds_nothing_wrong_with_an_export(services, clock, tmp_path) -> None:
    from services import demo

    demo.install(services)
    services.sessions.cancel(services.sessions.upcoming()[-1].id, "Travelling")
    export = services.calendar_export.write(tmp_path / "mentor.ics", ExportOptions(days=28))
    assert export.cancelled and export.sessions and export.free
    assert libical(export.path) == (True, [])
    # The same file with METHOD:PUBLISH and no ORGANIZER is what libical refuses.
    published = tmp_path / "published.ics"
    published.write_bytes(export.path.read_bytes().replace(
        b"CALSCALE:GREGORIAN\r\n", b"CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"))
    valid, errors = libical(published)
    assert not valid and any("ORGANIZER" in e for e in errors)
