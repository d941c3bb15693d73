"""The API's and CLI's `hours` follow the request's language, as names and reasons do."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.types import NavigationRequest
from tsunagari.navigator.presenter import answer_payload

AT = datetime(2026, 11, 25, 14, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
TEXTS = {
    "en": "my husband hits me and I am scared",
    "vi": "chồng tôi đánh tôi, tôi rất sợ",
    "ja": "夫に殴られていて怖いです",
}


@pytest.fixture(scope="module")
def snapshot():
    return snapshot_from_seed_files()


def dv_plus_contacts(snapshot, lang):
    request = NavigationRequest(text=TEXTS[lang], lang=lang, at=AT, limit=40)
    payload = answer_payload(navigate(snapshot, request), snapshot)
    (service,) = [s for s in payload["services"] if s["id"] == "dv-soudan-plus"]
    return payload, service["contacts"]


def test_english_answers_give_hours_in_english(snapshot, assert_valid_answer):
    payload, contacts = dv_plus_contacts(snapshot, "en")
    assert_valid_answer(payload)
    phone = next(c for c in contacts if c["kind"] == "free_dial")
    assert (phone["hours"], phone["hours_lang"], phone["hours_ja"]) == (
        "Every day: 24 hours",
        "en",
        "",
    )


def test_vietnamese_answers_give_hours_in_vietnamese(snapshot):
    _payload, contacts = dv_plus_contacts(snapshot, "vi")
    chat = next(c for c in contacts if c["kind"] == "chat")
    assert chat["hours"] == "Hằng ngày: 12:00–22:00 (theo nguồn cũ, có thể đã thay đổi)"


def test_japanese_answers_keep_the_published_hours(snapshot, assert_valid_answer):
    payload, contacts = dv_plus_contacts(snapshot, "ja")
    assert_valid_answer(payload)
    phone = next(c for c in contacts if c["kind"] == "free_dial")
    assert (phone["hours"], phone["hours_lang"]) == ("24時間", "ja")


def test_hours_with_no_data_say_they_are_japanese(snapshot):
    """DV相談ナビ (#8008) answers within the hours of the desk it connects to."""
    request = NavigationRequest(text=TEXTS["en"], lang="en", at=AT, limit=60)
    payload = answer_payload(navigate(snapshot, request), snapshot)
    navi = [s for s in payload["services"] if s["id"] == "dv-soudan-navi"]
    assert navi, "DV相談ナビ is not among the answers"
    (line,) = [c for c in navi[0]["contacts"] if c["kind"] == "short_code"]
    assert (line["hours"], line["hours_lang"]) == ("転送先の相談機関の受付時間内", "ja")
