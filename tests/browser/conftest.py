"""Browser tests: the real Debian chromium against the Django app served by `live_server`.

No browser is downloaded (never `playwright install`): Playwright drives /usr/bin/chromium.
The live server shares the test database, so these tests need transactional database
access, and Django flushes that database after each of them; `site_url` loads the national
catalog again when it finds it gone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 15_000
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"

if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is missing: `make setup` installs Debian's chromium", allow_module_level=True
    )

from playwright.sync_api import Browser, BrowserContext, sync_playwright  # noqa: E402
from pytest_django.live_server_helper import LiveServer  # noqa: E402


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One chromium per module.

    Playwright's sync API keeps an asyncio loop on this thread, which Django takes for an
    async context and refuses ORM calls in; the tests and fixtures here are plain
    synchronous code, so the guard is lifted while the browser lives, and only then.
    """
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


@pytest.fixture(scope="session")
def warm_engine() -> None:
    """Train the crisis model and load the lexicons before the first page asks for them.

    The live server runs in this process, so this is what a web worker does at start-up
    (startup.py); left to the first request, it can take longer than a step's timeout
    on a busy machine.
    """
    from tsunagari.navigator.engine import crisis, needs

    crisis.preload()
    needs.preload()


@pytest.fixture
def site_url(live_server: LiveServer, browser: Browser, warm_engine: None) -> str:
    """The live site's root URL, with the national catalog in the database."""
    from tsunagari.catalog import records, services
    from tsunagari.catalog.models import Need, Service
    from tsunagari.catalog.selectors import reset_snapshot_cache

    if not Need.objects.exists():
        services.need_taxonomy_load(needs=records.load_needs())
    if not Service.objects.exists():
        services.catalog_load(records=records.load_national_records())
        reset_snapshot_cache()
    return str(live_server.url)


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A Japanese-speaking visitor with JavaScript."""
    context = browser.new_context(locale="ja-JP")
    context.set_default_timeout(TIMEOUT_MS)
    yield context
    context.close()


@pytest.fixture
def no_js_context(browser: Browser) -> Iterator[BrowserContext]:
    """The same visitor with JavaScript off: every step must still work as a plain POST."""
    context = browser.new_context(locale="ja-JP", java_script_enabled=False)
    context.set_default_timeout(TIMEOUT_MS)
    yield context
    context.close()
