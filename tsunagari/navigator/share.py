"""Share and resume without an account: a signed link of the answers, and rate limits.

A share link carries a signed, expiring token of the *structured* answers only (tile,
guided answers, audience, need ids, language, municipality): never what the person
wrote in their own words. The token is signed, not encrypted, and a link may be seen by
others (a shared phone, a mailbox), so it holds nothing the person did not choose from
our buttons. Opening it recomputes the result against the current catalog.

Sending by e-mail is limited per address and per client. The cache keys are
HMAC-SHA256 of the normalised address (and of the client's address) with a secret that
is not in the database, so neither the cache nor its dumps reveal who asked. The address
itself is used to send and to derive the key, never stored or logged.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import smtplib
import time
import unicodedata
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from tsunagari.catalog.jis import is_valid_code
from tsunagari.core.languages import LANGUAGE_CODES
from tsunagari.navigator.engine.flow import Flow, FlowState
from tsunagari.navigator.engine.types import AUDIENCES

logger = logging.getLogger(__name__)

SALT = "tsunagari.navigator.share-link"  # not the flow state's salt: the tokens never mix
VERSION = 1
NEED_ID = re.compile(r"^[a-z0-9_]{1,40}$")
MAX_NEEDS = 10


class ShareError(Exception):
    """The link was altered, has expired, or does not describe answers of this flow."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "expired" | "invalid"


@dataclass(frozen=True)
class Shared:
    """What a share link reopens: a conversation state without its text, and need ids."""

    state: FlowState
    needs: tuple[str, ...]
    lang: str


def max_age() -> timedelta:
    return timedelta(days=settings.SHARE_LINK_MAX_AGE_DAYS)


# --- the token ------------------------------------------------------------------------


def share_dumps(state: FlowState, *, needs: tuple[str, ...] | list[str], lang: str) -> str:
    payload: dict[str, Any] = {
        "v": VERSION,
        "a": state.audience,
        "tile": state.tile,
        "ans": [list(pair) for pair in state.answers],
        "n": [need for need in needs if NEED_ID.match(need)][:MAX_NEEDS],
        "l": lang,
    }
    if state.municipality:  # only when the person gave one
        payload["m"] = state.municipality
    return signing.dumps(payload, salt=SALT, compress=True)


def share_loads(token: str, flow: Flow) -> Shared:
    try:
        payload = signing.loads(token, salt=SALT, max_age=max_age())
    except signing.SignatureExpired as error:
        raise ShareError("expired") from error
    except signing.BadSignature as error:
        raise ShareError("invalid") from error
    return _shared_from(payload, flow)


def _shared_from(payload: Any, flow: Flow) -> Shared:
    """Signed means written by us; still check the shape, in case the flow data changed."""
    if not isinstance(payload, dict) or payload.get("v") != VERSION:
        raise ShareError("invalid")
    audience, tile, lang = payload.get("a"), payload.get("tile"), payload.get("l")
    needs = payload.get("n", [])
    if audience not in AUDIENCES or lang not in LANGUAGE_CODES or not isinstance(needs, list):
        raise ShareError("invalid")
    if tile is not None and tile not in flow.tiles.get(audience, ()):
        raise ShareError("invalid")
    if not all(isinstance(n, str) and NEED_ID.match(n) for n in needs):
        raise ShareError("invalid")
    answers = []
    for pair in payload.get("ans", []):
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            raise ShareError("invalid")
        if flow.question(pair[0]) is not None:
            answers.append((pair[0], pair[1]))
    code = payload.get("m", "")
    state = FlowState(
        audience=audience,
        tile=tile,
        answers=tuple(answers),
        finished=True,
        municipality=code if isinstance(code, str) and is_valid_code(code) else "",
    )
    return Shared(state=state, needs=tuple(needs), lang=lang)


# --- rate limits ----------------------------------------------------------------------


def _secret() -> bytes:
    configured: str = getattr(settings, "SHARE_RATE_LIMIT_SECRET", "")
    if configured:
        return configured.encode()
    # Development and tests only: a key derived from SECRET_KEY (never stored in the
    # database either). Production sets SHARE_RATE_LIMIT_SECRET so that rotating one
    # secret does not change the other.
    return hmac.new(
        settings.SECRET_KEY.encode(), b"tsunagari.share.rate-limit", hashlib.sha256
    ).digest()


def normalise_address(address: str) -> str:
    """One mailbox, one key: NFKC (full-width characters), trimmed, lower case."""
    return unicodedata.normalize("NFKC", address).strip().lower()


def hashed(kind: str, value: str) -> str:
    message = f"{kind}:{value}".encode()
    return hmac.new(_secret(), message, hashlib.sha256).hexdigest()


def _allow(kind: str, value: str, limit: int, window: int) -> bool:
    """Count one attempt in a fixed window; False once the window's limit is passed."""
    key = f"share:{kind}:{hashed(kind, value)}:{int(time.time()) // window}"
    cache.add(key, 0, timeout=window + 60)
    try:
        count = cache.incr(key)
    except ValueError:  # the window just expired between add and incr
        cache.add(key, 1, timeout=window + 60)
        count = 1
    return count <= limit


def share_send_allowed(*, address: str, client: str) -> bool:
    """Both limits: per client (an hour) first, then per mailbox (a day)."""
    if not _allow(
        "client",
        client,
        settings.SHARE_RATE_LIMIT_PER_CLIENT,
        settings.SHARE_RATE_LIMIT_CLIENT_WINDOW_SECONDS,
    ):
        return False
    return _allow(
        "address",
        normalise_address(address),
        settings.SHARE_RATE_LIMIT_PER_ADDRESS,
        settings.SHARE_RATE_LIMIT_ADDRESS_WINDOW_SECONDS,
    )


# --- the e-mail -----------------------------------------------------------------------


def share_email_send(*, address: str, link: str, lang: str) -> bool:
    """Send the link (and only the link); False when the mail service refused it."""
    with translation.override(lang):
        context = {"link": link, "days": settings.SHARE_LINK_MAX_AGE_DAYS}
        subject = render_to_string("navigator/email/share_subject.txt", context).strip()
        body = render_to_string("navigator/email/share.txt", context)
    try:
        sent = send_mail(subject, body, None, [address])
    except (OSError, smtplib.SMTPException, _anymail_error()) as error:
        logger.warning("share e-mail not sent: %s", type(error).__name__)  # no address
        return False
    return sent == 1


def _anymail_error() -> type[Exception]:
    try:
        from anymail.exceptions import AnymailError
    except ImportError:  # pragma: no cover - installed with the project
        return OSError
    return AnymailError
