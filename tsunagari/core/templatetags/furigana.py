"""`{% load furigana %}`: furigana (`<ruby>`) over the kanji of rendered text.

- `{{ text|ruby }}`: escape plain text, add ruby, mark safe.
- `{% furigana %}…{% endfurigana %}`: render the content, then add ruby to the text
  between its tags. Tags and attributes are copied as they are; text inside
  <script>, <style>, <textarea>, <title>, <option>, <svg>, <math>, an existing <ruby>,
  an element whose `lang` is not Japanese, or one marked `data-furigana="off"` is left
  alone. `{% furigana if audience == "child" and LANGUAGE_CODE == "ja" %}` takes the
  same conditions as `{% if %}` and only adds ruby when they hold, so a template can
  wrap its content once for every audience and language.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

from django import template
from django.template.base import NodeList, Parser, Token
from django.template.defaulttags import TemplateIfParser
from django.utils.safestring import SafeString, mark_safe

from tsunagari.core.furigana import has_kanji, ruby_markup

register = template.Library()

# Elements whose text must stay plain (raw text, form values, or ruby already).
_SKIP_TAGS = frozenset(
    {"script", "style", "textarea", "title", "option", "select", "svg", "math", "ruby"}
)
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"}
    | {"source", "track", "wbr", "param"}
)


@register.filter(is_safe=True)
def ruby(value: object) -> SafeString:
    """Plain text → escaped HTML with furigana over every run of kanji."""
    return mark_safe(ruby_markup(str(value)))  # ruby_markup escapes the text


class _Rubifier(HTMLParser):
    """Copies HTML, replacing text nodes that need furigana with their ruby markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self._text: list[str] = []  # raw text (with character references) not yet written
        # Open elements: (tag, text must stay plain, text is Japanese).
        self._stack: list[tuple[str, bool, bool]] = []

    @property
    def _skip(self) -> bool:
        return bool(self._stack) and (self._stack[-1][1] or not self._stack[-1][2])

    def _flush(self) -> None:
        if not self._text:
            return
        raw = "".join(self._text)
        self._text.clear()
        if self._skip or not has_kanji(raw):
            self.out.append(raw)  # unchanged, byte for byte
        else:
            self.out.append(ruby_markup(unescape(raw)))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._flush()
        self.out.append(self.get_starttag_text() or "")
        if tag in _VOID_TAGS:
            return
        plain, japanese = self._stack[-1][1:] if self._stack else (False, True)
        values = dict(attrs)
        plain = plain or tag in _SKIP_TAGS or values.get("data-furigana") == "off"
        if "lang" in values:
            lang = (values["lang"] or "").lower()
            japanese = lang == "ja" or lang.startswith("ja-")
        self._stack.append((tag, plain, japanese))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._flush()
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        self._flush()
        self.out.append(f"</{tag}>")
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                del self._stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if self.cdata_elem:  # inside <script>/<style>: raw text, copy as it is
            self._flush()
            self.out.append(data)
        else:
            self._text.append(data)

    def handle_entityref(self, name: str) -> None:
        self._text.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._text.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self._flush()
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self._flush()
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self._flush()
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self._flush()
        self.out.append(f"<![{data}]>")

    def result(self) -> str:
        self.close()
        self._flush()
        return "".join(self.out)


def add_ruby(html: str) -> str:
    """Rendered HTML → the same HTML with furigana over the kanji of its text."""
    if not has_kanji(html):
        return html
    fast = _add_ruby_fast(html)
    if fast is not None:
        return fast
    parser = _Rubifier()
    parser.feed(html)
    return parser.result()


# --- a fast path for the well-formed HTML our templates render ------------------------
# `_Rubifier` (HTMLParser) costs milliseconds on a results page. Pages we render are
# plain tags, attributes, comments and a doctype: one regular expression splits them into
# the same tags and text runs, and each is treated as `_Rubifier` treats it (same output,
# checked against it in tests/core/test_furigana.py). Anything else (a stray "<", CDATA,
# text inside <script> or <style>) returns None, and the parser decides.
_TAG = re.compile(
    r"<!--(.*?)--\s*>"  # a comment, closed as HTMLParser closes it
    r"|<!(?i:doctype)[^>]*>"
    r"|</([a-zA-Z][-.:a-zA-Z0-9]*)>"
    r"|<([a-zA-Z][-.:a-zA-Z0-9]*)"  # a start tag, its attributes (quoted or not), > or />
    r"((?:\s+[^\s\"'<>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)\s*(/?)>",
    re.S,
)
_ATTRIBUTE = re.compile(
    r"([^\s\"'<>/=]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+)))?", re.S
)
_RAW_TEXT_TAGS = frozenset({"script", "style"})  # HTMLParser's CDATA content elements


def _attributes(text: str) -> dict[str, str | None]:
    """Attribute names (lowercase) → values (unescaped; None without a value), last wins."""
    found: dict[str, str | None] = {}
    for match in _ATTRIBUTE.finditer(text):
        name, *quoted = match.groups()
        value = next((v for v in quoted if v is not None), None)
        found[name.lower()] = None if value is None else unescape(value)
    return found


def _add_ruby_fast(html: str) -> str | None:
    out: list[str] = []
    stack: list[tuple[str, bool, bool]] = []  # (tag, text must stay plain, is Japanese)
    position = 0

    def text(raw: str) -> None:
        skip = bool(stack) and (stack[-1][1] or not stack[-1][2])
        if skip or not has_kanji(raw):
            out.append(raw)
        else:
            out.append(ruby_markup(unescape(raw)))

    for match in _TAG.finditer(html):
        if match.start() > position:
            between = html[position : match.start()]
            if "<" in between:
                return None
            text(between)
        position = match.end()
        token, comment, end_tag, start_tag, attrs, closed = match.group(0, 1, 2, 3, 4, 5)
        if comment is not None:
            out.append(f"<!--{comment}-->")
            continue
        if end_tag:
            name = end_tag.lower()
            out.append(f"</{name}>")
            for index in range(len(stack) - 1, -1, -1):
                if stack[index][0] == name:
                    del stack[index:]
                    break
            continue
        out.append(token)
        if not start_tag:  # the doctype
            continue
        name = start_tag.lower()
        if name in _RAW_TEXT_TAGS and html[position : position + len(name) + 3].lower() != (
            f"</{name}>"
        ):
            return None  # raw text inside: the parser's rules apply
        if closed or name in _VOID_TAGS:  # "<br/>"; in "<p title=a/>" the / is the value's
            continue
        plain, japanese = stack[-1][1:] if stack else (False, True)
        lowered = attrs.lower()
        values = _attributes(attrs) if "lang" in lowered or "furigana" in lowered else {}
        plain = plain or name in _SKIP_TAGS or values.get("data-furigana") == "off"
        if "lang" in values:
            lang = (values["lang"] or "").lower()
            japanese = lang == "ja" or lang.startswith("ja-")
        stack.append((name, plain, japanese))
    rest = html[position:]
    if "<" in rest:
        return None
    if rest:
        text(rest)
    return "".join(out)


class FuriganaNode(template.Node):
    def __init__(self, nodelist: NodeList, condition: Any | None) -> None:
        self.nodelist = nodelist
        self.condition = condition

    def render(self, context: template.Context) -> str:
        html = self.nodelist.render(context)
        if self.condition is not None:
            try:
                wanted = self.condition.eval(context)
            except template.VariableDoesNotExist:
                wanted = False
            if not wanted:
                return html
        return mark_safe(add_ruby(html))  # tags copied, text re-escaped


@register.tag("furigana")
def do_furigana(parser: Parser, token: Token) -> FuriganaNode:
    """`{% furigana [if <condition>] %}…{% endfurigana %}`."""
    bits = token.split_contents()[1:]
    condition = None
    if bits:
        if bits[0] != "if" or len(bits) < 2:
            raise template.TemplateSyntaxError(
                "Usage: {% furigana %} or {% furigana if <condition> %}"
            )
        condition = TemplateIfParser(parser, bits[1:]).parse()
    nodelist = parser.parse(("endfurigana",))
    parser.delete_first_token()
    return FuriganaNode(nodelist, condition)
