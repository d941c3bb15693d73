"""The navigator's conversation, as a person without JavaScript goes through it."""

from __future__ import annotations

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tsunagari.navigator import state

pytestmark = pytest.mark.django_db


def service_ids(html: str) -> list[str]:
    return re.findall(r'<h[23] id="service-([^"]+)"', html)


def test_free_words_without_javascript_show_services_and_why(conversation):
    html = conversation.post(text="仕事をクビになって家賃が払えない", op="text")
    assert 'id="results-title"' in html
    assert len(service_ids(html)) >= 5
    assert 'class="why"' in html
    assert 'href="tel:' in html


def test_a_crisis_in_the_words_shows_the_crisis_block_first(conversation):
    html = conversation.post(text="死にたい", op="text")
    crisis_at = html.index('class="crisis-block"')
    assert crisis_at < html.index('id="results-title"')
    block = html[crisis_at : html.index('id="results-title"')]
    assert 'class="line"' in block
    assert "inochi" in block or "yorisoi" in block or "anata-no-ibasho" in block


def test_danger_now_brings_110_and_119_to_the_top(conversation):
    html = conversation.post(text="夫に殴られて今も包丁を持って脅されている", op="text")
    block = html[html.index('class="crisis-block"') : html.index('id="results-title"')]
    if 'class="emergency"' in block:
        assert 'href="tel:110"' in block
    assert 'href="tel:110"' in block  # in the block either way (big or as a note)


def test_the_tile_flow_asks_a_question_then_shows_results(conversation):
    html = conversation.post(tile="hardship")
    assert 'value="for_whom:me"' in html
    html = conversation.post(answer="for_whom:me")
    assert 'value="hardship_what:housing"' in html
    html = conversation.post(answer="hardship_what:housing")
    for _ in range(3):  # at most a few more questions, then the results
        if 'id="results-title"' in html:
            break
        skip = re.search(r'name="answer" value="([a-z_]+:skip)"', html)
        assert skip
        html = conversation.post(answer=skip.group(1))
    assert 'id="results-title"' in html
    assert "jukyo-kakuho-kyufukin" in service_ids(html)  # 住居確保給付金


def test_every_question_can_be_skipped(conversation):
    html = conversation.post(tile="health")
    while 'id="results-title"' not in html:
        skip = re.search(r'name="answer" value="([a-z_]+:skip)"', html)
        assert skip, "a question without a skip button"
        html = conversation.post(answer=skip.group(1))
    assert len(service_ids(html)) >= 5
    with translation.override("ja"):
        assert gettext("Skipped") in html


def test_show_results_now_ends_the_questions(conversation):
    conversation.post(tile="family")
    html = conversation.post(answer="for_whom:me")
    html = conversation.post(op="now")
    assert 'id="results-title"' in html


def test_the_recap_can_change_an_answer(conversation):
    conversation.post(tile="hardship")
    conversation.post(answer="for_whom:me")
    conversation.post(answer="hardship_what:debt")
    html = conversation.post(op="now")
    assert 'name="edit" value="hardship_what"' in html
    html = conversation.post(edit="hardship_what")
    assert 'class="choice chosen"' in html
    html = conversation.post(answer="hardship_what:housing")
    assert 'id="results-title"' in html
    assert "jukyo-kakuho-kyufukin" in service_ids(html)


def test_the_recap_can_change_the_tile(conversation):
    conversation.post(tile="hardship")
    conversation.post(answer="for_whom:me")
    conversation.post(op="now")
    html = conversation.post(edit="tile")
    assert 'name="tile" value="health"' in html
    html = conversation.post(tile="health")
    assert 'value="health_what:mind"' in html


def test_vague_words_get_one_clarifying_question(conversation):
    html = conversation.post(text="どうしたらいいかわからない", op="text")
    assert 'value="clarify:money"' in html
    html = conversation.post(answer="clarify:money")
    assert 'id="results-title"' in html


def test_a_child_choosing_a_crisis_answer_sees_crisis_lines_at_once(kids_conversation):
    kids_conversation.post(tile="kids_self")
    kids_conversation.post(answer="for_whom:me")
    html = kids_conversation.post(answer="kids_self_what:want_to_disappear")
    assert 'class="crisis-block"' in html


def test_a_child_is_asked_phone_or_chat_and_sees_childrens_lines_first(kids_conversation):
    kids_conversation.post(tile="kids_school")
    html = kids_conversation.post(answer="for_whom:me")
    while "channel:chat" not in html:
        skip = re.search(r'name="answer" value="([a-z_]+:skip)"', html)
        assert skip
        html = kids_conversation.post(answer=skip.group(1))
    html = kids_conversation.post(answer="channel:chat")
    top = service_ids(html)[:3]
    assert {"childline", "24h-kodomo-sos-dial"} & set(top)


def test_a_tampered_token_is_refused_kindly_and_keeps_the_words(client, conversation):
    conversation.post(tile="hardship")
    forged = conversation.token[:-4] + "AAAA"
    response = client.post("/ask/", {"token": forged, "text": "まだ書いている", "op": "text"})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="notice"' in html
    assert "まだ書いている" in html
    assert 'name="tile"' in html  # the start again, right there


def test_a_form_we_cannot_read_keeps_the_words(client):
    place = "x" * 41  # longer than any postal code or municipality name
    response = client.post(
        "/ask/", {"text": "夜になると眠れない", "op": "text", "postal_code": place}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="notice"' in html
    assert "夜になると眠れない" in html


def test_an_expired_token_is_refused_kindly(client, conversation, monkeypatch):
    conversation.post(tile="health")
    monkeypatch.setattr(state, "MAX_AGE_SECONDS", -1)
    response = client.post("/ask/", {"token": conversation.token, "answer": "for_whom:me"})
    assert response.status_code == 400
    assert 'class="notice"' in response.content.decode()


def test_a_post_from_another_site_is_refused(client):
    response = client.post(
        "/ask/", {"text": "test", "op": "text"}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403


def test_a_post_from_this_site_is_accepted(client):
    response = client.post(
        "/ask/", {"tile": "health", "audience": "adult"}, HTTP_ORIGIN="http://testserver"
    )
    assert response.status_code == 200


def test_an_unknown_answer_is_refused(conversation, client):
    conversation.post(tile="health")
    response = client.post("/ask/", {"token": conversation.token, "answer": "for_whom:king"})
    assert response.status_code == 400


def test_empty_words_ask_for_a_few_words(client):
    response = client.post("/ask/", {"text": "  ", "op": "text", "audience": "adult"})
    assert response.status_code == 200
    assert 'class="notice"' in response.content.decode()


def test_the_chat_script_gets_only_the_conversation(client):
    response = client.post(
        "/en/ask/", {"tile": "health", "audience": "adult"}, HTTP_X_REQUESTED_WITH="fetch"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert 'class="step"' in html


def test_results_in_english_use_english_names(client):
    response = client.post("/en/ask/", {"text": "I lost my job", "op": "text"})
    html = response.content.decode()
    assert 'lang="en"' in html
    assert "Hello Work" in html or "hellowork" in html


def test_language_links_in_a_conversation_lead_to_that_languages_start(kids_conversation):
    html = kids_conversation.post(tile="kids_friends")
    assert '<a href="/en/kids/" lang="en" hreflang="en">English</a>' in html
    assert 'href="/kids/" lang="ja"' in html


def test_a_child_with_a_broken_token_starts_again_on_the_childrens_page(client):
    response = client.post("/ask/", {"token": "broken", "audience": "child", "answer": "x:y"})
    assert response.status_code == 400
    assert 'name="tile" value="kids_school"' in response.content.decode()
