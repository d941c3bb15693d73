"""`{% load fragments %}`: catalog fragments rendered once and kept.

`{% catalog_fragment "components/service_card.html" service=service crisis=crisis %}`
renders the template with only the values given (like `{% include … with … only %}`)
and keeps the HTML, keyed by the template, the active language and time zone, and the
values themselves. A results page shows ten service cards whose HTML depends only on the
catalog entry, the reasons and whether it is open: rendering them once per combination
instead of on every step saves most of the page's template work.

Only for values made of catalog and site data (a service, a crisis line, their reasons
and open state; the language links of a page without parameters): never pass anything a
person typed or chose, since the values are kept as the key.
"""

from __future__ import annotations

import json
import threading
from typing import Any

from django import template
from django.template.base import FilterExpression, Parser, Token
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import get_language

register = template.Library()

MAX_FRAGMENTS = 4096  # cleared, not evicted, when reached: a bound, not a policy
_lock = threading.Lock()
_rendered: dict[tuple[Any, ...], SafeString] = {}


def _typed(value: object) -> str:
    """Key text for values JSON does not know (lazy translations, dates): type and text."""
    return f"{type(value).__name__}:{value}"


class CatalogFragmentNode(template.Node):
    def __init__(self, name: FilterExpression, values: dict[str, FilterExpression]) -> None:
        self.name = name
        self.values = values

    def render(self, context: template.Context) -> SafeString:
        if context.template is None:  # only ever rendered as part of a template
            raise template.TemplateSyntaxError("catalog_fragment outside a template")
        fragment = context.template.engine.get_template(self.name.resolve(context))
        values = {name: value.resolve(context) for name, value in self.values.items()}
        key = (
            fragment,  # a changed template (development reloads) is a new object
            get_language(),
            timezone.get_current_timezone_name(),
            context.autoescape,
            json.dumps(values, sort_keys=True, ensure_ascii=False, default=_typed),
        )
        html = _rendered.get(key)
        if html is None:
            html = SafeString(fragment.render(context.new(values)))
            with _lock:
                if len(_rendered) >= MAX_FRAGMENTS:
                    _rendered.clear()
                _rendered[key] = html
        return html


@register.tag("catalog_fragment")
def do_catalog_fragment(parser: Parser, token: Token) -> CatalogFragmentNode:
    """`{% catalog_fragment "<template>" name=value … %}`."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            '{% catalog_fragment "<template>" name=value … %} needs a template name'
        )
    values = template.base.token_kwargs(bits[2:], parser, support_legacy=False)
    if len(values) != len(bits) - 2:
        raise template.TemplateSyntaxError("catalog_fragment takes only name=value pairs")
    return CatalogFragmentNode(parser.compile_filter(bits[1]), values)
