"""Values every public template needs."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import get_language

from tsunagari.core.languages import HTML_LANG


def site(request: HttpRequest) -> dict[str, object]:
    """The page's HTML language, derived from the active Django language."""
    code = get_language() or "ja"
    return {"html_lang": HTML_LANG.get(code, code)}
