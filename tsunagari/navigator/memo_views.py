"""The result memo from a conversation: a PDF to download, or a page to print.

The conversation state comes in the same signed token as every step, so nothing is
stored; the person's own words go on the memo only when they tick the box. The answer is
recomputed against the current catalog at the moment of the memo.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from tsunagari.catalog.selectors import catalog_snapshot_get
from tsunagari.memo.render import memo_html, render_memo
from tsunagari.navigator.engine.flow import outcome
from tsunagari.navigator.requests import RequestError
from tsunagari.navigator.views import (
    posted_conversation,
    start_page,
    state_answer,
)


@csrf_exempt  # cookieless like every step: see views.is_same_origin
@never_cache
@require_POST
def memo(request: HttpRequest) -> HttpResponse:
    audience = "child" if request.POST.get("audience") == "child" else "adult"
    posted = posted_conversation(request)
    if isinstance(posted, HttpResponse):
        return posted
    flow, state = posted
    lang, at, snapshot = get_language() or "ja", timezone.now(), catalog_snapshot_get()
    try:
        payload = state_answer(flow, state, snapshot, lang, at)
    except RequestError:
        return start_page(request, audience, status=400, notice="invalid")
    options: dict[str, Any] = {
        "lang": lang,
        "at": at,
        # The audience the answers settled on, as the results page uses for its lines.
        "child": outcome(flow, state).audience == "child",
        "include_text": state.text if request.POST.get("include_text") == "1" else None,
    }
    if request.POST.get("format") == "print":
        return HttpResponse(memo_html(payload, snapshot, for_pdf=False, **options))
    response = HttpResponse(render_memo(payload, snapshot, **options), "application/pdf")
    response["Content-Disposition"] = 'attachment; filename="tsunagari-memo.pdf"'
    return response
