"""Need and ranking families of session ZJ, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- a salon, a gym or a school paid ahead that closes while the instalments are still drawn,
  and paid fortune-telling kept up by warnings of bad luck, read consumer trouble and reach
  the consumer hotline or legal aid first, in seven languages; a worker whose own shop closed
  still reads a lost job;
- gender identity told through one's body and feelings (体は女だけど心は男, born a girl but
  feel like a boy) reads LGBTQ in six languages, and a Japanese child finds the LGBTQ line
  among the first three; a skirt that is too short or too small does not;
- words used in another sense: a child who wants to stop piano or a club has no job to lose,
  a senior colleague (en, tl, id) is no older person, and a water heater that broke (es) is
  no injury; quitting a job, a pensioner and a broken arm keep their reading;
- a tenant whose landlord will not repair reads a legal or consumer dispute and finds legal
  aid or the consumer hotline among the first three, in four languages;
- groping at work (a hand on the chest, hugged from behind) reads sexual violence in
  Indonesian, Vietnamese and Portuguese as in the other languages, with a sexual-violence
  desk first; a sore chest or a boss who shouts does not;
- a wife or husband who walked out (妻が出ていって) is no notice to leave the home: raising
  the children alone reads single parent, not housing; 出ていけと言われた still reads housing.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

CONSUMER_DESKS = {"shouhisha-hotline-188", "houterasu"}
LGBTQ_LINE = "tsunaniji"
SEXUAL_VIOLENCE_DESKS = {"one-stop-seibouryoku", "seihanzai-higai-soudan-8103"}
JOB_DESKS = {"hellowork", "koyou-hoken-kihon-teate"}
SINGLE_PARENT_DESKS = {
    "hitorioya-seikatsu-koujou",
    "jidou-fuyou-teate",
    "boshi-katei-shugyo-jiritsu-center",
    "hitorioya-nichijou-seikatsu-shien",
}

# --- a place paid ahead that closed; paid fortune-telling ------------------------------------

PREPAID_AND_CLOSED = [
    ("通っていた英会話教室が突然閉鎖した。1年分を前払いしたのに返金がない", "ja"),
    ("ジムが急に閉店したのにクレジットの引き落としが続いている", "ja"),
    ("The gym I prepaid for a year suddenly closed and the card payments continue", "en"),
    ("A escola de inglês fechou de repente e continuo pagando as parcelas no cartão", "pt"),
    ("El gimnasio cerró de repente y me siguen cobrando las cuotas de la tarjeta", "es"),
    ("我预付了一年的健身房突然关门了，信用卡还在继续扣款", "zh-hans"),
    ("선불로 낸 헬스장이 갑자기 문을 닫았는데 카드 할부가 계속 빠져나가요", "ko"),
]
PAID_FORTUNE_TELLING = [
    ("占いサイトに毎月20万使ってしまう。先生にやめたら不幸になると言われた", "ja"),
    ("I keep paying a psychic chat site every night, she says bad luck will come if I stop", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PREPAID_AND_CLOSED + PAID_FORTUNE_TELLING)
def test_a_place_paid_ahead_that_closed_or_paid_fortune_telling_reads_consumer_trouble(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "consumer_trouble")
    assert needs.get("job_loss", 0.0) < 0.45


@pytest.mark.parametrize(("text", "lang"), PREPAID_AND_CLOSED + PAID_FORTUNE_TELLING)
def test_a_place_paid_ahead_that_closed_reaches_the_consumer_desks(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), CONSUMER_DESKS) < 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("勤めていた店が閉店して仕事がなくなった", "ja"),
        ("The restaurant I worked at closed and I lost my job", "en"),
        ("A fábrica onde eu trabalhava fechou e fiquei sem emprego", "pt"),
    ],
)
def test_a_workers_own_shop_that_closed_is_still_a_lost_job(snapshot, text, lang):
    assert leads(score_needs(text, lang), "job_loss")
    assert first_of(ranked(snapshot, text, lang), JOB_DESKS) < 3


# --- gender identity told through the body -----------------------------------------------------

GENDER_IDENTITY = [
    ("体は女だけど、自分は男だと思う。制服のスカートがつらい", "ja"),
    ("I was born a girl but I feel like a boy and I hate wearing the school skirt", "en"),
    ("Nasci menina mas me sinto menino, odeio usar a saia do uniforme", "pt"),
    ("Nací mujer pero me siento hombre y odio usar la falda del uniforme", "es"),
    ("我身体是女生，但心里觉得自己是男生，很讨厌穿校服裙子", "zh-hans"),
    ("몸은 여자인데 마음은 남자예요. 교복 치마를 입는 게 너무 싫어요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), GENDER_IDENTITY)
def test_gender_identity_told_through_the_body_reads_lgbtq(text, lang):
    assert leads(score_needs(text, lang), "lgbtq")


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("体は女だけど、自分は男だと思う。制服のスカートがつらい", "child"),
        ("体は男だけど、自分は女だと思う。女として生きたい", "adult"),
    ],
)
def test_gender_identity_in_japanese_finds_the_lgbtq_line(snapshot, text, audience):
    assert first_of(ranked(snapshot, text, "ja", audience=audience), {LGBTQ_LINE}) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("スカートが短いと先生に注意された", "ja"),
        ("制服のスカートが小さくなって買い替えたい", "ja"),
        ("My daughter's school skirt is too short now", "en"),
    ],
)
def test_a_skirt_too_short_or_too_small_reads_no_lgbtq(text, lang):
    assert not leads(score_needs(text, lang), "lgbtq")


# --- words in another sense ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ピアノをやめたいけど、ママががっかりしそうで言えない", "ja"),
        ("サッカーをやめたい。コーチがこわい", "ja"),
        ("塾をやめたいけどお母さんに言えない", "ja"),
        ("I want to quit piano lessons but my mom will be sad", "en"),
        ("I want to quit the soccer team, the coach scares me", "en"),
    ],
)
def test_a_child_who_wants_to_stop_lessons_has_no_job_to_lose(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert not leads(needs, "job_loss")
    assert not leads(needs, "work")
    assert "hellowork" not in ranked(snapshot, text, lang, audience="child")[:5]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("会社をやめたい", "ja"), ("I want to quit my job", "en")],
)
def test_quitting_a_job_still_reads_work(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "job_loss") or leads(needs, "work")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My senior at work yells at me every day", "en"),
        ("Yung senior ko sa trabaho lagi akong sinisigawan", "tl"),
        ("Senior saya di pabrik selalu memarahi saya", "id"),
        ("Senior saya di kantor selalu memarahi saya", "id"),
    ],
)
def test_a_senior_colleague_is_no_older_person(snapshot, text, lang):
    assert not leads(score_needs(text, lang), "older_age")
    assert "chiiki-houkatsu-shien-center" not in ranked(snapshot, text, lang)[:5]


def test_a_senior_citizen_still_reads_older_age():
    text = "I'm a senior living alone and I can't climb the stairs"
    assert leads(score_needs(text, "en"), "older_age")


@pytest.mark.parametrize(
    "text",
    [
        "se rompió la lavadora y el dueño no la arregla",
        "se rompió el calentador de agua hace una semana",
    ],
)
def test_an_appliance_that_broke_is_no_injury(text):
    assert not leads(score_needs(text, "es"), "health")


def test_a_broken_arm_is_still_an_injury():
    assert leads(score_needs("me caí y se rompió el brazo", "es"), "health")


# --- a landlord who will not repair --------------------------------------------------------------

LANDLORD_WONT_REPAIR = [
    ("お湯が出なくなって1か月、大家が修理してくれない", "ja"),
    ("My landlord won't fix the heater and it's freezing", "en"),
    ("se rompió el calentador y el dueño no lo arregla, tengo niños", "es"),
    ("o aquecedor de água quebrou e o proprietário não conserta há semanas", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), LANDLORD_WONT_REPAIR)
def test_a_landlord_who_will_not_repair_reaches_legal_aid_or_the_consumer_hotline(
    snapshot, text, lang
):
    needs = score_needs(text, lang)
    assert leads(needs, "legal") or leads(needs, "consumer_trouble")
    assert first_of(ranked(snapshot, text, lang), CONSUMER_DESKS) < 3


def test_a_landlord_who_tells_one_to_leave_still_reads_housing():
    assert leads(score_needs("大家から出ていけと言われた", "ja"), "housing")


# --- groping ---------------------------------------------------------------------------------

GROPING = [
    ("Atasan saya meraba dada saya di ruang istirahat", "id"),
    ("Kemarin atasan saya memeluk saya dari belakang waktu shift malam", "id"),
    ("Quản lý sờ ngực tôi trong phòng nghỉ", "vi"),
    ("Meu chefe passou a mão no meu peito no trabalho", "pt"),
    ("上司に休憩室で胸を触られた", "ja"),
    ("My supervisor groped me in the break room", "en"),
    ("Mi jefe me tocó los pechos en el trabajo", "es"),
    ("상사가 휴게실에서 가슴을 만졌어요", "ko"),
    ("หัวหน้าลวนลามจับหน้าอกฉันที่ทำงาน", "th"),
]


@pytest.mark.parametrize(("text", "lang"), GROPING)
def test_groping_reads_sexual_violence(text, lang):
    assert leads(score_needs(text, lang), "sexual_violence")


@pytest.mark.parametrize(("text", "lang"), [GROPING[0], *GROPING[2:4]])
def test_groping_reaches_a_sexual_violence_desk_first(snapshot, text, lang):
    assert ranked(snapshot, text, lang)[0] in SEXUAL_VIOLENCE_DESKS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("dada saya sakit sejak kemarin", "id"),
        ("Atasan saya selalu memarahi saya di depan semua orang", "id"),
        ("Meu chefe grita comigo no trabalho", "pt"),
        ("Tôi bị đau ngực từ hôm qua", "vi"),
    ],
)
def test_a_sore_chest_or_a_boss_who_shouts_reads_no_sexual_violence(text, lang):
    assert not leads(score_needs(text, lang), "sexual_violence")


# --- a spouse who walked out ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "妻が出ていって、小学生の息子と二人で暮らしています。父親一人でどう育てればいいか",
        "夫が家を出て行って、子ども二人を一人で育てている",
    ],
)
def test_a_spouse_who_walked_out_is_no_notice_to_leave(snapshot, text):
    needs = score_needs(text, "ja")
    assert leads(needs, "single_parent")
    assert not leads(needs, "housing")
    assert ranked(snapshot, text, "ja")[0] in SINGLE_PARENT_DESKS


@pytest.mark.parametrize("text", ["夫に出ていけと言われた", "夫に家を出ていけと言われた"])
def test_being_told_to_get_out_still_reads_housing(text):
    assert leads(score_needs(text, "ja"), "housing")
