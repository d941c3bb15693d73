"""Fonts and the PDF engine's set-up: HarfBuzz subsetting, stacks, subsets, no fetching."""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont
from weasyprint.text import ffi
from weasyprint.urls import FatalURLFetchingError

from tsunagari.memo.checks import memo_fonts_check
from tsunagari.memo.fontbuild import FACES, _legacy_charset, fonts_build
from tsunagari.memo.fonts import (
    CJK_JP,
    FONT_STACKS,
    LATIN,
    font_css,
    missing_families,
    with_subsets,
)
from tsunagari.memo.render import FontOnlyFetcher


def test_weasyprint_subsets_fonts_with_harfbuzz():
    """Without libharfbuzz-subset0 it falls back to fontTools: 15 s for a Japanese memo."""
    assert ffi.harfbuzz_subset is not None


def test_every_font_the_memo_names_is_installed():
    assert missing_families() == []


def test_deploy_checks_pass_here():
    assert memo_fonts_check() == []


def test_each_stack_ends_in_the_japanese_face_for_the_desk_page():
    for stack in FONT_STACKS.values():
        assert CJK_JP in stack
    assert "Noto Sans CJK JP" in font_css()


def test_the_subsets_come_just_before_their_full_face_our_texts_first():
    assert with_subsets((CJK_JP, LATIN), (CJK_JP,)) == (
        f"{CJK_JP} Tsunagari",
        f"{CJK_JP} Tsunagari Common",
        CJK_JP,
        LATIN,
    )


def test_common_characters_are_the_legacy_sets():
    assert len(_legacy_charset("euc_jp", 16, 47)) == 2965  # JIS X 0208 level 1
    assert len(_legacy_charset("euc_kr", 16, 40)) == 2350  # KS X 1001 Hangul
    assert len(_legacy_charset("gb2312", 16, 55)) == 3755  # GB 2312 level 1


@pytest.mark.slow
def test_font_subsets_are_built_once_and_then_left_alone(tmp_path):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("窓口の方へ 주거 상담 住房咨询", encoding="utf-8")
    written = fonts_build(out_dir=tmp_path / "fonts", corpus=[corpus])
    assert sorted(p.name for p in written) == sorted(face.file_name for face in FACES)
    assert fonts_build(out_dir=tmp_path / "fonts", corpus=[corpus]) == []


@pytest.mark.slow
def test_our_texts_go_in_the_core_tier_and_other_common_characters_in_the_second(tmp_path):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("窓口の方へ", encoding="utf-8")
    fonts_build(out_dir=tmp_path / "fonts", corpus=[corpus])
    japanese = {face.tier: face for face in FACES if face.family == CJK_JP}
    cmaps = {
        tier: set(TTFont(tmp_path / "fonts" / face.file_name).getBestCmap())
        for tier, face in japanese.items()
    }
    assert {ord(c) for c in "窓口方へ"} <= cmaps["core"]  # 窓 口 方: JIS level 1 too
    assert ord("亜") in cmaps["common"]
    assert ord("亜") not in cmaps["core"]
    assert not {ord(c) for c in "窓口方"} & cmaps["common"]


def test_the_memo_fetches_no_url_and_no_other_file(tmp_path):
    fetcher = FontOnlyFetcher(tmp_path)
    for url in ("https://example.org/x.css", "file:///etc/passwd", f"file://{tmp_path}/../x"):
        with pytest.raises((FatalURLFetchingError, ValueError)):
            fetcher.fetch(url)
