"""Qt's enum properties set by their keys' names.

PySide6 builds the Python class of Qt's namespace (`Qt`, every one of its enums: 15-25 ms here)
the first time Python code touches it. The window's frame paints before that: where it sets a
text format, an alignment or a scroll bar policy, it names the key, and Qt's property system
reads the name (`QMetaProperty::write`, as it reads a Designer .ui file).
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_by_name(target: QObject, **keys: str) -> None:
    """Set each named property of `target` to the enum key, or flags keys joined by '|', given
    by name: `set_by_name(label, alignment="AlignHCenter")`."""
    for name, key in keys.items():
        if not target.setProperty(name, key):
            raise ValueError(f"{type(target).__name__} has no {name} {key!r}")
