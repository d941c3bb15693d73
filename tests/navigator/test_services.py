"""Anonymous usage counters: added up in memory, written in batches, never lost by a flush."""

from __future__ import annotations

from typing import Any

import pytest

from tsunagari.navigator.models import UsageCount
from tsunagari.navigator.services import usage_flush, usage_record

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def batched(settings: Any) -> None:
    settings.USAGE_FLUSH_SECONDS = 3600
    usage_flush()  # nothing left over from another test


def stored() -> dict[tuple[str, str, str, str], int]:
    return {
        (row.event, row.language, row.municipality, row.need): row.count
        for row in UsageCount.objects.all()
    }


def test_counts_wait_in_memory_until_flushed() -> None:
    usage_record(event="start", language="ja", audience="adult")

    assert not UsageCount.objects.exists()
    usage_flush()
    assert stored() == {("start", "ja", "", ""): 1}


def test_a_second_flush_adds_to_the_stored_counts() -> None:
    for _ in range(3):
        usage_record(event="start", language="en", audience="adult", municipality="131041")
    usage_flush()
    usage_record(event="start", language="en", audience="adult", municipality="131041")
    usage_record(event="results", language="en", audience="adult", needs=["housing", "money"])
    usage_flush()

    assert stored() == {
        ("start", "en", "131041", ""): 4,
        ("results", "en", "", "housing"): 1,
        ("results", "en", "", "money"): 1,
    }


def test_a_flush_with_nothing_gathered_writes_nothing() -> None:
    usage_flush()

    assert not UsageCount.objects.exists()


def test_children_and_adults_are_counted_apart() -> None:
    usage_record(event="crisis", language="ja", audience="child")
    usage_record(event="crisis", language="ja", audience="adult")
    usage_record(event="crisis", language="ja", audience="child")
    usage_flush()

    assert dict(UsageCount.objects.values_list("age_band", "count")) == {"child": 2, "adult": 1}
