"""Translations: the files hold every string of the code, translated, with their plural forms and
placeholders; the translators load; Arabic runs right to left; dates follow the language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from desktop import formatting
from desktop.i18n import DEFAULT_LOCALES, locale_for, resolve
from desktop.languages import LANGUAGES, RIGHT_TO_LEFT
from desktop.models.agenda_model import BlockKind
from desktop.models.roles import IdRole
from desktop.models.invitation_list_model import flag_count_text
from desktop.resources import resource_path
from desktop.views.calendar_page import CalendarPage
from desktop.views.settings_dialog import SettingsDialog
from desktop.views.upcoming_page import UpcomingPage
from tasks import TRANSLATIONS, lupdate_command, qt_tool

FOLDER = resource_path("i18n")
TOOLS = Path(sys.executable).parent
# Plural forms per language, as Qt counts them: English and German one/other; Arabic zero,
# one, two, few (3-10), many (11-99) and other (100-102, ...).
FORMS = {"en": 2, "de": 2, "ar": 6}
BERLIN = ZoneInfo("Europe/Berlin")


def messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [(context.findtext("name"), message) for context in root.iter("context")
            for message in context.iter("message")]


def placeholders(text: str) -> set[str]:
    """%1, %2 and the named ones of the services' sentences ({mentee}, {span})."""
    return set(re.findall(r"%\d|\{\w+\}", text))


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_string_of_the_code_is_in_the_file_translated(tmp_path, language) -> None:  # noqa: ANN001
    """lupdate over today's code changes nothing in the committed file: no string is new
    (untranslated) or gone."""
    committed = FOLDER / f"mentordesk_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    done = subprocess.run(lupdate_command(fresh, language, qt_tool("pyside6-lupdate", TOOLS)),
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    untranslated = [f"{context}: {message.findtext('source')}"
                    for context, message in messages(fresh)
                    if message.find("translation").get("type") in ("unfinished", "vanished",
                                                                    "obsolete")]
    assert not untranslated, ("new strings, run `python3 tasks.py translations` and translate "
                              f"them: {untranslated}")
    assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), \
        "the file is not as lupdate leaves it: run `python3 tasks.py translations`"
    assert len(messages(committed)) > (10 if language == "en" else 300)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_translations_keep_their_placeholders_and_have_every_plural_form(language) -> None:
    plurals = 0
    for context, message in messages(FOLDER / f"mentordesk_{language}.ts"):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            plurals += 1
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == FORMS[language] and all(forms), (context, source)
            for n, form in enumerate(forms):
                # Arabic says one and two in the word itself ("جلسة واحدة", "جلستان"): those
                # forms may leave the count out, never add a placeholder.
                if language == "ar" and n in (1, 2):
                    assert placeholders(form) <= placeholders(source), (context, source, form)
                else:
                    assert placeholders(form) == placeholders(source), (context, source, form)
            # The count itself is shown at least in the general plural form.
            assert "%n" not in source or "%n" in forms[-1], (context, source)
        else:
            text = translation.text or ""
            assert text.strip(), (context, source)
            assert placeholders(text) == placeholders(source), (context, source, text)
    assert plurals >= 15


def test_english_holds_the_plural_forms_only() -> None:
    found = messages(FOLDER / "mentordesk_en.ts")
    assert found and all(message.get("numerus") == "yes" for _, message in found)
    for context, message in found:
        forms = [form.text for form in message.find("translation").iter("numerusform")]
        assert len(forms) == FORMS["en"] and all(forms), (context, message.findtext("source"))


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_the_compiled_files_are_those_of_the_sources(tmp_path, language) -> None:  # noqa: ANN001
    source = FOLDER / f"mentordesk_{language}.ts"
    compiled = tmp_path / f"{language}.qm"
    done = subprocess.run([qt_tool("pyside6-lrelease", TOOLS), "-silent", str(source), "-qm",
                           str(compiled)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert compiled.read_bytes() == source.with_suffix(".qm").read_bytes(), \
        "the .qm is older than its .ts: run `python3 tasks.py translations`"


def test_the_language_follows_the_system_unless_one_is_chosen() -> None:
    assert resolve("system", QLocale("de_AT")) == "de"
    assert resolve("system", QLocale("ar_EG")) == "ar"
    assert resolve("system", QLocale("fr_FR")) == "en"
    assert resolve("de", QLocale("ar_EG")) == "de"
    assert resolve("en", QLocale("de_DE")) == "en"
    assert resolve("klingon", QLocale("de_DE")) == "de"  # an unknown setting: as the system
    assert set(LANGUAGES) == set(TRANSLATIONS)


def test_a_language_keeps_the_systems_country_when_it_writes_0_to_9() -> None:
    assert locale_for("de", QLocale("de_AT")).name() == "de_AT"
    assert locale_for("de", QLocale("en_US")).name() == "de_DE"
    # Egypt writes Arabic-Indic digits; the window keeps 0-9 everywhere.
    assert locale_for("ar", QLocale("ar_EG")).name() == "ar_AE"
    assert locale_for("ar", QLocale("ar_EG")).zeroDigit() == "0"


def test_the_languages_written_right_to_left_are_those_whose_locales_say_so(language) -> None:  # noqa: ANN001
    for code in LANGUAGES:
        locale = QLocale(DEFAULT_LOCALES[code])
        assert (code in RIGHT_TO_LEFT) == \
            (locale.textDirection() == Qt.LayoutDirection.RightToLeft), code
    # Back and forth: the direction follows each language applied.
    for code, direction in (("ar", Qt.LayoutDirection.RightToLeft),
                            ("de", Qt.LayoutDirection.LeftToRight),
                            ("ar", Qt.LayoutDirection.RightToLeft),
                            ("en", Qt.LayoutDirection.LeftToRight)):
        language(code)
        assert QApplication.layoutDirection() == direction, code


def test_dates_and_times_are_worded_by_the_language(language) -> None:  # noqa: ANN001
    start = datetime(2026, 3, 5, 15, 0, tzinfo=UTC)  # Thursday, 16:00 in Berlin
    expected = {
        "en": ("Thu 5 Mar 2026, 16:00", "Thu 5 Mar", "Thursday", "March 2026", "starts in 2 days"),
        "de": ("Do., 5. März 2026, 16:00", "Do., 5. März", "Donnerstag", "März 2026",
               "beginnt in 2 Tagen"),
        "ar": ("الخميس 5 مارس 2026، 16:00", "الخميس 5 مارس", "الخميس", "مارس 2026",
               "تبدأ بعد يومين"),
    }
    for code, (when, day, weekday, month, starts) in expected.items():
        language(code)
        assert formatting.when_text(start, BERLIN) == when
        assert formatting.day_text(date(2026, 3, 5)) == day
        assert formatting.weekday_text(3) == weekday
        assert formatting.date_text(date(2026, 3, 1), "month") == month
        assert formatting.starts_in_text(start, start + timedelta(hours=1),
                                         start - timedelta(days=2)) == starts


def test_plural_forms_follow_the_count(language) -> None:  # noqa: ANN001
    assert [flag_count_text(n) for n in (0, 1, 2, 11)] == [
        "", "1 red flag", "2 red flags", "11 red flags"]
    language("de")
    assert [flag_count_text(n) for n in (1, 2)] == ["1 Warnsignal", "2 Warnsignale"]
    language("ar")
    assert [flag_count_text(n) for n in (1, 2, 3, 11, 100)] == [
        "علامة تحذير واحدة", "علامتا تحذير", "3 علامات تحذير", "11 علامةَ تحذير",
        "100 علامة تحذير"]


def test_the_window_speaks_german_with_qts_own_buttons_too(qtbot, demo_ctx, language) -> None:  # noqa: ANN001
    language("de")
    page = UpcomingPage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    texts = {label.text() for label in page.findChildren(QLabel)}
    assert "Sitzungen, die in den nächsten 72 Stunden beginnen" in texts
    assert page.title() == "Anstehend" and page._cancel.text() == "Sitzung absagen…"
    model = page._table.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Wann"
    assert model.index(0, 0).data().startswith("Mo., 2. März 2026, ")
    dialog = SettingsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Speichern"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_runs_right_to_left_and_the_agenda_mirrors(qtbot, demo_ctx, language) -> None:  # noqa: ANN001
    language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page = CalendarPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    assert page.isRightToLeft() and page.title() == "التقويم"
    agenda = page.agenda_view
    first_day = agenda.agenda().days[0].day
    block = next(b for b in agenda.agenda().blocks
                 if b.kind == BlockKind.SESSION and b.day == first_day)
    mirrored = agenda.block_rect(block)
    # The first day sits at the right, beside the hours; a click finds the block there.
    assert mirrored.right() > agenda.width() * 0.75
    assert agenda.block_at(mirrored.center()) == block
    agenda.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    plain = agenda.block_rect(block)
    assert plain.left() < agenda.width() * 0.25
    assert mirrored.left() == pytest.approx(agenda.width() - plain.right())
    assert (mirrored.top(), mirrored.height()) == (plain.top(), plain.height())


def test_the_language_is_chosen_in_settings_for_the_next_start(qtbot, ctx) -> None:  # noqa: ANN001
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "System", "English", "Deutsch", "العربية"]
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert ctx.settings.language == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight  # at the next start


def test_arabic_earnings_chart_runs_right_to_left(qtbot, demo_ctx, language) -> None:  # noqa: ANN001
    from desktop.views.mentees_page import MenteesPage

    language("ar")
    page = MenteesPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.tabs.setCurrentWidget(page.earnings)
    page.refresh()
    chart = page.earnings.chart
    chart.resize(600, 240)
    mirrored = [net for net, _waiting in chart.bar_rects()]
    # The oldest month on the right, beside the scale; the newest on the left.
    assert mirrored[0].left() > mirrored[-1].left()
    chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    plain = [net for net, _waiting in chart.bar_rects()]
    assert plain[0].left() < plain[-1].left()
    for rtl, ltr in zip(mirrored, plain):
        assert rtl.left() == pytest.approx(chart.width() - ltr.right())
        assert (rtl.top(), rtl.height()) == (ltr.top(), ltr.height())


def test_arabic_mentees_page_selects_the_mentee_it_is_asked_for(qtbot, demo_ctx, language) -> None:  # noqa: ANN001
    from desktop.views.mentees_page import MenteesPage

    language("ar")
    page = MenteesPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    wanted = page.list.model.index(3, 0).data(IdRole)
    page.select_mentee(wanted)
    # Selected in the list (right to left, the table scrolled to its start) and shown beside it.
    assert page.list.current_id() == wanted
    assert page.profile.mentee_id() == wanted
