"""Two-factor fixtures: the setting on, devices for personas, codes computed like an app."""

from __future__ import annotations

from typing import Any

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

BACKUP_CODES = ("abcd2345", "efgh6723", "ijkl4567")


@pytest.fixture(autouse=True)
def two_factor_required(settings: Any) -> None:
    settings.STAFF_TWO_FACTOR_REQUIRED = True


def app_code(device: TOTPDevice) -> str:
    """What the staff member's authenticator app shows now."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return str(code).zfill(device.digits)


def wrong_code(device: TOTPDevice) -> str:
    """A six-digit code that is none of those accepted now (tolerance is one step)."""
    accepted = {
        str(totp(device.bin_key, t0=device.t0 + shift * device.step)).zfill(6)
        for shift in (-2, -1, 0, 1, 2)
    }
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in accepted)


@pytest.fixture
def english(operator: Any) -> Any:
    """The operator reads the admin in English."""
    profile = UserProfile.get_for_user(operator)
    profile.preferred_language = "en"
    profile.save()
    return operator


@pytest.fixture
def enrolled_operator(english: Any) -> Any:
    """The operator with an authenticator app and three backup codes."""
    TOTPDevice.objects.create(user=english, name="authenticator", confirmed=True)
    backup = StaticDevice.objects.create(user=english, name="backup codes", confirmed=True)
    for token in BACKUP_CODES:
        StaticToken.objects.create(device=backup, token=token)
    return english
