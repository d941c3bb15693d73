"""A person who gives a postal code or municipality sees their municipality's own desk."""

from __future__ import annotations

from dataclasses import replace

import pytest
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext

from tests.catalog.test_municipal import municipalities_create
from tsunagari.catalog import municipal
from tsunagari.catalog.selectors import catalog_version_bump, reset_snapshot_cache
from tsunagari.catalog.snapshot import Contact
from tsunagari.navigator.engine.flow import FlowState, load_flow
from tsunagari.navigator.municipal_links import (
    PITTARI_SEARCH_URL,
    dialable,
    municipal_fields,
    resolve_place,
)
from tsunagari.navigator.state import state_dumps, state_loads

MONEY = "お金がなくて生活できない"
ICHIHARA_DESK = "いちはら生活相談サポートセンター"


@pytest.fixture
def desks(db):
    municipalities_create()
    municipal.municipal_catalog_load(records=municipal.load_municipal_records())
    catalog_version_bump()
    reset_snapshot_cache()
    yield
    reset_snapshot_cache()


def _snapshot():
    from tsunagari.catalog.selectors import catalog_snapshot_get

    return catalog_snapshot_get()


def test_a_postal_code_resolves_to_its_municipality():
    assert resolve_place("290-0081") == "122190"
    assert resolve_place("〒２９０－００８１") == "122190"
    assert resolve_place("市原市") == "122190"
    assert resolve_place("府中市") is None  # two prefectures have one
    assert resolve_place("123") is None


def test_the_municipality_travels_in_the_signed_state():
    flow = load_flow()
    state = FlowState(text=MONEY, municipality="122190")
    assert state_loads(state_dumps(state), flow).municipality == "122190"


def test_ichihara_money_worry_shows_the_local_self_reliance_desk(desks, conversation):
    html = conversation.post(text=MONEY, op="text", postal_code="290-0081")
    assert ICHIHARA_DESK in html
    assert "0436-37-3400" in html


def test_without_a_postal_code_no_local_desk_is_shown(desks, conversation):
    html = conversation.post(text=MONEY, op="text")
    assert ICHIHARA_DESK not in html


def test_a_municipality_without_a_desk_shows_the_city_office_line(desks, conversation):
    html = conversation.post(text=MONEY, op="text", postal_code="100-0001")  # 千代田区
    with translation.override("ja"):
        line = gettext(
            "Our list does not have this desk for your municipality yet. Please ask the "
            "office of %(municipality)s where to go."
        ) % {"municipality": "東京都千代田区"}
    assert line in html
    assert ICHIHARA_DESK not in html


def test_a_bad_postal_code_keeps_the_words_and_says_why_in_english(desks, client):
    response = client.post(
        "/en/ask/", {"audience": "adult", "text": MONEY, "postal_code": "999-9999"}
    )
    html = response.content.decode()
    assert "We could not find a municipality for that postal code or name." in html
    assert MONEY in html
    assert 'value="999-9999"' in html


def test_a_bad_postal_code_message_is_in_japanese_on_the_japanese_site(desks, client):
    response = client.post("/ask/", {"audience": "adult", "text": MONEY, "postal_code": "99"})
    html = response.content.decode()
    english = (
        "We could not find a municipality for that postal code or name. Please check it, "
        "or leave the box empty: you will still get results for the whole country."
    )
    with translation.override("ja"):
        message = gettext(english)
    assert message != english  # the Japanese catalog has it
    assert message in html
    assert MONEY in html
    assert 'value="99"' in html


def test_a_bad_postal_code_does_not_hold_back_the_crisis_lines(desks, client):
    response = client.post(
        "/ask/", {"audience": "adult", "text": "死にたい", "postal_code": "999-9999"}
    )
    assert (
        "その郵便番号または名前の市区町村が見つかりませんでした。" not in response.content.decode()
    )


def test_a_phone_without_area_code_is_never_shown(desks):
    snapshot = _snapshot()
    hirakata = [e for e in snapshot.services if e.area.code == "272108"]
    shown = [c.value for e in hirakata for c in e.contacts]
    assert "844-2431" not in shown
    assert "807-3017" not in shown
    assert not dialable(Contact(kind="phone", value="844-2431"))
    assert dialable(Contact(kind="phone", value="072-841-1401"))


def test_the_procedures_link_is_the_portal_search_when_not_configured(desks):
    snapshot = _snapshot()
    entry = snapshot.get("seikatsu-konkyusha-jiritsu-soudan")
    fields = municipal_fields(snapshot, entry, "122190", lang="ja")
    assert fields["procedures"] == {
        "url": PITTARI_SEARCH_URL,
        "search_for": entry.text("ja", "name"),
    }
    assert fields["local"]["name"] == ICHIHARA_DESK


def test_the_procedures_link_follows_the_configured_pattern(desks):
    snapshot = _snapshot()
    entry = snapshot.get("seikatsu-konkyusha-jiritsu-soudan")
    pattern = "https://example.test/{municipality}?q={query}"
    fields = municipal_fields(snapshot, entry, "122190", lang="en", pattern=pattern)
    assert fields["procedures"]["url"].startswith("https://example.test/122190?q=%E")


def test_a_municipality_without_the_desk_gets_its_name_to_ask(desks):
    snapshot = _snapshot()
    entry = snapshot.get("seikatsu-konkyusha-jiritsu-soudan")
    fields = municipal_fields(snapshot, entry, "131016", lang="ja")  # 千代田区
    assert fields["ask_city_office"] == "東京都千代田区"
    assert "local" not in fields


def test_a_ward_falls_back_to_its_citys_desk(desks):
    snapshot = _snapshot()
    entry = snapshot.get("seikatsu-konkyusha-jiritsu-soudan")
    fields = municipal_fields(snapshot, entry, "011011", lang="ja")  # 札幌市中央区
    assert fields["local"]["id"] == "muni-011002-jiritsu-soudan"


@override_settings(PITTARI_SERVICE_URL_PATTERN="https://example.test/{municipality}")
def test_the_results_page_links_the_configured_procedures(desks, conversation):
    html = conversation.post(text=MONEY, op="text", postal_code="290-0081")
    assert "https://example.test/122190" in html


def test_national_services_are_unchanged_without_a_municipality(desks):
    snapshot = _snapshot()
    entry = snapshot.get("seikatsu-konkyusha-jiritsu-soudan")
    assert (
        municipal_fields(snapshot, replace(entry, desk_level="national"), "122190", lang="ja") == {}
    )
