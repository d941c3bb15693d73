"""What the browser tests read off a page, and how they walk the guided flow.

Children's pages carry furigana (<ruby>子供<rt>こども</rt></ruby>), so text is read with
the readings taken out: a desk's name must match the catalog whether or not it has ruby.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import Page

from tsunagari.catalog.records import snapshot_from_seed_files

MAX_STEPS = 10  # more than the flow ever asks (flow.yaml: 1 before + 3 situation + after)

# The text of each element matched, without the readings of its furigana.
PLAIN_TEXTS = """elements => elements.map(element => {
  const copy = element.cloneNode(true);
  copy.querySelectorAll("rt, rp").forEach(reading => reading.remove());
  return copy.textContent.replace(/\\s+/g, " ").trim();
})"""


def plain_texts(page: Page, selector: str) -> list[str]:
    return list(page.locator(selector).evaluate_all(PLAIN_TEXTS))


def result_names(page: Page) -> list[str]:
    """The names of the places the results page lists, in order."""
    return plain_texts(page, ".services article.service > :is(h2, h3)")


def child_desk_names() -> set[str]:
    """Japanese names of the catalog's desks meant for children themselves."""
    return {
        entry.text("ja", "name")
        for entry in snapshot_from_seed_files().services
        if "children" in entry.audience.groups
    }


def catalog_needs_by_name() -> dict[str, tuple[str, ...]]:
    return {entry.text("ja", "name"): entry.needs for entry in snapshot_from_seed_files().services}


def assert_way_out(page: Page, site_url: str) -> None:
    """The quick exit leaves for another site, and the crisis lines are one link away."""
    quick_exit = page.locator("a.quick-exit[data-quick-exit]")
    assert quick_exit.count() == 1, page.url
    assert quick_exit.is_visible(), page.url
    exit_host = urlsplit(quick_exit.get_attribute("href") or "").hostname
    assert exit_host, page.url
    assert exit_host != urlsplit(site_url).hostname, page.url
    crisis = page.locator("header a.crisis-link")
    assert crisis.is_visible(), page.url
    href = crisis.get_attribute("href") or ""
    assert urlsplit(href).path.endswith("/crisis/"), href


def current_skip(page: Page) -> str | None:
    """The value of this question's "skip" button, or None when no question is asked."""
    skip = page.locator("#conversation .step-actions button[name=answer][value$=':skip']")
    return skip.get_attribute("value") if skip.count() else None


def is_results(page: Page) -> bool:
    return page.locator("#conversation .results").count() == 1
