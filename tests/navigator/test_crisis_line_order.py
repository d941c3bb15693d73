"""The order of crisis lines when the person's age group is not known (the crisis page)."""

from datetime import datetime
from zoneinfo import ZoneInfo

from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.navigator.crisis_lines import line_choices

WEEKDAY_AFTERNOON = datetime(2026, 11, 25, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_lines_for_everyone_come_before_childrens_lines_when_the_age_is_unknown():
    ids = [
        entry.id for entry, _state in line_choices(snapshot_from_seed_files(), WEEKDAY_AFTERNOON)
    ]
    assert ids.index("yorisoi-hotline") < ids.index("24h-kodomo-sos-dial")


def test_a_child_sees_the_childrens_lines_first():
    choices = line_choices(snapshot_from_seed_files(), WEEKDAY_AFTERNOON, audience="child")
    assert choices[0][0].id in {"24h-kodomo-sos-dial", "childline"}
