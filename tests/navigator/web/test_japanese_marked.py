"""Japanese words on a page in another language carry lang="ja": official names in
catalog texts (児童相談所, よりそいホットライン), contact labels, hours given only in
Japanese, and the example municipality in the start page's hint."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest
import tinyhtml5
from django.utils import translation

from tsunagari.core.languages import FOREIGN_LANGUAGE_CODES
from tsunagari.core.templatetags.languages import mark_japanese

pytestmark = pytest.mark.django_db

JAPANESE = re.compile(r"[\u3041-\u30fa\u4e00-\u9fff]")
KANA = re.compile(r"[\u3041-\u30fa]")  # on Chinese pages Han characters are Chinese
TEXTS = {
    "en": "I lost my job and have no money",
    "zh-hans": "我失业了，没有钱",
    "ko": "직장을 잃고 돈이 없어요",
    "pt": "perdi meu emprego e estou sem dinheiro",
    "es": "perdí mi trabajo y no tengo dinero",
    "tl": "nawalan ako ng trabaho at wala akong pera",
    "th": "ฉันตกงานและไม่มีเงิน",
    "vi": "tôi mất việc và không có tiền",
    "ne": "मेरो जागिर गयो र पैसा छैन",
    "id": "saya kehilangan pekerjaan dan tidak punya uang",
}


def unmarked_japanese(html: str, lang: str) -> list[str]:
    """Texts with Japanese in them whose element (or an ancestor) is not lang="ja"; in a
    Chinese element (the page, or the language switcher's 简体中文) only kana count."""
    found: list[str] = []

    def walk(element: ElementTree.Element, inherited: str) -> None:
        here = element.get("lang", inherited)
        pattern = KANA if here.startswith("zh") else JAPANESE
        if element.tag in ("style", "script"):
            return
        if element.text and pattern.search(element.text) and here != "ja":
            found.append(element.text.strip())
        for child in element:
            walk(child, here)
            if child.tail and pattern.search(child.tail) and here != "ja":
                found.append(child.tail.strip())

    root = tinyhtml5.parse(html, namespace_html_elements=False)
    walk(root, "zh" if lang == "zh-hans" else lang)
    return found


@pytest.mark.parametrize("lang", FOREIGN_LANGUAGE_CODES)
def test_no_japanese_is_left_unmarked_on_foreign_pages(client, lang):
    pages = [client.get(f"/{lang}/{page}").content.decode() for page in ("", "kids/", "crisis/")]
    result = client.post(f"/{lang}/ask/", {"audience": "adult", "text": TEXTS[lang], "op": "text"})
    pages.append(result.content.decode())
    assert 'class="services"' in pages[-1]
    problems = [text for html in pages for text in unmarked_japanese(html, lang)]
    assert problems == []


def test_japanese_runs_are_marked_and_the_rest_escaped():
    with translation.override("en"):
        marked = mark_japanese("Call 189 (いちはやく) <now>")
    assert marked == 'Call 189 (<span lang="ja">いちはやく</span>) &lt;now&gt;'


def test_chinese_pages_mark_only_runs_with_kana():
    with translation.override("zh-hans"):
        marked = mark_japanese("地区综合支援中心（地域包括支援センター）、儿童咨询所（児童相談所）")
    assert marked == (
        '地区综合支援中心（<span lang="ja">地域包括支援センター</span>）、儿童咨询所（児童相談所）'
    )


@pytest.mark.parametrize("lang", ["ja", "ja-easy"])
def test_japanese_pages_are_left_as_they_are(lang):
    with translation.override(lang):
        assert mark_japanese("よりそいホットライン <b>") == "よりそいホットライン &lt;b&gt;"
