"""The guided flow end to end in a real browser: a worry tile, the questions (skipped
where they can be), then the places that can help; for children and adults, with and
without JavaScript. Every page on the way keeps the quick exit and a crisis link."""

from __future__ import annotations

import pytest
from django.utils import translation
from playwright.sync_api import BrowserContext, Page, Request

from tests.browser.pages import (
    MAX_STEPS,
    assert_way_out,
    catalog_needs_by_name,
    child_desk_names,
    current_skip,
    is_results,
    plain_texts,
    result_names,
)
from tsunagari.navigator.forms import TILE_TEXTS, answer_text

pytestmark = pytest.mark.browser

KIDS_TILES = ["kids_school", "kids_family", "kids_friends", "kids_self"]


def tile_title(tile: str) -> str:
    with translation.override("ja"):
        return str(TILE_TEXTS[tile][0])


def assert_kids_page(page: Page, site_url: str) -> None:
    assert page.locator("body.kids").count() == 1, page.url
    assert page.locator("main ruby rt").count() > 0, f"no furigana on {page.url}"
    assert_way_out(page, site_url)


def press(page: Page, selector: str) -> None:
    """Press a submit button without JavaScript: the browser posts and loads a new page."""
    with page.expect_navigation():
        page.locator(selector).click()


def skip_to_results_without_js(page: Page, site_url: str, *, kids: bool) -> list[str]:
    """Skip every question until the results; returns the questions skipped."""
    skipped: list[str] = []
    for _ in range(MAX_STEPS):
        (assert_kids_page if kids else assert_way_out)(page, site_url)
        if is_results(page):
            return skipped
        skip = current_skip(page)
        assert skip, page.locator("main").inner_text()[:1000]
        skipped.append(skip)
        press(page, f"#conversation button[name=answer][value='{skip}']")
    raise AssertionError(f"no results after {MAX_STEPS} steps: {skipped}")


@pytest.mark.parametrize("tile", KIDS_TILES)
def test_child_reaches_child_desks_without_javascript(
    no_js_context: BrowserContext, site_url: str, tile: str
) -> None:
    page = no_js_context.new_page()
    page.goto(f"{site_url}/kids/")
    assert_kids_page(page, site_url)
    button = f"button[name=tile][value={tile}]"
    assert plain_texts(page, f"{button} .tile-title") == [tile_title(tile)]

    press(page, button)
    skipped = skip_to_results_without_js(page, site_url, kids=True)

    assert skipped, "the children's flow asks at least one question"
    assert page.url.endswith("/ask/")
    names = result_names(page)
    desks_for_children = child_desk_names()
    child_desks = [name for name in names if name in desks_for_children]
    assert child_desks, names
    assert names.index(child_desks[0]) < 3, names


def test_child_reaches_child_desks_with_javascript(context: BrowserContext, site_url: str) -> None:
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    steps: list[Request] = []
    page.on("request", lambda request: steps.append(request) if "/ask/" in request.url else None)
    page.goto(f"{site_url}/kids/")
    assert_kids_page(page, site_url)

    page.locator("button[name=tile][value=kids_school]").click()
    for _ in range(MAX_STEPS):
        page.wait_for_selector("#conversation :is(.results, .question-form)")
        if is_results(page):
            break
        skip = current_skip(page)
        assert skip, page.locator("main").inner_text()[:1000]
        page.locator(f"#conversation button[name=answer][value='{skip}']").click()
        page.wait_for_function(
            """skip => !document.querySelector(`#conversation button[value="${skip}"]`)""",
            arg=skip,
        )
    assert is_results(page), page.locator("main").inner_text()[:1000]

    assert not errors
    assert page.url == f"{site_url}/kids/", "the chat replaces the conversation in place"
    assert len(steps) >= 2
    assert all(step.headers.get("x-requested-with") == "fetch" for step in steps)
    assert_kids_page(page, site_url)
    assert set(result_names(page)) & child_desk_names(), result_names(page)


def test_adult_guided_flow_reaches_results_without_javascript(
    no_js_context: BrowserContext, site_url: str
) -> None:
    page = no_js_context.new_page()
    page.goto(f"{site_url}/")
    assert_way_out(page, site_url)
    assert page.locator("body.kids").count() == 0
    assert page.locator("main ruby").count() == 0, "adults' Japanese pages have no furigana"

    press(page, "button[name=tile][value=hardship]")
    assert_way_out(page, site_url)
    press(page, "button[name=answer][value='for_whom:me']")
    for _ in range(MAX_STEPS):
        assert_way_out(page, site_url)
        if is_results(page) or current_skip(page) == "hardship_what:skip":
            break
        press(page, f"button[name=answer][value='{current_skip(page)}']")
    press(page, "button[name=answer][value='hardship_what:housing']")
    skip_to_results_without_js(page, site_url, kids=False)

    names = result_names(page)
    needs = catalog_needs_by_name()
    assert len(names) >= 3, page.locator("main").inner_text()[:1000]
    assert all(name in needs for name in names), names
    assert any("housing" in needs[name] for name in names[:3]), names
    recap = page.locator(".recap-list").inner_text()
    with translation.override("ja"):
        assert str(answer_text("hardship_what", "housing")) in recap
    press(page, "header a.crisis-link")
    assert page.url.endswith("/crisis/")
    assert page.locator("a[href^='tel:']").count() >= 3
