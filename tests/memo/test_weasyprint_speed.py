"""WeasyPrint's text layout with our shortcuts makes the same PDF, to the byte, as without.

The shortcuts replace private WeasyPrint functions (tsunagari/memo/weasyprint_speed.py):
after an upgrade, this says whether they still do what theirs do.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.memo.conftest import AT, REOPEN_URL, payload_for
from tsunagari.memo import weasyprint_speed
from tsunagari.memo.render import render_memo


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
