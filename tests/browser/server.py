"""The site the browser tests visit: one gunicorn for the whole session, on a copy of the catalog.

pytest-django's `live_server` shares the test database, so each test needed transactional
access and Django flushed the database after it; the national catalog was then loaded (or
deserialised) again for the next test, 10-50 s each. The pages only read the catalog, and
what they do write (sessions, anonymous usage counters) may stay between tests, so the
site is served once from its own database instead, as in production: gunicorn with
config/gunicorn.py (the engine and the catalog's index are loaded before the first
request, config/wsgi.py) and the test settings the live server used.

The database is a copy of the one set-up built (`make setup`, `make test`: migrated and
loaded from the seed files by `tsunagari catalog load`, municipal desks included), migrated
in case the code is ahead of it; without one, a new database is migrated and loaded the
same way, which takes longer.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dj_database_url

from tsunagari.core.processes import HOST, free_port, sqlite_copy, stop, wait_until_up

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = "config.settings.test"
START_TIMEOUT_S = 120


def catalog_source() -> Path:
    """The database set-up built: DATABASE_URL when it names a SQLite file, else var/."""
    url = os.environ.get("DATABASE_URL")
    if url:
        config = dj_database_url.parse(url)
        if config["ENGINE"] == "django.db.backends.sqlite3" and config["NAME"] != ":memory:":
            return Path(config["NAME"])
    return ROOT / "var" / "tsunagari.sqlite3"


def site_env(database: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": f"sqlite:///{database}",
    }


def django_command(database: Path, *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "django", *args],
        env=site_env(database),
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def prepare_database(target: Path) -> None:
    """A migrated database with the catalog at `target`, never touching the source."""
    source = catalog_source()
    if source.exists():
        sqlite_copy(source, target)
        django_command(target, "migrate", "--noinput", "-v0")
    else:
        django_command(target, "migrate", "--noinput", "-v0")
        django_command(target, "catalog", "load")


@contextmanager
def serve(workdir: Path) -> Iterator[str]:
    """The root URL of the site served from a prepared copy of the catalog in `workdir`."""
    database = workdir / "site.sqlite3"
    prepare_database(database)
    port = free_port()
    url = f"http://{HOST}:{port}"
    log_path = workdir / "gunicorn.log"
    with log_path.open("wb") as log:
        # One worker with threads, like the live server it replaces: the pages' own requests
        # (styles, scripts) are answered beside a slow navigator step.
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi:application",
             "--config", str(ROOT / "config" / "gunicorn.py"),
             "--workers", "1", "--threads", "8", "--bind", f"{HOST}:{port}",
             "--timeout", "120", "--log-level", "warning"],
            env=site_env(database), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            try:
                wait_until_up(url, process, START_TIMEOUT_S)
            except RuntimeError as error:
                tail = log_path.read_text(errors="replace").splitlines()[-25:]
                raise RuntimeError("\n  ".join([str(error), *tail])) from None
            yield url
        finally:
            stop(process)
