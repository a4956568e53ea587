"""Shared fixtures. Qt is told to draw offscreen before any QApplication can exist."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The system's temporary folder, before each test process takes one of its own (own_folders).
SYSTEM_TEMP = tempfile.gettempdir()

from services.clock import FixedClock  # noqa: E402
from services.container import Services  # noqa: E402
from services.timefmt import parse_instant  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXCHANGE = SHARED / "exchange"
ICS_SAMPLES = SHARED / "ics-samples"


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):  # the run's own process, not a pytest-xdist worker
        from tests.bundle.build import new_run

        new_run()


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node, ids: list[str]) -> None:  # noqa: ANN001
    """Under pytest-xdist, the controller starts the bundle's build once, as soon as a worker has
    collected the bundle tests (tests/bundle/build.py)."""
    if any(nodeid.startswith("tests/bundle/") for nodeid in ids):
        from tests.bundle.build import Build

        Build.start()


def pytest_sessionfinish() -> None:
    from tests.bundle.build import Build

    Build.stop()  # a build the run started and no longer waits for (the run was cut short)


@pytest.fixture(scope="session", autouse=True)
def own_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """This test process's temporary folder and the user's folders (settings, log, data),
    removed at the end: what the tests and the programs they start leave there (the local
    sockets of the windows, a killed window's too, a log) neither meets another process running
    tests (a pytest-xdist worker, another checkout's run) nor outlives the run. Short, so that a
    socket's path in it stays under the 107 bytes a Unix socket's path may have."""
    tmp_path_factory.getbasetemp()  # pytest's own folders stay where they were, kept after
    folder = Path(tempfile.mkdtemp(prefix="mentordesk-tests-"))
    patch = pytest.MonkeyPatch()
    patch.setenv("TMPDIR", str(folder))
    patch.setattr(tempfile, "tempdir", str(folder))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        patch.setenv(name, str(folder / "user" / name.split("_")[1].lower()))
    yield folder
    patch.undo()
    shutil.rmtree(folder, ignore_errors=True)


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
    from tests.postgres import running_postgres

    # Not under pytest's own folder nor this process's (own_folders): those are private to the
    # user running the tests, and the server may run as another (postgres, when the tests run
    # as root).
    folder = Path(tempfile.mkdtemp(prefix="mentordesk-postgres-", dir=SYSTEM_TEMP))
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
