"""The navigator: a person's words and answers in, the few services that fit out.

Crisis detection runs first, on every message, with every language's rules.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tsunagari.catalog.snapshot import CatalogSnapshot
from tsunagari.navigator.engine.crisis import KINDS, CrisisResult, detect_crisis
from tsunagari.navigator.engine.index import index_for
from tsunagari.navigator.engine.language import detect_language, read_evidence
from tsunagari.navigator.engine.needs import (
    CLEAR,
    is_vague,
    read_message,
    score_needs,
    with_adult_hit,
    with_disabled_child,
    with_older_victim,
    with_partner_victim,
)
from tsunagari.navigator.engine.ranking import rank
from tsunagari.navigator.engine.types import NavigationRequest, NavigationResult, Question

JAPAN = ZoneInfo("Asia/Tokyo")


def navigate(snapshot: CatalogSnapshot, request: NavigationRequest) -> NavigationResult:
    at = request.at or datetime.now(JAPAN)
    crisis = with_answered_crisis(detect_crisis(request.text, request.lang), request)
    # What the text says of its own language is read once for both guesses below.
    evidence = read_evidence(request.text) if request.text.strip() else None
    guess = detect_language(request.text, request.lang, evidence) if evidence else None
    detected = guess.code if guess else request.lang
    reading = read_message(request.text, request.lang, evidence) if evidence else None
    needs = score_needs(request.text, request.lang, reading) if reading else {}
    needs = with_older_victim(needs, is_child=request.is_child)
    needs = with_partner_victim(needs, reading, is_child=request.is_child)
    needs = with_adult_hit(needs, reading, is_child=request.is_child)
    needs = with_disabled_child(needs, request.text, is_child=request.is_child)
    needs = merge_answer_needs(needs, request.answers)
    crisis = with_hurt_child(crisis, needs, is_child=request.is_child)
    index = index_for(snapshot)
    matches = rank(index, request, needs, crisis, at, reading)
    question = None
    if not crisis.is_crisis and request.text.strip() and is_vague(needs):
        question = Question("clarify")
    return NavigationResult(
        lang=request.lang,
        detected_lang=detected,
        crisis=crisis,
        needs=tuple(needs.items()),
        matches=tuple(matches),
        question=question,
        municipality=request.municipality,
    )


def with_answered_crisis(crisis: CrisisResult, request: NavigationRequest) -> CrisisResult:
    if not request.crisis_kinds:
        return crisis
    kinds = tuple(k for k in KINDS if k in set(crisis.kinds) | request.crisis_kinds)
    return CrisisResult(True, kinds, crisis.emergency)


def with_hurt_child(
    crisis: CrisisResult, needs: dict[str, float], *, is_child: bool
) -> CrisisResult:
    """A child who writes of violence at home that falls on them (the mother's boyfriend who
    kicks them and their sister) is a case for 189 and the child guidance centre, and the
    crisis rules may read only partner violence (dv) from the adult words in it (彼氏,
    "boyfriend"). Then every partner-violence desk stands above the child's own lines. When
    the writer is a child, the crisis is dv and child abuse is a clear need at least as
    strong as violence at home, the child abuse kind joins the crisis: both kinds' lines
    come first, in the order of the needs.
    """
    if not is_child or "dv" not in crisis.kinds or "child_abuse" in crisis.kinds:
        return crisis
    abuse = needs.get("child_abuse", 0.0)
    if abuse < CLEAR or abuse < needs.get("violence_at_home", 0.0):
        return crisis
    kinds = tuple(k for k in KINDS if k in {*crisis.kinds, "child_abuse"})
    return CrisisResult(True, kinds, crisis.emergency)


def merge_answer_needs(needs: dict[str, float], answers: dict[str, str]) -> dict[str, float]:
    """Guided answers name needs directly (answer ids of the form `need:<id>`)."""
    merged = dict(needs)
    for answer in answers.values():
        if answer.startswith("need:"):
            need = answer.removeprefix("need:")
            merged[need] = max(merged.get(need, 0.0), 0.9)
    return dict(sorted(merged.items(), key=lambda item: -item[1]))
