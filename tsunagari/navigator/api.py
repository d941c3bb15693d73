"""The navigator's JSON API (django-ninja): POST /api/v1/navigate, GET /api/v1/openapi.json.

CSRF: the API is JSON in, JSON out, with no session, no login and no cookie; a forged
cross-site request could only ask the navigator a question and could not read the answer
(no CORS headers), so there is nothing for a CSRF token to protect. django-ninja marks
every operation csrf_exempt for Django's middleware and checks CSRF only for cookie-based
auth, which this API has none of (`auth=None`); anonymous POSTs therefore pass, and
tests/navigator/api pins that with a client that enforces CSRF checks.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import orjson
from django.core.exceptions import RequestDataTooBig
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI

from tsunagari.catalog.selectors import catalog_snapshot_get
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.types import NavigationRequest, NavigationResult
from tsunagari.navigator.presenter import answer_payload
from tsunagari.navigator.requests import RequestError, parse_request
from tsunagari.navigator.schemas import ErrorOut, NavigateIn, NavigateOut
from tsunagari.navigator.services import usage_record

logger = logging.getLogger(__name__)

# Swagger UI is off: without `ninja` in INSTALLED_APPS it would load its script from a CDN.
api = NinjaAPI(
    title="Tsunagari navigator",
    version="1",
    description="Say what is wrong; get the services that fit, crisis lines first.",
    urls_namespace="api-v1",
    auth=None,
    docs_url=None,
)

# The body is read by `parse_request`, not by ninja, so that the API accepts and refuses
# exactly what the CLI does; its shape is still documented in the OpenAPI document.
REQUEST_BODY = {
    "requestBody": {
        "required": False,
        "content": {"application/json": {"schema": NavigateIn.model_json_schema()}},
    }
}


def json_response(payload: dict[str, Any], status: int = 200) -> HttpResponse:
    """The payload as UTF-8 JSON. orjson, not Django's JsonResponse: encoding a whole answer
    takes ~0.01 ms instead of ~0.08, a tenth of a guided step's time (ADR 0015)."""
    return HttpResponse(orjson.dumps(payload), status=status, content_type="application/json")


def error_response(message: str, status: int) -> HttpResponse:
    return json_response({"error": message}, status)


def request_data(request: HttpRequest) -> dict[str, Any]:
    """The JSON object in the body; RequestError (with a 400 meaning) when there is none."""
    try:
        data = json.loads(request.body or b"{}")
    except RequestDataTooBig as error:
        raise RequestError("The body is too large.") from error
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise RequestError("The body must be a JSON object (UTF-8).") from error
    if not isinstance(data, dict):
        raise RequestError('The body must be a JSON object, e.g. {"text": "..."}.')
    return data


@api.post(
    "/navigate",
    response={200: NavigateOut, 400: ErrorOut, 422: ErrorOut},
    openapi_extra=REQUEST_BODY,
    summary="Route a person's words to the services that fit",
    operation_id="navigate",
)
def navigate_view(request: HttpRequest) -> HttpResponse:
    """Same answer as `tsunagari ask --json` for the same request (see answer_payload)."""
    try:
        data = request_data(request)
    except RequestError as error:
        return error_response(str(error), 400)
    try:
        navigation = parse_request(data)
    except RequestError as error:
        return error_response(str(error), 422)
    snapshot = catalog_snapshot_get()
    result = navigate(snapshot, navigation)
    usage_count(navigation, result)
    payload = answer_payload(result, snapshot)
    return json_response(payload)


def usage_count(navigation: NavigationRequest, result: NavigationResult) -> None:
    """Anonymous counters (never the text); a failing counter never withholds an answer.

    `usage_record` adds up in memory and writes in batches (services.py), so a request
    opens no transaction of its own: on SQLite an empty write transaction per request
    would still take the database's write lock.
    """
    needs = [need for need, _score in result.needs]
    events = ["start", "results" if result.matches else "zero_results"]
    if result.crisis.is_crisis:
        events.append("crisis")
    try:
        for event in events:
            usage_record(
                event=event,
                language=navigation.lang,
                audience="child" if navigation.is_child else "adult",
                municipality=navigation.municipality,
                needs=() if event == "start" else needs,
            )
    except DatabaseError:
        logger.warning("navigator usage could not be counted", exc_info=True)
