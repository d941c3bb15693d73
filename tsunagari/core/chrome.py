"""Site-wide page chrome: language switcher, language suggestion, quick exit, and the
same-origin check for cookieless forms. A context processor, so error pages get it too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.urls import (
    NoReverseMatch,
    Resolver404,
    get_script_prefix,
    resolve,
    reverse,
    translate_url,
)
from django.utils import translation
from django.utils.translation import get_language

from tsunagari.core.languages import HTML_LANG, LANGUAGE_CODES

QUICK_EXIT_DEFAULT = "https://www.jma.go.jp/"
ENDONYMS = {
    "ja": "日本語", "en": "English", "zh-hans": "简体中文", "ko": "한국어", "pt": "Português",
    "es": "Español", "tl": "Tagalog", "th": "ไทย", "vi": "Tiếng Việt", "ne": "नेपाली",
    "id": "Bahasa Indonesia", "ja-easy": "やさしいにほんご",
}  # fmt: skip
_ALIASES = {"zh": "zh-hans", "fil": "tl", "in": "id"}


def chrome(request: HttpRequest, *, audience: str | None = None) -> dict[str, Any]:
    """Header values of every page: languages (each in its own script) and quick exit.

    Shaped like a context processor so that it can also be registered for error pages.
    Conversation steps answer POSTs only: there the switcher leads to the start page.
    """
    current = get_language() or "ja"
    if audience is not None:
        urls = _fixed_urls("kids" if audience == "child" else "home", get_script_prefix())
        fixed = True
    else:
        urls, fixed = _page_urls(request.path)
    links = [
        {
            "code": code,
            "name": ENDONYMS[code],
            "html_lang": HTML_LANG[code],
            "url": request.path if url is None else url,
            "current": code == current,
        }
        for code, url in zip(LANGUAGE_CODES, urls, strict=True)
    ]
    return {
        "language_links": links,
        # Links of a named page without parameters hold nothing from a request: the
        # switcher made of them may be kept as a rendered fragment (base.html).
        "language_links_fixed": fixed,
        "quick_exit_url": getattr(settings, "QUICK_EXIT_URL", QUICK_EXIT_DEFAULT),
    }


def _page_urls(path: str) -> tuple[tuple[str | None, ...], bool]:
    """This page in every language (None: no translation, the page's own path), and
    whether the page is a named one without parameters.

    Such a page (/ask/, /crisis/…) is looked up once per process; any other is
    translated each time, so that nothing taken from a URL is kept.
    """
    parsed = urlsplit(path)
    try:
        match = resolve(unquote(parsed.path))  # as translate_url does
    except Resolver404:
        return (None,) * len(LANGUAGE_CODES), False
    if match.args or match.kwargs or not match.url_name or parsed.query or parsed.fragment:
        return tuple(translate_url(path, code) for code in LANGUAGE_CODES), False
    return _fixed_urls(match.view_name, get_script_prefix()), True


@lru_cache(maxsize=64)
def _fixed_urls(view_name: str, script_prefix: str) -> tuple[str | None, ...]:
    """A named page without parameters in every language, as `translate_url` gives it.

    URL patterns do not change while a process runs; the script prefix, which `reverse`
    puts in front, is part of the key.
    """
    found: list[str | None] = []
    for code in LANGUAGE_CODES:
        with translation.override(code):
            try:
                found.append(reverse(view_name))
            except NoReverseMatch:
                found.append(None)
    return tuple(found)


def preferred_language(header: str) -> str | None:
    """The supported language an Accept-Language header prefers most, if any."""
    weighted = []
    for place, part in enumerate(header.split(",")):
        tag, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if tag and quality > 0:
            weighted.append((-quality, place, tag.lower()))
    for _quality, _place, tag in sorted(weighted):
        code = tag if tag in LANGUAGE_CODES else _ALIASES.get(tag.split("-")[0], tag.split("-")[0])
        if code in LANGUAGE_CODES:
            return code
    return None


def language_suggestion(request: HttpRequest) -> dict[str, str] | None:
    """On a Japanese page, a link to the browser's language: a suggestion, never a redirect."""
    if (get_language() or "ja") != "ja":
        return None
    code = preferred_language(request.headers.get("Accept-Language", ""))
    if code is None or code.startswith("ja"):
        return None
    return {
        "code": code,
        "name": ENDONYMS[code],
        "html_lang": HTML_LANG[code],
        "url": translate_url(request.path, code),
    }


def is_same_origin(request: HttpRequest) -> bool:
    """Refuse posts made by other sites (what CSRF protection is for) without a cookie."""
    site = f"{request.scheme}://{request.get_host()}"
    trusted = {site, *getattr(settings, "CSRF_TRUSTED_ORIGINS", ())}
    origin = request.headers.get("Origin")
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if origin and origin != "null":
        return origin in trusted
    if fetch_site:
        return fetch_site in ("same-origin", "none")
    if origin == "null":
        return False
    referer = request.headers.get("Referer")
    if referer:
        parts = urlsplit(referer)
        return f"{parts.scheme}://{parts.netloc}" in trusted
    return True  # old browsers and privacy tools send none of these; the token still holds
