"""A real CalDAV server for the tests: Radicale, from PyPI, on 127.0.0.1 and a free port, with
htpasswd authentication and a storage folder of its own; it can be stopped and started again
on the same port and folder (a server that goes away mid-sync and comes back). Each
pytest-xdist worker starts one of its own."""

from __future__ import annotations

import json
import pickle
import secrets
import socket
import subprocess
import sys
import time
from base64 import b64encode
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

PASSWORD = "correct horse battery"
USERS = 100
PORT_TRIES = 5
# Radicale's own configuration API: `_filesystem_fsync` is a private option that a config file
# may not set; without it every cached item is flushed to disk, which only costs time here.
LAUNCHER = """
import sys
from radicale import config, server
configuration = config.load([(sys.argv[1], False)])
configuration.update({"storage": {"_filesystem_fsync": "False"}}, "tests", privileged=True)
server.serve(configuration)
"""


@dataclass
class Radicale:
    folder: Path
    port: int = 0
    process: subprocess.Popen | None = None
    taken: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        """Start the server: on its port again after a stop, else on a free one (another, should
        another program take the one found before the server does)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for _ in range(1 if self.port else PORT_TRIES):
            port = self.port or free_port()
            if self._started_on(port):
                self.port = port
                return
        raise RuntimeError(f"Radicale found no free port: {self._log()}")

    def _started_on(self, port: int) -> bool:
        """Run the server on `port`; False when another program holds the port."""
        # A user of this start's own, whom no other server knows: the server that lets it in
        # is this one, not another that holds the port (another test worker's, say).
        probe = secrets.token_hex(8)
        users = self.folder / "users"
        users.write_text("".join(f"mentor{n}:{PASSWORD}\n" for n in range(1, USERS + 1))
                         + f"probe:{probe}\n")
        config = self.folder / "config"
        config.write_text(
            f"[server]\nhosts = 127.0.0.1:{port}\n"
            f"[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n"
            "htpasswd_encryption = plain\n"
            # The default second of delay after a wrong password, to slow guessing, is for a
            # server on the Internet; the tests need the refusal, not the wait.
            "delay = 0\n"
            f"[storage]\nfilesystem_folder = {self.folder / 'storage'}\n"
            "[logging]\nlevel = warning\n")
        with open(self.folder / "radicale.log", "ab") as log:
            self.process = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(config)],
                                            stdout=subprocess.DEVNULL, stderr=log)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.process = None
                if "Address already in use" in self._log():
                    return False
                raise RuntimeError(f"Radicale did not start: {self._log()}")
            answer = _status(port, "probe", probe)
            if answer == 401:  # another server: this one fails to bind and ends
                self.process.wait(timeout=30)
                continue
            if answer is not None:
                return True
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("Radicale did not listen within 30 seconds")

    def _log(self) -> str:
        return (self.folder / "radicale.log").read_text(errors="replace")[-2000:]

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def fresh_user(self) -> str:
        """A user no other test has touched (an empty calendar home)."""
        user = f"mentor{len(self.taken) + 1}"
        if len(self.taken) >= USERS:
            raise RuntimeError(f"the test server has only {USERS} users")
        self.taken.append(user)
        return user

    def fill_calendar(self, user: str, name: str, events: list[tuple[str, datetime, datetime]]
                      ) -> str:
        """A calendar of `user` holding one event resource per (uid, start, end), written
        straight into the storage folder with Radicale's item cache beside it, so that the
        server does not parse every item at its first query (some 13 ms each here)."""
        from radicale.item import get_etag
        from radicale.storage.multifilesystem.cache import CollectionPartCache

        collection = self.folder / "storage" / "collection-root" / user / name
        cache = collection / ".Radicale.cache" / "item"
        cache.mkdir(parents=True)
        (collection / ".Radicale.props").write_text(json.dumps(
            {"tag": "VCALENDAR", "D:displayname": name}))
        for uid, start, end in events:
            text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tests//Tests//EN\r\n"
                    f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:{start:%Y%m%dT%H%M%SZ}\r\n"
                    f"DTEND:{end:%Y%m%dT%H%M%SZ}\r\nDTSTAMP:20260101T000000Z\r\n"
                    f"SUMMARY:Busy {uid}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            raw = text.encode()
            href = f"{uid}.ics"
            (collection / href).write_bytes(raw)
            with open(cache / href, "wb") as handle:
                pickle.dump((CollectionPartCache._item_cache_hash(raw), uid,  # noqa: SLF001
                             get_etag(text), text, "VCALENDAR", "VEVENT",
                             int(start.timestamp()), int(end.timestamp())), handle)
        return f"{self.url}{user}/{name}/"


def _status(port: int, user: str, password: str) -> int | None:
    """The HTTP status the server on `port` answers `user`'s request for the root with; None
    when nothing answers yet."""
    import http.client

    token = b64encode(f"{user}:{password}".encode()).decode()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        connection.request("PROPFIND", "/", headers={"Authorization": f"Basic {token}",
                                                     "Depth": "0"})
        return connection.getresponse().status
    except OSError:
        return None
    finally:
        connection.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def running_radicale(folder: Path) -> Radicale:
    server = Radicale(folder)
    server.start()
    return server

