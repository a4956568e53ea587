"""The bundle's PyInstaller build, started at most once per test run and awaited by the bundle
tests in whichever process runs them (pytest-xdist's workers, or the one process of a serial
run).

The process that starts it (the serial run's, or xdist's controller, once a worker has
collected the bundle tests) watches it and writes its outcome, under the run's id, to a file
beside the bundle; a waiting test reads that file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "test-bundle"
OUTCOME = BUILD / "outcome.json"
SKIP_ENV = "MENTORDESK_SKIP_BUNDLE"
# The test run's id, set by the process that starts the run before any worker starts (the
# workers inherit it): an outcome written under another id is an earlier run's.
RUN_ENV = "MENTORDESK_TEST_RUN"
WAIT_SECONDS = 900


def new_run() -> None:
    os.environ[RUN_ENV] = uuid.uuid4().hex


class Build:
    """The PyInstaller run, in the process that started it."""

    process: subprocess.Popen[bytes] | None = None

    @classmethod
    def start(cls) -> None:
        if cls.process is not None or os.environ.get(SKIP_ENV):
            return
        BUILD.mkdir(parents=True, exist_ok=True)
        OUTCOME.unlink(missing_ok=True)
        log = tempfile.TemporaryFile()  # noqa: SIM115 - the watcher's, for the build's life
        cls.process = subprocess.Popen(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"),
             str(ROOT / "build.spec")],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        threading.Thread(target=cls._watch, args=(cls.process, log, os.environ[RUN_ENV]),
                         daemon=True).start()

    @staticmethod
    def _watch(process: subprocess.Popen[bytes], log, run: str) -> None:  # noqa: ANN001
        returncode = process.wait()
        log.seek(0)
        outcome = {"run": run, "returncode": returncode,
                   "log": log.read().decode(errors="replace")[-4000:]}
        log.close()
        written = OUTCOME.with_suffix(".tmp")
        written.write_text(json.dumps(outcome))
        written.replace(OUTCOME)  # whole or not at all, for a reader polling it

    @classmethod
    def stop(cls) -> None:
        if cls.process is not None and cls.process.poll() is None:
            cls.process.kill()
            cls.process.wait()


def finished() -> Path:
    """The bundle's folder, once this run's build has finished (it must have succeeded)."""
    run = os.environ[RUN_ENV]
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        try:
            outcome = json.loads(OUTCOME.read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            outcome = {}
        if outcome.get("run") == run:
            break
        assert time.monotonic() < deadline, f"the bundle was not built within {WAIT_SECONDS} s"
        time.sleep(0.5)
    assert outcome["returncode"] == 0, outcome["log"]
    return BUILD / "dist" / "MentorDesk"
