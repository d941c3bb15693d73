"""`{% load languages %}`: `{{ code|html_lang }}`, a language code as an HTML `lang` (BCP 47).

For templates rendered without our context processor (the 500 and CSRF pages) and for
third-party pages we frame (Wagtail's login and password pages, whose own templates write
the Django code: `tl`, `pt`, `ja-easy`). docs/decisions/0002-languages.md.
"""

from __future__ import annotations

from django import template

from tsunagari.core.languages import HTML_LANG

register = template.Library()


@register.filter
def html_lang(code: str | None) -> str:
    return HTML_LANG.get(code or "ja", code or "ja")
