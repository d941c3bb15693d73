"""A language served only on a line with hours of its own is promised only within them.

よりそいホットライン answers 24 hours in Japanese; its foreign-language line (press 2) runs
daily 10:00–22:00 (shared/reference/national-services.yaml). Outside those hours a result
must not say "you can use it in Portuguese", but when the line opens again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from tsunagari.catalog.hours import OpenState
from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.catalog.snapshot import CatalogSnapshot
from tsunagari.navigator.engine.crisis import CrisisResult
from tsunagari.navigator.engine.types import NavigationResult, Reason, ServiceMatch
from tsunagari.navigator.presenter import answer_payload

JST = ZoneInfo("Asia/Tokyo")
WEDNESDAY_AFTERNOON = datetime(2026, 11, 25, 14, 30, tzinfo=JST)
WEDNESDAY_NIGHT = datetime(2026, 11, 25, 23, 30, tzinfo=JST)
THURSDAY_BEFORE_TEN = datetime(2026, 11, 26, 9, 59, tzinfo=JST)


@pytest.fixture(scope="module")
def snapshot() -> CatalogSnapshot:
    return snapshot_from_seed_files()


def why(snapshot: CatalogSnapshot, lang: str, reason: Reason, at: datetime) -> str:
    """The engine's reasons for よりそいホットライン (open: its phones answer 24 hours)."""
    match = ServiceMatch(
        "yorisoi-hotline", 1.0, OpenState.OPEN, (Reason("need", (("need", "loneliness"),)), reason)
    )
    result = NavigationResult(
        lang=lang, detected_lang=lang, crisis=CrisisResult(False), needs=(), matches=(match,)
    )
    service: dict[str, Any] = answer_payload(result, snapshot, at=at)["services"][0]
    assert service["open_now"] is True
    return service["why"]


SPEAKS_PORTUGUESE = Reason("speaks_language", (("lang", "pt"),))
OTHER_LANGUAGES = Reason("other_languages")


def test_portuguese_is_promised_while_the_foreign_language_line_is_open(snapshot):
    text = why(snapshot, "pt", SPEAKS_PORTUGUESE, WEDNESDAY_AFTERNOON)
    assert "Você pode usar em português." in text


def test_at_night_portuguese_is_not_promised_but_when_the_line_opens(snapshot):
    for at in (WEDNESDAY_NIGHT, THURSDAY_BEFORE_TEN):
        text = why(snapshot, "pt", SPEAKS_PORTUGUESE, at)
        assert "Você pode usar em português." not in text
        assert (
            "Em português, o atendimento é só em certos horários: o próximo é a partir de "
            "qui 10:00." in text
        )


def test_a_language_the_line_does_not_name_hears_of_other_languages_only_in_their_hours(snapshot):
    with translation.override("ne"):
        day = why(snapshot, "ne", OTHER_LANGUAGES, WEDNESDAY_AFTERNOON)
        night = why(snapshot, "ne", OTHER_LANGUAGES, WEDNESDAY_NIGHT)
    assert "तपाईंको भाषा छ कि छैन, सोध्नुहोस्।" in day  # "ask whether yours is one"
    assert "तोकिएको समयमा मात्र" in night
    assert "बिही 10:00 देखि" in night
    assert day != night


def test_japanese_results_never_mention_the_foreign_language_lines_hours(snapshot):
    match_reason = Reason("open_now")
    assert "決まった時間" not in why(snapshot, "ja", match_reason, WEDNESDAY_NIGHT)


def test_the_lines_hours_and_languages_are_data(snapshot):
    entry = snapshot.by_id["yorisoi-hotline"]
    assert entry.lines_for_language("ja") == ()
    (line,) = entry.lines_for_language("pt")
    assert entry.lines_for_language("ne") == (line,)  # through `mul`: "and others"
    assert "10:00-22:00" in line.label
    assert "pt" in line.languages
    assert "mul" in line.languages
    assert "mul" in entry.languages
