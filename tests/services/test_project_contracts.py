"""Checked contracts of the code base: layering, the schema head, the Qt pin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_import_contract_holds() -> None:
    """Qt-free services, a core below its command line, views above models, no SQL in the
    desktop: every contract in pyproject.toml is kept (and no cache is left in the tree)."""
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"]
    result = subprocess.run([str(Path(sys.executable).with_name("lint-imports")),
                             str(ROOT / "pyproject.toml"), "--no-cache"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(contracts)} kept, 0 broken." in result.stdout
    assert len(contracts) >= 4
    assert not (ROOT / ".import_linter_cache").exists()


def test_schema_head_constant_matches_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    from services.db import SCHEMA_HEAD, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_migrations_build_the_schema_the_models_describe(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from services import search_index
    from services.db import make_engine, upgrade
    from services.models import Base

    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={
            "include_name": search_index.include_name}), Base.metadata)
    assert diff == []


def test_command_line_imports_neither_qt_nor_what_it_does_not_need(tmp_path: Path) -> None:
    db = str(tmp_path / "q.sqlite3")
    code = ("import sys; from desktop.__main__ import main; "
            f"rc = main(['--db', {db!r}, 'upcoming', '--json']); "
            "assert rc == 0, rc; "
            "print(' '.join(sorted(sys.modules)))")
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert "PySide6" not in first.stdout and "shiboken6" not in first.stdout
    # Once the schema is current, start-up needs neither Alembic nor the calendar libraries,
    # nor, on SQLite, PostgreSQL's dialect (~150 ms).
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    loaded = second.stdout.split()
    assert "sqlalchemy.dialects.sqlite" in loaded
    for heavy in ("PySide6", "shiboken6", "alembic", "icalendar", "jsonschema",
                  "disposable_email_domains", "sqlalchemy.dialects.postgresql"):
        assert not [m for m in loaded if m == heavy or m.startswith(heavy + ".")], heavy


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["export-ics", "--help"]])
def test_version_and_help_load_neither_qt_nor_the_database_layer(argv: list[str]) -> None:
    code = ("import sys; from desktop.__main__ import main\n"
            f"try: main({argv!r})\n"
            "except SystemExit as exit: assert exit.code == 0, exit.code\n"
            "print(sorted({m.split('.')[0] for m in sys.modules}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "mentordesk" in done.stdout.lower() or "0." in done.stdout
    for heavy in ("PySide6", "shiboken6", "sqlalchemy", "alembic", "icalendar"):
        assert f"'{heavy}'" not in done.stdout, heavy


def test_one_version_and_an_spdx_licence_from_one_place() -> None:
    """pyproject reads the version from services/about.py; the installed metadata carries it,
    and the licence as an SPDX expression with its file."""
    import tomllib
    from importlib.metadata import metadata

    from services.about import LICENSE, VERSION

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "services.about.VERSION"}
    assert project["project"]["license"] == LICENSE == "MIT"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    installed = metadata("mentordesk")
    assert installed["Version"] == VERSION
    assert installed["License-Expression"] == LICENSE
