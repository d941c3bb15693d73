"""The two checks every crisis family test file makes: its messages are crises of their kind,
and its look-alikes stay harmless, by the rules alone (the learned net is tested apart)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tsunagari.navigator.engine.crisis import detect_crisis


def assert_crisis_of_kind(lang: str, kind: str, text: str) -> None:
    result = detect_crisis(text, lang, learned=False)
    assert result.is_crisis, (text, result)
    assert kind in result.kinds, (text, result.kinds)


def assert_harmless(lang: str, text: str) -> None:
    result = detect_crisis(text, lang, learned=False)
    assert not result.is_crisis, (text, result)


def family_tests(
    crisis: list[tuple[str, str, str]], harmless: list[tuple[str, str]]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a family file, over its (lang, kind, text) crises and (lang, text)
    look-alikes; bind them to module names starting with `test_` so pytest collects them."""

    @pytest.mark.parametrize(("lang", "kind", "text"), crisis)
    def test_family_message_is_a_crisis_of_its_kind(lang: str, kind: str, text: str) -> None:
        assert_crisis_of_kind(lang, kind, text)

    @pytest.mark.parametrize(("lang", "text"), harmless)
    def test_near_miss_stays_harmless(lang: str, text: str) -> None:
        assert_harmless(lang, text)

    return test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless
