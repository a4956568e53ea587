"""The Mentees page and the journal's search on a large desk: the shared generator's 100 000
sessions (about 5 000 mentees), a note on every third held session and a profile note on every
mentee, written as a mentor would (accents included).

Figures, each the median of several runs in this process, against a floor measured in the same
run with plain sqlite3 on the same file:
- the whole Mentees list (`MenteeService.rows`, every figure of every mentee) against the
  least such a list reads: one pass over the sessions grouped by mentee, and the mentees by name;
- a search of the sessions (`SessionService.search`, the first page of 50, newest first, of
  every session whose name, form answers or note holds the words) against the same search in
  the FTS5 index alone, with plain sqlite3;
- a search of the journal (`JournalService.search`, its first page of notes) and of the mentees
  (`JournalService.matching_mentees`, names, e-mails and journals), each for "tomas" (found as
  "Tomás") and a word in many notes, against the notes' FTS5 index read alone for every match
  (the journal orders its finds by session, so it reads them all).
CPU time is printed beside, as a loaded machine stretches wall time."""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GENERATOR = ROOT.parent / "shared" / "bench-data" / "gen_export.py"
NOW = "2026-03-01T09:00:00Z"
SESSIONS = 100_000
ROUNDS = 7
NOTES = ["Tomás Peña recommended the system design book; next: a mock interview.",
         "CV rewritten around impact; two applications out. Next steps agreed.",
         "First interview: froze on Kubernetes questions. Homework: a small cluster.",
         "Offer received! Negotiation tips, then the closing session.",
         "Reviewed the goal; indicators on track. Müller's feedback was kind."]
PROFILES = ["Wants a platform engineering job within six months.",
            "Career change from teaching; likes written homework.",
            "Prefers mornings; speaks Spanish and English. Referred by José."]


def timed(call: Callable[[], object]) -> tuple[float, float]:
    cpu, began = time.process_time(), time.perf_counter()
    call()
    return time.perf_counter() - began, time.process_time() - cpu


def median(call: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    call()  # warm: the file cache, SQLAlchemy's statement cache
    runs = [timed(call) for _ in range(rounds)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def build(folder: Path) -> Path:
    export, db = folder / "export.json", folder / "desk.sqlite3"
    with export.open("wb") as out:
        subprocess.run([sys.executable, str(GENERATOR), str(SESSIONS), "--now", NOW],
                       stdout=out, stderr=subprocess.DEVNULL, check=True)
    mentordesk = str(Path(sys.executable).with_name("mentordesk"))
    subprocess.run([mentordesk, "--db", str(db), "--now", NOW, "import", str(export)],
                   stdout=subprocess.DEVNULL, check=True,
                   env=dict(os.environ, XDG_STATE_HOME=str(folder)))
    rng = random.Random(7)
    con = sqlite3.connect(db)
    with con:
        # Each note is its row's mentor's (every row of a database belongs to one).
        held = con.execute(
            "SELECT id, mentor_id FROM session WHERE status = 'completed' ORDER BY id").fetchall()
        con.executemany(
            "INSERT INTO session_note (session_id, text, created_at, updated_at, mentor_id) "
            "VALUES (?, ?, ?, ?, ?)",
            [(sid, rng.choice(NOTES), "2026-03-01 09:00:00.000000",
              "2026-03-01 09:00:00.000000", mentor) for sid, mentor in held[::3]])
        mentees = con.execute("SELECT id, mentor_id FROM mentee").fetchall()
        con.executemany(
            "INSERT INTO mentee_journal (mentee_id, stage, profile_note, updated_at, mentor_id) "
            "VALUES (?, NULL, ?, ?, ?)",
            [(m, rng.choice(PROFILES), "2026-03-01 09:00:00.000000", mentor)
             for m, mentor in mentees])
    con.close()
    return db


def row(figure: str, ours: tuple[float, float], floor: tuple[float, float]) -> None:
    print(f"| {figure} | {ours[0] * 1000:.1f} ms | {floor[0] * 1000:.1f} ms | "
          f"{ours[0] / floor[0]:.1f}× |", flush=True)
    print(f"|   CPU time, same runs | {ours[1] * 1000:.1f} ms | {floor[1] * 1000:.1f} ms | "
          f"{ours[1] / max(floor[1], 1e-9):.1f}× |", flush=True)


def main() -> int:
    if not GENERATOR.exists():
        print(f"skipped: the shared generator is not at {GENERATOR}")
        return 0
    from services.clock import FixedClock
    from services.container import Services
    from services.timefmt import parse_instant

    with tempfile.TemporaryDirectory() as tmp:
        db = build(Path(tmp))
        raw = sqlite3.connect(db)
        counts = raw.execute("SELECT (SELECT count(*) FROM mentee), (SELECT count(*) FROM "
                             "session), (SELECT count(*) FROM session_note)").fetchone()
        print(f"{counts[0]} mentees, {counts[1]} sessions, {counts[2]} notes on sessions, "
              f"a profile note on every mentee\n")
        app = Services.open(db, FixedClock(parse_instant(NOW)))
        try:
            print("| figure | Mentor Desk | floor, same run | ratio |")
            print("|---|---|---|---|")

            def floor_list() -> None:
                raw.execute("SELECT mentee_id, max(start_utc), min(start_utc), count(*) FROM "
                            "session GROUP BY mentee_id").fetchall()
                raw.execute("SELECT id, name, email, timezone FROM mentee "
                            "ORDER BY name").fetchall()

            row(f"the Mentees list, every figure of {counts[0]} mentees",
                median(lambda: app.mentees.rows()), median(floor_list))
            from services import search_index
            from services.sessions import SessionQuery

            for words in ("tomas", "interview"):
                def floor_fts(words: str = words) -> None:
                    raw.execute(f"SELECT rowid FROM {search_index.SESSIONS.index} WHERE "
                                f"{search_index.SESSIONS.index} MATCH ? ORDER BY rowid DESC "
                                "LIMIT 50", (search_index.phrase(words),)).fetchall()

                query = SessionQuery(text=words, sort="-start")
                total = app.sessions.count(query)
                row(f"`sessions --search {words}` (names, form answers, notes): first page of "
                    f"50 of {total}", median(lambda query=query: app.sessions.search(query, 0, 50)),
                    median(floor_fts))

                def floor_notes(words: str = words) -> None:
                    raw.execute(f"SELECT rowid FROM {search_index.NOTES.index} WHERE "
                                f"{search_index.NOTES.index} MATCH ?",
                                (search_index.phrase(words),)).fetchall()

                floor = median(floor_notes)
                found = app.journal.search(words)
                row(f"`notes --search {words}`: first page of notes ({len(found)} shown)",
                    median(lambda words=words: app.journal.search(words)), floor)
                mentees = app.journal.matching_mentees(words)
                row(f"Mentees page search for {words!r}: {len(mentees)} mentees found",
                    median(lambda words=words: app.journal.matching_mentees(words)), floor)
        finally:
            app.close()
            raw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
