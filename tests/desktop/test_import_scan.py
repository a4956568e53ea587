"""PySide6's look into each imported module for the word "PySide6", answered from the file's
bytes (desktop/import_scan.py), agrees with PySide6's own answer."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

import desktop.app  # noqa: F401 - the app as it starts: the quick look in place


def test_the_quick_look_agrees_with_pyside6s_own_for_every_loaded_module() -> None:
    quick = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    own = quick.pyside_check
    modules = [m for m in list(sys.modules.values())
               if str(getattr(m, "__file__", None)).endswith(".py")]
    assert len(modules) > 300
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: own(m) for m in modules}
    # Both answers occur: ours mention PySide6, the standard library's do not.
    assert answers["desktop.views.main_window"] is True and answers["logging"] is False
    assert answers["services.paths"] is False


@pytest.mark.parametrize("source", [None, "missing", "import PySide6\n", "import json\n",
                                    b"# -*- coding: latin-1 -*-\nname = '\xe9'  # PySide6\n"])
def test_a_module_of_any_kind_gets_pyside6s_own_answer(source, tmp_path) -> None:  # noqa: ANN001
    """No file, a file gone, a file that names PySide6 or not, one in another encoding."""
    quick = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    module = ModuleType("made_for_the_test")
    if source is not None:
        module.__file__ = str(tmp_path / "made_for_the_test.py")
        if source != "missing":
            path = Path(module.__file__)
            path.write_bytes(source) if isinstance(source, bytes) else path.write_text(source)
    assert quick(module) == quick.pyside_check(module)
    assert quick(module) is (source not in (None, "missing", "import json\n"))
