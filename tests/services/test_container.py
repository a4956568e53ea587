"""The container makes each service the first time it is asked for, once, whichever thread asks
first; a command loads only the modules of the services it uses."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from services.container import Services
from services.timefmt import parse_instant

ROOT = Path(__file__).resolve().parents[2]
NOW = parse_instant("2026-03-02T09:00:00Z")
# Modules of services that listing the upcoming sessions does not use.
UNUSED = ("services.caldav_sync", "services.ical_import", "services.ical_export",
          "services.ical_sync", "services.platform_import", "services.outbox",
          "services.settings")


def test_a_service_is_made_once_and_shares_the_containers_parts(tmp_path: Path) -> None:
    from services.clock import FixedClock

    services = Services.open(tmp_path / "desk.sqlite3", FixedClock(NOW))
    try:
        assert services.made("calendar_sync") is None
        sync = services.calendar_sync
        assert services.calendar_sync is sync and services.made("calendar_sync") is sync
        # What it is built on is the container's own, made on the way.
        assert sync._exporter is services.calendar_export  # noqa: SLF001
        assert services.calendar_server._availability is services.availability  # noqa: SLF001
        assert services.sessions._hub is services.hub  # noqa: SLF001
        assert services.made("other_desks") is None
        assert services.other_desks is services.other_desks is services.made("other_desks")
    finally:
        services.close()


def test_threads_asking_at_once_get_the_same_service(tmp_path: Path) -> None:
    from services.clock import FixedClock

    services = Services.open(tmp_path / "desk.sqlite3", FixedClock(NOW))
    start, got = threading.Barrier(8), []

    def ask() -> None:
        start.wait()
        got.append(services.calendar_server)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert len(got) == 8 and all(service is got[0] for service in got)
    finally:
        services.close()


def test_listing_upcoming_sessions_loads_no_other_service(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from desktop.__main__ import main\n"
        f"code = main(['--db', {str(tmp_path / 'desk.sqlite3')!r}, '--now', "
        "'2026-03-02T09:00:00Z', 'upcoming', '--json'])\n"
        f"print([m for m in {UNUSED!r} if m in sys.modules], code)\n")
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path))
    env.pop("MENTORDESK_DB", None)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[] 0", done.stdout
