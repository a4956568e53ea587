"""The log file: it rotates, and it never holds what mentees wrote nor their addresses."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import text

from services import logs
from services.demo import SPAM_FORMS, build_export, install
from services.timefmt import parse_instant


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "log" / logs.LOG_NAME
    monkeypatch.setattr(logs, "log_path", lambda: path)
    return path


@pytest.fixture
def logging_to_file(log_file: Path):  # noqa: ANN201
    """The app's set-up: every record at INFO and above goes to the file, for this test only."""
    root = logging.getLogger()
    level, before = root.level, list(root.handlers)
    assert logs.log_to_file(logging.INFO) == log_file
    yield log_file
    for handler in root.handlers[len(before):]:
        handler.close()
        root.removeHandler(handler)
    root.setLevel(level)


def test_the_log_rotates_at_a_few_megabytes_keeping_a_few_files(log_file: Path) -> None:
    handler = logs.file_handler()
    logger = logging.getLogger("mentordesk.rotation-test")
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        line = "x" * 1000
        for _ in range((logs.LOG_BYTES // 1000) * (logs.LOG_BACKUPS + 2)):
            logger.info(line)
    finally:
        logger.removeHandler(handler)
        handler.close()
    kept = sorted(p.name for p in log_file.parent.iterdir())
    assert kept == [logs.LOG_NAME] + [f"{logs.LOG_NAME}.{n}" for n in range(1, logs.LOG_BACKUPS + 1)]
    assert all(p.stat().st_size <= logs.LOG_BYTES for p in log_file.parent.iterdir())
    assert 1 <= logs.LOG_BACKUPS <= 5 and 1 << 20 <= logs.LOG_BYTES <= 10 << 20


def test_addresses_are_masked_in_messages_and_tracebacks(logging_to_file: Path) -> None:
    log = logging.getLogger("mentordesk.test")
    log.info("sent a reminder to sam.lee+mentoring@example.co.uk about s-1")
    try:
        raise ValueError("no mailbox qwerty@10minutemail.com")
    except ValueError:
        log.exception("delivery failed")
    written = logging_to_file.read_text(encoding="utf-8")
    assert "@" not in written.replace(logs.EMAIL_MASK, "")
    assert f"sent a reminder to {logs.EMAIL_MASK} about s-1" in written
    assert f"ValueError: no mailbox {logs.EMAIL_MASK}" in written


def test_a_days_work_leaves_no_form_answer_nor_address_in_the_log(
        services, logging_to_file: Path) -> None:  # noqa: ANN001
    now = parse_instant("2026-03-02T09:00:00Z")
    export = build_export(now)
    install(services)
    invitations = services.sessions.invitations()
    services.sessions.accept(invitations[0].id)
    services.sessions.reject(invitations[1].id, "Your answers are too short to prepare from")
    pending = services.sessions.pending_confirmation()
    services.sessions.confirm(pending[0].id, "held",
                              "approve" if pending[0].type == "intro" else None)
    services.outbox.write(logging_to_file.parent.parent / "outbox.json")
    # An unexpected database error carrying a mentee's words: the message names the statement
    # and leaves the values out.
    answer = next(iter(SPAM_FORMS[0][2].values()))
    with pytest.raises(Exception) as failed, services.engine.begin() as conn:
        conn.execute(text("INSERT INTO no_such_table VALUES (:answer)"), {"answer": answer})
    logs.log_unexpected(failed.value)

    written = logging_to_file.read_text(encoding="utf-8")
    assert "no_such_table" in written
    assert not logs.EMAIL.search(written)
    answers = [a for s in export["sessions"] for a in (s.get("form") or {}).values()
               if len(a) >= 12]
    assert answers and not [a for a in answers if a in written]
    emails = [m["email"] for m in export["mentees"]]
    assert emails and not [e for e in emails if e in written]
