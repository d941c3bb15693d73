"""The crisis detector's first pass (which patterns can match a text at all) never changes
an answer: it only skips patterns whose required strings are absent."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from tsunagari.navigator.engine import crisis
from tsunagari.navigator.engine.crisis import _lexicon
from tsunagari.navigator.engine.crisis_patterns import _required_strings, _Scan

TESTS = Path(__file__).resolve().parents[1]


def test_required_strings_come_from_every_alternative() -> None:
    assert _required_strings(["abc(?:de|fg)h", "x[yz]w"]) == {"abc", "x"}
    assert _required_strings(["(?:kill|hurt) (?:my|him)self"]) == {"self"}
    assert _required_strings(["(?:kill|hurt) (?:my|him)"]) == {"kill", "hurt"}
    assert _required_strings(["死に(?:たい|そう)", "消えたい"]) == {"死に", "消えたい"}
    assert _required_strings(["a+bc", "(?:xy){2,}"]) == {"bc", "xy"}


def test_a_whole_message_condition_requires_what_its_lookaheads_require() -> None:
    # ^(?=.*A)(?=.*B): one of A's strings must be in the text; a negative lookahead promises
    # nothing, and a lookbehind's strings stand before the match, in the text all the same.
    assert _required_strings(["^(?!.*film)(?=.*(?:bruise|mark))(?=.*hiding it)"]) == {"hiding it"}
    assert _required_strings(["^(?=.*(?:snow|ice))"]) == {"snow", "ice"}
    assert _required_strings(["(?<=night )alone"]) == {"night "}  # the longer of the two
    assert _required_strings(["^(?!.*film).*"]) is None


@pytest.mark.parametrize(
    "fragments",
    [
        ["abc", "[a-z]+"],  # a character class promises no string
        ["(?:ab)?c?"],  # nothing is required
        ["(?i:abc)"],  # letters of any case
        ["(?:abc|[xy])"],  # one branch promises nothing
    ],
)
def test_a_pattern_that_promises_no_string_is_always_run(fragments: list[str]) -> None:
    assert _required_strings(fragments) is None


def _texts() -> list[tuple[str, str]]:
    found = []
    for path in [TESTS / "crisis_own.yaml", *sorted((TESTS / "crisis_fresh").glob("*.yaml"))]:
        found += [(str(i["text"]), str(i["lang"])) for i in yaml.safe_load(path.read_text())]
    return found


def test_every_slot_answers_the_same_with_and_without_the_first_pass() -> None:
    lexicon = _lexicon()
    assert lexicon.prefilter is not None
    everything = lexicon.prefilter.always.union(*lexicon.prefilter.patterns)
    skipped = 0
    for text, lang in _texts():
        plain = crisis._build_views(text, lang, lexicon.maps)
        plain = replace(plain, squashed=crisis._squashed_latin(plain.stripped))
        scanned = replace(plain, scan=_Scan(lexicon.prefilter))
        for slot, matcher in lexicon.items():
            assert matcher.spans(scanned) == matcher.spans(plain), (slot, text)
            assert matcher.findall(scanned) == matcher.findall(plain), (slot, text)
            assert matcher.search(scanned) == matcher.search(plain), (slot, text)
            assert matcher.mask(scanned).acc == matcher.mask(plain).acc, (slot, text)
            assert matcher.mask(scanned).cjk == matcher.mask(plain).cjk, (slot, text)
        skipped += len(everything - lexicon.prefilter.live(plain.acc or plain.cjk))
    assert skipped > 0  # the first pass does leave patterns out


@pytest.mark.parametrize(
    "text",
    [
        "zz abcde bcde cdex abc . qcdeq yyx",  # overlaps: the alternation's order decides
        "wx abcd x",  # a fragment without a required string starts where another one does
        "nothing here",  # no match at all
        "cde cde cde",
    ],
)
def test_matches_found_by_pieces_are_those_of_the_whole_alternation(text: str) -> None:
    from tsunagari.navigator.engine.crisis_patterns import _compile, _Prefilter
    from tsunagari.navigator.engine.crisis_text import _Views

    required: dict[int, frozenset[str] | None] = {}
    # Fragments that promise no string ("[wy]+", "[ab][bc]") are run together as one piece.
    latin = ["abcd", "bc", "cde", "c[a-z]e", "[wy]+x", "ab[a-z]* x", "q", "[wy]+"]
    cjk = ["abc", "cd", "c.", "[zq]", "[ab][bc]"]
    matcher = _compile({"ascii": latin, "cjk": cjk}, required)
    assert all(pieces.rest is not None for pieces in matcher.pieces.values())
    plain = _Views(text, text, text, False, None)
    scanned = replace(plain, scan=_Scan(_Prefilter(required)))
    assert matcher.spans(scanned) == matcher.spans(plain)
    assert matcher.findall(scanned) == matcher.findall(plain)
    assert matcher.mask(scanned) == replace(matcher.mask(plain), scan=scanned.scan)
