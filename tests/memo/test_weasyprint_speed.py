"""WeasyPrint's text layout with our shortcuts makes the same PDF, to the byte, as without.

The shortcuts replace private WeasyPrint functions (tsunagari/memo/weasyprint_speed.py,
line_cache.py): after an upgrade, this says whether they still do what theirs do. Lines
kept from another memo change nothing, and no line of the person's own words is kept.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from weasyprint import HTML

from tests.memo.conftest import AT, REOPEN_URL, payload_for
from tsunagari.memo import line_cache, weasyprint_speed
from tsunagari.memo.render import font_configuration, render_memo


@pytest.fixture
def without_shortcuts() -> Iterator[None]:
    weasyprint_speed.install(enabled=False)
    yield
    weasyprint_speed.install()


# Latin with floats and links, Thai and Devanagari with Japanese runs, and Japanese.
@pytest.mark.parametrize("lang", ["en", "th", "ne", "ja"])
def test_the_shortcuts_make_the_same_pdf_as_weasyprint_alone(lang, snapshot, request):
    text = "I cannot pay the rent.\nI live alone."
    payload = payload_for(snapshot, lang, text=text)

    def render() -> bytes:
        return render_memo(
            payload, snapshot, lang=lang, at=AT, reopen_url=REOPEN_URL, include_text=text
        )

    fast = render()
    request.getfixturevalue("without_shortcuts")
    assert render() == fast


def test_lines_measured_for_another_memo_give_the_same_pdf(snapshot):
    english = payload_for(snapshot, "en")
    thai = payload_for(snapshot, "th")

    def thai_memo() -> bytes:
        return render_memo(thai, snapshot, lang="th", at=AT, reopen_url=REOPEN_URL)

    render_memo(english, snapshot, lang="en", at=AT, reopen_url=REOPEN_URL)
    thai_memo()
    from_store = thai_memo()
    line_cache.forget(font_configuration())
    assert thai_memo() == from_store


def test_no_line_of_the_persons_own_words_is_kept(snapshot):
    text = "My landlord Quillfeather wants me out.\nI sleep at Zanzibarova station."
    payload = payload_for(snapshot, "en", text=text)
    render_memo(payload, snapshot, lang="en", at=AT, reopen_url=REOPEN_URL, include_text=text)
    lines = line_cache.kept_lines(font_configuration())
    assert lines, "catalog lines are kept"
    assert not [line for line in lines if "Quillfeather" in line or "Zanzibarova" in line]


def test_a_line_cut_with_an_ellipsis_leaves_the_kept_layouts_as_they_were():
    # The same line in the same font twice: the second is measured from the store and
    # shares the first one's Pango layout, which the ellipsis must not change.
    text = "A line far too long for its narrow box, cut with an ellipsis when drawn."
    line = "<p style='width: 30mm; white-space: nowrap; {}'>" + text + "</p>"
    html = line.format("overflow: hidden; text-overflow: ellipsis") + line.format("")

    def render() -> bytes:
        pdf: bytes = HTML(string=html).write_pdf(font_config=font_configuration())
        return pdf

    line_cache.forget(font_configuration())
    first, again = render(), render()
    weasyprint_speed.install(enabled=False)
    try:
        alone = render()
    finally:
        weasyprint_speed.install()
    assert first == again == alone
