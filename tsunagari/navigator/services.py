"""Writes of the navigator: anonymous usage counters (never text, never an identifier).

Counting must not slow down a person's answer: counts are added up in memory per process
and written in one transaction every few seconds (`USAGE_FLUSH_SECONDS`, 0 = at once), and
when the process exits. A crash loses at most those seconds of counts — acceptable for
anonymous statistics, never for anything a person relies on.

The write is one statement run for every counter, an upsert that adds to the stored count
(`INSERT … ON CONFLICT … DO UPDATE SET count = count + excluded.count`, SQLite ≥ 3.24 and
PostgreSQL alike): the database adds atomically, so workers flushing at once lose nothing,
and a flush of a hundred counters costs one round of statements instead of an UPDATE (and
maybe an INSERT) each — it was the slowest request of a worker every few seconds.
"""

from __future__ import annotations

import atexit
import threading
import time
from collections import Counter
from collections.abc import Iterable
from datetime import date

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from tsunagari.navigator.models import UsageCount

# day, event, language, age band, municipality, need
CounterKey = tuple[date, str, str, str, str, str]
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
    adapt_day = connection.ops.adapt_datefield_value
    rows = [(adapt_day(key[0]), *key[1:], amount) for key, amount in counts.items()]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(_upsert_sql(), rows)


def _upsert_sql() -> str:
    quote = connection.ops.quote_name
    table = quote(UsageCount._meta.db_table)
    keys = ", ".join(quote(name) for name in KEY_FIELDS)  # the columns bear the fields' names
    count = quote("count")
    values = ", ".join(["%s"] * (len(KEY_FIELDS) + 1))
    return (
        f"INSERT INTO {table} ({keys}, {count}) VALUES ({values}) "
        f"ON CONFLICT ({keys}) DO UPDATE SET {count} = {table}.{count} + excluded.{count}"
    )


def _flush_at_exit() -> None:
    try:
        usage_flush()
    except Exception:  # the process is ending; counts are best effort
        return


atexit.register(_flush_at_exit)
