"""Imported first by the app (desktop/app.py): loads PySide6 and makes its look into every
module imported after it quick.

PySide6 looks into each module imported after it for the word "PySide6", to know where its
opt-in `from __feature__ import ...` switches may apply (PYSIDE-2029). It reads each through
`inspect.getsource`, which also matches every loaded module to its file: 8-12 ms before the
window's first paint, for the ~40 modules imported after Qt. Here the same question is answered
from the source file's bytes. Modules without a source file are left to PySide6's own check,
and so is everything where PySide6 has no such check."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401 - puts in the import hook and the check it calls


def read_sources_directly() -> None:
    """Answer PySide6's question from the source file's bytes (once per process; a no-op where
    PySide6 asks otherwise)."""
    feature = sys.modules.get("shibokensupport.feature")
    own_check = getattr(feature, "_mod_uses_pyside", None)
    if own_check is None or hasattr(own_check, "pyside_check"):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return own_check(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return own_check(module)

    uses_pyside.pyside_check = own_check  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


read_sources_directly()
