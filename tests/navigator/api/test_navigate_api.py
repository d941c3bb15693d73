"""POST /api/v1/navigate: JSON in, the navigator's answer out, refusals in plain words."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.navigator.api.helpers import AT, api_post
from tsunagari.navigator.models import UsageCount
from tsunagari.navigator.services import usage_flush

pytestmark = pytest.mark.django_db


def test_resident_gets_services_for_their_words(assert_valid_answer: Any) -> None:
    response = api_post({"text": "仕事をクビになって家賃が払えない", "at": AT})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    answer = response.json()
    assert_valid_answer(answer)
    assert answer["crisis"] is False
    assert len(answer["services"]) >= 10


def test_answer_is_utf8_text_not_escapes() -> None:
    """Japanese names travel as UTF-8 characters (half the bytes of \\u escapes)."""
    response = api_post({"text": "仕事をクビになって家賃が払えない", "at": AT})

    body = response.content.decode("utf-8")
    assert "\\u" not in body
    assert any(ord(char) > 0x3000 for char in body)


def test_crisis_words_put_crisis_lines_first(assert_valid_answer: Any) -> None:
    answer = api_post({"text": "もう死にたい", "at": AT}).json()

    assert_valid_answer(answer)
    assert answer["crisis"] is True
    assert "suicide" in answer["crisis_kinds"]
    assert len(answer["services"]) >= 10


def test_empty_body_still_gets_an_answer(assert_valid_answer: Any) -> None:
    response = api_post({})

    assert response.status_code == 200
    assert_valid_answer(response.json())


def test_answer_is_in_the_requested_language() -> None:
    answer = api_post({"text": "I lost my job and cannot pay rent", "lang": "en", "at": AT}).json()

    assert answer["lang"] == "en"
    assert answer["detected_lang"] == "en"
    assert all(service["why"].isascii() for service in answer["services"][:5])


def test_anonymous_post_is_not_blocked_by_csrf() -> None:
    client = Client(enforce_csrf_checks=True)

    response = api_post({"text": "眠れない", "at": AT}, client=client)

    assert response.status_code == 200


def test_api_sets_no_cookie() -> None:
    response = api_post({"text": "眠れない", "at": AT})

    assert not response.cookies


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("{not json", 400),
        ("[1, 2]", 400),
        ('"text"', 400),
        (b"\xff\xfe", 400),
        ({"lang": "xx"}, 422),
        ({"audience": "elder"}, 422),
        ({"age": "twelve"}, 422),
        ({"age": True}, 422),
        ({"municipality": "13104"}, 422),
        ({"municipality": "123456"}, 422),
        ({"channel": "fax"}, 422),
        ({"at": "tomorrow"}, 422),
        ({"text": 5}, 422),
        ({"answers": ["need:money"]}, 422),
    ],
)
def test_bad_request_is_refused_in_plain_words(
    body: Any, status: int, assert_valid_answer: Any
) -> None:
    response = api_post(body)

    assert response.status_code == status
    assert set(response.json()) == {"error"}
    assert response.json()["error"]
    assert_valid_answer(response.json())


def test_oversized_body_is_refused_as_json(settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000

    response = api_post({"text": "あ" * 20_000})

    assert response.status_code == 400
    assert response.json() == {"error": "The body is too large."}


def test_each_request_is_counted_without_its_text() -> None:
    api_post({"text": "仕事をクビになって家賃が払えない", "municipality": "131041", "at": AT})

    events = set(UsageCount.objects.values_list("event", flat=True))
    assert events == {"start", "results"}
    start = UsageCount.objects.get(event="start")
    assert (start.language, start.age_band, start.municipality, start.count) == (
        "ja",
        "adult",
        "131041",
        1,
    )
    assert UsageCount.objects.filter(event="results").exclude(need="").exists()


def test_crisis_answer_is_counted_as_crisis() -> None:
    api_post({"text": "もう死にたい", "audience": "child", "at": AT})

    assert UsageCount.objects.filter(event="crisis", age_band="child").exists()


def test_refused_request_is_not_counted() -> None:
    api_post({"lang": "xx"})

    assert not UsageCount.objects.exists()


def test_text_never_reaches_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    secret = "秘密の悩みをここに書いた"
    caplog.set_level(logging.DEBUG)

    api_post({"text": secret, "at": AT})
    api_post({"text": secret, "lang": "xx"})

    assert secret not in caplog.text


def test_an_answer_does_not_touch_the_database_between_counter_writes(settings: Any) -> None:
    """Counters are added up in memory; a request opens no transaction of its own."""
    settings.USAGE_FLUSH_SECONDS = 3600
    api_post({"text": "眠れない", "at": AT})  # the snapshot is built on first use

    with CaptureQueriesContext(connection) as queries:
        response = api_post({"text": "仕事をクビになって家賃が払えない", "at": AT})

    assert response.status_code == 200
    assert [q["sql"] for q in queries.captured_queries] == []
    usage_flush()
    assert UsageCount.objects.filter(event="start").exists()
