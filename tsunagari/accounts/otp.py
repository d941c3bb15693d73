"""Two-factor login for staff (二段階認証): enrolment, verification, backup codes, reset.

django-otp keeps the devices: one TOTP device (the staff member's authenticator app) and
one static device holding the one-time backup codes. Every write goes through these
functions so that each one is audited the same way, as a Wagtail log entry (the admin's
site history) and a log line; neither ever holds a code or a key.
See docs/decisions/0006-staff-two-factor.md.
"""

from __future__ import annotations

import enum
import logging
import re
import unicodedata
from base64 import b32encode
from dataclasses import dataclass
from typing import Any

import segno
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django_otp import devices_for_user, verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

logger = logging.getLogger(__name__)

BACKUP_CODE_COUNT = 10
TOTP_DEVICE_NAME = "authenticator"
BACKUP_DEVICE_NAME = "backup codes"

# Wagtail log actions (labels are registered in wagtail_hooks.py).
ACTION_ENROLLED = "tsunagari.two_factor.enrolled"
ACTION_ENROL_FAILED = "tsunagari.two_factor.enrol_failed"
ACTION_VERIFIED = "tsunagari.two_factor.verified"
ACTION_VERIFY_FAILED = "tsunagari.two_factor.verify_failed"
ACTION_BACKUP_CODES_ISSUED = "tsunagari.two_factor.backup_codes_issued"
ACTION_RESET = "tsunagari.two_factor.reset"
_FAILURES = frozenset({ACTION_ENROL_FAILED, ACTION_VERIFY_FAILED})

_TOTP_CODE = re.compile(r"\d{6}")


class Outcome(enum.Enum):
    VERIFIED = "verified"
    WRONG = "wrong"
    THROTTLED = "throttled"


@dataclass(frozen=True)
class Verification:
    outcome: Outcome
    # The django-otp device that accepted the code, to be stored in the session.
    device: Any = None
    # Set when a backup code was used: how many are left.
    backup_codes_left: int | None = None


def code_normalize(code: str) -> str:
    """Accept what people type: full-width digits (IME), spaces and hyphens, any case."""
    return re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", code)).lower()


def backup_code_display(token: str) -> str:
    return f"{token[:4]}-{token[4:]}"


def _as_model(user: AbstractBaseUser | None) -> AbstractBaseUser | None:
    """`request.user` arrives lazily wrapped twice (auth, then django-otp middleware), and
    Wagtail picks the log entry model from the instance's type: give it the model row."""
    if user is None:
        return None
    return get_user_model()._default_manager.get(pk=user.pk)


def _audit(
    *, user: AbstractBaseUser, action: str, actor: AbstractBaseUser | None, **data: Any
) -> None:
    log(instance=_as_model(user), action=action, user=_as_model(actor), data=data)
    level = logging.WARNING if action in _FAILURES else logging.INFO
    logger.log(level, "%s user=%s %s", action, user.get_username(), data)


# Reads ------------------------------------------------------------------------------


def user_is_verified(user: Any) -> bool:
    """Whether this request's session passed a second factor (set by OTPMiddleware)."""
    return getattr(user, "otp_device", None) is not None


def totp_device_get(user: AbstractBaseUser) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def backup_device_get(user: AbstractBaseUser) -> StaticDevice | None:
    return StaticDevice.objects.devices_for_user(user, confirmed=True).first()


def backup_codes_left(user: AbstractBaseUser) -> int:
    device = backup_device_get(user)
    return device.token_set.count() if device else 0


def totp_secret_display(device: TOTPDevice) -> str:
    """The key in base32, in groups of four, for people who type it into their app."""
    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def totp_qr_svg(device: TOTPDevice) -> str:
    """An inline SVG of the otpauth:// address: made here, no image service, no script."""
    qr = segno.make(device.config_url, error="m")
    return qr.svg_inline(scale=4, border=4, dark="#000", light="#fff")


# Enrolment --------------------------------------------------------------------------


@transaction.atomic
def totp_device_pending_get_or_create(*, user: AbstractBaseUser) -> TOTPDevice:
    """The device being enrolled: the same key on every reload until it is confirmed."""
    pending = list(TOTPDevice.objects.devices_for_user(user, confirmed=False).order_by("pk"))
    if pending:
        for stale in pending[1:]:
            stale.delete()
        return pending[0]
    return TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)


@transaction.atomic
def backup_codes_issue(*, user: AbstractBaseUser, actor: AbstractBaseUser) -> list[str]:
    """Replace every backup code; the plain codes are returned once and stored nowhere else."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
    tokens = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=t) for t in tokens)
    _audit(user=user, action=ACTION_BACKUP_CODES_ISSUED, actor=actor, count=len(tokens))
    return [backup_code_display(token) for token in tokens]


def totp_device_confirm(*, user: AbstractBaseUser, code: str) -> tuple[Verification, list[str]]:
    """Confirm the pending device with a first code; on success, issue the backup codes."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).order_by("pk").first()
    if device is None:
        return Verification(Outcome.WRONG), []
    verification = _verify_with(user=user, device=device, code=code_normalize(code))
    if verification.outcome is not Outcome.VERIFIED:
        if verification.outcome is Outcome.WRONG:
            _audit(user=user, action=ACTION_ENROL_FAILED, actor=user)
        return verification, []
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = backup_codes_issue(user=user, actor=user)
    _audit(user=user, action=ACTION_ENROLLED, actor=user)
    return verification, codes


# Verification -----------------------------------------------------------------------


def second_factor_verify(*, user: AbstractBaseUser, code: str) -> Verification:
    """Check a six-digit app code or a backup code against the user's own devices.

    The shape of the code picks the device, so a wrong guess counts against one device's
    throttle only (django-otp doubles the wait after each failure).
    """
    normalized = code_normalize(code)
    device = totp_device_get(user) if _TOTP_CODE.fullmatch(normalized) else backup_device_get(user)
    if device is None:
        verification = Verification(Outcome.WRONG)
    else:
        verification = _verify_with(user=user, device=device, code=normalized)
    if verification.outcome is Outcome.VERIFIED:
        method = "backup_code" if isinstance(device, StaticDevice) else "totp"
        _audit(user=user, action=ACTION_VERIFIED, actor=user, method=method)
    elif verification.outcome is Outcome.WRONG:
        _audit(user=user, action=ACTION_VERIFY_FAILED, actor=user)
    return verification


def _verify_with(*, user: AbstractBaseUser, device: Any, code: str) -> Verification:
    allowed, _info = device.verify_is_allowed()
    if not allowed:
        logger.warning("two-factor attempt throttled user=%s", user.get_username())
        return Verification(Outcome.THROTTLED)
    # django-otp's verify_token locks the device row, so one code cannot be used twice.
    verified = verify_token(user, device.persistent_id, code)
    if verified is None:
        return Verification(Outcome.WRONG)
    left = verified.token_set.count() if isinstance(verified, StaticDevice) else None
    return Verification(Outcome.VERIFIED, device=verified, backup_codes_left=left)


# Recovery ---------------------------------------------------------------------------


@transaction.atomic
def second_factor_reset(*, user: AbstractBaseUser, actor: AbstractBaseUser | None) -> int:
    """Remove every device; the staff member enrols again at the next sign-in.

    Sessions that were verified with a removed device lose their verification at once
    (django-otp's middleware finds no device), so nothing else needs revoking.
    """
    removed = 0
    for device in list(devices_for_user(user, confirmed=None)):
        device.delete()
        removed += 1
    _audit(user=user, action=ACTION_RESET, actor=actor, devices_removed=removed)
    return removed
