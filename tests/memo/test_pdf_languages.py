"""Every language: the memo's text reads back, in real Noto faces, with no missing glyph.

A missing glyph would be drawn as an empty box (tofu) while the text still extracts,
so glyphs are checked three ways: WeasyPrint logs no ".notdef glyph" warning (the
`memo_pdf` fixture fails on any warning), only embedded subsets of Noto faces are in
the PDF (no DejaVu or other fallback font), and no U+FFFD comes back.
"""

from __future__ import annotations

import re

import pytest

from tests.memo.conftest import SAMPLES, payload_for, pdf_fonts, pdf_text, squeeze
from tsunagari.core.languages import LANGUAGE_CODES

pytestmark = pytest.mark.slow

DESK_HEADING = "窓口の方へ"
REGIONAL_FACE = {"ja": "CJK-JP", "ja-easy": "CJK-JP", "zh-hans": "CJK-SC", "ko": "CJK-KR"}


# WeasyPrint maps each glyph to the text of the first cluster it was seen in
# (Kozea/WeasyPrint#2841): Thai SARA AM and Devanagari reph and i-matra glyphs recur in
# other clusters, so some words extract wrong although they are drawn right.
SHAPED_SCRIPTS = {"th": "\u0e00-\u0e7f", "ne": "\u0900-\u097f"}
EXACT = [
    pytest.param(lang, marks=pytest.mark.xfail(strict=True, reason="WeasyPrint#2841"))
    if lang in SHAPED_SCRIPTS
    else lang
    for lang in LANGUAGE_CODES
]


@pytest.mark.parametrize("lang", EXACT)
def test_catalog_memo_reads_back_in_every_language(lang, memo_pdf, snapshot):
    text = squeeze(pdf_text(memo_pdf(lang)))
    payload = payload_for(snapshot, lang)
    first = snapshot.by_id[payload["services"][0]["id"]]
    assert squeeze(first.text(lang, "name")) in text
    assert squeeze(first.text("ja", "name")) in text  # on the desk page
    assert DESK_HEADING in text
    assert "0120-279-338" in text  # a crisis line, always on the memo
    assert "\ufffd" not in text


@pytest.mark.parametrize("lang", EXACT)
def test_every_script_is_drawn_and_read_back(lang, memo_pdf):
    name, sentence = SAMPLES[lang]
    text = squeeze(pdf_text(memo_pdf(lang, "samples")))
    assert squeeze(f"{name} 1") in text
    assert squeeze(sentence) in text
    assert DESK_HEADING in text
    assert "\ufffd" not in text


@pytest.mark.parametrize("lang", sorted(SHAPED_SCRIPTS))
def test_shaped_scripts_come_back_as_their_script(lang, memo_pdf):
    """Until WeasyPrint#2841 is fixed: the words are there, in their script, no U+FFFD."""
    text = pdf_text(memo_pdf(lang, "samples"))
    letters = re.findall(f"[{SHAPED_SCRIPTS[lang]}]", text)
    name, sentence = SAMPLES[lang]
    # 10 names; a sentence in 3 fields of each of the 5 services given in full.
    assert len(letters) >= (10 * len(name) + 15 * len(sentence)) * 0.8
    assert "\ufffd" not in text


@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_only_embedded_subsets_of_noto_faces_are_used(lang, memo_pdf):
    fonts = pdf_fonts(memo_pdf(lang, "samples"))
    assert fonts
    for font in fonts:
        family = font["name"].split("+", 1)[-1]
        assert family.startswith("Noto-Sans"), font
        assert (font["emb"], font["sub"], font["uni"]) == ("yes", "yes", "yes"), font


@pytest.mark.parametrize("lang", ["ja", "zh-hans", "ko"])
def test_cjk_text_gets_its_regional_face(lang, memo_pdf):
    names = {font["name"] for font in pdf_fonts(memo_pdf(lang, "samples"))}
    assert any(REGIONAL_FACE[lang] in name for name in names), names
    # The Japanese desk page is drawn with the Japanese face in every memo.
    assert any("CJK-JP" in name for name in names), names


def test_a_japanese_memo_needs_no_other_cjk_face(memo_pdf):
    names = {font["name"] for font in pdf_fonts(memo_pdf("ja", "samples"))}
    assert not any("CJK-SC" in n or "CJK-KR" in n for n in names), names


@pytest.mark.parametrize(("lang", "script"), [("th", "\u0e00"), ("ne", "\u0900")])
def test_thai_and_devanagari_get_their_own_faces(lang, script, memo_pdf):
    names = {font["name"] for font in pdf_fonts(memo_pdf(lang, "samples"))}
    face = {"th": "Noto-Sans-Thai", "ne": "Noto-Sans-Devanagari"}[lang]
    assert any(face in name for name in names), names


def test_characters_beyond_the_subsets_come_from_the_full_faces(snapshot, weasyprint_log):
    """Free text can hold any character: rare kanji fall through to the full face."""
    from tests.memo.conftest import AT
    from tsunagari.memo.render import render_memo

    rare = "鬱々として𠮷野家にも行けない"  # 鬱: JIS level 2; 𠮷: outside JIS X 0208
    before = len(weasyprint_log.messages)
    pdf = render_memo(payload_for(snapshot, "ja"), snapshot, lang="ja", at=AT, include_text=rare)
    assert weasyprint_log.messages[before:] == []
    assert rare in squeeze(pdf_text(pdf))
    assert all(f["name"].split("+")[-1].startswith("Noto-Sans") for f in pdf_fonts(pdf))


def test_a_memo_embeds_the_core_subsets_only_unless_its_words_need_more(memo_pdf, snapshot):
    """Common characters our texts do not use live in a second subset, embedded only by
    a memo that draws one (here a JIS level 1 kanji in the person's own words)."""
    from tests.memo.conftest import AT
    from tsunagari.memo.fontbuild import FACES, corpus_characters
    from tsunagari.memo.management.commands.memo_fonts import corpus_files
    from tsunagari.memo.render import render_memo

    names = {font["name"] for font in pdf_fonts(memo_pdf("ja"))}
    assert any("CJK-JP-Tsunagari" in name for name in names), names
    assert not any("Common" in name for name in names), names

    ours = corpus_characters(corpus_files())
    face = next(f for f in FACES if f.family == "Noto Sans CJK JP" and f.tier == "common")
    kanji = chr(min(face.common_characters() - ours))
    words = f"{kanji}のことで困っています"
    pdf = render_memo(payload_for(snapshot, "ja"), snapshot, lang="ja", at=AT, include_text=words)
    assert any("CJK-JP-Tsunagari-Common" in f["name"] for f in pdf_fonts(pdf))
    assert words in squeeze(pdf_text(pdf))
