"""Turning outside input (CLI lines, API bodies, form posts) into a NavigationRequest.

One parser for every edge, so the CLI, the API and the web flow accept the same things
and refuse the same things with the same words.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from tsunagari.catalog.jis import is_valid_code
from tsunagari.core.languages import LANGUAGE_CODES
from tsunagari.navigator.engine.crisis import KINDS
from tsunagari.navigator.engine.types import AUDIENCES, CHANNELS, NavigationRequest

JAPAN = ZoneInfo("Asia/Tokyo")
MUNICIPALITY_CODE = re.compile(r"^\d{6}$")
MAX_TEXT = 2000


class RequestError(ValueError):
    """Input that cannot be navigated; the message says what to fix."""


def parse_moment(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise RequestError("'at' must be an ISO 8601 date and time, e.g. 2026-11-30T14:00+09:00.")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise RequestError(f"'at' is not an ISO 8601 date and time: {value!r}.") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=JAPAN)


def parse_request(data: dict[str, Any]) -> NavigationRequest:
    text = data.get("text", "")
    if not isinstance(text, str):
        raise RequestError("'text' must be a string.")
    lang = data.get("lang") or "ja"
    if lang not in LANGUAGE_CODES:
        raise RequestError(f"'lang' must be one of {', '.join(LANGUAGE_CODES)}.")
    audience = data.get("audience") or "adult"
    if audience not in AUDIENCES:
        raise RequestError("'audience' must be 'adult' or 'child'.")
    municipality = data.get("municipality") or None
    if municipality is not None and not (
        MUNICIPALITY_CODE.match(str(municipality)) and is_valid_code(str(municipality))
    ):
        raise RequestError("'municipality' must be a 6-digit local government code.")
    return NavigationRequest(
        text=text[:MAX_TEXT],
        lang=lang,
        audience=audience,
        age=_age(data.get("age")),
        municipality=str(municipality) if municipality else None,
        answers=_answers(data.get("answers")),
        channel=_channel(data.get("channel")),
        at=parse_moment(data.get("at")),
        crisis_kinds=_crisis_kinds(data.get("crisis_kinds")),
    )


def _crisis_kinds(value: Any) -> frozenset[str]:
    if value in (None, ""):
        return frozenset()
    if not isinstance(value, list | tuple | frozenset | set) or not set(value) <= set(KINDS):
        raise RequestError(f"'crisis_kinds' must list some of {', '.join(KINDS)}.")
    return frozenset(value)


def _age(value: Any) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not str(value).isdigit() or int(value) > 120:
        raise RequestError("'age' must be a whole number of years.")
    return int(value)


def _answers(value: Any) -> dict[str, str]:
    if value in (None, ""):
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise RequestError("'answers' must map question ids to answer ids.")
    return dict(value)


def _channel(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if value not in CHANNELS:
        raise RequestError(f"'channel' must be one of {', '.join(CHANNELS)}.")
    return str(value)
