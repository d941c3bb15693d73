"""The shortcuts of `normalize` give what the per-letter rules they skip would give.

`_drop_format_chars` skips its letter loop for printable texts, `strip_accents` returns
ASCII texts as they are, and `analyze` squashes the text it already normalised: each must
give exactly what the letter-by-letter definition gives, on every kind of character.
"""

from __future__ import annotations

import sys
import unicodedata

import pytest

from tsunagari.navigator.engine.normalize import (
    _VARIATION,
    _drop_format_chars,
    _is_latin,
    normalize,
    squash,
    squash_normalized,
    strip_accents,
)

EVERY_CHARACTER = "".join(
    chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF
)
# Every code point, in runs of 48, alone and after a Latin letter, after kana, before a mark.
CHUNKS = [EVERY_CHARACTER[i : i + 48] for i in range(0, len(EVERY_CHARACTER), 48)]
SAMPLES = [
    "しにたい",
    "死にたい\u200b。",
    "し\u200dに\ufe0fた　い",
    "tôi muốn chết",
    "Đi đâu đó",
    "não aguento mais\n",
    "e\u0301\u0302 x\u0301",
    "\u0301a",
    "か\u3099",
    "I can't pay the rent",
    "ไม่มีเงิน",
    "घर छैन",
]


def _drop_format_chars_by_letter(text: str) -> str:
    text = _VARIATION.sub("", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def _strip_accents_by_letter(text: str) -> str:
    out: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and _is_latin(out[-1]):
            continue
        out.append("d" if char == "đ" else char)
    return unicodedata.normalize("NFC", "".join(out))


@pytest.mark.parametrize("text", SAMPLES)
def test_samples(text: str) -> None:
    assert _drop_format_chars(text) == _drop_format_chars_by_letter(text)
    assert strip_accents(text) == _strip_accents_by_letter(text)
    assert squash_normalized(normalize(text)) == squash(text)


def test_every_character() -> None:
    for chunk in CHUNKS:
        for text in (chunk, "a" + chunk, "か" + chunk, chunk + "\u0301"):
            assert _drop_format_chars(text) == _drop_format_chars_by_letter(text)
            assert strip_accents(text) == _strip_accents_by_letter(text)
            assert squash_normalized(normalize(text)) == squash(text)
