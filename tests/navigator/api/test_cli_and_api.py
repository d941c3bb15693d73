"""The CLI and the API give the same answers, and both keep to docs/api/navigate.schema.json."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.navigator.api.helpers import AT, api_post, cli_json, cli_jsonl
from tsunagari.catalog.selectors import reset_snapshot_cache

pytestmark = pytest.mark.django_db

REQUESTS = [
    {"text": "仕事をクビになって家賃が払えない"},
    {"text": "学校でいじめられてる", "audience": "child"},
    {"text": "もう死にたい"},
    {"text": "I lost my job and cannot pay rent", "lang": "en"},
    {"text": "夫に殴られる", "municipality": "131041"},
    {"text": "", "lang": "ko"},
    {"text": "なんか最近つらい", "age": 15},
    {"text": "一人で寂しい", "channel": "phone", "answers": {"tile": "need:loneliness"}},
]


@pytest.mark.parametrize("request_data", REQUESTS)
def test_cli_line_and_api_give_the_same_answer(
    request_data: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capfd: Any,
    assert_valid_answer: Any,
) -> None:
    body = {**request_data, "at": AT}

    from_api = api_post(body).json()
    [from_cli] = cli_jsonl([json.dumps({"id": "r1", **body})], monkeypatch, capfd)

    assert_valid_answer(from_api)
    assert_valid_answer(from_cli)
    assert from_cli.pop("id") == "r1"
    assert from_cli == from_api


def test_cli_json_and_api_give_the_same_answer(assert_valid_answer: Any) -> None:
    from_cli = cli_json("--lang", "en", "--child", "--at", AT, "my", "dad", "hits", "me")
    from_api = api_post(
        {"text": "my dad hits me", "lang": "en", "audience": "child", "at": AT}
    ).json()

    assert_valid_answer(from_cli)
    assert from_cli == from_api


def test_cli_json_with_municipality_and_age_matches_the_api() -> None:
    args = ("--age", "70", "--municipality", "122190", "--at", AT, "年金だけでは生活できない")
    from_api = api_post(
        {"text": "年金だけでは生活できない", "age": 70, "municipality": "122190", "at": AT}
    ).json()

    assert cli_json(*args) == from_api


def test_bad_jsonl_lines_get_errors_and_the_rest_go_on(
    monkeypatch: pytest.MonkeyPatch, capfd: Any, assert_valid_answer: Any
) -> None:
    lines = [
        json.dumps({"id": 1, "text": "お金がない", "at": AT}),
        "{this is not json",
        json.dumps({"id": "bad-lang", "text": "hello", "lang": "xx"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "last", "text": "眠れない", "at": AT}, ensure_ascii=False),
    ]

    answers = cli_jsonl(lines, monkeypatch, capfd)

    assert [a["id"] for a in answers] == [1, None, "bad-lang", None, "last"]
    assert [("error" in a) for a in answers] == [False, True, True, True, False]
    for answer in answers:
        assert_valid_answer(answer)
    assert len(answers[-1]["services"]) >= 10


def test_jsonl_refuses_what_the_api_refuses_with_the_same_words(
    monkeypatch: pytest.MonkeyPatch, capfd: Any
) -> None:
    bad = [
        {"lang": "xx"},
        {"age": "twelve"},
        {"municipality": "1"},
        {"at": "soon"},
        {"channel": "fax"},
        {"audience": "elder"},
        {"answers": ["x"]},
        {"text": 5},
    ]

    from_cli = cli_jsonl([json.dumps(body) for body in bad], monkeypatch, capfd)

    for body, line in zip(bad, from_cli, strict=True):
        assert line == {"id": None, **api_post(body).json()}


def test_stdout_carries_json_only_even_when_the_index_is_built(
    monkeypatch: pytest.MonkeyPatch, capfd: Any
) -> None:
    reset_snapshot_cache()  # a new snapshot: the search index is built during this run
    texts = ["寂しい", "借金が返せない"]
    lines = [
        json.dumps({"id": n, "text": t, "at": AT}, ensure_ascii=False) for n, t in enumerate(texts)
    ]

    answers = cli_jsonl(lines, monkeypatch, capfd)  # fails on any stdout line that is not JSON

    assert [answer["id"] for answer in answers] == [0, 1]
