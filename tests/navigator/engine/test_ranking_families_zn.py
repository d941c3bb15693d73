"""Need and ranking families of session ZN, over the real seed catalog.

Our own probe messages, with near-misses:
- a grown relative (a parent, a grandparent) who has lost appetite and drive, eats little and
  lies down all day, or puts it down to age, is low mood or old age for the community support
  centre and the mind's desks, not an empty fridge, a neglected child, a loan's interest or a
  death ("lost interest"); a person who cannot afford food, a child left without meals, a loan's
  interest and a death still read as before;
- the Japanese child allowance named in Latin letters (kodomo teate, jido teate) inside a
  Taglish, Portuguese or romanised Nepali message, and a baby born weeks or months ago in
  romanised Nepali, read child rearing and reach the child allowance; months without work do not;
- a child who has stopped going to school, said as parents say it (学校を休みがち, "não vai mais
  na escola", "ya no va a la escuela", "stopped going to school"), reaches the education support
  centre; an adult missing work does not;
- eating and then vomiting on purpose, or fear of gaining weight, told without the illness's
  name, reads the mind; vomiting from a hangover does not;
- a Filipino teenager pushed by friends to steal reads delinquency and reaches the juvenile
  support centre; a stolen wallet does not read delinquency;
- unwanted courting that does not stop (daily love messages, asked again and again after a
  no) reads rights and reaches the women's rights line; one's own love messages to a partner
  do not.
"""

import pytest

from tests.navigator.engine.ranked import first_of, ranked
from tsunagari.navigator.engine.needs import CLEAR, score_needs

# --- a grown relative with no appetite or drive ----------------------------------------------

LOW_RELATIVE = [
    ("離れて暮らす母が夏から何もする気が起きないようで、食欲もなく横になってばかりいる", "ja"),
    ("父が何もやる気がないと言ってごはんもろくに食べない", "ja"),
    ("祖母がこのところ食欲もなくて、年のせいだと言って一日中寝ている", "ja"),
    ("My mother lost interest in everything since my father retired", "en"),
    ("Minha mãe idosa não come quase nada e fica deitada o dia todo, sem vontade de nada", "pt"),
]
OLDER_OR_MIND = {
    "chiiki-houkatsu-shien-center",
    "seishin-hoken-fukushi-center",
    "kokoro-no-kenko-soudan-touitsu-dial",
    "hoken-center",
    "hokenjo",
}
FOOD = {"kodomo-shokudou", "food-bank"}


@pytest.mark.parametrize(("text", "lang"), LOW_RELATIVE)
def test_a_relative_without_appetite_or_drive_is_no_food_poverty_or_neglect(text, lang):
    needs = score_needs(text, lang)
    for wrong in ("money", "child_abuse", "debt", "bereavement"):
        assert wrong not in needs
    assert needs.get("mental_health", 0.0) >= CLEAR or needs.get("older_age", 0.0) >= CLEAR


@pytest.mark.parametrize(("text", "lang"), LOW_RELATIVE)
def test_a_relative_without_appetite_or_drive_reaches_older_age_or_mind_desks(snapshot, text, lang):
    ids = ranked(snapshot, text, lang)
    assert first_of(ids, OLDER_OR_MIND) < 3
    assert first_of(ids, FOOD) >= 3


@pytest.mark.parametrize(
    ("text", "lang", "need"),
    [
        ("お金がなくて三日もごはんを食べてない", "ja", "money"),
        ("お母さんが帰ってこなくてごはん食べてない", "ja", "child_abuse"),
        ("The interest on my loan keeps growing every month", "en", "debt"),
        ("I lost my husband last spring and cannot stop crying", "en", "bereavement"),
    ],
)
def test_hunger_neglect_interest_and_a_death_still_read_as_before(text, lang, need):
    assert score_needs(text, lang).get(need, 0.0) >= CLEAR


# --- the child allowance in Latin letters, a newborn in romanised Nepali -----------------------

CHILD_ALLOWANCE = [
    ("mero chhora janmeko 3 hapta bhayo, kodomo teate ko lagi kaha janu?", "ne"),
    ("hamro chhori janmeko 1 mahina bhayo, ke ke kagaj chahincha?", "ne"),
    ("Paano mag-apply ng kodomo teate para sa bagong anak ko?", "tl"),
    ("Como faço pra pedir o jidou teate do meu bebê?", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), CHILD_ALLOWANCE)
def test_a_newborn_or_the_allowance_in_latin_letters_reads_child_rearing(text, lang):
    assert score_needs(text, lang).get("child_rearing", 0.0) >= CLEAR


@pytest.mark.parametrize(("text", "lang"), [c for c in CHILD_ALLOWANCE if "teate" in c[0]])
def test_the_allowance_in_latin_letters_reaches_the_child_allowance(snapshot, text, lang):
    assert "jidou-teate" in ranked(snapshot, text, lang)[:3]


def test_months_without_work_in_romanised_nepali_is_no_newborn():
    assert "child_rearing" not in score_needs("ma 2 mahina dekhi kaam chaina", "ne")


# --- a child who has stopped going to school ---------------------------------------------------

STOPPED_SCHOOL = [
    ("息子が2学期から学校を休みがちで、朝になると頭が痛いと言う", "ja"),
    ("小5の娘の行き渋りが続いていて、毎朝玄関で泣く", "ja"),
    ("Meu filho não vai mais na escola faz um mês", "pt"),
    ("Minha filha parou de ir à escola depois das férias", "pt"),
    ("Mi hijo ya no va a la escuela desde hace un mes", "es"),
    ("My son stopped going to school in October", "en"),
]


@pytest.mark.parametrize(("text", "lang"), STOPPED_SCHOOL)
def test_a_child_who_stopped_going_to_school_reaches_the_education_support_centre(
    snapshot, text, lang
):
    assert "kyouiku-shien-center" in ranked(snapshot, text, lang)[:3]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("最近会社を休みがちで上司に注意された", "ja"),
        ("I stopped going to work after my boss yelled at me", "en"),
    ],
)
def test_an_adult_missing_work_does_not_reach_the_education_support_centre(snapshot, text, lang):
    assert "kyouiku-shien-center" not in ranked(snapshot, text, lang)[:8]


# --- eating and vomiting on purpose ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("食べ過ぎては吐いてしまう。体重が増えるのが怖くてやめられない", "ja"),
        ("ダイエットを始めてから、食べると罪悪感で吐くようになった", "ja"),
        ("I make myself throw up after meals because I am afraid of getting fat", "en"),
    ],
)
def test_eating_and_vomiting_on_purpose_reads_the_mind(snapshot, text, lang):
    assert score_needs(text, lang).get("mental_health", 0.0) >= CLEAR
    assert "sesshoku-shougai-portal" in ranked(snapshot, text, lang)[:8]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("二日酔いで朝から吐いてばかり", "ja"), ("I threw up after eating bad fish", "en")],
)
def test_vomiting_from_a_hangover_or_bad_food_is_no_eating_disorder(text, lang):
    assert "mental_health" not in score_needs(text, lang)


# --- a teenager pushed by friends to steal -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pinipilit ako ng barkada ko na magnakaw sa tindahan, 14 na ako", "tl"),
        ("yung barkada ko gusto nila sumama ako mag shoplift sa mall, ayoko", "tl"),
    ],
)
def test_a_teenager_pushed_to_steal_reaches_the_juvenile_support_centre(snapshot, text, lang):
    assert score_needs(text, lang).get("crime_rehabilitation", 0.0) >= CLEAR
    assert "houmu-shounen-shien-center" in ranked(snapshot, text, lang, "child")[:5]


def test_a_stolen_wallet_in_taglish_is_no_delinquency():
    needs = score_needs("Ninakaw ang pitaka ko sa tren kahapon", "tl")
    assert "crime_rehabilitation" not in needs


# --- unwanted courting that does not stop ------------------------------------------------------

UNWANTED_COURTING = [
    ("バイト先の先輩に告白されて断ったのに、しつこく連絡してくる", "ja"),
    ("教室で知り合った男の人から毎日好きだとメッセージが来て嫌だ", "ja"),
    ("I said no but he keeps asking me out every week", "en"),
]


@pytest.mark.parametrize(("text", "lang"), UNWANTED_COURTING)
def test_unwanted_courting_reads_rights_and_reaches_the_womens_rights_line(snapshot, text, lang):
    assert score_needs(text, lang).get("human_rights", 0.0) >= CLEAR
    assert "josei-no-jinken-hotline" in ranked(snapshot, text, lang)[:8]


def test_ones_own_love_messages_are_no_rights_matter():
    assert "human_rights" not in score_needs("彼氏が好きすぎて毎日メッセージを送ってしまう", "ja")
