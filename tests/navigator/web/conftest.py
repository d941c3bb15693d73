"""Helpers for driving the navigator's pages like a browser without JavaScript."""

from __future__ import annotations

import re

import pytest
from django.test import Client

TOKEN = re.compile(r'name="token" value="([^"]+)"')


def token_of(html: str) -> str:
    found = TOKEN.search(html)
    assert found, "the page carries no conversation token"
    return found.group(1)


class Conversation:
    """One person going through the flow: each step posts the last page's token."""

    def __init__(self, client: Client, prefix: str = "/", audience: str = "adult") -> None:
        self.client = client
        self.url = f"{prefix}ask/"
        self.audience = audience
        self.token = ""
        self.html = ""

    def post(self, **data: str) -> str:
        payload = {"audience": self.audience, **data}
        if self.token:
            payload["token"] = self.token
        response = self.client.post(self.url, payload)
        assert response.status_code == 200, response.content.decode()[:500]
        self.html = response.content.decode()
        self.token = token_of(self.html)
        return self.html


@pytest.fixture
def conversation(client: Client) -> Conversation:
    return Conversation(client)


@pytest.fixture
def kids_conversation(client: Client) -> Conversation:
    return Conversation(client, audience="child")
