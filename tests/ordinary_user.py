"""Run a command as an ordinary user would, even when the tests run as root.

Root writes into any folder whatever its mode, so "a folder you cannot write to" only exists for
other users. As root, the child drops the capabilities that override file permissions
(CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) from its bounding set before it starts: the program it
runs then meets permissions exactly as an ordinary user's program does.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
from collections.abc import Callable
from typing import Any

PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE = 1
CAP_DAC_READ_SEARCH = 2


def _drop_overrides() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) refused")


def preexec() -> Callable[[], None] | None:
    is_root = os.name != "nt" and os.geteuid() == 0
    return _drop_overrides if is_root else None


def run(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, preexec_fn=preexec(), capture_output=True, text=True,
                          timeout=120, **kwargs)
