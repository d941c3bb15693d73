"""Furigana on the children's pages: readings from Sudachi, checked word by word and
over whole rendered pages (every kanji the child sees sits inside a <ruby>)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.template import Context, Template

from tsunagari.core.furigana import ruby_html, strip_ruby
from tsunagari.core.templatetags.furigana import _add_ruby_fast, _Rubifier, add_ruby

KANJI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006\u3007]")


def readings(html: str) -> list[tuple[str, str]]:
    """(base, reading) of each ruby in the markup."""
    return re.findall(r"<ruby>(.*?)<rp>\(</rp><rt>(.*?)</rt><rp>\)</rp></ruby>", html)


# --- ruby_html: words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("相談", [("相談", "そうだん")]),
        ("学校", [("学校", "がっこう")]),
        ("家族", [("家族", "かぞく")]),
        ("友達", [("友達", "ともだち")]),
        ("自分", [("自分", "じぶん")]),
        ("電話", [("電話", "でんわ")]),
        ("先生", [("先生", "せんせい")]),
        ("大人", [("大人", "おとな")]),
        ("18歳", [("歳", "さい")]),
        ("話す", [("話", "はな")]),
        ("書いた", [("書", "か")]),
        ("児童相談所", [("児童", "じどう"), ("相談", "そうだん"), ("所", "じょ")]),
        ("取り扱い", [("取", "と"), ("扱", "あつか")]),
    ],
)
def test_common_words_of_the_childrens_pages_get_their_readings(text, expected):
    html = ruby_html(text)
    assert readings(html) == expected
    assert strip_ruby(html) == text  # the text itself is unchanged


def test_okurigana_stay_outside_the_ruby():
    assert ruby_html("話す") == "<ruby>話<rp>(</rp><rt>はな</rt><rp>)</rp></ruby>す"
    assert ruby_html("書いた").endswith("</ruby>いた")


def test_digits_stay_plain_and_the_counter_is_read_for_the_number():
    assert ruby_html("18歳") == "18<ruby>歳<rp>(</rp><rt>さい</rt><rp>)</rp></ruby>"
    assert readings(ruby_html("10分")) == [("分", "ぷん")]
    assert readings(ruby_html("3本")) == [("本", "ぼん")]
    assert readings(ruby_html("365日")) == [("日", "にち")]
    assert readings(ruby_html("2人")) == [("2人", "ふたり")]  # read as one word
    assert readings(ruby_html("24時間")) == [("時間", "じかん")]


@pytest.mark.parametrize("text", ["ひらがな だけ", "カタカナ", "Childline 0120-99-7777", "SOS!"])
def test_kana_latin_and_digits_get_no_ruby(text):
    assert "<ruby>" not in ruby_html(text)
    assert ruby_html(text) == text


def test_the_text_is_escaped():
    html = ruby_html('<b>先生</b> & "友達"')
    assert "<b>" not in html
    assert html.startswith("&lt;b&gt;<ruby>先生")
    assert "&amp;" in html


# --- template library ----------------------------------------------------------------


def render(source: str, **context: object) -> str:
    return Template("{% load furigana %}" + source).render(Context(context))


def test_the_ruby_filter_escapes_and_marks_safe():
    html = render("{{ text|ruby }}", text="<b>学校</b>")
    assert html.startswith("&lt;b&gt;<ruby>学校<rp>(</rp><rt>がっこう</rt>")


def test_the_block_tag_leaves_tags_and_attributes_alone():
    html = render(
        '{% furigana %}<a href="/学校/" title="先生" data-x=\'{"a": 1}\'>学校</a>'
        "<input placeholder=\"名前\"><br/><script>var s = '漢字';</script>"
        "<style>.x::after { content: '字'; }</style>"
        "<textarea>{{ text }}</textarea><title>題名</title>"
        '<span lang="zh-Hans">简体中文</span><span lang="en">Japanese 日本</span>'
        "<ruby>明日<rt>あした</rt></ruby>"
        '<p data-furigana="off">自分</p><!-- 注 -->&amp;家族{% endfurigana %}',
        text="<学校>",
    )
    assert '<a href="/学校/" title="先生" data-x=\'{"a": 1}\'><ruby>学校<rp>' in html
    assert '<input placeholder="名前"><br/>' in html
    assert "<script>var s = '漢字';</script>" in html
    assert "<style>.x::after { content: '字'; }</style>" in html
    assert "<textarea>&lt;学校&gt;</textarea>" in html  # user text: escaped, no ruby
    assert "<title>題名</title>" in html
    assert '<span lang="zh-Hans">简体中文</span>' in html
    assert '<span lang="en">Japanese 日本</span>' in html
    assert "<ruby>明日<rt>あした</rt></ruby>" in html  # already ruby: not nested
    assert '<p data-furigana="off">自分</p>' in html
    assert "<!-- 注 -->&amp;<ruby>家族" in html


def test_the_block_tag_condition():
    source = '{% furigana if audience == "child" %}<p>学校</p>{% endfurigana %}'
    assert "<ruby>" in render(source, audience="child")
    assert render(source, audience="adult") == "<p>学校</p>"


# --- pages ---------------------------------------------------------------------------


class _TextOutsideRuby(HTMLParser):
    """Collects the visible text of <body> that is not inside a <ruby> (readings and
    non-Japanese elements aside)."""

    HIDDEN = frozenset({"script", "style", "textarea", "title", "option", "head"})
    VOID = frozenset({"br", "hr", "img", "input", "link", "meta", "source", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []  # (tag, counts)
        self.outside: list[str] = []
        self.ruby_count = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "ruby":
            self.ruby_count += 1
        if tag in self.VOID:
            return
        counts = self.stack[-1][1] if self.stack else True
        lang = dict(attrs).get("lang")
        if tag in self.HIDDEN or tag in ("ruby", "rt", "rp") or dict(attrs).get("hidden"):
            counts = False
        elif lang is not None:
            counts = lang == "ja" or lang.startswith("ja-")
        self.stack.append((tag, counts))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if not self.stack or self.stack[-1][1]:
            self.outside.append(data)


def kanji_outside_ruby(html: str) -> tuple[str, int]:
    body = html[html.index("<body") :] if "<body" in html else html
    parser = _TextOutsideRuby()
    parser.feed(body)
    parser.close()
    text = "".join(parser.outside)
    return "".join(KANJI.findall(text)), parser.ruby_count


@pytest.mark.django_db
def test_every_kanji_on_the_japanese_kids_page_has_furigana(client):
    response = client.get("/kids/")
    assert response.status_code == 200
    missing, rubies = kanji_outside_ruby(response.content.decode())
    assert rubies > 20
    assert missing == "", f"kanji without furigana: {missing}"


@pytest.mark.django_db
@pytest.mark.parametrize("fetch", [False, True])
def test_childrens_results_have_furigana_on_every_kanji(client, fetch):
    headers = {"HTTP_X_REQUESTED_WITH": "fetch"} if fetch else {}
    response = client.post(
        "/ask/", {"text": "学校でいじめられている", "op": "text", "audience": "child"}, **headers
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="results-title"' in html
    missing, rubies = kanji_outside_ruby(html)
    assert rubies > 20
    assert missing == "", f"kanji without furigana: {missing}"
    assert "学校でいじめられている</textarea>" in html  # the child's words as written


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/ja-easy/", "/ja-easy/crisis/", "/ja-easy/kids/"])
def test_every_kanji_of_easy_japanese_pages_has_furigana(client, url):
    """やさしい日本語 keeps a few common kanji; its readers need their readings."""
    response = client.get(url)
    assert response.status_code == 200
    missing, rubies = kanji_outside_ruby(response.content.decode())
    assert rubies > 10
    assert missing == "", f"kanji without furigana: {missing}"


@pytest.mark.django_db
def test_easy_japanese_results_have_furigana_on_every_kanji(client):
    response = client.post("/ja-easy/ask/", {"text": "おかね が ない", "op": "text"})
    html = response.content.decode()
    assert response.status_code == 200
    missing, rubies = kanji_outside_ruby(html)
    assert rubies > 10
    assert missing == "", f"kanji without furigana: {missing}"


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/en/kids/", "/", "/crisis/"])
def test_no_furigana_in_other_languages_or_on_adult_pages(client, url):
    assert "<ruby>" not in client.get(url).content.decode()


# --- the fast path ---------------------------------------------------------------------


def parsed(html: str) -> str:
    """What the HTML parser (the reference) makes of the markup."""
    parser = _Rubifier()
    parser.feed(html)
    return parser.result()


@pytest.mark.parametrize(
    "html",
    [
        '<p title=a/>学校</p><p lang="EN" lang="ja">学校</p>',  # the / is the value's
        "<div lang='ja-JP'><span LANG=EN>学校</span>先生</div>",
        '<p hreflang="en" lang>学校</p><p lang="">学校</p><p>&lt;友達&gt;&#x5148;生</p>',
        "<!-- 学校 -- >先生<!DOCTYPE html><br/><img src=x />家族",
        "<LI Class=x>学校</LI></p >先生",
        "<a href=\"x>y\" title='学校'>学校</a><textarea>家族</textarea>友達",
        "<svg><text>学校</text></svg><option>先生</option><ruby>漢字<rt>かんじ</rt></ruby>",
        "<script>if (a < b) {}</script>学校",  # raw text: the parser decides
        "< 学校 <!foo> <![CDATA[先生]]>",
    ],
)
def test_the_fast_path_gives_what_the_parser_gives(html):
    fast = _add_ruby_fast(html)
    assert fast is None or fast == parsed(html)
    assert add_ruby(html) == parsed(html)


@pytest.mark.django_db
def test_childrens_pages_take_the_fast_path_with_the_same_result(client, monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(
        "tsunagari.core.templatetags.furigana.add_ruby", lambda html: seen.append(html) or html
    )
    client.get("/kids/")
    client.post("/ask/", {"text": "親にたたかれる", "op": "text", "audience": "child"})
    client.post("/ask/", {"tile": "kids_school", "audience": "child"})

    assert len(seen) == 3
    for html in seen:
        assert _add_ruby_fast(html) == parsed(html)
