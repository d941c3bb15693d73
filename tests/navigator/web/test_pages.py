"""Start pages, crisis lines and what every page carries (languages, quick exit, crisis)."""

from __future__ import annotations

import re

import pytest
from django.template import Context, loader
from django.test import override_settings
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from tsunagari.core.chrome import preferred_language
from tsunagari.core.furigana import strip_ruby

pytestmark = pytest.mark.django_db

PAGES = ["/", "/en/", "/kids/", "/en/kids/", "/crisis/", "/th/crisis/", "/ja-easy/"]
ENDONYMS = ["日本語", "English", "简体中文", "한국어", "Português", "Español", "Tagalog", "ไทย",
            "Tiếng Việt", "नेपाली", "Bahasa Indonesia", "やさしいにほんご"]  # fmt: skip


def html_lang(html: str) -> str:
    found = re.search(r'<html lang="([^"]+)"', html)
    assert found
    return found.group(1)


def test_home_is_japanese_at_the_root_even_for_an_english_browser(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 200
    assert html_lang(response.content.decode()) == "ja"


def test_home_suggests_the_browsers_language_without_redirecting(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert 'class="suggestion" lang="en"' in html
    assert 'href="/en/"' in html


def test_home_suggests_nothing_to_a_japanese_browser(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="ja,en;q=0.5").content.decode()
    assert 'class="suggestion"' not in html


def test_english_home_is_served_in_english(client):
    response = client.get("/en/")
    assert response.status_code == 200
    assert html_lang(response.content.decode()) == "en"


def test_home_offers_free_words_and_the_six_worry_tiles(client):
    html = client.get("/").content.decode()
    assert 'name="text"' in html
    for tile in ["relationships", "health", "family", "hardship", "life_change", "work_school"]:
        assert f'name="tile" value="{tile}"' in html


def test_kids_page_has_four_tiles_and_suggests_a_trusted_adult(client):
    response = client.get("/kids/")
    html = strip_ruby(response.content.decode())  # furigana on the kids page
    assert response.status_code == 200
    assert 'class="kids"' in html
    for tile in ["kids_school", "kids_family", "kids_friends", "kids_self"]:
        assert f'name="tile" value="{tile}"' in html
    with translation.override("ja"):
        advice = gettext(
            "Talking to an adult you trust is a good first step: someone in your family, "
            "a teacher, the school nurse or the school counsellor."
        )
    assert escape(advice) in html


def test_kids_page_exists_in_every_language_prefix(client):
    response = client.get("/pt/kids/")
    assert response.status_code == 200
    assert html_lang(response.content.decode()) == "pt-BR"


@pytest.mark.parametrize("url", PAGES)
def test_every_page_has_quick_exit_crisis_link_and_languages(client, url):
    html = strip_ruby(client.get(url).content.decode())  # furigana on /kids/
    assert "data-quick-exit" in html
    assert re.search(r'<a class="crisis-link" href="(/[a-z-]+)?/crisis/"', html)
    for name in ENDONYMS:
        assert name in html
    assert 'lang="zh-Hans"' in html
    assert 'class="skip-link" href="#main"' in html


def test_quick_exit_goes_to_the_configured_site(client):
    html = client.get("/").content.decode()
    assert 'href="https://www.jma.go.jp/"' in html
    with override_settings(QUICK_EXIT_URL="https://weather.example/"):
        assert 'href="https://weather.example/"' in client.get("/en/").content.decode()


def test_language_links_point_to_the_same_page_in_each_language(client):
    html = client.get("/crisis/").content.decode()
    assert '<a href="/en/crisis/" lang="en" hreflang="en">English</a>' in html
    assert 'href="/ja-easy/crisis/"' in html


def test_crisis_page_lists_crisis_lines_with_their_open_state(client):
    response = client.get("/crisis/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="tel:110"' in html
    assert 'href="tel:119"' in html
    assert 'href="tel:189"' in html  # 児童相談所虐待対応ダイヤル
    assert re.search(r'class="state state-(open|closed|unknown)"', html)


def test_not_found_page_still_offers_crisis_lines_and_quick_exit(client):
    response = client.get("/en/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "data-quick-exit" in html
    assert "/crisis/" in html


def test_start_pages_are_never_cached_and_set_no_cookie(client):
    response = client.get("/")
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies


def test_a_get_on_the_step_address_leads_home(client):
    response = client.get("/en/ask/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("en-US,en;q=0.9", "en"),
        ("ja-JP,en;q=0.8", "ja"),
        ("fr-FR,pt-BR;q=0.8", "pt"),
        ("zh-CN,zh;q=0.9", "zh-hans"),
        ("fil-PH", "tl"),
        ("de-DE;q=0.9,vi;q=1", "vi"),
        ("fr", None),
        ("", None),
    ],
)
def test_preferred_language_reads_accept_language(header, expected):
    assert preferred_language(header) == expected


def test_server_error_page_renders_without_context_and_gives_numbers():
    html = loader.get_template("500.html").template.render(Context())
    assert 'href="tel:110"' in html
    assert 'href="tel:119"' in html
    assert "data-quick-exit" in html
    assert "日本語" in html
