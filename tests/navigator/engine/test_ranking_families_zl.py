"""Need and ranking families of session ZL, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- a wife whose husband gambles away his own pay (給料を全部パチンコに) reads gambling, the
  worry of an addict's family, and reaches the addiction desks first, not the partner-violence
  desks; a husband who holds back her money or who hits her still reads violence at home;
- English "lost my job" is work and money, not a death (no bereavement reading), while
  "lost my husband" and a death with a job lost after it still read grief;
- a high-school student's English message about a part-time job (no breaks, late hours, pay)
  reads work, not school or a lost job, so no youth job desk (saposute) comes first and a
  labour desk is among the first three (adult site) or five (children's site); a student
  bullied at school still reads school;
- a parent's message about an adult met online who chats with their child and wants to meet
  or keep it secret, before any harm, reaches the police consultation line and the child
  guidance centre before the victim-support centre; a child harmed already reaches the
  sexual-violence desks first;
- Korean 성적 as school grades (성적이 떨어져서, 성적 때문에) reads no sexual violence and
  shows no sexual-violence line in the first five; a boy who was groped still reads it.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

ADDICTION_DESKS = {"izonshou-soudan-kyoten"}
PARTNER_VIOLENCE_DESKS = {
    "haiguusha-bouryoku-soudan-shien-center",
    "dv-soudan-plus",
    "dv-soudan-navi",
}
WORK_DESKS = {"hellowork", "koyou-hoken-kihon-teate", "kyushokusha-shien-seido"}
LABOUR_DESKS = {
    "sougou-roudou-soudan-corner",
    "roudou-kijun-kantokusho",
    "roudou-jouken-soudan-hotline",
}
POLICE = {"keisatsu-soudan-9110"}
CHILD_GUIDANCE = {"jidou-soudanjo"}
VICTIM_SUPPORT = "higaisha-shien-center"
SEXUAL_VIOLENCE_DESKS = {"one-stop-seibouryoku", "seihanzai-higai-soudan-8103"}
SEXUAL_VIOLENCE_LINES = SEXUAL_VIOLENCE_DESKS | {
    "dansei-seibouryoku-hotline",
    "bond-project-line",
    "cure-time",
}

# --- a husband who gambles away his own pay ------------------------------------------------

GAMBLED_PAY = [
    ("夫が給料を全部パチンコに使ってしまう", "ja"),
    ("旦那が給料をほとんどスロットに使ってしまう", "ja"),
    ("夫が給料日に全部競馬につぎ込んでしまって困っている", "ja"),
    ("My husband spends his whole paycheck on gambling every month", "en"),
    ("Mi esposo se gasta todo su sueldo en el juego", "es"),
    ("Meu marido perde o salário todo no jogo", "pt"),
    ("丈夫把工资全部拿去赌博", "zh-hans"),
    ("남편이 월급을 전부 도박에 써버려요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), GAMBLED_PAY)
def test_a_husband_who_gambles_away_his_pay_reads_gambling_not_violence(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "dependence")
    assert not leads(needs, "violence_at_home")


@pytest.mark.parametrize(("text", "lang"), GAMBLED_PAY)
def test_a_husband_who_gambles_away_his_pay_reaches_the_addiction_desks_first(snapshot, text, lang):
    ids = ranked(snapshot, text, lang)
    assert ids[0] in ADDICTION_DESKS
    assert first_of(ids, PARTNER_VIOLENCE_DESKS) >= 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("夫が給料を全部管理していて、私には生活費を1円も渡してくれない", "ja"),
        ("夫がパチンコばかりして、注意すると殴られる", "ja"),
        ("My husband takes all my wages and won't let me have any money", "en"),
        ("Meu marido pega todo o meu salário e não me deixa ter dinheiro", "pt"),
    ],
)
def test_a_husband_who_holds_back_her_money_or_hits_still_reads_violence(text, lang):
    assert leads(score_needs(text, lang), "violence_at_home")


# --- "lost my job" is no death ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I lost my job last week and don't know what to do",
        "I've lost my job because the factory closed",
        "My husband lost his job and we can't pay the rent",
        "I lost my part-time work when the shop closed",
        "Nawalan ako ng trabaho, I lost my job last month",
    ],
)
def test_a_lost_job_reads_no_grief(snapshot, text):
    lang = "tl" if text.startswith("Nawalan") else "en"
    needs = score_needs(text, lang)
    assert "bereavement" not in needs
    assert leads(needs, "job_loss")
    assert first_of(ranked(snapshot, text, lang), WORK_DESKS) < 3


@pytest.mark.parametrize(
    "text",
    [
        "I lost my husband last month and can't stop crying",
        "I lost my mother recently and feel empty",
        "My wife passed away and I lost my job after that",
    ],
)
def test_a_lost_husband_or_mother_still_reads_grief(text):
    assert leads(score_needs(text, "en"), "bereavement")


# --- a high-school student's part-time job --------------------------------------------------------

STUDENT_PART_TIME_JOB = [
    "I'm in high school and my part-time job makes me work past 10pm",
    "I'm a high school student, my part time job doesn't give me breaks",
    "high school student here. my part-time job never gives us breaks",
    "I'm 17 and in high school, my part-time job boss won't pay me overtime",
    "I'm a high school student and my part-time job doesn't pay me properly",
]


@pytest.mark.parametrize("text", STUDENT_PART_TIME_JOB)
def test_a_students_part_time_job_reads_work_not_school(text):
    needs = score_needs(text, "en")
    assert needs.get("work", 0.0) >= 0.7
    assert not leads(needs, "school")
    assert not leads(needs, "job_loss")


@pytest.mark.parametrize("text", STUDENT_PART_TIME_JOB)
def test_a_students_part_time_job_reaches_a_labour_desk(snapshot, text):
    adult = ranked(snapshot, text, "en")
    assert adult[0] != "saposute"
    assert first_of(adult, LABOUR_DESKS) < 3
    child = ranked(snapshot, text, "en", audience="child")
    assert child[0] != "saposute"
    assert first_of(child, LABOUR_DESKS) < 5


@pytest.mark.parametrize(
    "text",
    [
        "I'm in high school and I'm being bullied at school",
        "I'm in high school and failing my exams",
        "I'm in high school and my part-time job leaves no time for homework",
    ],
)
def test_a_students_school_worry_still_reads_school(text):
    assert leads(score_needs(text, "en"), "school")


# --- grooming of a child online, before any harm ---------------------------------------------

GROOMING_BEFORE_HARM = [
    ("中学生の娘がSNSで知り合った大人の男と会う約束をしているみたい", "ja"),
    (
        "My 13-year-old daughter has been chatting with an adult man online who wants to meet her",
        "en",
    ),
    (
        "Um adulto está conversando com minha filha de 12 anos pela internet e quer encontrá-la",
        "pt",
    ),
    ("Un hombre adulto le escribe a mi hija de 13 años por redes sociales y le pide fotos", "es"),
    ("Un adulto habla con mi hijo de 11 años por internet y le pide que sea un secreto", "es"),
    ("有个成年男人在网上跟我13岁的女儿聊天，想和她见面", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), GROOMING_BEFORE_HARM)
def test_grooming_before_harm_reaches_the_police_and_the_child_guidance_centre_first(
    snapshot, text, lang
):
    assert leads(score_needs(text, lang), "crime_victims")
    ids = ranked(snapshot, text, lang)
    assert set(ids[:2]) == POLICE | CHILD_GUIDANCE
    assert VICTIM_SUPPORT not in ids[:2]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("娘がSNSで知り合った男に会って性被害にあった", "ja"),
        ("My daughter was sexually assaulted by a man she met online", "en"),
    ],
)
def test_a_child_harmed_already_reaches_the_sexual_violence_desks_first(snapshot, text, lang):
    assert ranked(snapshot, text, lang)[0] in SEXUAL_VIOLENCE_DESKS


# --- Korean 성적 as school grades ------------------------------------------------------------

KOREAN_GRADES = [
    ("성적이 떨어져서 엄마한테 혼날까 봐 무서워요", "child"),
    ("성적이 떨어져서 너무 우울해요", "child"),
    ("시험 성적이 떨어져서 공부하기 싫어요", "child"),
    ("성적 때문에 스트레스 받아요", "child"),
    ("성적표 받았는데 성적이 많이 떨어졌어요", "child"),
    ("아들 성적이 떨어져서 걱정이에요", "adult"),
]


@pytest.mark.parametrize(("text", "audience"), KOREAN_GRADES)
def test_korean_grades_read_no_sexual_violence(snapshot, text, audience):
    assert "sexual_violence" not in score_needs(text, "ko")
    ids = ranked(snapshot, text, "ko", audience=audience)
    assert first_of(ids, SEXUAL_VIOLENCE_LINES) >= 5


def test_a_korean_boy_who_was_groped_still_reaches_the_sexual_violence_desks(snapshot):
    text = "남자인데 성추행을 당했어요"
    assert leads(score_needs(text, "ko"), "sexual_violence")
    assert first_of(ranked(snapshot, text, "ko", audience="child"), SEXUAL_VIOLENCE_LINES) < 3
