"""The two checks every crisis family test file makes: its messages are crises of their kind,
and its look-alikes stay harmless, by the rules alone (the learned net is tested apart)."""

from __future__ import annotations

from tsunagari.navigator.engine.crisis import detect_crisis


def assert_crisis_of_kind(lang: str, kind: str, text: str) -> None:
    result = detect_crisis(text, lang, learned=False)
    assert result.is_crisis, (text, result)
    assert kind in result.kinds, (text, result.kinds)


def assert_harmless(lang: str, text: str) -> None:
    result = detect_crisis(text, lang, learned=False)
    assert not result.is_crisis, (text, result)
