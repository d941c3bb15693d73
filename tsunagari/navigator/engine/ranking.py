"""Ranking services for one person: needs, words, audience, language, area, open now, crisis.

Every score comes with reasons (codes with parameters) so that the person sees why a
service fits; the edge renders them in the person's language. Weights are data
(navigator/data/ranking.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

import numpy as np

from tsunagari.catalog.hours import (
    OpenState,
    is_open_local,
    japan_time,
    next_opening,
    service_open_state,
)
from tsunagari.catalog.postal import roll_up_to_city
from tsunagari.catalog.snapshot import PHONE_KINDS, ServiceEntry
from tsunagari.core.languages import MULTIPLE_LANGUAGES
from tsunagari.navigator.engine import service_model, shortlist
from tsunagari.navigator.engine.config import ranking_weights
from tsunagari.navigator.engine.crisis import CrisisResult
from tsunagari.navigator.engine.groups import PersonGroups, group_fitter, person_groups
from tsunagari.navigator.engine.index import CatalogIndex, ServiceFeatures
from tsunagari.navigator.engine.needs import MessageReading, read_message
from tsunagari.navigator.engine.types import NavigationRequest, Reason, ServiceMatch

# Contacts whose hours tell whether a person can reach the service now.
LIVE_CHANNELS = frozenset({"phone", "free_dial", "short_code", "chat", "sns", "visit"})
_CHANNEL_KINDS = {
    "phone": PHONE_KINDS,
    "chat": frozenset({"chat", "sns", "email"}),
    "visit": frozenset({"visit"}),
}


@dataclass
class Candidate:
    features: ServiceFeatures
    score: float = 0.0
    open_state: OpenState = OpenState.UNKNOWN
    reasons: list[Reason] = field(default_factory=list)

    def add(self, amount: float, code: str | None = None, **params: str) -> None:
        self.score += amount
        if code:
            reason = Reason(code, tuple(sorted(params.items()))) if params else plain(code)
            self.reasons.append(reason)


@cache
def plain(code: str, need: str = "", kind: str = "") -> Reason:
    """A reason whose code (and need or crisis kind) are the engine's and the taxonomy's own:
    made once per process, not once per service and request (reasons are frozen)."""
    params = (("need", need),) if need else (("kind", kind),) if kind else ()
    return Reason(code, params)


def open_state_of(entry: ServiceEntry, at: datetime) -> OpenState:
    """Open if any live channel is open now; unknown when hours are not data."""
    return _open_state(entry, japan_time(at))


def _open_state(entry: ServiceEntry, local: datetime) -> OpenState:
    """`open_state_of` at a naive Japan time (converted once per request)."""
    states = [is_open_local(c.schedule, local) for c in entry.contacts if c.kind in LIVE_CHANNELS]
    return service_open_state(states)


def rank(
    index: CatalogIndex,
    request: NavigationRequest,
    needs: dict[str, float],
    crisis: CrisisResult,
    at: datetime,
    reading: MessageReading | None = None,
) -> list[ServiceMatch]:
    """The best services, best first, each with its reasons.

    A vectorised first pass (shortlist.py) scores every service; only the head of that list
    is scored in detail, and the head is widened until no service below it could still
    reach the top once opening hours are taken into account.
    """
    weights = ranking_weights()
    limit = max(request.limit, 10)
    if not index.features:
        return []
    if request.text.strip():
        reading = reading or read_message(request.text, request.lang)
        terms = index.term_scores(reading)
        text_scores = (
            weights["text"]["weight"]
            * _normalised(index.text_scores(request.text, request.lang, reading))
            + weights["search_terms"]["weight"] * terms
        )
        learned = learned_scores(index, request, crisis, weights)
    else:  # a guided step: the tapped answers alone, no words to read or match
        terms = text_scores = learned = np.zeros(len(index.features))
    person = person_groups(request, needs, weights.get("groups", {}))
    needs = harm_first(needs, weights["need"])
    rough = learned + shortlist.first_pass(
        index.arrays, request, needs, text_scores, crisis, weights, person, terms
    )
    allowed = shortlist.admissible(index.arrays, request)
    admitted = np.flatnonzero(allowed)
    order = admitted[np.argsort(-rough[admitted], kind="stable")].tolist()
    gain = shortlist.max_gain(request, weights)
    scored: list[Candidate] = []
    for start in range(0, len(order), SHORTLIST_STEP):
        head = order[start : start + SHORTLIST_STEP]
        scored.extend(
            _detailed(
                index,
                request,
                needs,
                (text_scores, terms, learned),
                crisis,
                weights,
                at,
                head,
                person,
            )
        )
        scored.sort(key=lambda c: (-c.score, c.features.entry.id))
        following = start + SHORTLIST_STEP
        if (
            len(scored) >= limit
            and following < len(order)
            and rough[order[following]] + gain < scored[limit - 1].score
        ):
            break
    return [
        ServiceMatch(c.features.entry.id, round(c.score, 3), c.open_state, tuple(c.reasons))
        for c in scored[:limit]
    ]


def harm_first(needs: dict[str, float], table: dict[str, Any]) -> dict[str, float]:
    """The needs as the services' fit sees them: when a harm named in `first_when_clear`
    (sexual violence) is read clearly, the person's other needs count `others` of their
    score, so the desks for that harm come before those of its setting (a boss who
    assaulted a worker: the sexual-violence centres first, the labour desks after), also
    when the crisis detector does not fire (a past assault asked about now). A rule may
    name the needs it lowers (`over`): a drinking problem told by a single parent lowers
    only the single-parent reading, which says who is writing rather than what they ask,
    so the addiction desks lead while a money worry keeps its weight. The groups a person
    belongs to are read from the needs as they are."""
    for rule in table.get("first_when_clear") or ():
        needs = _first_when_clear(needs, rule)
    return needs


def _first_when_clear(needs: dict[str, float], rule: dict[str, Any]) -> dict[str, float]:
    """One rule of `harm_first`: its needs at `threshold` or more lower the others (or the
    needs named in `over`) to `others` of their score."""
    harms = set(rule.get("needs", ()))
    threshold = float(rule.get("threshold", 1.0))
    if not any(needs.get(harm, 0.0) >= threshold for harm in harms):
        return needs
    others = float(rule.get("others", 1.0))
    over = set(rule.get("over") or ()) or set(needs) - harms
    return {need: score * others if need in over else score for need, score in needs.items()}


# Services scored in detail at a time. The bound in `rank` makes the answer the same for
# any step; 16 rather than 24 scores ~17 services a message instead of ~24 (dev scenarios
# and dev crisis: the first 16 almost always settle the top 10).
SHORTLIST_STEP = 16


def _detailed(
    index: CatalogIndex,
    request: NavigationRequest,
    needs: dict[str, float],
    words: tuple[np.ndarray, np.ndarray, np.ndarray],
    crisis: CrisisResult,
    weights: dict[str, Any],
    at: datetime,
    positions: list[int],
    person: PersonGroups,
) -> list[Candidate]:
    """Detailed scores; `words` holds the weighted word scores, the search-term scores and
    the learned scores (`learned_scores`)."""
    text_scores, terms, learned = words
    local = japan_time(at)
    states = index.open_states(local)  # shared by the requests of this minute
    without_words = float(weights.get("narrow", {}).get("without_words", 1.0))
    without_money = float(weights.get("money_aid", {}).get("without_money", 1.0))
    money_shown = shortlist.money_in_view(needs)
    fit_groups = group_fitter(person, weights.get("groups", {}))
    crisis_mismatch = float(weights.get("groups", {}).get("crisis_line_mismatch", 1.0))
    candidates = []
    for position in positions:
        features = index.features[position]
        state = states.get(position)
        if state is None:
            state = states[position] = _open_state(features.entry, local)
        candidate = Candidate(features, open_state=state)
        if not _admissible(candidate, request):
            continue
        # shortlist.need_strength for one service, without numpy's cost for a scalar
        narrow_without_words = features.is_narrow and terms[position] <= 0
        strength = without_words if narrow_without_words else 1.0
        if request.is_child and features.gives_money and not money_shown and terms[position] <= 0:
            strength *= without_money  # shortlist.money_aid_strength for one service
        text_score = float(text_scores[position])  # a numpy scalar costs more in each use
        _score(candidate, request, needs, text_score, crisis, weights, strength)
        candidate.add(_prior(candidate, needs, crisis, weights, named=terms[position] > 0))
        _score_language(candidate, request, weights, at, local)
        if text_score > 0:
            candidate.reasons.append(plain("words_match"))
        fit = fit_groups(features.entry.audience.groups)
        if fit < 0 and crisis.is_crisis and features.entry.crisis_kinds:
            fit *= crisis_mismatch  # shortlist.group_scores does the same
        candidate.add(fit)
        candidate.add(float(learned[position]))
        candidates.append(candidate)
    return candidates


def learned_scores(
    index: CatalogIndex, request: NavigationRequest, crisis: CrisisResult, weights: dict[str, Any]
) -> np.ndarray:
    """The learned model's scores (service_model.py), weighted, in the index's order; zeros
    without a model or a weight. They reorder and add no reason: the reasons stay the rules'.

    In a crisis the crisis lines keep the rules' order (kind, open now, who they are for):
    a closed line must never pass an open one by a learned point or two.
    """
    weight = float(weights.get("learned", {}).get("weight", 0.0))
    model = service_model.default_model() if weight else None
    if model is None:
        return np.zeros(len(index.features))
    audience = "child" if request.is_child else "adult"
    found = weight * model.scores_for(index.arrays.ids, request.text, request.lang, audience)
    if crisis.is_crisis:
        found[index.arrays.has_crisis] = 0.0
    return found


def _prior(
    candidate: Candidate,
    needs: dict[str, float],
    crisis: CrisisResult,
    weights: dict[str, Any],
    *,
    named: bool,
) -> float:
    """shortlist.prior_scores for one service: only when needs are understood, never for a
    crisis line in a crisis, up only when it fits a need, down only when the message does
    not name its own situation."""
    entry = candidate.features.entry
    if not needs or (crisis.is_crisis and entry.crisis_kinds):
        return 0.0
    prior = float(weights.get("service_prior", {}).get(entry.id, 0.0))
    if prior > 0:
        return prior if any(reason.code == "need" for reason in candidate.reasons) else 0.0
    return 0.0 if named else prior


def _normalised(scores: np.ndarray) -> np.ndarray:
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else scores


def _admissible(candidate: Candidate, request: NavigationRequest) -> bool:
    """Lines outside their open period and desks for another age group are left out.

    A line that runs only in set periods (#9999) is shown when, and only when, it is open.
    """
    features = candidate.features
    if features.is_period_only and candidate.open_state is not OpenState.OPEN:
        return False
    if not _serves_area(features.entry, request.municipality):
        return False
    if request.is_child:
        return not features.is_adult_only
    return not features.is_child_only


def _serves_area(entry: ServiceEntry, municipality: str | None) -> bool:
    """National services serve everyone; local ones only people of their area."""
    area = entry.area
    if area.level == "national":
        return True
    if not municipality:
        return False
    if area.level == "prefecture":
        return municipality[:2] == area.code[:2]
    return area.code in (municipality, roll_up_to_city(municipality))


def _score(
    candidate: Candidate,
    request: NavigationRequest,
    needs: dict[str, float],
    text_score: float,
    crisis: CrisisResult,
    weights: dict[str, Any],
    need_strength: float = 1.0,
) -> None:
    _score_needs(candidate, needs, weights, need_strength)
    if text_score > 0:
        candidate.add(text_score)
    _score_audience(candidate, request, weights)
    _score_area(candidate, request, weights)
    _score_open(candidate, request, weights)
    if crisis.is_crisis:
        _score_crisis(candidate, crisis, weights)
    if candidate.features.is_general and _general_line_fits(candidate.features, request):
        candidate.add(shortlist.general_line_prior(request, weights), "listens_to_anything")
    kind = candidate.features.entry.kind
    if not needs and not crisis.is_crisis:
        candidate.add(weights["kind_for_vague"].get(kind, 0.0))
    candidate.add(weights.get("kind_prior", {}).get(kind, 0.0))


def _general_line_fits(features: ServiceFeatures, request: NavigationRequest) -> bool:
    """A line that fits almost anyone fits this person's group: children get the children's
    lines, people writing in a foreign language the lines made for or usable by them."""
    entry = features.entry
    if request.is_child:
        return features.is_child_facing
    if request.lang not in ("ja", "ja-easy"):
        return "foreign_residents" in entry.audience.groups or bool(
            {request.lang, MULTIPLE_LANGUAGES} & entry.languages
        )
    return "foreign_residents" not in entry.audience.groups and not features.is_child_facing


def _score_needs(
    candidate: Candidate, needs: dict[str, float], weights: dict[str, Any], strength: float
) -> None:
    """Depth beats breadth: fitting the person's main worry well counts more than
    touching many of their worries a little (listening lines touch everything)."""
    # Only the service's own needs can fit: the others would add 0.0 at the end of the sum.
    fits = sorted(
        (
            (weight * needs[need], need)
            for need, weight in candidate.features.need_weights.items()
            if need in needs
        ),
        reverse=True,
    )
    if not fits or fits[0][0] <= 0:
        return
    table = weights["need"]
    best, best_need = fits[0]
    total = best + table.get("breadth", 0.35) * sum(fit for fit, _need in fits[1:])
    candidate.add(table["weight"] * total * strength)
    candidate.reasons.append(plain("need", need=best_need))


def _score_audience(
    candidate: Candidate, request: NavigationRequest, weights: dict[str, Any]
) -> None:
    features = candidate.features
    audience = weights["audience"]
    if request.is_child and features.is_child_facing:
        candidate.add(audience["child_facing_for_child"], "for_children")


def _score_language(
    candidate: Candidate,
    request: NavigationRequest,
    weights: dict[str, Any],
    at: datetime,
    local: datetime,
) -> None:
    lang = request.lang
    if lang in ("ja", "ja-easy"):
        return
    entry = candidate.features.entry
    later = _language_line_closed(entry, lang, at, local)
    if later is not None:
        # よりそいホットライン's foreign-language line at 23:30: usable in the person's
        # language only later, so no bonus now; the reason says when (when it is known).
        if later != datetime.min:
            params = {"when": later.isoformat()}
            if lang in entry.languages:
                params["lang"] = lang
            candidate.reasons.append(Reason("language_hours", tuple(sorted(params.items()))))
    elif lang in entry.languages:
        candidate.add(weights["language"]["speaks_language"], "speaks_language", lang=lang)
    elif MULTIPLE_LANGUAGES in entry.languages:
        candidate.add(weights["language"]["other_languages"], "other_languages")
    else:
        candidate.reasons.append(plain("japanese_only"))
    if "foreign_residents" in entry.audience.groups:
        candidate.add(weights["language"]["foreign_resident_desk"], "for_foreign_residents")


def _language_line_closed(
    entry: ServiceEntry, lang: str, at: datetime, local: datetime
) -> datetime | None:
    """When the person's language is served only on lines with hours of their own and all
    of them are closed: the next time one opens (`datetime.min` when not known). None when
    the language can be used now, or the service has no such line."""
    lines = entry.lines_for_language(lang)
    if not lines:
        return None
    states = [is_open_local(line.schedule, local) for line in lines]
    if service_open_state(states) is not OpenState.CLOSED:
        return None
    moments = [m for m in (next_opening(line.schedule, at) for line in lines) if m]
    return min(moments) if moments else datetime.min


def _score_area(candidate: Candidate, request: NavigationRequest, weights: dict[str, Any]) -> None:
    if candidate.features.entry.area.level != "national":
        candidate.add(weights["area"]["own_municipality"], "in_your_area")


def _score_open(candidate: Candidate, request: NavigationRequest, weights: dict[str, Any]) -> None:
    state = candidate.open_state
    if state is OpenState.OPEN:
        candidate.add(weights["open_now"]["open"], "open_now")
    elif state is OpenState.CLOSED:
        candidate.add(weights["open_now"]["closed"], "closed_now")
    if request.channel:
        kinds = _CHANNEL_KINDS.get(request.channel, frozenset())
        if any(c.kind in kinds for c in candidate.features.entry.contacts):
            candidate.add(1.0, "channel", channel=request.channel)


def _score_crisis(candidate: Candidate, crisis: CrisisResult, weights: dict[str, Any]) -> None:
    entry = candidate.features.entry
    if not entry.crisis_kinds:
        return
    table = weights["crisis"]
    matching = sorted(entry.crisis_kinds.intersection(crisis.kinds))
    if matching:
        candidate.add(max(shortlist.matching_line_bonus(table, kind) for kind in matching))
        candidate.reasons.append(plain("crisis_line", kind=matching[0]))
    elif entry.crisis_kinds & frozenset(table.get("listening_kinds", entry.crisis_kinds)):
        candidate.add(table["any_crisis_line"])
        candidate.reasons.append(plain("crisis_line", kind=sorted(entry.crisis_kinds)[0]))
    if candidate.open_state is OpenState.CLOSED:
        candidate.add(table["closed_line"])
