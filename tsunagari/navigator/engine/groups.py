"""Which groups a person evidently belongs to, and how a service made for a group fits.

Many services are made for one group: new graduates, single parents, the bereaved by
suicide, older people. Such a service is the best answer for a member of its group and a
poor one for anyone else, however well its needs match ("仕事を探している" is not a
reason to show a desk for new graduates to a 50-year-old). The person's groups are read
from what the engine understood (needs, age, language), with the table in
navigator/data/ranking.yaml (`groups.evidence`), not from code branches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tsunagari.navigator.engine.types import NavigationRequest

JAPANESE = ("ja", "ja-easy")
# Groups the engine can tell without any words: age and the language chosen.
_CHILDREN, _FOREIGN, _OLDER = "children", "foreign_residents", "older_people"


@dataclass(frozen=True)
class PersonGroups:
    """Groups shown by the person's words or age (`evident`), and groups only presumed
    (a foreign language suggests, without saying more, a foreign resident): a presumed
    group spares its services the penalty but earns them no bonus."""

    evident: frozenset[str]
    presumed: frozenset[str] = frozenset()


def person_groups(
    request: NavigationRequest, needs: Mapping[str, float], table: Mapping[str, Any]
) -> PersonGroups:
    """The groups the person's words, age or language place them in."""
    threshold = float(table.get("threshold", 0.45))
    understood = {need for need, score in needs.items() if score >= threshold}
    evident = {
        group
        for group, evidence in (table.get("evidence") or {}).items()
        if any(_shown(item, understood) for item in evidence)
    }
    if request.is_child:
        evident.add(_CHILDREN)
    if request.age is not None and request.age >= 65:
        evident.add(_OLDER)
    presumed = {_FOREIGN} if request.lang not in JAPANESE else set()
    return PersonGroups(frozenset(evident), frozenset(presumed - evident))


def _shown(evidence: str | list[str], understood: set[str]) -> bool:
    """One need, or a list of needs that must all be understood (自死遺族: bereavement and
    suicide together)."""
    if isinstance(evidence, str):
        return evidence in understood
    return set(evidence) <= understood


def group_fit(
    service_groups: Iterable[str], person: PersonGroups, table: Mapping[str, Any]
) -> float:
    """Score for a service made for some groups: a bonus when the person is evidently in
    one of them (`match`) or presumed to be (`presumed`), a penalty when they are in none;
    0 for services made for everyone. Groups words rarely tell (`unreadable`) cost nothing;
    services only members may use at all (`strict`, e.g. 自死遺族) cost more."""
    return group_fitter(person, table)(frozenset(service_groups))


def group_fitter(
    person: PersonGroups, table: Mapping[str, Any]
) -> Callable[[frozenset[str]], float]:
    """`group_fit` for one person, with the table read once for the many services scored."""
    unreadable = frozenset(table.get("unreadable") or ())
    strict = frozenset(table.get("strict") or ())
    match, presumed, mismatch, strict_mismatch = (
        float(table.get(name, 0.0)) for name in ("match", "presumed", "mismatch", "strict_mismatch")
    )

    def fit(made_for: frozenset[str]) -> float:
        if not made_for:
            return 0.0
        if made_for & person.evident:
            return match
        if made_for & person.presumed:
            return presumed
        if made_for & unreadable:
            return 0.0
        if made_for <= strict:
            return strict_mismatch
        return mismatch

    return fit
