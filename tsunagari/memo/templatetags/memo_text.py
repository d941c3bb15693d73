"""Catalog texts in the page, marked with their language only where it differs.

Each extra inline element costs WeasyPrint layout time (~0.4 ms a span; a memo has
hundreds of texts), so the language goes on the element that is there anyway: the
paragraph takes the text's language and its bold label keeps the page's.
"""

from __future__ import annotations

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeData, SafeString

from tsunagari.core.templatetags.languages import mark_japanese
from tsunagari.memo.content import JA, Text

register = template.Library()


@register.filter
def marked(text: Text) -> SafeString:
    """The text, escaped, with the Japanese runs inside a text in another language
    (official names: 児童相談所, よりそいホットライン) marked `lang="ja"`, as on the web
    pages, so they get the Japanese face and voice. A Japanese text is left whole (its
    element carries the `lang`), and so is markup `content` built (hours)."""
    if text.lang == JA or isinstance(text.value, SafeData):
        return conditional_escape(text.value)
    return mark_japanese(text.value, text.lang)


@register.filter
def in_lang(text: Text, page_lang: str) -> SafeString:
    """The text alone, in a span with its `lang` when that is not the page's."""
    if text.lang == page_lang:
        return marked(text)
    return format_html('<span lang="{}">{}</span>', text.lang, marked(text))


@register.filter
def lang_attr(text: Text, page_lang: str) -> SafeString:
    """` lang="…"` for an element holding `text`, or nothing."""
    if text.lang == page_lang:
        return SafeString("")
    return format_html(' lang="{}"', text.lang)


@register.simple_tag
def memo_field(label: str, text: Text, page_lang: str, css_class: str = "") -> SafeString:
    """`<p><b>Label:</b> text</p>`, the paragraph in the text's language."""
    if not text.value:
        return SafeString("")
    klass = format_html(' class="{}"', css_class) if css_class else ""
    if text.lang == page_lang:
        return format_html("<p{}><b>{}</b> {}</p>", klass, label, marked(text))
    return format_html(
        '<p{} lang="{}"><b lang="{}">{}</b> {}</p>',
        klass,
        text.lang,
        page_lang,
        label,
        marked(text),
    )
