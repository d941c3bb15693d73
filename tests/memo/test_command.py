"""`tsunagari memo`: the same answer as `tsunagari ask`, as a PDF file."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.memo.conftest import pdf_text, squeeze

AT = "2026-11-25T14:00:00+09:00"
TEXT = "I lost my job and cannot pay the rent"

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_memo_lists_what_ask_answers(tmp_path, national_catalog):
    out = io.StringIO()
    call_command("ask", "--json", "--lang", "en", "--at", AT, TEXT, stdout=out)
    answer = json.loads(out.getvalue())
    target = tmp_path / "memo.pdf"
    call_command("memo", "--lang", "en", "--at", AT, TEXT, "-o", str(target), stderr=io.StringIO())
    text = squeeze(pdf_text(target.read_bytes()))
    assert target.read_bytes().startswith(b"%PDF-")
    for service in answer["services"][:3]:
        assert squeeze(service["name"]) in text
    assert squeeze(TEXT) not in text


def test_include_text_puts_the_words_in(tmp_path, national_catalog):
    target = tmp_path / "memo.pdf"
    call_command(
        "memo",
        "--lang",
        "en",
        "--at",
        AT,
        "--include-text",
        TEXT,
        "-o",
        str(target),
        stderr=io.StringIO(),
    )
    assert squeeze(TEXT) in squeeze(pdf_text(target.read_bytes()))


def test_a_bad_language_is_refused(tmp_path, national_catalog):
    with pytest.raises(CommandError, match="lang"):
        call_command("memo", "--lang", "xx", "hello", "-o", str(tmp_path / "m.pdf"))
