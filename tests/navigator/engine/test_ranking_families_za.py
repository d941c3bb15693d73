"""Need and ranking families of session ZA, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- 友達 + 会う alone (meeting a friend, a son going to meet a game friend) reads no violence at
  home; a partner who forbids meeting friends still does;
- Kansai やけど ("but": してるんやけど, 学生やけど) reads no burn; a burn told as such still does;
- living and sleeping in a car or a net cafe reads housing and money: the self-reliance desk
  among the first three;
- a rent guarantee company's claim (代位弁済) and a landlord who bills a tenant for repairs
  read legal and housing: legal aid among the first three, and 保証会社 is no workplace;
- fear of dying unnoticed, a neighbour found weeks after death, reads loneliness in every
  language; a neighbour's newspapers alone keep their old-age reading;
- an involuntary psychiatric admission with discharge refused reads human rights, with the
  rights line or legal aid among the first three;
- a minor paid by adult men for meals, or a child going to meet an adult met online, reaches
  the police consultation line or the parents' line among the first three;
- an older person left alone with money matters a spouse always did reaches the community
  support centre first;
- taking in a relative's children after a death reads raising children in every language;
- a widow's in-laws who expect her care and cutting ties with them read family trouble, with
  the community support centre or legal aid among the first three.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

# --- meeting a friend is no control ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "週末に友達と会う約束があって楽しみ",
        "久しぶりに友達に会いたいな",
        "息子がゲームの友達に会いに行くと言っている",
    ],
)
def test_meeting_a_friend_reads_no_violence_at_home(text):
    assert not leads(score_needs(text, "ja"), "violence_at_home")


@pytest.mark.parametrize(
    "text", ["夫に友達と会うなと言われる", "彼氏が友達に会わせてくれない", "旦那が友達と会わせない"]
)
def test_a_partner_who_forbids_friends_still_reads_violence_at_home(text):
    assert leads(score_needs(text, "ja"), "violence_at_home")


# --- Kansai やけど --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "居酒屋で働いとるんやけど、店長が怖いねん",
        "学生やけど家賃が払えへん",
        "相談したいんやけど、ええかな",
    ],
)
def test_kansai_yakedo_as_but_reads_no_burn(text):
    assert not leads(score_needs(text, "ja"), "health")


@pytest.mark.parametrize(
    "text", ["子どもが熱湯でやけどした", "やけどの跡が痛む", "火傷して水ぶくれができた"]
)
def test_a_burn_still_reads_illness(text):
    assert leads(score_needs(text, "ja"), "health")


# --- living in a car ------------------------------------------------------------------------

MONEY_DESKS = {"seikatsu-konkyusha-jiritsu-soudan", "seikatsu-hogo", "ichiji-seikatsu-shien"}


@pytest.mark.parametrize(
    "text",
    [
        "アパートを追い出されて、いまはワゴン車で寝泊まりしている",
        "先月から車上生活。お金がほとんど残っていない",
        "ネットカフェで寝泊まりして3週間になる",
    ],
)
def test_living_in_a_car_or_a_net_cafe_reaches_the_money_desks(snapshot, text):
    needs = score_needs(text, "ja")
    assert leads(needs, "housing")
    assert first_of(ranked(snapshot, text, "ja"), MONEY_DESKS) < 3


def test_a_car_trip_is_no_homelessness():
    # near-miss: a car and sleep, but a holiday
    assert not leads(score_needs("家族で車で旅行に行って、よく眠れた", "ja"), "housing")


# --- a guarantee company's claim, a landlord's repair bill ---------------------------------

RENT_DISPUTE = [
    ("家賃保証会社から督促の手紙が届いた。一括で払えと書いてある", "ja"),
    ("退去のとき、大家から壁紙の修理代を全部払えと言われた", "ja"),
    ("the landlord is charging me for the repairs to the boiler, is that legal", "en"),
    ("房东让我全额付空调的维修费", "zh-hans"),
    ("집주인이 에어컨 수리비를 전부 내라고 해요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), RENT_DISPUTE)
def test_a_rent_guarantors_claim_or_a_landlords_repair_bill_reaches_legal_aid(snapshot, text, lang):
    assert leads(score_needs(text, lang), "legal")
    assert "houterasu" in ranked(snapshot, text, lang)[:3]


def test_a_guarantee_company_is_no_workplace():
    assert not leads(score_needs("保証会社から代位弁済の連絡があった", "ja"), "work")


# --- dying unnoticed ------------------------------------------------------------------------

UNNOTICED = [
    ("近所の一人暮らしの男性が亡くなって、1週間後に見つかったらしい。自分もそうなりそう", "ja"),
    ("孤独死が怖い", "ja"),
    ("if i died tonight no one would notice for weeks", "en"),
    ("我一个人住，死了也没人知道", "zh-hans"),
    ("혼자 살아서 고독사할까 봐 무서워요", "ko"),
    ("tenho medo de morrer sozinho e ninguem perceber", "pt"),
    ("me da miedo morir sola y que nadie se entere", "es"),
    ("takut mati sendirian dan tidak ada yang tahu", "id"),
]


@pytest.mark.parametrize(("text", "lang"), UNNOTICED)
def test_fear_of_dying_unnoticed_reads_loneliness(text, lang):
    assert leads(score_needs(text, lang), "loneliness")


# --- an involuntary psychiatric admission ---------------------------------------------------

# the human-rights line in foreign languages is the rights desk for a foreign-language writer
RIGHTS_DESKS = {
    "minna-no-jinken-110",
    "gaikokugo-jinken-soudan",
    "houterasu",
    "seishin-hoken-fukushi-center",
}

HELD = [
    ("措置入院になって2か月。もう退院させてもらえないのかな", "ja"),
    ("i was sectioned and the psychiatric ward wont let me leave even though im better", "en"),
    ("我被强制住院了，医生说好了但是不让出院", "zh-hans"),
    ("我妈妈被强制住院三个月了，医院一直不给出院", "zh-hans"),
    ("강제 입원된 지 석 달이에요. 퇴원을 안 시켜줘요", "ko"),
    ("estou em internacao involuntaria e nao me dao alta", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_an_involuntary_admission_reads_rights(snapshot, text, lang):
    assert leads(score_needs(text, lang), "human_rights")
    assert first_of(ranked(snapshot, text, lang), RIGHTS_DESKS) < 3


def test_a_planned_stay_in_hospital_reads_no_rights():
    # near-miss: a hospital stay one chose
    assert not leads(score_needs("来週から検査入院します。少し不安", "ja"), "human_rights")


# --- a child with adults met online or paid for meals --------------------------------------

CHILD_SAFETY = {
    "keisatsu-soudan-9110",
    "oyako-soudan-line",
    "bond-project-line",
    "jidou-katei-shien-center",
}


@pytest.mark.parametrize(
    "text",
    [
        "中3の娘が知らない大人の男性とご飯だけで2万円もらっていたみたい",
        "小6の息子が知らない大人とゲームで話していて、今度会いに行くと言う",
    ],
)
def test_a_child_with_adults_met_online_reaches_the_safety_desks(snapshot, text):
    assert first_of(ranked(snapshot, text, "ja"), CHILD_SAFETY) < 3


# --- an older person alone with money matters ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "夫が施設に入って、お金のことは全部夫まかせだったから何もわからない",
        "主人が入院して、暗証番号も主人しか知らないの。お金をおろす機械の使い方もわからない",
    ],
)
def test_an_older_person_alone_with_money_matters_reaches_the_community_centre(snapshot, text):
    assert leads(score_needs(text, "ja"), "older_age")
    assert ranked(snapshot, text, "ja")[0] == "chiiki-houkatsu-shien-center"


def test_changing_an_apps_pin_reads_no_old_age():
    # near-miss: a PIN and not knowing how, but no spouse's money matters
    text = "アプリの暗証番号を変えたいけど、やり方がわからない"
    assert not leads(score_needs(text, "ja"), "older_age")


# --- a relative's children taken in ---------------------------------------------------------

RELATIVES_CHILDREN = [
    ("兄が亡くなって、甥っ子を引き取ることになった", "ja"),
    ("my sister died and i took in my nephews", "en"),
    ("姐姐去世了，我收养了外甥", "zh-hans"),
    ("언니가 세상을 떠나서 조카를 맡아 키우게 됐어요", "ko"),
    ("minha irma morreu e fiquei com meus sobrinhos", "pt"),
    ("mi hermano murio y me quede con mis sobrinos", "es"),
    ("namatay ang kapatid ko, kinupkop ko ang pamangkin ko", "tl"),
    ("chị tôi mất, tôi nhận nuôi cháu", "vi"),
    ("kakak saya meninggal, sekarang saya mengasuh keponakan", "id"),
]


@pytest.mark.parametrize(("text", "lang"), RELATIVES_CHILDREN)
def test_taking_in_a_relatives_children_reads_raising_children(text, lang):
    assert leads(score_needs(text, lang), "child_rearing")


def test_a_niece_visiting_is_no_raising():
    # near-miss: a niece comes to stay for the holidays
    assert not leads(score_needs("正月に姪が遊びに来る", "ja"), "child_rearing")


# --- a widow and her late husband's parents ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "夫が亡くなってから、義両親の通院の送り迎えが全部私。義理の親と縁を切る方法はあるの",
        "主人を亡くして5年。姻族関係終了届というのを出したい",
    ],
)
def test_a_widows_in_laws_read_family_trouble(snapshot, text):
    assert leads(score_needs(text, "ja"), "family_trouble")
    found = ranked(snapshot, text, "ja")
    assert first_of(found, {"houterasu", "chiiki-houkatsu-shien-center"}) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我住院了，医生说下周可以出院", "zh-hans"),
        ("妈妈住院做手术，出院以后谁来照顾她", "zh-hans"),
    ],
)
def test_an_ordinary_hospital_stay_reads_no_rights(text, lang):
    # near-miss: the words of a stay in hospital without anyone holding the person there
    assert "human_rights" not in score_needs(text, lang)
