"""Need and ranking families of session ZP, over the real seed catalog.

Our own probe messages, with near-misses:
- whether any pension will be paid after years of unpaid premiums (年金って出る?, もらえない?,
  受給資格) reads old age and reaches the old-age pension; a premium one cannot pay now still
  reaches the premium exemption first;
- an earthquake written in kana (じしん, also 自信 "confidence") beside damage, shaking or a
  home one cannot sleep in reads disaster and reaches the disaster victims' support; "じしん が
  ない" (no confidence) does not read disaster;
- a grown child who has not left the house for years, said in dialect (出とらん, 出ちょらん)
  or plainly (出ていない), reads withdrawal and reaches the hikikomori centre; a son who left
  home years ago does not;
- a relative grown very thin who hides in the toilet after meals or hardly eats reads the mind
  and reaches the eating-disorder portal; one's own happy diet does not read the mind;
- a child with Down syndrome (es, pt, vi, tl) reads disability; "estoy muy down" does not;
- being mocked for one's Japanese or accent, filmed and posted to laugh at, reads rights and
  reaches the rights lines, not the sexual-crime desks; filming up a skirt still reads sexual
  violence;
- wanting to see a doctor but worried about the cost (ko, vi, en, zh) reaches the free and
  low-cost clinics; a worry about cram-school fees does not;
- a husband or father lost at sea with his boat and not yet found (Thai) reads bereavement and
  reaches the survivors' pension; a husband who sends no money does not.
"""

import pytest

from tests.navigator.engine.ranked import first_of, ranked
from tsunagari.navigator.engine.needs import CLEAR, score_needs

# --- a pension after years unpaid ---------------------------------------------------------------

PENSION_PAYOUT = [
    ("若いころ年金を納めてなかった。60過ぎたけど年金はもらえないんでしょうか", "ja"),
    ("国民年金、10年しか払ってない。受給資格ってあるの？", "ja"),
    ("来年65歳。自営業のとき国民年金を払っていなかったけど、年金は出ますか", "ja"),
]


@pytest.mark.parametrize(("text", "lang"), PENSION_PAYOUT)
def test_a_pension_after_unpaid_years_reaches_the_old_age_pension(snapshot, text, lang):
    assert score_needs(text, lang).get("older_age", 0.0) >= CLEAR
    assert ranked(snapshot, text, lang)[0] == "rourei-nenkin"


def test_a_premium_one_cannot_pay_still_reaches_the_exemption_first(snapshot):
    ids = ranked(snapshot, "国民年金の保険料が払えない。督促がきた", "ja")
    assert ids[0] == "kokumin-nenkin-menjo"


# --- an earthquake written in kana ----------------------------------------------------------------

KANA_EARTHQUAKE = [
    "じしん で いえ が かたむいて、 へや に すめない",
    "きのう の じしん で かべ が こわれた。 どこ に そうだん する？",
    "じしん の あと、 こわくて ねむれない。 くるま で ねて います",
]
DISASTER_AID = {"hisaisha-shien-seido", "hisaisha-seikatsu-saiken-shien"}


@pytest.mark.parametrize("text", KANA_EARTHQUAKE)
def test_an_earthquake_in_kana_reaches_disaster_support(snapshot, text):
    assert score_needs(text, "ja-easy").get("disaster", 0.0) >= CLEAR
    assert first_of(ranked(snapshot, text, "ja-easy"), DISASTER_AID) < 3


def test_no_confidence_in_kana_is_no_disaster():
    assert "disaster" not in score_needs("じしん が ない。しごと で しっぱい ばかり", "ja")


# --- years without leaving the house, in dialect --------------------------------------------------

SHUT_IN_DIALECT = [
    "息子はもう十年、家から出とらん。わしらも年やけえ心配じゃ",
    "娘が五年も家から出ていない。親が死んだらどうなるのか",
    "長男が二十年家から出ちょらん。どこに相談したらええがか",
]


@pytest.mark.parametrize("text", SHUT_IN_DIALECT)
def test_years_without_leaving_the_house_reach_the_hikikomori_centre(snapshot, text):
    assert score_needs(text, "ja").get("hikikomori", 0.0) >= CLEAR
    assert ranked(snapshot, text, "ja")[0] == "hikikomori-chiiki-shien-center"


def test_a_son_who_left_home_is_no_shut_in():
    assert "hikikomori" not in score_needs("息子が家を出て十年、連絡もない", "ja")


# --- an eating disorder seen by the family --------------------------------------------------------

THIN_RELATIVE = [
    "娘がひどく痩せてきて、食べた後すぐトイレにこもる",
    "高校生の娘が激やせして、ほとんど食べない。本人は大丈夫と言う",
    "大学の寮から帰った息子が痩せていて、食べたあとトイレにこもる",
]


@pytest.mark.parametrize("text", THIN_RELATIVE)
def test_a_relative_grown_thin_reaches_the_eating_disorder_portal(snapshot, text):
    assert score_needs(text, "ja").get("mental_health", 0.0) >= CLEAR
    assert first_of(ranked(snapshot, text, "ja"), {"sesshoku-shougai-portal"}) < 5


def test_a_happy_diet_is_no_eating_disorder():
    assert "mental_health" not in score_needs("最近痩せた。ダイエット成功してうれしい", "ja")


# --- a child with Down syndrome -------------------------------------------------------------------

DOWN_SYNDROME = [
    ("Mi hija nació con síndrome de Down y no sé qué ayudas hay en Japón", "es"),
    ("Meu filho tem síndrome de Down, onde peço ajuda no Japão?", "pt"),
    ("Con tôi bị hội chứng Down, tôi muốn biết có hỗ trợ gì không", "vi"),
    ("May Down syndrome ang anak ko, saan ako hihingi ng tulong?", "tl"),
]


@pytest.mark.parametrize(("text", "lang"), DOWN_SYNDROME)
def test_a_child_with_down_syndrome_reads_disability(text, lang):
    assert score_needs(text, lang).get("disability", 0.0) >= CLEAR


def test_feeling_down_is_no_disability():
    assert "disability" not in score_needs("Estoy muy down, sin ganas de nada", "es")


# --- mocked for one's Japanese ------------------------------------------------------------------

MOCKED_JAPANESE = [
    ("Đồng nghiệp quay lén lúc em nói tiếng Nhật sai rồi đăng lên mạng để chế giễu", "vi"),
    ("Coworkers filmed me speaking Japanese and posted it on TikTok to laugh at my accent", "en"),
    ("No trabalho eles imitam meu sotaque e riem de mim todo dia", "pt"),
    ("En la fábrica se burlan de mi japonés y imitan mi acento", "es"),
]
RIGHTS = {"gaikokugo-jinken-soudan", "minna-no-jinken-110"}
SEXUAL_CRIME = {"seihanzai-higai-soudan-8103", "one-stop-seibouryoku"}


@pytest.mark.parametrize(("text", "lang"), MOCKED_JAPANESE)
def test_mocked_for_ones_japanese_reaches_the_rights_lines(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert needs.get("human_rights", 0.0) >= CLEAR
    assert "sexual_violence" not in needs
    ids = ranked(snapshot, text, lang)
    assert first_of(ids, RIGHTS) < 3
    assert first_of(ids, SEXUAL_CRIME) >= 5


def test_filming_up_a_skirt_is_still_sexual_violence():
    needs = score_needs("Có người quay lén dưới váy em trên tàu", "vi")
    assert needs.get("sexual_violence", 0.0) >= CLEAR


# --- worried about a doctor's cost ------------------------------------------------------------

DOCTOR_COST = [
    ("몇 달째 잠을 못 자요. 병원에 가고 싶은데 돈이 걱정돼요", "ko"),
    ("Em muốn đi bệnh viện khám nhưng lo tiền viện phí", "vi"),
    ("I need to see a doctor but I am worried about the cost of the hospital", "en"),
    ("想去医院看病，但是担心医药费", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), DOCTOR_COST)
def test_a_doctor_one_worries_to_afford_reaches_the_low_cost_clinics(snapshot, text, lang):
    assert ranked(snapshot, text, lang)[0] == "muryou-teigaku-shinryou"


def test_cram_school_fees_are_no_doctors_bill(snapshot):
    """A household short of money for cram school reads money first: the desks for a household's
    money lead and the clinics stay out of the top three (the learned model, retrained on batch
    41, puts them 5th, next to the child medical-cost subsidy)."""
    ids = ranked(snapshot, "아이 학원비가 걱정돼요. 돈이 부족해요", "ko")
    clinic = first_of(ids, {"muryou-teigaku-shinryou"})
    assert clinic >= 3
    assert first_of(ids, {"seikatsu-konkyusha-jiritsu-soudan", "jidou-teate"}) < clinic


# --- lost at sea, not yet found ------------------------------------------------------------------

LOST_AT_SEA = [
    "สามีเป็นชาวประมง เรือล่มเมื่อเดือนก่อน ยังหาตัวไม่เจอ ไม่มีรายได้เลย",
    "พ่อออกเรือไปแล้วเรือล่ม ตอนนี้ยังหาตัวไม่พบ แม่ไม่มีเงิน",
    "สามีหายในทะเลตอนออกไปทำงานบนเรือประมง จะได้เงินอะไรไหม",
]


@pytest.mark.parametrize("text", LOST_AT_SEA)
def test_lost_at_sea_reaches_the_survivors_pension(snapshot, text):
    assert "bereavement" in score_needs(text, "th")
    assert first_of(ranked(snapshot, text, "th"), {"izoku-nenkin"}) < 3


def test_a_husband_who_sends_no_money_is_no_survivors_case(snapshot):
    text = "สามีไม่ส่งเงินมาให้ ไม่มีรายได้"
    assert "bereavement" not in score_needs(text, "th")
    assert first_of(ranked(snapshot, text, "th"), {"izoku-nenkin"}) >= 5


# --- a part-timer's pay withheld ----------------------------------------------------------------

LABOUR_STANDARDS = "roudou-kijun-kantokusho"


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("バイト代、先月分がまだもらえてない。高校生です", "child"),
        ("アルバイト代が払われないまま店長と連絡がつかない", "adult"),
        ("辞めたバイト先から最後の月のバイト代がもらえない", "adult"),
    ],
)
def test_part_time_pay_withheld_reaches_the_labour_standards_office(snapshot, text, audience):
    assert first_of(ranked(snapshot, text, "ja", audience=audience), {LABOUR_STANDARDS}) < 3


def test_a_sons_pay_spent_on_games_is_no_labour_matter(snapshot):
    ids = ranked(snapshot, "息子のバイト代を全部ゲームに使ってしまう", "ja")
    assert first_of(ids, {LABOUR_STANDARDS}) >= 3
