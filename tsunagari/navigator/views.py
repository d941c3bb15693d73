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

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from tsunagari.catalog.selectors import catalog_snapshot_get
from tsunagari.catalog.snapshot import CatalogSnapshot
from tsunagari.core.chrome import chrome, is_same_origin, language_suggestion
from tsunagari.navigator import forms
from tsunagari.navigator.crisis_lines import crisis_block, crisis_lines
from tsunagari.navigator.engine.crisis import detect_crisis
from tsunagari.navigator.engine.flow import (
    Flow,
    FlowState,
    Outcome,
    Ranker,
    Step,
    load_flow,
    next_step,
    outcome,
)
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.types import NavigationRequest
from tsunagari.navigator.municipal_links import resolve_place
from tsunagari.navigator.presenter import (
    answer_payload,
)
from tsunagari.navigator.requests import MAX_TEXT, RequestError, parse_request
from tsunagari.navigator.services import usage_record
from tsunagari.navigator.state import StateError, state_dumps, state_loads
from tsunagari.navigator.view_models import (
    question_view,
    recap_rows,
    service_view,
    tiles,
    transcript,
)


class InvalidStepError(Exception):
    """A command that does not fit this flow (a forged or outdated button)."""


# --- page chrome ---------------------------------------------------------------------


def render_page(
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
        template = "core/fragment.html"  # the fragment, with furigana for children
    response = render(request, template, context, status=status)
    response["Cache-Control"] = "no-store"  # a shared phone must not show it from history
    response["Vary"] = "X-Requested-With, Accept-Language"
    return response


# --- start pages and crisis lines ---------------------------------------------------------


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return start_page(request, "adult")


@require_GET
def kids(request: HttpRequest) -> HttpResponse:
    return start_page(request, "child")


def start_page(
    request: HttpRequest,
    audience: str,
    *,
    status: int = 200,
    notice: str = "",
    text: str = "",
    place: str = "",
) -> HttpResponse:
    context = {
        "audience": audience,
        "tiles": tiles(load_flow(), audience),
        "text": text,
        "place": place,
        "notice": notice,
        "suggestion": language_suggestion(request),
        "fragment": "navigator/_start.html",
    }
    template = "navigator/kids.html" if audience == "child" else "core/home.html"
    return render_page(request, template, context, status=status)


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
    return render_page(request, "navigator/crisis.html", context)


# --- the conversation -------------------------------------------------------------------


@csrf_exempt  # no cookie by design; see is_same_origin and the module docstring
@never_cache
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("home")
    if not is_same_origin(request):
        return render_page(request, "navigator/refused.html", {}, status=403)
    form = forms.StepForm(request.POST)
    audience = "child" if request.POST.get("audience") == "child" else "adult"
    if not form.is_valid():  # whatever was wrong, the person's words come back to them
        text = request.POST.get("text", "").strip()[:MAX_TEXT]
        return start_page(request, audience, status=400, notice="invalid", text=text)
    flow, command = load_flow(), form.command()
    token = form.cleaned_data["token"]
    try:
        state = state_loads(token, flow) if token else FlowState(audience=audience)
    except StateError:
        text = command.value if command.kind == "text" else ""
        return start_page(request, audience, status=400, notice="expired", text=text)
    place = form.cleaned_data["postal_code"]
    if not token and command.kind == "text" and not command.value:
        return start_page(request, audience, notice="empty", place=place)
    try:
        state, forced = apply_command(flow, state, command)
    except InvalidStepError:
        return start_page(request, state.audience, status=400, notice="invalid")
    lang = get_language() or "ja"
    if place and (code := resolve_place(place)):
        state = replace(state, municipality=code)
    elif place and not detect_crisis(state.text, lang).is_crisis:  # crisis lines come first
        return start_page(request, audience, notice="place", text=state.text, place=place)
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
        "transcript": transcript(flow, state, result),
        "tiles": tiles(flow, state.audience) if current.kind == "tile" else [],
        "question": question_view(question, state, result) if question else None,
        "fragment": "navigator/_step.html",
    }
    return render_page(request, "navigator/step.html", context, audience=state.audience)


def state_answer(
    flow: Flow,
    state: FlowState,
    snapshot: CatalogSnapshot,
    lang: str,
    at: datetime,
    *,
    needs: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The navigator's answer for a conversation state: results pages and memos alike.

    `needs`: need ids a share link carries in place of the person's words (share.py).
    """
    result = outcome(flow, state)
    shared = {f"shared.{place}": f"need:{need}" for place, need in enumerate(needs)}
    nav_request = parse_request(
        {
            "text": state.text,
            "lang": lang,
            "audience": result.audience,
            "answers": {**result.answers, **shared},
            "channel": result.channel,
            "crisis_kinds": sorted(result.crisis_kinds),
            "municipality": state.municipality,
        }
    )
    return answer_payload(
        navigate(snapshot, replace(nav_request, at=at)),
        snapshot,
        municipality=state.municipality or None,
    )


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
        payload = state_answer(flow, state, snapshot, lang, at)
    except RequestError:
        return start_page(request, state.audience, status=400, notice="invalid")
    if "question" in payload and state.answer_to("clarify") is None and not state.finished:
        return _clarify(request, flow, state, result, payload["question"])
    kinds = frozenset(payload["crisis_kinds"]) | result.crisis_kinds
    state = _count(state, payload, kinds, lang, result.audience)
    context = {
        "audience": state.audience,
        "token": state_dumps(state),
        "crisis": crisis_block(snapshot, kinds, result.audience, lang, at, payload)
        if kinds or payload["crisis"]
        else None,
        "services": [service_view(service) for service in payload["services"]],
        "recap": recap_rows(flow, state, result),
        "text": state.text,
        "for_someone_else": result.for_someone_else,
        "fragment": "navigator/_results.html",
    }
    return render_page(request, "navigator/step.html", context, audience=state.audience)


def _clarify(
    request: HttpRequest, flow: Flow, state: FlowState, result: Outcome, text: str
) -> HttpResponse:
    view = question_view(flow.clarify, state, result)
    view["text"] = text
    context = {
        "audience": state.audience,
        "token": state_dumps(state),
        "transcript": transcript(flow, state, result),
        "question": view,
        "tiles": [],
        "text": state.text,
        "fragment": "navigator/_step.html",
    }
    return render_page(request, "navigator/step.html", context, audience=state.audience)


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


def posted_conversation(request: HttpRequest) -> tuple[Flow, FlowState] | HttpResponse:
    """The conversation a results-page form posted (memo, share), or the page to answer with.

    Same rules as every step: same origin only, and a token we signed and that has not
    expired; otherwise the person is told why and can start again.
    """
    audience = "child" if request.POST.get("audience") == "child" else "adult"
    if not is_same_origin(request):
        return render_page(request, "navigator/refused.html", {}, status=403)
    flow = load_flow()
    try:
        return flow, state_loads(request.POST.get("token", ""), flow)
    except StateError:
        return start_page(request, audience, status=400, notice="expired")
