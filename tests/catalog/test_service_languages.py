"""The languages a service can be used in come only from the reference.

Only services the reference tags 外国語対応 (foreign-language support) may list a language
besides Japanese. Two such services name no languages in the reference (DV相談+, FRESC):
they list Japanese and `mul` (further languages, not named), and their texts say that other
languages are offered. A new one must be looked at by hand, so it fails here.
"""

from __future__ import annotations

from tsunagari.catalog import records
from tsunagari.core.languages import EASY_JAPANESE, LANGUAGE_CODES, MULTIPLE_LANGUAGES

FOREIGN_LANGUAGE_TAG = "外国語対応"
LANGUAGES_NOT_NAMED_IN_THE_REFERENCE = {"dv-soudan-plus", "fresc"}


def reference_tagged() -> set[str]:
    reference = records.read_yaml(records.DEFAULT_DATA_DIR / "national" / "reference.yaml")
    return {
        fact["id"] for fact in reference if FOREIGN_LANGUAGE_TAG in (fact.get("categories") or [])
    }


def test_languages_are_interface_codes_and_include_japanese():
    for record in records.load_national_records():
        languages = set(record["languages"])
        assert "ja" in languages, record["id"]
        assert languages <= set(LANGUAGE_CODES) - {EASY_JAPANESE} | {MULTIPLE_LANGUAGES}, record[
            "id"
        ]


def test_only_services_the_reference_tags_foreign_language_list_other_languages():
    multilingual = {r["id"] for r in records.load_national_records() if r["languages"] != ["ja"]}
    assert multilingual
    assert sorted(multilingual - reference_tagged()) == []


def test_tagged_services_without_named_languages_are_the_known_ones():
    languages = {r["id"]: set(r["languages"]) for r in records.load_national_records()}
    unnamed = {sid for sid, codes in languages.items() if codes == {"ja", MULTIPLE_LANGUAGES}}
    assert unnamed == LANGUAGES_NOT_NAMED_IN_THE_REFERENCE
    assert not {sid for sid in reference_tagged() if languages[sid] == {"ja"}}


def test_a_line_with_languages_of_its_own_has_hours_and_names_only_its_services_languages():
    lines = [
        (record["id"], contact)
        for record in records.load_national_records()
        for contact in record["contacts"]
        if contact.get("languages")
    ]
    assert [service_id for service_id, _line in lines] == ["yorisoi-hotline"]
    for service_id, line in lines:
        service = next(r for r in records.load_national_records() if r["id"] == service_id)
        assert set(line["languages"]) <= set(service["languages"]) - {"ja"}
        assert line["schedule"] is not None


def test_yorisoi_foreign_language_line_hours_are_the_references():
    """Reference: 外国語ライン(ガイダンス後に2番、毎日10:00-22:00); the phones: 24時間365日."""
    yorisoi = next(r for r in records.load_national_records() if r["id"] == "yorisoi-hotline")
    phone, _iwate, line = yorisoi["contacts"]
    assert "毎日10:00-22:00" in line["label"]
    assert line["schedule"]["weekly"] == [
        {
            "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "open": "10:00",
            "close": "22:00",
        }
    ]
    assert phone["hours_text"] == "24時間365日"
    assert phone["schedule"]["always"] is True
    assert MULTIPLE_LANGUAGES in yorisoi["languages"]  # the reference's list ends in ほか
