"""Need and ranking families of session ZI, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- an adult met in an online game or app who gives a child gifts, asks for secrecy or photos,
  or wants to meet (grooming), told by a parent or a child in nine languages, reads crime and
  reaches the police consultation line, the children's desks or the sexual-violence desks
  among the first three; a child who games too much or quarrels in a game reads no crime;
- a high-school student's part-time job with unpaid clean-up time, no break or a cut in pay
  reads work clearly and keeps a labour desk among the first three, while a child's ordinary
  worries still go to the children's lines first; a manager who ignores a complaint about pay
  is no bullying (a classmate who ignores one still is);
- an older person met at work or in the street (a customer, a client, a regular, a stranger on
  the train) reads no old age; a carer's own parent or an older person's own worry still does;
- a pensioner whose rent is raised or who is told to leave reaches the housing desk
  (safety-net housing) first, not the benefit for people who lost work; someone who lost a job
  and cannot pay the rent still finds that benefit among the first three;
- Thai แอบดู (someone secretly watching) reads peeping or stalking (crime), not sexual
  violence, unless one was bathing or undressed; a child looking at one's phone reads neither;
- breastfeeding, too little milk and a baby who gains no weight read raising children in
  eleven languages, with a child-rearing desk first; an adult's own weight does not.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

POLICE = {"keisatsu-soudan-9110"}
CHILD_DESKS = {
    "jidou-soudanjo",
    "jisou-189",
    "childline",
    "24h-kodomo-sos-dial",
    "oyako-soudan-line",
    "kodomo-no-jinken-110",
}
SEXUAL_VIOLENCE_DESKS = {"one-stop-seibouryoku", "seihanzai-higai-soudan-8103"}
# for a child also the sexual-violence lines made for boys and for girls and young women
CHILDRENS_SEXUAL_VIOLENCE_DESKS = SEXUAL_VIOLENCE_DESKS | {
    "dansei-seibouryoku-hotline",
    "bond-project-line",
}
LABOUR_DESKS = {
    "sougou-roudou-soudan-corner",
    "roudou-kijun-kantokusho",
    "roudou-jouken-soudan-hotline",
}
CHILD_LINES = {"childline", "24h-kodomo-sos-dial"}
OLDER_AGE_DESKS = {"chiiki-houkatsu-shien-center"}
CHILD_REARING_DESKS = {
    "kosodate-sedai-houkatsu-shien-center",
    "chiiki-kosodate-shien-kyoten",
    "youiku-shien-houmon",
    "oyako-soudan-line",
    "sango-care",
}

# --- an adult met online who grooms a child ---------------------------------------------------

GROOMING_TOLD_BY_A_PARENT = [
    (
        "小学生の娘がオンラインゲームで知り合った大人の男性からギフトをもらっていて、"
        "内緒にしてと言われているらしい",
        "ja",
    ),
    ("娘がアプリで知り合ったおじさんにプレゼントをもらって、親には秘密と言われていた", "ja"),
    (
        "My 12-year-old daughter met a man on an online game who sends her gifts "
        "and asks her to keep it secret",
        "en",
    ),
    (
        "Minha filha de 11 anos conheceu um homem num jogo online "
        "que manda presentes e pede segredo",
        "pt",
    ),
    (
        "Mi hijo de 12 años conoció a un adulto en un juego en línea "
        "que le manda regalos y quiere verlo en persona",
        "es",
    ),
    ("我女儿在网络游戏里认识了一个成年男人，他送她礼物，还让她保密", "zh-hans"),
    (
        "Con gái tôi 12 tuổi quen một người đàn ông trên game online, "
        "ông ta tặng quà và dặn giữ bí mật",
        "vi",
    ),
    ("딸이 게임에서 만난 어른 남자한테 선물을 받고 비밀로 하라는 말을 들었대요", "ko"),
    ("ลูกสาวเจอผู้ชายในเกมออนไลน์ เขาส่งของขวัญให้และบอกให้เก็บเป็นความลับ", "th"),
    (
        "Ang anak ko ay may nakilalang lalaki sa online game "
        "na nagbibigay ng regalo at sikreto daw",
        "tl",
    ),
]


@pytest.mark.parametrize(("text", "lang"), GROOMING_TOLD_BY_A_PARENT)
def test_grooming_told_by_a_parent_reads_crime(text, lang):
    assert leads(score_needs(text, lang), "crime_victims")


@pytest.mark.parametrize(("text", "lang"), GROOMING_TOLD_BY_A_PARENT[:8])
def test_grooming_told_by_a_parent_reaches_the_police_or_the_childrens_desks(snapshot, text, lang):
    ids = ranked(snapshot, text, lang)
    assert first_of(ids, POLICE | CHILD_DESKS | SEXUAL_VIOLENCE_DESKS) < 3
    assert first_of(ids, POLICE) < 5


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ゲームで知り合った大人の人にプレゼントをもらった。会おうって言われてる", "ja"),
        ("ネットで知り合ったおじさんに写真送ってって言われた", "ja"),
        ("a grown up i met in a game keeps sending me gifts and wants to meet me", "en"),
        ("Um homem do jogo online quer me encontrar e me manda presentes", "pt"),
        ("게임에서 만난 어른이 선물을 주고 사진을 보내달래요", "ko"),
    ],
)
def test_grooming_told_by_a_child_reaches_a_safe_desk(snapshot, text, lang):
    assert leads(score_needs(text, lang), "crime_victims")
    ids = ranked(snapshot, text, lang, audience="child")
    assert first_of(ids, POLICE | CHILD_DESKS | SEXUAL_VIOLENCE_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("SNSで知り合った人に裸の写真を送ってと言われた", "ja"),
        ("a man i met in a game asks me for naked pictures", "en"),
    ],
)
def test_a_child_asked_for_naked_pictures_reaches_the_sexual_violence_desks(snapshot, text, lang):
    ids = ranked(snapshot, text, lang, audience="child")
    assert first_of(ids, CHILDRENS_SEXUAL_VIOLENCE_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("子どもがオンラインゲームばかりしていて困っている", "ja"),
        ("ゲームで友だちとけんかした", "ja"),
        ("ゲームで知り合った友達と学校の話をした", "ja"),
        ("My son plays online games all day and I can't get him to stop", "en"),
        ("Meu filho joga jogo online o dia todo", "pt"),
        ("I met my husband online ten years ago", "en"),
    ],
)
def test_games_and_online_friends_alone_read_no_crime(text, lang):
    assert not leads(score_needs(text, lang), "crime_victims")


# --- a child's part-time job --------------------------------------------------------------------

PART_TIME_JOB = [
    ("バイト先で閉店後の片付けの時間は給料が出ない。高校生だけど", "ja"),
    ("コンビニのバイトで休憩がもらえない", "ja"),
    ("バイトの時給を勝手に下げられた", "ja"),
    ("アルバイト代が払われない。店長に言っても無視される", "ja"),
    ("高校生でバイトしてるけど、休憩なしで6時間働かされる", "ja"),
    ("バイトで閉店後の片付けはタイムカードを押してからやれって言われる", "ja"),
    ("my part-time job doesn't pay me for cleaning up after closing", "en"),
    ("my manager at my part time job said we have to clock out before cleaning", "en"),
    ("Tenho 16 anos e o patrão cortou meu salário do bico", "pt"),
    ("Trabalho meio período e o chefe não me dá intervalo", "pt"),
    ("Tengo 16 años y en mi trabajo no me dan descanso", "es"),
    ("Em 16 tuổi, chỗ làm thêm không trả lương giờ dọn dẹp", "vi"),
    ("알바하는데 휴게시간을 안 줘요. 고등학생이에요", "ko"),
    ("我是高中生，打工的店不给休息时间", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), PART_TIME_JOB)
def test_a_childs_part_time_job_problem_reaches_a_labour_desk(snapshot, text, lang):
    assert score_needs(text, lang).get("work", 0.0) >= 0.7
    assert first_of(ranked(snapshot, text, lang, audience="child"), LABOUR_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("友だちとけんかして学校に行きたくない", "ja"),
        ("お父さんが仕事をなくしてお金がないみたい", "ja"),
        ("バイトと勉強の両立がしんどい", "ja"),
        ("my dad lost his job and my parents fight about money", "en"),
    ],
)
def test_a_childs_ordinary_worries_still_go_to_the_childrens_lines(snapshot, text, lang):
    assert ranked(snapshot, text, lang, audience="child")[0] in CHILD_LINES


@pytest.mark.parametrize(
    "text",
    [
        "アルバイト代が払われない。店長に言っても無視される",
        "バイト先の店長に言っても無視される。給料が少ない",
    ],
)
def test_a_manager_who_ignores_a_pay_complaint_is_no_bullying(text):
    assert not leads(score_needs(text, "ja"), "bullying")


@pytest.mark.parametrize("text", ["クラスで無視される", "いじめられて先生に言っても無視される"])
def test_being_ignored_by_classmates_is_still_bullying(text):
    assert leads(score_needs(text, "ja"), "bullying")


# --- an older person met at work or in the street ----------------------------------------------

OLDER_STRANGERS = [
    ("コンビニで働いていて、毎日来るおばあちゃんのお客さんに長話されて困っている", "ja"),
    ("介護職ですが、利用者のおばあちゃんに怒鳴られてつらい", "ja"),
    ("電車で知らないおばあちゃんに席を譲らなかったら怒られた", "ja"),
    ("タクシー運転手です。高齢のお客さんが料金を払わない", "ja"),
    ("飲食店で常連のおじいちゃんにしつこく絡まれる", "ja"),
    ("I work at a supermarket and an old lady customer yells at me every day", "en"),
    ("An elderly customer keeps complaining about me to my manager", "en"),
]


@pytest.mark.parametrize(("text", "lang"), OLDER_STRANGERS)
def test_an_older_customer_or_stranger_reads_no_old_age(snapshot, text, lang):
    assert not leads(score_needs(text, lang), "older_age")
    assert first_of(ranked(snapshot, text, lang), OLDER_AGE_DESKS) >= 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("母の介護でもう限界", "ja"),
        ("80歳で一人暮らし、買い物に行くのが大変", "ja"),
        ("おばあちゃんが認知症になって介護が必要", "ja"),
        ("おばあちゃんが知らない人に騙されたみたい", "ja"),
        ("My grandma lives alone and keeps forgetting things", "en"),
    ],
)
def test_an_older_persons_own_worry_or_a_carers_still_reads_old_age(text, lang):
    assert leads(score_needs(text, lang), "older_age")


# --- a pensioner's rent ------------------------------------------------------------------------

HOUSING_DESK = "safety-net-jutaku"
LOST_WORK_BENEFIT = "jukyo-kakuho-kyufukin"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("年金暮らしです。大家から家賃を上げると言われた", "ja"),
        ("75歳、年金生活。アパートの立ち退きを求められています", "ja"),
        ("I'm a pensioner and my landlord is raising the rent", "en"),
        ("I am 78 and on a pension, the landlord wants me out of my flat", "en"),
        ("Sou aposentado e o dono do apartamento quer aumentar o aluguel", "pt"),
        ("Soy jubilado y el casero me quiere echar del piso", "es"),
    ],
)
def test_a_pensioners_rent_rise_or_eviction_reaches_the_housing_desk_first(snapshot, text, lang):
    ids = ranked(snapshot, text, lang)
    assert ids[0] == HOUSING_DESK
    assert ids.index(LOST_WORK_BENEFIT) > 0 if LOST_WORK_BENEFIT in ids else True


@pytest.mark.parametrize(
    ("text", "lang"),
    [("仕事をクビになって家賃が払えない", "ja"), ("I lost my job and can't pay my rent", "en")],
)
def test_rent_after_a_lost_job_still_finds_the_benefit(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {LOST_WORK_BENEFIT}) < 3


def test_a_pensioner_reads_old_age_in_english():
    assert leads(score_needs("I'm a pensioner and I live on my own", "en"), "older_age")


# --- Thai แอบดู -----------------------------------------------------------------------------------

PEEPING = [
    "มีคนแอบดูฉันทุกคืนจากหน้าต่าง",
    "ผู้ชายข้างบ้านแอบดูฉันตลอดเวลา กลัวมาก",
    "มีคนแอบตามและแอบดูฉันที่ทำงาน",
    "มีคนสะกดรอยตามฉันกลับบ้าน",
]


@pytest.mark.parametrize("text", PEEPING)
def test_someone_secretly_watching_reads_crime_not_sexual_violence(text):
    needs = score_needs(text, "th")
    assert leads(needs, "crime_victims")
    assert not leads(needs, "sexual_violence")


def test_someone_watching_at_work_reaches_the_police_line(snapshot):
    assert ranked(snapshot, "มีคนแอบตามและแอบดูฉันที่ทำงาน", "th")[0] in POLICE


@pytest.mark.parametrize(
    "text",
    ["เขาแอบดูฉันอาบน้ำ", "มีคนแอบดูฉันเปลี่ยนเสื้อผ้า", "มีคนแอบถ่ายรูปใต้กระโปรงฉัน"],
)
def test_watching_one_undressed_still_reads_sexual_violence(text):
    assert leads(score_needs(text, "th"), "sexual_violence")


def test_a_child_looking_at_ones_phone_reads_neither():
    needs = score_needs("ลูกแอบดูโทรศัพท์ของฉัน", "th")
    assert not leads(needs, "crime_victims")
    assert not leads(needs, "sexual_violence")


# --- breastfeeding and a baby's weight --------------------------------------------------------

BABY_WEIGHT = [
    ("Estou amamentando e meu bebê não está ganhando peso", "pt"),
    ("O leite materno não é suficiente e o nenê está abaixo do peso", "pt"),
    ("Meu bebê de 2 meses mama pouco e não engorda", "pt"),
    ("Estoy dando pecho y mi bebé no sube de peso", "es"),
    ("I'm breastfeeding and my baby isn't gaining weight", "en"),
    ("母乳をあげているけど赤ちゃんの体重が増えない", "ja"),
    ("Tôi cho con bú mẹ nhưng bé không tăng cân", "vi"),
    ("我在母乳喂养，宝宝体重不增加", "zh-hans"),
    ("모유 수유 중인데 아기 체중이 안 늘어요", "ko"),
    ("Nagpapasuso ako pero hindi tumataas ang timbang ng baby ko", "tl"),
    ("ให้นมลูกแต่น้ำหนักลูกไม่ขึ้น", "th"),
    ("Saya menyusui tapi berat badan bayi saya tidak naik", "id"),
    ("म दूध खुवाउँछु तर बच्चाको तौल बढेन", "ne"),
]


@pytest.mark.parametrize(("text", "lang"), BABY_WEIGHT)
def test_breastfeeding_and_a_babys_weight_read_raising_children(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "child_rearing")
    assert needs["child_rearing"] >= needs.get("health", 0.0)


@pytest.mark.parametrize(("text", "lang"), [t for t in BABY_WEIGHT if "amamentando" not in t[0]])
def test_breastfeeding_and_a_babys_weight_reach_a_child_rearing_desk_first(snapshot, text, lang):
    assert ranked(snapshot, text, lang)[0] in CHILD_REARING_DESKS


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Eu perdi muito peso e estou cansado", "pt"), ("I want to lose weight before summer", "en")],
)
def test_an_adults_own_weight_is_no_child_rearing(text, lang):
    assert not leads(score_needs(text, lang), "child_rearing")
