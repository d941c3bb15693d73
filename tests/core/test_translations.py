"""Every interface message is translated in every language, and no translation is fuzzy.

Parsed here without gettext tools: an entry is untranslated when all its msgstr lines are
empty. English needs no catalog (the messages are written in English).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.utils.translation import to_locale

from tsunagari.core.languages import LANGUAGE_CODES

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
TRANSLATED = [code for code in LANGUAGE_CODES if code != "en"]
MSGSTR = re.compile(r'^msgstr(?:\[\d+\])? "(.*)"$')


def entries(path: Path) -> list[list[str]]:
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    return [block.strip().splitlines() for block in blocks if "msgid" in block]


def msgid_of(lines: list[str]) -> str:
    start = next(i for i, line in enumerate(lines) if line.startswith("msgid "))
    text = [lines[start][7:-1]]
    for line in lines[start + 1 :]:
        if not line.startswith('"'):
            break
        text.append(line[1:-1])
    return "".join(text)


def translations_of(lines: list[str]) -> list[str]:
    """Each msgstr (or msgstr[n]) with its continuation lines joined."""
    found: list[str] = []
    current: list[str] | None = None
    for line in lines:
        match = MSGSTR.match(line)
        if match:
            current = [match.group(1)]
            found.append("")
        elif current is not None and line.startswith('"'):
            current.append(line[1:-1])
        elif not line.startswith('"'):
            current = None
        if current is not None:
            found[-1] = "".join(current)
    return found


def test_the_parser_sees_an_untranslated_and_a_wrapped_entry():
    empty = ['msgid "Find help"', 'msgstr ""']
    wrapped = ['msgid ""', '"Find "', '"help"', 'msgstr ""', '"相談先を"', '"さがす"']
    plural = ['msgid "a"', 'msgid_plural "b"', 'msgstr[0] "x"', 'msgstr[1] ""']
    assert translations_of(empty) == [""]
    assert msgid_of(wrapped) == "Find help"
    assert translations_of(wrapped) == ["相談先をさがす"]
    assert not all(translations_of(plural))


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_and_none_is_fuzzy(code):
    path = LOCALE_DIR / to_locale(code) / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"no message catalog for {code}"
    problems = []
    for lines in entries(path)[1:]:  # the first entry is the header
        if any(line.startswith("#~") for line in lines):
            continue  # obsolete entries are not shown
        if any(line.startswith("#,") and "fuzzy" in line for line in lines):
            problems.append(f"fuzzy: {msgid_of(lines)}")
        elif not all(translations_of(lines)):
            problems.append(f"untranslated: {msgid_of(lines)}")
    assert problems == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_catalog_header_names_the_language(code):
    header = entries(LOCALE_DIR / to_locale(code) / "LC_MESSAGES" / "django.po")[0]
    text = "\n".join(header)
    assert f'"Language: {to_locale(code)}\\n"' in text
    assert "fuzzy" not in text
