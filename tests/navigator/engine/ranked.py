"""Helpers shared by the ranking family tests: the answer's service ids for a message."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tsunagari.catalog.snapshot import CatalogSnapshot
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.types import NavigationRequest

WEEKDAY_AFTERNOON = datetime(2026, 11, 25, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def ranked(snapshot: CatalogSnapshot, text: str, lang: str, audience: str = "adult") -> list[str]:
    request = NavigationRequest(text=text, lang=lang, audience=audience, at=WEEKDAY_AFTERNOON)
    return [m.service_id for m in navigate(snapshot, request).matches]


def first_of(ids: list[str], wanted: set[str]) -> int:
    """Position of the first of `wanted` among `ids` (their length when none is there)."""
    return next((n for n, s in enumerate(ids) if s in wanted), len(ids))


def leads(needs: dict[str, float], need: str) -> bool:
    """The need is read clearly (a clue of its own, not a stray weak word)."""
    return needs.get(need, 0.0) >= 0.5
