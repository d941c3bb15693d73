"""Share a result as a link or by e-mail, and reopen it later (share.py has the rules).

POST /share/ is cookieless like every step (see views.is_same_origin). GET /r/<token>/
recomputes the result against the current catalog, so a closed service disappears and a
changed number shows the new one. Every failure sends nothing and says why.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from tsunagari.catalog.selectors import catalog_snapshot_get
from tsunagari.navigator.crisis_lines import crisis_block
from tsunagari.navigator.engine.flow import Flow, FlowState, load_flow, outcome
from tsunagari.navigator.requests import RequestError
from tsunagari.navigator.share import (
    ShareError,
    share_dumps,
    share_email_send,
    share_loads,
    share_send_allowed,
)
from tsunagari.navigator.state import state_dumps
from tsunagari.navigator.view_models import recap_rows, service_view
from tsunagari.navigator.views import (
    posted_conversation,
    render_page,
    start_page,
    state_answer,
)

MAX_ADDRESS = 254


def _notice(request: HttpRequest, kind: str, audience: str, *, status: int) -> HttpResponse:
    context = {"kind": kind, "audience": audience}
    return render_page(request, "navigator/share.html", context, status=status, audience=audience)


@csrf_exempt  # cookieless like every step: see views.is_same_origin
@never_cache
@require_POST
def share(request: HttpRequest) -> HttpResponse:
    audience = "child" if request.POST.get("audience") == "child" else "adult"
    posted = posted_conversation(request)
    if isinstance(posted, HttpResponse):
        return posted
    flow, state = posted
    lang, at = get_language() or "ja", timezone.now()
    try:
        needs = _text_needs(flow, state, lang, at)
    except RequestError:
        return start_page(request, audience, status=400, notice="invalid")
    link = _absolute(request, share_dumps(state, needs=needs, lang=lang), lang)
    if request.POST.get("op") != "email":
        context = {"kind": "link", "link": link, "audience": audience}
        return render_page(request, "navigator/share.html", context, audience=audience)
    address = request.POST.get("email", "").strip()
    try:
        if len(address) > MAX_ADDRESS:
            raise ValidationError("too long")
        validate_email(address)
    except ValidationError:
        return _notice(request, "bad_address", audience, status=400)
    if not share_send_allowed(address=address, client=_client(request)):
        return _notice(request, "rate_limited", audience, status=429)
    if not share_email_send(address=address, link=link, lang=lang):
        return _notice(request, "not_sent", audience, status=503)
    return _notice(request, "sent", audience, status=200)


def _client(request: HttpRequest) -> str:
    """The client's address; behind a proxy, the header it sets (configured, never guessed)."""
    header = settings.SHARE_CLIENT_ADDRESS_HEADER
    forwarded = request.META.get(header, "") if header else ""
    return forwarded.split(",")[-1].strip() or request.META.get("REMOTE_ADDR", "")


def _text_needs(flow: Flow, state: FlowState, lang: str, at: datetime) -> tuple[str, ...]:
    """The needs understood from the person's words: the link carries these, not the words."""
    if not state.text.strip():
        return ()
    guided = set(outcome(flow, state).needs)
    payload = state_answer(flow, state, catalog_snapshot_get(), lang, at)
    return tuple(need for need in payload["needs"] if need not in guided)


def _absolute(request: HttpRequest, token: str, lang: str) -> str:
    """The link in the language it was shared in, on the configured site address."""
    with translation.override(lang):
        path = reverse("navigator_share_open", args=[token])
    base = settings.SHARE_LINK_BASE_URL.rstrip("/")
    return f"{base}{path}" if base else request.build_absolute_uri(path)


@never_cache
@require_GET
def reopen(request: HttpRequest, token: str) -> HttpResponse:
    flow = load_flow()
    try:
        shared = share_loads(token, flow)
    except ShareError as error:
        return _notice(request, error.reason, "adult", status=400)
    state = shared.state
    lang, at, snapshot = get_language() or "ja", timezone.now(), catalog_snapshot_get()
    try:
        payload = state_answer(flow, state, snapshot, lang, at, needs=shared.needs)
    except RequestError:
        return _notice(request, "invalid", state.audience, status=400)
    result = outcome(flow, state)
    kinds = frozenset(payload["crisis_kinds"]) | result.crisis_kinds
    context = {
        "audience": state.audience,
        "token": state_dumps(replace(state, counted=("start", "results"))),  # counted once
        "crisis": crisis_block(snapshot, kinds, result.audience, lang, at, payload)
        if kinds or payload["crisis"]
        else None,
        "services": [service_view(service) for service in payload["services"]],
        "recap": recap_rows(flow, state, result),
        "text": "",
        "for_someone_else": result.for_someone_else,
        "reopened": True,
        "fragment": "navigator/_results.html",
    }
    response = render_page(request, "navigator/step.html", context, audience=state.audience)
    response["X-Robots-Tag"] = "noindex"
    return response
