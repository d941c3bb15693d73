"""axe-core finds no violation on the public pages: the home pages (Japanese, English), the
children's site and its results,
the crisis lines, easy Japanese, an adult results page, and pages in Thai and Nepali
(other scripts, other line breaking, other fonts)."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import BrowserContext, Page

from tests.browser.pages import (
    MAX_STEPS,
    assert_way_out,
    current_skip,
    is_results,
    result_names,
)

pytestmark = pytest.mark.browser


def assert_no_violations(page: Page) -> None:
    results = Axe().run(page)
    assert results.response["passes"], "axe checked nothing"
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize(
    ("path", "lang"),
    [
        ("/", "ja"),
        ("/en/", "en"),
        ("/kids/", "ja"),
        ("/crisis/", "ja"),
        ("/ja-easy/", "ja"),
        ("/th/", "th"),
        ("/ne/", "ne"),
    ],
)
def test_page_has_no_accessibility_violations(
    context: BrowserContext, site_url: str, path: str, lang: str
) -> None:
    page = context.new_page()

    response = page.goto(f"{site_url}{path}")

    assert response is not None
    assert response.status == 200
    assert response.request.redirected_from is None
    assert page.locator("html").get_attribute("lang") == lang
    assert_way_out(page, site_url)
    assert_no_violations(page)


@pytest.mark.parametrize(
    ("start", "tile", "chat"), [("/kids/", "kids_friends", True), ("/", "health", False)]
)
def test_results_page_has_no_accessibility_violations(
    context: BrowserContext, site_url: str, start: str, tile: str, chat: bool
) -> None:
    """One results page as the chat script builds it, one as a plain page per step.

    axe needs JavaScript, so the plain pages are had by keeping the site's own script out.
    """
    page = context.new_page()
    if not chat:
        page.route("**/navigator.js", lambda route: route.abort())
    page.goto(f"{site_url}{start}")
    page.locator(f"button[name=tile][value={tile}]").click()
    for _ in range(MAX_STEPS):
        page.wait_for_selector("#conversation :is(.results, .question-form)")
        if is_results(page):
            break
        skip = current_skip(page)
        page.locator(f"#conversation button[name=answer][value='{skip}']").click()
        page.wait_for_function(
            """skip => !document.querySelector(`#conversation button[value="${skip}"]`)""",
            arg=skip,
        )

    assert is_results(page)
    assert result_names(page)
    assert page.url.endswith(start if chat else "/ask/")
    assert_way_out(page, site_url)
    assert_no_violations(page)
