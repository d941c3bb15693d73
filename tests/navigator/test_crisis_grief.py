"""Grief for someone who died by suicide is not, by itself, a crisis of the writer.

dev-crisis rules: "grief ... with no sign of danger" gets ordinary help, not the alert; the
writer's own wish to die in the same message still raises it. Texts written for this test.
"""

import pytest

from tsunagari.navigator.engine.crisis import detect_crisis

GRIEF = [
    ("Nagpakamatay si ate noong isang taon, hanggang ngayon hindi ko matanggap", "tl"),
    ("พ่อของฉันฆ่าตัวตายเมื่อสองปีก่อน ยังคิดถึงทุกวัน", "th"),
    ("मेरो साथीले पोहोर साल आत्महत्या गर्नुभयो, सम्झिरहन्छु", "ne"),
    ("ayah saya meninggal karena bunuh diri waktu saya SMP", "id"),
]


@pytest.mark.parametrize(("text", "lang"), GRIEF)
def test_a_relatives_past_suicide_told_as_grief_is_not_an_alarm(text, lang):
    assert not detect_crisis(text, lang, learned=False).is_crisis


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nagpakamatay si ate, at gusto ko na ring mamatay", "tl"),
        ("ayah saya meninggal karena bunuh diri, aku juga ingin mati", "id"),
    ],
)
def test_the_writers_own_wish_to_die_beside_the_grief_is_still_an_alarm(text, lang):
    assert detect_crisis(text, lang).kinds == ("suicide",)
