"""The one field of the two-factor pages: a code from the app, or a backup code."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


def _code_input(**attrs: str) -> forms.TextInput:
    return forms.TextInput(
        attrs={
            "autocomplete": "one-time-code",
            "autocapitalize": "off",
            "spellcheck": "false",
            "autofocus": "autofocus",
            **attrs,
        }
    )


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app, or a backup code"),
        max_length=32,
        widget=_code_input(),
    )


class SetupForm(forms.Form):
    code = forms.CharField(
        label=_("Six-digit code from the app"),
        max_length=32,
        widget=_code_input(inputmode="numeric"),
    )
