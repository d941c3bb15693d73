"""The presenter renders catalog texts once per snapshot, and never keeps a person's words."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tsunagari.catalog.hours import OpenState
from tsunagari.catalog.records import load_national_records, load_needs, snapshot_from_records
from tsunagari.navigator import presenter
from tsunagari.navigator.engine.crisis import CrisisResult
from tsunagari.navigator.engine.types import NavigationResult, Reason, ServiceMatch


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [r for r in load_national_records() if r["status"] == "active"]


def answer_for(snapshot: Any, service_id: str, *reasons: Reason, lang: str) -> dict[str, Any]:
    match = ServiceMatch(service_id, 1.0, OpenState.OPEN, reasons)
    result = NavigationResult(
        lang=lang, detected_lang=lang, crisis=CrisisResult(False), needs=(), matches=(match,)
    )
    return presenter.answer_payload(result, snapshot)["services"][0]


def test_a_changed_catalog_shows_its_new_texts(records: list[dict[str, Any]]) -> None:
    before = snapshot_from_records(records, load_needs(), version="1")
    changed = copy.deepcopy(records)
    changed[0]["texts"]["en"]["name"] = "A renamed desk"
    after = snapshot_from_records(changed, load_needs(), version="2")
    service_id = records[0]["id"]

    old_name = answer_for(before, service_id, lang="en")["name"]
    new_name = answer_for(after, service_id, lang="en")["name"]

    assert old_name == records[0]["texts"]["en"]["name"]
    assert new_name == "A renamed desk"
    assert answer_for(before, service_id, lang="en")["name"] == old_name


def test_the_same_reasons_read_in_each_language(records: list[dict[str, Any]]) -> None:
    snapshot = snapshot_from_records(records, load_needs(), version="1")
    service_id = records[0]["id"]
    reasons = (Reason("open_now"), Reason("for_children"))

    english = answer_for(snapshot, service_id, *reasons, lang="en")["why"]
    japanese = answer_for(snapshot, service_id, *reasons, lang="ja")["why"]

    assert english == "It is for children and teenagers. It is open now."
    assert japanese != english
    assert answer_for(snapshot, service_id, *reasons, lang="en")["why"] == english


def test_a_reason_with_a_parameter_that_is_not_an_id_is_never_kept(
    records: list[dict[str, Any]],
) -> None:
    snapshot = snapshot_from_records(records, load_needs(), version="1")
    words = "秘密の悩みの言葉"
    reasons = (Reason("open_now"), Reason("words_match", (("words", words),)))

    answer_for(snapshot, records[0]["id"], *reasons, lang="ja")

    kept = presenter._rendered_for(snapshot)
    assert words not in repr(kept.reasons)
    assert words not in repr(kept.services)


def test_a_payload_can_be_changed_without_changing_the_next_one(
    records: list[dict[str, Any]],
) -> None:
    snapshot = snapshot_from_records(records, load_needs(), version="1")
    service_id = next(r["id"] for r in records if r["contacts"])
    first = answer_for(snapshot, service_id, lang="en")
    expected = copy.deepcopy(first)

    first["name"] = "changed by a caller"
    first["contacts"][0]["value"] = "changed by a caller"

    assert answer_for(snapshot, service_id, lang="en") == expected
