"""How commands print: JSON arrays for scripts, aligned tables and sentences for people.

Everything a command prints for people passes through here. `execute` runs each command with
its stdout and stderr behind `HumanStream`, so no control character in any printed text (an
ESC sequence, a CR, any other C0 or C1 control) reaches the terminal: each is shown as a visible
picture instead. A value from the data (a name, a reason, a calendar or file name) goes into a
sentence through `shown()`, which also makes a line feed inside it visible and isolates
right-to-left text; `table()` does that for every cell. JSON is written exactly as it is.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

from services.plaintext import CONTROLS_BUT_NEWLINE, one_line, width
from services.timefmt import plural


def shown(value: object) -> str:
    """A value from the data as one line of text among ours (see services.plaintext)."""
    return one_line(value)


class HumanStream:
    """A text stream for people: writes pass on with every control character but the line
    feed replaced; `exact` is the stream underneath (for JSON)."""

    def __init__(self, exact: TextIO) -> None:
        self.exact = exact

    def write(self, text: str) -> int:
        if not text.isprintable() and text != "\n":
            text = text.translate(CONTROLS_BUT_NEWLINE)
        return self.exact.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.exact, name)


@contextmanager
def for_people() -> Iterator[None]:
    """stdout and stderr behind `HumanStream` while a command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = HumanStream(out), HumanStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        # A command may have swapped a stream itself (e.g. for a closed pipe): leave that one.
        if isinstance(sys.stdout, HumanStream):
            sys.stdout = out
        if isinstance(sys.stderr, HumanStream):
            sys.stderr = err


def emit_json(items: list[dict[str, Any]]) -> None:
    stream = sys.stdout.exact if isinstance(sys.stdout, HumanStream) else sys.stdout
    json.dump(items, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def table(rows: list[Sequence[object]], headers: Sequence[str], empty: str) -> None:
    if not rows:
        print(empty)
        return
    cells = [[shown(value) for value in row] for row in rows]
    widths = [max(width(h), *(width(r[i]) for r in cells)) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()

    print(line(headers))
    for row in cells:
        print(line(row))


__all__ = ["emit_json", "plural", "shown", "table"]
