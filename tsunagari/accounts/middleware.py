"""Keep staff without a second factor out of the Wagtail admin.

Wagtail's own login view checks the password; after it, a staff session that django-otp
has not marked as verified is sent to enrolment (no device yet) or to verification, for
every admin path except signing in and out and the assets those pages load. Off when
STAFF_TWO_FACTOR_REQUIRED is False (development only; production forces it on).
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django_otp import user_has_device

from tsunagari.accounts.otp import user_is_verified

OTP_MIDDLEWARE = "django_otp.middleware.OTPMiddleware"
# Admin pages an unverified staff member still needs: exact paths, by URL name.
EXEMPT_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
)


def needs_second_factor(request: HttpRequest) -> bool:
    """A signed-in admin user whose session has not passed a second factor."""
    user = request.user
    if not user.is_authenticated:
        return False
    if user_is_verified(user):
        return False
    return user.has_perm("wagtailadmin.access_admin")


def _is_exempt(request: HttpRequest) -> bool:
    """Decided on the resolved view, not on the path text, so no path trick slips through."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.namespace == "staff_2fa" or match.url_name in EXEMPT_URL_NAMES


class StaffTwoFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        middleware = list(settings.MIDDLEWARE)
        mine = f"{__name__}.{type(self).__name__}"
        if OTP_MIDDLEWARE not in middleware or (
            mine in middleware and middleware.index(OTP_MIDDLEWARE) > middleware.index(mine)
        ):
            raise ImproperlyConfigured(f"{mine} must come after {OTP_MIDDLEWARE}.")
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            getattr(settings, "STAFF_TWO_FACTOR_REQUIRED", True)
            and request.path.startswith(reverse("wagtailadmin_home"))
            and needs_second_factor(request)
            and not _is_exempt(request)
        ):
            return self._send_to_second_factor(request)
        return self.get_response(request)

    @staticmethod
    def _send_to_second_factor(request: HttpRequest) -> HttpResponse:
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return HttpResponseForbidden()
        name = "staff_2fa:verify" if user_has_device(request.user) else "staff_2fa:setup"
        url = reverse(name)
        if request.method in ("GET", "HEAD"):
            url = f"{url}?{urlencode({'next': request.get_full_path()})}"
        return HttpResponseRedirect(url)
