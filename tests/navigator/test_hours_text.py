"""Hours worded in the reader's language from the catalog's data, never changed in wording."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from tsunagari.catalog.hours import format_clock, schedule_from_dict
from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.core.languages import FOREIGN_LANGUAGE_CODES
from tsunagari.navigator.hours_text import hours_in

CONTACTS = [c for e in snapshot_from_seed_files().services for c in e.contacts]
TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?!\d)")


def english(data: dict, published: str = "") -> str:
    with translation.override("en"):
        hours = hours_in(published, schedule_from_dict(data), "en")
    assert hours.lang == "en"
    return hours.text


def test_weekdays_and_saturday_with_closures():
    text = english(
        {
            "weekly": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "open": "09:00", "close": "21:00"},
                {"days": ["sat"], "open": "09:00", "close": "17:00"},
            ],
            "holidays": "closed",
            "year_end": "closed",
        }
    )
    assert text == (
        "Mon–Fri: 9:00–21:00; Sat: 9:00–17:00; closed on public holidays; "
        "closed over the New Year holidays"
    )


def test_always_open_is_every_day_24_hours():
    assert english({"always": True}) == "Every day: 24 hours"


def test_a_window_past_midnight_says_the_next_day():
    data = {"weekly": [{"days": ["fri", "sun"], "open": "22:00", "close": "25:00"}]}
    assert english(data) == "Fri, Sun: 22:00 to 1:00 the next day"


def test_two_windows_on_the_same_days_and_a_split_week():
    data = {
        "weekly": [
            {"days": ["mon", "wed", "thu", "fri", "sat"], "open": "18:30", "close": "22:30"},
            {"days": ["mon", "wed", "thu", "fri", "sat"], "open": "14:00", "close": "18:00"},
        ]
    }
    assert english(data) == "Mon, Wed–Sat: 14:00–18:00, 18:30–22:30"


def test_hours_from_an_older_source_say_so():
    data = {
        "reliability": "dated",
        "weekly": [{"days": ["thu"], "open": "10:00", "close": "20:00"}],
    }
    assert english(data) == "Thu: 10:00–20:00 (from an older source, so they may have changed)"


def test_a_rule_kept_in_the_note_sends_the_reader_to_the_published_text():
    published = "毎日16:00-21:00、毎月10日は8:00〜翌8:00の24時間"
    data = {
        "weekly": [
            {
                "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                "open": "16:00",
                "close": "21:00",
            }
        ],
        "note": "毎月10日は24時間",
    }
    with translation.override("en"):
        hours = hours_in(published, schedule_from_dict(data), "en")
    assert (hours.text, hours.japanese) == ("Every day: 16:00–21:00", published)


def test_hours_that_vary_stay_japanese_as_published():
    with translation.override("en"):
        hours = hours_in("自治体により異なる", schedule_from_dict({"reliability": "varies"}), "en")
        none = hours_in("平日9:00-17:00", None, "en")
    assert (hours.text, hours.lang, hours.only_japanese) == ("自治体により異なる", "ja", True)
    assert (none.text, none.lang) == ("平日9:00-17:00", "ja")


def test_the_japanese_page_shows_the_published_text():
    with translation.override("ja"):
        hours = hours_in("24時間365日", schedule_from_dict({"always": True}), "ja")
    assert (hours.text, hours.lang, hours.japanese) == ("24時間365日", "ja", "")


def test_easy_japanese_writes_the_hours_in_plain_words():
    """「平日」 and 「年末年始を除く」 are words an easy-Japanese reader may not know."""
    weekdays = schedule_from_dict(
        {
            "weekly": [
                {"days": ["mon", "tue", "wed", "thu", "fri"], "open": "09:00", "close": "17:00"}
            ],
            "year_end": "closed",
        }
    )
    with translation.override("ja-easy"):
        hours = hours_in("平日9:00-17:00(年末年始を除く)", weekdays, "ja-easy")
    assert hours.lang == "ja-easy"
    assert "9:00" in hours.text
    assert "17:00" in hours.text
    assert "平日" not in hours.text
    assert "年末年始" not in hours.text


def clock(minutes: int) -> str:
    """A schedule's minute as the pages write it: 25:00 is 1:00 the next day, 24:00 stays."""
    return "24:00" if minutes == 24 * 60 else format_clock(minutes % (24 * 60))


@pytest.mark.parametrize("lang", FOREIGN_LANGUAGE_CODES)
def test_every_time_written_is_a_time_of_the_schedule(lang):
    """The words change with the language; the clock times never do."""
    checked = 0
    for contact in CONTACTS:
        schedule = contact.schedule
        if schedule is None or not schedule.weekly or schedule.periods:
            continue
        with translation.override(lang):
            text = hours_in(contact.hours_text, schedule, lang).text
        windows = [r for r in schedule.weekly if (r.opens, r.closes) != (0, 24 * 60)]
        expected = {clock(m) for r in windows for m in (r.opens, r.closes)}
        written = {f"{int(h):02d}:{m}" for h, m in TIME.findall(text)}
        assert written == expected, (contact.value, text)
        checked += 1
    assert checked > 25


@pytest.mark.parametrize("lang", FOREIGN_LANGUAGE_CODES)
def test_structured_hours_are_never_left_in_english_on_another_page(lang):
    if lang == "en":
        return
    with translation.override(lang):
        text = hours_in("", schedule_from_dict({"always": True, "holidays": "closed"}), lang).text
    assert not [words for words in ("Every day", "24 hours", "holidays") if words in text]
