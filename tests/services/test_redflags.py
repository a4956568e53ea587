"""Red flags in intro requests: each heuristic at its boundary, and none on honest forms."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from services.records import BusyRecord, SessionRecord
from services.redflags import (
    LOCAL_THROWAWAY_DOMAINS,
    essential_questions,
    find_red_flags,
    links_in,
    money_words,
    name_problems,
    throwaway_domain,
    throwaway_domains,
)

START = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)
GOAL = "What do you want to achieve?"
BACKGROUND = "Your background"
HONEST_FORM = {
    GOAL: "Move from QA into backend engineering within a year.",
    BACKGROUND: "4 years of manual and automated testing, some Python.",
    "LinkedIn": "https://www.linkedin.com/in/sam-lee",
}


def request(name: str = "Sam Lee", email: str = "sam.lee@example.com",
            form: dict[str, str] | None = None, start: datetime = START) -> SessionRecord:
    return SessionRecord(
        id="s-1", type="intro", status="requested", mentee_id="u-1", mentee_name=name,
        mentee_email=email, mentee_timezone=None, start=start, end=start + timedelta(minutes=20),
        duration_minutes=20, bundle_id=None, form=dict(HONEST_FORM if form is None else form),
        requested_at=None, reason=None, outcome=None, decision=None, origin="platform",
        revision=0, updated_at=START)


def busy(start: datetime, end: datetime, summary: str = "Dentist",
         all_day: bool = False) -> BusyRecord:
    return BusyRecord(1, "Work calendar", start, end, summary, all_day)


def codes(record: SessionRecord, blocks: list[BusyRecord] | None = None) -> list[str]:
    return [f.code for f in find_red_flags(record, blocks or [])]


def with_answers(**answers: str) -> dict[str, str]:
    form = dict(HONEST_FORM)
    form.update({GOAL if k == "goal" else BACKGROUND: v for k, v in answers.items()})
    return form


def test_an_honest_request_has_no_red_flags() -> None:
    assert find_red_flags(request(), []) == []


# -- essential questions ---------------------------------------------------------------------------

def test_goal_and_background_questions_are_essential_and_link_fields_are_not() -> None:
    assert essential_questions(HONEST_FORM) == [GOAL, BACKGROUND]


def test_without_goal_or_background_wording_the_first_two_questions_are_essential() -> None:
    form = {"Portfolio URL": "", "Topic": "x", "Preferred language": "y", "Notes": "z"}
    assert essential_questions(form) == ["Topic", "Preferred language"]


def test_an_empty_essential_answer_is_flagged_with_its_question() -> None:
    flags = find_red_flags(request(form=with_answers(background="   ")), [])
    assert [f.code for f in flags] == ["empty_answer"]
    assert f'"{BACKGROUND}" was left empty' in flags[0].explanation


def test_an_answer_of_punctuation_only_counts_as_empty() -> None:
    flags = find_red_flags(request(form=with_answers(goal="-")), [])
    assert [f.code for f in flags] == ["empty_answer"]
    assert '(only "-")' in flags[0].explanation


def test_a_one_word_answer_is_flagged_and_quoted() -> None:
    flags = find_red_flags(request(form=with_answers(goal="money")), [])
    assert [f.code for f in flags] == ["one_word_answer"]
    assert f'"{GOAL}" was answered with one word: "money"' in flags[0].explanation


def test_two_words_are_not_a_one_word_answer() -> None:
    assert codes(request(form=with_answers(goal="Backend engineering"))) == []


def test_an_empty_link_field_is_not_flagged() -> None:
    assert codes(request(form={**HONEST_FORM, "LinkedIn": ""})) == []


def test_a_form_without_questions_has_nothing_to_flag_in_answers() -> None:
    assert codes(request(form={})) == []


# -- names ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "Sam Lee", "Chloé Martin", "Olusegun Adeyemi", "Li Na", "Ng Wei", "Tomás Silva",
    "Jean-Luc Picard", "O'Brien Kelly", "张伟", "Мария Иванова", "Llwyd Powys", "Ana",
    "Brynn Wyatt", "Testa Rossi",
])
def test_real_names_look_real(name: str) -> None:
    assert name_problems(name) == []


@pytest.mark.parametrize(("name", "because"), [
    ("xx", '"xx" is one letter repeated'),
    ("Aaaa Smith", '"aaaa" is one letter repeated'),
    ("J K", "only single letters"),
    ("asdf", "runs along the keyboard (asdf)"),
    ("Qwerty Jones", "runs along the keyboard (qwer)"),
    ("Lkjh Brown", "runs along the keyboard (lkjh)"),
    ("Test Test", "placeholder word (test)"),
    ("John Doe", "well-known placeholder name"),
    ("Sam Lee2", "contains digits"),
    ("Xdfrt Bkp", "no vowels"),
    ("", "empty"),
    ("!!!", "no letters"),
])
def test_made_up_names_are_flagged_with_the_reason(name: str, because: str) -> None:
    flags = find_red_flags(request(name=name), [])
    assert [f.code for f in flags] == ["fake_name"]
    assert because in flags[0].explanation


def test_three_neighbouring_keys_are_not_yet_a_keyboard_run() -> None:
    assert name_problems("Asdi Kaya") == []
    assert name_problems("Asdf Kaya") != []


def test_no_vowel_rule_needs_four_letters() -> None:
    assert name_problems("Ng") == []
    assert name_problems("Ngh") == []
    assert name_problems("Nghb") == ["it has no vowels"]


# -- e-mail ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("email", [
    "free-money@mailinator.com", "a@10minutemail.com", "x@guerrillamail.biz", "x@yopmail.fr",
    "x@sub.mailinator.com", "x@MAILINATOR.COM", "x@yopmail.co.uk", "x@sharklasers.com",
])
def test_throwaway_domains_are_recognised(email: str) -> None:
    assert throwaway_domain(email) is not None


@pytest.mark.parametrize("email", [
    "sam.lee@example.com", "a@gmail.com", "a@mailinator-fans.org", "a@posteo.de", "a@proton.me",
    "mailinator.com@example.com", "no-at-sign", "",
])
def test_ordinary_domains_are_not_throwaway(email: str) -> None:
    assert throwaway_domain(email) is None


def test_the_maintained_list_is_used_with_the_projects_own_additions() -> None:
    from disposable_email_domains import blocklist

    assert len(blocklist) > 10_000
    only_upstream = next(d for d in sorted(blocklist) if d.endswith(".ru") and "." not in d[:-3])
    assert throwaway_domain(f"a@{only_upstream}") == only_upstream
    assert throwaway_domain(f"a@mail.{only_upstream}") == f"mail.{only_upstream}"
    for domain in LOCAL_THROWAWAY_DOMAINS:
        assert throwaway_domain(f"a@{domain}") == domain
    assert LOCAL_THROWAWAY_DOMAINS <= throwaway_domains()


def test_a_throwaway_address_is_flagged_naming_the_domain() -> None:
    flags = find_red_flags(request(email="qwerty@10minutemail.com"), [])
    assert [f.code for f in flags] == ["throwaway_email"]
    assert "10minutemail.com" in flags[0].explanation


# -- links and money ------------------------------------------------------------------------------

def test_links_are_found_with_or_without_scheme_for_shorteners() -> None:
    assert links_in("see http://bit.ly/xx, or bit.ly/yy. www.example.org/a") == [
        "http://bit.ly/xx", "bit.ly/yy", "www.example.org/a"]
    assert links_in("React/Node.js and e.g. Python") == []


def test_a_shortened_link_is_flagged_even_in_a_link_field() -> None:
    flags = find_red_flags(request(form={**HONEST_FORM, "LinkedIn": "https://bit.ly/3abc"}), [])
    assert [(f.code, f.title) for f in flags] == [("link_spam", "Shortened link")]
    assert "https://bit.ly/3abc" in flags[0].explanation


def test_a_link_to_an_unknown_site_in_an_answer_is_flagged_naming_the_site() -> None:
    form = with_answers(background="Visit https://cheap-pills.example.biz/offer now please")
    flags = find_red_flags(request(form=form), [])
    assert [(f.code, f.title) for f in flags] == [("link_spam", "Unexpected link")]
    assert "cheap-pills.example.biz" in flags[0].explanation
    assert f'"{BACKGROUND}"' in flags[0].explanation


def test_a_linkedin_field_pointing_elsewhere_is_flagged() -> None:
    flags = find_red_flags(request(form={**HONEST_FORM, "LinkedIn": "http://my-offers.example"}), [])
    assert [f.code for f in flags] == ["link_spam"]
    assert "my-offers.example" in flags[0].explanation


def test_professional_links_in_answers_are_fine() -> None:
    form = with_answers(background="Python developer, see https://github.com/samlee/projects")
    assert codes(request(form=form)) == []


def test_a_website_field_may_link_anywhere() -> None:
    form = {**HONEST_FORM, "Personal website": "https://samlee.dev"}
    assert codes(request(form=form)) == []


@pytest.mark.parametrize("text", ["earn $$$ fast", "CLICK HERE now", "Invest in crypto today",
                                  "earn $500 a day", "earn money fast"])
def test_money_and_click_bait_wording_is_flagged_and_quoted(text: str) -> None:
    flags = find_red_flags(request(form=with_answers(goal=f"{text}, trust me")), [])
    assert [f.code for f in flags] == ["money_spam"]
    assert all(f'"{word}"' in flags[0].explanation for word in money_words(text))


@pytest.mark.parametrize("text", [
    "I want to earn more money as a senior engineer.",
    "I learn fast and I am free on weekends.",
    "Learn how to lead a small team without losing touch with the code.",
    "Negotiate a better salary and income in my next role.",
])
def test_honest_mentions_of_money_are_not_spam(text: str) -> None:
    assert money_words(text) == []
    assert codes(request(form=with_answers(goal=text))) == []


# -- busy time ------------------------------------------------------------------------------------

def test_an_overlapping_busy_block_is_flagged_with_its_summary_and_time() -> None:
    block = busy(START - timedelta(minutes=30), START + timedelta(minutes=1))
    flags = find_red_flags(request(), [block], ZoneInfo("Europe/Berlin"))
    assert [f.code for f in flags] == ["busy_clash"]
    assert '"Dentist", Fri 6 Mar 09:30–10:01' in flags[0].explanation
    assert "Work calendar" in flags[0].explanation


def test_busy_time_that_only_touches_the_session_is_no_clash() -> None:
    before = busy(START - timedelta(hours=1), START)
    after = busy(START + timedelta(minutes=20), START + timedelta(hours=1))
    assert codes(request(), [before, after]) == []


def test_busy_time_one_minute_into_the_session_end_clashes() -> None:
    block = busy(START + timedelta(minutes=19), START + timedelta(hours=1))
    assert codes(request(), [block]) == ["busy_clash"]


def test_an_all_day_event_reads_as_all_day() -> None:
    block = busy(START.replace(hour=0), START.replace(hour=0) + timedelta(days=1), "Holiday",
                 all_day=True)
    flags = find_red_flags(request(), [block])
    assert "all day on Fri 6 Mar" in flags[0].explanation


# -- the sample data --------------------------------------------------------------------------------

def test_only_the_spam_invitations_of_the_sample_data_are_flagged(services) -> None:  # noqa: ANN001
    from services.demo import install

    install(services)
    tz = services.sessions.timezone()
    flagged = {}
    for record in services.sessions.invitations():
        flags = find_red_flags(record, services.availability.busy(record.start, record.end), tz)
        if flags:
            flagged[record.mentee_name] = {f.code for f in flags}
    assert set(flagged) == {"xx", "Test Test"}
    assert flagged["xx"] == {"fake_name", "throwaway_email", "one_word_answer", "link_spam",
                             "money_spam", "busy_clash"}
    assert flagged["Test Test"] == {"fake_name", "throwaway_email", "one_word_answer",
                                    "empty_answer"}


def test_flags_are_values() -> None:
    flag = find_red_flags(request(name="xx"), [])[0]
    with pytest.raises(AttributeError):
        flag.code = "other"  # type: ignore[misc]
    assert replace(flag) == flag
