"""The two-factor pages under /admin/2fa/: enrol, verify, see and renew backup codes.

Wagtail's `require_admin_access` sends anonymous visitors to Wagtail's login page,
refuses people without admin access, and renders in the staff member's admin language.
The pages are never cached: they show a key or backup codes.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp import user_has_device
from wagtail.admin.auth import require_admin_access

from tsunagari.accounts import otp
from tsunagari.accounts.forms import SetupForm, VerifyForm

ERRORS = {
    otp.Outcome.WRONG: _(
        "That code is not correct. Check that the clock on your phone is right and try again."
    ),
    otp.Outcome.THROTTLED: _("Too many wrong codes in a row. Wait a little while, then try again."),
}


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _with_next(name: str, next_url: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


def _mark_verified(request: HttpRequest, device: Any) -> None:
    """The session now carries a second factor: give it a new key, as at login."""
    request.session.cycle_key()
    otp_login(request, device)


@never_cache
@sensitive_post_parameters("code")
@require_admin_access
@require_http_methods(["GET", "HEAD", "POST"])
def setup(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    next_url = _next_url(request)
    if user_has_device(user):
        # Adding a device needs the existing one: a stolen password is not enough.
        if otp.user_is_verified(user):
            return redirect("staff_2fa:index")
        return redirect(_with_next("staff_2fa:verify", next_url))
    device = otp.totp_device_pending_get_or_create(user=user)
    form = SetupForm(request.POST or None)
    if form.is_valid():
        verification, codes = otp.totp_device_confirm(user=user, code=form.cleaned_data["code"])
        if verification.outcome is otp.Outcome.VERIFIED:
            _mark_verified(request, verification.device)
            context = {"codes": codes, "next": next_url, "first_time": True}
            return render(request, "accounts/two_factor/backup_codes.html", context)
        form.add_error("code", ERRORS[verification.outcome])
    context = {
        "form": form,
        "next": next_url,
        "qr_svg": otp.totp_qr_svg(device),
        "secret": otp.totp_secret_display(device),
    }
    return render(request, "accounts/two_factor/setup.html", context)


@never_cache
@sensitive_post_parameters("code")
@require_admin_access
@require_http_methods(["GET", "HEAD", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    next_url = _next_url(request)
    if otp.user_is_verified(user):
        return redirect(next_url)
    if not user_has_device(user):
        return redirect(_with_next("staff_2fa:setup", next_url))
    form = VerifyForm(request.POST or None)
    if form.is_valid():
        verification = otp.second_factor_verify(user=user, code=form.cleaned_data["code"])
        if verification.outcome is otp.Outcome.VERIFIED:
            _mark_verified(request, verification.device)
            if verification.backup_codes_left is not None:
                _warn_backup_code_used(request, verification.backup_codes_left)
            return redirect(next_url)
        form.add_error("code", ERRORS[verification.outcome])
    return render(request, "accounts/two_factor/verify.html", {"form": form, "next": next_url})


def _warn_backup_code_used(request: HttpRequest, left: int) -> None:
    if left == 0:
        message = gettext(
            "You signed in with your last backup code. "
            "Make new backup codes now, on the two-factor login page of your account."
        )
    else:
        message = ngettext(
            "You signed in with a backup code. You have %(count)s backup code left.",
            "You signed in with a backup code. You have %(count)s backup codes left.",
            left,
        ) % {"count": left}
    messages.warning(request, message)


@never_cache
@require_admin_access
@require_http_methods(["GET", "HEAD"])
def index(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    if not user_has_device(user):
        return redirect("staff_2fa:setup")
    if not otp.user_is_verified(user):
        return redirect(_with_next("staff_2fa:verify", request.get_full_path()))
    context = {"device": otp.totp_device_get(user), "codes_left": otp.backup_codes_left(user)}
    return render(request, "accounts/two_factor/index.html", context)


@never_cache
@require_admin_access
@require_POST
def backup_codes_renew(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    if not otp.user_is_verified(user):
        return redirect(_with_next("staff_2fa:verify", reverse("staff_2fa:index")))
    codes = otp.backup_codes_issue(user=user, actor=user)
    context = {"codes": codes, "next": reverse("staff_2fa:index"), "first_time": False}
    return render(request, "accounts/two_factor/backup_codes.html", context)
