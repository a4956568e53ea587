"""Searching all sessions in the database: every sort key against a Python-sorted reference,
paging, and each filter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event
from sqlalchemy import text

from services import demo, search_index
from services.records import SORT_COLUMNS, SORT_KEYS, SessionRecord, Status
from services.sessions import SessionQuery, SessionService
from services.store import IDS_PER_QUERY
from services.timefmt import local_midnight, parse_instant, zone

HISTORY = 700  # more than IDS_PER_QUERY, so a whole search loads its rows in several goes
# The sample data's own sessions, which come on top.
SAMPLE_SESSIONS = len(demo.build_export(parse_instant("2026-03-02T09:00:00Z"))["sessions"])


def python_key(column: str, r: SessionRecord):  # noqa: ANN201 - a sort key
    return {
        "start": lambda: r.start,
        "mentee": lambda: r.mentee_name.lower(),
        "status": lambda: r.status,
        "type": lambda: r.type,
        "duration": lambda: r.duration_minutes,
        "outcome": lambda: (r.outcome or "", r.decision or ""),
        "bundle": lambda: r.bundle_id or "",
        "reason": lambda: r.reason or "",
        "id": lambda: r.id,
    }[column]()


def reference(records: list[SessionRecord], sort: str) -> list[str]:
    """The order the search promises: the column, then start (same direction), then id."""
    column = sort.lstrip("-")
    by_id = sorted(records, key=lambda r: r.id)
    ordered = sorted(by_id, key=lambda r: (python_key(column, r), r.start),
                     reverse=sort.startswith("-"))
    return [r.id for r in ordered]


@pytest.fixture
def history(services, clock):  # noqa: ANN001, ANN201
    """The sample data with years of history, and a few decisions taken locally."""
    return fill(services, clock)


@pytest.fixture
def unindexed(tmp_path, clock):  # noqa: ANN001, ANN201
    """The same in a SQLite file without the search index (as where SQLite is built without
    FTS5): text is searched with LIKE."""
    from services.container import Services

    app = Services.open(tmp_path / "unindexed.sqlite3", clock)
    with app.engine.begin() as conn:
        search_index.drop(conn)
    yield fill(app, clock)
    app.close()


def fill(services, clock):  # noqa: ANN001, ANN201
    now = clock.now()
    services.importer.import_document(demo.build_export(now, sessions=HISTORY))
    sessions = services.sessions
    awaiting = sessions.search(SessionQuery(statuses=(Status.AWAITING_CONFIRMATION,)))
    intro = next(r for r in awaiting if r.type == "intro")
    sessions.confirm(intro.id, "held", "approve")
    requested = sessions.search(SessionQuery(statuses=(Status.REQUESTED,), sort="start"))
    sessions.reject(requested[0].id, "Asks for a Java mentor.")
    sessions.accept(requested[1].id)
    return sessions


def everything(sessions) -> list[SessionRecord]:  # noqa: ANN001
    return sessions.search(SessionQuery())


def test_new_sort_keys_are_offered_ascending_and_descending() -> None:
    for column in ("duration", "outcome", "bundle", "reason", "id"):
        assert column in SORT_COLUMNS
        assert column in SORT_KEYS and f"-{column}" in SORT_KEYS


@pytest.mark.parametrize("sort", SORT_KEYS)
def test_each_sort_key_orders_like_python(history, sort: str) -> None:  # noqa: ANN001
    records = everything(history)
    assert len(records) == HISTORY + SAMPLE_SESSIONS
    assert [r.id for r in history.search(SessionQuery(sort=sort))] == reference(records, sort)


@pytest.mark.parametrize("sort", ["start", "-start", "mentee", "-status", "outcome"])
def test_sorting_under_a_filter_orders_like_python(history, sort: str) -> None:  # noqa: ANN001
    # A filter makes the database scan and sort instead of walking the start index; the order
    # must not change with the plan.
    records = [r for r in everything(history) if r.type == "intro"]
    query = SessionQuery(types=("intro",), sort=sort)
    assert [r.id for r in history.search(query)] == reference(records, sort)


def test_sorting_by_an_unknown_key_is_refused(history) -> None:  # noqa: ANN001
    with pytest.raises(ValueError, match="cannot sort by"):
        history.search(SessionQuery(sort="colour"))


@pytest.mark.parametrize("sort", ["-start", "mentee", "status"])
def test_pages_put_together_are_the_whole_search(history, sort: str) -> None:  # noqa: ANN001
    query = SessionQuery(sort=sort)
    whole = [r.id for r in history.search(query)]
    pages = []
    for offset in range(0, len(whole), 200):
        page = history.search(query, offset, 200)
        assert len(page) == min(200, len(whole) - offset)
        pages.extend(r.id for r in page)
    assert pages == whole
    assert history.search(query, len(whole), 200) == []
    assert history.count(query) == len(whole)


def test_a_whole_search_loads_its_rows_in_several_goes(history, services) -> None:  # noqa: ANN001
    records = everything(history)
    assert len(records) > IDS_PER_QUERY
    assert len({r.id for r in records}) == len(records)
    assert all(r.mentee_name for r in records)
    # A page as long as the whole history: its ids first, then its rows, IDS_PER_QUERY at a
    # time (no IN (...) list over the parameter limit), in the order of the ids.
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        statements.append(statement)

    event.listen(services.engine, "before_cursor_execute", seen)
    try:
        paged = history.search(SessionQuery(), offset=0, limit=len(records))
    finally:
        event.remove(services.engine, "before_cursor_execute", seen)
    loads = [s for s in statements if "session.id IN (" in s]
    assert len(loads) == -(-len(records) // IDS_PER_QUERY)
    assert all(s.count("?") <= IDS_PER_QUERY + 1 for s in loads)  # and the mentor
    assert [r.id for r in paged] == [r.id for r in records]
    assert paged == records


def test_filter_by_type(history) -> None:  # noqa: ANN001
    records = everything(history)
    for kind in ("intro", "paid"):
        query = SessionQuery(types=(kind,))
        expected = {r.id for r in records if r.type == kind}
        assert {r.id for r in history.search(query)} == expected
        assert history.count(query) == len(expected)


@pytest.mark.parametrize("statuses", [
    (Status.COMPLETED,), (Status.CANCELLED,), (Status.AWAITING_CONFIRMATION,),
    (Status.EXPIRED,), (Status.REQUESTED,), (Status.SCHEDULED, Status.REJECTED),
])
def test_filter_by_status_uses_the_derived_status(history, statuses) -> None:  # noqa: ANN001
    expected = {r.id for r in everything(history) if r.status in statuses}
    query = SessionQuery(statuses=tuple(statuses))
    assert {r.id for r in history.search(query)} == expected
    assert history.count(query) == len(expected)


def test_derived_statuses_follow_the_clock(history, clock) -> None:  # noqa: ANN001
    expired = history.count(SessionQuery(statuses=(Status.EXPIRED,)))
    requested = history.count(SessionQuery(statuses=(Status.REQUESTED,)))
    assert requested > 0
    clock.set(clock.now() + timedelta(days=30))
    # Every open request has started by then, and every scheduled session has ended.
    assert history.count(SessionQuery(statuses=(Status.REQUESTED,))) == 0
    assert history.count(SessionQuery(statuses=(Status.EXPIRED,))) == expired + requested
    assert history.count(SessionQuery(statuses=(Status.SCHEDULED,))) == 0


def test_filter_by_mentee_id_and_by_part_of_a_name(history) -> None:  # noqa: ANN001
    records = everything(history)
    sam = {r.id for r in records if r.mentee_id == "u-100"}
    assert sam
    assert {r.id for r in history.search(SessionQuery(mentee_id="u-100"))} == sam
    assert {r.id for r in history.search(SessionQuery(mentee="sam l"))} == sam
    assert {r.id for r in history.search(SessionQuery(mentee="u-100"))} == sam


def test_filter_by_a_range_of_local_days(history) -> None:  # noqa: ANN001
    records = everything(history)
    tz = zone(demo.MENTOR["timezone"])
    days = sorted({r.start.astimezone(tz).date() for r in records})
    first, last = days[len(days) // 3], days[len(days) // 2]
    start_from, start_before = local_midnight(first, tz), local_midnight(
        last + timedelta(days=1), tz)
    expected = {r.id for r in records if start_from <= r.start < start_before}
    query = SessionQuery(start_from=start_from, start_before=start_before)
    assert {r.id for r in history.search(query)} == expected
    assert history.count(query) == len(expected)
    assert history.count(SessionQuery(start_from=start_from)) == len(
        [r for r in records if r.start >= start_from])


def found(sessions, words: str) -> set[str]:  # noqa: ANN001
    """What a search for `words` finds (its count checked against it)."""
    query = SessionQuery(text=words)
    hits = {r.id for r in sessions.search(query)}
    assert sessions.count(query) == len(hits)
    return hits


@pytest.mark.parametrize(("database", "engine"), [
    ("history", "sqlite"), ("history", "postgresql"), ("unindexed", "sqlite")])
def test_free_text_finds_names_mails_ids_forms_and_reasons(request, database: str,  # noqa: ANN001
                                                           engine: str) -> None:
    sessions = request.getfixturevalue(database)
    records = everything(sessions)
    assert search_index.indexed(sessions._factory().connection(),  # noqa: SLF001
                                search_index.SESSIONS) == (database == "history"
                                                           and engine == "sqlite")

    assert found(sessions, "MAILINATOR") == {r.id for r in records
                                             if "mailinator" in r.mentee_email}
    assert found(sessions, "Java MENTOR") == {r.id for r in records
                                              if "java mentor" in (r.reason or "").lower()}
    assert found(sessions, "BootCamp") == {r.id for r in records
                                           if any("bootcamp" in v for v in r.form.values())}
    assert found(sessions, "H-12") == {r.id for r in records if "h-12" in r.id}
    assert found(sessions, "nothing like this") == set()
    assert found(sessions, "%") == set()


def test_like_takes_its_wildcards_literally(unindexed) -> None:  # noqa: ANN001
    assert found(unindexed, "h_1") == set()
    assert found(unindexed, "h%1") == set()


def test_the_index_takes_what_is_typed_as_words_never_as_its_syntax(history) -> None:  # noqa: ANN001
    records = everything(history)
    # Punctuation separates words, in the text as in what is typed.
    assert found(history, "h_1") == found(history, "h-1") == found(history, "h 1") == {
        r.id for r in records if r.id.startswith("h-1")}
    sam_lee = {r.id for r in records if r.mentee_name == "Sam Lee"}
    # FTS5's operators and quotes, typed, are words or nothing: never an error.
    assert found(history, '"sam lee"') == found(history, "sam* lee") == sam_lee
    assert found(history, "sam OR priya") == found(history, "NEAR(sam lee)") == set()
    assert found(history, "-sam lee") == found(history, "^sam:lee") == sam_lee
    assert found(history, '"') == found(history, "*") == set()
    # Words in their order, the last one the start of a word.
    assert found(history, "sam le") == sam_lee
    assert found(history, "lee priya") == found(history, "am lee") == set()


def test_filters_combine(history) -> None:  # noqa: ANN001
    records = everything(history)
    query = SessionQuery(types=("paid",), statuses=(Status.COMPLETED,), mentee_id="u-101",
                         sort="-duration")
    expected = [r for r in records
                if r.type == "paid" and r.status == Status.COMPLETED and r.mentee_id == "u-101"]
    assert [r.id for r in history.search(query)] == reference(expected, "-duration")


# SQLite's own query plan.
@pytest.mark.parametrize("engine", ["sqlite"])
def test_the_first_page_of_a_filtered_search_does_not_walk_the_start_index(history, engine) -> None:  # noqa: ANN001
    from sqlalchemy import func, select

    from services.models import Session

    service = history
    now = service.now()
    filtered = service._sorted(  # noqa: SLF001 - the plan is the point of this test
        service._filtered(select(Session.id), SessionQuery(text="x"), now),  # noqa: SLF001
        "-start", now, scan=True).limit(200)
    plain = service._sorted(select(Session.id), "-start", now).offset(5000).limit(200)  # noqa: SLF001
    with service._factory() as db:  # noqa: SLF001
        def plan(stmt) -> str:  # noqa: ANN001
            compiled = stmt.compile(db.get_bind(), compile_kwargs={"literal_binds": True})
            return " | ".join(row[3] for row in db.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))

        assert "ix_session_start" not in plan(filtered)
        assert "COVERING INDEX ix_session_start_id" in plan(plain)
        assert db.scalar(select(func.count()).select_from(Session)) == HISTORY + SAMPLE_SESSIONS


# Typed from the start of a word, these find the same with the index as with LIKE.
WORDS = ["MAILINATOR", "Java MENTOR", "BootCamp", "H-12", "nothing like this", "Sam L",
         "example.com", "linkedin.com/in", "python", "h-3"]
FILTERS = [{}, {"types": ("intro",)}, {"statuses": (Status.COMPLETED, Status.CANCELLED)},
           {"mentee_id": "u-100"}, {"mentee": "sam"}]


def results(sessions, words_typed: list[str] = WORDS) -> dict[tuple[str, ...], object]:  # noqa: ANN001
    """Each of `words_typed`, alone and under each filter, whole and a page at a time."""
    days = sorted(r.start for r in everything(sessions))
    filters = [*FILTERS, {"start_from": days[len(days) // 3], "start_before": days[-40]}]
    seen = {}
    for words in words_typed:
        for extra in filters:
            query = SessionQuery(text=words, sort="mentee", **extra)
            seen[words, repr(extra)] = ([r.id for r in sessions.search(query)],
                                        sessions.count(query))
        # Pages in order of start (the index's own order, when no other filter applies).
        for sort in ("-start", "start"):
            query = SessionQuery(text=words, sort=sort)
            whole = [r.id for r in sessions.search(query)]
            seen[words, sort] = (whole, [[r.id for r in sessions.search(query, offset, 7)]
                                         for offset in (0, 5, max(0, len(whole) - 3))])
    return seen


def test_the_index_finds_what_like_finds_in_the_same_order(history, services) -> None:  # noqa: ANN001
    """Every search above, alone and under each filter, whole and a page at a time: the index
    and LIKE give the same sessions in the same order."""
    indexed = results(history)
    assert sum(bool(v[0]) for v in indexed.values()) > len(indexed) // 2
    with services.engine.begin() as conn:
        search_index.drop(conn)
    assert results(SessionService(services.factory, services.clock, services.hub)) == indexed


# Words as the index takes them: accents and case folded, the last word the start of one,
# punctuation between words; and what it never finds.
SERVER_WORDS = [*WORDS, "tomas", "TOMÁS", "garcia", "lukasz", "sam lee", "sam le", "am lee",
                "lee sam", "h_1", "h 12", '"sam lee"', "sam* lee", "-sam lee", "NEAR(sam lee)",
                '"', "*", "%", "mentor java", "linkedin com in"]


def test_a_server_database_finds_what_the_index_finds(tmp_path, clock, postgres_template) -> None:  # noqa: ANN001
    """The same history on SQLite (its FTS5 index) and on PostgreSQL (words over unaccent):
    every search gives the same sessions in the same order, and counts them the same."""
    from services.container import Services

    found = {}
    for name, where in (("sqlite", str(tmp_path / "indexed.sqlite3")),
                        ("postgresql", postgres_template.new_database())):
        app = Services.open(where, clock)
        try:
            found[name] = results(fill(app, clock), SERVER_WORDS)
        finally:
            app.close()
            if name == "postgresql":
                postgres_template.drop(where)
    assert sum(bool(v[0]) for v in found["sqlite"].values()) > len(found["sqlite"]) // 2
    assert found["postgresql"] == found["sqlite"]
