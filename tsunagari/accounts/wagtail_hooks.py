"""Two-factor login in the Wagtail admin: audit actions and a link from the account page."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from tsunagari.accounts import otp


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions: Any) -> None:
    actions.register_action(
        otp.ACTION_ENROLLED, _("Two-factor login: set up"), _("Set up two-factor login")
    )
    actions.register_action(
        otp.ACTION_ENROL_FAILED,
        _("Two-factor login: wrong code at set-up"),
        _("Entered a wrong code while setting up two-factor login"),
    )
    actions.register_action(
        otp.ACTION_VERIFIED, _("Two-factor login: signed in"), _("Signed in with a second factor")
    )
    actions.register_action(
        otp.ACTION_VERIFY_FAILED,
        _("Two-factor login: wrong code"),
        _("Entered a wrong two-factor code"),
    )
    actions.register_action(
        otp.ACTION_BACKUP_CODES_ISSUED,
        _("Two-factor login: new backup codes"),
        _("Made new backup codes"),
    )
    actions.register_action(
        otp.ACTION_RESET, _("Two-factor login: reset"), _("Two-factor login was reset")
    )


@hooks.register("register_account_menu_item")
def two_factor_account_menu_item(request: HttpRequest) -> dict[str, Any]:
    return {
        "url": reverse("staff_2fa:index"),
        "label": _("Two-factor login"),
        "help_text": _("See your two-factor login and make new backup codes."),
    }
