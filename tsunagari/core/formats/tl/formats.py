"""Tagalog (Filipino) formats: Django has none, and would use its English defaults.

Dates are written as in the Philippines (Nobyembre 28, 2026; 11/28/2026) with the month
names of locale_vendor/tl. Times use the 24-hour clock, like the opening hours on the
same pages (they come from Japanese sources, which write 21:00).
"""

DATE_FORMAT = "F j, Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "F j, Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "F j"
SHORT_DATE_FORMAT = "m/d/Y"
SHORT_DATETIME_FORMAT = "m/d/Y H:i"
FIRST_DAY_OF_WEEK = 0  # Sunday, as calendars in the Philippines show it

DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # '2026-11-28'
    "%m/%d/%Y",  # '11/28/2026'
    "%m/%d/%y",  # '11/28/26'
]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
