"""The app's event loop may end without its window being closed (the session ends, `exit` is
called): work still running in the background ends first, and then the database is closed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The window is filled in, a job starts in the background, and the event loop ends at once.
CODE = """
import sys, time
from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
import desktop.app
from desktop.views.main_window import MainWindow
from desktop.workers import Worker
from services.container import Services

closed = Services.close
def close(services):
    print('database closed', flush=True)
    closed(services)
Services.close = close

def job(_progress):
    time.sleep(0.5)
    print('background job done', flush=True)

show = MainWindow.show
def shown(window):
    def ready():
        QThreadPool.globalInstance().start(Worker(job))
        QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
    window.ready.connect(ready)
    show(window)
MainWindow.show = shown
print('exit code', desktop.app.run(db=sys.argv[1]), flush=True)
"""


def test_background_work_ends_before_the_database_is_closed(tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home,
               XDG_STATE_HOME=home, XDG_DATA_HOME=home, XDG_CACHE_HOME=home,
               TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", CODE, str(tmp_path / "desk.sqlite3")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["background job done", "database closed",
                                        "exit code 0"], done.stdout
    assert "Error calling Python override" not in done.stderr
