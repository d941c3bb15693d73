"""What a web process loads before its first request (config/wsgi.py).

Otherwise a person's first message to each worker would wait for it, seconds in all: the
lexicons, the Japanese dictionary, the language detector, the crisis model and the learned
ranking model (trained here when not stored); the URL configuration (which imports
WeasyPrint for the memo); every language's message catalogs; the Japanese public holidays;
the published catalog's snapshot and its index in every language. Only catalog and site
data (ADR 0008). Under gunicorn with `config/gunicorn.py` this runs once, in the master,
and the workers are forked with it.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError, connections
from django.urls import get_resolver
from django.utils import timezone, translation

from tsunagari.catalog.hours import is_japanese_holiday
from tsunagari.catalog.selectors import catalog_snapshot_get
from tsunagari.core.languages import LANGUAGE_CODES
from tsunagari.navigator.engine import crisis, needs, service_model
from tsunagari.navigator.engine.index import index_for

logger = logging.getLogger(__name__)


def navigator_preload() -> None:
    crisis.preload()
    needs.preload()
    service_model.default_model()
    get_resolver().url_patterns  # noqa: B018 (imports config.urls and every view module)
    for code in LANGUAGE_CODES:
        with translation.override(code):
            translation.gettext("Japanese")
    is_japanese_holiday(timezone.localdate())
    try:
        index_for(catalog_snapshot_get()).build_all_languages()
    except DatabaseError:  # e.g. not migrated yet: the first request builds them
        logger.warning("the catalog could not be read at start-up", exc_info=True)
    finally:
        connections.close_all()  # a forked worker opens its own connection
