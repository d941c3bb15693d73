"""A web process loads the navigator before its first request, even when the database
cannot be read yet, and hands no open connection to the workers it forks."""

from __future__ import annotations

import logging

import pytest
from django.db import DatabaseError

from tsunagari.navigator import startup


class Connections:
    def __init__(self) -> None:
        self.closed = 0

    def close_all(self) -> None:
        self.closed += 1


def test_start_up_goes_on_when_the_catalog_cannot_be_read(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def unreadable() -> None:
        raise DatabaseError("no such table: catalog_service")

    connections = Connections()
    monkeypatch.setattr(startup, "catalog_snapshot_get", unreadable)
    monkeypatch.setattr(startup, "connections", connections)
    with caplog.at_level(logging.WARNING):
        startup.navigator_preload()

    assert "could not be read at start-up" in caplog.text
    assert connections.closed == 1


@pytest.mark.django_db
def test_start_up_closes_the_connections_it_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    connections = Connections()
    monkeypatch.setattr(startup, "connections", connections)

    startup.navigator_preload()

    assert connections.closed == 1
