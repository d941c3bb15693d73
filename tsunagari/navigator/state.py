"""The guided flow's state as a signed token in the page (Django signing), never on the server.

What a person types and answers goes back and forth inside the form they submit, signed
so that it cannot be altered and expiring after two hours. Nothing is kept in a session,
a cookie, the database or the logs. The token is signed, not encrypted: it holds only
what the person wrote on their own screen.
"""

from __future__ import annotations

from typing import Any

from django.core import signing

from tsunagari.catalog.jis import is_valid_code
from tsunagari.navigator.engine.flow import Flow, FlowState
from tsunagari.navigator.engine.types import AUDIENCES
from tsunagari.navigator.requests import MAX_TEXT

SALT = "tsunagari.navigator.flow-state"
MAX_AGE_SECONDS = 2 * 60 * 60
VERSION = 1
EVENTS = ("start", "results", "zero_results", "crisis")


class StateError(Exception):
    """The token was altered, is too old, or does not describe a state of this flow."""


def state_dumps(state: FlowState) -> str:
    payload = {
        "v": VERSION,
        "a": state.audience,
        "t": state.text,
        "tile": state.tile,
        "ans": [list(pair) for pair in state.answers],
        "f": state.finished,
        "c": list(state.counted),
        "m": state.municipality,
    }
    return signing.dumps(payload, salt=SALT, compress=True)


def state_loads(token: str, flow: Flow) -> FlowState:
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature
        raise StateError(str(type(error).__name__)) from error
    return _state_from(payload, flow)


def _state_from(payload: Any, flow: Flow) -> FlowState:
    """Signed means written by us; still check the shape, in case the flow data changed."""
    if not isinstance(payload, dict) or payload.get("v") != VERSION:
        raise StateError("version")
    audience, text, tile = payload.get("a"), payload.get("t", ""), payload.get("tile")
    if audience not in AUDIENCES or not isinstance(text, str):
        raise StateError("shape")
    if tile is not None and tile not in flow.tiles.get(audience, ()):
        raise StateError("tile")
    answers = []
    for pair in payload.get("ans", []):
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            raise StateError("answers")
        if flow.question(pair[0]) is not None:
            answers.append((pair[0], pair[1]))
    counted = tuple(e for e in payload.get("c", []) if e in EVENTS)
    municipality = payload.get("m", "")
    return FlowState(
        audience=audience,
        text=text[:MAX_TEXT],
        tile=tile,
        answers=tuple(answers),
        finished=bool(payload.get("f")),
        counted=counted,
        municipality=municipality if is_valid_code(municipality) else "",
    )
