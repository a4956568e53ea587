"""Reading and writing the files the services exchange: JSON checked against its schema, and
any file replaced atomically."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from services.errors import InvalidInput, NotFound, Problem

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # mkstemp makes the file private (0600); a replaced file keeps the access it had.
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@lru_cache(maxsize=4)
def load_schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


def json_path(parts: Any) -> str:
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def read_json(path: Path) -> Any:
    """Parse `path`; a missing file is NotFound, anything unreadable InvalidInput."""
    if not path.is_file():
        raise NotFound("file", path)
    try:
        raw = path.read_bytes()
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InvalidInput(path.name, [Problem("$", f"not UTF-8 text ({exc.reason})")]) from exc
    except json.JSONDecodeError as exc:
        raise InvalidInput(path.name, [Problem(
            "$", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")]) from exc
    except OSError as exc:
        raise InvalidInput(path.name, [Problem("$", f"cannot be read: {exc.strerror}")]) from exc


def schema_problems(document: Any, schema_name: str) -> list[Problem]:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(load_schema(schema_name))
    problems = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path))):
        record_id = _record_id(document, list(error.absolute_path))
        problems.append(Problem(json_path(error.absolute_path), error.message, record_id))
    return problems


def _record_id(document: Any, path: list[Any]) -> str | None:
    node = document
    found = None
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            found = node["id"]
    return found
