"""Wording of blind crisis batch 26 that the session's families did not reach (crisis26).

Read by the rules alone. Texts written for this test.

1. Violence at home with the particle dropped, in speech, kana or half-width kana: a
   (former) husband who grabbed the neck (首つかんだ). Silent: a cat held by the scruff,
   a wrist taken to lead someone.
2. Suicide in Kyushu speech: wanting to end everything (いっそ何もかんも終わりにしたかとよ).
   Silent: thinking a job was finished (終わりにしたかと思ったら).
"""

from __future__ import annotations

import pytest

from tests.navigator.crisis_family import assert_crisis_of_kind, assert_harmless


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("dv", "元夫が子どもの前で私の首つかんできた"),
        ("dv", "ｶﾚｼﾆ ｸﾋﾞﾂｶﾏﾚﾃ ｺﾜｶｯﾀ"),
        ("dv", "おっと が わたし の くび つかんだ"),
        ("suicide", "借金ばっかり残って、いっそ何もかんも終わりにしたかとよ"),
        ("suicide", "もう何もかんも終わりにしたかばい"),
    ],
)
def test_dropped_particles_and_kyushu_speech_are_read(kind: str, text: str) -> None:
    assert_crisis_of_kind("ja", kind, text)


@pytest.mark.parametrize(
    "text",
    [
        "子猫の首つかんで運ぶのは母猫だけにしてね",
        "手首つかんで横断歩道を渡らせた",
        "この仕事、何もかんも終わりにしたかと思ったらまた追加が来た",
    ],
)
def test_their_look_alikes_stay_silent(text: str) -> None:
    assert_harmless("ja", text)
