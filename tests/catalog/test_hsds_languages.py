"""The languages of a line (ADR 0011) in the HSDS 3.0 export: `phone.languages` for a phone
line, and on the service's languages a note naming the line that alone serves them."""

from __future__ import annotations

import copy
import json

import pytest
from django.core.management import call_command

from tests.catalog.test_hsds import shared_service_validator
from tsunagari.catalog.hsds import service_to_hsds
from tsunagari.catalog.records import load_national_records

FOREIGN_LINE = "外国語ライン(ガイダンス後に2番、毎日10:00-22:00)"


@pytest.fixture(scope="module")
def yorisoi():
    return next(r for r in load_national_records() if r["id"] == "yorisoi-hotline")


def problems(service):
    return [error.message for error in shared_service_validator().iter_errors(service)]


@pytest.mark.django_db
def test_the_export_says_which_line_serves_yorisois_foreign_languages(national_catalog, tmp_path):
    target = tmp_path / "catalog.json"
    call_command("catalog", "export", "--format", "hsds", "-o", str(target))
    services = {s["tsunagari_id"]: s for s in json.loads(target.read_text(encoding="utf-8"))}
    yorisoi = services["yorisoi-hotline"]
    assert problems(yorisoi) == []
    notes = {language["code"]: language.get("note", "") for language in yorisoi["languages"]}
    assert notes["ja"] == ""
    for code in ("en", "pt", "tl", "th", "vi", "zh", "mul"):
        assert FOREIGN_LINE in notes[code], code
    (line,) = [c for c in yorisoi["tsunagari_channels"] if c.get("languages")]
    assert line["label"] == FOREIGN_LINE
    assert "pt" in line["languages"]


def test_a_phone_line_with_languages_of_its_own_lists_them_on_the_phone(yorisoi):
    record = copy.deepcopy(yorisoi)
    line = next(c for c in record["contacts"] if c.get("languages"))
    line.update(kind="free_dial", value="0120-279-338")
    service = service_to_hsds(record, lang="en")
    assert problems(service) == []
    phones = [p for p in service["phones"] if p.get("languages")]
    assert len(phones) == 1
    phone = phones[0]
    assert phone["description"] == FOREIGN_LINE
    assert {language["code"] for language in phone["languages"]} == {
        "en", "es", "ko", "mul", "pt", "th", "tl", "vi", "zh"
    }  # fmt: skip
    assert {language["phone_id"] for language in phone["languages"]} == {phone["id"]}
    ids = [language["id"] for language in phone["languages"] + service["languages"]]
    assert len(ids) == len(set(ids))


def test_a_service_without_line_languages_exports_no_notes():
    record = next(r for r in load_national_records() if r["id"] == "fresc")
    service = service_to_hsds(record, lang="ja")
    assert problems(service) == []
    assert all("note" not in language for language in service["languages"])
    assert all("languages" not in phone for phone in service["phones"])
