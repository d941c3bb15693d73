"""Which installed font draws which language on the memo.

The fonts are Debian's static Noto faces (fonts-noto-cjk, fonts-noto-core), found by
fontconfig. Static faces, not variable ones: WeasyPrint instantiates a variable font
with fontTools on every PDF, which cost 7x the time in the measurements
(shared/reference/library-measurements.md §1). CJK text needs its regional face: the
same code point is drawn differently in Japanese, Simplified Chinese and Korean, so the
face follows the `lang` of each element, and every memo marks Japanese facts (hours,
contact labels, the desk page) as `lang="ja"`. Each stack ends in a CJK JP face
because every memo carries Japanese, whatever the person's language.

When `tsunagari memo_fonts` has cut the CJK faces down (fontbuild.py), each CJK face
is preceded by its two subsets: "<face> Tsunagari" (the characters of our texts) and
"<face> Tsunagari Common" (common characters besides, for free text). A character a
subset lacks falls through to the next face, down to the full face, so the subsets
change speed and size, never the glyphs.
"""

from __future__ import annotations

import ctypes.util
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from django.conf import settings

CJK_JP = "Noto Sans CJK JP"
CJK_SC = "Noto Sans CJK SC"
CJK_KR = "Noto Sans CJK KR"
LATIN = "Noto Sans"
THAI = "Noto Sans Thai"
DEVANAGARI = "Noto Sans Devanagari"
SUBSET_SUFFIX = " Tsunagari"
# Subset tiers, in stack order, and the family-name suffix of each (fontbuild.py).
TIERS = ("core", "common")
TIER_SUFFIX = {"core": SUBSET_SUFFIX, "common": SUBSET_SUFFIX + " Common"}
CJK_FACES = (CJK_JP, CJK_SC, CJK_KR)
WEIGHTS = {"Regular": 400, "Bold": 700}

# CSS `[lang|=...]` prefix -> font stack, first match wins per character (Pango fallback).
# The Latin face comes after the CJK face in CJK stacks (one font embedded, not two)
# and before the Thai and Devanagari faces, which carry spaces and hyphens of their own
# and would otherwise split English words between two fonts.
FONT_STACKS: dict[str, tuple[str, ...]] = {
    "ja": (CJK_JP, LATIN),
    "zh": (CJK_SC, LATIN, CJK_JP),
    "ko": (CJK_KR, LATIN, CJK_JP),
    "th": (LATIN, THAI, CJK_JP),
    "ne": (LATIN, DEVANAGARI, CJK_JP),
}
# Latin-script languages (en pt es tl vi id) and anything else.
DEFAULT_STACK: tuple[str, ...] = (LATIN, CJK_JP)

REQUIRED_FAMILIES: tuple[str, ...] = (CJK_JP, CJK_SC, CJK_KR, LATIN, THAI, DEVANAGARI)
# Debian packages that hold them (the Makefile's APT_PACKAGES installs them).
FONT_PACKAGES = ("fonts-noto-cjk", "fonts-noto-core")


def subset_dir() -> Path:
    default = Path(settings.BASE_DIR) / "var" / "fonts" / "memo"
    return Path(getattr(settings, "MEMO_FONT_DIR", default))


def subset_file(family: str, style: str, tier: str = "core") -> Path:
    name = "subset" if tier == "core" else tier
    return subset_dir() / f"{family.replace(' ', '')}-{style}.{name}.otf"


@lru_cache(maxsize=1)
def available_subsets() -> tuple[str, ...]:
    """The CJK faces whose subsets were built (both tiers and weights), read once per
    process."""
    return tuple(
        family
        for family in CJK_FACES
        if all(subset_file(family, style, tier).is_file() for style in WEIGHTS for tier in TIERS)
    )


def with_subsets(stack: tuple[str, ...], subsets: tuple[str, ...]) -> tuple[str, ...]:
    families: list[str] = []
    for family in stack:
        if family in subsets:
            families.extend(family + TIER_SUFFIX[tier] for tier in TIERS)
        families.append(family)
    return tuple(families)


def css_family(stack: tuple[str, ...]) -> str:
    return ", ".join(f'"{family}"' for family in stack)


def font_face_rules(subsets: tuple[str, ...]) -> list[str]:
    return [
        f'@font-face {{ font-family: "{family}{TIER_SUFFIX[tier]}"; font-weight: {weight}; '
        f'src: url("{subset_file(family, style, tier).resolve().as_uri()}"); }}'
        for family in subsets
        for tier in TIERS
        for style, weight in WEIGHTS.items()
    ]


@lru_cache(maxsize=2)
def font_css(*, subsets_on_disk: bool = True) -> str:
    """The font rules of the memo stylesheet: @font-face for the subsets, one stack a script.

    A browser (the print view) cannot read our font files: without `subsets_on_disk`
    the stacks name the installed faces only.
    """
    subsets = available_subsets() if subsets_on_disk else ()
    rules = font_face_rules(subsets)
    rules.append(f"html {{ font-family: {css_family(with_subsets(DEFAULT_STACK, subsets))}; }}")
    rules += [
        f'[lang|="{prefix}"] {{ font-family: {css_family(with_subsets(stack, subsets))}; }}'
        for prefix, stack in FONT_STACKS.items()
    ]
    return "\n".join(rules)


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    """Font families fontconfig knows; empty when fc-list is missing."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return frozenset()
    listing = subprocess.run(
        [fc_list, ":", "family"], capture_output=True, text=True, check=False
    ).stdout
    return frozenset(name.strip() for line in listing.splitlines() for name in line.split(","))


def missing_families() -> list[str]:
    installed = installed_families()
    return [family for family in REQUIRED_FAMILIES if family not in installed]


def harfbuzz_subset_available() -> bool:
    """WeasyPrint subsets with fontTools without it: a Japanese memo then takes 15 s."""
    return ctypes.util.find_library("harfbuzz-subset") is not None
