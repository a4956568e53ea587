"""How commands print: JSON arrays for scripts, aligned tables and sentences for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any


def emit_json(items: list[dict[str, Any]]) -> None:
    json.dump(items, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def table(rows: list[Sequence[str]], headers: Sequence[str], empty: str) -> None:
    if not rows:
        print(empty)
        return
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*headers).rstrip())
    for row in rows:
        print(line.format(*row).rstrip())


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """'1 action', '2 actions' (or the plural given)."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"
