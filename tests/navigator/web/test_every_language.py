"""Every public page answers in every language, with the right `lang` on the page."""

from __future__ import annotations

import re

import pytest

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
