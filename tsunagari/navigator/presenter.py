"""From the engine's plain result to what a person reads, in their language.

The engine returns reason codes with parameters; this is where they become sentences
(through gettext), so the engine stays free of Django. The CLI, the API and the web
pages all use `answer_payload`, so they give the same answers.

What depends only on the catalog and the language (a service's name, texts and contacts;
the sentence for a set of reason codes) is rendered once per catalog snapshot and kept
with it (`_Rendered`): never anything a person typed, only catalog ids, reason codes and
language codes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from tsunagari.catalog.hours import OpenState
from tsunagari.catalog.snapshot import CatalogSnapshot, PerSnapshot, ServiceEntry
from tsunagari.core.languages import FOREIGN_LANGUAGE_CODES, MULTIPLE_LANGUAGES
from tsunagari.navigator.contacts import contact_payload
from tsunagari.navigator.engine.types import NavigationResult, Reason, ServiceMatch
from tsunagari.navigator.municipal_links import municipal_fields

# The reasons shown, most telling first; at most MAX_REASONS of them per service.
REASON_ORDER = (
    "crisis_line",
    "in_your_area",
    "need",
    "words_match",
    "for_children",
    "speaks_language",
    "language_hours",
    "other_languages",
    "for_foreign_residents",
    "channel",
    "listens_to_anything",
    "open_now",
    "closed_now",
    "japanese_only",
)
MAX_REASONS = 3
EMERGENCY_KINDS = frozenset(
    {"suicide", "self_harm", "child_abuse", "dv", "sexual_violence", "danger_other"}
)
# Reason parameters whose values are ids (need, crisis kind, language, channel): reasons
# made only of these may be kept as cache keys. A reason with any other parameter is
# rendered each time, so that no words of a message could ever be kept.
CACHED_PARAMS = frozenset({"need", "kind", "lang", "channel"})


def language_name(code: str) -> str:
    names = {
        "ja": _("Japanese"),
        "en": _("English"),
        "zh-hans": _("Chinese"),
        "ko": _("Korean"),
        "pt": _("Portuguese"),
        "es": _("Spanish"),
        "tl": _("Tagalog"),
        "th": _("Thai"),
        "vi": _("Vietnamese"),
        "ne": _("Nepali"),
        "id": _("Indonesian"),
        "ja-easy": _("Easy Japanese"),
    }
    return names.get(code, code)


def crisis_kind_name(kind: str) -> str:
    names = {
        "suicide": _("thoughts of suicide"),
        "self_harm": _("self-harm"),
        "child_abuse": _("child abuse"),
        "dv": _("violence by a partner"),
        "sexual_violence": _("sexual violence"),
        "danger_other": _("danger to your safety"),
    }
    return names.get(kind, kind)


def need_name(snapshot: CatalogSnapshot, need_id: str, lang: str) -> str:
    for need in snapshot.needs:
        if need.id == need_id:
            fallback = "ja" if lang.startswith("ja") else "en"
            return need.names.get(lang) or need.names.get(fallback) or need_id
    return need_id


def reason_sentence(reason: Reason, snapshot: CatalogSnapshot, lang: str) -> str:
    code = reason.code
    if code == "need":
        return _("It helps with: %(need)s.") % {
            "need": need_name(snapshot, reason.param("need"), lang)
        }
    if code == "crisis_line":
        return _("A line for people facing %(kind)s.") % {
            "kind": crisis_kind_name(reason.param("kind"))
        }
    if code == "speaks_language":
        return _("You can use it in %(language)s.") % {
            "language": language_name(reason.param("lang"))
        }
    if code == "language_hours":
        return language_hours_sentence(reason)
    if code == "channel":
        return _("It can be reached the way you prefer.")
    fixed = {
        "for_children": _("It is for children and teenagers."),
        "for_foreign_residents": _("It is made for people from other countries living in Japan."),
        "in_your_area": _("It is a desk in your municipality."),
        "listens_to_anything": _("They listen to any kind of worry."),
        "words_match": _("Words you used appear in what it helps with."),
        "open_now": _("It is open now."),
        "closed_now": _("It is closed now."),
        "japanese_only": _("It is in Japanese only."),
        "other_languages": _(
            "It offers help in several languages besides Japanese: ask whether yours is one."
        ),
    }
    return fixed.get(code, "")


def language_hours_sentence(reason: Reason) -> str:
    when = date_format(datetime.fromisoformat(reason.param("when")), "D H:i")
    if reason.param("lang"):
        return _("You can use it in %(language)s only at set hours. The next time is %(when)s.") % {
            "language": language_name(reason.param("lang")),
            "when": when,
        }
    return _("It offers other languages only at set hours. The next time is %(when)s.") % {
        "when": when
    }


def why(match: ServiceMatch, snapshot: CatalogSnapshot, lang: str) -> str:
    ordered = sorted(
        match.reasons,
        key=lambda r: REASON_ORDER.index(r.code) if r.code in REASON_ORDER else 99,
    )
    sentences: list[str] = []
    for reason in ordered:
        sentence = reason_sentence(reason, snapshot, lang)
        if sentence and sentence not in sentences:
            sentences.append(sentence)
    # Japanese and Chinese sentences end in 。 and follow each other without a space.
    joiner = "" if lang in ("ja", "ja-easy", "zh-hans") else " "
    return joiner.join(sentences[:MAX_REASONS])


def open_now_value(state: OpenState) -> bool | None:
    return {OpenState.OPEN: True, OpenState.CLOSED: False}.get(state)


def contacts_payload(entry: ServiceEntry, lang: str) -> list[dict[str, str]]:
    return [contact_payload(c, lang) for c in entry.contacts]


def service_languages(entry: ServiceEntry) -> list[str]:
    """The languages a service can be used in: Japanese first, `mul` (further languages
    the catalog does not name) last."""
    order = {code: n for n, code in enumerate(("ja", *FOREIGN_LANGUAGE_CODES, MULTIPLE_LANGUAGES))}
    return sorted(entry.languages, key=lambda code: order.get(code, len(order)))


def service_payload(match: ServiceMatch, snapshot: CatalogSnapshot, lang: str) -> dict[str, Any]:
    """One result, in `lang` (its reasons, open state and language hours come from the engine)."""
    rendered = _rendered_for(snapshot)
    fixed = rendered.service(snapshot, match.service_id, lang)
    return {
        "id": fixed["id"],
        "name": fixed["name"],
        "summary": fixed["summary"],
        "why": rendered.why(snapshot, match, lang),
        "open_now": open_now_value(match.open_state),
        "cost": fixed["cost"],
        "next_step": fixed["next_step"],
        "contacts": [dict(contact) for contact in fixed["contacts"]],
        "languages": list(fixed["languages"]),
    }


class _Rendered:
    """Texts of one snapshot that depend only on catalog ids, reason codes and a language.

    Built on first use and kept as long as the snapshot is (a catalog change makes a new
    snapshot, hence a new `_Rendered`). Gettext catalogs do not change while a process runs.
    """

    MAX_ITEMS = 50_000  # a bound for huge catalogs; cleared (not evicted) when reached

    def __init__(self, snapshot: CatalogSnapshot) -> None:
        self.snapshot = snapshot
        self.services: dict[tuple[str, str], dict[str, Any]] = {}
        self.reasons: dict[tuple[str, tuple[Reason, ...]], str] = {}

    def service(self, snapshot: CatalogSnapshot, service_id: str, lang: str) -> dict[str, Any]:
        key = (lang, service_id)
        found = self.services.get(key)
        if found is None:
            entry = snapshot.by_id[service_id]
            found = {
                "id": entry.id,
                "name": entry.text(lang, "name"),
                "summary": entry.text(lang, "summary"),
                "cost": entry.cost,
                "next_step": entry.text(lang, "next_step"),
                "contacts": self._contacts(entry, lang),
                "languages": service_languages(entry),
            }
            if len(self.services) >= self.MAX_ITEMS:
                self.services.clear()
            self.services[key] = found
        return found

    @staticmethod
    def _contacts(entry: ServiceEntry, lang: str) -> list[dict[str, str]]:
        with translation.override(lang):
            return contacts_payload(entry, lang)

    def why(self, snapshot: CatalogSnapshot, match: ServiceMatch, lang: str) -> str:
        if not all(name in CACHED_PARAMS for r in match.reasons for name, _v in r.params):
            return why(match, snapshot, lang)  # a parameter that might not be an id
        key = (lang, match.reasons)
        found = self.reasons.get(key)
        if found is None:
            with translation.override(lang):
                found = why(match, snapshot, lang)
            if len(self.reasons) >= self.MAX_ITEMS:
                self.reasons.clear()
            self.reasons[key] = found
        return found


_rendered = PerSnapshot(_Rendered)


def _rendered_for(snapshot: CatalogSnapshot) -> _Rendered:
    """The rendered texts of this snapshot (kept for the last few snapshots only)."""
    return _rendered.get(snapshot)


def question_text(question_id: str) -> str:
    texts = {
        "clarify": _(
            "Could you tell us a little more? For example: is it about money, health, "
            "family, work or school, or feeling alone?"
        ),
    }
    return texts.get(question_id, "")


def answer_payload(
    result: NavigationResult,
    snapshot: CatalogSnapshot,
    *,
    municipality: str | None = None,
) -> dict[str, Any]:
    """The answer as JSON-ready data, in the request's language (docs/api/navigate.schema.json).
    Open-now states and language-line hours come from the engine's result, which was
    computed at the request's moment.

    With the person's municipality, programs used at a municipal desk also carry that
    desk (`local`) or the municipality to ask (`ask_city_office`), and `procedures`.
    """
    lang = result.lang
    municipality = municipality or result.municipality
    with translation.override(lang):
        payload: dict[str, Any] = {
            "lang": lang,
            "detected_lang": result.detected_lang,
            "crisis": result.crisis.is_crisis,
            "crisis_kinds": list(result.crisis.kinds),
            "emergency": list(result.crisis.emergency),
            "needs": [need for need, _score in result.needs],
            "services": [service_payload(m, snapshot, lang) for m in result.matches],
        }
        if result.question is not None:
            payload["question"] = question_text(result.question.id)
    if municipality:
        pattern = getattr(settings, "PITTARI_SERVICE_URL_PATTERN", None)
        for service in payload["services"]:
            entry = snapshot.by_id[service["id"]]
            with translation.override(lang):
                fields = municipal_fields(snapshot, entry, municipality, lang=lang, pattern=pattern)
            service.update(fields)
    return payload
