"""Need and ranking families of session 19 (lead), over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- a person or a child hit by a car, a driver who drove off or has no insurance (交通事故, ひき
  逃げ, hit by a car, nasagasaan, ditabrak): no violence at home and no child abuse is read
  from "hit" or from a driver who fled; victim support, the car insurance's relief, legal aid
  or the police's line come among the first five, and no desk for partner violence among the
  first three;
- a partner's blows told beside a car (keys taken, fled by car) keep the violence at home.
"""

import pytest

from tests.navigator.engine.ranked import first_of, ranked
from tsunagari.navigator.engine.needs import score_needs

ACCIDENT_DESKS = {"jibaiseki-hoken", "higaisha-shien-center", "houterasu", "keisatsu-soudan-9110"}
PARTNER_DESKS = {
    "haiguusha-bouryoku-soudan-shien-center",
    "dv-soudan-plus",
    "dv-soudan-navi",
    "josei-soudan-shien-center",
}

HIT_BY_A_CAR = [
    ("交差点で車にはねられて入院した。相手の運転手と連絡がつかない", "ja"),
    ("当て逃げされてバイクが壊れたし、腕も痛い", "ja"),
    ("娘が下校中にトラックにはねられた", "ja"),
    ("the driver hit me with his car and just left, I have a big bruise", "en"),
    ("my daughter got hit by a car outside school and the driver never stopped", "en"),
    ("I got knocked down by a car in the car park, who pays for my treatment", "en"),
    ("sinagasaan ako ng kotse kahapon at tumakas ang driver", "tl"),
    ("anak saya ditabrak motor, pengemudinya kabur", "id"),
    ("saya ditabrak mobil waktu pulang kerja, sopirnya kabur", "id"),
]


@pytest.mark.parametrize(("text", "lang"), HIT_BY_A_CAR)
def test_hit_by_a_car_is_no_violence_at_home(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert needs.get("violence_at_home", 0.0) < 0.5
    assert needs.get("child_abuse", 0.0) < 0.5
    found = ranked(snapshot, text, lang)
    assert first_of(found, ACCIDENT_DESKS) < 5
    assert first_of(found, PARTNER_DESKS) >= 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my husband hits me and took the car keys so I can't leave", "en"),
        ("夫に殴られて、車で子どもと逃げてきた", "ja"),
        ("binubugbog ako ng asawa ko, tumakas ako dala ang kotse", "tl"),
        ("suami saya memukul saya, saya kabur naik mobil", "id"),
    ],
)
def test_a_partners_blows_beside_a_car_stay_violence_at_home(text, lang):
    # near-miss: the car is in the story, the blows are a partner's
    assert score_needs(text, lang).get("violence_at_home", 0.0) >= 0.5


# --- lenders who threaten over a debt -----------------------------------------------------------

LABOUR_DESKS = {
    "sougou-roudou-soudan-corner",
    "roudou-kijun-kantokusho",
    "roudou-jouken-soudan-hotline",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("yung lending company na inutangan ko, pinagbabantaan ako gabi-gabi", "tl"),
        ("the loan company calls me every night and the debt collector threatened me", "en"),
    ],
)
def test_lenders_who_threaten_read_debt_and_crime_not_work(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert needs.get("debt", 0.0) >= 0.5
    assert needs.get("crime_victims", 0.0) >= 0.5
    found = ranked(snapshot, text, lang)
    assert first_of(found, {"keisatsu-soudan-9110", "houterasu"}) < 3
    assert first_of(found, LABOUR_DESKS) >= 5


def test_a_company_that_owes_wages_is_still_work():
    # near-miss: the company is the employer
    text = "the company hasn't paid my wages for two months"
    assert score_needs(text, "en").get("work", 0.0) >= 0.5


def test_school_in_either_nepali_spelling_reads_school():
    for spelling in ("स्कुल", "स्कूल"):
        text = f"मेरो छोरी {spelling}मा कसैसँग बोल्दिन, एक्लै बस्छे"
        assert score_needs(text, "ne").get("school", 0.0) >= 0.5


# --- dismissed or pushed out over a pregnancy or a parental leave (マタハラ) ----------------------

PREGNANCY_DISMISSAL = [
    ("妊娠がわかったら、店長から今月で辞めてくれと言われた", "ja"),
    ("育休明けに復帰したら降格されていた", "ja"),
    ("they fired me a week after I said I was pregnant", "en"),
    ("a empresa me demitiu porque fiquei grávida", "pt"),
    ("me despidieron del trabajo porque estoy embarazada", "es"),
    ("aku dipecat dari pabrik setelah ketahuan hamil", "id"),
    ("sinisante ako ng agency kasi buntis daw ako", "tl"),
    ("หัวหน้าบอกให้ลาออกเพราะฉันท้อง", "th"),
    ("công ty đuổi việc chị vì chị có bầu", "vi"),
    ("我怀孕以后公司就把我开除了", "zh-hans"),
    ("임신 사실을 알리자 회사가 해고했어요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), PREGNANCY_DISMISSAL)
def test_a_dismissal_over_a_pregnancy_reaches_the_labour_desk(snapshot, text, lang):
    assert score_needs(text, lang).get("work", 0.0) >= 0.5
    assert "sougou-roudou-soudan-corner" in ranked(snapshot, text, lang)[:3]


def test_a_pregnancy_at_work_without_a_dispute_keeps_the_pregnancy_desks(snapshot):
    # near-miss: pregnant and working, asking about benefits; nobody was dismissed
    text = "I'm pregnant and still working, what money can I get when the baby comes?"
    found = ranked(snapshot, text, "en")
    assert found[0] != "sougou-roudou-soudan-corner"


# --- children's words: care in kana, a shouting coach, a son shut in his room (th) ---------------


@pytest.mark.parametrize(
    "text",
    ["ママのかいごがあって、ぶかつをやめた", "おじいちゃんのかいごで がっこうを よくやすむ"],
)
def test_a_young_carer_writing_care_in_kana_reads_care(text):
    needs = score_needs(text, "ja")
    assert needs.get("family_trouble", 0.0) >= 0.5
    assert "caregiving" in needs


@pytest.mark.parametrize(
    "text",
    ["サッカーのコーチがいつも怒鳴る。練習に行きたくない", "担任の先生が怒鳴るから学校がこわい"],
)
def test_a_shouting_teacher_or_coach_is_no_violence_at_home(text):
    needs = score_needs(text, "ja")
    assert needs.get("violence_at_home", 0.0) < 0.5
    assert needs.get("family_trouble", 0.0) < 0.5


def test_a_father_who_shouts_every_night_stays_a_home_matter():
    # near-miss: the shouting is at home
    needs = score_needs("お父さんが毎晩怒鳴るから家にいたくない", "ja")
    assert max(needs.get("violence_at_home", 0.0), needs.get("family_trouble", 0.0)) >= 0.5


def test_a_son_shut_in_his_room_reads_withdrawal_in_thai(snapshot):
    text = "ลูกสาวอายุ 15 ขังตัวอยู่ในห้องมาสองเดือน ไม่ยอมคุยกับใคร"
    assert score_needs(text, "th").get("hikikomori", 0.0) >= 0.5
    assert "hikikomori-chiiki-shien-center" in ranked(snapshot, text, "th")[:3]


def test_hiding_in_a_bathroom_from_a_violent_husband_is_no_withdrawal():
    # near-miss: shut in a room, but hiding from danger
    text = "แฟนเมาอาละวาด ฉันกับลูกขังตัวอยู่ในห้องน้ำ กลัวมาก"
    assert score_needs(text, "th").get("hikikomori", 0.0) < 0.5
