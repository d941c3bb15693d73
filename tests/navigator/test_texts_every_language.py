"""Every guided question, answer and tile, and every reason the engine gives, reads in every
language: its message is translated in each locale's catalog, and each reason sentence comes
out in the person's language, not in English.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import to_locale

from tests.core.test_translations import entries, msgid_of, translations_of
from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.catalog.snapshot import CRISIS_KINDS
from tsunagari.core.languages import LANGUAGE_CODES
from tsunagari.navigator import forms, presenter
from tsunagari.navigator.engine.flow import load_flow
from tsunagari.navigator.engine.types import Reason

ROOT = Path(__file__).resolve().parents[2]
ENGINE_DIR = ROOT / "tsunagari" / "navigator" / "engine"
TRANSLATED = [code for code in LANGUAGE_CODES if code != "en"]
# How the engine attaches a reason: `candidate.add(weight, "code", …)` or `Reason("code", …)`.
# The engine gives a reason through `candidate.add(..., "code")`, `Reason("code", ...)` or
# `plain("code")` (reasons without request data, made once per process).
REASON_CALL = re.compile(r'candidate\.add\([^\n]*?,\s*"(\w+)"|\b(?:Reason|plain)\(\s*"(\w+)"')


def translated_messages(code: str) -> set[str]:
    """The msgids that have a translation (not fuzzy, not obsolete) in a locale's catalog."""
    path = ROOT / "locale" / to_locale(code) / "LC_MESSAGES" / "django.po"
    done = set()
    for lines in entries(path)[1:]:
        if any(
            line.startswith("#~") or (line.startswith("#,") and "fuzzy" in line) for line in lines
        ):
            continue
        if all(translations_of(lines)):
            done.add(msgid_of(lines))
    return done


def english(text: Promise | str) -> str:
    with translation.override("en"):
        return str(text)


def guided_texts() -> dict[str, str]:
    """Each guided text the flow can show, by where it is used, as its English msgid."""
    flow = load_flow()
    texts: dict[str, str] = {"skipped answer": english(forms.SKIPPED_TEXT)}
    for tiles in flow.tiles.values():
        for tile in tiles:
            title, hint = forms.TILE_TEXTS[tile]
            texts[f"tile {tile}"] = english(title)
            texts[f"tile {tile} hint"] = english(hint)
    for question in [*flow.questions, flow.clarify]:
        texts[f"question {question.id}"] = english(forms.QUESTION_TEXTS[question.id])
        if question.id in forms.QUESTION_TEXTS_FOR_SOMEONE_ELSE:
            someone = forms.QUESTION_TEXTS_FOR_SOMEONE_ELSE[question.id]
            texts[f"question {question.id} (someone else)"] = english(someone)
        for answer in question.answers:
            texts[f"answer {question.id}:{answer.id}"] = english(
                forms.ANSWER_TEXTS[(question.id, answer.id)]
            )
    return texts


def engine_reason_codes() -> set[str]:
    codes: set[str] = set()
    for path in ENGINE_DIR.glob("*.py"):
        for found in REASON_CALL.findall(path.read_text(encoding="utf-8")):
            codes.update(code for code in found if code)
    return codes


def reasons_to_render() -> list[Reason]:
    """Every reason code the engine gives, with every value its parameter can take."""
    snapshot = snapshot_from_seed_files()
    opens = ("when", "2026-11-26T10:00:00+09:00")
    params: dict[str, list[tuple[tuple[str, str], ...]]] = {
        "need": [(("need", need.id),) for need in snapshot.needs],
        "crisis_line": [(("kind", kind),) for kind in CRISIS_KINDS],
        "speaks_language": [(("lang", code),) for code in LANGUAGE_CODES],
        "channel": [(("channel", channel),) for channel in ("phone", "chat", "visit")],
        "language_hours": [(("lang", code), opens) for code in LANGUAGE_CODES] + [(opens,)],
    }
    reasons = []
    for code in sorted(engine_reason_codes()):
        if code in params:
            reasons += [Reason(code, pairs) for pairs in params[code]]
        else:
            reasons.append(Reason(code))
    return reasons


def test_the_guided_flow_has_texts_to_check():
    texts = guided_texts()
    assert len(texts) > 100
    assert texts["answer for_whom:me"] == "For me"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_guided_question_answer_and_tile_is_translated(code):
    done = translated_messages(code)
    missing = [f"{where}: {msgid}" for where, msgid in guided_texts().items() if msgid not in done]
    assert missing == []


def test_every_reason_code_of_the_engine_is_found_and_shown():
    codes = engine_reason_codes()
    assert {"need", "crisis_line", "speaks_language", "japanese_only", "open_now"} <= codes
    assert sorted(codes - set(presenter.REASON_ORDER)) == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_reason_reads_in_every_language(code):
    snapshot = snapshot_from_seed_files()
    reasons = reasons_to_render()
    with translation.override("en"):
        in_english = [presenter.reason_sentence(r, snapshot, "en") for r in reasons]
    with translation.override(code):
        rendered = [presenter.reason_sentence(r, snapshot, code) for r in reasons]
    assert all(in_english)
    untranslated = [
        f"{reason.code} {reason.params}: {text!r}"
        for reason, text, english_text in zip(reasons, rendered, in_english, strict=True)
        if not text or text == english_text
    ]
    assert untranslated == []
