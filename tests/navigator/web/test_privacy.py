"""Nothing a person types is kept: not in logs, not in the database, not in a cookie.
Only anonymous counters grow."""

from __future__ import annotations

import logging

import pytest
from django.db import connection

from tsunagari.navigator.models import UsageCount

pytestmark = pytest.mark.django_db

SECRET = "秘密のことば夫が怖いzq7"


def all_database_text() -> str:
    """Every row of every table, as text (the catalog included: it is small)."""
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            chunks.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(chunks)


def counts(event: str) -> int:
    return sum(UsageCount.objects.filter(event=event).values_list("count", flat=True))


def test_nothing_typed_appears_in_the_logs(client, conversation, caplog):
    with caplog.at_level(logging.DEBUG):
        conversation.post(text=SECRET, op="text")
        conversation.post(text=SECRET + " もっと", op="text")
        # A refused step is logged by Django ("Bad Request: /ask/"): its words are not.
        client.post("/ask/", {"token": "forged", "text": SECRET, "op": "text"})
    assert caplog.records
    logged = "\n".join(f"{r.getMessage()} {r.args!r}" for r in caplog.records)
    assert "秘密のことば" not in logged
    assert "zq7" not in logged


def test_nothing_typed_reaches_the_database(conversation):
    conversation.post(text=SECRET, op="text")
    stored = all_database_text()
    assert "秘密のことば" not in stored
    assert "zq7" not in stored
    assert UsageCount.objects.exists()


def test_usage_counters_hold_only_counts(conversation):
    conversation.post(text=SECRET, op="text")
    for row in UsageCount.objects.all():
        assert set(row.need) <= set("abcdefghijklmnopqrstuvwxyz_")
        assert row.event in {"start", "results", "zero_results", "crisis"}


def test_a_conversation_counts_a_start_and_results_once(conversation):
    starts, results = counts("start"), counts("results")
    conversation.post(tile="hardship")
    conversation.post(answer="for_whom:me")
    conversation.post(op="now")
    conversation.post(op="now")  # the same results again: not counted twice
    assert counts("start") == starts + 1
    assert counts("results") - results >= 1
    assert counts("results") - results <= 3  # one per need, at most three needs


def test_a_crisis_answer_is_counted(conversation):
    before = counts("crisis")
    conversation.post(text="もう死にたい", op="text")
    assert counts("crisis") > before


def test_the_conversation_sets_no_cookie(client):
    response = client.post("/ask/", {"text": SECRET, "op": "text", "audience": "adult"})
    assert response.status_code == 200
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]
