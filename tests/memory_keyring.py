"""A keyring backend kept in memory, or in the JSON file MENTORDESK_TEST_KEYRING names (so that
command-line runs in a test share it): the stand-in for the desktop's keyring, which a test
machine has none of. Chosen with PYTHON_KEYRING_BACKEND=tests.memory_keyring.MemoryKeyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "MENTORDESK_TEST_KEYRING"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[str, str] = {}

    def _load(self) -> dict[str, str]:
        path = os.environ.get(FILE_ENV)
        if path and Path(path).exists():
            return json.loads(Path(path).read_text())
        return self.secrets

    def _save(self, secrets: dict[str, str]) -> None:
        self.secrets = secrets
        path = os.environ.get(FILE_ENV)
        if path:
            Path(path).write_text(json.dumps(secrets))

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x1f{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._load()
        secrets[f"{service}\x1f{username}"] = password
        self._save(secrets)

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._load()
        if secrets.pop(f"{service}\x1f{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(secrets)
