"""Need and ranking families of session V, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- discrimination for where one comes from or who one is, outside work: a marriage opposed
  because one grew up near the nuclear plant, a newcomer called an outsider by a
  neighbourhood group or a volunteer fire brigade, a trans patient put in a ward by the
  card's sex, reach the human rights line (みんなの人権110番, or the foreign-language one),
  not the labour desks (there is no employer);
- a grown-up who was a child in care (児童養護施設, 施設出身) wanting her records, or a young
  adult wanting a sibling out of care, reaches the child guidance centre: 施設 here is a
  children's home, not care for an older person; a parent's care home still is;
- a spouse missing for months with no death registered reads as a loss: survivors'
  pension and legal aid (a declaration of death);
- a permanent resident leaving Japan for a year reaches the immigration information centre;
- short texts: studying again as an adult (学び直し) reaches the education and training
  benefit; grief for an idol who left (推しロス) the listening lines, not old age or school;
- a school keeping a disabled pupil alone in an empty room reaches the children's human
  rights line or the education board's consultation;
- money for food gone (an empty fridge) reaches the food bank and the self-reliance desk;
- hands hurt by the work itself (cold water, white fingers) reach workers' accident
  insurance; a farm closed with debts reaches job seeker support; a hospital scholarship
  to be repaid on leaving reaches the labour desks;
- a partner who hid a marriage and borrowed money reaches legal aid.
"""

import pytest

from tests.navigator.engine.ranked import first_of, ranked
from tsunagari.navigator.engine.needs import score_needs


def _leads(needs: dict[str, float], need: str) -> bool:
    return needs.get(need, 0.0) >= 0.5


# --- discrimination for where one comes from or who one is ----------------------------

RIGHTS_LINES = {"minna-no-jinken-110", "gaikokugo-jinken-soudan"}
LABOUR_DESKS = {"sougou-roudou-soudan-corner", "roudou-kijun-kantokusho", "hellowork"}

ORIGIN_OR_IDENTITY = [
    ("婚約者の母に、原発の近くの出身だから結婚は反対だと言われた。何年たっても同じ", "ja"),
    ("引っ越してきて2年、町内会でずっとよそ者と言われて行事を押しつけられる", "ja"),
    ("消防団の飲み会を断ったら集落で無視されるようになった。辞めさせてもらえない", "ja"),
    ("戸籍の性別のまま男性の病室にされると言われた。トランスなので入院が怖い", "ja"),
    ("my boyfriend's family says no to our marriage because im from fukushima", "en"),
    ("the village fire brigade won't let my husband quit and calls him an outsider", "en"),
    ("I'm trans and the hospital says I must stay in the men's ward", "en"),
    ("他父母说我是福岛出身，反对我们结婚", "zh-hans"),
    ("후쿠시마 출신이라서 결혼을 반대한대요", "ko"),
    ("a familia dele e contra o casamento por ser de fukushima", "pt"),
    ("sus padres no me aceptan por ser de fukushima", "es"),
]


@pytest.mark.parametrize(("text", "lang"), ORIGIN_OR_IDENTITY)
def test_discrimination_outside_work_reaches_the_rights_line(snapshot, text, lang):
    assert _leads(score_needs(text, lang), "human_rights")
    ids = ranked(snapshot, text, lang)
    assert first_of(ids, RIGHTS_LINES) < 5
    assert ids[0] not in LABOUR_DESKS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a job with an employer who will not let one quit is still a labour matter
        ("会社を辞めたいのに上司が辞めさせてくれない", "ja"),
        ("my boss won't let me quit and keeps my last pay", "en"),
    ],
)
def test_an_employer_who_will_not_let_one_quit_is_still_work(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), LABOUR_DESKS) < 3


def test_a_fukushima_evacuee_asking_about_housing_reads_no_discrimination():
    assert "human_rights" not in score_needs("福島から避難してきた。住宅の支援はまだある？", "ja")


# --- care leavers and children in care -------------------------------------------------

IN_CARE = [
    ("中学まで児童養護施設で育った。どうして家から離されたのか、記録を見て知りたい", "ja"),
    ("施設育ちで、自分が保護された理由をだれも教えてくれなかった。今25です", "ja"),
    ("18で児童養護施設を出た弟を、今度は妹も引き取りたい。施設の妹と一緒に暮らせる？", "ja"),
    ("I was in a children's home until 18 and want to see my records from back then", "en"),
    pytest.param(
        "cresci num orfanato e quero ver meus registros",
        "pt",
        marks=pytest.mark.xfail(
            reason="known miss since session 19: the learned model, trained on 30 batches, "
            "puts legal aid and FRESC first; the child guidance centre is 4th"
        ),
    ),
    ("crecí en un orfanato y quiero saber por qué me quitaron de mis padres", "es"),
    pytest.param(
        "Tôi lớn lên ở cô nhi viện, muốn xem hồ sơ của tôi",
        "vi",
        marks=pytest.mark.xfail(
            reason="known miss since session 18: the learned model, trained on 28 batches, "
            "puts legal aid first; the child guidance centre is 5th"
        ),
    ),
    ("我在孤儿院长大，想知道被保护的原因", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), IN_CARE)
def test_a_child_in_care_or_a_care_leaver_reaches_the_child_guidance_centre(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert needs.get("caregiving", 0.0) < 0.5
    assert first_of(ranked(snapshot, text, lang), {"jidou-soudanjo"}) < 3


def test_a_parent_in_a_care_home_is_still_care(snapshot):
    text = "父を施設に入れたけど、面会に行くたびに帰りたいと言われてつらい"
    assert _leads(score_needs(text, "ja"), "caregiving")
    assert "jidou-soudanjo" not in ranked(snapshot, text, "ja")[:5]


# --- a spouse missing for months -------------------------------------------------------

MISSING = [
    ("夫が釣りに出て行方不明のまま半年。死亡届が出せなくて遺族年金の話も進まない", "ja"),
    ("my husband was lost at sea and never found, we have no income now", "en"),
    ("老公出海失踪三个月了，遗体没找到，家里没有收入", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), MISSING)
def test_a_spouse_missing_for_months_reaches_pension_or_legal_aid(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {"izoku-nenkin", "houterasu"}) < 3


def test_a_missing_cat_is_no_loss_of_a_spouse():
    assert "bereavement" not in score_needs("猫が行方不明になって一週間", "ja")


# --- a permanent resident leaving for a year -------------------------------------------

LEAVING = [
    ("永住ビザの妻が1年ほど国に戻る。再入国許可はいるのか", "ja"),
    ("permanent resident, going home for a year to care for my mother. will I lose it", "en"),
    ("tenho residente permanente e vou passar um ano fora, preciso de reentrada?", "pt"),
    ("soy residente permanente y voy a salir de Japón un año", "es"),
]


@pytest.mark.parametrize(("text", "lang"), LEAVING)
def test_a_resident_leaving_for_a_year_reaches_the_immigration_centre(snapshot, text, lang):
    ids = ranked(snapshot, text, lang)
    assert first_of(ids, {"gaikokujin-zairyu-info-center"}) < 3
    assert "kaigo-hoken-zaitaku" not in ids[:2]


# --- short texts -----------------------------------------------------------------------

STUDY = {"kyouiku-kunren-kyufu", "hello-training", "hellowork"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("学び直しをしたい", "ja"), ("リスキリング", "ja"), ("want to study again as an adult", "en")],
)
def test_studying_again_as_an_adult_reaches_training(snapshot, text, lang):
    assert ranked(snapshot, text, lang)[0] in STUDY


LISTENING = {
    "anata-no-ibasho",
    "kokoro-no-hotto-chat",
    "yorisoi-hotline",
    "inochi-no-denwa",
    "kokoro-no-kenko-soudan-touitsu-dial",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("推しが卒業してしまった", "ja"),
        ("推しが脱退してなにもやる気が出ない", "ja"),
        ("my favorite idol just retired and i cant stop crying", "en"),
    ],
)
def test_grief_for_an_idol_reaches_the_listening_lines(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert "school" not in needs
    assert "older_age" not in needs
    assert ranked(snapshot, text, lang)[0] in LISTENING


def test_a_school_graduation_is_still_school():
    assert "school" in score_needs("来月卒業するけど進路が決まらない", "ja")


# --- a school isolating a disabled pupil -----------------------------------------------

SCHOOL_RIGHTS = {"kodomo-no-jinken-110", "gaikokugo-jinken-soudan", "shugaku-soudan"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "自閉症の息子が毎日空き教室に一人で隔離されている。合理的配慮はどこへ",
            "ja",
            marks=pytest.mark.xfail(
                reason="known miss since session 20: the learned model, trained on 32 batches, "
                "puts three disability desks first; the children's rights line is 4th"
            ),
        ),
        ("my autistic son is kept alone in an empty room at school most days", "en"),
    ],
)
def test_a_pupil_kept_alone_in_a_room_reaches_rights_or_schooling(snapshot, text, lang):
    assert _leads(score_needs(text, lang), "human_rights")
    assert first_of(ranked(snapshot, text, lang), SCHOOL_RIGHTS) < 3


# --- food gone, work that hurts, a farm closed, a scholarship tied to a hospital --------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("夫が倒れて収入がなくなった。冷蔵庫がほぼ空で子どもに食べさせるものがない", "ja"),
        ("husband in hospital, no income, the fridge is empty and my kids are hungry", "en"),
    ],
)
def test_an_empty_fridge_reaches_food_and_money_help(snapshot, text, lang):
    assert _leads(score_needs(text, lang), "money")
    wanted = {"food-bank", "seikatsu-konkyusha-jiritsu-soudan", "seikatsu-hogo"}
    assert first_of(ranked(snapshot, text, lang), wanted) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("工場で一日中冷たい水を使う。指が白くなってしびれて痛い", "ja"),
        ("my fingers turn white and hurt from the cold water at the factory", "en"),
    ],
)
def test_hands_hurt_by_cold_work_reach_accident_insurance(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {"rousai-hoken", "roudou-kijun-kantokusho"}) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("酪農をやめることになった。雇用保険はないし、これから仕事を探す", "ja"),
        ("we are closing the family farm and my husband has to find work at 56", "en"),
    ],
)
def test_a_farm_closed_reaches_job_seeker_support(snapshot, text, lang):
    wanted = {"kyushokusha-shien-seido", "hellowork", "hello-training"}
    assert first_of(ranked(snapshot, text, lang), wanted) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("病院の奨学金で資格を取った。辞めたら一括返済と言われて辞められない", "ja"),
        ("the hospital says I must repay it all if I quit before three years", "en"),
    ],
)
def test_a_scholarship_tied_to_a_hospital_reaches_the_labour_desks(snapshot, text, lang):
    wanted = {"roudou-kijun-kantokusho", "sougou-roudou-soudan-corner"}
    assert first_of(ranked(snapshot, text, lang), wanted) < 3


def test_a_student_loan_to_repay_is_no_labour_matter(snapshot):
    text = "大学の奨学金の返済がきつい"
    assert "roudou-kijun-kantokusho" not in ranked(snapshot, text, "ja")[:3]


# --- a partner who hid a marriage ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("3年付き合った人が既婚者だった。貸したお金も返してくれない", "ja"),
        ("turns out he was secretly married, and he still owes me money", "en"),
        ("他其实已经结婚了，借的钱也不还我", "zh-hans"),
    ],
)
def test_a_partner_who_hid_a_marriage_reaches_legal_aid(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {"houterasu"}) < 3
