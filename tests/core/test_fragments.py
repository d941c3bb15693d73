"""`{% catalog_fragment %}`: the same HTML as an isolated include, for every value and language."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.test import Client
from django.utils import translation

from tsunagari.core.templatetags import fragments

INCLUDE = '{% include "components/open_state.html" with open_now=state only %}'
FRAGMENT = '{% load fragments %}{% catalog_fragment "components/open_state.html" open_now=state %}'


def render(source: str, **values: object) -> str:
    return Template(source).render(Context(values))


def test_a_fragment_renders_like_an_isolated_include() -> None:
    for lang in ("ja", "en", "th"):
        with translation.override(lang):
            for state in (True, False, None):
                assert render(FRAGMENT, state=state) == render(INCLUDE, state=state)


def test_a_fragment_follows_its_values_and_the_language() -> None:
    with translation.override("en"):
        open_en = render(FRAGMENT, state=True)
        closed_en = render(FRAGMENT, state=False)
    with translation.override("ja"):
        open_ja = render(FRAGMENT, state=True)

    assert "Open now" in open_en
    assert "Closed now" in closed_en
    assert "Open now" not in open_ja
    assert len({open_en, closed_en, open_ja}) == 3


def test_a_fragment_sees_only_the_values_it_is_given() -> None:
    with translation.override("en"):
        html = render(FRAGMENT, state=False, opens_at="not passed to the fragment")

    assert "not passed" not in html
    assert "Opens" not in html


def test_a_fragment_escapes_catalog_text() -> None:
    source = (
        '{% load fragments %}{% catalog_fragment "components/quick_exit.html" quick_exit_url=url %}'
    )
    html = render(source, url='https://example.org/"><script>')

    assert "<script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.django_db
def test_a_page_path_is_never_kept_with_the_language_links(client: Client) -> None:
    path = "/en/words-someone-typed-in-the-address-bar/"

    response = client.get(path)
    client.get("/en/crisis/")

    assert response.status_code == 404
    assert path in response.content.decode()  # in the language links of the page
    assert not any("words-someone-typed" in repr(key) for key in fragments._rendered)
