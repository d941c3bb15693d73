"""Plain dicts the navigator templates render: tiles, questions, transcript, recap, cards."""

from __future__ import annotations

from typing import Any

from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from tsunagari.catalog.snapshot import PHONE_KINDS
from tsunagari.core.languages import MULTIPLE_LANGUAGES
from tsunagari.navigator import forms
from tsunagari.navigator.engine.flow import (
    Flow,
    FlowQuestion,
    FlowState,
    Outcome,
    recap,
)
from tsunagari.navigator.presenter import language_name


def tiles(flow: Flow, audience: str) -> list[dict[str, Any]]:
    return [
        {"id": tile, "title": forms.TILE_TEXTS[tile][0], "hint": forms.TILE_TEXTS[tile][1]}
        for tile in flow.tiles.get(audience, ())
    ]


def question_view(question: FlowQuestion, state: FlowState, result: Outcome) -> dict[str, Any]:
    chosen = state.answer_to(question.id)
    return {
        "id": question.id,
        "text": forms.question_text(question.id, for_someone_else=result.for_someone_else),
        "answers": [
            {
                "value": f"{question.id}:{a.id}",
                "text": forms.answer_text(question.id, a.id),
                "chosen": a.id == chosen,
            }
            for a in question.answers
        ],
        "skip": f"{question.id}:skip",
        "can_finish": state.tile is not None and question.stage != "before",
    }


def transcript(flow: Flow, state: FlowState, result: Outcome) -> list[dict[str, Any]]:
    """The conversation so far, as chat bubbles (also without JavaScript)."""
    bubbles: list[dict[str, Any]] = []
    if state.text:
        bubbles.append({"me": True, "text": state.text})
    if state.tile:
        bubbles.append({"me": False, "text": _("What is it about?")})
        bubbles.append({"me": True, "text": forms.TILE_TEXTS[state.tile][0]})
    for question, answer_id in recap(flow, state):
        text = forms.question_text(question.id, for_someone_else=result.for_someone_else)
        bubbles.append({"me": False, "text": text})
        bubbles.append({"me": True, "text": forms.answer_text(question.id, answer_id)})
    return bubbles


def recap_rows(flow: Flow, state: FlowState, result: Outcome) -> list[dict[str, Any]]:
    items = []
    if state.tile:
        items.append(
            {
                "edit": "tile",
                "question": _("What it is about"),
                "answer": forms.TILE_TEXTS[state.tile][0],
            }
        )
    for question, answer_id in recap(flow, state):
        items.append(
            {
                "edit": question.id,
                "question": forms.question_text(
                    question.id, for_someone_else=result.for_someone_else
                ),
                "answer": forms.answer_text(question.id, answer_id),
            }
        )
    return items


def contact_view(contact: dict[str, str]) -> dict[str, Any]:
    """A contact with the link a phone can follow (tel:, https:, mailto:)."""
    kind, value = contact["kind"], contact["value"]
    href = ""
    if kind in PHONE_KINDS:
        dial = "".join(c for c in value if c.isdigit() or c in "#*+")
        href = "tel:" + dial.replace("#", "%23") if dial else ""
    elif value.startswith(("https://", "http://")):
        href = value
    elif kind == "email" and "@" in value and " " not in value:
        href = "mailto:" + value
    japanese_page = (get_language() or "ja") in ("ja", "ja-easy")
    return {
        **contact,
        "href": href,
        "is_phone": kind in PHONE_KINDS,
        "kind_text": forms.CONTACT_KIND_TEXTS.get(kind, kind),
        # Hours with no data behind them stay as published: the page says they are Japanese.
        "hours_only_japanese": contact.get("hours_lang") == "ja" and not japanese_page,
    }


def languages_text(codes: list[str]) -> str:
    """The languages a service can be used in, for its card: shown when it offers more than
    Japanese, or on a page in another language (where "Japanese only" matters)."""
    foreign_page = (get_language() or "ja") not in ("ja", "ja-easy")
    if codes in ([], ["ja"]) and not foreign_page:
        return ""
    names = [language_name(code) for code in codes if code != MULTIPLE_LANGUAGES]
    if MULTIPLE_LANGUAGES in codes:
        names.append(_("other languages too (ask which)"))
    return pgettext("between language names", ", ").join(names)


def service_view(service: dict[str, Any]) -> dict[str, Any]:
    view = {
        **service,
        "cost_text": forms.COST_TEXTS.get(service.get("cost", ""), ""),
        "contacts": [contact_view(c) for c in service["contacts"]],
        "languages_text": languages_text(service.get("languages", [])),
    }
    if "local" in service:  # the person's municipal desk (municipal_links.py)
        local = service["local"]
        view["local"] = {**local, "contacts": [contact_view(c) for c in local["contacts"]]}
    return view


# --- crisis lines -----------------------------------------------------------------------
