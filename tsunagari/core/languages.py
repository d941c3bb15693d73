"""The languages Tsunagari speaks, in one place (no Django import: the engine uses it too).

Codes are the project's interface codes (`ja en zh-hans ko pt es tl th vi ne id`) plus
`ja-easy` for やさしい日本語 (easy Japanese), see docs/decisions/0002-languages.md.
"""

from __future__ import annotations

EASY_JAPANESE = "ja-easy"
# ISO 639-2 "multiple languages": among a service's languages, it says the service offers
# further languages that the reference does not name (外国語対応, "18 languages"). The
# person is told to ask whether theirs is one, never that the service is Japanese only.
MULTIPLE_LANGUAGES = "mul"

# Japanese first: it is the default language, served without a prefix.
FOREIGN_LANGUAGE_CODES: tuple[str, ...] = (
    "en",
    "zh-hans",
    "ko",
    "pt",
    "es",
    "tl",
    "th",
    "vi",
    "ne",
    "id",
)
LANGUAGE_CODES: tuple[str, ...] = ("ja", *FOREIGN_LANGUAGE_CODES, EASY_JAPANESE)

# Django's LANG_INFO lacks Tagalog and our easy-Japanese locale.
EXTRA_LANG_INFO: dict[str, dict[str, object]] = {
    "tl": {"bidi": False, "code": "tl", "name": "Tagalog", "name_local": "Tagalog"},
    EASY_JAPANESE: {
        "bidi": False,
        "code": EASY_JAPANESE,
        "name": "Easy Japanese",
        "name_local": "やさしい にほんご",
    },
}

# The value of the HTML `lang` attribute for each code (BCP 47).
HTML_LANG: dict[str, str] = {code: code for code in LANGUAGE_CODES} | {
    "zh-hans": "zh-Hans",
    "pt": "pt-BR",
    "tl": "fil",
    EASY_JAPANESE: "ja",
}


def base_language(code: str) -> str:
    """The language whose catalog texts stand in when a locale has none of its own.

    Easy Japanese falls back to Japanese; every other language to itself.
    """
    return "ja" if code == EASY_JAPANESE else code
