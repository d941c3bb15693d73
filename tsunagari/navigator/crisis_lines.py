"""The crisis lines a person sees: which fit, whether they are open, and the crisis block
that comes first on a result page."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tsunagari.catalog.hours import OpenState, next_opening
from tsunagari.catalog.snapshot import CatalogSnapshot, ServiceEntry
from tsunagari.navigator.engine.ranking import LIVE_CHANNELS, open_state_of
from tsunagari.navigator.presenter import (
    contacts_payload,
    crisis_kind_name,
    open_now_value,
)
from tsunagari.navigator.view_models import contact_view


def _fits(entry: ServiceEntry, audience: str | None) -> bool:
    """The same audience rule as the engine: no adult-only lines for a child, and back."""
    if audience is None:
        return True
    ages = entry.audience
    if audience == "child":
        return not (ages.min_age is not None and ages.min_age >= 18)
    return not (ages.max_age is not None and ages.max_age <= 20)


def _child_facing(entry: ServiceEntry) -> bool:
    ages = entry.audience
    return "children" in ages.groups or (ages.max_age is not None and ages.max_age <= 20)


def _opens_at(entry: ServiceEntry, at: datetime) -> datetime | None:
    moments = [next_opening(c.schedule, at) for c in entry.contacts if c.kind in LIVE_CHANNELS]
    known = [m for m in moments if m is not None]
    return min(known) if known else None


def crisis_lines(
    snapshot: CatalogSnapshot,
    lang: str,
    at: datetime,
    *,
    kinds: frozenset[str] | None = None,
    audience: str | None = None,
    ranked: tuple[str, ...] = (),
) -> list[dict[str, Any]]:
    """Crisis lines (services with crisis kinds): open ones first, then in the engine's
    order (`ranked`), then lines made for the person's age group.

    A line that runs only in set periods (#9999) is listed when, and only when, it is open.
    """
    lines: list[tuple[tuple[int, int, int, str], dict[str, Any]]] = []
    for entry in snapshot.services:
        if not entry.crisis_kinds or not _fits(entry, audience):
            continue
        if kinds is not None and not entry.crisis_kinds & kinds:
            continue
        state = open_state_of(entry, at)
        period_only = entry.runs_in_periods
        if period_only and state is not OpenState.OPEN:
            continue
        order = {OpenState.OPEN: 0, OpenState.UNKNOWN: 1, OpenState.CLOSED: 2}[state]
        place = ranked.index(entry.id) if entry.id in ranked else len(ranked)
        for_them = audience is None or _child_facing(entry) == (audience == "child")
        key = (order, place, 0 if for_them else 1, entry.id)
        lines.append((key, _line_view(entry, lang, at, state)))
    return [view for _key, view in sorted(lines, key=lambda item: item[0])]


def _line_view(entry: ServiceEntry, lang: str, at: datetime, state: OpenState) -> dict[str, Any]:
    contacts = [contact_view(c) for c in contacts_payload(entry)]
    return {
        "id": entry.id,
        "name": entry.text(lang, "name"),
        "summary": entry.text(lang, "summary"),
        "next_step": entry.text(lang, "next_step"),
        "open_now": open_now_value(state),
        "opens_at": _opens_at(entry, at) if state is OpenState.CLOSED else None,
        "kinds": [crisis_kind_name(kind) for kind in sorted(entry.crisis_kinds)],
        "contacts": contacts,
        "reach": [c for c in contacts if c["kind"] != "url"] or contacts,
    }


def crisis_block(
    snapshot: CatalogSnapshot,
    kinds: frozenset[str],
    audience: str,
    lang: str,
    at: datetime,
    payload: dict[str, Any],
) -> dict[str, Any]:
    """Crisis lines that fit and are open now; where to turn when none is."""
    ranked = tuple(service["id"] for service in payload["services"])
    fitting = crisis_lines(
        snapshot, lang, at, kinds=kinds or None, audience=audience, ranked=ranked
    )
    open_lines = [line for line in fitting if line["open_now"] is True]
    others: list[dict[str, Any]] = []
    if not open_lines:
        shown = {line["id"] for line in fitting}
        others = [
            line
            for line in crisis_lines(snapshot, lang, at, audience=audience, ranked=ranked)
            if line["open_now"] is True and line["id"] not in shown
        ]
    return {
        "open": open_lines,
        "maybe": [line for line in fitting if line["open_now"] is None],
        "closed": [line for line in fitting if line["open_now"] is False],
        "others": others,
        "emergency": payload["emergency"],
        "kinds": [crisis_kind_name(kind) for kind in sorted(kinds)],
    }
