"""The services' refusals, red flags and errors read in the window's language: every rule's
sentence has its German and Arabic wording, filled from the facts the services give."""

from __future__ import annotations

import re
from datetime import date

import pytest

from desktop.wording import FLAG_TITLES, NOT_FOUND, RULES, SERVER, error_text, red_flag_text, \
    refusal_text, rule_text
from services import errors, policy
from services.errors import CalendarServerError, DatabaseBusy, DomainError, InvalidInput, \
    NotFound, Problem, RuleViolation
from services.redflags import NAME_SIGNS
from tests.services.builders import BERLIN, bundle, export, intro, local, mentee, paid

# Of the codes worded by one of several sentences, every value the services give.
VARIANTS = {"outside_availability": ("intro", "paid"), "window_overlap": ("intro", "paid"),
            "reason_required": ("reject", "cancel"),
            "invalid_transition": ("accepted", "rejected", "cancelled", "confirmed"),
            "bad_amount": ("progress", "a target", "the commission")}


def test_every_rule_of_the_services_has_a_sentence_of_the_window() -> None:
    for code in errors._RULES:
        keys = [f"{code}:{v}" for v in VARIANTS[code]] if code in VARIANTS else [code]
        for key in keys:
            assert key in RULES, key
    assert {key.split(":")[0] for key in RULES} == set(errors._RULES)


def refusals(services) -> list[DomainError]:  # noqa: ANN001
    """One refusal of each kind a mentor meets, made by the services themselves."""
    services.importer.import_document(export(
        BERLIN,
        mentees=[mentee("u-1", "Sam Lee"), mentee("u-2", "Priya Raman")],
        bundles=[bundle("b-1", "u-1", total=2, used=2)],
        sessions=[
            paid("s-1", "u-1", "b-1", local(BERLIN, "2026-03-04T10:00")),
            intro("r-1", "u-2", local(BERLIN, "2026-03-04T10:00")),
            intro("r-2", "u-2", local(BERLIN, "2026-03-02T08:00")),
            paid("s-2", "u-1", "b-1", local(BERLIN, "2026-03-02T10:30")),
        ]))
    found: list[DomainError] = []

    def refused(call) -> None:  # noqa: ANN001
        try:
            call()
        except DomainError as exc:
            found.append(exc)
        else:
            raise AssertionError("not refused")

    sessions, availability = services.sessions, services.availability
    refused(lambda: sessions.request_intro("u-2", local(BERLIN, "2026-03-03T10:00")))
    refused(lambda: sessions.request_intro("u-2", local(BERLIN, "2026-04-03T10:00")))
    refused(lambda: sessions.accept("r-1"))  # overlaps s-1
    refused(lambda: sessions.accept("r-2"))  # expired
    refused(lambda: sessions.cancel("s-2", "ill"))  # too late
    refused(lambda: sessions.reject("r-1", " "))
    refused(lambda: sessions.reject("r-1", "x" * (policy.REASON_MAX_CHARS + 1)))
    refused(lambda: sessions.confirm("s-1", "held"))  # not ended
    refused(lambda: sessions.book_paid("u-1", local(BERLIN, "2026-03-10T10:00")))  # no bundle
    refused(lambda: sessions.book_paid("u-2", local(BERLIN, "2026-03-01T10:00")))  # past
    refused(lambda: sessions.book_paid("u-1", local(BERLIN, "2026-03-10T10:00"), minutes=5))
    refused(lambda: sessions.get("s-404"))
    refused(lambda: availability.add_window("paid", 0, 600, 540))
    availability.add_window("intro", 1, 9 * 60, 12 * 60)
    refused(lambda: availability.add_window("intro", 1, 11 * 60, 13 * 60))
    refused(lambda: sessions.request_intro("u-1", local(BERLIN, "2026-03-10T15:00")))
    availability.add_day_off(date(2026, 3, 10))
    refused(lambda: sessions.request_intro("u-1", local(BERLIN, "2026-03-10T10:00")))
    refused(lambda: services.settings.set_timezone("Mars/Olympus"))
    return found


@pytest.mark.parametrize("code", ["de", "ar"])
def test_each_refusal_reads_in_the_language_with_its_facts(services, language, code) -> None:  # noqa: ANN001
    found = refusals(services)
    language(code)
    kinds = set()
    for exc in found:
        text = error_text(exc)
        kinds.add(getattr(exc, "code", type(exc).__name__))
        assert "{" not in text and "%1" not in text and "%n" not in text, text
        assert text != exc.message[:1].upper() + exc.message[1:], text
        assert not re.search(r"\b(the|this|is|has|session|sessions)\b", text), text
        # Ids, names and numbers the sentence is about are in it.
        for value in ("s-1", "Sam Lee", "r-2", "s-404", "Mars/Olympus"):
            if value in exc.message:
                assert value in text, (value, text)
    assert {"intro_notice", "intro_too_far", "double_booking", "request_expired",
            "cancel_too_late", "reason_required", "reason_too_long", "not_ended",
            "no_active_bundle", "in_the_past", "bad_duration", "not_found", "bad_window",
            "window_overlap", "outside_availability", "day_off", "unknown_timezone"} <= kinds


def test_in_english_the_window_shows_the_services_own_sentence(services) -> None:  # noqa: ANN001
    for exc in refusals(services):
        text = error_text(exc)
        assert text.rstrip(".") == (exc.message[:1].upper() + exc.message[1:]).rstrip(".")


def test_german_words_times_spans_and_dates_by_its_locale(services, language) -> None:  # noqa: ANN001
    found = {getattr(e, "code", ""): e for e in refusals(services)}
    language("de")
    assert error_text(found["double_booking"]) == (
        "Das würde sich mit Sitzung s-1 überschneiden (Sam Lee, bezahlte Sitzung, 10:00–11:00 "
        "am Mi., 4. März); ein Mentor hat nie zwei Sitzungen zugleich.")
    assert error_text(found["intro_notice"]) == (
        "Einführungsgespräche müssen mindestens 48 Stunden im Voraus gebucht werden; dieses "
        "beginnt in 24 Std.")
    assert "Dienstag, 10. März 2026" in error_text(found["day_off"]) or \
        "Dienstag 10. März 2026" in error_text(found["day_off"])


def test_the_cancel_refusal_of_upcoming_is_worded_too(services, language) -> None:  # noqa: ANN001
    services.importer.import_document(export(BERLIN, sessions=[
        intro("s-9", "u-1", local(BERLIN, "2026-03-02T20:00"), status="scheduled")]))
    refusal = services.sessions.cancel_refusal("s-9")
    assert refusal is not None and refusal.code == "cancel_too_late"
    assert refusal_text(refusal) == refusal.message[:1].upper() + refusal.message[1:] + "."
    language("ar")
    assert refusal_text(refusal) == (
        "لا يمكن إلغاء الجلسات إلا قبل بدئها بـ24 ساعة على الأقل؛ هذه الجلسة تبدأ بعد 10 س.")


def test_a_refusal_without_its_facts_falls_back_to_the_services_words(language) -> None:  # noqa: ANN001
    language("de")
    exc = RuleViolation("busy_time", busy='"Dentist", Thu 5 Mar 16:00–17:00')
    assert rule_text(exc.code, exc.details, exc.message) == (
        'This overlaps busy time in your calendar: "Dentist", Thu 5 Mar 16:00–17:00; it can be '
        "booked anyway only with your consent.")


def spammy(services) -> list:  # noqa: ANN001
    """The red flags of a spam request, as the review of the invitation gives them."""
    services.importer.import_document(export(
        BERLIN, mentees=[mentee("u-9", "Asdf 123", email="x@mailinator.com")],
        sessions=[intro("r-7", "u-9", local(BERLIN, "2026-03-05T10:00"), form={
            "What do you want to achieve?": "-", "Your background?": "crypto",
            "Anything else?": "click here bit.ly/x and www.spam.example make money fast"})]))
    return list(services.sessions.review("r-7").red_flags)


@pytest.mark.parametrize("code", ["de", "ar"])
def test_red_flags_read_in_the_language_with_their_evidence(services, language, code) -> None:  # noqa: ANN001
    flags = spammy(services)
    assert {f.sign for f in flags} >= {"fake_name", "throwaway_email", "empty_answer",
                                       "one_word_answer", "short_link", "stray_link",
                                       "money_words"}
    language(code)
    for flag in flags:
        title, text = red_flag_text(flag)
        assert title != flag.title and text != flag.explanation, (title, text)
        assert "{" not in text and "%1" not in text, text
    worded = dict(red_flag_text(f) for f in flags)
    assert "mailinator.com" in worded[red_flag_text(flags[1])[0]]
    assert any("bit.ly/x" in text for text in worded.values())


def test_every_sign_of_a_made_up_name_is_worded() -> None:
    from desktop.wording import NAME_SIGNS as WORDED

    assert set(WORDED) == set(NAME_SIGNS)
    assert set(FLAG_TITLES) >= {"empty_answer", "one_word_answer", "fake_name",
                                "throwaway_email", "short_link", "stray_link", "money_words",
                                "busy_clash"}


def test_not_found_busy_invalid_files_and_calendar_servers_are_worded(language) -> None:  # noqa: ANN001
    language("de")
    assert error_text(NotFound("session", "s-9")) == "Hier gibt es keine Sitzung s-9."
    assert error_text(DatabaseBusy(15.0)).startswith("Die Datenbank ist belegt")
    invalid = InvalidInput("export.json", [Problem("$.sessions[0]", "bad"),
                                           Problem("$.sessions[1]", "bad")])
    assert error_text(invalid) == ("export.json wurde nicht importiert: 2 Probleme; nichts "
                                   "wurde geändert.")
    offline = CalendarServerError("cannot reach dav.example: timed out", reason="unreachable",
                                  host="dav.example", why="timed out")
    assert error_text(offline) == "dav.example ist nicht erreichbar: timed out"
    assert set(NOT_FOUND) >= {"session", "mentee", "bundle"}
    assert set(SERVER) >= {"forbidden", "bad_login", "unreachable", "password_needed"}


def test_the_invitations_page_says_why_accept_is_refused_in_german(qtbot, ctx, language) -> None:  # noqa: ANN001
    from desktop.views.invitations_page import InvitationsPage

    spammy(ctx.services)
    ctx.services.importer.import_document(export(
        BERLIN, exported_at="2026-03-01T10:00:00Z",
        sessions=[intro("s-1", "u-1", local(BERLIN, "2026-03-05T10:10"), status="scheduled")]))
    language("de")
    page = InvitationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    assert not page._accept.isEnabled()
    assert page._why.text().startswith("Das würde sich mit Sitzung s-1 überschneiden (")
    assert page._flags.texts()[0].startswith("Name wirkt erfunden: Der Name „Asdf 123“")
