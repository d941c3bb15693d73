"""The result memo as an A4 PDF: Django templates, laid out by WeasyPrint.

WeasyPrint is the one library that drew all our scripts correctly with embedded fonts
(docs/decisions/0005-pdf-memo.md). The PDF is tagged (PDF/UA-1: structure, document
language, title shown by viewers) so that a screen reader can read it. Nothing is
fetched while rendering: the stylesheet is made from code and our templates, QR codes
are inline PNG, and the fetcher refuses every URL but our font files, so a memo can
never reach the network.

What a render costs is mostly WeasyPrint's layout of boxes (bench/memo_speed.py), so
whatever does not change between memos is done once per worker thread: the parsed
stylesheet with its @font-face rules, and the font configuration with Pango's caches;
and the markup our templates make is read by the C XML parser (`memo_document`).
"""

from __future__ import annotations

import gc
import re
import threading
import xml.etree.ElementTree as ElementTree
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import cssselect2
import pydyf
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher

from tsunagari.catalog.snapshot import CatalogSnapshot
from tsunagari.core.languages import LANGUAGE_CODES, base_language
from tsunagari.memo.content import Memo, memo_build
from tsunagari.memo.fonts import font_css, subset_dir
from tsunagari.memo.labels import emergency_label
from tsunagari.memo.line_cache import private_text
from tsunagari.memo.weasyprint_speed import install as install_weasyprint_speed

PDF_VARIANT = "pdf/ua-1"
_local = threading.local()


class DefaultLevelZlib:
    """zlib as pydyf sees it, compressing at zlib's default level rather than at 9.

    pydyf (WeasyPrint's PDF writer) asks for level 9 for every stream: on a memo that
    is ~7 % of the render for ~0.5 % of the file (docs/decisions/0005-pdf-memo.md).
    The streams stay Flate-compressed and lossless; readers see no difference.
    """

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    @staticmethod
    def compressobj(level: int = zlib.Z_DEFAULT_COMPRESSION, *args: Any, **kwargs: Any) -> Any:
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, *args, **kwargs)


pydyf.zlib = DefaultLevelZlib()  # PDFs are written by this module only
install_weasyprint_speed()  # the same PDFs, less repeated layout work (weasyprint_speed.py)


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

    A memo leaves ~1,000 objects in cycles; the next ordinary collection takes them.
    Let go of the render's objects before leaving the block: a collection when the
    collector comes back on then has only the survivors to look at.
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


def memo_css() -> str:
    """The memo's stylesheet: font rules for our subsets, then memo.css."""
    return font_css(subsets_on_disk=True) + "\n" + render_to_string("memo/memo.css")


def memo_stylesheet() -> CSS:
    """The stylesheet, parsed once per thread: its @font-face rules load our subsets
    into this thread's font configuration once, not at every memo."""
    sheet: CSS | None = getattr(_local, "stylesheet", None)
    if sheet is None:
        sheet = CSS(
            string=memo_css(),
            font_config=font_configuration(),
            url_fetcher=FontOnlyFetcher(subset_dir()),
        )
        _local.stylesheet = sheet
    return sheet


# White space next to a block's tags draws nothing (CSS collapses it) but still costs a
# text box each in layout; the memo has no <pre> and no `white-space: pre`.
_BLOCK = (
    r"(?:html|head|title|meta|style|body|main|header|section|article|div|p|h[1-6]"
    r"|ul|ol|li|dl|dt|dd|blockquote)\b"
)
_SPACE_BEFORE_BLOCK_TAG = re.compile(rf"\s+(?=</?{_BLOCK})")
_SPACE_AFTER_BLOCK_START = re.compile(rf"(<{_BLOCK}[^>]*>)\s+")


def without_block_spaces(html: str) -> str:
    """The HTML without the white space around block tags: the same page, fewer boxes."""
    return _SPACE_AFTER_BLOCK_START.sub(r"\1", _SPACE_BEFORE_BLOCK_TAG.sub("", html))


@lru_cache(maxsize=1)
def user_agent_stylesheet() -> CSS:
    """WeasyPrint's HTML user-agent sheet cut to the elements a memo has (user_agent.css).

    The cascade matches every rule of it against every element of every memo; the full
    sheet's form, table and right-to-left rules cost ~7 % of a render for nothing. It
    holds no @font-face rule, so one parsed copy serves every thread, as WeasyPrint's own.
    """
    return CSS(string=(Path(__file__).parent / "user_agent.css").read_text("utf-8"))


# Void elements our templates and filters write (`linebreaksbr` writes <br>).
_VOID_ELEMENT = re.compile(r"<(meta|img|br)\b([^>]*?)\s*/?>")


class ParsedHTML(HTML):
    """A WeasyPrint document from a tree parsed here, set up as `HTML.__init__` does.

    WeasyPrint's HTML5 parser is pure Python: ~10 ms for a memo, ~4 % of a render. Our
    templates write well-formed markup, which the C XML parser reads in ~0.3 ms into
    the same tree (tests/memo/test_content.py compares them). Its user-agent sheet is
    `user_agent_stylesheet()`.
    """

    def __init__(self, root: ElementTree.Element, url_fetcher: URLFetcher) -> None:
        self.base_url = None
        self.url_fetcher = url_fetcher
        self.media_type = "print"
        self.wrapper_element = cssselect2.ElementWrapper.from_html_root(root, content_language=None)
        self.etree_element = self.wrapper_element.etree_element

    def _ua_stylesheets(self, forms: bool = False) -> list[CSS]:
        return [user_agent_stylesheet()]


def memo_document(html: str, url_fetcher: URLFetcher) -> HTML:
    """The memo for WeasyPrint; markup the XML parser cannot read takes the HTML5 path."""
    try:
        root = ElementTree.fromstring(_VOID_ELEMENT.sub(r"<\1\2/>", html))
    except ElementTree.ParseError:
        return HTML(string=html, url_fetcher=url_fetcher)
    return ParsedHTML(root, url_fetcher)


def japanese_date(moment: datetime) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


def memo_context(memo: Memo, *, for_pdf: bool = True) -> dict[str, Any]:
    """Template context; call inside `translation.override(memo.lang)`.

    The PDF gets its stylesheet from `memo_stylesheet()`; a print view has it inline,
    with the installed faces only (a browser cannot read our font files).
    """
    with translation.override(base_language(memo.lang)):
        when = date_format(memo.at, "DATETIME_FORMAT")
    return {
        "memo": memo,
        "when": when,
        "when_ja": japanese_date(memo.at),
        "emergency_labels": {number: emergency_label(number) for number in ("110", "119")},
        "inline_style": not for_pdf,
        # Constant CSS made from code, no outside input.
        "font_rules": "" if for_pdf else mark_safe(font_css(subsets_on_disk=False)),
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

    A print view in the browser passes `for_pdf=False`: its stylesheet is inline and
    names no font file from our disk. For the PDF, the stylesheet is `memo_stylesheet()`.
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
        html = render_to_string("memo/memo.html", memo_context(memo, for_pdf=for_pdf))
    return without_block_spaces(html)


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
    with gc_paused(), private_text(include_text):
        return _pdf(
            memo_html(
                payload,
                snapshot,
                lang=lang,
                at=at,
                include_text=include_text,
                reopen_url=reopen_url,
                child=child,
            )
        )


def _pdf(html: str) -> bytes:
    """Lay out and write; the document and its boxes are gone when this returns."""
    document = memo_document(html, FontOnlyFetcher(subset_dir()))
    pdf: bytes = document.write_pdf(
        stylesheets=[memo_stylesheet()],
        font_config=font_configuration(),
        pdf_variant=PDF_VARIANT,
    )
    return pdf
