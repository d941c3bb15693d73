"""Need and ranking families of session ZF, over the real seed catalog.

Our own probe messages, with near-misses:
- a named serious mental illness (schizophrenia, bipolar disorder) told in any language reads
  mental health, and the mental-health centre or health office comes among the first three;
  a Thai "โรคจิต" said of a groper (a pervert) and a Chinese insult are no illness;
- the taunt "go back to your country" said to a foreign child reads human rights also in kana
  and in Portuguese, with a rights line among the first three; a person who cannot or would
  like to go back (国に帰れない, 帰れたら) is told no taunt;
- a place where mothers of babies meet or gather reads child rearing in ja (kana too), en, pt,
  es and vi, and the local child-rearing hub comes first or second; a neighbourhood
  association's gathering or foreigners getting together is no child rearing;
- a child on medical care (tube feeding, a gastrostomy, a ventilator; 医療的ケア児) reads
  disability, with the disabled children's desks among the first three; an older parent on
  a feeding tube stays a family carer's matter with no disability;
- what happens to one's things after one's death, told by someone ill or old, reads no
  suicidal feelings; a wish to die still does.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

MENTAL_HEALTH_DESKS = {"seishin-hoken-fukushi-center", "hokenjo"}
RIGHTS_DESKS = {"gaikokugo-jinken-soudan", "kodomo-no-jinken-110", "minna-no-jinken-110"}
CHILD_REARING_HUB = {"chiiki-kosodate-shien-kyoten"}
DISABLED_CHILD_DESKS = {"shougaiji-shien", "shougai-fukushi-service", "shougaiji-fukushi-teate"}

# --- a named serious mental illness -------------------------------------------------------------

MENTAL_ILLNESS = [
    ("ลูกชายเป็นโรคจิตเภท ไม่ยอมกินยา", "th"),
    ("สามีป่วยเป็นไบโพลาร์ อารมณ์ขึ้นลงมาก", "th"),
    ("Meu filho tem esquizofrenia e parou de tomar o remédio", "pt"),
    ("Minha esposa tem transtorno bipolar e não quer ir ao médico", "pt"),
    ("Mi hijo tiene esquizofrenia y dejó de tomar la medicina", "es"),
    ("Con trai tôi bị tâm thần phân liệt, không chịu uống thuốc", "vi"),
    ("我儿子有精神分裂症，不肯吃药", "zh-hans"),
    ("我丈夫是躁郁症，最近一直不睡觉", "zh-hans"),
    ("아들이 조현병인데 약을 안 먹어요", "ko"),
    ("Anak saya menderita skizofrenia dan tidak mau minum obat", "id"),
    ("मेरो छोरालाई सिजोफ्रेनिया छ, औषधि खाँदैन", "ne"),
    ("Ang anak ko ay may schizophrenia at ayaw uminom ng gamot", "tl"),
    ("My brother had a psychosis last year and stopped his treatment", "en"),
]


@pytest.mark.parametrize(("text", "lang"), MENTAL_ILLNESS)
def test_a_named_mental_illness_reads_mental_health(text, lang):
    assert leads(score_needs(text, lang), "mental_health")


@pytest.mark.parametrize(("text", "lang"), MENTAL_ILLNESS[::2])
def test_a_named_mental_illness_reaches_the_mental_health_desks(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), MENTAL_HEALTH_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("มีไอ้โรคจิตมาถ้ำมองที่หอพัก", "th"),
        ("你有精神病吧，别烦我", "zh-hans"),
        ("Meu chefe é bipolar de humor, um dia grita e no outro sorri", "pt"),
    ],
)
def test_a_pervert_or_an_insult_is_no_named_illness(text, lang):
    assert score_needs(text, lang).get("mental_health", 0.0) < 0.6


# --- "go back to your country" said to a foreign child ------------------------------------------

TAUNTED = [
    ("息子が学校で「国に帰れ」と言われている", "ja"),
    ("娘がクラスの男子に国へ帰れって言われて泣いて帰ってきた", "ja"),
    ("むすこ が がっこう で くに に かえれ と いわれました", "ja"),
    ("むすめ は クラス の こ に くに に かえれ と いわれて ないて います", "ja"),
    ('Meu filho ouve na escola "volta para o seu país"', "pt"),
    ("Na escola falam para minha filha: volte pro seu país", "pt"),
    ('My son is told "go back to your country" at school', "en"),
    ('Ở trường con tôi bị bạn nói "về nước đi"', "vi"),
]


@pytest.mark.parametrize(("text", "lang"), TAUNTED)
def test_go_back_to_your_country_reads_human_rights(text, lang):
    assert leads(score_needs(text, lang), "human_rights")


@pytest.mark.parametrize(("text", "lang"), TAUNTED)
def test_a_taunted_child_reaches_a_rights_line(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), RIGHTS_DESKS) < 3


@pytest.mark.parametrize(
    "text",
    [
        "コロナで国に帰れない",
        "国に帰れたらいいな",
        "国に帰れません。お金がない",
        "くに に かえれなくて こまって います",
        "夏休みに国に帰る予定です",
    ],
)
def test_not_being_able_to_go_home_is_no_taunt(text):
    assert "human_rights" not in score_needs(text, "ja")


# --- a place where mothers of babies meet ---------------------------------------------------------

MOTHERS_MEET = [
    ("赤ちゃんと二人きり。ママたちが集まる場所はありますか", "ja"),
    ("おかあさん たち が あつまる ところ は ありますか", "ja"),
    ("近くで親子が集まれる場所を知りたい", "ja"),
    ("Is there a place where mothers with babies get together?", "en"),
    ("I'd like to meet other moms with small babies near me", "en"),
    ("Existe algum lugar onde as mães com bebês se encontram?", "pt"),
    ("¿Hay algún lugar donde las mamás con bebés se reúnen?", "es"),
    ("Có nơi nào các mẹ có em bé gặp nhau không?", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), MOTHERS_MEET)
def test_a_place_where_mothers_meet_reads_child_rearing(text, lang):
    assert leads(score_needs(text, lang), "child_rearing")


@pytest.mark.parametrize(("text", "lang"), MOTHERS_MEET)
def test_a_place_where_mothers_meet_reaches_the_child_rearing_hub(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), CHILD_REARING_HUB) < 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("町内会の集まりに出たくない", "ja"),
        ("Where do foreigners get together in this city?", "en"),
    ],
)
def test_other_gatherings_are_no_child_rearing(text, lang):
    assert "child_rearing" not in score_needs(text, lang)


# --- a child on medical care --------------------------------------------------------------------

MEDICAL_CARE_CHILD = [
    ("娘が医療的ケア児で保育園に入れない", "ja"),
    ("息子は経管栄養で、痰の吸引も必要。保育園に断られた", "ja"),
    ("1歳の子が胃ろうで保育園が見つからない", "ja"),
    ("2歳の息子が人工呼吸器をつけていて、預け先がない", "ja"),
    ("My son needs tube feeding and the nursery refused him", "en"),
    ("Our baby is fed through a gastrostomy and no daycare will take her", "en"),
    ("Meu filho usa sonda para se alimentar e a creche não aceita", "pt"),
    ("Mi hija tiene gastrostomía y la guardería no la acepta", "es"),
]


@pytest.mark.parametrize(("text", "lang"), MEDICAL_CARE_CHILD)
def test_a_child_on_medical_care_reads_disability(text, lang):
    assert leads(score_needs(text, lang), "disability")


@pytest.mark.parametrize(("text", "lang"), MEDICAL_CARE_CHILD)
def test_a_child_on_medical_care_reaches_the_disabled_children_desks(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), DISABLED_CHILD_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("母が胃ろうになって、家でみるのが大変", "ja"),
        ("父が経管栄養になり、施設を探している", "ja"),
        ("My mother has a feeding tube now and I care for her at home", "en"),
    ],
)
def test_an_older_parent_on_a_feeding_tube_is_a_carers_matter(text, lang):
    needs = score_needs(text, lang)
    assert "disability" not in needs
    assert leads(needs, "caregiving")


# --- after one's death --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I have terminal cancer and live alone. Who will handle things after I die?", "en"),
        ("I'm 80 and worried about who will look after my cat after I die", "en"),
        ("Tenho câncer terminal. Quem vai cuidar das coisas depois que eu morrer?", "pt"),
        ("Tengo cáncer y vivo solo. ¿Quién se encarga de todo después de mi muerte?", "es"),
    ],
)
def test_arrangements_after_ones_death_are_no_wish_to_die(text, lang):
    assert "suicidal_feelings" not in score_needs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sometimes I think everyone would be happier after I die. I want to die", "en"),
        ("Quero morrer, não aguento mais", "pt"),
    ],
)
def test_a_wish_to_die_still_reads_suicidal_feelings(text, lang):
    assert leads(score_needs(text, lang), "suicidal_feelings")
