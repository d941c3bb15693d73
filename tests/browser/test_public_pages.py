"""The public navigator in a real browser: free text with and without JavaScript, and the
crisis page (accessibility is checked in test_accessibility.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from tsunagari.catalog.records import snapshot_from_seed_files

pytestmark = pytest.mark.browser

WORDS = "仕事をクビになって家賃が払えない。貯金もない"


def expected_names(context: BrowserContext, site_url: str, text: str) -> list[str]:
    """The names the navigator gives for these words now, asked through the live API."""
    response = context.request.post(f"{site_url}/api/v1/navigate", data={"text": text})
    assert response.ok, response.text()
    return [service["name"] for service in response.json()["services"][:10]]


def submit_free_text(page: Page, site_url: str, text: str) -> None:
    page.goto(f"{site_url}/")
    form = page.locator("form").filter(has=page.locator("textarea[name=text]")).first
    form.locator("textarea[name=text]").fill(text)
    form.locator("button:not([type=button]):not([type=reset]), input[type=submit]").first.click()


def names_on_page(page: Page, names: list[str]) -> list[str]:
    body = page.locator("body").inner_text()
    return [name for name in names if name in body]


def test_free_text_reaches_results_without_javascript(
    no_js_context: BrowserContext, site_url: str
) -> None:
    names = expected_names(no_js_context, site_url, WORDS)
    page = no_js_context.new_page()
    posts: list[str] = []
    page.on(
        "request", lambda request: posts.append(request.url) if request.method == "POST" else None
    )

    submit_free_text(page, site_url, WORDS)
    page.wait_for_load_state()

    assert posts, "the form must be sent as a POST"
    assert len(names_on_page(page, names)) >= 3, page.locator("body").inner_text()[:2000]


def test_free_text_reaches_results_with_javascript(context: BrowserContext, site_url: str) -> None:
    names = expected_names(context, site_url, WORDS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    submit_free_text(page, site_url, WORDS)
    page.wait_for_function(
        "names => names.filter(n => document.body.innerText.includes(n)).length >= 3",
        arg=names,
    )

    assert not errors


def test_crisis_page_lists_crisis_lines(context: BrowserContext, site_url: str) -> None:
    crisis_lines = [
        entry.text("ja", "name")
        for entry in snapshot_from_seed_files().services
        if entry.crisis_kinds
    ]
    page = context.new_page()

    response = page.goto(f"{site_url}/crisis/")

    assert response is not None
    assert response.status == 200
    assert len(names_on_page(page, crisis_lines)) >= 3
    assert page.locator("a[href^='tel:']").count() >= 3
    body = page.locator("body").inner_text()
    assert "110" in body
    assert "119" in body


@pytest.mark.parametrize("path", ["/", "/kids/", "/ja-easy/", "/ne/kids/", "/pt/"])
def test_header_buttons_fit_a_small_phone(browser: Browser, site_url: str, path: str) -> None:
    """On a 320-pixel screen the crisis button and quick exit stay whole and side by side:
    a label may wrap between words (furigana included), never overflow under the other
    button or off the screen."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{site_url}{path}")

    boxes = {}
    for name in ("a.crisis-link", "a.crisis-link > span", "a.quick-exit", "a.quick-exit > span"):
        box = page.locator(f"header {name}").bounding_box()
        assert box is not None, (path, name)
        boxes[name] = box
    context.close()

    crisis, crisis_label = boxes["a.crisis-link"], boxes["a.crisis-link > span"]
    leave, leave_label = boxes["a.quick-exit"], boxes["a.quick-exit > span"]
    assert crisis["x"] + crisis["width"] <= leave["x"], path
    assert leave["x"] + leave["width"] <= 320, path
    assert crisis_label["x"] >= crisis["x"], path
    assert crisis_label["x"] + crisis_label["width"] <= crisis["x"] + crisis["width"], path
    assert leave_label["x"] + leave_label["width"] <= leave["x"] + leave["width"], path
