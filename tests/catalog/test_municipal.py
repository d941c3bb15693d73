"""Real municipal desks load as catalog records: facts only as given, never a bad phone."""

from __future__ import annotations

import pytest

from tsunagari.catalog import municipal
from tsunagari.catalog.models import Municipality, Service
from tsunagari.catalog.postal import municipalities

SEVEN = ("122190", "312011", "342041", "272108", "401005", "131041", "011002")


def municipalities_create(codes=SEVEN) -> None:
    for code in codes:
        row = municipalities()[code]
        Municipality.objects.get_or_create(
            code=code,
            defaults={
                "prefecture_code": row["prefecture_code"],
                "prefecture": row["prefecture"],
                "name": row["name"],
                "kind": row["kind"],
            },
        )


@pytest.fixture
def desks_loaded(db):
    municipalities_create()
    return municipal.municipal_catalog_load(records=municipal.load_municipal_records())


def test_every_desk_of_the_seven_municipalities_becomes_a_record():
    records = municipal.load_municipal_records()
    assert {r["area_code"] for r in records} == set(SEVEN)
    assert all(
        r["area_level"] == "municipality" and r["desk_level"] == "municipal" for r in records
    )
    assert len({r["id"] for r in records}) == len(records)


def test_desk_ids_are_stable_names_of_code_and_kind():
    ids = {r["id"] for r in municipal.load_municipal_records()}
    assert "muni-122190-jiritsu-soudan" in ids
    assert "muni-401005-other" in ids
    assert "muni-011002-other-2" in ids


def test_a_phone_printed_without_its_area_code_is_left_out():
    records = {r["id"]: r for r in municipal.load_municipal_records()}
    consumer = records["muni-272108-shouhi-seikatsu"]  # 枚方市 prints "844-2431"
    values = [c["value"] for c in consumer["contacts"]]
    assert "844-2431" not in values
    phones = [c for r in records.values() for c in r["contacts"] if c["kind"] == "phone"]
    assert phones
    assert all(municipal.has_area_code(c["value"]) for c in phones)


def test_a_secondary_source_row_is_flagged_for_editors():
    records = {r["id"]: r for r in municipal.load_municipal_records()}
    ichihara = records["muni-122190-jiritsu-soudan"]
    assert ichihara["secondary_source"] is True
    assert ichihara["editor_notes"].startswith(municipal.SECONDARY_SOURCE_NOTE)
    assert records["muni-342041-kodomo-katei"]["secondary_source"] is False


def test_a_bad_code_is_refused():
    with pytest.raises(municipal.MunicipalDeskError):
        municipal.municipality_records({"code": "122191", "desks": []})


def test_loading_creates_unchecked_municipal_services(desks_loaded):
    assert not desks_loaded.conflicts
    service = Service.objects.get(slug="muni-122190-jiritsu-soudan")
    assert service.area_municipality_id == "122190"
    assert service.municipal_desk_kind == "jiritsu_soudan"
    assert service.last_checked is None
    assert service.name_in("ja") == "いちはら生活相談サポートセンター"
    assert [c.value for c in service.contacts.all()] == ["0436-37-3400"]
    assert municipal.SECONDARY_SOURCE_NOTE in service.editor_notes


def test_loading_twice_changes_nothing(desks_loaded):
    again = municipal.municipal_catalog_load(records=municipal.load_municipal_records())
    assert not again.created
    assert not again.updated
    assert not again.conflicts
    assert len(again.unchanged) == len(desks_loaded.created)


def test_desks_are_not_loaded_without_their_municipality(db):
    with pytest.raises(municipal.MunicipalDeskError):
        municipal.municipal_catalog_load(records=municipal.load_municipal_records())
