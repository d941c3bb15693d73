"""Nepali formats: Django ships none, and would write dates the American way ("नभम्वर 28,
2026, 9:05 p.m.", with Latin "p.m." inside Nepali text).

Digits: international (0-9), not Devanagari (०-९). Nepali material written for residents in
Japan by Japanese public bodies writes numbers this way (e.g. Fukuoka City's Nepali pages:
"अप्रेल 15 तारिख", "092-716-8608"), because readers match them against Japanese documents,
signs, residence cards and phone keypads. Our catalog texts and interface already do
(phone numbers, "8:30 देखि 17:15 सम्म"); a Devanagari-digit date beside them would mix two
scripts for numbers on one page. See docs/translation/glossary.md (Nepali notes).

Order: year, month, day (2026 नोभेम्बर 28), as Nepali writes its own dates (साल, महिना,
गते) and as the Japanese documents beside it do (2026年11月28日). Gregorian months, named
as in Nepali newspapers (locale_vendor/ne). Times on the 24-hour clock, like the opening
hours on the same pages, which come from Japanese sources (21:00).
"""

DATE_FORMAT = "Y F j"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "Y F j, H:i"
YEAR_MONTH_FORMAT = "Y F"
MONTH_DAY_FORMAT = "F j"
SHORT_DATE_FORMAT = "Y/m/d"
SHORT_DATETIME_FORMAT = "Y/m/d H:i"
FIRST_DAY_OF_WEEK = 0  # Sunday (आइतबार), as Nepali calendars begin the week

DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # '2026-11-28'
    "%Y/%m/%d",  # '2026/11/28'
]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = (3, 2, 0)  # 12,34,567: Nepali groups by lakh and crore
