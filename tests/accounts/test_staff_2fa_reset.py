"""Recovery by the operator: `tsunagari staff_2fa_reset USERNAME`, and the settings."""

from __future__ import annotations

import importlib
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django_otp import devices_for_user
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from tests.accounts.conftest import BACKUP_CODES
from tsunagari.accounts import otp


@pytest.mark.django_db
def test_the_reset_command_removes_every_device_and_logs_it(enrolled_operator):
    TOTPDevice.objects.create(user=enrolled_operator, name="half-enrolled", confirmed=False)
    out = StringIO()
    call_command("staff_2fa_reset", "operator", stdout=out)
    assert list(devices_for_user(enrolled_operator, confirmed=None)) == []
    assert "Removed 3 two-factor device(s) of operator." in out.getvalue()
    entry = ModelLogEntry.objects.for_instance(enrolled_operator).get(action=otp.ACTION_RESET)
    assert entry.data == {"devices_removed": 3}
    assert entry.user is None


@pytest.mark.django_db
def test_the_reset_command_refuses_an_unknown_username(enrolled_operator):
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        call_command("staff_2fa_reset", "nobody")
    assert TOTPDevice.objects.filter(user=enrolled_operator).exists()


@pytest.mark.django_db
def test_a_reset_ends_the_verification_of_open_sessions(client, enrolled_operator):
    client.force_login(enrolled_operator)
    client.post("/admin/2fa/verify/", {"code": BACKUP_CODES[0]})
    assert client.get("/admin/").status_code == 200
    call_command("staff_2fa_reset", "operator", stdout=StringIO())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/setup/")


def _settings_module(name, monkeypatch, **environ):
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delitem(sys.modules, f"config.settings.{name}", raising=False)
    return importlib.import_module(f"config.settings.{name}")


def test_two_factor_is_off_by_default_in_development_only(monkeypatch):
    monkeypatch.delenv("STAFF_TWO_FACTOR_REQUIRED", raising=False)
    assert _settings_module("base", monkeypatch).STAFF_TWO_FACTOR_REQUIRED is True
    assert _settings_module("dev", monkeypatch).STAFF_TWO_FACTOR_REQUIRED is False


def test_production_requires_two_factor_whatever_the_environment_says(monkeypatch):
    production = _settings_module(
        "production",
        monkeypatch,
        STAFF_TWO_FACTOR_REQUIRED="0",
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://db/tsunagari",
        REDIS_URL="redis://cache:6379/0",
        SHARE_RATE_LIMIT_SECRET="y" * 50,
        SITE_URL="https://tsunagari.example",
    )
    assert production.STAFF_TWO_FACTOR_REQUIRED is True
