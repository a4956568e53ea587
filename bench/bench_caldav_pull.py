"""The calendar server against a real Radicale on 127.0.0.1: a first and a second sync of the
sample data (requests, writes, seconds), and the busy time read from a calendar of 5 000 events
against python-caldav's own time-range query of the same calendar measured in the same run,
with the memory each takes (peak resident size, each in a process of its own)."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)
EVENTS = 5000


def fetch_only(url: str, user: str, password: str) -> int:
    """python-caldav alone: the server's answer to the time-range query, parsed to objects."""
    import caldav

    client = caldav.DAVClient(url, username=user, password=password, auth_type="basic")
    calendar = caldav.Calendar(client, url=f"{url}{user}/Everything/")
    found = calendar.search(start=NOW - timedelta(days=30), end=NOW + timedelta(days=365),
                            event=True, expand=False, post_filter=False)
    return len(found)


def our_pull(db: str) -> None:
    from services.clock import FixedClock
    from services.container import Services

    app = Services.open(db, FixedClock(NOW))
    report = app.calendar_server.sync(push=False)
    print(json.dumps({"read": report.read, "blocks": report.busy_blocks,
                      "requests": report.requests}))
    app.close()


def measured(*args: str) -> tuple[dict, float, float]:
    """Run this file with `args` in a process of its own: its answer, seconds, peak MiB."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    seconds = time.perf_counter() - started
    answer, peak = done.stdout.strip().splitlines()[-2:]
    return json.loads(answer), seconds, float(peak)


def main() -> int:
    from services.clock import FixedClock
    from services.container import Services
    from services.demo import install
    from tests.radicale_server import PASSWORD, running_radicale

    shm = Path("/dev/shm")
    with tempfile.TemporaryDirectory(dir=shm if shm.is_dir() else None) as tmp:
        server = running_radicale(Path(tmp) / "radicale")
        os.environ["MENTORDESK_CALDAV_PASSWORD"] = PASSWORD
        try:
            app = Services.open(Path(tmp) / "demo.sqlite3", FixedClock(NOW))
            install(app)
            user = server.fresh_user()
            app.calendar_server.configure(server.url, user, PASSWORD)
            for name in ("first", "second"):
                report = app.calendar_server.sync()
                print(f"{name} sync of the sample data: {report.created} created, "
                      f"{report.requests} requests, {report.writes} writes, "
                      f"{report.seconds:.2f} s")
            app.close()

            user = server.fresh_user()
            first = datetime(2019, 1, 1, tzinfo=UTC)
            server.fill_calendar(user, "Everything", [
                (f"big-{n}", first + timedelta(hours=17.5 * n),
                 first + timedelta(hours=17.5 * n + 1)) for n in range(EVENTS)])
            db = str(Path(tmp) / "big.sqlite3")
            app = Services.open(db, FixedClock(NOW))
            app.calendar_server.configure(server.url, user, PASSWORD, busy=["Everything"])
            app.close()
            fetch_only(server.url, user, PASSWORD)  # the server's item cache, warm for both
            base, base_s, base_mib = measured("fetch", server.url, user, PASSWORD)
            ours, ours_s, ours_mib = measured("pull", db)
        finally:
            server.stop()
    print(f"python-caldav time-range query of {EVENTS} events: {base['read']} read, "
          f"{base_s:.2f} s, peak {base_mib:.0f} MiB")
    print(f"Mentor Desk pull of the same calendar: {ours['read']} read, {ours['blocks']} busy "
          f"blocks, {ours['requests']} request, {ours_s:.2f} s, peak {ours_mib:.0f} MiB")
    print(f"ratio: {ours_s / base_s:.2f} x the time, {ours_mib / base_mib:.2f} x the memory of "
          "the bare query")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1:
        if sys.argv[1] == "fetch":
            print(json.dumps({"read": fetch_only(*sys.argv[2:])}))
        else:
            our_pull(sys.argv[2])
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        sys.exit(0)
    sys.exit(main())
