"""Opening hours as data, and `is_open`: is this line or desk open at a given moment?

Pure Python (no Django) so the navigator engine can call it on the catalog snapshot.
All times are Japan time (Asia/Tokyo). Many published hours are free text, dated or
"varies by region": UNKNOWN is then the honest answer, never a guess.

The data shape (YAML in the catalog, a dict here) is::

    reliability: stated | dated | varies
    always: false                 # 24h/365
    weekly: [{days: [mon, tue], open: "09:00", close: "25:00"}]  # 25:00 = 1 a.m. next day
    holidays: closed | open       # Japanese public holidays; omitted = not stated
    year_end: closed | open       # 12/29–1/3 (年末年始); omitted = not stated
    periods: [{start: "2024-05-02T10:00", end: "2024-05-07T10:00"}]  # open ONLY inside
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays as holidays_lib

DAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MINUTES_PER_DAY = 24 * 60
KEYS = frozenset({"reliability", "always", "weekly", "holidays", "year_end", "periods", "note"})
_CLOCK = re.compile(r"(\d{2}):(\d{2})")


def _japan_zone() -> tzinfo:
    """Asia/Tokyo; a fixed +09:00 if the host has no tz database (Japan has no DST)."""
    try:
        return ZoneInfo("Asia/Tokyo")
    except ZoneInfoNotFoundError:
        return timezone(timedelta(hours=9), "JST")


JAPAN = _japan_zone()


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

    `closes` may exceed 24*60: the window then runs into the next morning, and the
    day it started on (not the calendar day) decides holiday and year-end closures.
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
    """Parsed hours. `None` in the two closure flags means the source does not say.

    Not stated is kept apart from "open" so the UI can say "holidays: not stated";
    for the computation both mean "a holiday is like its weekday".
    """

    reliability: Reliability = Reliability.STATED
    always: bool = False
    weekly: tuple[WeeklyRule, ...] = ()
    closed_on_holidays: bool | None = None  # True closed, False open, None not stated
    closed_year_end: bool | None = None  # 12/29–1/3 (年末年始); same three values
    periods: tuple[Period, ...] = ()
    note: str = field(default="", compare=False)


# --- clocks and dates -------------------------------------------------------------


def parse_clock(value: str) -> int:
    """'09:30' -> 570; '25:00' -> 1500 (1 a.m. the next day).

    Strict on purpose: YAML reads an unquoted 17:00 as the number 1020, which would
    silently become a wrong time, so anything but a quoted "HH:MM" string is refused.
    """
    if not isinstance(value, str):
        raise ValueError(
            f'time {value!r} must be a quoted string like "17:00" '
            "(YAML reads an unquoted 17:00 as a number)"
        )
    match = _CLOCK.fullmatch(value.strip())
    if match is None or int(match.group(2)) >= 60:
        raise ValueError(f'time {value!r} is not "HH:MM" (e.g. "09:00", "25:00")')
    return int(match.group(1)) * 60 + int(match.group(2))


def format_clock(minutes: int) -> str:
    """1500 -> '25:00': the inverse of `parse_clock`, keeping past-midnight closes."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def clock_of(moment: datetime) -> time:
    return moment.timetz()


def japan_time(at: datetime) -> datetime:
    """Naive Japan time for `at`: aware values are converted, naive ones taken as JST."""
    if at.tzinfo is None:
        return at
    return at.astimezone(JAPAN).replace(tzinfo=None)


@lru_cache(maxsize=256)
def _holiday_dates(year: int) -> frozenset[date]:
    """Japanese public holidays (incl. 振替休日 and 国民の休日) of `year`, built once."""
    return frozenset(holidays_lib.country_holidays("JP", years=year))


def is_japanese_holiday(day: date) -> bool:
    """True on a Japanese public holiday; cached per year because is_open is hot."""
    return day in _holiday_dates(day.year)


def is_year_end(day: date) -> bool:
    """True on 12/29–1/3, the 年末年始 break most offices take."""
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


# --- is_open ----------------------------------------------------------------------


def is_open(schedule: Schedule | None, at: datetime) -> OpenState:
    """OPEN/CLOSED from the schedule at `at`; UNKNOWN when we have no honest answer."""
    return is_open_local(schedule, japan_time(at))


def is_open_local(schedule: Schedule | None, local: datetime) -> OpenState:
    """`is_open` at a naive Japan time (`japan_time(at)`, converted once for many lines)."""
    if schedule is None or schedule.reliability is Reliability.VARIES:
        return OpenState.UNKNOWN
    return OpenState.OPEN if _open_at(schedule, local) else OpenState.CLOSED


def _open_at(schedule: Schedule, local: datetime) -> bool:
    """The computable core of `is_open`, on naive Japan time."""
    if schedule.periods and not any(p.start <= local < p.end for p in schedule.periods):
        return False
    if schedule.always or not schedule.weekly:  # 24h, or open throughout its periods
        return not _closed_day(schedule, local.date())
    return _in_weekly_window(schedule, local)


def _closed_day(schedule: Schedule, day: date) -> bool:
    """Is `day` a stated closure (year end or public holiday) for this schedule?"""
    if schedule.closed_year_end and is_year_end(day):
        return True
    return bool(schedule.closed_on_holidays) and is_japanese_holiday(day)


def _in_weekly_window(schedule: Schedule, local: datetime) -> bool:
    """Inside a window that started today, or one carried past midnight from yesterday."""
    minute = local.hour * 60 + local.minute
    today = local.date()
    if not _closed_day(schedule, today):
        weekday = DAYS[today.weekday()]
        for rule in schedule.weekly:
            if weekday in rule.days and rule.opens <= minute < rule.closes:
                return True
    carried = minute + MINUTES_PER_DAY
    yesterday = today - timedelta(days=1)
    if _closed_day(schedule, yesterday):
        return False
    weekday = DAYS[yesterday.weekday()]
    return any(weekday in rule.days and carried < rule.closes for rule in schedule.weekly)


def service_open_state(states: Iterable[OpenState]) -> OpenState:
    """Combine a service's contacts: one open line is enough to reach someone now."""
    seen = set(states)
    if OpenState.OPEN in seen:
        return OpenState.OPEN
    if OpenState.UNKNOWN in seen or not seen:
        return OpenState.UNKNOWN
    return OpenState.CLOSED


# --- next_opening -----------------------------------------------------------------


def next_opening(schedule: Schedule | None, at: datetime, horizon_days: int = 8) -> datetime | None:
    """The first moment at or after `at` when the line is open, as aware Japan time.

    Returns `at` itself (in Japan time) if open now; None if the hours are unknown or
    it does not open within `horizon_days`. Only the moments where closed can turn to
    open are tried (window opens, midnights, period starts), so it costs a few dozen
    `is_open` checks, not one per minute.
    """
    if schedule is None or schedule.reliability is Reliability.VARIES:
        return None
    local = japan_time(at)
    limit = local + timedelta(days=horizon_days)
    candidates = [c for c in _opening_candidates(schedule, local, limit) if local < c <= limit]
    for moment in [local, *sorted(set(candidates))]:
        if _open_at(schedule, moment):
            return moment.replace(tzinfo=JAPAN)
    return None


def _opening_candidates(schedule: Schedule, local: datetime, limit: datetime) -> list[datetime]:
    """Every moment in [local's day, limit] where a closed line could become open."""
    moments = [p.start for p in schedule.periods]
    day = local.date()
    while day <= limit.date():
        midnight = datetime.combine(day, time())
        moments.append(midnight)
        weekday = DAYS[day.weekday()]
        moments.extend(
            midnight + timedelta(minutes=rule.opens)
            for rule in schedule.weekly
            if weekday in rule.days
        )
        day += timedelta(days=1)
    return moments


# --- dict <-> Schedule ------------------------------------------------------------


def schedule_from_dict(data: Mapping[str, Any]) -> Schedule:
    """Parse the catalog's hours mapping; ValueError says what is wrong and where."""
    if not isinstance(data, Mapping):
        raise ValueError(f"hours must be a mapping, not {type(data).__name__}")
    unknown = set(data) - KEYS
    if unknown:
        raise ValueError(f"unknown hours keys {sorted(unknown)}; allowed: {sorted(KEYS)}")
    always = data.get("always", False)
    if not isinstance(always, bool):
        raise ValueError(f"always must be true or false, not {always!r}")
    note = data.get("note", "")
    if not isinstance(note, str):
        raise ValueError(f"note must be text, not {note!r}")
    schedule = Schedule(
        reliability=_parse_reliability(data.get("reliability", "stated")),
        always=always,
        weekly=tuple(_parse_rule(item, i) for i, item in enumerate(_as_list(data, "weekly"))),
        closed_on_holidays=_parse_closure(data, "holidays"),
        closed_year_end=_parse_closure(data, "year_end"),
        periods=tuple(_parse_period(item, i) for i, item in enumerate(_as_list(data, "periods"))),
        note=note,
    )
    _check_consistent(schedule)
    return schedule


def _check_consistent(schedule: Schedule) -> None:
    """Refuse hours that say nothing, or say two things at once."""
    if schedule.always and schedule.weekly:
        raise ValueError("always: true and weekly windows both given; keep one of them")
    computable = schedule.always or schedule.weekly or schedule.periods
    if not computable and schedule.reliability is not Reliability.VARIES:
        raise ValueError(
            "weekly is empty, always is false and there are no periods: the line would "
            "never open (use reliability: varies if the hours are not known)"
        )


def _parse_reliability(value: object) -> Reliability:
    try:
        return Reliability(value)
    except ValueError:
        choices = ", ".join(r.value for r in Reliability)
        raise ValueError(f"reliability {value!r} is not one of {choices}") from None


def _as_list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list | tuple):
        raise ValueError(f"{key} must be a list, not {value!r}")
    return list(value)


def _parse_closure(data: Mapping[str, Any], key: str) -> bool | None:
    """'closed' -> True, 'open' -> False, omitted -> None (the source does not say)."""
    value = data.get(key)
    if value is None:
        return None
    if value not in ("closed", "open"):
        raise ValueError(f"{key} must be 'closed' or 'open' (or omitted), not {value!r}")
    return value == "closed"


def _parse_rule(item: object, index: int) -> WeeklyRule:
    """One weekly window; close must follow open and the window may last at most 24h."""
    where = f"weekly[{index}]"
    if not isinstance(item, Mapping) or set(item) != {"days", "open", "close"}:
        raise ValueError(f"{where} must have exactly days, open and close: {item!r}")
    days = item["days"]
    if isinstance(days, str) or not isinstance(days, list | tuple) or not days:
        raise ValueError(f"{where}.days must be a non-empty list like [mon, tue]: {days!r}")
    bad = [d for d in days if d not in DAYS]
    if bad:
        raise ValueError(f"{where}.days has unknown days {bad}; use {', '.join(DAYS)}")
    opens, closes = parse_clock(item["open"]), parse_clock(item["close"])
    if opens >= MINUTES_PER_DAY:
        raise ValueError(f"{where}.open {item['open']!r} must be before 24:00")
    if not opens < closes <= opens + MINUTES_PER_DAY:
        raise ValueError(
            f"{where}.close {item['close']!r} must be after open {item['open']!r} "
            "and at most 24 hours later (use 25:00 for 1 a.m. the next day)"
        )
    return WeeklyRule(days=frozenset(days), opens=opens, closes=closes)


def _parse_period(item: object, index: int) -> Period:
    where = f"periods[{index}]"
    if not isinstance(item, Mapping) or set(item) != {"start", "end"}:
        raise ValueError(f"{where} must have exactly start and end: {item!r}")
    start = _parse_moment(item["start"], f"{where}.start")
    end = _parse_moment(item["end"], f"{where}.end")
    if end <= start:
        raise ValueError(f"{where} ends ({end:%Y-%m-%dT%H:%M}) before it starts")
    return Period(start=start, end=end)


def _parse_moment(value: object, where: str) -> datetime:
    """ISO text (or a YAML-made datetime) as naive Japan time; a bare date is refused."""
    if isinstance(value, str):
        try:
            if ":" not in value:  # fromisoformat would read a bare date as midnight
                raise ValueError
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{where} {value!r} is not like 2024-05-02T10:00") from None
    if not isinstance(value, datetime):
        raise ValueError(f"{where} {value!r} needs a date and a time, like 2024-05-02T10:00")
    return japan_time(value)


def schedule_to_dict(schedule: Schedule) -> dict[str, Any]:
    """The inverse of `schedule_from_dict`; keys the source did not state are left out."""
    data: dict[str, Any] = {"reliability": schedule.reliability.value}
    if schedule.always:
        data["always"] = True
    if schedule.weekly:
        data["weekly"] = [_rule_to_dict(rule) for rule in schedule.weekly]
    for key, closed in (
        ("holidays", schedule.closed_on_holidays),
        ("year_end", schedule.closed_year_end),
    ):
        if closed is not None:
            data[key] = "closed" if closed else "open"
    if schedule.periods:
        data["periods"] = [
            {"start": _format_moment(p.start), "end": _format_moment(p.end)}
            for p in schedule.periods
        ]
    if schedule.note:
        data["note"] = schedule.note
    return data


def _rule_to_dict(rule: WeeklyRule) -> dict[str, Any]:
    return {
        "days": [d for d in DAYS if d in rule.days],  # week order, for stable diffs
        "open": format_clock(rule.opens),
        "close": format_clock(rule.closes),
    }


def _format_moment(moment: datetime) -> str:
    """2024-05-02T10:00, the catalog's style; seconds only if there are any."""
    whole_minute = moment.second == 0 and moment.microsecond == 0
    return moment.isoformat(timespec="minutes" if whole_minute else "auto")
