"""Wording of blind crisis batch 26 that the session's families did not reach (crisis26).

Read by the rules alone. Texts written for this test.

1. Violence at home with the particle dropped, in speech, kana or half-width kana: a
   (former) husband who grabbed the neck (首つかんだ). Silent: a cat held by the scruff,
   a wrist taken to lead someone.
2. Suicide in Kyushu speech: wanting to end everything (いっそ何もかんも終わりにしたかとよ).
   Silent: thinking a job was finished (終わりにしたかと思ったら).
3. Danger, with 119: someone under rubble or a collapsed house now (ja, en; the other
   languages are still to come). Silent: someone found later or in the news, a cat under
   the sofa or a wall, being stuck in a shelter.
"""

from __future__ import annotations

import pytest

from tests.navigator.crisis_family import assert_crisis_of_kind, assert_harmless
from tsunagari.navigator.engine.crisis import detect_crisis


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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "祖母が瓦礫の下にいます、声は聞こえる"),
        ("ja", "地震で崩れた家の下に父がいる"),
        ("en", "the garage came down in the quake and my son is trapped inside"),
        ("en", "my grandpa is stuck under the rubble, please"),
    ],
)
def test_someone_under_rubble_now_is_danger_with_119(lang: str, text: str) -> None:
    result = detect_crisis(text, lang, learned=False)
    assert "danger_other" in result.kinds, (text, result)
    assert "119" in result.emergency, (text, result)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "三日後に瓦礫の下から見つかったとニュースで見た"),
        ("ja", "崩れた壁の下に猫がいるのを見つけた"),
        ("en", "my cat is stuck under the sofa again"),
        ("en", "after the quake we are stuck inside the shelter, so bored"),
    ],
)
def test_rubble_in_the_news_pets_and_shelters_stay_silent(lang: str, text: str) -> None:
    assert_harmless(lang, text)
