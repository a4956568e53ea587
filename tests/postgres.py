"""A real PostgreSQL server for the tests: Debian's `postgresql` package (the one a team's server
runs, installed by tasks.py like the Qt libraries), `initdb` into a temporary folder, listening
on 127.0.0.1 and a free port only, its socket in that folder, stopped at the end of the run.
Each pytest-xdist worker starts one of its own.

The server refuses to run as root, and the tests may run as root (CI does): then it runs as the
`postgres` system user the package creates, in a folder that user owns.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.radicale_server import free_port

SCHEME = "postgresql+psycopg"
ADMIN = "postgres"
# Settings for a throw-away server: durability is worth nothing here, speed is.
SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
            "max_connections": "300", "shared_buffers": "32MB", "log_min_messages": "warning",
            "log_statement": "none", "autovacuum": "off"}
START_SECONDS = 60
PORT_TRIES = 5


def server_binaries() -> Path:
    """The folder holding `initdb` and `postgres`: the newest version Debian installed, or the
    one on PATH."""
    versions = sorted((p for p in Path("/usr/lib/postgresql").glob("*/bin")
                       if (p / "initdb").exists()),
                      key=lambda p: int(re.sub(r"\D", "", p.parent.name) or 0))
    if versions:
        return versions[-1]
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise RuntimeError("PostgreSQL is not installed: `apt-get install postgresql` "
                       "(python3 tasks.py test does it)")


@dataclass
class Postgres:
    folder: Path
    port: int
    process: subprocess.Popen | None
    version: int = 15

    @property
    def admin_url(self) -> str:
        return self.url(ADMIN)

    def url(self, database: str) -> str:
        return f"{SCHEME}://{ADMIN}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database `name` (a copy of `template`, which nobody may be connected to);
        returns its URL."""
        like = f' TEMPLATE "{template}"' if template else ""
        if template and self.version >= 15:
            # A copy of the template's files: for a small database some times faster than
            # the default, which writes every page to the log.
            like += " STRATEGY FILE_COPY"
        self.execute(f'CREATE DATABASE "{name}"{like}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def execute(self, statement: str) -> None:
        """One statement as the administrator, outside a transaction (as CREATE DATABASE
        needs)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=ADMIN, dbname=ADMIN,
                             autocommit=True) as conn:
            conn.execute(statement)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(2)  # SIGINT: a fast shutdown, every client let go
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def running_postgres(folder: Path) -> Postgres:
    """A new server with its data in `folder` (made, and left to the caller to remove)."""
    binaries = server_binaries()
    folder.mkdir(parents=True, exist_ok=True)
    as_user: dict[str, object] = {}
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        shutil.chown(folder, owner.pw_uid, owner.pw_gid)
        os.chmod(folder, 0o700)
        as_user = {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": []}
    data = folder / "data"
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", TZ="UTC")
    made = subprocess.run(
        [str(binaries / "initdb"), "-D", str(data), "-U", ADMIN, "--auth=trust", "-E", "UTF8",
         "--locale=C.UTF-8", "--no-sync"],
        capture_output=True, text=True, env=env, cwd=folder, **as_user)  # type: ignore[arg-type]
    if made.returncode != 0:
        raise RuntimeError(f"initdb failed: {made.stderr[-2000:]}")
    options = [f"-c{name}={value}" for name, value in SETTINGS.items()]
    for _ in range(PORT_TRIES):
        port = free_port()
        with open(folder / "postgres.log", "ab") as log:
            process = subprocess.Popen(
                [str(binaries / "postgres"), "-D", str(data), "-p", str(port), "-h",
                 "127.0.0.1", "-k", str(folder), *options],
                stdout=subprocess.DEVNULL, stderr=log, env=env, cwd=folder,
                **as_user)  # type: ignore[arg-type]
        server = Postgres(folder, port, process, int(binaries.parent.name.split(".")[0]))
        if _accepts_connections(server):
            return server
    raise RuntimeError(f"PostgreSQL found no free port in {PORT_TRIES} tries: "
                       + (folder / "postgres.log").read_text()[-2000:])


def _accepts_connections(server: Postgres) -> bool:
    """Wait until `server` accepts connections; False when another program (another test
    worker's server, say) took its port between the look for a free one and the start.

    Asked through the socket in the server's own folder, so that no other server on that port
    can answer; the server makes that socket only once it holds its TCP port."""
    import psycopg

    deadline = time.monotonic() + START_SECONDS
    log = server.folder / "postgres.log"
    while True:
        if server.process.poll() is not None:
            if "Address already in use" in log.read_text(errors="replace"):
                return False
            raise RuntimeError("PostgreSQL did not start: " + log.read_text()[-2000:])
        try:
            psycopg.connect(host=str(server.folder), port=server.port, user=ADMIN,
                            dbname=ADMIN, connect_timeout=2).close()
            return True
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                server.stop()
                raise RuntimeError("PostgreSQL did not accept connections within "
                                   f"{START_SECONDS} seconds") from None
            time.sleep(0.05)


@dataclass
class Templated:
    """New databases on `server`, each an empty copy of `template`, which holds the newest
    schema: what opening a new database would give, made once."""

    server: Postgres
    template: str
    count: int = 0

    @classmethod
    def made(cls, server: Postgres, template: str = "mentordesk_template") -> Templated:
        from services.container import Services

        Services.open(server.create_database(template)).close()
        return cls(server, template)

    def new_database(self, copy_of: str | None = None, empty: bool = False) -> str:
        """An empty database with the schema, a copy of the one at `copy_of` (a URL), or with
        `empty` one without any table."""
        self.count += 1
        template = copy_of.rsplit("/", 1)[1] if copy_of else None if empty else self.template
        return self.server.create_database(f"desk_{self.count}", template)

    def drop(self, url: str) -> None:
        self.server.drop_database(url.rsplit("/", 1)[1])
