"""Every public page answers in every language, with the right `lang` on the page."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.utils import translation
from django.views.defaults import server_error
from wagtail.models import Page, PageViewRestriction

from tsunagari.core.languages import HTML_LANG, LANGUAGE_CODES

pytestmark = pytest.mark.django_db

PAGES = ("", "kids/", "crisis/")
HTML_LANG_ATTR = re.compile(r'<html lang="([^"]+)"')


def prefix(code: str) -> str:
    return "/" if code == "ja" else f"/{code}/"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
@pytest.mark.parametrize("page", PAGES)
def test_every_public_page_renders_in_every_language(client, code, page):
    response = client.get(prefix(code) + page)
    assert response.status_code == 200
    found = HTML_LANG_ATTR.search(response.content.decode())
    assert found is not None
    assert found.group(1) == HTML_LANG[code]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_a_free_text_answer_comes_in_every_language(client, code):
    response = client.post(
        prefix(code) + "ask/", {"op": "text", "text": "お金がなくて家賃が払えない"}
    )
    assert response.status_code == 200
    assert 'class="services"' in response.content.decode()


# Pages not of our own making, or rendered without a request context: Wagtail's login and
# private-page password forms and its default page template, Django's CSRF failure page,
# the 404 and 500 pages. Each must carry the same BCP 47 tag as our pages (Tagalog is
# `fil`, docs/decisions/0002-languages.md), never the Django code (`tl`, `pt`, `ja-easy`).


def html_lang_of(response) -> str | None:
    found = HTML_LANG_ATTR.search(response.content.decode())
    return found.group(1) if found else None


@pytest.fixture
def private_page():
    page = Page.objects.get(depth=2).add_child(instance=Page(title="Members", slug="members"))
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    return page, restriction


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_wagtails_login_and_password_pages_carry_the_sites_lang(client, code, private_page):
    page, restriction = private_page
    login = client.get(prefix(code) + "_util/login/")
    password = client.post(
        prefix(code) + f"_util/authenticate_with_password/{restriction.id}/{page.id}/",
        {"password": "wrong"},
    )
    assert login.status_code == password.status_code == 200
    assert html_lang_of(login) == html_lang_of(password) == HTML_LANG[code]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_a_wagtail_page_without_its_own_template_carries_the_sites_lang(client, code):
    Page.objects.get(depth=2).add_child(instance=Page(title="About", slug="about"))
    response = client.get(prefix(code) + "about/")
    assert response.status_code == 200
    assert html_lang_of(response) == HTML_LANG[code]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_csrf_and_not_found_pages_carry_the_sites_lang(code):
    csrf = Client(enforce_csrf_checks=True).post(prefix(code) + "_util/login/", {})
    missing = Client().get(prefix(code) + "no-such-page/")
    assert (csrf.status_code, missing.status_code) == (403, 404)
    assert html_lang_of(csrf) == html_lang_of(missing) == HTML_LANG[code]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_server_error_page_carries_the_sites_lang_without_a_request_context(rf, code):
    with translation.override(code):
        response = server_error(rf.get(prefix(code)))
    assert response.status_code == 500
    assert html_lang_of(response) == HTML_LANG[code]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_content_language_is_the_same_tag_as_the_page(client, code):
    assert client.get(prefix(code))["Content-Language"] == HTML_LANG[code]


def test_tagalog_is_fil_everywhere_and_no_page_says_tl():
    assert HTML_LANG["tl"] == "fil"
    assert "tl" not in HTML_LANG.values()
    assert "ja-easy" not in HTML_LANG.values()
