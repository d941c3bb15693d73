"""The result memo as an A4 PDF: Django templates, laid out by WeasyPrint.

WeasyPrint is the one library that drew all our scripts correctly with embedded fonts
(docs/decisions/0005-pdf-memo.md). The PDF is tagged (PDF/UA-1: structure, document
language, title shown by viewers) so that a screen reader can read it. Nothing is
fetched while rendering: the CSS is inline, QR codes are inline SVG, and the fetcher
refuses every URL, so a memo can never reach the network.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher

from tsunagari.catalog.snapshot import CatalogSnapshot
from tsunagari.core.languages import LANGUAGE_CODES, base_language
from tsunagari.memo.content import Memo, memo_build
from tsunagari.memo.fonts import font_css, subset_dir
from tsunagari.memo.labels import emergency_label

PDF_VARIANT = "pdf/ua-1"
_local = threading.local()


class FontOnlyFetcher(URLFetcher):
    """Inline data and our font subsets on disk, nothing else: a memo never goes online."""

    def __init__(self, font_dir: Path) -> None:
        super().__init__(allowed_protocols=("data", "file"), fail_on_errors=True)
        self.font_dir = font_dir.resolve()

    def fetch(self, url: str, headers: Any = None) -> Any:
        parts = urlparse(url)
        if parts.scheme == "file" and not Path(unquote(parts.path)).resolve().is_relative_to(
            self.font_dir
        ):
            raise FatalURLFetchingError(f"the memo reads no file but its fonts: {url}")
        return super().fetch(url, headers)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Layout makes ~10^6 short-lived objects; collecting mid-render only costs time.

    Whatever cycles are left are collected by the next ordinary collection.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def font_configuration() -> FontConfiguration:
    """One per thread, kept: building it loads fontconfig and loses Pango's caches.

    Pango font maps are not thread-safe, hence one per thread rather than one global.
    """
    config: FontConfiguration | None = getattr(_local, "font_config", None)
    if config is None:
        config = FontConfiguration()
        _local.font_config = config
    return config


def japanese_date(moment: datetime) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


def memo_context(memo: Memo, *, for_pdf: bool = True) -> dict[str, Any]:
    """Template context; call inside `translation.override(memo.lang)`."""
    with translation.override(base_language(memo.lang)):
        when = date_format(memo.at, "DATETIME_FORMAT")
    return {
        "memo": memo,
        "when": when,
        "when_ja": japanese_date(memo.at),
        "emergency_labels": {number: emergency_label(number) for number in ("110", "119")},
        # Constant CSS made from code, no outside input.
        "font_rules": mark_safe(font_css(subsets_on_disk=for_pdf)),
    }


def memo_html(
    payload: Mapping[str, Any],
    snapshot: CatalogSnapshot,
    *,
    lang: str,
    at: datetime,
    include_text: str | None = None,
    reopen_url: str | None = None,
    child: bool = False,
    for_pdf: bool = True,
) -> str:
    """The memo as one HTML document: what the PDF is made from, and a print view.

    A print view in the browser passes `for_pdf=False` (no font files from our disk).
    """
    if lang not in LANGUAGE_CODES:
        raise ValueError(f"unknown memo language {lang!r}")
    with translation.override(lang):
        memo = memo_build(
            payload,
            snapshot,
            lang=lang,
            at=at,
            include_text=include_text,
            reopen_url=reopen_url,
            child=child,
            qr_titles=(_("QR code: open this result again"), _("QR code: the service's page")),
        )
        return render_to_string("memo/memo.html", memo_context(memo, for_pdf=for_pdf))


def render_memo(
    payload: Mapping[str, Any],
    snapshot: CatalogSnapshot,
    *,
    lang: str,
    at: datetime,
    include_text: str | None = None,
    reopen_url: str | None = None,
    child: bool = False,
) -> bytes:
    """The memo PDF for a navigator answer.

    `payload` is `answer_payload(...)` for the same `lang`; `at` is the moment of that
    answer (printed as the memo's date; "open now" is as of then). `include_text` is
    the person's own words, passed only when they ticked the box to include them.
    `reopen_url` is a link that reopens this result; it gets a QR code.
    """
    html = memo_html(
        payload,
        snapshot,
        lang=lang,
        at=at,
        include_text=include_text,
        reopen_url=reopen_url,
        child=child,
    )
    document = HTML(string=html, url_fetcher=FontOnlyFetcher(subset_dir()))
    with gc_paused():
        pdf: bytes = document.write_pdf(font_config=font_configuration(), pdf_variant=PDF_VARIANT)
    return pdf
