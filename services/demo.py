"""Realistic sample data around "now": the same for `mentordesk demo` and "Load sample data"."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from services import policy
from services.errors import RuleViolation
from services.timefmt import local_wall, utc_z, zone

if TYPE_CHECKING:
    from services.container import Services

MENTOR = {"id": "m-demo", "name": "Dana Okafor", "email": "dana@example.org",
          "timezone": "Europe/Berlin"}
FIRST = ["Sam", "Priya", "Jonas", "Aiko", "Mateo", "Chloé", "Kwame", "Ingrid", "Ravi", "Lena",
         "Tomás", "Mei", "Olusegun", "Hannah", "Yusuf", "Sofia", "Arjun", "Elif", "Noah", "Zara"]
LAST = ["Lee", "Raman", "Becker", "Tanaka", "García", "Martin", "Mensah", "Larsen", "Iyer",
        "Schulz", "Silva", "Chen", "Adeyemi", "Novak", "Kaya", "Rossi", "Patel", "Demir", "Kim",
        "Haddad"]
ZONES = ["America/New_York", "Asia/Kolkata", "Europe/Berlin", "Asia/Tokyo", "Europe/Madrid",
         "Europe/Paris", "Africa/Accra", "Europe/Oslo", "Asia/Kolkata", "Europe/Vienna", None]
GOALS = [
    "Move from QA into backend engineering within a year.",
    "Prepare for senior engineer interviews at product companies.",
    "Learn how to lead a small team without losing touch with the code.",
    "Get my first data engineering job after a bootcamp.",
    "Understand system design well enough to own our service's architecture.",
]
BACKGROUNDS = [
    "4 years of manual and automated testing, some Python.",
    "Frontend developer (React) for 3 years, curious about distributed systems.",
    "Recently promoted to tech lead of four people; no management training.",
    "Finished a data bootcamp; SQL and pandas, a few portfolio projects.",
    "Backend Java developer, 6 years, mostly monoliths.",
]
SPAM_FORMS = [
    ("xx", "free-money@mailinator.com", {
        "What do you want to achieve?": "CLICK HERE http://bit.ly/xxxx earn $$$ fast",
        "Your background": "asdf", "LinkedIn": ""}),
    ("Test Test", "qwerty@10minutemail.com", {
        "What do you want to achieve?": "money", "Your background": "", "LinkedIn": ""}),
]
# Mentees who went through a whole cycle over the past year, paying in two currencies (one
# refunded the rest of a bundle), one at the kickoff and one at the closing session: a mentee in
# every stage, and twelve months of earnings.
ALUMNI = [
    # id, name, zone, currency, price per session (cents), sessions, days since the last one
    # held, sessions held (weekly up to then), bundle status
    ("u-200", "Amara Nwosu", "Africa/Lagos", "USD", 12000, 6, 330, 6, "completed"),
    ("u-201", "Lucas Ferreira", "America/Sao_Paulo", "USD", 12000, 8, 260, 8, "completed"),
    ("u-202", "Nadia Petrova", "Europe/Sofia", "EUR", 9000, 6, 235, 2, "refunded"),
    ("u-203", "Hiroshi Sato", "Asia/Tokyo", "USD", 12000, 8, 170, 8, "completed"),
    ("u-204", "Marta Kowalska", "Europe/Warsaw", "EUR", 9000, 6, 120, 6, "completed"),
    ("u-205", "Diego Torres", "America/Mexico_City", "USD", 12000, 6, 9, 5, "active"),
    ("u-206", "Fatima Zahra", "Africa/Casablanca", "EUR", 9000, 4, 0, 0, "active"),
    ("u-207", "Ana Lima", "America/Sao_Paulo", "USD", 12000, 4, 1, 4, "completed"),
]
DAYTIMES = [(9, 0), (10, 0), (11, 0), (14, 0), (15, 0), (16, 0), (17, 0)]
INTRO_TIMES = [(9, 0), (9, 20), (9, 40), (10, 0), (10, 40), (11, 20)]
AVAILABILITY = [("intro", d, 9 * 60, 12 * 60) for d in range(5)] + [
    ("paid", d, 14 * 60, 18 * 60) for d in range(4)] + [("paid", 4, 13 * 60, 16 * 60)]


def build_export(now: datetime, sessions: int = 0, seed: int = 7) -> dict[str, Any]:
    """A platform export around `now`. With `sessions`, add that many history sessions (for
    benchmarks), spread over the years before now."""
    rng = random.Random(seed)
    tz = zone(MENTOR["timezone"])
    today = now.astimezone(tz).date()
    mentees = []
    for i in range(len(FIRST)):
        mentees.append({"id": f"u-{100 + i}", "name": f"{FIRST[i]} {LAST[i]}",
                        "email": f"{FIRST[i].lower()}.{LAST[i].lower()}@example.com"
                        .replace("é", "e").replace("í", "i").replace("á", "a"),
                        **({"timezone": ZONES[i % len(ZONES)]} if ZONES[i % len(ZONES)] else {})})
    for i, (name, email, _form) in enumerate(SPAM_FORMS):
        mentees.append({"id": f"u-9{i}", "name": name, "email": email})

    bundles, items = [], []
    counter = iter(range(1, 10_000_000))

    def at(day: date, hm: tuple[int, int]) -> datetime:
        return local_wall(day, hm[0] * 60 + hm[1], tz)

    def session(kind: str, mentee: str, start: datetime, status: str, **extra: Any) -> None:
        minutes = policy.INTRO_MINUTES if kind == "intro" else policy.PAID_DEFAULT_MINUTES
        items.append({"id": f"s-{next(counter)}", "type": kind, "mentee_id": mentee,
                      "start": utc_z(start), "duration_minutes": minutes, "status": status,
                      **extra})

    def form(i: int) -> dict[str, str]:
        return {"What do you want to achieve?": GOALS[i % len(GOALS)],
                "Your background": BACKGROUNDS[i % len(BACKGROUNDS)],
                "LinkedIn": f"https://www.linkedin.com/in/{mentees[i]['email'].split('@')[0]}"}

    # Paying mentees: an intro months ago, then a bundle with weekly sessions up to now.
    for i in range(8):
        mentee = mentees[i]["id"]
        total = (4, 8, 4, 6, 4, 8, 4, 10)[i]
        weeks_ago = 3 + i * 2
        start_day = today - timedelta(weeks=weeks_ago)
        session("intro", mentee, at(start_day - timedelta(days=10), (10, 0)), "completed")
        bundle_id = f"b-{i + 1}"
        held = min(total, weeks_ago - 1) if i != 6 else total
        status = "completed" if held >= total else "active"
        if i == 7:
            status, held = "expired", 3
        bundles.append({"id": bundle_id, "mentee_id": mentee, "sessions_total": total,
                        "sessions_used": held, "status": status, "price_cents": 9000 * total,
                        "currency": "EUR", "purchased_at": utc_z(at(start_day, (8, 0)))})
        for k in range(held):
            day = start_day + timedelta(weeks=k)
            session("paid", mentee, at(day, DAYTIMES[3 + i % 4]), "completed", bundle_id=bundle_id)
        if status == "active":
            # One waiting for confirmation (ended yesterday or so) and one coming up.
            if i in (0, 2):
                session("paid", mentee, at(today - timedelta(days=1 + i), DAYTIMES[3 + i % 4]),
                        "scheduled", bundle_id=bundle_id)
            ahead = today + timedelta(days=1 + i % 3)
            session("paid", mentee, at(ahead, DAYTIMES[3 + i % 4]), "scheduled",
                    bundle_id=bundle_id)

    # Intros: past ones in every state, one awaiting confirmation, upcoming and requested.
    for i in range(8, 12):
        day = today - timedelta(days=20 + i)
        session("intro", mentees[i]["id"], at(day, (9, 20)),
                ("completed", "no_show", "rejected", "cancelled")[i % 4],
                requested_at=utc_z(at(day, (9, 20)) - timedelta(days=5)),
                form=form(i),
                **({"reject_reason": "Looking for a Java mentor; I coach Python."} if i % 4 == 2
                   else {"cancel_reason": "Mentee asked to move it."} if i % 4 == 3 else {}))
    session("intro", mentees[12]["id"], at(today - timedelta(days=1), (11, 0)), "scheduled",
            form=form(12))
    soon = (now + timedelta(hours=5)).replace(minute=0, second=0, microsecond=0)
    session("intro", mentees[13]["id"], soon, "scheduled", form=form(13))
    for j, i in enumerate(range(14, 18)):
        day = today + timedelta(days=3 + 2 * j)
        session("intro", mentees[i]["id"], at(day, INTRO_TIMES[j]), "requested",
                requested_at=utc_z(now - timedelta(hours=3 + 7 * j)), form=form(i))
    for j, (_name, _email, spam) in enumerate(SPAM_FORMS):
        day = today + timedelta(days=4 + j)
        session("intro", f"u-9{j}", at(day, INTRO_TIMES[3 + j]), "requested",
                requested_at=utc_z(now - timedelta(hours=1 + j)), form=dict(spam))

    # The alumni, the one at the closing session (u-205) and the one at the kickoff (u-206).
    for mentee_id, name, mentee_zone, currency, price, total, days_ago, held, status in ALUMNI:
        first, last = name.split(" ")
        mentees.append({"id": mentee_id, "name": name, "timezone": mentee_zone,
                        "email": f"{first.lower()}.{last.lower()}@example.net"})
        start_day = today - timedelta(days=days_ago, weeks=max(0, held - 1))
        session("intro", mentee_id, at(start_day - timedelta(days=8), (9, 40)), "completed")
        bundle_id = f"b-{mentee_id[2:]}"
        bundles.append({"id": bundle_id, "mentee_id": mentee_id, "sessions_total": total,
                        "sessions_used": held, "status": status,
                        "price_cents": price * total, "currency": currency,
                        "purchased_at": utc_z(at(start_day - timedelta(days=2), (8, 0)))})
        for k in range(held):
            session("paid", mentee_id, at(start_day + timedelta(weeks=k), (17, 0)), "completed",
                    bundle_id=bundle_id)
        if status == "active":
            # The next session: the closing one for u-205, the kickoff for u-206.
            # (Both on one day: the calendar's sample month keeps a day without sessions.)
            ahead = today + timedelta(days=9)
            session("paid", mentee_id, at(ahead, (17, 0) if mentee_id == "u-205" else (15, 0)),
                    "scheduled", bundle_id=bundle_id)

    # Years of history for benchmarks: past, settled sessions.
    for n in range(sessions):
        i = rng.randrange(len(FIRST))
        day = today - timedelta(days=30 + rng.randrange(5 * 365))
        # Only the first eight mentees bought bundles (b-1 … b-8); the others had intros.
        paid = rng.random() < 0.7 and i < 8
        kind = "paid" if paid else "intro"
        extra: dict[str, Any] = {"bundle_id": f"b-{i + 1}"} if paid else {}
        mentee = mentees[i]["id"]
        status = rng.choice(("completed", "completed", "completed", "no_show", "cancelled"))
        start = at(day, DAYTIMES[rng.randrange(len(DAYTIMES))]) + timedelta(
            minutes=rng.randrange(0, 60, 5))
        items.append({"id": f"h-{n}", "type": kind, "mentee_id": mentee,
                      "start": utc_z(start), "status": status,
                      "duration_minutes": policy.INTRO_MINUTES if kind == "intro" else 60,
                      **extra})

    return {"format": "mentor-platform-export", "version": 1, "exported_at": utc_z(now),
            "mentor": dict(MENTOR), "mentees": mentees, "bundles": bundles, "sessions": items}


def busy_blocks(now: datetime) -> list[tuple[datetime, datetime, str, bool]]:
    """A few events of the mentor's own calendar, as an imported .ics would give them."""
    tz = zone(MENTOR["timezone"])
    today = now.astimezone(tz).date()
    blocks = []
    for d in range(0, 14):
        day = today + timedelta(days=d)
        if day.weekday() < 5:
            blocks.append((local_wall(day, 12 * 60 + 30, tz), local_wall(day, 13 * 60 + 15, tz),
                           "Lunch", False))
    dentist = today + timedelta(days=4)
    blocks.append((local_wall(dentist, 10 * 60, tz), local_wall(dentist, 11 * 60, tz),
                   "Dentist", False))
    return blocks


def day_off(now: datetime) -> date:
    tz = zone(MENTOR["timezone"])
    today = now.astimezone(tz).date()
    return today + timedelta(days=(4 - today.weekday()) % 7 + 7)


def install(services: Services) -> str:
    """Fill an empty database with the sample data; refuses a database that holds sessions."""
    if services.sessions.counts()["all"]:
        raise RuleViolation("database_not_empty")
    now = services.clock.now()
    result = services.importer.import_document(build_export(now), "sample data")
    for kind, weekday, start, end in AVAILABILITY:
        services.availability.add_window(kind, weekday, start, end)
    services.availability.add_day_off(day_off(now), "Conference")
    services.availability.replace_busy("Demo calendar", busy_blocks(now))
    services.journal.seed(journals(services))
    return result.summary()


def journals(services: Services) -> dict[str, dict[str, Any]]:
    """A realistic journal: notes on held sessions, goals with indicators and their progress,
    profile notes, and a stage chosen by hand, for mentees at every stage of the cycle."""
    def held(mentee_id: str, kind: str = "paid") -> list[str]:
        from services.sessions import SessionQuery

        found = services.sessions.search(SessionQuery(mentee_id=mentee_id, types=(kind,),
                                                      statuses=("completed",)))
        return [s.id for s in sorted(found, key=lambda s: s.start)]

    today = services.clock.now().date()

    def notes(ids: list[str], texts: list[str]) -> dict[str, str]:
        return dict(zip(ids, texts))

    sam, priya, diego, amara = held("u-100"), held("u-101"), held("u-205"), held("u-200")
    return {
        "u-100": {
            "profile": "QA engineer, 4 years. Wants backend work in Python.\n"
                       "Prefers concrete homework; learns best from code review.",
            "goals": [{
                "title": "Move from QA into a backend engineering role within a year",
                "due": today.replace(year=today.year + 1, day=1),
                "indicators": [
                    {"name": "Backend pull requests merged at work", "target": 10,
                     "unit": "PRs", "progress": [(sam[0], 1), (sam[1], 3)]},
                    {"name": "Mock interviews passed", "target": 3, "unit": "",
                     "progress": [(sam[1], 1)]},
                ]}],
            "notes": notes(sam, [
                "Kickoff. Goal set (see goals): backend role within a year.\n"
                "Next steps:\n- pick a small service ticket at work\n- read *Designing "
                "Data-Intensive Applications*, ch. 1-2",
                "First PRs merged (3). Talked about testing pyramids from the dev side.\n"
                "Suggested he pair with Tomás on the API review.\n"
                "Next: mock interview on HTTP and databases.",
            ]),
        },
        "u-101": {
            "profile": "Frontend (React), 3 years. Interviewing for senior roles; nervous "
                       "about system design.",
            "goals": [{
                "title": "Pass senior engineer interviews at two product companies by June",
                "due": today.replace(month=6, day=30) if today.month < 6 else None,
                "indicators": [
                    {"name": "System design mock interviews", "target": 4, "unit": "",
                     "progress": list(zip(priya, (0, 1, 2, 2)))},
                    {"name": "Applications sent", "target": 15, "unit": "",
                     "progress": list(zip(priya, (2, 5, 9, 12)))},
                ]}],
            "notes": notes(priya, [
                "Kickoff: two goals merged into one. Indicators: mocks and applications.",
                "Mock: URL shortener. Good API, weak on capacity estimates.",
                "Mock: news feed. Much better on trade-offs; practise drawing first.",
                "Onsite at a fintech next week. Rehearsed the behavioural stories.",
            ]),
        },
        "u-205": {
            "profile": "Data engineer moving to a lead role. Closing session next.",
            "goals": [{
                "title": "Lead the warehouse migration and present it to the CTO",
                "indicators": [
                    {"name": "Pipelines migrated", "target": 12, "unit": "pipelines",
                     "progress": list(zip(diego, (2, 5, 8, 10, 11)))},
                    {"name": "Design reviews led", "target": 3, "unit": "",
                     "progress": list(zip(diego[1:], (1, 1, 2, 3)))},
                ]}],
            "notes": notes(diego, [
                "Kickoff. SMART goal agreed; indicators: pipelines migrated, reviews led.",
                "Blocked on permissions; agreed to escalate with a written proposal.",
                "Unblocked. Led his first design review.",
                "Two more reviews planned; slides outline drafted.",
                "Almost there. Closing session: review what was reached, what next.",
            ]),
        },
        "u-206": {
            "profile": "Intro went well: career switcher from teaching, clear motivation.\n"
                       "Kickoff booked: bring two or three outcome indicators.",
            "notes": notes(held("u-206", "intro"), [
                "Fit: yes. Approved. Wants a junior web developer job; agreed to set SMART "
                "goals at the kickoff."]),
        },
        "u-200": {
            "profile": "Finished the cycle. Got the job (platform engineer) in month 2.",
            "goals": [{
                "title": "Land a platform engineering job",
                "indicators": [
                    {"name": "Interviews", "target": 5, "unit": "",
                     "progress": list(zip(amara, (0, 1, 3, 4, 5, 5)))},
                    {"name": "Offers", "target": 1, "unit": "",
                     "progress": [(amara[-2], 1)]},
                ]}],
            "notes": notes(amara, [
                "Kickoff. Goal and indicators set.",
                "CV rewritten around impact; two applications out.",
                "First interview: froze on Kubernetes questions. Homework: a small cluster.",
                "Two more interviews. Much calmer.",
                "Offer received!",
                "Closing: reviewed the goal, all indicators reached. Stays in touch.",
            ]),
        },
        "u-106": {
            "stage": "closing",
            "profile": "Bundle used up; we agreed a short closing review still to hold.",
        },
    }
