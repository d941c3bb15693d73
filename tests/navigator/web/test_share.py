"""Share and resume: a signed link of the answers, never the words; e-mail rate-limited."""

from __future__ import annotations

import re
from unittest import mock

import pytest
from django.core import mail, signing
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext

from tsunagari.catalog.models import ContactChannel, Service
from tsunagari.catalog.selectors import reset_snapshot_cache
from tsunagari.navigator.engine.flow import FlowState, load_flow
from tsunagari.navigator.share import SALT, hashed, normalise_address, share_dumps, share_loads

pytestmark = pytest.mark.django_db

WORDS = "家賃が払えなくて大家さんに出ていけと言われた"
LINK = re.compile(r'id="share-link" type="url" value="([^"]+)"')
SERVICE = re.compile(r'aria-labelledby="service-([^"]+)"')
ADDRESS = "Person@Example.JP"


@pytest.fixture(autouse=True)
def _fresh() -> None:
    cache.clear()
    reset_snapshot_cache()


def service_ids(html: str) -> list[str]:
    return SERVICE.findall(html)


def guided(conversation):
    conversation.post(tile="hardship")
    conversation.post(answer="for_whom:me")
    conversation.post(answer="hardship_what:housing")
    conversation.post(op="now")
    return conversation


def written(conversation):
    conversation.post(op="text", text=WORDS)
    conversation.post(op="now")
    return conversation


def share_link(conversation, client, prefix: str = "/") -> str:
    response = client.post(f"{prefix}share/", {"token": conversation.token, "op": "link"})
    assert response.status_code == 200
    found = LINK.search(response.content.decode())
    assert found, "the page shows no link to copy"
    return found.group(1)


def token_in(link: str) -> str:
    return link.rstrip("/").rsplit("/", 1)[1]


def test_a_results_page_offers_to_send_or_copy_a_link(conversation):
    html = written(conversation).html
    assert 'action="/share/"' in html
    assert 'autocomplete="email"' in html
    assert 'value="link"' in html


def test_the_link_reopens_the_same_places(conversation, client):
    before = service_ids(guided(conversation).html)
    assert before
    response = client.get(share_link(conversation, client))
    assert response.status_code == 200
    assert service_ids(response.content.decode()) == before
    assert "no-store" in response["Cache-Control"]


def test_a_link_from_written_words_reopens_the_places_those_words_found(conversation, client):
    before = service_ids(written(conversation).html)
    response = client.get(share_link(conversation, client))
    after = service_ids(response.content.decode())
    assert after
    assert before[0] in after


def test_the_link_never_contains_the_persons_words(conversation, client):
    written(conversation)
    link = share_link(conversation, client)
    payload = signing.loads(token_in(link), salt=SALT)
    assert WORDS not in str(payload)
    assert "t" not in payload
    assert payload["n"]  # the needs the words meant, as ids
    response = client.get(link)
    assert WORDS not in response.content.decode()


def test_a_link_in_english_stays_in_english(conversation, client):
    guided(conversation)
    link = share_link(conversation, client, prefix="/en/")
    assert "/en/r/" in link
    assert client.get(link).status_code == 200


def test_a_forged_link_is_refused_with_a_message(client):
    forged = signing.dumps({"v": 1, "a": "adult", "tile": "hardship", "l": "ja"}, salt="other")
    response = client.get(f"/en/r/{forged}/")
    assert response.status_code == 400
    assert "This link is not complete or was changed" in response.content.decode()
    assert not mail.outbox


def test_an_expired_link_is_refused_with_a_message(conversation, client, settings):
    guided(conversation)
    long_ago = 1_000_000_000  # 2001: far beyond SHARE_LINK_MAX_AGE_DAYS
    with mock.patch("django.core.signing.time.time", return_value=long_ago):
        link = share_link(conversation, client, prefix="/en/")
    response = client.get(link)
    assert response.status_code == 400
    assert "This link has expired" in response.content.decode()


def test_the_email_goes_out_once_with_the_link_and_nothing_else(conversation, client):
    written(conversation)
    response = client.post(
        "/share/", {"token": conversation.token, "op": "email", "email": ADDRESS}
    )
    assert response.status_code == 200
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [ADDRESS]
    assert re.search(r"https?://[^/]+/r/[^/\s]+/", message.body)
    assert WORDS not in message.body
    assert WORDS not in message.subject
    assert "家賃" not in message.subject
    assert ADDRESS not in response.content.decode()


def test_the_sixth_email_to_one_address_is_refused(conversation, client):
    guided(conversation)
    for n in range(6):
        address = ADDRESS if n % 2 else f"  {ADDRESS.lower()} "  # one mailbox, two spellings
        response = client.post(
            "/share/", {"token": conversation.token, "op": "email", "email": address}
        )
    assert response.status_code == 429
    with translation.override("ja"):
        assert gettext("Nothing was sent") in response.content.decode()
    assert len(mail.outbox) == 5


def test_the_rate_limit_counts_by_hmac_not_by_address(conversation, client):
    guided(conversation)
    client.post("/share/", {"token": conversation.token, "op": "email", "email": ADDRESS})
    keys = " ".join(str(key) for key in cache._cache)  # type: ignore[attr-defined]  # locmem
    assert "example" not in keys.lower()
    assert hashed("address", normalise_address(ADDRESS)) in keys


def test_too_many_emails_from_one_client_are_refused(conversation, client, settings):
    settings.SHARE_RATE_LIMIT_PER_CLIENT = 2
    guided(conversation)
    codes = [
        client.post(
            "/share/", {"token": conversation.token, "op": "email", "email": f"p{n}@example.jp"}
        ).status_code
        for n in range(3)
    ]
    assert codes == [200, 200, 429]
    assert len(mail.outbox) == 2


def test_a_wrong_address_sends_nothing(conversation, client):
    guided(conversation)
    response = client.post(
        "/share/", {"token": conversation.token, "op": "email", "email": "not an address"}
    )
    assert response.status_code == 400
    assert not mail.outbox


def test_a_forged_conversation_token_sends_nothing(client):
    response = client.post("/share/", {"token": "forged", "op": "email", "email": ADDRESS})
    assert response.status_code == 400
    assert not mail.outbox


def test_a_closed_service_disappears_from_a_reopened_link(conversation, client):
    before = service_ids(guided(conversation).html)
    link = share_link(conversation, client)
    service = Service.objects.get(slug=before[0])
    service.status = Service.Status.ENDED
    service.save_revision().publish()
    reset_snapshot_cache()
    after = service_ids(client.get(link).content.decode())
    assert before[0] not in after


def test_a_cross_site_post_is_refused(conversation, client):
    guided(conversation)
    response = client.post(
        "/share/",
        {"token": conversation.token, "op": "email", "email": ADDRESS},
        HTTP_ORIGIN="https://elsewhere.example",
    )
    assert response.status_code == 403
    assert not mail.outbox


def test_a_changed_number_shows_the_new_one_on_a_reopened_link(conversation, client):
    before = service_ids(guided(conversation).html)
    link = share_link(conversation, client)
    contact = ContactChannel.objects.filter(
        service__slug__in=before, kind__in=["phone", "free_dial"]
    ).first()
    assert contact is not None
    contact.value = "0120-999-111"
    contact.save()
    reset_snapshot_cache()  # the catalog is read again, as after an edit is published
    assert "0120-999-111" in client.get(link).content.decode()


def test_the_municipality_travels_in_the_link_when_the_person_gave_one():
    state = FlowState(tile="hardship", municipality="122190", text=WORDS)  # 市原市
    shared = share_loads(share_dumps(state, needs=["money"], lang="en"), load_flow())
    assert shared.state.municipality == "122190"
    assert shared.state.text == ""
    assert shared.needs == ("money",)
    bare = signing.loads(share_dumps(FlowState(tile="hardship"), needs=[], lang="ja"), salt=SALT)
    assert "m" not in bare


def test_behind_a_proxy_clients_are_told_apart_by_the_configured_header(
    conversation, client, settings
):
    settings.SHARE_RATE_LIMIT_PER_CLIENT = 1
    settings.SHARE_CLIENT_ADDRESS_HEADER = "HTTP_X_FORWARDED_FOR"
    guided(conversation)
    codes = [
        client.post(
            "/share/",
            {"token": conversation.token, "op": "email", "email": f"p{n}@example.jp"},
            HTTP_X_FORWARDED_FOR=f"spoofed, 203.0.113.{n}",
        ).status_code
        for n in (1, 2, 2)
    ]
    assert codes == [200, 200, 429]
