"""Two desks deciding at the same instant, on any database URL: the races every engine must win.

Two long-lived worker processes each open the database once; for every trial both wait at a
barrier and then take their decision at once. Each race prepares its own database (`prepare`),
names what each desk does in a trial (`moves`), and says what a correct end state is (`check`).

    python -m tests.concurrency.races [--url URL] [--trials N] [KIND ...]

prints the figures (trials, wins, refusals, double bookings) for docs/reliability.md.
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from services.clock import FixedClock
from services.container import Services
from services.errors import DomainError
from services.models import Action, Bundle, Session
from services.timefmt import parse_instant
from tests.services.builders import BERLIN, bundle, export, intro, mentee

NOW = parse_instant("2026-03-02T09:00:00Z")
KINDS = ("overlap", "accept_reject", "last_bundle_session", "intro_limit")
BARRIER_TIMEOUT = 60


def _slot(first: str, k: int, minutes: int) -> datetime:
    return parse_instant(first) + timedelta(minutes=k * minutes)


# -- what each race starts from ------------------------------------------------------------------

def _overlap_export(trials: int) -> dict[str, Any]:
    """Pairs of intro requests pa-K / pb-K by two mentees, the second 10 minutes into the first."""
    people, sessions = [], []
    for k in range(trials):
        start = _slot("2026-03-05T08:00:00Z", k, 30)
        people += [mentee(f"a-{k}"), mentee(f"b-{k}")]
        sessions += [intro(f"pa-{k}", f"a-{k}", start),
                     intro(f"pb-{k}", f"b-{k}", start + timedelta(minutes=10))]
    return export(BERLIN, mentees=people, sessions=sessions)


def _accept_reject_export(trials: int) -> dict[str, Any]:
    return export(BERLIN, mentees=[mentee(f"c-{k}") for k in range(trials)],
                  sessions=[intro(f"r-{k}", f"c-{k}", _slot("2026-03-05T08:00:00Z", k, 30))
                            for k in range(trials)])


def _bundle_export(trials: int) -> dict[str, Any]:
    """Mentees whose bundle has one session left of four."""
    return export(BERLIN, mentees=[mentee(f"d-{k}") for k in range(trials)],
                  bundles=[bundle(f"bd-{k}", f"d-{k}", total=4, used=3) for k in range(trials)])


def _limit_export(trials: int) -> dict[str, Any]:
    """Mentees who already had two of their three intros this month."""
    held = [intro(f"h{n}-{k}", f"e-{k}", f"2026-03-01T{9 + n}:00:00Z", "completed")
            for k in range(trials) for n in (1, 2)]
    return export(BERLIN, mentees=[mentee(f"e-{k}") for k in range(trials)], sessions=held)


def prepare(kind: str, url: str, trials: int) -> None:
    """A new database at `url` holding what `trials` races of `kind` start from."""
    documents = {"overlap": _overlap_export, "accept_reject": _accept_reject_export,
                 "last_bundle_session": _bundle_export, "intro_limit": _limit_export}
    app = Services.open(url, FixedClock(NOW))
    try:
        app.importer.import_document(documents[kind](trials), f"{kind}.json")
        wanted = {"last_bundle_session": "paid", "intro_limit": "intro"}.get(kind)
        if wanted:
            for weekday in range(7):
                app.availability.add_window(wanted, weekday, 0, 24 * 60)
    finally:
        app.close()


# -- what each desk does in trial k ------------------------------------------------------------

def _move(app: Services, kind: str, desk: int, k: int) -> Any:
    if kind == "overlap":
        return app.sessions.accept(f"{'pa' if desk == 0 else 'pb'}-{k}")
    if kind == "accept_reject":
        if desk == 0:
            return app.sessions.accept(f"r-{k}")
        return app.sessions.reject(f"r-{k}", "I cannot make it that week")
    if kind == "last_bundle_session":
        start = _slot("2026-03-03T08:00:00Z", 2 * k + desk, 60)
        return app.sessions.book_paid(f"d-{k}", start)
    start = _slot("2026-03-04T10:00:00Z", 2 * k + desk, 30)
    return app.sessions.request_intro(f"e-{k}", start)


def _attempt(act: Callable[[], Any]) -> str:
    try:
        act()
    except DomainError as exc:
        return exc.code
    except Exception as exc:  # noqa: BLE001 - what a user would have seen as exit 1
        return f"unexpected {exc.__class__.__name__}: {str(exc).splitlines()[0][:200]}"
    return "ok"


def _desk(desk: int, jobs: Any, results: Any, barrier: Any) -> None:
    """A worker process: one long-lived Services per database, one move per trial."""
    opened: dict[str, Services] = {}
    try:
        while (job := jobs.get()) is not None:
            url, kind, trials = job
            app = opened.get(url) or opened.setdefault(url, Services.open(url, FixedClock(NOW)))
            outcomes = []
            for k in range(trials):
                barrier.wait(BARRIER_TIMEOUT)
                outcomes.append(_attempt(lambda k=k: _move(app, kind, desk, k)))
            results.put((desk, outcomes))
    finally:
        for app in opened.values():
            app.close()


class Desks:
    """Two worker processes, started once and kept for every race."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._barrier = context.Barrier(2)
        self._results = context.Queue()
        self._jobs = [context.Queue(), context.Queue()]
        self._processes = [
            context.Process(target=_desk, args=(i, self._jobs[i], self._results, self._barrier),
                            daemon=True)
            for i in range(2)]
        for process in self._processes:
            process.start()

    def race(self, kind: str, url: str, trials: int) -> list[tuple[str, str]]:
        """Run `trials` races of `kind` on the prepared `url`: each trial's two outcomes."""
        for queue in self._jobs:
            queue.put((url, kind, trials))
        got = dict(self._results.get(timeout=BARRIER_TIMEOUT + trials) for _ in range(2))
        return list(zip(got[0], got[1], strict=True))

    def close(self) -> None:
        for queue in self._jobs:
            queue.put(None)
        for process in self._processes:
            process.join(10)
            if process.is_alive():
                process.kill()


# -- what a correct end state is -----------------------------------------------------------------

@dataclass
class Figures:
    kind: str
    trials: int
    wins: int = 0
    refusals: Counter[str] = field(default_factory=Counter)
    double_bookings: int = 0
    contradictions: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        refused = ", ".join(f"{n} {code}" for code, n in sorted(self.refusals.items())) or "none"
        return (f"{self.kind}: {self.trials} trials, {self.wins} wins, refusals: {refused}; "
                f"{self.double_bookings} double bookings, {len(self.contradictions)} "
                f"contradictions ({self.seconds:.1f} s)")


# The refusal the losing desk must get in each race.
LOSER = {"overlap": "double_booking", "accept_reject": "invalid_transition",
         "last_bundle_session": "no_active_bundle", "intro_limit": "intro_monthly_limit"}


def check(kind: str, url: str, outcomes: list[tuple[str, str]]) -> Figures:
    figures = Figures(kind, len(outcomes))
    for k, pair in enumerate(outcomes):
        figures.wins += pair.count("ok")
        figures.refusals.update(o for o in pair if o != "ok")
        if sorted(pair) != sorted(("ok", LOSER[kind])):
            figures.contradictions.append(f"trial {k}: {pair}")
    app = Services.open(url, FixedClock(NOW))
    try:
        with app.factory() as db:
            figures.double_bookings = _double_bookings(db)
            figures.contradictions += _stored_contradictions(db, kind, len(outcomes))
    finally:
        app.close()
    return figures


def _double_bookings(db: Any) -> int:
    other = aliased(Session)
    return db.scalar(select(func.count()).select_from(Session).join(other, and_(
        Session.id < other.id, Session.start_utc < other.end_utc,
        other.start_utc < Session.end_utc)).where(
        Session.status == "scheduled", other.status == "scheduled")) or 0


def _stored_contradictions(db: Any, kind: str, trials: int) -> list[str]:
    found = []
    decisions = Counter(db.scalars(select(Action.session_id).where(
        Action.action.in_(("accept", "reject")), Action.undone.is_(False))))
    if kind in ("overlap", "accept_reject"):
        for row in db.scalars(select(Session)):
            taken = decisions.get(row.id, 0)
            if taken > 1 or (row.status in ("scheduled", "rejected")) != (taken == 1):
                found.append(f"{row.id} is {row.status} after {taken} decisions")
            if row.status == "scheduled" and row.reject_reason:
                found.append(f"{row.id} is scheduled with a reject reason")
    if kind == "last_bundle_session":
        for b in db.scalars(select(Bundle)):
            booked = db.scalar(select(func.count()).select_from(Session).where(
                Session.bundle_id == b.id, Session.status == "scheduled")) or 0
            if b.sessions_used + booked > b.sessions_total:
                found.append(f"bundle {b.id}: {b.sessions_used} used + {booked} booked "
                             f"of {b.sessions_total}")
    if kind == "intro_limit":
        for k in range(trials):
            counted = db.scalar(select(func.count()).select_from(Session).where(
                Session.mentee_id == f"e-{k}", Session.type == "intro",
                Session.status.in_(("requested", "scheduled", "completed", "no_show")))) or 0
            if counted > 3:
                found.append(f"mentee e-{k} has {counted} intros in March")
    return found


def run(desks: Desks, kind: str, url: str, trials: int) -> Figures:
    prepare(kind, url, trials)
    started = time.perf_counter()
    outcomes = desks.race(kind, url, trials)
    figures = check(kind, url, outcomes)
    figures.seconds = time.perf_counter() - started
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kinds", nargs="*", metavar="KIND",
                        help=f"which races (default: all of {', '.join(KINDS)})")
    parser.add_argument("--url", help="an empty database per kind: a URL with {kind} in it "
                        "(default: SQLite files in a temporary folder)")
    parser.add_argument("--trials", type=int, default=200)
    args = parser.parse_args()
    unknown = set(args.kinds) - set(KINDS)
    if unknown:
        parser.error(f"no such race: {', '.join(sorted(unknown))}")
    desks = Desks()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for kind in args.kinds or KINDS:
                url = (args.url.format(kind=kind) if args.url
                       else f"sqlite:///{Path(tmp) / kind}.sqlite3")
                print(run(desks, kind, url, args.trials).line(), flush=True)
    finally:
        desks.close()


if __name__ == "__main__":
    main()
