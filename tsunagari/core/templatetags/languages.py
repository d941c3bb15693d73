"""`{% load languages %}`: `{{ code|html_lang }}`, a language code as an HTML `lang` (BCP 47),
and `{{ text|mark_japanese }}`, Japanese words inside a text in another language marked
`lang="ja"` (official names in catalog texts: 児童相談所, よりそいホットライン).

For templates rendered without our context processor (the 500 and CSRF pages) and for
third-party pages we frame (Wagtail's login and password pages, whose own templates write
the Django code: `tl`, `pt`, `ja-easy`). docs/decisions/0002-languages.md.
"""

from __future__ import annotations

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from tsunagari.core.languages import HTML_LANG

register = template.Library()

_KANA = "\u3040-\u30ff"
_HAN = "\u3005\u3006\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
# A run of Japanese: starts and ends with a Japanese character; may hold digits and a few
# signs between them (DV相談+, #いのちSOS stay whole enough to be read as one name).
_RUN = {
    "other": re.compile(
        f"[{_KANA}{_HAN}{_PUNCT}](?:[{_KANA}{_HAN}{_PUNCT}0-9+#\\- ]*[{_KANA}{_HAN}{_PUNCT}])?"
    ),
    # On Chinese pages Han characters are Chinese: a run is Japanese only with kana in it,
    # and stops at punctuation, which Chinese shares.
    "zh-hans": re.compile(f"[{_KANA}{_HAN}](?:[{_KANA}{_HAN}0-9+#\\- ]*[{_KANA}{_HAN}])?"),
}
_HAS_KANA = re.compile(f"[{_KANA}]")


@register.filter
def html_lang(code: str | None) -> str:
    return HTML_LANG.get(code or "ja", code or "ja")


@register.filter(is_safe=True)
def mark_japanese(value: object, lang: str | None = None) -> SafeString:
    """The text, escaped, with each Japanese run in `<span lang="ja">` on a page in another
    language, so that screen readers and fonts treat it as Japanese. Unchanged (escaped)
    on Japanese and easy-Japanese pages.

    `lang`: the language the text is written in (a Django code or a BCP 47 tag), when it
    is not the page's: the memo shows an English text where a Chinese one is missing."""
    text = str(value)
    code = (lang or get_language() or "ja").lower()
    if code.startswith("ja"):
        return conditional_escape(text)
    chinese = code.startswith("zh")
    pattern = _RUN["zh-hans" if chinese else "other"]
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        if chinese and not _HAS_KANA.search(match.group()):
            continue
        parts.append(conditional_escape(text[last : match.start()]))
        parts.append(format_html('<span lang="ja">{}</span>', match.group()))
        last = match.end()
    parts.append(conditional_escape(text[last:]))
    return SafeString("".join(parts))
