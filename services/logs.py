"""The log file both faces write to: where it lives, how it rotates, how an unexpected error lands.

It holds what happened and ids, never what mentees wrote nor their addresses: e-mail addresses
are masked in every line written (tracebacks included), and the database leaves row values out
of its error messages (see services.db).
"""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from services.paths import PRIVATE_FILE_MODE, log_dir, private_dir, private_file

LOG_NAME = "mentordesk.log"
# A few files of a few MB: weeks of warnings, never the whole disk.
LOG_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Starts only where a run of address characters starts, and never gives back what it took: a long
# line without an address costs one pass, not one per character.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+")
EMAIL_MASK = "<e-mail>"


class MaskingFormatter(logging.Formatter):
    """Writes each record with every e-mail address in it masked."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        return EMAIL.sub(EMAIL_MASK, line) if "@" in line else line


def log_path() -> Path:
    return log_dir() / LOG_NAME


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Each log file it starts (the first, and the next at every rotation) is the user's alone:
    a failed statement's log names no one, but the log still tells what the mentor did when."""

    def _open(self):  # noqa: ANN202 - logging's own signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE_MODE)
        private_file(Path(self.baseFilename))
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


def file_handler() -> logging.Handler | None:
    """A handler appending to the log file (its folder made first); None if it cannot be."""
    path = log_path()
    try:
        private_dir(path.parent)
        handler = PrivateRotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                             encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(MaskingFormatter(LOG_FORMAT))
    return handler


def log_to_file(level: int = logging.INFO) -> Path | None:
    """Send every record at `level` or above to the log file for the rest of the process."""
    handler = file_handler()
    if handler is None:
        return None
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return Path(handler.baseFilename)


def log_unexpected(exc: BaseException) -> Path | None:
    """Write one unexpected error, traceback and all, to the log file; returns where."""
    handler = file_handler()
    if handler is None:
        return None
    logger = logging.getLogger("mentordesk")
    logger.addHandler(handler)
    try:
        logger.error("unexpected error", exc_info=exc)
    finally:
        handler.close()
        logger.removeHandler(handler)
    return Path(handler.baseFilename)
