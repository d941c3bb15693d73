"""The crisis lines a person sees: which fit, whether they are open, and the crisis block
that comes first on a result page.

The rule of which lines and in which order lives here once (`line_choices`); the crisis
page, a result's crisis block and the PDF memo (`shown_lines`) all list from it, so a
memo carries the lines the person saw on screen, in the same order.
"""

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


# A crisis line and whether it is open at the moment asked about.
LineChoice = tuple[ServiceEntry, OpenState]


def line_choices(
    snapshot: CatalogSnapshot,
    at: datetime,
    *,
    kinds: frozenset[str] | None = None,
    audience: str | None = None,
    ranked: tuple[str, ...] = (),
) -> list[LineChoice]:
    """Crisis lines (services with crisis kinds): open ones first, then in the engine's
    order (`ranked`), then lines made for the person's age group (adults' when unknown),
    then lines for thoughts of suicide.

    A line that runs only in set periods (#9999) is listed when, and only when, it is open.
    """
    lines: list[tuple[tuple[int, int, int, int, str], LineChoice]] = []
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
        # Without a known age group (the crisis page), lines for everyone come before the
        # children's lines; then lines that take thoughts of suicide, the widest need.
        for_them = _child_facing(entry) == (audience == "child")
        suicide_first = 0 if "suicide" in entry.crisis_kinds else 1
        key = (order, place, 0 if for_them else 1, suicide_first, entry.id)
        lines.append((key, (entry, state)))
    return [choice for _key, choice in sorted(lines, key=lambda item: item[0])]


def crisis_lines(
    snapshot: CatalogSnapshot,
    lang: str,
    at: datetime,
    *,
    kinds: frozenset[str] | None = None,
    audience: str | None = None,
    ranked: tuple[str, ...] = (),
) -> list[dict[str, Any]]:
    """`line_choices` as page data in `lang`."""
    choices = line_choices(snapshot, at, kinds=kinds, audience=audience, ranked=ranked)
    return [_line_view(entry, lang, at, state) for entry, state in choices]


def block_choices(
    snapshot: CatalogSnapshot,
    kinds: frozenset[str],
    audience: str | None,
    at: datetime,
    ranked: tuple[str, ...],
) -> dict[str, list[LineChoice]]:
    """A result's crisis block, in the order the page shows its groups: lines that fit
    and are open; when none is, other lines open now; then lines whose hours differ by
    area; then closed ones."""
    fitting = line_choices(snapshot, at, kinds=kinds or None, audience=audience, ranked=ranked)
    open_lines = [choice for choice in fitting if choice[1] is OpenState.OPEN]
    others: list[LineChoice] = []
    if not open_lines:
        shown = {entry.id for entry, _state in fitting}
        others = [
            (entry, state)
            for entry, state in line_choices(snapshot, at, audience=audience, ranked=ranked)
            if state is OpenState.OPEN and entry.id not in shown
        ]
    return {
        "open": open_lines,
        "others": others,
        "maybe": [choice for choice in fitting if choice[1] is OpenState.UNKNOWN],
        "closed": [choice for choice in fitting if choice[1] is OpenState.CLOSED],
    }


def shown_lines(
    snapshot: CatalogSnapshot,
    at: datetime,
    *,
    kinds: frozenset[str],
    crisis: bool,
    audience: str | None,
    ranked: tuple[str, ...],
) -> list[LineChoice]:
    """The crisis lines the web shows for an answer, in the order it shows them.

    An answer with a crisis (`crisis`, or `kinds` from the words or the answers) shows
    its crisis block; any other answer links to the crisis page, which lists every line
    for everyone. The memo prints this list.
    """
    if kinds or crisis:
        groups = block_choices(snapshot, kinds, audience, at, ranked)
        return [*groups["open"], *groups["others"], *groups["maybe"], *groups["closed"]]
    return line_choices(snapshot, at)


def _line_view(entry: ServiceEntry, lang: str, at: datetime, state: OpenState) -> dict[str, Any]:
    contacts = [contact_view(c) for c in contacts_payload(entry, lang)]
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
    groups = block_choices(snapshot, kinds, audience, at, ranked)
    views = {
        name: [_line_view(entry, lang, at, state) for entry, state in choices]
        for name, choices in groups.items()
    }
    return {
        **views,
        "emergency": payload["emergency"],
        "kinds": [crisis_kind_name(kind) for kind in sorted(kinds)],
    }
