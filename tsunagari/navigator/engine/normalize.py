"""Text normalisation shared by the navigator engine.

People type on phones, at night, sometimes in a hurry or hiding what they write:
full-width or half-width letters, katakana for hiragana, spaced-out letters
("し に た い", "s h i n i t a i"), zero-width characters, stretched vowels
("しにたーい"). Matching works on normalised text so that every lexicon entry covers
all of these variants at once instead of listing them one by one.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold_kana", "normalize", "squash", "squash_normalized", "strip_accents"]

# Dash-like characters people use for a Japanese long vowel or a hyphen.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2500\u2501\ufe58\ufe63\uff0d\u30fc\uff70"
_WAVES = "\u301c\uff5e~\u3030"
_DASH_RUN = re.compile(f"[{re.escape(_DASHES + _WAVES)}]+")
_SPACE_RUN = re.compile(r"\s+")
# Variation selectors are combining marks (Mn), not format characters; drop them too.
_VARIATION = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_KATAKANA_START, _KATAKANA_END = 0x30A1, 0x30F6
_KANA_SHIFT = 0x60


def _is_kana_or_kanji(char: str) -> bool:
    """Whether a dash after this character is a Japanese long vowel mark."""
    code = ord(char)
    return 0x3041 <= code <= 0x30FF or 0x4E00 <= code <= 0x9FFF or char == "ー"


def _unify_dashes(text: str) -> str:
    """Turn a run of dashes/waves into ー after kana (long vowel), else into "-"."""

    def repl(match: re.Match[str]) -> str:
        start = match.start()
        if start > 0 and _is_kana_or_kanji(text[start - 1]):
            return "ー"
        wave = any(c in _WAVES for c in match.group())
        return " " if wave else "-"

    return _DASH_RUN.sub(repl, text)


def _drop_format_chars(text: str) -> str:
    """Remove zero-width and other invisible format characters (category Cf)."""
    text = _VARIATION.sub("", text)
    if text.isprintable():  # Cf is "Other": a printable text has none (no per-letter loop)
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def normalize(text: str) -> str:
    """NFKC, casefold, drop invisible characters, unify dashes, collapse whitespace.

    NFKC turns full-width Latin and half-width katakana into their usual forms; casefold
    makes "SHINITAI" and "shinitai" equal. Dashes after kana become the long vowel mark
    ー so that "つら〜い", "つら－い" and "つらーい" are one form.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _drop_format_chars(text).casefold()
    text = _unify_dashes(text)
    return _SPACE_RUN.sub(" ", text).strip()


# Katakana ァ..ヶ and the iteration marks ヽヾ to their hiragana (one table, for str.translate).
_KANA_FOLD = {
    code: code - _KANA_SHIFT
    for code in (*range(_KATAKANA_START, _KATAKANA_END + 1), ord("ヽ"), ord("ヾ"))
}


def fold_kana(text: str) -> str:
    """Katakana to hiragana, so that シニタイ and しにたい match the same entry."""
    return text.translate(_KANA_FOLD)


def _is_dropped(char: str) -> bool:
    """Spaces, punctuation and symbols carry no meaning for phrase matching."""
    cat = unicodedata.category(char)
    return cat[0] in "PSZ" or char.isspace()


_LONG_RUN = re.compile("ー{2,}")


def squash(text: str) -> str:
    """normalize + fold_kana, then drop spaces, punctuation and symbols.

    For scripts written without spaces and for obfuscated text ("し に た い",
    "s.h.i.n.i.t.a.i"): the letters alone remain, so a phrase matches however it was
    spaced or dotted. Runs of ー collapse to one.
    """
    return squash_normalized(normalize(text))


def squash_normalized(normalized: str) -> str:
    """`squash` of a text that has already been through `normalize` (not run twice)."""
    kept = "".join(c for c in fold_kana(normalized) if not _is_dropped(c))
    return _LONG_RUN.sub("ー", kept)


def strip_accents(text: str) -> str:
    """Remove diacritics from Latin letters only ("não" → "nao", "chết" → "chet").

    People often type Vietnamese, Portuguese or Spanish without accents. Marks on other
    scripts are kept: Thai and Devanagari vowel signs and Japanese dakuten are letters.
    """
    if text.isascii():  # no marks to drop, nothing to decompose or compose
        return text
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and _is_latin(out[-1]):
            continue
        out.append("d" if char == "đ" else char)
    return unicodedata.normalize("NFC", "".join(out))


def _is_latin(char: str) -> bool:
    """Basic and extended Latin letters."""
    return char.isascii() or 0x00C0 <= ord(char) <= 0x024F or 0x1E00 <= ord(char) <= 0x1EFF
