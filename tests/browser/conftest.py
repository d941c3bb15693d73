"""Browser tests: the real Debian chromium against the site served by gunicorn.

No browser is downloaded (never `playwright install`): Playwright drives /usr/bin/chromium.
The site runs in its own process on a copy of the catalog database (server.py), started
once per session: the tests need no database access of their own. Having no `django_db`
mark, they are left out of `make test-postgres` (`-m django_db`), where they would only
visit the same SQLite copy again.
"""

from __future__ import annotations

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

if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is missing: `make setup` installs Debian's chromium", allow_module_level=True
    )

from playwright.sync_api import Browser, BrowserContext, sync_playwright  # noqa: E402

from tests.browser.server import serve  # noqa: E402


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One chromium per module."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site's root URL, served for the whole session with the national catalog."""
    with serve(tmp_path_factory.mktemp("site")) as url:
        yield url


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
