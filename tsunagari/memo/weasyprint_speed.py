"""Four shortcuts in WeasyPrint's text layout that leave every PDF the same to the byte.

A memo's render is ~70 % WeasyPrint's own Python (docs/decisions/0005-pdf-memo.md);
these cut work it repeats for every line and text box without changing any result:

- Every line after a float on the same page first measured its min-content width, a
  Pango layout of its own, only to test it against floats that lie wholly above it:
  `first_line_min_width` answers 0 when no float can reach the line, the one case where
  WeasyPrint then never reads the width (left-to-right text, as in every memo).
- `strut` (the height and baseline of a line's font) was looked up with a key built as
  a string from 16 style values, at every text box: the answer is kept on the style.
- Every Pango layout made its own Pango context and font description: one context per
  direction and language is kept with the font configuration (a context holds no text),
  one description per style.
- Drawing a text box built its Pango layout again and shaped its line a second time,
  though layout had just left one with the same text, font and settings: that layout is
  kept for drawing when nothing in it differs from the one drawing would build
  (`KeptLayout`, below).

With them goes `line_cache` (a line of catalog text measured once per thread).
Applied once, from `tsunagari.memo.render`. These replace private WeasyPrint functions
(pinned in uv.lock): tests/memo/test_weasyprint_speed.py renders memos with and
without them and compares the bytes, so an upgrade that changes them is caught.
"""

from __future__ import annotations

import ctypes.util
from collections.abc import Callable
from typing import Any

import cffi
from weasyprint.layout import inline as inline_layout
from weasyprint.text import line_break
from weasyprint.text.constants import LST_TO_ISO, PANGO_DIRECTION, PANGO_WRAP_MODE
from weasyprint.text.ffi import FROM_UNITS, ffi, gobject, pango, unicode_to_char_p
from weasyprint.text.fonts import font_features, get_font_description

from tsunagari.memo import line_cache

ORIGINAL: dict[str, Callable[..., Any]] = {
    "inline_min_content_width": inline_layout.inline_min_content_width,
    "strut": inline_layout.strut,
    "setup": line_break.Layout.setup,
    "set_text": line_break.Layout.set_text,
    "deactivate": line_break.Layout.deactivate,
    "reactivate": line_break.Layout.reactivate,
}
_STRUT = "_tsunagari_strut"
_SETTINGS = "_tsunagari_layout_settings"


def _float_may_reach(shapes: list[Any], y: float) -> bool:
    """Whether a float could collide with a line box starting at `y`, of any height.

    A float that starts above `y` and ends at or above it cannot (float.avoid_collisions).
    """
    return any(
        shape.position_y >= y or shape.position_y + shape.margin_height() > y for shape in shapes
    )


def first_line_min_width(
    context: Any,
    box: Any,
    outer: bool = True,
    skip_stack: Any = None,
    first_line: bool = False,
    is_line_start: bool = False,
) -> float:
    """`inline_min_content_width` as `get_next_linebox` calls it, 0 when it is unused.

    `get_next_linebox` measures a line only to place it beside floats; with no float
    that can reach the line, `avoid_collisions` ignores the width, and the line's own
    width replaces it. Right-to-left lines read it once more, so they are measured.
    """
    if (
        first_line
        and box.style["direction"] == "ltr"
        and not _float_may_reach(context.excluded_shapes, box.position_y)
    ):
        return 0
    return ORIGINAL["inline_min_content_width"](
        context, box, outer, skip_stack, first_line, is_line_start
    )


def strut(style: Any) -> tuple[float, float]:
    """WeasyPrint's `strut`, kept on the style: layout does not change a style's fonts."""
    cached: tuple[float, float] | None = getattr(style, _STRUT, None)
    if cached is None:
        cached = ORIGINAL["strut"](style)
        setattr(style, _STRUT, cached)
    return cached


def _context(style: Any, lang: str | None) -> Any:
    """The font configuration's Pango context for a direction and a language."""
    config = style.font_config
    contexts: dict[tuple[str, str | None], Any] = config.__dict__.setdefault(
        "_tsunagari_contexts", {}
    )
    key = (style["direction"], lang)
    context = contexts.get(key)
    if context is None:
        context = ffi.gc(
            pango.pango_font_map_create_context(config.font_map), gobject.g_object_unref
        )
        pango.pango_context_set_round_glyph_positions(context, False)
        pango.pango_context_set_base_dir(context, PANGO_DIRECTION[style["direction"]])
        if lang:
            pango.pango_context_set_language(context, _language(lang))
        contexts[key] = context
    return context


def _language(lang: str | None) -> Any:
    if not lang:
        return pango.pango_language_get_default()
    return pango.pango_language_from_string(unicode_to_char_p(lang)[0])


class _LayoutSettings:
    """What `Layout.setup` derives from a style alone, derived once per style."""

    def __init__(self, style: Any) -> None:
        if style["font_language_override"] != "normal":
            override = style["font_language_override"]
            lang = LST_TO_ISO.get(override.lower(), override)
        else:
            lang = style["lang"] or None
        self.context = _context(style, lang)
        self.language = _language(lang)
        self.font_description = get_font_description(style)
        self.metrics: tuple[float | None, ...] = (None, None, None)
        if style["text_decoration_line"] != "none":
            metrics = ffi.gc(
                pango.pango_context_get_metrics(self.context, self.font_description, self.language),
                pango.pango_font_metrics_unref,
            )
            self.metrics = tuple(
                FROM_UNITS * getter(metrics)
                for getter in (
                    pango.pango_font_metrics_get_ascent,
                    pango.pango_font_metrics_get_underline_position,
                    pango.pango_font_metrics_get_strikethrough_position,
                    pango.pango_font_metrics_get_underline_thickness,
                    pango.pango_font_metrics_get_strikethrough_thickness,
                )
            )
        features = font_features(
            style["font_kerning"],
            style["font_variant_ligatures"],
            style["font_variant_position"],
            style["font_variant_caps"],
            style["font_variant_numeric"],
            style["font_variant_alternates"],
            style["font_variant_east_asian"],
            style["font_feature_settings"],
        )
        self.features_attr = None
        if features:
            key = ",".join(f"{name} {value}" for name, value in features.items()).encode()
            self.features_attr = style.font_config.font_features.setdefault(
                key, pango.pango_attr_font_features_new(key)
            )


def layout_setup(self: Any, style: Any) -> None:
    """`Layout.setup` from settings kept on the style; the same layout, attribute for
    attribute."""
    settings: _LayoutSettings | None = getattr(style, _SETTINGS, None)
    if settings is None:
        settings = _LayoutSettings(style)
        setattr(style, _SETTINGS, settings)
    self.style = style
    self.first_line_direction = 0
    self.language = settings.language
    self.layout = ffi.gc(pango.pango_layout_new(settings.context), gobject.g_object_unref)
    pango.pango_layout_set_auto_dir(self.layout, False)
    pango.pango_layout_set_font_description(self.layout, settings.font_description)
    if len(settings.metrics) == 5:
        (
            self.ascent,
            self.underline_position,
            self.strikethrough_position,
            self.underline_thickness,
            self.strikethrough_thickness,
        ) = settings.metrics
    else:
        self.ascent = self.underline_position = self.strikethrough_position = None
    if settings.features_attr is not None:
        attr_list = pango.pango_attr_list_new()
        pango.pango_attr_list_insert(attr_list, settings.features_attr)
        pango.pango_layout_set_attributes(self.layout, attr_list)


# Pango getters WeasyPrint's bindings lack, to read a layout's wrap mode.
_getters = cffi.FFI()
_getters.cdef("int pango_layout_get_wrap (void *layout);")
_pango_getters = _getters.dlopen(ctypes.util.find_library("pango-1.0") or "libpango-1.0.so.0")
_WRAP_WORD = PANGO_WRAP_MODE["WRAP_WORD"]
# Characters that end a Pango paragraph or change a line's layout (tabs): a text with
# one of them is drawn from a layout of its own, as WeasyPrint does.
_PARAGRAPH_BREAKS = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029")


class KeptLayout:
    """A line's Pango layout kept from layout to drawing (`Layout` methods, replaced).

    WeasyPrint drops a text box's Pango layout once the line is measured
    (`first_line_metrics` calls `deactivate`), then builds it again to draw the box
    (`reactivate`: a new layout, the same text and font, no width, single-paragraph
    mode) and shapes the line a second time. The kept layout is that same layout when
    - its text has no paragraph break (single-paragraph mode then changes nothing, so
      it is set before layout rather than before drawing, which would lay it out
      again);
    - it wraps at words, as every layout but a word broken letter by letter (a kept
      width lets the one line it holds be drawn as it was measured);
    - no word or letter spacing is added, and no justification later;
    - the box is drawn with the style it was laid out with.
    Otherwise WeasyPrint's own path runs. A `Layout` draws its kept layout once (a
    second drawing builds its own); `line_cache` hands the same kept layout to the same
    line of later memos, which only read it.
    """

    @staticmethod
    def set_text(layout: Any, text: str, justify: bool = False) -> None:
        plain = _PARAGRAPH_BREAKS.isdisjoint(text)
        pango.pango_layout_set_single_paragraph_mode(layout.layout, plain)
        layout.__dict__[line_cache.PLAIN] = plain
        ORIGINAL["set_text"](layout, text, justify)

    @staticmethod
    def deactivate(layout: Any) -> None:
        if line_cache.DRAWABLE not in layout.__dict__ and KeptLayout.drawable(layout):
            layout.__dict__[line_cache.DRAWABLE] = True
            return
        layout.__dict__[line_cache.DRAWABLE] = False
        ORIGINAL["deactivate"](layout)

    @staticmethod
    def drawable(layout: Any) -> bool:
        style = layout.style
        return bool(
            layout.__dict__.get(line_cache.PLAIN)
            and style["word_spacing"] == 0
            and style["letter_spacing"] == "normal"
            and _pango_getters.pango_layout_get_wrap(
                _getters.cast("void *", int(ffi.cast("uintptr_t", layout.layout)))
            )
            == _WRAP_WORD
        )

    @staticmethod
    def reactivate(layout: Any, style: Any) -> None:
        kept = layout.__dict__.get(line_cache.DRAWABLE)
        layout.__dict__[line_cache.DRAWABLE] = False
        if kept and style is layout.style and not layout.justification_spacing:
            return
        ORIGINAL["reactivate"](layout, style)


def install(*, enabled: bool = True) -> None:
    """Put the shortcuts in WeasyPrint (or take them out again, to compare)."""
    inline_layout.inline_min_content_width = (
        first_line_min_width if enabled else ORIGINAL["inline_min_content_width"]
    )
    inline_layout.strut = strut if enabled else ORIGINAL["strut"]
    layout_class = line_break.Layout
    layout_class.setup = layout_setup if enabled else ORIGINAL["setup"]
    layout_class.set_text = KeptLayout.set_text if enabled else ORIGINAL["set_text"]
    layout_class.deactivate = KeptLayout.deactivate if enabled else ORIGINAL["deactivate"]
    layout_class.reactivate = KeptLayout.reactivate if enabled else ORIGINAL["reactivate"]
    line_cache.install(enabled=enabled)
