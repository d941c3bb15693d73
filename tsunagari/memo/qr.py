"""QR codes as tiny inline PNG images: no files, no fetching.

PNG rather than SVG: WeasyPrint parses an SVG path in Python, ~8 ms per QR code; a
1-pixel-per-module PNG is embedded as is and drawn sharp (`image-rendering:
pixelated` turns interpolation off). The `alt` text becomes the figure's alternate
text in the tagged PDF. Service pages repeat across memos, so their codes are
cached; the code that reopens a result holds a signed token of one person's answers
and is never cached.
"""

from __future__ import annotations

from functools import lru_cache

import segno
from django.utils.html import format_html
from django.utils.safestring import SafeString


def qr_data_uri(url: str) -> str:
    uri: str = segno.make(url, error="m", micro=False).png_data_uri(scale=1, border=2)
    return uri


def qr_img(url: str, alt: str) -> SafeString:
    return format_html('<img class="qr" src="{}" alt="{}">', qr_data_uri(url), alt)


@lru_cache(maxsize=1024)
def service_qr_img(url: str, alt: str) -> SafeString:
    return qr_img(url, alt)
