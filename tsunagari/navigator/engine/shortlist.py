"""A vectorised first pass over every service, so that only a short list is scored in detail.

The detailed scoring (`ranking.py`) builds reasons and asks whether each service is open,
which costs microseconds per service: fine for the national catalog, too slow for a
country-wide catalog of 100,000 desks. This pass computes, with numpy, everything the
detailed score adds except what depends on opening hours and the preferred channel, and
tells which services are admissible at all. The detailed score of a service can then
exceed its first-pass score only by `max_gain`, which bounds how far down the list one
must look (`ranking.rank`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from tsunagari.catalog.jis import is_valid_code
from tsunagari.catalog.postal import roll_up_to_city
from tsunagari.catalog.snapshot import ServiceEntry
from tsunagari.core.languages import MULTIPLE_LANGUAGES
from tsunagari.navigator.engine.crisis import CrisisResult
from tsunagari.navigator.engine.groups import PersonGroups
from tsunagari.navigator.engine.types import NavigationRequest

NATIONAL, PREFECTURE, MUNICIPALITY = 0, 1, 2
_LEVELS = {"national": NATIONAL, "prefecture": PREFECTURE, "municipality": MUNICIPALITY}
JAPANESE = ("ja", "ja-easy")


@dataclass(frozen=True)
class ServiceArrays:
    """Facts of every service as columns, in the order of the index's features."""

    need_ids: tuple[str, ...]
    need_weights: np.ndarray  # services × needs
    kind_names: tuple[str, ...]
    kinds: np.ndarray  # index into kind_names
    child_facing: np.ndarray
    adult_only: np.ndarray
    child_only: np.ndarray
    period_only: np.ndarray
    narrow: np.ndarray
    gives_money: np.ndarray
    general: np.ndarray
    foreign_group: np.ndarray
    groups: dict[str, np.ndarray]  # audience group -> services made for it
    has_groups: np.ndarray
    has_crisis: np.ndarray
    crisis_kinds: dict[str, np.ndarray]
    languages: dict[str, np.ndarray]
    area_level: np.ndarray
    municipal: dict[str, np.ndarray]  # municipality code -> services of that municipality
    prefectural: dict[str, np.ndarray]  # 2-digit prefecture code -> prefecture services
    ids: tuple[str, ...] = ()
    # The last priors table seen and its column (see `prior_scores`).
    _priors: list[Any] = field(default_factory=lambda: [None, None], compare=False, repr=False)
    # Services made for any of a set of audience groups (`members`), by the set: only group
    # names of the taxonomy and of ranking.yaml, never anything of a request.
    _members: dict[frozenset[str], np.ndarray] = field(
        default_factory=dict, compare=False, repr=False
    )

    def members(self, names: Iterable[str]) -> np.ndarray:
        """Services made for any of these groups (read-only: it is shared)."""
        key = frozenset(names)
        found = self._members.get(key)
        if found is None:
            found = np.zeros(len(self.kinds), dtype=bool)
            for name in sorted(key & self.groups.keys()):
                found |= self.groups[name]
            found.setflags(write=False)
            self._members[key] = found
        return found


def build_arrays(features: Any) -> ServiceArrays:
    entries: list[ServiceEntry] = [f.entry for f in features]
    need_ids = tuple(sorted({n for f in features for n in f.need_weights}))
    column = {need: i for i, need in enumerate(need_ids)}
    weights = np.zeros((len(entries), len(need_ids)))
    for row, f in enumerate(features):
        for need, weight in f.need_weights.items():
            weights[row, column[need]] = weight

    def flags(values: list[bool]) -> np.ndarray:
        return np.array(values, dtype=bool)

    kinds_of_crisis = sorted({k for e in entries for k in e.crisis_kinds})
    langs = sorted({lang for e in entries for lang in e.languages})
    kind_names = tuple(sorted({e.kind for e in entries}))
    return ServiceArrays(
        need_ids=need_ids,
        need_weights=weights,
        kind_names=kind_names,
        kinds=np.array([kind_names.index(e.kind) for e in entries], dtype=np.int16),
        child_facing=flags([f.is_child_facing for f in features]),
        adult_only=flags([f.is_adult_only for f in features]),
        child_only=flags([f.is_child_only for f in features]),
        period_only=flags([f.is_period_only for f in features]),
        narrow=flags([f.is_narrow for f in features]),
        gives_money=flags([f.gives_money for f in features]),
        general=flags([f.is_general for f in features]),
        foreign_group=flags(["foreign_residents" in e.audience.groups for e in entries]),
        groups={
            g: flags([g in e.audience.groups for e in entries])
            for g in sorted({g for e in entries for g in e.audience.groups})
        },
        has_groups=flags([bool(e.audience.groups) for e in entries]),
        has_crisis=flags([bool(e.crisis_kinds) for e in entries]),
        crisis_kinds={k: flags([k in e.crisis_kinds for e in entries]) for k in kinds_of_crisis},
        languages={lang: flags([lang in e.languages for e in entries]) for lang in langs},
        area_level=np.array([_LEVELS.get(e.area.level, NATIONAL) for e in entries], dtype=np.int8),
        municipal=_positions(entries, "municipality", lambda code: code),
        prefectural=_positions(entries, "prefecture", lambda code: code[:2]),
        ids=tuple(e.id for e in entries),
    )


def _positions(entries: list[ServiceEntry], level: str, key: Any) -> dict[str, np.ndarray]:
    found: dict[str, list[int]] = {}
    for position, entry in enumerate(entries):
        if entry.area.level == level and entry.area.code:
            found.setdefault(key(entry.area.code), []).append(position)
    return {code: np.array(places, dtype=np.int64) for code, places in found.items()}


def admissible(arrays: ServiceArrays, request: NavigationRequest) -> np.ndarray:
    """Services for this person's age group and area (period-only lines are checked later)."""
    age_ok = ~arrays.adult_only if request.is_child else ~arrays.child_only
    return age_ok & area_mask(arrays, request.municipality)


def area_mask(arrays: ServiceArrays, municipality: str | None) -> np.ndarray:
    """National services serve everyone; local ones only people of their area."""
    mask = arrays.area_level == NATIONAL
    if not municipality or not is_valid_code(municipality):
        return mask
    for code in {municipality, roll_up_to_city(municipality)}:
        mask[arrays.municipal.get(code, [])] = True
    mask[arrays.prefectural.get(municipality[:2], [])] = True
    return mask


def first_pass(
    arrays: ServiceArrays,
    request: NavigationRequest,
    needs: dict[str, float],
    text_scores: np.ndarray,
    crisis: CrisisResult,
    weights: dict[str, Any],
    person: PersonGroups,
    terms: np.ndarray,
) -> np.ndarray:
    """Every part of the detailed score that does not depend on hours or channel."""
    strength = need_strength(arrays.narrow, terms, weights)
    if request.is_child:
        strength = strength * money_aid_strength(arrays.gives_money, terms, needs, weights)
    need_fit = need_scores(arrays, needs, weights)
    score = need_fit * strength + text_scores  # already weighted
    score += group_scores(arrays, person, weights.get("groups", {}), crisis)
    if request.is_child:
        score += weights["audience"]["child_facing_for_child"] * arrays.child_facing
    score += language_scores(arrays, request.lang, weights)
    score += weights["area"]["own_municipality"] * (arrays.area_level != NATIONAL)
    if crisis.is_crisis:
        score += crisis_scores(arrays, crisis, weights)
    prior = general_line_prior(request, weights)
    score += prior * (arrays.general & general_fit(arrays, request))
    if needs:
        table = weights.get("service_prior", {})
        score += prior_scores(arrays, table, crisis, fits=need_fit > 0, named=terms > 0)
    if not needs and not crisis.is_crisis:
        score += kind_scores(arrays, weights["kind_for_vague"])
    return score + kind_scores(arrays, weights.get("kind_prior", {}))


def need_scores(arrays: ServiceArrays, needs: dict[str, float], weights: dict[str, Any]) -> Any:
    query = np.array([needs.get(need, 0.0) for need in arrays.need_ids])
    columns = np.flatnonzero(query)  # a message touches a few needs: score only those
    if not columns.size:
        return np.zeros(len(arrays.kinds))
    fits = arrays.need_weights[:, columns] * query[columns]
    best = fits.max(axis=1)
    breadth = weights["need"].get("breadth", 0.35)
    total = best + breadth * (fits.sum(axis=1) - best)
    return np.where(best > 0, weights["need"]["weight"] * total, 0.0)


def need_strength(narrow: Any, terms: Any, weights: dict[str, Any]) -> Any:
    """How much a need fit counts: in full, except for a narrow program none of whose own
    search terms is in the message (works on one service or on every service at once)."""
    without_words = float(weights.get("narrow", {}).get("without_words", 1.0))
    return np.where(narrow & (terms <= 0), without_words, 1.0)


def money_aid_strength(
    gives_money: Any, terms: Any, needs: dict[str, float], weights: dict[str, Any]
) -> Any:
    """How much a benefit's or a loan's need fit counts for a child writer: in full when
    the message shows money trouble or names the aid's own situation (one of its search
    terms: "can't pay for school"), `money_aid.without_money` of it otherwise (a child who
    does not want to go to school is not asking for 就学援助, and a parent applies for it).
    One service or every service at once."""
    if money_in_view(needs):
        return 1.0
    without_money = float(weights.get("money_aid", {}).get("without_money", 1.0))
    return np.where(gives_money & (terms <= 0), without_money, 1.0)


# Needs that say money is short: income lost, debts, money itself.
_MONEY_NEEDS = ("money", "debt", "job_loss")


def money_in_view(needs: dict[str, float]) -> bool:
    return any(needs.get(need, 0.0) > 0 for need in _MONEY_NEEDS)


def group_scores(
    arrays: ServiceArrays,
    person: PersonGroups,
    table: dict[str, Any],
    crisis: CrisisResult | None = None,
) -> Any:
    """`groups.group_fit` for every service at once, with `crisis_line_mismatch` times the
    penalty for the crisis lines of other groups during a crisis (ranking._detailed)."""
    members = arrays.members
    matched = members(person.evident)
    presumed = members(person.presumed) & ~matched
    exempt = members(table.get("unreadable") or ())
    mismatched = arrays.has_groups & ~matched & ~presumed & ~exempt
    strict_groups = frozenset(table.get("strict") or ())
    loose = members(g for g in arrays.groups if g not in strict_groups)
    strict = mismatched & ~loose  # made only for strict groups
    scores = (
        float(table.get("match", 0.0)) * matched
        + float(table.get("presumed", 0.0)) * presumed
        + float(table.get("mismatch", 0.0)) * (mismatched & ~strict)
        + float(table.get("strict_mismatch", 0.0)) * strict
    )
    if crisis is not None and crisis.is_crisis:
        factor = float(table.get("crisis_line_mismatch", 1.0))
        scores = np.where(arrays.has_crisis & (scores < 0), scores * factor, scores)
    return scores


def language_scores(arrays: ServiceArrays, lang: str, weights: dict[str, Any]) -> Any:
    if lang in JAPANESE:
        return 0.0
    table = weights["language"]
    speaks = _speakers(arrays, lang)
    others = _speakers(arrays, MULTIPLE_LANGUAGES) & ~speaks
    return (
        table["speaks_language"] * speaks
        + table["other_languages"] * others
        + table["foreign_resident_desk"] * arrays.foreign_group
    )


def _speakers(arrays: ServiceArrays, lang: str) -> np.ndarray:
    return arrays.languages.get(lang, np.zeros(len(arrays.kinds), dtype=bool))


def crisis_scores(arrays: ServiceArrays, crisis: CrisisResult, weights: dict[str, Any]) -> Any:
    """`ranking._score_crisis` for every service at once."""
    table = weights["crisis"]
    matching = np.zeros(len(arrays.kinds), dtype=bool)
    bonus = np.zeros(len(arrays.kinds))
    for kind in crisis.kinds:
        if kind in arrays.crisis_kinds:
            lines = arrays.crisis_kinds[kind]
            matching |= lines
            bonus = np.maximum(bonus, matching_line_bonus(table, kind) * lines)
    listening = arrays.has_crisis.copy()
    if "listening_kinds" in table:
        listening = np.zeros(len(arrays.kinds), dtype=bool)
        for kind in table["listening_kinds"]:
            listening |= arrays.crisis_kinds.get(kind, listening & False)
    return bonus + table["any_crisis_line"] * (listening & ~matching)


def matching_line_bonus(table: dict[str, Any], kind: str) -> float:
    """What a line made for the crisis's kind earns (`matching_line_by_kind` overrides)."""
    return float((table.get("matching_line_by_kind") or {}).get(kind, table["matching_line"]))


def general_fit(arrays: ServiceArrays, request: NavigationRequest) -> np.ndarray:
    """Which lines fit this person's group (see ranking._general_line_fits)."""
    if request.is_child:
        return arrays.child_facing
    if request.lang not in JAPANESE:
        speaks = _speakers(arrays, request.lang) | _speakers(arrays, MULTIPLE_LANGUAGES)
        return arrays.foreign_group | speaks
    return ~arrays.foreign_group & ~arrays.child_facing


def general_line_prior(request: NavigationRequest, weights: dict[str, Any]) -> float:
    """The children's lines take any worry a child has, also a parent's trouble that no
    children's desk names: for a child they weigh more (`general_line.child_prior`)."""
    table = weights["general_line"]
    return float(table.get("child_prior", table["prior"]) if request.is_child else table["prior"])


def prior_scores(
    arrays: ServiceArrays,
    table: dict[str, float],
    crisis: CrisisResult,
    *,
    fits: np.ndarray,
    named: np.ndarray,
) -> Any:
    """Each service's prior (service_priors.yaml, ADR 0013), for a message whose needs are
    understood (they were fitted on such messages; a vague one keeps the listening lines'
    order). A prior orders services that fit, it never decides alone: it raises only a
    service that fits a need (`fits`), never one without a reason, and lowers only one
    whose own search terms are not in the message (`named`): who names a program's own
    situation gets that program. In a crisis, none for crisis lines, whose order is the
    crisis rules' alone. The column is built once per table, not per request."""
    if not table:
        return 0.0
    if arrays._priors[0] is not table:
        arrays._priors[:] = [table, np.array([float(table.get(i, 0.0)) for i in arrays.ids])]
    column = arrays._priors[1]
    column = np.where(fits, np.maximum(column, 0.0), 0.0) + np.where(
        named, 0.0, np.minimum(column, 0.0)
    )
    return column * ~arrays.has_crisis if crisis.is_crisis else column


def kind_scores(arrays: ServiceArrays, table: dict[str, float]) -> Any:
    if not table:
        return 0.0
    lookup = np.array([table.get(kind, 0.0) for kind in arrays.kind_names])
    return lookup[arrays.kinds]


def max_gain(request: NavigationRequest, weights: dict[str, Any]) -> float:
    """How much the detailed score can add to the first pass (open now, channel)."""
    return max(weights["open_now"]["open"], 0.0) + (1.0 if request.channel else 0.0)
