"""The memo gives opening hours in its own language where the catalog has them as data."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest
import tinyhtml5

from tests.memo.conftest import AT, payload_for
from tsunagari.memo.render import memo_html

JA_8891 = '<span lang="ja">多くの地域で24時間365日(地域により異なる)</span>'  # はやくワンストップ


def hours_texts(html: str) -> list[tuple[str, str]]:
    """Each piece of text in a contact's details or a line's hours, with the `lang` it is
    read in (the nearest ancestor's)."""
    root = tinyhtml5.parse(html, namespace_html_elements=False)
    found: list[tuple[str, str]] = []

    def walk(element: ElementTree.Element, lang: str, inside: bool) -> None:
        lang = element.get("lang", lang)
        inside = inside or element.get("class") in ("hours", "detail")
        if element.text and inside:
            found.append((lang, element.text))
        for child in element:
            walk(child, lang, inside)
            if child.tail and inside:
                found.append((lang, child.tail))

    walk(root, "", False)
    return found


def published_hours(snapshot) -> list[str]:
    texts = {c.hours_text for e in snapshot.services for c in e.contacts if len(c.hours_text) > 3}
    return sorted(texts, key=len, reverse=True)


def test_the_english_memo_gives_crisis_line_hours_in_english(snapshot):
    html = memo_html(payload_for(snapshot, "en"), snapshot, lang="en", at=AT)
    assert '<span class="hours">(Every day: 24 hours)</span>' in html


@pytest.mark.parametrize("lang", ["en", "th", "vi", "ne"])
def test_published_japanese_hours_appear_only_marked_as_japanese(snapshot, lang):
    html = memo_html(payload_for(snapshot, lang), snapshot, lang=lang, at=AT)
    published = published_hours(snapshot)
    pieces = hours_texts(html)
    unmarked = [text for code, text in pieces if code != "ja" and any(p in text for p in published)]
    assert unmarked == []
    assert any(code == "ja" and "24時間" in text for code, text in pieces) or lang == "en"


def test_hours_with_no_data_say_in_the_memos_language_that_they_are_japanese(snapshot):
    html = memo_html(
        payload_for(snapshot, "en", crisis_kinds=["sexual_violence"]), snapshot, lang="en", at=AT
    )
    expected = "Hours (given only in Japanese): " + JA_8891
    assert expected in html


def test_the_japanese_memo_keeps_the_published_hours(snapshot):
    html = memo_html(payload_for(snapshot, "ja"), snapshot, lang="ja", at=AT)
    assert '<span class="hours">(24時間365日)</span>' in html
