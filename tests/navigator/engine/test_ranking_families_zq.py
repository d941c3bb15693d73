"""Need and ranking families of session ZQ, over the real seed catalog.

Our own probe messages, with near-misses:
- "I thought I would die / be killed" after a beating (死ぬかと思った, 殺されるかと思った, "I
  thought I was going to die", "pensei que ia morrer"…) is fear for one's life: violence at
  home, no wish to die and no death; a wish to die or a death told beside it still reads so;
- an older relative who eats little of the meals (ご飯を食べなくなった, "hindi na kumakain
  ang lola") is old age, not an empty fridge or a neglected child, and the children's
  cafeteria does not reach her; a household with no food still reaches it;
- a medicine dispensed wrong at a pharmacy reaches the public health centre (where the
  medical safety desks take complaints), in Japanese, English, Portuguese and Spanish;
- an assault told without its name (pushed or held down although she said no) reads sexual
  violence and reaches the one-stop centre first; a push in play or in a sport does not;
- a gay man who has told no one reaches the LGBTQ line (つなにじ) among the first three; a
  secret of another kind does not;
- an older person found lost and confused, who cannot say where home is, is no homelessness
  and reaches the community support centre or the police first; a person with no home
  still reads housing.
"""

import pytest

from tests.navigator.engine.ranked import first_of, ranked
from tsunagari.navigator.engine.needs import CLEAR, score_needs

# --- fear for one's life after a beating ------------------------------------------------------

FEARED_DEATH = [
    ("夫に殴られて死ぬかと思った", "ja"),
    ("昨日の夜、夫に蹴られて本当に死ぬかと思いました", "ja"),
    ("彼氏に首を絞められて殺されるかと思った", "ja"),
    ("父に何度も殴られて、死ぬかと思った", "ja"),
    ("My husband beat me so badly I thought I was going to die", "en"),
    ("My boyfriend strangled me, I really thought I would die", "en"),
    ("Meu marido me bateu tanto que pensei que ia morrer", "pt"),
    ("Mi esposo me golpeó y pensé que me iba a morir", "es"),
    ("Suami memukul saya, saya kira saya akan mati", "id"),
    ("丈夫打我，我以为我要死了", "zh-hans"),
]
DV_DESKS = {
    "dv-soudan-navi",
    "dv-soudan-plus",
    "haiguusha-bouryoku-soudan-shien-center",
    "josei-soudan-shien-center",
    "keisatsu-soudan-9110",
}
SUICIDE_LINES = {"inochi-no-denwa", "inochi-sos", "ikizurabitto", "kokoro-no-hotto-chat"}


@pytest.mark.parametrize(("text", "lang"), FEARED_DEATH)
def test_feared_death_after_a_beating_is_no_wish_to_die_nor_a_death(text, lang):
    needs = score_needs(text, lang)
    assert "suicidal_feelings" not in needs
    assert "bereavement" not in needs
    assert needs.get("violence_at_home", 0.0) >= CLEAR or needs.get("child_abuse", 0.0) >= CLEAR


@pytest.mark.parametrize(("text", "lang"), FEARED_DEATH[:6])
def test_feared_death_after_a_beating_reaches_violence_desks_before_suicide_lines(
    snapshot, text, lang
):
    ids = ranked(snapshot, text, lang)
    assert first_of(ids, DV_DESKS) < first_of(ids, SUICIDE_LINES)


@pytest.mark.parametrize(
    ("text", "lang", "need"),
    [
        ("もう死のうと思う", "ja", "suicidal_feelings"),
        ("夫に殴られた。もう死にたい", "ja", "suicidal_feelings"),
        ("夫が亡くなって死のうと思った", "ja", "suicidal_feelings"),
        ("夫が死んだ", "ja", "bereavement"),
        ("I want to die", "en", "suicidal_feelings"),
        ("quero morrer", "pt", "suicidal_feelings"),
        ("me quiero morir", "es", "suicidal_feelings"),
        ("saya ingin mati", "id", "suicidal_feelings"),
        ("我想死", "zh-hans", "suicidal_feelings"),
    ],
)
def test_a_wish_to_die_or_a_death_still_reads_so(text, lang, need):
    assert score_needs(text, lang).get(need, 0.0) >= CLEAR


def test_hyperbole_about_work_is_no_wish_to_die():
    assert "suicidal_feelings" not in score_needs("仕事が忙しすぎて死ぬかと思った", "ja")


# --- an older relative who eats little ---------------------------------------------------------

EATS_LITTLE = [
    ("おばあちゃんがあまりごはんを食べなくなった", "ja"),
    ("祖母が最近ご飯をほとんど食べません", "ja"),
    ("じいちゃんがご飯を残すようになった", "ja"),
    ("Halos hindi na kumakain ang lola ko", "tl"),
    ("Minha avó quase não come mais", "pt"),
]
FOOD = {"kodomo-shokudou", "food-bank"}


@pytest.mark.parametrize(("text", "lang"), EATS_LITTLE)
def test_an_older_relative_eating_little_is_no_empty_fridge(text, lang):
    needs = score_needs(text, lang)
    assert "money" not in needs
    assert "child_abuse" not in needs


@pytest.mark.parametrize(("text", "lang"), EATS_LITTLE)
def test_an_older_relative_eating_little_does_not_reach_the_food_services_first(
    snapshot, text, lang
):
    assert first_of(ranked(snapshot, text, lang), FOOD) >= 3


@pytest.mark.parametrize(
    "text",
    [
        "子どもにご飯がない",
        "家にご飯がなくて子どもが食べていない",
        "お金がなくてご飯も食べられない",
    ],
)
def test_a_household_without_food_still_reaches_the_food_services(snapshot, text):
    assert score_needs(text, "ja").get("money", 0.0) >= CLEAR
    assert first_of(ranked(snapshot, text, "ja"), FOOD) < 3


# --- a medicine dispensed wrong ----------------------------------------------------------------

WRONG_MEDICINE = [
    ("薬局で違う薬を出されて飲んでしまった", "ja"),
    ("調剤薬局で薬を間違えて渡された", "ja"),
    ("薬剤師さんが薬を間違えたみたいで、飲んだら体調が悪い", "ja"),
    ("The pharmacy gave me the wrong medicine", "en"),
    ("The pharmacist gave my son the wrong medication", "en"),
    ("A farmácia me deu o remédio errado", "pt"),
    ("En la farmacia me dieron un medicamento equivocado", "es"),
]


@pytest.mark.parametrize(("text", "lang"), WRONG_MEDICINE)
def test_a_medicine_dispensed_wrong_reaches_the_public_health_centre(snapshot, text, lang):
    assert ranked(snapshot, text, lang)[0] == "hokenjo"


def test_medicine_costs_are_still_a_money_matter(snapshot):
    ids = ranked(snapshot, "薬代が高くて払えない", "ja")
    assert "hokenjo" not in ids[:3]


# --- an assault told without its name ----------------------------------------------------------

UNNAMED_ASSAULT = [
    ("知り合いの男性に家で押し倒されて、やめてと言ったのにされた", "ja"),
    ("バイト先の店長に押し倒されて、抵抗したけど無理だった", "ja"),
    ("A guy from work pinned me down and I said no but he kept going", "en"),
    ("He held me down and took my clothes off", "en"),
    ("I was assaulted at a party when I was drunk", "en"),
]


@pytest.mark.parametrize(("text", "lang"), UNNAMED_ASSAULT)
def test_an_unnamed_assault_reads_sexual_violence_and_reaches_the_one_stop_centre(
    snapshot, text, lang
):
    assert score_needs(text, lang).get("sexual_violence", 0.0) >= CLEAR
    assert ranked(snapshot, text, lang)[0] == "one-stop-seibouryoku"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("子どもとじゃれていたら押し倒された", "ja"), ("柔道の練習で押し倒されて足をけがした", "ja")],
)
def test_a_push_in_play_or_sport_is_no_sexual_violence(snapshot, text, lang):
    assert "sexual_violence" not in score_needs(text, lang)
    assert "one-stop-seibouryoku" not in ranked(snapshot, text, lang)[:3]


# --- a gay man who has told no one -------------------------------------------------------------

CLOSETED = [
    ("ゲイであることを誰にも言えずに悩んでいる", "ja"),
    ("30代の男ですが、同性愛者であることを打ち明けられる人がいません", "ja"),
    ("I am gay and I haven't told anyone, I feel alone", "en"),
    ("I'm a closeted gay man and it's getting harder to hide it", "en"),
    ("Sou gay e ninguém sabe, não tenho com quem falar", "pt"),
    ("Soy gay y nadie lo sabe, me siento solo", "es"),
]


@pytest.mark.parametrize(("text", "lang"), CLOSETED)
def test_a_closeted_gay_man_reaches_the_lgbtq_line(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {"tsunaniji"}) < 3


@pytest.mark.parametrize("text", ["誰にも言えない悩みがある", "借金のことを家族に言えない"])
def test_another_secret_does_not_reach_the_lgbtq_line(snapshot, text):
    assert "tsunaniji" not in ranked(snapshot, text, "ja")[:3]


# --- an older person found lost ----------------------------------------------------------------

LOST_ELDER = [
    ("道で迷っているおばあさんがいて、家もわからんと言っている", "ja"),
    ("知らないおじいさんが自分の家がどこかわからないみたい", "ja"),
    ("駅で高齢の女性が、自分の住所も名前も言えずに困っている", "ja"),
    ("近所で夜中に知らないおばあちゃんが歩き回っていて、家がどこか答えられない", "ja"),
    ("There is an old man outside who seems confused and can't tell me where he lives", "en"),
]
OLDER_OR_POLICE = {"chiiki-houkatsu-shien-center", "keisatsu-soudan-9110"}
NO_HOME = {"ichiji-seikatsu-shien", "safety-net-jutaku", "jukyo-kakuho-kyufukin"}


@pytest.mark.parametrize(("text", "lang"), LOST_ELDER)
def test_a_lost_older_person_is_no_homelessness(snapshot, text, lang):
    assert score_needs(text, lang).get("housing", 0.0) < CLEAR
    ids = ranked(snapshot, text, lang)
    assert ids[0] in OLDER_OR_POLICE
    assert first_of(ids, NO_HOME) >= 3


@pytest.mark.parametrize(
    "text", ["住む家がない", "家がなくて公園で寝ている", "アパートを追い出されて家がない"]
)
def test_a_person_without_a_home_still_reads_housing(snapshot, text):
    assert score_needs(text, "ja").get("housing", 0.0) >= CLEAR
    assert first_of(ranked(snapshot, text, "ja"), NO_HOME) < 3


# --- a bruise from a ball or a fall (ko) ----------------------------------------------------------

ACCIDENTAL_BRUISES = [
    "축구하다가 공에 맞아서 멍이 들었어요",
    "체육 시간에 공에 맞아서 멍이 생겼어요",
    "계단에서 넘어져서 멍이 들었는데 병원 가야 하나요",
    "문에 부딪혀서 멍이 들었어요",
]


@pytest.mark.parametrize("text", ACCIDENTAL_BRUISES)
def test_a_bruise_from_play_or_a_fall_is_no_violence(text):
    needs = score_needs(text, "ko")
    assert needs.get("violence_at_home", 0.0) < CLEAR
    assert needs.get("child_abuse", 0.0) < CLEAR


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("남편한테 맞아서 얼굴에 멍이 들었어요", "violence_at_home"),
        ("아빠한테 맞아서 멍이 들었어요", "child_abuse"),
        ("남자친구가 때려서 팔에 멍이 생겼어요", "violence_at_home"),
    ],
)
def test_a_bruise_from_a_blow_at_home_still_reads_violence(text, need):
    assert score_needs(text, "ko").get(need, 0.0) >= CLEAR
