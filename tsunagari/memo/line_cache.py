"""A line of catalog text is measured once per worker thread, not once per memo.

Most of a memo's text is the same from one memo to the next in a language: the crisis
lines, the services' texts, labels, the desk page. WeasyPrint measures each line of it
(`split_first_line`: Pango layouts of the line, one to three times) at every memo. That
measurement depends only on the text, the available width and the style's font and
text properties (`TEXT_PROPERTIES`), so its result is kept, per thread (with the
thread's font configuration, whose fonts it depends on), and given back as is: the PDF
is the same to the byte (tests/memo/test_weasyprint_speed.py).

Kept: numbers (width, height, baseline, where the line breaks), the line's text and,
when drawing can use it as it is (`weasyprint_speed.KeptLayout`), the line's Pango
layout, so that a line from the store is not shaped again to be drawn. Drawing only
reads a layout, except to cut a line with an ellipsis (`text-overflow`,
`block-ellipsis`): such a line is drawn from a layout of its own (`draw_text`).
Never kept: a line of what the person wrote (`include_text`): lines found in their own
words are measured and forgotten (`private_text`). The store holds at most
`MAX_LINES` lines (~3 KB each with its layout, so ~15 MB a thread at most); the
oldest go first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from weasyprint import draw
from weasyprint.layout import inline as inline_layout
from weasyprint.text import line_break

ORIGINAL: Callable[..., Any] = line_break.split_first_line
ORIGINAL_DRAW_TEXT: Callable[..., Any] = draw.draw_text
MAX_LINES = 5_000
# Set on a WeasyPrint `Layout` by weasyprint_speed.KeptLayout: its Pango layout can be
# drawn as it is (True, until drawn), and its text has no paragraph break.
DRAWABLE = "_tsunagari_drawable"
PLAIN = "_tsunagari_plain"
# Every computed property that `split_first_line` and the Pango layout it makes read
# (line_break.py: Layout.setup, set_text, line_size, hyphenation; fonts.py:
# get_font_description, font_features).
TEXT_PROPERTIES = (
    "white_space",
    "font_size",
    "font_family",
    "font_style",
    "font_stretch",
    "font_weight",
    "font_variant_caps",
    "font_variation_settings",
    "font_kerning",
    "font_variant_ligatures",
    "font_variant_position",
    "font_variant_numeric",
    "font_variant_alternates",
    "font_variant_east_asian",
    "font_feature_settings",
    "font_language_override",
    "lang",
    "direction",
    "text_decoration_line",
    "word_spacing",
    "letter_spacing",
    "tab_size",
    "overflow_wrap",
    "word_break",
    "hyphens",
    "hyphenate_character",
    "hyphenate_limit_chars",
    "hyphenate_limit_zone",
)
# What a measured layout holds that belongs to one render (Pango objects, the style),
# and what of it is kept when drawing can use the layout as it is.
_NOT_KEPT = frozenset(("layout", "language", "style", DRAWABLE, PLAIN))
_DRAWING = ("layout", "language", DRAWABLE, PLAIN)
_STYLE_KEY = "_tsunagari_text_key"
_STORE = "_tsunagari_lines"
_local = threading.local()


def _words(text: str) -> str:
    return " ".join(text.split())


@contextmanager
def private_text(text: str | None) -> Iterator[None]:
    """While rendering, lines found in `text` (what the person wrote) are not kept."""
    previous = getattr(_local, "private", "")
    _local.private = _words(text) if text else ""
    try:
        yield
    finally:
        _local.private = previous


def _is_private(text: str) -> bool:
    private: str = getattr(_local, "private", "")
    return bool(private) and _words(text) in private


def _style_key(style: Any) -> str:
    """The style's text properties as one string, made once per style."""
    key: str | None = style.__dict__.get(_STYLE_KEY)
    if key is None:
        key = repr(tuple(map(style.__getitem__, TEXT_PROPERTIES)))
        style.__dict__[_STYLE_KEY] = key
    return key


def split_first_line(
    text: str,
    style: Any,
    context: Any,
    max_width: float | None,
    justification_spacing: float,
    is_line_start: bool = True,
    minimum: bool = False,
) -> tuple[Any, ...]:
    """WeasyPrint's `split_first_line`, from the thread's store when it measured the same."""
    store: dict[tuple[Any, ...], tuple[dict[str, Any], tuple[Any, ...]]] = (
        style.font_config.__dict__.setdefault(_STORE, {})
    )
    key = (_style_key(style), text, max_width, justification_spacing, is_line_start, minimum)
    kept = store.get(key)
    if kept is not None:
        state, measures = kept
        layout = line_break.Layout.__new__(line_break.Layout)
        layout.__dict__.update(state)
        if DRAWABLE in state:
            layout.style = style
        return (layout, *measures)
    result = ORIGINAL(
        text, style, context, max_width, justification_spacing, is_line_start, minimum
    )
    if not _is_private(text):
        if len(store) >= MAX_LINES:
            del store[next(iter(store))]
        measured = result[0].__dict__
        state = {name: value for name, value in measured.items() if name not in _NOT_KEPT}
        if measured.get(DRAWABLE):
            state.update((name, measured[name]) for name in _DRAWING)
        store[key] = (state, result[1:])
    return result


def draw_text(
    stream: Any,
    textbox: Any,
    offset_x: float,
    text_overflow: str = "clip",
    block_ellipsis: str = "none",
) -> None:
    """WeasyPrint's `draw_text`; a line cut with an ellipsis gets a Pango layout of its
    own, as the ellipsis changes it (a kept layout may be shared with the store)."""
    if text_overflow == "ellipsis" or block_ellipsis != "none":
        textbox.pango_layout.__dict__[DRAWABLE] = False
    ORIGINAL_DRAW_TEXT(stream, textbox, offset_x, text_overflow, block_ellipsis)


def forget(font_config: Any) -> None:
    """Drop the lines kept with a font configuration (the bench, to time a worst case)."""
    font_config.__dict__.pop(_STORE, None)


def kept_lines(font_config: Any) -> list[str]:
    """The texts of the lines kept with a font configuration."""
    store = font_config.__dict__.get(_STORE, {})
    return [key[1] for key in store]


def install(*, enabled: bool = True) -> None:
    """Measure through the store (or take it out again, to compare)."""
    inline_layout.split_first_line = split_first_line if enabled else ORIGINAL
    draw.draw_text = draw_text if enabled else ORIGINAL_DRAW_TEXT
