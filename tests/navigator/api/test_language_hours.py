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

from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.catalog.snapshot import CatalogSnapshot
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.types import NavigationRequest
from tsunagari.navigator.presenter import answer_payload

JST = ZoneInfo("Asia/Tokyo")
WEDNESDAY_AFTERNOON = datetime(2026, 11, 25, 14, 30, tzinfo=JST)
WEDNESDAY_NIGHT = datetime(2026, 11, 25, 23, 30, tzinfo=JST)
THURSDAY_BEFORE_TEN = datetime(2026, 11, 26, 9, 59, tzinfo=JST)


@pytest.fixture(scope="module")
def snapshot() -> CatalogSnapshot:
    return snapshot_from_seed_files()


LONELY = {
    "pt": "estou muito sozinha e não tenho com quem conversar",
    "ne": "म एक्लो छु, कसैसँग कुरा गर्न पाउँदिन",
    "ja": "さみしくて話す人がいない",
}


def answer(snapshot: CatalogSnapshot, lang: str, at: datetime) -> dict[str, Any]:
    """よりそいホットライン in the navigator's answer to a lonely person (its phones answer
    24 hours, so it is open whatever the hour)."""
    request = NavigationRequest(text=LONELY[lang], lang=lang, at=at, limit=40)
    payload = answer_payload(navigate(snapshot, request), snapshot)
    (service,) = [s for s in payload["services"] if s["id"] == "yorisoi-hotline"]
    assert service["open_now"] is True
    return service


def score(snapshot: CatalogSnapshot, lang: str, at: datetime) -> float:
    request = NavigationRequest(text=LONELY[lang], lang=lang, at=at, limit=40)
    matches = navigate(snapshot, request).matches
    return next(m.score for m in matches if m.service_id == "yorisoi-hotline")


def test_portuguese_is_promised_while_the_foreign_language_line_is_open(snapshot):
    text = answer(snapshot, "pt", WEDNESDAY_AFTERNOON)["why"]
    assert "Você pode usar em português." in text


def test_at_night_portuguese_is_not_promised_but_when_the_line_opens(snapshot):
    for at in (WEDNESDAY_NIGHT, THURSDAY_BEFORE_TEN):
        text = answer(snapshot, "pt", at)["why"]
        assert "Você pode usar em português." not in text
        assert (
            "Em português, o atendimento é só em certos horários: o próximo é a partir de "
            "qui 10:00." in text
        )


def test_at_night_the_language_earns_no_ranking_bonus(snapshot):
    """The engine, not only the sentence: a closed language line does not lift the service."""
    assert score(snapshot, "pt", WEDNESDAY_NIGHT) < score(snapshot, "pt", WEDNESDAY_AFTERNOON)
    assert score(snapshot, "ne", WEDNESDAY_NIGHT) < score(snapshot, "ne", WEDNESDAY_AFTERNOON)


def test_a_language_the_line_does_not_name_hears_of_other_languages_only_in_their_hours(snapshot):
    with translation.override("ne"):
        day = answer(snapshot, "ne", WEDNESDAY_AFTERNOON)["why"]
        night = answer(snapshot, "ne", WEDNESDAY_NIGHT)["why"]
    assert "तपाईंको भाषा छ कि छैन, सोध्नुहोस्।" in day  # "ask whether yours is one"
    assert "तोकिएको समयमा मात्र" in night
    assert "बिही 10:00 देखि" in night
    assert day != night


def test_japanese_results_never_mention_the_foreign_language_lines_hours(snapshot):
    assert "決まった時間" not in answer(snapshot, "ja", WEDNESDAY_NIGHT)["why"]


def test_the_lines_hours_and_languages_are_data(snapshot):
    entry = snapshot.by_id["yorisoi-hotline"]
    assert entry.lines_for_language("ja") == ()
    (line,) = entry.lines_for_language("pt")
    assert entry.lines_for_language("ne") == (line,)  # through `mul`: "and others"
    assert "10:00-22:00" in line.label
    assert "pt" in line.languages
    assert "mul" in line.languages
    assert "mul" in entry.languages
