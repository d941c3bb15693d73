"""HTTP `Content-Language` as the same BCP 47 tag as the page's `lang` attribute.

Django's LocaleMiddleware writes the Django code (`tl`, `pt`, `ja-easy`; the last is not a
valid tag). Listed after it in MIDDLEWARE, so this runs first on the way out and its value
stands (LocaleMiddleware only sets the header when it is missing).
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from tsunagari.core.languages import HTML_LANG


class ContentLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        code = get_language() or "ja"
        response.headers.setdefault("Content-Language", HTML_LANG.get(code, code))
        return response
