"""Writes of the navigator: anonymous usage counters (never text, never an identifier).

Counting must not slow down a person's answer: counts are added up in memory per process
and written in one transaction every few seconds (`USAGE_FLUSH_SECONDS`, 0 = at once), and
when the process exits. A crash loses at most those seconds of counts — acceptable for
anonymous statistics, never for anything a person relies on.
"""

from __future__ import annotations

import atexit
import threading
import time
from collections import Counter
from collections.abc import Iterable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from tsunagari.navigator.models import UsageCount

# day, event, language, age band, municipality, need
CounterKey = tuple[object, str, str, str, str, str]
KEY_FIELDS = ("day", "event", "language", "age_band", "municipality", "need")


class _Pending:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: Counter[CounterKey] = Counter()
        self.since = time.monotonic()


_pending = _Pending()


def usage_record(
    *,
    event: str,
    language: str,
    audience: str,
    municipality: str | None = None,
    needs: Iterable[str] = (),
) -> None:
    """Add one to the day's counters: once per need (at most three), or once with no need."""
    day = timezone.localdate()
    age_band = "child" if audience == "child" else "adult"
    with _pending.lock:
        for need in list(needs)[:3] or [""]:
            _pending.counts[(day, event, language, age_band, municipality or "", need)] += 1
        due = time.monotonic() - _pending.since >= getattr(settings, "USAGE_FLUSH_SECONDS", 5)
    if due:
        usage_flush()


def usage_flush() -> None:
    """Write the counts gathered so far, in one transaction."""
    with _pending.lock:
        counts, _pending.counts = _pending.counts, Counter()
        _pending.since = time.monotonic()
    if not counts:
        return
    with transaction.atomic():
        for key, amount in counts.items():
            _increment(dict(zip(KEY_FIELDS, key, strict=True)), amount)


def _increment(key: dict[str, object], amount: int) -> None:
    if UsageCount.objects.filter(**key).update(count=F("count") + amount):
        return
    try:
        with transaction.atomic():
            UsageCount.objects.create(count=amount, **key)
    except IntegrityError:
        UsageCount.objects.filter(**key).update(count=F("count") + amount)


def _flush_at_exit() -> None:
    try:
        usage_flush()
    except Exception:  # the process is ending; counts are best effort
        return


atexit.register(_flush_at_exit)
