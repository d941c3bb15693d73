"""The memo from a results page: a PDF to carry, the person's words only when they ask."""

from __future__ import annotations

import html as html_lib
import io
import re

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.django_db

WORDS = "家賃が払えなくて大家さんに出ていけと言われた"


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)


def results(conversation):
    conversation.post(op="text", text=WORDS)
    conversation.post(op="now")
    assert 'action="/memo/"' in conversation.html
    return conversation


def test_a_results_page_offers_the_memo_as_pdf(conversation, client):
    results(conversation)
    response = client.post("/memo/", {"token": conversation.token, "format": "pdf"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    text = pdf_text(response.content)
    assert "窓口の方へ" in text
    assert WORDS not in text


def test_the_persons_words_go_on_the_memo_only_when_they_ask(conversation, client):
    results(conversation)
    response = client.post(
        "/memo/", {"token": conversation.token, "format": "pdf", "include_text": "1"}
    )
    assert WORDS in pdf_text(response.content).replace("\n", "")


def test_the_print_view_is_a_page(conversation, client):
    results(conversation)
    response = client.post("/memo/", {"token": conversation.token, "format": "print"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "窓口の方へ" in response.content.decode()


def test_a_forged_token_gets_no_memo(client):
    response = client.post("/memo/", {"token": "forged", "format": "pdf"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")


def test_a_cross_site_post_gets_no_memo(conversation, client):
    results(conversation)
    response = client.post(
        "/memo/", {"token": conversation.token}, HTTP_ORIGIN="https://elsewhere.example"
    )
    assert response.status_code == 403


WEB_LINE = re.compile(r'<h3 id="line-(?:open|other|maybe|closed)-[^"]+">([^<]+)</h3>')
MEMO_LINE = re.compile(r"<li><b>[^<]*</b> ([^<]+?)\s*(?:<a class=\"number\"|<span class=|</li>)")


def memo_line_names(client, conversation) -> list[str]:
    memo = client.post("/memo/", {"token": conversation.token, "format": "print"})
    page = memo.content.decode()
    crisis = page[page.index('class="lines"') : page.index("</ul>", page.index('class="lines"'))]
    return [html_lib.unescape(name) for name in MEMO_LINE.findall(crisis)]


def test_the_memo_lists_the_crisis_block_lines_in_the_results_page_order(conversation, client):
    page = conversation.post(op="text", text="もう死にたい")
    block = page[page.index('class="crisis-block"') : page.index('id="results-title"')]
    web = [html_lib.unescape(name) for name in WEB_LINE.findall(block)]
    assert web
    assert memo_line_names(client, conversation) == web


def test_without_a_crisis_the_memo_lists_the_crisis_page_lines_in_its_order(conversation, client):
    results(conversation)
    assert 'class="crisis-block"' not in conversation.html
    web = [html_lib.unescape(n) for n in WEB_LINE.findall(client.get("/crisis/").content.decode())]
    assert len(web) >= 3
    assert memo_line_names(client, conversation) == web
