"""Shared fixtures. Qt is told to draw offscreen before any QApplication can exist."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from services.clock import FixedClock  # noqa: E402
from services.container import Services  # noqa: E402
from services.timefmt import parse_instant  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXCHANGE = SHARED / "exchange"
ICS_SAMPLES = SHARED / "ics-samples"


class MovableClock:
    """A clock the test can set and advance."""

    def __init__(self, instant: datetime) -> None:
        self.instant = instant

    def now(self) -> datetime:
        return self.instant

    def set(self, text_or_instant: str | datetime) -> None:
        self.instant = (parse_instant(text_or_instant) if isinstance(text_or_instant, str)
                        else text_or_instant)


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(parse_instant("2026-03-02T09:00:00Z"))


# The engines a desk's database may live on. Services and command-line tests run on each (the
# `engine` fixture); a test module about what only a file has (backups, modes, a damaged file,
# restore, WAL) pins it to SQLite by defining its own `engine` fixture, as tests/desktop does
# for the window (which sees the services through the same calls on either engine).
ENGINES = ("sqlite", "postgresql")


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def databases(engine: str, tmp_path: Path, request: pytest.FixtureRequest):  # noqa: ANN201
    """`databases(name)`: where the test's database `name` lives, as `--db` takes it (the same
    for the same name): a file in tmp_path, or a new database on the test server, an empty
    copy of one that was given the schema once for the run."""
    made: dict[str, str] = {}
    server = request.getfixturevalue("postgres_template") if engine == "postgresql" else None

    def database(name: str = "desk", copy_of: str | None = None, empty: bool = False) -> str:
        """With `copy_of` (a database this fixture made, perhaps in another test), a copy;
        `empty`, one without even the schema (for the migrations)."""
        if name not in made:
            if server is None:
                made[name] = str(tmp_path / f"{name}.sqlite3")
                if copy_of:
                    import shutil

                    shutil.copy(copy_of, made[name])
            else:
                made[name] = server.new_database(copy_of, empty)
        return made[name]

    yield database
    if server is not None:
        for url in made.values():
            server.drop(url)


@pytest.fixture
def db_url(databases) -> str:  # noqa: ANN001
    """The test's database: a file path or a server URL, as `--db` and Services.open take it."""
    return databases("desk")


@pytest.fixture
def services(databases, clock: MovableClock) -> Services:  # noqa: ANN001
    app = Services.open(databases("desk"), clock)
    yield app
    app.close()


@pytest.fixture
def fixed(databases) -> Services:  # noqa: ANN001
    app = Services.open(databases("fixed"), FixedClock(parse_instant("2026-03-02T09:00:00Z")))
    yield app
    app.close()


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """One real CalDAV server (Radicale) for the whole run; each test takes a user of its own."""
    import shutil
    import tempfile

    from tests.radicale_server import running_radicale

    # In memory where the system offers it: creating a file on this disk costs some 2 ms, and
    # the server's storage is a file per event.
    shm = Path("/dev/shm")
    folder = Path(tempfile.mkdtemp(prefix="mentordesk-radicale-", dir=shm)) if (
        shm.is_dir() and os.access(shm, os.W_OK)) else tmp_path_factory.mktemp("radicale")
    server = running_radicale(folder)
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres():  # noqa: ANN201
    """One real PostgreSQL server for the whole run (tests/postgres.py); each test that uses it
    makes a database of its own."""
    import shutil
    import tempfile

    from tests.postgres import running_postgres

    # Not under pytest's own folder: that one is private to the user running the tests, and
    # the server may run as another (postgres, when the tests run as root).
    folder = Path(tempfile.mkdtemp(prefix="mentordesk-postgres-"))
    server = running_postgres(folder)
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_template(postgres):  # noqa: ANN001, ANN201
    """The server with a database that has the newest schema and nothing else: each test's
    database is a copy of it (some 30 ms), not a database opened and given the schema anew."""
    from tests.postgres import Templated

    return Templated.made(postgres)


@pytest.fixture
def radicale_up(radicale):  # noqa: ANN001, ANN201
    """The server, running (a test that stopped it midway gets it started again after)."""
    if radicale.process is None:
        radicale.start()
    yield radicale
    if radicale.process is None:
        radicale.start()


@pytest.fixture
def memory_keyring():  # noqa: ANN201
    """A system keyring for the test (the machine has none): what `keyring` stores goes here."""
    import keyring

    from tests.memory_keyring import MemoryKeyring

    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():  # noqa: ANN201
    """No system keyring at all, as on a server or a bare desktop."""
    import keyring
    from keyring.backends.fail import Keyring

    before = keyring.get_keyring()
    keyring.set_keyring(Keyring())
    yield
    keyring.set_keyring(before)
