"""Opening hours: is a line open now, when does it open next, and is the data sane?

Dates are in 2026 unless noted: 11-03 (Tue) 文化の日, 11-23 (Mon) 勤労感謝の日,
05-06 (Wed) 振替休日, 09-22 (Tue) 国民の休日; 11-27 is a Friday.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from tsunagari.catalog.hours import (
    JAPAN,
    OpenState,
    Reliability,
    Schedule,
    _holiday_dates,
    is_japanese_holiday,
    is_open,
    next_opening,
    schedule_from_dict,
    schedule_to_dict,
    service_open_state,
)

OPEN, CLOSED, UNKNOWN = OpenState.OPEN, OpenState.CLOSED, OpenState.UNKNOWN
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]
DAYS_ALL = [*WEEKDAYS, "sat", "sun"]


def jst(text: str) -> datetime:
    """Naive Japan time, as the catalog and the navigator use it."""
    return datetime.fromisoformat(text)


def hours(**data: Any) -> Schedule:
    data.setdefault("reliability", "stated")
    return schedule_from_dict(data)


def weekday_desk(**extra: Any) -> Schedule:
    """A typical 相談窓口: weekdays 9:00–17:00."""
    return hours(weekly=[{"days": WEEKDAYS, "open": "09:00", "close": "17:00"}], **extra)


def night_line(**extra: Any) -> Schedule:
    """A Friday/Saturday night line, 22:00 to 1 a.m."""
    return hours(weekly=[{"days": ["fri", "sat"], "open": "22:00", "close": "25:00"}], **extra)


# --- weekdays and weekends --------------------------------------------------------


@pytest.mark.parametrize("at", ["2026-11-02T09:30", "2026-11-04T12:00", "2026-11-27T16:30"])
def test_weekday_desk_is_open_during_weekday_hours(at: str) -> None:
    assert is_open(weekday_desk(), jst(at)) is OPEN


@pytest.mark.parametrize("at", ["2026-11-28T12:00", "2026-11-29T10:00"])
def test_weekday_desk_is_closed_at_the_weekend(at: str) -> None:
    assert is_open(weekday_desk(), jst(at)) is CLOSED


@pytest.mark.parametrize("at", ["2026-11-02T07:00", "2026-11-02T20:00", "2026-11-03T00:30"])
def test_weekday_desk_is_closed_outside_its_hours(at: str) -> None:
    assert is_open(weekday_desk(holidays="open"), jst(at)) is CLOSED


@pytest.mark.parametrize(
    ("at", "state"),
    [
        ("2026-11-02T08:59", CLOSED),
        ("2026-11-02T09:00", OPEN),
        ("2026-11-02T16:59", OPEN),
        ("2026-11-02T16:59:59", OPEN),
        ("2026-11-02T17:00", CLOSED),
    ],
)
def test_opening_minute_is_open_and_closing_minute_is_closed(at: str, state: OpenState) -> None:
    assert is_open(weekday_desk(), jst(at)) is state


def test_split_day_is_closed_over_lunch() -> None:
    schedule = hours(
        weekly=[
            {"days": WEEKDAYS, "open": "09:00", "close": "12:00"},
            {"days": WEEKDAYS, "open": "13:00", "close": "17:00"},
        ]
    )
    assert is_open(schedule, jst("2026-11-02T12:30")) is CLOSED
    assert is_open(schedule, jst("2026-11-02T13:00")) is OPEN


# --- public holidays and the year end ---------------------------------------------


@pytest.mark.parametrize(
    "day",
    [
        pytest.param("2026-11-03", id="bunka-no-hi"),
        pytest.param("2026-11-23", id="kinro-kansha-no-hi"),
        pytest.param("2026-05-06", id="furikae-kyujitsu"),
        pytest.param("2026-09-22", id="kokumin-no-kyujitsu"),
    ],
)
def test_weekday_desk_is_closed_on_a_public_holiday(day: str) -> None:
    assert is_open(weekday_desk(holidays="closed"), jst(f"{day}T10:00")) is CLOSED


@pytest.mark.parametrize("stated", [{}, {"holidays": "open"}], ids=["not-stated", "open"])
def test_holiday_is_treated_like_its_weekday_unless_closure_is_stated(
    stated: dict[str, str],
) -> None:
    assert is_open(weekday_desk(**stated), jst("2026-11-03T10:00")) is OPEN


def test_day_after_a_holiday_is_an_ordinary_weekday() -> None:
    assert is_open(weekday_desk(holidays="closed"), jst("2026-11-24T10:00")) is OPEN


@pytest.mark.parametrize(
    ("day", "state"),
    [
        ("2026-12-28", OPEN),
        ("2026-12-29", CLOSED),
        ("2026-12-30", CLOSED),
        ("2026-12-31", CLOSED),
        ("2027-01-01", CLOSED),
        ("2027-01-02", CLOSED),
        ("2027-01-03", CLOSED),
        ("2027-01-04", OPEN),
    ],
)
def test_year_end_closure_covers_december_29_to_january_3(day: str, state: OpenState) -> None:
    schedule = hours(always=True, year_end="closed")
    assert is_open(schedule, jst(f"{day}T12:00")) is state


def test_year_end_not_stated_keeps_weekday_hours() -> None:
    assert is_open(weekday_desk(), jst("2026-12-29T10:00")) is OPEN


# --- 24 hours, nights and windows past midnight -----------------------------------


@pytest.mark.parametrize(
    "at", ["2026-11-03T03:00", "2026-11-28T23:59", "2027-01-01T00:00", "2026-05-06T12:00"]
)
def test_24_hour_line_is_always_open(at: str) -> None:
    assert is_open(hours(always=True), jst(at)) is OPEN


def test_24_hour_line_stated_closed_on_holidays_is_closed_on_one() -> None:
    assert is_open(hours(always=True, holidays="closed"), jst("2026-11-23T03:00")) is CLOSED


@pytest.mark.parametrize(
    ("at", "state"),
    [
        pytest.param("2026-11-27T21:59", CLOSED, id="fri-before"),
        pytest.param("2026-11-27T22:00", OPEN, id="fri-opening"),
        pytest.param("2026-11-27T23:59", OPEN, id="fri-before-midnight"),
        pytest.param("2026-11-28T00:30", OPEN, id="sat-small-hours-from-fri"),
        pytest.param("2026-11-28T01:00", CLOSED, id="sat-closing"),
        pytest.param("2026-11-29T00:30", OPEN, id="sun-small-hours-from-sat"),
        pytest.param("2026-11-27T00:30", CLOSED, id="fri-small-hours-thu-closed"),
    ],
)
def test_night_window_runs_past_midnight(at: str, state: OpenState) -> None:
    assert is_open(night_line(), jst(at)) is state


def test_window_closing_at_24_00_ends_at_midnight() -> None:
    schedule = hours(weekly=[{"days": ["mon"], "open": "18:00", "close": "24:00"}])
    assert is_open(schedule, jst("2026-11-02T23:59")) is OPEN
    assert is_open(schedule, jst("2026-11-03T00:00")) is CLOSED


def test_window_carried_into_a_holiday_stays_open_after_midnight() -> None:
    schedule = hours(
        weekly=[{"days": ["sun"], "open": "22:00", "close": "26:00"}], holidays="closed"
    )
    assert is_open(schedule, jst("2026-11-23T00:30")) is OPEN  # Sunday night, Monday holiday


def test_window_started_on_a_holiday_is_closed_after_midnight_too() -> None:
    schedule = hours(
        weekly=[{"days": WEEKDAYS, "open": "22:00", "close": "25:00"}], holidays="closed"
    )
    assert is_open(schedule, jst("2026-11-04T00:30")) is CLOSED  # 11-03 was 文化の日
    assert is_open(schedule, jst("2026-11-05T00:30")) is OPEN


def test_year_end_closure_is_decided_by_the_day_the_window_started() -> None:
    schedule = hours(
        weekly=[{"days": DAYS_ALL, "open": "22:00", "close": "25:00"}], year_end="closed"
    )
    assert is_open(schedule, jst("2026-12-29T00:30")) is OPEN  # from Mon 12-28
    assert is_open(schedule, jst("2026-12-29T22:30")) is CLOSED
    assert is_open(schedule, jst("2027-01-04T00:30")) is CLOSED  # from 01-03
    assert is_open(schedule, jst("2027-01-04T22:30")) is OPEN


# --- periods ----------------------------------------------------------------------

GOLDEN_WEEK = [{"start": "2024-05-02T10:00", "end": "2024-05-07T10:00"}]


@pytest.mark.parametrize(
    ("at", "state"),
    [
        ("2024-05-01T12:00", CLOSED),
        ("2024-05-02T09:59", CLOSED),
        ("2024-05-02T10:00", OPEN),
        ("2024-05-04T03:00", OPEN),
        ("2024-05-07T09:59", OPEN),
        ("2024-05-07T10:00", CLOSED),
        ("2025-05-04T03:00", CLOSED),
    ],
)
def test_period_only_line_is_open_only_inside_its_window(at: str, state: OpenState) -> None:
    assert is_open(hours(periods=GOLDEN_WEEK), jst(at)) is state


def test_period_with_weekly_hours_needs_both_to_say_open() -> None:
    schedule = hours(
        periods=GOLDEN_WEEK, weekly=[{"days": DAYS_ALL, "open": "12:00", "close": "20:00"}]
    )
    assert is_open(schedule, jst("2024-05-03T13:00")) is OPEN
    assert is_open(schedule, jst("2024-05-03T21:00")) is CLOSED
    assert is_open(schedule, jst("2024-05-08T13:00")) is CLOSED


# --- unknown and dated ------------------------------------------------------------


def test_hours_that_vary_by_region_are_unknown() -> None:
    schedule = hours(
        reliability="varies", weekly=[{"days": WEEKDAYS, "open": "09:00", "close": "17:00"}]
    )
    assert is_open(schedule, jst("2026-11-02T10:00")) is UNKNOWN
    assert is_open(hours(reliability="varies"), jst("2026-11-02T10:00")) is UNKNOWN


def test_missing_schedule_is_unknown() -> None:
    assert is_open(None, jst("2026-11-02T10:00")) is UNKNOWN


def test_dated_hours_are_computed_like_stated_ones() -> None:
    schedule = weekday_desk(reliability="dated")
    assert schedule.reliability is Reliability.DATED
    assert is_open(schedule, jst("2026-11-02T10:00")) is OPEN
    assert is_open(schedule, jst("2026-11-28T10:00")) is CLOSED


# --- time zones -------------------------------------------------------------------


def test_aware_utc_time_is_converted_to_japan_time() -> None:
    at = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # Saturday 08:30 in Japan
    saturday_morning = hours(weekly=[{"days": ["sat"], "open": "08:00", "close": "12:00"}])
    assert is_open(saturday_morning, at) is OPEN
    assert is_open(night_line(), at) is CLOSED  # Friday 23:30 would have been open
    assert is_open(weekday_desk(), at) is CLOSED


def test_naive_time_is_taken_as_japan_time() -> None:
    aware = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=9)))
    assert is_open(weekday_desk(), aware) is is_open(weekday_desk(), jst("2026-11-02T09:00"))


# --- service_open_state -----------------------------------------------------------


@pytest.mark.parametrize(
    ("states", "combined"),
    [
        ([OPEN, CLOSED, UNKNOWN], OPEN),
        ([CLOSED, OPEN], OPEN),
        ([CLOSED, UNKNOWN], UNKNOWN),
        ([UNKNOWN], UNKNOWN),
        ([CLOSED, CLOSED], CLOSED),
        ([], UNKNOWN),
    ],
)
def test_service_is_open_if_any_contact_is_open(
    states: list[OpenState], combined: OpenState
) -> None:
    assert service_open_state(states) is combined
    assert service_open_state(iter(states)) is combined


# --- next_opening -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("schedule", "at", "opens"),
    [
        pytest.param(weekday_desk(), "2026-11-27T18:00", "2026-11-30T09:00", id="fri-to-mon"),
        pytest.param(weekday_desk(), "2026-11-02T07:15", "2026-11-02T09:00", id="same-morning"),
        pytest.param(
            weekday_desk(holidays="closed"),
            "2026-11-20T17:00",
            "2026-11-24T09:00",
            id="over-a-holiday-monday",
        ),
        pytest.param(
            weekday_desk(year_end="closed"),
            "2026-12-28T17:30",
            "2027-01-04T09:00",
            id="over-the-year-end",
        ),
        pytest.param(night_line(), "2026-11-28T01:00", "2026-11-28T22:00", id="night-line"),
        pytest.param(
            hours(periods=GOLDEN_WEEK), "2024-04-30T12:00", "2024-05-02T10:00", id="period-start"
        ),
        pytest.param(
            hours(
                periods=GOLDEN_WEEK, weekly=[{"days": DAYS_ALL, "open": "09:00", "close": "17:00"}]
            ),
            "2024-05-02T08:00",
            "2024-05-02T10:00",
            id="period-starts-mid-window",
        ),
        pytest.param(
            hours(always=True, holidays="closed"),
            "2026-11-23T12:00",
            "2026-11-24T00:00",
            id="after-a-closed-holiday",
        ),
    ],
)
def test_next_opening_finds_the_next_window(schedule: Schedule, at: str, opens: str) -> None:
    assert next_opening(schedule, jst(at)) == jst(opens).replace(tzinfo=JAPAN)


def test_next_opening_is_now_when_already_open() -> None:
    assert next_opening(weekday_desk(), jst("2026-11-02T10:07")) == datetime(
        2026, 11, 2, 10, 7, tzinfo=JAPAN
    )


def test_next_opening_of_aware_input_is_in_japan_time() -> None:
    opens = next_opening(weekday_desk(), datetime(2026, 11, 27, 23, 30, tzinfo=UTC))
    assert opens == datetime(2026, 11, 30, 9, 0, tzinfo=JAPAN)
    assert opens is not None
    assert opens.utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize(
    ("schedule", "at", "horizon"),
    [
        pytest.param(None, "2026-11-02T07:00", 8, id="no-schedule"),
        pytest.param(hours(reliability="varies"), "2026-11-02T07:00", 8, id="varies"),
        pytest.param(hours(periods=GOLDEN_WEEK), "2024-05-07T10:00", 8, id="period-over"),
        pytest.param(weekday_desk(), "2026-11-27T18:00", 2, id="beyond-horizon"),
    ],
)
def test_next_opening_is_none_when_unknown_or_beyond_the_horizon(
    schedule: Schedule | None, at: str, horizon: int
) -> None:
    assert next_opening(schedule, jst(at), horizon_days=horizon) is None


# --- dict round trip and validation -----------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        {"reliability": "stated", "always": True},
        {
            "reliability": "dated",
            "weekly": [
                {"days": WEEKDAYS, "open": "09:00", "close": "17:00"},
                {"days": ["sat"], "open": "22:00", "close": "25:30"},
            ],
            "holidays": "closed",
            "year_end": "open",
            "note": "土曜は夜間のみ",
        },
        {"reliability": "stated", "periods": GOLDEN_WEEK, "holidays": "open"},
        {"reliability": "varies"},
        {"reliability": "stated", "weekly": [{"days": ["mon"], "open": "18:00", "close": "24:00"}]},
    ],
)
def test_schedule_to_dict_round_trips(data: dict[str, Any]) -> None:
    schedule = schedule_from_dict(data)
    assert schedule_to_dict(schedule) == data
    assert schedule_from_dict(schedule_to_dict(schedule)) == schedule


def test_schedule_to_dict_writes_days_in_week_order() -> None:
    schedule = hours(weekly=[{"days": ["fri", "mon", "wed"], "open": "09:00", "close": "17:00"}])
    assert schedule_to_dict(schedule)["weekly"][0]["days"] == ["mon", "wed", "fri"]


def test_period_given_as_a_yaml_datetime_or_with_an_offset_is_japan_time() -> None:
    schedule = hours(
        periods=[{"start": datetime(2024, 5, 2, 10, 0), "end": "2024-05-07T01:00:00+00:00"}]
    )
    assert schedule.periods[0].end == jst("2024-05-07T10:00")


def test_missing_reliability_defaults_to_stated() -> None:
    assert schedule_from_dict({"always": True}).reliability is Reliability.STATED


WEEKLY_OK = {"days": ["mon"], "open": "09:00", "close": "17:00"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param({"weekly": [{**WEEKLY_OK, "days": ["monday"]}]}, "unknown days", id="day"),
        pytest.param({"weekly": [{**WEEKLY_OK, "days": "mon"}]}, "non-empty list", id="days-str"),
        pytest.param({"weekly": [{**WEEKLY_OK, "days": []}]}, "non-empty list", id="no-days"),
        pytest.param({"weekly": [{**WEEKLY_OK, "close": 1020}]}, "quoted string", id="yaml-int"),
        pytest.param({"weekly": [{**WEEKLY_OK, "open": "9:00"}]}, "HH:MM", id="one-digit-hour"),
        pytest.param({"weekly": [{**WEEKLY_OK, "close": "17:60"}]}, "HH:MM", id="minute-60"),
        pytest.param({"weekly": [{**WEEKLY_OK, "close": "08:00"}]}, "after open", id="backwards"),
        pytest.param({"weekly": [{**WEEKLY_OK, "close": "33:01"}]}, "24 hours", id="over-24h"),
        pytest.param(
            {"weekly": [{**WEEKLY_OK, "open": "24:00", "close": "26:00"}]},
            "before 24:00",
            id="opens-at-24",
        ),
        pytest.param({"weekly": [{"days": ["mon"], "open": "09:00"}]}, "exactly", id="no-close"),
        pytest.param({"weekly": "mon-fri 9-17"}, "must be a list", id="weekly-text"),
        pytest.param({"weekly": []}, "never open", id="empty"),
        pytest.param({}, "never open", id="nothing"),
        pytest.param({"always": True, "weekly": [WEEKLY_OK]}, "both given", id="always-and-weekly"),
        pytest.param({"always": "yes"}, "true or false", id="always-text"),
        pytest.param({"always": True, "holiday": "closed"}, "unknown hours keys", id="typo-key"),
        pytest.param(
            {"always": True, "holidays": "sometimes"}, "'closed' or 'open'", id="holidays"
        ),
        pytest.param({"always": True, "year_end": False}, "'closed' or 'open'", id="year-end"),
        pytest.param({"always": True, "reliability": "maybe"}, "reliability", id="reliability"),
        pytest.param(
            {"periods": [{"start": "2024-05-07T10:00", "end": "2024-05-02T10:00"}]},
            "before it starts",
            id="period-backwards",
        ),
        pytest.param(
            {"periods": [{"start": "2024-05-02", "end": "2024-05-07T10:00"}]},
            "like 2024-05-02T10:00",
            id="period-date-only",
        ),
        pytest.param({"periods": [{"start": "soon", "end": "later"}]}, "like", id="period-text"),
        pytest.param("always", "mapping", id="not-a-mapping"),
    ],
)
def test_bad_hours_data_raises_a_clear_value_error(data: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        schedule_from_dict(data)


# --- holiday lookup ---------------------------------------------------------------


def test_holiday_lookup_is_built_once_per_year() -> None:
    is_japanese_holiday(datetime(2031, 1, 1).date())
    before = _holiday_dates.cache_info()
    assert is_japanese_holiday(datetime(2031, 1, 1).date())
    assert not is_japanese_holiday(datetime(2031, 1, 6).date())
    after = _holiday_dates.cache_info()
    assert after.hits == before.hits + 2
    assert after.misses == before.misses
