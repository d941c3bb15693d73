"""Opening hours on pages in other languages: worded from the catalog's hours as data, the
published Japanese text only where there is no data, and then the page says so."""

from __future__ import annotations

import re

import pytest

from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.core.languages import FOREIGN_LANGUAGE_CODES

pytestmark = pytest.mark.django_db

KANA = re.compile(r"[\u3040-\u30ff]")
PUBLISHED = sorted(
    {c.hours_text for e in snapshot_from_seed_files().services for c in e.contacts if c.hours_text},
    key=len,
    reverse=True,
)


JA_8891 = '<span lang="ja">多くの地域で24時間365日(地域により異なる)</span>'  # はやくワンストップ


def hours_spans(html: str) -> list[str]:
    """The text of each hours element, Japanese elements inside it left out."""
    spans = re.findall(
        r'<span class="hours[^"]*">(.*?)</span>\s*(?=<span class="hours|</li>)', html, re.S
    )
    return [re.sub(r'<span lang="ja">.*?</span>', "", span, flags=re.S) for span in spans]


def test_the_english_crisis_page_gives_24_hour_lines_in_english(client):
    html = client.get("/en/crisis/").content.decode()
    assert "Hours: Every day: 24 hours" in html
    assert "Hours: 24時間365日" not in html


def test_hours_without_data_are_marked_japanese_and_said_to_be(client):
    """#8891 (はやくワンストップ) differs by region: only its Japanese text exists."""
    html = client.get("/en/crisis/").content.decode()
    expected = "Hours (given only in Japanese): " + JA_8891
    assert expected in html


@pytest.mark.parametrize("lang", FOREIGN_LANGUAGE_CODES)
def test_no_published_japanese_hours_on_a_foreign_crisis_page_outside_a_japanese_element(
    client, lang
):
    html = client.get(f"/{lang}/crisis/").content.decode()
    spans = hours_spans(html)
    assert len(spans) > 10
    for span in spans:
        assert not KANA.search(span), span
        assert not [text for text in PUBLISHED if text in span], span


def test_the_japanese_crisis_page_keeps_the_published_hours(client):
    html = client.get("/crisis/").content.decode()
    assert "受付時間： 24時間365日" in html
    assert "given only in Japanese" not in html


def test_thai_hours_use_thai_day_names(client):
    html = client.get("/th/crisis/").content.decode()
    assert "เวลาทำการ: ทุกวัน: 24 ชั่วโมง" in html
