"""Japanese words inside a memo's texts in another language carry lang="ja", as on the
web pages (`mark_japanese`): official names in catalog names and texts (児童相談所,
よりそいホットライン), LINE names given as contacts, so they get the Japanese face and
a screen reader's Japanese voice."""

from __future__ import annotations

from dataclasses import replace

import pytest
from django.utils import translation

from tests.memo.conftest import AT, REOPEN_URL, payload_for
from tests.memo.test_content import without_language
from tests.navigator.web.test_japanese_marked import unmarked_japanese
from tsunagari.core.languages import FOREIGN_LANGUAGE_CODES
from tsunagari.memo.content import Text
from tsunagari.memo.render import memo_html
from tsunagari.memo.templatetags.memo_text import in_lang, marked

ANSWERS = {
    "plain": {},
    "dv": {"crisis_kinds": ["dv"]},
    "child": {"audience": "child", "crisis_kinds": ["child_abuse"]},
}


@pytest.mark.parametrize("answer", sorted(ANSWERS))
@pytest.mark.parametrize("lang", FOREIGN_LANGUAGE_CODES)
def test_no_japanese_is_left_unmarked_on_foreign_memos(snapshot, lang, answer):
    payload = payload_for(snapshot, lang, **ANSWERS[answer])
    html = memo_html(
        payload, snapshot, lang=lang, at=AT, reopen_url=REOPEN_URL, child=answer == "child"
    )
    assert 'class="more"' in html  # the texts in short are checked too
    assert unmarked_japanese(html, lang) == []


def test_an_english_text_on_a_chinese_memo_marks_its_kanji_names(snapshot):
    """On Chinese pages only runs with kana are Japanese; in an English text shown where
    the Chinese one is missing, 児童相談所 is Japanese all the same."""
    snapshot = without_language(snapshot, "zh-hans")
    payload = payload_for(snapshot, "zh-hans")
    first = snapshot.by_id[payload["services"][0]["id"]]
    texts = {**first.texts, "en": {**first.texts["en"], "name": "Child guidance (児童相談所)"}}
    services = tuple(replace(s, texts=texts) if s is first else s for s in snapshot.services)
    snapshot = replace(snapshot, services=services, by_id={s.id: s for s in services})
    html = memo_html(payload, snapshot, lang="zh-hans", at=AT)
    assert '(<span lang="ja">児童相談所</span>)' in html
    assert unmarked_japanese(html, "zh-hans") == []


def test_japanese_runs_are_marked_inside_a_text_and_a_japanese_text_is_left_whole():
    with translation.override("en"):
        name = Text("Child guidance centers (児童相談所) <24 h>", "en")
        assert (
            marked(name)
            == 'Child guidance centers (<span lang="ja">児童相談所</span>) &lt;24 h&gt;'
        )
        assert in_lang(Text("児童相談所", "ja"), "en") == '<span lang="ja">児童相談所</span>'
        assert in_lang(name, "th").startswith('<span lang="en">Child guidance centers (<span lang')
