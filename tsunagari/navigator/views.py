"""Public navigator pages: the start pages (adult and children), each step of the
conversation, and the crisis lines.

Views parse, call and render. The conversation's state travels in a signed token in the
form (state.py): nothing a person types is stored on the server or logged, and no cookie
is set. The step endpoint is therefore exempt from Django's cookie-based CSRF check and
refuses cross-site posts by their Origin / Sec-Fetch-Site / Referer instead
(`is_same_origin`): a step changes nothing on the server but anonymous counters.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from tsunagari.catalog.hours import OpenState, next_opening
from tsunagari.catalog.selectors import catalog_snapshot_get
from tsunagari.catalog.snapshot import CatalogSnapshot, ServiceEntry
from tsunagari.core.languages import HTML_LANG, LANGUAGE_CODES
from tsunagari.navigator import forms
from tsunagari.navigator.engine.flow import (
    Flow,
    FlowQuestion,
    FlowState,
    Outcome,
    Ranker,
    Step,
    load_flow,
    next_step,
    outcome,
    recap,
)
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.ranking import LIVE_CHANNELS, open_state_of
from tsunagari.navigator.engine.types import NavigationRequest
from tsunagari.navigator.presenter import (
    answer_payload,
    contacts_payload,
    crisis_kind_name,
    open_now_value,
)
from tsunagari.navigator.requests import RequestError, parse_request
from tsunagari.navigator.services import usage_record
from tsunagari.navigator.state import StateError, state_dumps, state_loads

QUICK_EXIT_DEFAULT = "https://www.jma.go.jp/"
ENDONYMS = {
    "ja": "日本語", "en": "English", "zh-hans": "简体中文", "ko": "한국어", "pt": "Português",
    "es": "Español", "tl": "Tagalog", "th": "ไทย", "vi": "Tiếng Việt", "ne": "नेपाली",
    "id": "Bahasa Indonesia", "ja-easy": "やさしいにほんご",
}  # fmt: skip
_ALIASES = {"zh": "zh-hans", "fil": "tl", "in": "id"}
PHONE_KINDS = frozenset({"phone", "free_dial", "short_code"})


class InvalidStepError(Exception):
    """A command that does not fit this flow (a forged or outdated button)."""


# --- page chrome ---------------------------------------------------------------------


def chrome(request: HttpRequest, *, audience: str | None = None) -> dict[str, Any]:
    """Header values of every page: languages (each in its own script) and quick exit.

    Shaped like a context processor so that it can also be registered for error pages.
    Conversation steps answer POSTs only: there the switcher leads to the start page.
    """
    current = get_language() or "ja"
    links = []
    for code in LANGUAGE_CODES:
        if audience is not None:
            with translation.override(code):
                url = reverse("kids" if audience == "child" else "home")
        else:
            url = translate_url(request.path, code)
        links.append(
            {
                "code": code,
                "name": ENDONYMS[code],
                "html_lang": HTML_LANG[code],
                "url": url,
                "current": code == current,
            }
        )
    return {
        "language_links": links,
        "quick_exit_url": getattr(settings, "QUICK_EXIT_URL", QUICK_EXIT_DEFAULT),
    }


def preferred_language(header: str) -> str | None:
    """The supported language an Accept-Language header prefers most, if any."""
    weighted = []
    for place, part in enumerate(header.split(",")):
        tag, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if tag and quality > 0:
            weighted.append((-quality, place, tag.lower()))
    for _quality, _place, tag in sorted(weighted):
        code = tag if tag in LANGUAGE_CODES else _ALIASES.get(tag.split("-")[0], tag.split("-")[0])
        if code in LANGUAGE_CODES:
            return code
    return None


def language_suggestion(request: HttpRequest) -> dict[str, str] | None:
    """On a Japanese page, a link to the browser's language: a suggestion, never a redirect."""
    if (get_language() or "ja") != "ja":
        return None
    code = preferred_language(request.headers.get("Accept-Language", ""))
    if code is None or code.startswith("ja"):
        return None
    return {
        "code": code,
        "name": ENDONYMS[code],
        "html_lang": HTML_LANG[code],
        "url": translate_url(request.path, code),
    }


def is_same_origin(request: HttpRequest) -> bool:
    """Refuse posts made by other sites (what CSRF protection is for) without a cookie."""
    site = f"{request.scheme}://{request.get_host()}"
    trusted = {site, *getattr(settings, "CSRF_TRUSTED_ORIGINS", ())}
    origin = request.headers.get("Origin")
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if origin and origin != "null":
        return origin in trusted
    if fetch_site:
        return fetch_site in ("same-origin", "none")
    if origin == "null":
        return False
    referer = request.headers.get("Referer")
    if referer:
        parts = urlsplit(referer)
        return f"{parts.scheme}://{parts.netloc}" in trusted
    return True  # old browsers and privacy tools send none of these; the token still holds


def _page(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    *,
    status: int = 200,
    audience: str | None = None,
) -> HttpResponse:
    """Render a page, or only its conversation fragment when the chat script asks."""
    context = {**chrome(request, audience=audience), **context}
    if request.headers.get("X-Requested-With") == "fetch" and "fragment" in context:
        template = context["fragment"]
    response = render(request, template, context, status=status)
    response["Cache-Control"] = "no-store"  # a shared phone must not show it from history
    response["Vary"] = "X-Requested-With, Accept-Language"
    return response


# --- start pages and crisis lines ---------------------------------------------------------


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return _start(request, "adult")


@require_GET
def kids(request: HttpRequest) -> HttpResponse:
    return _start(request, "child")


def _start(
    request: HttpRequest, audience: str, *, status: int = 200, notice: str = "", text: str = ""
) -> HttpResponse:
    context = {
        "audience": audience,
        "tiles": _tiles(load_flow(), audience),
        "text": text,
        "notice": notice,
        "suggestion": language_suggestion(request),
        "fragment": "navigator/_start.html",
    }
    template = "navigator/kids.html" if audience == "child" else "core/home.html"
    return _page(request, template, context, status=status)


@require_GET
def crisis(request: HttpRequest) -> HttpResponse:
    snapshot, lang, at = catalog_snapshot_get(), get_language() or "ja", timezone.now()
    lines = crisis_lines(snapshot, lang, at)
    context = {
        "open_lines": [line for line in lines if line["open_now"] is True],
        "maybe_lines": [line for line in lines if line["open_now"] is None],
        "closed_lines": [line for line in lines if line["open_now"] is False],
        "suggestion": language_suggestion(request),
    }
    return _page(request, "navigator/crisis.html", context)


# --- the conversation -------------------------------------------------------------------


@csrf_exempt  # no cookie by design; see is_same_origin and the module docstring
@never_cache
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("home")
    if not is_same_origin(request):
        return _page(request, "navigator/refused.html", {}, status=403)
    form = forms.StepForm(request.POST)
    audience = "child" if request.POST.get("audience") == "child" else "adult"
    if not form.is_valid():
        return _start(request, audience, status=400, notice="invalid")
    flow, command = load_flow(), form.command()
    token = form.cleaned_data["token"]
    try:
        state = state_loads(token, flow) if token else FlowState(audience=audience)
    except StateError:
        text = command.value if command.kind == "text" else ""
        return _start(request, audience, status=400, notice="expired", text=text)
    if not token and command.kind == "text" and not command.value:
        return _start(request, audience, notice="empty")
    try:
        state, forced = apply_command(flow, state, command)
    except InvalidStepError:
        return _start(request, state.audience, status=400, notice="invalid")
    lang = get_language() or "ja"
    if not token:
        usage_record(event="start", language=lang, audience=state.audience)
        state = replace(state, counted=(*state.counted, "start"))
    snapshot, at = catalog_snapshot_get(), timezone.now()
    current = forced or next_step(flow, state, _ranker(snapshot, lang, at, flow.top_k))
    if current.kind == "results":
        return _results(request, flow, state, snapshot, lang, at)
    return _conversation(request, flow, state, current)


def apply_command(
    flow: Flow, state: FlowState, command: forms.Command
) -> tuple[FlowState, Step | None]:
    """The state after one button, and a step to show when the button asks for one."""
    if command.kind == "tile":
        if command.value not in flow.tiles.get(state.audience, ()):
            raise InvalidStepError(command.value)
        return state.with_tile(flow, command.value), None
    if command.kind == "answer":
        question = flow.question(command.question)
        if question is None or not (command.value == "skip" or question.answer(command.value)):
            raise InvalidStepError(command.question)
        return state.with_answer(question.id, command.value), None
    if command.kind == "edit":
        if command.value == "tile":
            return state, Step("tile")
        question = flow.question(command.value)
        if question is None or state.answer_to(question.id) is None:
            raise InvalidStepError(command.value)
        return replace(state, finished=True), Step("question", question)
    if command.kind == "text":
        return replace(state, text=command.value, finished=state.tile is not None), None
    return replace(state, finished=True), None  # "now": the results, without more questions


def _ranker(snapshot: CatalogSnapshot, lang: str, at: datetime, k: int) -> Ranker:
    """The engine as the flow's measure of change (without the person's text: fast)."""

    def rank(result: Outcome) -> tuple[str, ...]:
        request = NavigationRequest(
            lang=lang,
            audience=result.audience,
            answers=result.answers,
            channel=result.channel,
            at=at,
            limit=k,
        )
        return tuple(m.service_id for m in navigate(snapshot, request).matches[:k])

    return rank


def _conversation(
    request: HttpRequest, flow: Flow, state: FlowState, current: Step
) -> HttpResponse:
    result = outcome(flow, state)
    question = current.question
    context = {
        "audience": state.audience,
        "token": state_dumps(state),
        "transcript": _transcript(flow, state, result),
        "tiles": _tiles(flow, state.audience) if current.kind == "tile" else [],
        "question": _question_view(question, state, result) if question else None,
        "fragment": "navigator/_step.html",
    }
    return _page(request, "navigator/step.html", context, audience=state.audience)


def _results(
    request: HttpRequest,
    flow: Flow,
    state: FlowState,
    snapshot: CatalogSnapshot,
    lang: str,
    at: datetime,
) -> HttpResponse:
    result = outcome(flow, state)
    try:
        nav_request = parse_request(
            {
                "text": state.text,
                "lang": lang,
                "audience": result.audience,
                "answers": result.answers,
                "channel": result.channel,
                "crisis_kinds": sorted(result.crisis_kinds),
            }
        )
    except RequestError:
        return _start(request, state.audience, status=400, notice="invalid")
    payload = answer_payload(navigate(snapshot, replace(nav_request, at=at)), snapshot)
    if "question" in payload and state.answer_to("clarify") is None and not state.finished:
        return _clarify(request, flow, state, result, payload["question"])
    kinds = frozenset(payload["crisis_kinds"]) | result.crisis_kinds
    state = _count(state, payload, kinds, lang, result.audience)
    context = {
        "audience": state.audience,
        "token": state_dumps(state),
        "crisis": _crisis_block(snapshot, kinds, result.audience, lang, at, payload)
        if kinds or payload["crisis"]
        else None,
        "services": [_service_view(service) for service in payload["services"]],
        "recap": _recap(flow, state, result),
        "text": state.text,
        "for_someone_else": result.for_someone_else,
        "fragment": "navigator/_results.html",
    }
    return _page(request, "navigator/step.html", context, audience=state.audience)


def _clarify(
    request: HttpRequest, flow: Flow, state: FlowState, result: Outcome, text: str
) -> HttpResponse:
    view = _question_view(flow.clarify, state, result)
    view["text"] = text
    context = {
        "audience": state.audience,
        "token": state_dumps(state),
        "transcript": _transcript(flow, state, result),
        "question": view,
        "tiles": [],
        "text": state.text,
        "fragment": "navigator/_step.html",
    }
    return _page(request, "navigator/step.html", context, audience=state.audience)


def _count(
    state: FlowState, payload: dict[str, Any], kinds: frozenset[str], lang: str, audience: str
) -> FlowState:
    """Anonymous counters, once per conversation and event (no text, no identifier)."""
    events = ["results"]
    if not payload["services"]:
        events.append("zero_results")
    if kinds:
        events.append("crisis")
    new = [event for event in events if event not in state.counted]
    for event in new:
        usage_record(event=event, language=lang, audience=audience, needs=payload["needs"])
    return replace(state, counted=(*state.counted, *new))


# --- view models ------------------------------------------------------------------------


def _tiles(flow: Flow, audience: str) -> list[dict[str, Any]]:
    return [
        {"id": tile, "title": forms.TILE_TEXTS[tile][0], "hint": forms.TILE_TEXTS[tile][1]}
        for tile in flow.tiles.get(audience, ())
    ]


def _question_view(question: FlowQuestion, state: FlowState, result: Outcome) -> dict[str, Any]:
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


def _transcript(flow: Flow, state: FlowState, result: Outcome) -> list[dict[str, Any]]:
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


def _recap(flow: Flow, state: FlowState, result: Outcome) -> list[dict[str, Any]]:
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
    return {
        **contact,
        "href": href,
        "is_phone": kind in PHONE_KINDS,
        "kind_text": forms.CONTACT_KIND_TEXTS.get(kind, kind),
    }


def _service_view(service: dict[str, Any]) -> dict[str, Any]:
    return {
        **service,
        "cost_text": forms.COST_TEXTS.get(service.get("cost", ""), ""),
        "contacts": [contact_view(c) for c in service["contacts"]],
    }


# --- crisis lines -----------------------------------------------------------------------


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
        period_only = any(c.schedule is not None and c.schedule.periods for c in entry.contacts)
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


def _crisis_block(
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
