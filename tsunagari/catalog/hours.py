"""Opening hours as data, and `is_open`: is this line or desk open at a given moment?

Pure Python (no Django) so the navigator engine can call it on the catalog snapshot.
All times are Japan time (Asia/Tokyo). Many published hours are free text, dated or
"varies by region": UNKNOWN is then the honest answer, never a guess.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, time

DAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class OpenState(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"


class Reliability(enum.Enum):
    STATED = "stated"  # the source states these hours
    DATED = "dated"  # hours from an old article: shown with a caution, still computed
    VARIES = "varies"  # differs by region or desk: never computed (UNKNOWN)


@dataclass(frozen=True, slots=True)
class WeeklyRule:
    """Open on `days` from `opens` to `closes` minutes after midnight.

    `closes` may exceed 24*60: the window then runs into the next morning.
    """

    days: frozenset[str]
    opens: int
    closes: int


@dataclass(frozen=True, slots=True)
class Period:
    """A window (Japan time, naive) outside which a period-only line is closed (#9999)."""

    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class Schedule:
    reliability: Reliability = Reliability.STATED
    always: bool = False
    weekly: tuple[WeeklyRule, ...] = ()
    closed_on_holidays: bool = False
    closed_year_end: bool = False  # 12/29–1/3 (年末年始)
    periods: tuple[Period, ...] = ()
    note: str = field(default="", compare=False)


def parse_clock(value: str) -> int:
    """'09:30' -> 570; '25:00' -> 1500 (1 a.m. the next day)."""
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


def clock_of(moment: datetime) -> time:
    return moment.timetz()
