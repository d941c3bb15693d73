"""Writes of the navigator: anonymous usage counters (never text, never an identifier)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from tsunagari.navigator.models import UsageCount


def usage_record(
    *,
    event: str,
    language: str,
    audience: str,
    municipality: str | None = None,
    needs: Iterable[str] = (),
) -> None:
    """Add one to the day's counters: once per need, or once with no need."""
    day = timezone.localdate()
    age_band = "child" if audience == "child" else "adult"
    for need in list(needs)[:3] or [""]:
        _increment(
            day=day,
            event=event,
            language=language,
            age_band=age_band,
            municipality=municipality or "",
            need=need,
        )


def _increment(**key: object) -> None:
    updated = UsageCount.objects.filter(**key).update(count=F("count") + 1)
    if updated:
        return
    try:
        with transaction.atomic():
            UsageCount.objects.create(count=1, **key)
    except IntegrityError:
        UsageCount.objects.filter(**key).update(count=F("count") + 1)
