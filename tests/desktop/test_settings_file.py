"""Where the window keeps its preferences: the folder platformdirs names, found through Qt."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from desktop.settings import AppSettings, database_named, settings_path
from services.paths import APP_NAME, DB_ENV, default_db_path


def platformdirs_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "mentordesk.ini"


@pytest.mark.parametrize("config_home", ["given", None, "", "relative/config"])
def test_the_settings_file_is_in_the_config_folder_platformdirs_names(
        config_home: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Set to a folder, unset, empty, or relative (which the XDG rules say to ignore)."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if config_home is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME",
                           str(tmp_path / "config") if config_home == "given" else config_home)
    assert settings_path() == platformdirs_file()
    if config_home == "given":
        assert settings_path() == tmp_path / "config" / APP_NAME / "mentordesk.ini"


def test_settings_are_kept_in_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    settings = AppSettings()
    settings.language = "de"
    settings._qs.sync()
    assert "language=de" in (tmp_path / "config" / APP_NAME / "mentordesk.ini").read_text()
    assert AppSettings().language == "de"


@pytest.mark.parametrize("data_home", ["given", None])
def test_the_default_database_is_the_file_platformdirs_names(
        data_home: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the window reads before it paints is the file the services then open."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv(DB_ENV, raising=False)
    if data_home is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert database_named(None) == str(default_db_path())
    assert database_named("elsewhere.sqlite3") == "elsewhere.sqlite3"
    monkeypatch.setenv(DB_ENV, "postgresql://desk@127.0.0.1/desk")
    assert database_named(None) == "postgresql://desk@127.0.0.1/desk"
