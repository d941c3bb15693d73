"""Need and ranking families of session ZH (reading quirks), over the real seed catalog.

Our own probe messages, with near-misses:
- a drinking, gambling or drug problem told by a single parent reaches the addiction desks
  first (ranking.yaml need.first_when_clear lowers only the single-parent reading); a single
  parent's money or childcare worry, or a drink after work, still reaches single-parent help;
- a family member's gambling or host-club spending with the rent unpaid brings the addiction
  centre (family consultation) among the first three, and the pay (給料, pay, 월급, 工资…)
  spent on it reads no work problem; a pay cut with the rent unpaid still reads work;
- a penalty for quitting (辞めるなら罰金, 退職したら違約金, "fine me if I quit") and customers'
  unpaid bills taken from pay bring the labour desks first; a parking fine or a phone
  contract's cancellation fee does not;
- a boss's sexual jokes or remarks (ko 성적인 농담, en, es, pt, zh) read work, not sexual
  violence, and the labour desks come before the sexual-violence desks; 성적 as school
  grades reads no sexual violence; an assault or touching still reads sexual violence;
- pain or bleeding told by a pregnant woman reads pregnancy at least as strongly as health,
  in every language; a stomach ache alone reads no pregnancy;
- a man or a boy telling of sexual violence reaches the always-open sexual-violence desks
  first; the men's time-limited line and Cure Time may follow, never ahead of them.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.config import ranking_weights
from tsunagari.navigator.engine.needs import score_needs
from tsunagari.navigator.engine.ranking import harm_first

ADDICTION_DESKS = {"izonshou-soudan-kyoten", "seishin-hoken-fukushi-center", "hokenjo"}
SINGLE_PARENT_DESKS = {
    "boshi-katei-shugyo-jiritsu-center",
    "hitorioya-seikatsu-koujou",
    "hitorioya-nichijou-seikatsu-shien",
    "jidou-fuyou-teate",
    "boshi-fushi-kafu-fukushi-shikin",
}
LABOUR_DESKS = {
    "roudou-kijun-kantokusho",
    "sougou-roudou-soudan-corner",
    "roudou-jouken-soudan-hotline",
}
SEXUAL_VIOLENCE_DESKS = {"one-stop-seibouryoku", "seihanzai-higai-soudan-8103"}
MENS_AND_CHAT_LINES = {"dansei-seibouryoku-hotline", "cure-time"}

# --- a single parent's drinking problem ---------------------------------------------------------

SINGLE_PARENT_DRINKING = [
    ("シングルマザーです。お酒がやめられなくて困っています", "ja"),
    ("ひとり親です。酒の量が増えて朝も飲んでしまう", "ja"),
    ("シングルファザーだけど、パチンコがやめられない", "ja"),
    ("I'm a single mother and I can't stop drinking", "en"),
    ("Single dad here, I think I'm an alcoholic", "en"),
    ("Sou mãe solteira e não consigo parar de beber", "pt"),
    ("Soy madre soltera y no puedo dejar de beber", "es"),
    ("我是单亲妈妈，喝酒戒不掉", "zh-hans"),
    ("한부모인데 술을 끊을 수가 없어요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), SINGLE_PARENT_DRINKING)
def test_a_single_parents_drinking_problem_reaches_the_addiction_desks_first(snapshot, text, lang):
    ids = ranked(snapshot, text, lang)
    assert ids[0] in ADDICTION_DESKS
    assert sum(service in ADDICTION_DESKS for service in ids[:3]) >= 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("シングルマザーです。お金が足りなくて生活が苦しい", "ja"),
        ("ひとり親で、子どもを預けるところがない", "ja"),
        ("I'm a single mother and I can't afford rent", "en"),
        ("Single mom, I need childcare so I can work", "en"),
        ("シングルマザーです。仕事帰りに一杯飲むのが楽しみ", "ja"),
    ],
)
def test_a_single_parents_money_or_childcare_worry_still_reaches_single_parent_help(
    snapshot, text, lang
):
    ids = ranked(snapshot, text, lang)
    assert first_of(ids, SINGLE_PARENT_DESKS) < 2
    assert first_of(ids, ADDICTION_DESKS) > first_of(ids, SINGLE_PARENT_DESKS)


def test_a_clear_dependence_lowers_only_the_single_parent_reading():
    table = ranking_weights()["need"]
    seen = harm_first({"dependence": 0.7, "single_parent": 0.7, "money": 0.5}, table)
    assert seen["single_parent"] < 0.7
    assert seen["dependence"] == 0.7
    assert seen["money"] == 0.5
    weak = {"dependence": 0.5, "single_parent": 0.7}
    assert harm_first(weak, table) == weak


@pytest.mark.parametrize(
    ("text", "lang"),
    [("I'm a single mother and I can't stop drinking", "en"), ("Single dad, I need a job", "en")],
)
def test_a_single_mother_or_father_is_no_quarrel_at_home(text, lang):
    assert "family_trouble" not in score_needs(text, lang)


# --- a family member's gambling with the rent unpaid --------------------------------------------

FAMILY_GAMBLING = [
    ("夫がパチンコに給料をつぎ込んで家賃が払えない", "ja"),
    ("息子がギャンブルにはまって、家賃を滞納している", "ja"),
    ("娘がホストクラブにお金をつぎ込んで、家賃が2か月払えていない", "ja"),
    ("夫が競馬で給料を全部使ってしまい、家賃を滞納しています", "ja"),
    ("My husband gambles away his pay and we can't pay the rent", "en"),
    ("My son spends all his money on gambling and the rent is three months behind", "en"),
    ("Meu marido gasta o salário em apostas e não pagamos o aluguel", "pt"),
    ("丈夫把工资都输在赌博上，房租交不起", "zh-hans"),
    ("남편이 도박으로 월급을 다 써서 월세를 못 내요", "ko"),
    ("Chồng tôi cờ bạc hết tiền lương, không trả được tiền nhà", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), FAMILY_GAMBLING)
def test_a_family_members_gambling_brings_the_addiction_centre_among_the_first(
    snapshot, text, lang
):
    assert first_of(ranked(snapshot, text, lang), {"izonshou-soudan-kyoten"}) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("夫がパチンコに給料をつぎ込んで家賃が払えない", "ja"),
        ("My husband gambles away his pay and we can't pay the rent", "en"),
        ("丈夫把工资都输在赌博上，房租交不起", "zh-hans"),
        ("남편이 도박으로 월급을 다 써서 월세를 못 내요", "ko"),
    ],
)
def test_the_pay_a_family_member_gambles_away_is_no_work_problem(text, lang):
    assert "work" not in score_needs(text, lang)


def test_money_poured_into_a_host_club_reads_dependence():
    assert leads(score_needs("娘がホストクラブにお金をつぎ込んでいる", "ja"), "dependence")


@pytest.mark.parametrize(
    ("text", "lang"),
    [("給料が下がって家賃が払えない", "ja"), ("会社が給料を払ってくれない", "ja")],
)
def test_a_pay_cut_or_unpaid_pay_still_reads_work(text, lang):
    assert leads(score_needs(text, lang), "work")


# --- a penalty for quitting, customers' bills taken from pay ------------------------------------

PENALTY_FOR_QUITTING = [
    ("辞めるなら罰金を払えと言われた", "ja"),
    ("退職したら違約金100万円と店長に言われています", "ja"),
    ("バイトを辞めたいと言ったら、罰金10万円と言われた", "ja"),
    ("お客さんの未払いの代金を給料から引かれた", "ja"),
    ("客がツケを払わないので、その分を給料から天引きされている", "ja"),
    ("My boss says I have to pay a penalty if I quit", "en"),
    ("If I quit they will fine me 100,000 yen", "en"),
    ("My employer deducts customers' unpaid bills from my pay", "en"),
    ("The restaurant takes the money customers didn't pay out of my wages", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PENALTY_FOR_QUITTING)
def test_a_penalty_for_quitting_or_bills_taken_from_pay_reach_the_labour_desks_first(
    snapshot, text, lang
):
    assert ranked(snapshot, text, lang)[0] in LABOUR_DESKS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("O patrão disse que vou pagar multa se eu sair do emprego", "pt"),
        ("Công ty nói nếu tôi nghỉ việc thì phải nộp phạt", "vi"),
        ("老板说如果辞职就要交罚款", "zh-hans"),
    ],
)
def test_a_penalty_for_quitting_in_other_languages_reaches_the_labour_desks(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), LABOUR_DESKS) < 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [("駐車違反の罰金を払いたい", "ja"), ("携帯の解約で違約金を取られた", "ja")],
)
def test_a_parking_fine_or_a_cancellation_fee_is_no_labour_case(snapshot, text, lang):
    assert "work" not in score_needs(text, lang)
    assert ranked(snapshot, text, lang)[0] not in LABOUR_DESKS


# --- a boss's sexual jokes --------------------------------------------------------------------

SEXUAL_JOKES_AT_WORK = [
    ("상사가 자꾸 성적인 농담을 해서 회사 가기 싫어요", "ko"),
    ("회사 상사가 성적인 발언을 자주 해요", "ko"),
    ("My boss keeps making sexual jokes at work", "en"),
    ("My manager makes sexual comments about me at work", "en"),
    ("Mi jefe me hace bromas sexuales en el trabajo", "es"),
    ("Meu chefe faz piadas sexuais no trabalho", "pt"),
    ("领导总是开黄色玩笑，我不想上班了", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), SEXUAL_JOKES_AT_WORK)
def test_a_bosss_sexual_jokes_read_as_harassment_at_work(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "work")
    assert needs.get("sexual_violence", 0.0) < 0.5
    assert "school" not in needs
    ids = ranked(snapshot, text, lang)
    assert first_of(ids, LABOUR_DESKS) < 3
    assert first_of(ids, LABOUR_DESKS) < first_of(ids, SEXUAL_VIOLENCE_DESKS | MENS_AND_CHAT_LINES)


@pytest.mark.parametrize("text", ["성적이 떨어져서 고민이에요", "시험 성적을 올리고 싶어요"])
def test_korean_school_grades_are_no_sexual_violence(snapshot, text):
    assert "sexual_violence" not in score_needs(text, "ko")
    assert ranked(snapshot, text, "ko")[0] not in SEXUAL_VIOLENCE_DESKS | MENS_AND_CHAT_LINES


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("상사에게 성폭행을 당했어요", "ko"),
        ("회사 상사가 강제로 성관계를 했어요", "ko"),
        ("부장님이 회식 때마다 몸을 만져요", "ko"),
        ("My boss raped me after a work party", "en"),
        ("My boss made sexual jokes and then touched me without consent", "en"),
    ],
)
def test_an_assault_or_touching_by_a_boss_still_reads_sexual_violence(snapshot, text, lang):
    assert leads(score_needs(text, lang), "sexual_violence")
    assert first_of(ranked(snapshot, text, lang), SEXUAL_VIOLENCE_DESKS) < 3


# --- pain in a pregnancy ----------------------------------------------------------------------

PREGNANT_WITH_PAIN = [
    ("I'm pregnant and my stomach hurts", "en"),
    ("pregnant, stomach pain since last night, should I go to hospital", "en"),
    ("妊娠中でお腹が痛い", "ja"),
    ("Estou grávida e estou com dor de barriga", "pt"),
    ("Estoy embarazada y me duele el estómago", "es"),
    ("我怀孕了，肚子疼", "zh-hans"),
    ("임신 중인데 배가 아파요", "ko"),
    ("Tôi đang mang thai và bị đau bụng", "vi"),
    ("ฉันตั้งท้องและปวดท้อง", "th"),
    ("Buntis ako at masakit ang tiyan ko", "tl"),
    ("म गर्भवती छु र पेट दुखेको छ", "ne"),
    ("Saya hamil dan perut saya sakit", "id"),
]


@pytest.mark.parametrize(("text", "lang"), PREGNANT_WITH_PAIN)
def test_pain_in_a_pregnancy_reads_pregnancy_at_least_as_strongly_as_health(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "pregnancy")
    assert needs["pregnancy"] >= needs.get("health", 0.0)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("I have had a stomach ache for two days", "en"), ("Estou com dor de barriga", "pt")],
)
def test_a_stomach_ache_alone_reads_no_pregnancy(text, lang):
    assert "pregnancy" not in score_needs(text, lang)


# --- a man or a boy telling of sexual violence ------------------------------------------------

MEN_AND_BOYS = [
    ("男ですが、先輩に無理やり性行為をされました", "ja", "adult"),
    ("男性の性被害の相談窓口はありますか", "ja", "adult"),
    ("息子が塾の先生に性被害を受けたようです", "ja", "adult"),
    ("I'm a man and I was sexually assaulted by a coworker", "en", "adult"),
    ("Is there anywhere a man can talk about being sexually abused?", "en", "adult"),
    ("Men can be raped too. It happened to me years ago", "en", "adult"),
    ("Sou homem e fui abusado sexualmente", "pt", "adult"),
    ("남자인데 성폭행을 당했어요", "ko", "adult"),
    ("我是男生，被人性侵了", "zh-hans", "adult"),
    ("ผมเป็นผู้ชาย ผมโดนข่มขืน", "th", "adult"),
    ("男子中学生です。先輩にむりやり体をさわられた", "ja", "child"),
    ("I am a boy and an older boy touched me", "en", "child"),
]


@pytest.mark.parametrize(("text", "lang", "audience"), MEN_AND_BOYS)
def test_a_man_or_boy_reaches_the_always_open_sexual_violence_desks_first(
    snapshot, text, lang, audience
):
    ids = ranked(snapshot, text, lang, audience)
    assert first_of(ids, SEXUAL_VIOLENCE_DESKS) < 3
    assert first_of(ids, SEXUAL_VIOLENCE_DESKS) < first_of(ids, MENS_AND_CHAT_LINES)


def test_sexually_abused_reads_sexual_violence():
    assert leads(score_needs("As a man I was sexually abused years ago", "en"), "sexual_violence")
