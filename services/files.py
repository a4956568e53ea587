"""Reading and writing the files the services exchange: JSON checked against its schema, and
any file replaced atomically."""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from services.errors import FileUnusable, InvalidInput, NotFound, Problem

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
# A problem's message quotes the value; a value of megabytes is cut to this many characters.
MESSAGE_CHARS = 300
# Problems listed at most for one cause, so that a file broken everywhere still reads.
MAX_PROBLEMS = 100
SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
SURROGATE = re.compile("[\ud800-\udfff]")


def writable_target(path: Path) -> Path:
    """Refuse, in one sentence naming it (FileUnusable), a path the mentor named for writing
    that cannot be written: a folder, or a file in a folder that is missing or not writable."""
    folder = path.parent
    if path.is_dir():
        problem = "it is a folder; give a file name"
    elif not folder.exists():
        problem = f"the folder {folder} does not exist"
    elif not folder.is_dir():
        problem = f"{folder} is a file, not a folder"
    elif not os.access(folder, os.W_OK | os.X_OK):
        problem = f"the folder {folder} is not writable"
    else:
        return path
    raise FileUnusable(f"cannot write {path}: {problem}; nothing was written", path)


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    writable_target(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise FileUnusable(f"cannot write {path}: {exc.strerror or exc}; nothing was written",
                           path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # mkstemp makes the file private (0600); a replaced file keeps the access it had.
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise FileUnusable(f"cannot write {path}: {exc.strerror or exc}; nothing was written",
                           path) from None
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
    except OSError as exc:
        raise InvalidInput(path.name, [Problem("$", f"cannot be read: {exc.strerror}")]) from exc
    return parse_json(raw, path.name)


def parse_json(raw: bytes, source: str) -> Any:
    """JSON from UTF-8 bytes (a byte order mark allowed), refused whole as InvalidInput when it
    is not JSON, nests deeper than Python can follow, holds a number too long to convert, or
    holds text that is not Unicode (an unpaired surrogate escape such as \\ud800)."""
    def refused(message: str) -> InvalidInput:
        return InvalidInput(source, [Problem("$", message)])

    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise refused(f"not UTF-8 text ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise refused(f"not valid JSON: {exc.msg} at line {exc.lineno}, "
                      f"column {exc.colno}") from exc
    except RecursionError as exc:
        raise refused("nested too deeply to be read") from exc
    except ValueError as exc:  # Python reads integers of at most a few thousand digits
        raise refused("not valid JSON: it holds a number with more digits than can be "
                      "read") from exc
    # Raw UTF-8 cannot carry a surrogate, only an escape can: look closer only when one is there.
    if SURROGATE_ESCAPE.search(raw):
        problems = [Problem(json_path(where), "not Unicode text: it holds an unpaired surrogate "
                            "(a broken escape such as \\ud800)") for where in _surrogates(document)]
        if problems:
            raise InvalidInput(source, problems[:MAX_PROBLEMS])
    return document


def valid_quickly(document: Any, schema_name: str) -> bool:
    """Whether `document` certainly matches the schema, by a compiled validator (fast).

    False means "not certainly": jsonschema then says what is wrong, in its precise words (and
    has the last word: a value only the compiled one refuses passes).
    """
    try:
        return _compiled(schema_name).is_valid(document)
    except Exception:  # noqa: BLE001 - anything it cannot take, jsonschema judges instead
        return False


@lru_cache(maxsize=4)
def _compiled(schema_name: str) -> Any:
    import jsonschema_rs

    return jsonschema_rs.validator_for(load_schema(schema_name), validate_formats=False)


def schema_problems(document: Any, schema_name: str) -> list[Problem]:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(load_schema(schema_name))
    problems = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path))):
        record_id = _record_id(document, list(error.absolute_path))
        problems.append(Problem(json_path(error.absolute_path), short(error.message), record_id))
    return problems


def short(message: str, limit: int = MESSAGE_CHARS) -> str:
    """A message cut in the middle when a value quoted in it would make it a wall of text."""
    if len(message) <= limit:
        return message
    half = limit // 2
    return f"{message[:half]}…{message[-half:]} (cut from {len(message)} characters)"


def _surrogates(document: Any) -> list[list[Any]]:
    """JSON paths of every key or string holding an unpaired surrogate, without recursion."""
    found: list[list[Any]] = []
    stack: list[tuple[Any, list[Any]]] = [(document, [])]
    while stack:
        node, where = stack.pop()
        if isinstance(node, str):
            if SURROGATE.search(node):
                found.append(where)
        elif isinstance(node, dict):
            for key, value in node.items():
                if SURROGATE.search(key):
                    found.append(where)
                stack.append((value, [*where, key]))
        elif isinstance(node, list):
            stack.extend((value, [*where, i]) for i, value in enumerate(node))
    return sorted(found, key=lambda w: list(map(str, w)))


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
