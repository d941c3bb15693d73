"""Every public catalog entry has every text in every language, in the seed files and in
the snapshot the navigator reads after `catalog load`.

A text must be the entry's own in that language: the snapshot would otherwise fall back to
English or Japanese (`ServiceEntry.text`), which hides a missing translation. Ended
programs are never shown, so they are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pytest

from tsunagari.catalog import records
from tsunagari.catalog.selectors import build_snapshot
from tsunagari.catalog.snapshot import TEXT_FIELDS
from tsunagari.core.languages import LANGUAGE_CODES

# Longer texts are written afresh in each language; a name may be the same word
# (保健所 in Chinese).
SENTENCE_FIELDS = tuple(field for field in TEXT_FIELDS if field != "name")

Texts = Mapping[str, Mapping[str, str]]


def missing_texts(entries: Iterable[tuple[str, Texts]]) -> list[str]:
    return [
        f"{entry_id}: {lang} {field}"
        for entry_id, texts in entries
        for lang in LANGUAGE_CODES
        for field in TEXT_FIELDS
        if not (texts.get(lang, {}).get(field) or "").strip()
    ]


def copied_texts(entries: Iterable[tuple[str, Texts]]) -> list[str]:
    """Sentences that are the Japanese (or, for another language, the English) ones."""
    problems = []
    for entry_id, texts in entries:
        for lang in LANGUAGE_CODES:
            sources = [] if lang in ("ja", "en") else ["ja", "en"]
            for field in SENTENCE_FIELDS:
                text = texts.get(lang, {}).get(field, "")
                for source in sources:
                    if text and text == texts.get(source, {}).get(field):
                        problems.append(f"{entry_id}: {lang} {field} is the {source} text")
    return problems


def public_seed_records() -> list[dict]:
    return [r for r in records.load_national_records() if r["status"] != "ended"]


def test_the_checks_see_a_missing_and_a_copied_text():
    texts = {lang: dict.fromkeys(TEXT_FIELDS, f"{lang} text") for lang in LANGUAGE_CODES}
    texts["tl"] = {**texts["tl"], "next_step": "  "}
    texts["vi"] = {**texts["vi"], "summary": texts["en"]["summary"]}
    assert missing_texts([("x", texts)]) == ["x: tl next_step"]
    assert copied_texts([("x", texts)]) == ["x: vi summary is the en text"]


def test_every_public_seed_entry_has_every_text_in_every_language():
    entries = [(r["id"], r["texts"]) for r in public_seed_records()]
    assert len(entries) > 100
    assert missing_texts(entries) == []


def test_no_seed_text_is_a_copy_of_the_japanese_or_english_one():
    assert copied_texts((r["id"], r["texts"]) for r in public_seed_records()) == []


@pytest.mark.django_db
def test_the_navigator_snapshot_has_every_text_in_every_language(national_catalog):
    snapshot = build_snapshot()
    assert set(snapshot.by_id) == {r["id"] for r in public_seed_records()}
    entries = [(entry.id, entry.texts) for entry in snapshot.services]
    assert missing_texts(entries) == []
    assert copied_texts(entries) == []


@pytest.mark.django_db
def test_every_need_has_a_name_in_every_language(national_catalog):
    """Need names are shown in reasons ("It helps with: …")."""
    seed = [(need["id"], need.get("names") or {}) for need in records.load_needs()]
    loaded = [(need.id, need.names) for need in build_snapshot().needs]
    assert len(loaded) == len(seed) > 30
    for needs in (seed, loaded):
        missing = [
            f"{i}: {lang}" for i, names in needs for lang in LANGUAGE_CODES if not names.get(lang)
        ]
        assert missing == []
