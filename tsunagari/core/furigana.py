"""Furigana for Japanese text: every run of kanji gets its reading in `<ruby>`.

Children's pages show furigana on all kanji (issue 5). The readings come from SudachiPy,
the morphological analyser the navigator already uses, so they follow the context
(児童相談所 → じどうそうだんじょ, 一人 → ひとり), not a per-character table.

`ruby_html(text)` takes plain text and returns safe HTML: the text escaped, each kanji
run wrapped in `<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>`. Okurigana stay
outside the ruby (話す → 話<rt>はな</rt> + す). Kana, Latin letters and digits are left
alone; a counter after Arabic digits gets the reading it has after that number (10分 →
ぷん, 3本 → ぼん), where Sudachi, reading the digits one by one, often goes wrong.

Pure Python (no Django); the template library `tsunagari.core.templatetags.furigana`
applies it to rendered pages.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape

from tsunagari.core.japanese import sudachi_tokenizer

__all__ = ["has_kanji", "hiragana", "ruby_html", "ruby_markup", "strip_ruby"]

# Kanji, the iteration mark 々, 〆, the kanji zero 〇 and ヶ (read か/が in 3ヶ月, 霞ヶ関).
_KANJI_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006\u3007\u30f6"
_KANJI = re.compile(f"[{_KANJI_CHARS}]")
_SEGMENT = re.compile(f"([{_KANJI_CHARS}]+)|([\u3041-\u309f\u30a1-\u30f5\u30fc]+)|(.+?)", re.S)
_KATAKANA = re.compile("[\u30a1-\u30f6]")
_KANA_ONLY = re.compile("[\u3041-\u309f\u30fc]+")
_DIGITS = re.compile(r"\d+$")
_RUBY_MARKUP = re.compile(r"<rp>.*?</rp>|<rt>.*?</rt>|</?ruby>", re.S)


def has_kanji(text: str) -> bool:
    """Whether the text has a character that needs furigana."""
    return _KANJI.search(text) is not None


def hiragana(text: str) -> str:
    """Katakana → hiragana (ー and other characters unchanged)."""
    return _KATAKANA.sub(lambda m: chr(ord(m.group()) - 0x60), text)


def _ruby(base: str, reading: str) -> str:
    return f"<ruby>{escape(base)}<rp>(</rp><rt>{escape(reading)}</rt><rp>)</rp></ruby>"


# --- numbers with counters -------------------------------------------------------
# Sudachi reads Arabic digits one by one (10 → イチレイ), so the reading of a counter
# that changes with the number (分 ふん/ぷん, 本 ほん/ぼん/ぽん) is often wrong after them.
# The digits stay as they are; only the counter gets ruby, read for that number.
# A few number + counter pairs are read as a whole word: ruby over both.
_WHOLE: dict[tuple[str, int], str] = {
    ("人", 1): "ひとり",
    ("人", 2): "ふたり",
    **{
        ("日", n): r
        for n, r in {
            2: "ふつか",
            3: "みっか",
            4: "よっか",
            5: "いつか",
            6: "むいか",
            7: "なのか",
            8: "ようか",
            9: "ここのか",
            10: "とおか",
            14: "じゅうよっか",
            20: "はつか",
            24: "にじゅうよっか",
        }.items()
    },
}
_FIXED: dict[str, str] = {
    "人": "にん",
    "日": "にち",
    "歳": "さい",
    "才": "さい",
    "回": "かい",
    "番": "ばん",
    "時": "じ",
    "時間": "じかん",
    "月": "がつ",
    "年": "ねん",
    "円": "えん",
    "件": "けん",
    "枚": "まい",
    "個": "こ",
    "度": "ど",
    "秒": "びょう",
    "週間": "しゅうかん",
}


def _counter_reading(counter: str, number: int) -> str | None:
    """The reading of a counter after `number` written in digits, if we know it."""
    last = number % 10
    if counter == "分":
        return "ぷん" if last in (1, 3, 4, 6, 8, 0) else "ふん"
    if counter == "本":
        return "ぼん" if last == 3 else "ぽん" if last in (1, 6, 8, 0) else "ほん"
    if counter == "階":
        return "がい" if last == 3 else "かい"
    return _FIXED.get(counter)


# --- okurigana ------------------------------------------------------------------


def _align(surface: str, reading: str) -> list[tuple[str, str | None]] | None:
    """Split a word into (text, reading) parts: kanji runs get their share of the
    reading, kana (okurigana) and other characters get None.

    話す/はなす → [("話", "はな"), ("す", None)]; None when the reading does not fit
    the kana of the surface (an irregular reading: the caller rubies the whole word).
    """
    parts: list[tuple[str, int]] = []  # (text, kind) 0 kanji, 1 kana, 2 other
    pattern = []
    for m in _SEGMENT.finditer(surface):
        kind = 0 if m.group(1) else 1 if m.group(2) else 2
        parts.append((m.group(), kind))
        if kind == 0:
            pattern.append("(.+?)")
        elif kind == 1:
            pattern.append(re.escape(hiragana(m.group())))
        else:
            return None  # digits or letters inside a word: no reliable split
    match = re.fullmatch("".join(pattern), reading)
    if match is None:
        return None
    groups = iter(match.groups())
    return [(text, next(groups) if kind == 0 else None) for text, kind in parts]


def _word(surface: str, reading: str) -> str:
    """HTML for one word that contains kanji."""
    if not reading or not _KANA_ONLY.fullmatch(reading) or reading == hiragana(surface):
        # Sudachi gave no usable reading (unknown word, symbol): leave the text alone
        # rather than show a wrong reading.
        return escape(surface)
    aligned = _align(surface, reading)
    if aligned is None:
        return _ruby(surface, reading)
    return "".join(escape(text) if part is None else _ruby(text, part) for text, part in aligned)


@lru_cache(maxsize=4096)
def ruby_markup(text: str) -> str:
    """`ruby_html` without Django's SafeString, cached: page texts repeat."""
    if not has_kanji(text):
        return escape(text)
    out: list[str] = []
    morphemes = list(sudachi_tokenizer().tokenize(text))
    i = 0
    while i < len(morphemes):
        surface = morphemes[i].surface()
        if not has_kanji(surface):
            out.append(escape(surface))
            i += 1
            continue
        previous = morphemes[i - 1].surface() if i else ""
        digits = _DIGITS.search(previous)
        if digits:
            number = int(digits.group())
            whole = _WHOLE.get((surface, number))
            if whole and previous.isdigit():  # 2人 → ふたり: ruby over number and counter
                out[-1] = _ruby(previous + surface, whole)
                i += 1
                continue
            counter = _counter_reading(surface, number)
            if counter:
                out.append(_ruby(surface, counter))
                i += 1
                continue
        reading = hiragana(morphemes[i].reading_form())
        if surface == "日" and previous.endswith("曜"):
            reading = "び"  # Sudachi splits 何曜日 as 何曜 + 日 (ひ)
        out.append(_word(surface, reading))
        i += 1
    return "".join(out)


def ruby_html(text: str) -> str:
    """Plain text → escaped HTML with `<ruby>` readings over every run of kanji.

    The result is HTML-safe by construction; the template filter marks it safe.
    """
    return ruby_markup(text)


def strip_ruby(html: str) -> str:
    """HTML without the ruby this module adds: the base text as it was (for tests, and
    for anything that needs the words without their readings)."""
    return _RUBY_MARKUP.sub("", html)
