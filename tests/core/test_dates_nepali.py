"""Dates and times on Nepali pages and memos, written as Nepali readers in Japan expect.

International digits, year-month-day with the month's name, the 24-hour clock, and the
common Nepali spelling of months and weekdays (docs/translation/glossary.md, Nepali notes).
"""

from __future__ import annotations

import re
from datetime import datetime

from django.utils import translation
from django.utils.formats import date_format, time_format

NOVEMBER_SATURDAY_EVENING = datetime(2026, 11, 28, 21, 5)
MONTHS = "जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर"
# 2026-11-29 is a Sunday.
WEEKDAYS = "आइतबार सोमबार मंगलबार बुधबार बिहीबार शुक्रबार शनिबार"
SHORT_WEEKDAYS = "आइत सोम मंगल बुध बिही शुक्र शनि"
DEVANAGARI_DIGIT = re.compile("[\u0966-\u096f]")


def test_dates_read_year_month_day_with_the_months_name():
    with translation.override("ne"):
        assert date_format(NOVEMBER_SATURDAY_EVENING, "DATE_FORMAT") == "2026 नोभेम्बर 28"
        assert date_format(NOVEMBER_SATURDAY_EVENING, "DATETIME_FORMAT") == (
            "2026 नोभेम्बर 28, 21:05"
        )
        assert date_format(NOVEMBER_SATURDAY_EVENING, "SHORT_DATE_FORMAT") == "2026/11/28"


def test_times_use_the_24_hour_clock_like_the_opening_hours():
    with translation.override("ne"):
        assert time_format(NOVEMBER_SATURDAY_EVENING, "TIME_FORMAT") == "21:05"
        assert date_format(NOVEMBER_SATURDAY_EVENING, "D H:i") == "शनि 21:05"


def test_months_and_weekdays_are_spelled_as_nepali_writes_them():
    with translation.override("ne"):
        months = [date_format(datetime(2026, month, 1), "F") for month in range(1, 13)]
        alt_months = [date_format(datetime(2026, month, 1), "E") for month in range(1, 13)]
        weekdays = [date_format(datetime(2026, 11, day), "l") for day in range(29, 31)]
        weekdays += [date_format(datetime(2026, 12, day), "l") for day in range(1, 6)]
        short = [date_format(datetime(2026, 11, day), "D") for day in range(29, 31)]
        short += [date_format(datetime(2026, 12, day), "D") for day in range(1, 6)]
    assert months == MONTHS.split()
    assert alt_months == MONTHS.split()
    assert weekdays == WEEKDAYS.split()
    assert short == SHORT_WEEKDAYS.split()


def test_no_devanagari_digits_and_no_am_pm_in_any_date_format():
    formats = ("DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATETIME_FORMAT", "MONTH_DAY_FORMAT")
    with translation.override("ne"):
        written = [date_format(NOVEMBER_SATURDAY_EVENING, name) for name in formats]
        written.append(time_format(NOVEMBER_SATURDAY_EVENING))
    assert not any(DEVANAGARI_DIGIT.search(text) for text in written)
    assert not any(re.search(r"[ap]\.?m\.?", text, re.IGNORECASE) for text in written)
