"""Need and ranking families of session Z, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- a named long-term or intractable disease (ALS, Parkinson's, 渐冻症, 루게릭) reads illness,
  and caring for a sick husband or wife all day, suctioning at night, reads care, so the
  disease subsidy or the community support centre comes among the first three in every
  language; a husband's business accounts looked after are no care;
- a hospital discharge with nothing set (what now, living alone, the next place, hurried out)
  reads care: the community support centre among the first three; a newborn come home from
  hospital keeps the desks for mothers and babies;
- heating that cannot be paid in winter (灯油代, the heating bill, 暖气费, 난방비) reads money:
  the self-reliance desk or the welfare loan among the first three; carrying heavy kerosene
  is no money trouble;
- a factory closed and a new trade to learn reads job loss, with the public training or
  Hello Work among the first three; being slow to learn one's own job is no job lost;
- no one to watch small children while a parent works nights or late (两个小孩没人看, a child
  alone after school): the family support centre or short-stay care among the first three;
- a baby's or child's failed hearing test or hearing aid reads disability, with the
  assistive-device subsidy first and no old-age reading; an old mother's hearing aid keeps
  the community support centre;
- a son's or daughter's leukaemia or rare disease reaches the children's chronic-disease
  subsidy among the first three;
- a stranger's blows in the street or at a station reach victim support before any DV desk
  and read no violence at home; a husband's blows keep the DV desks.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

# --- a named long-term disease, a spouse cared for at home ---------------------------------

SPOUSE_CARE = {"chiiki-houkatsu-shien-center", "nanbyou-iryouhi-josei", "kaigo-hoken-zaitaku"}

DISEASE_AT_HOME = [
    ("妻がALSになって、家で私が世話をしている。夜は何度も痰の吸引で起きる", "ja"),
    ("my wife has ALS and I look after her all day, the suctioning at night never stops", "en"),
    ("我老婆得了渐冻症，我每天在家照顾她，半夜还要吸痰", "zh-hans"),
    ("아내가 루게릭병이에요. 제가 집에서 간병하는데 밤마다 석션을 해야 해요", "ko"),
    ("vợ tôi bị ALS, tôi ở nhà chăm vợ, đêm nào cũng phải hút đờm", "vi"),
    ("mi esposa tiene ELA, la cuido todo el dia en casa y no duermo", "es"),
    ("minha esposa tem esclerose lateral e eu cuido da minha esposa em casa", "pt"),
    ("may ALS ang asawa ko at ako ang nag-aalaga sa asawa ko araw at gabi", "tl"),
    ("istri saya kena ALS, saya merawat istri di rumah setiap hari", "id"),
]


@pytest.mark.parametrize(("text", "lang"), DISEASE_AT_HOME)
def test_a_spouse_with_a_named_disease_cared_for_at_home_reads_care(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "caregiving")
    assert leads(needs, "health")
    assert first_of(ranked(snapshot, text, lang), SPOUSE_CARE) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("父がパーキンソン病と言われた。医療費はどうなるのか", "ja"),
        ("my mother was just diagnosed with parkinsons, what help is there with the costs", "en"),
        ("爸爸得了帕金森，医药费很贵", "zh-hans"),
    ],
)
def test_a_named_intractable_disease_reaches_the_disease_subsidy(snapshot, text, lang):
    assert leads(score_needs(text, lang), "health")
    assert "nanbyou-iryouhi-josei" in ranked(snapshot, text, lang)[:3]


def test_looking_after_a_spouses_accounts_is_no_disease():
    # near-miss: a husband's paperwork, no illness
    assert not leads(score_needs("夫の会社の経理を手伝っている。確定申告が大変", "ja"), "health")


# --- a hospital discharge with nothing set --------------------------------------------------

DISCHARGE = [
    ("退院したらどうしたらいいんだろう", "ja"),
    ("祖母が来月退院するけど、一人暮らしの家には戻れそうにない", "ja"),
    ("病院から退院を急かされてる。父の次の行き先がまだ決まらない", "ja"),
    ("my grandad is being discharged from hospital on friday and lives alone. what now?", "en"),
    ("我爸爸下个月出院，他一个人住，出院以后怎么办", "zh-hans"),
    ("어머니가 다음 주에 퇴원하시는데 혼자 사셔서 어떻게 해야 할지 모르겠어요", "ko"),
    ("bố tôi sắp xuất viện nhưng ông sống một mình", "vi"),
    ("minha avó recebe alta do hospital e mora sozinha, o que fazer", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), DISCHARGE)
def test_a_discharge_with_nothing_set_reaches_the_community_support_centre(snapshot, text, lang):
    assert leads(score_needs(text, lang), "caregiving")
    assert "chiiki-houkatsu-shien-center" in ranked(snapshot, text, lang)[:3]


def test_a_newborn_home_from_hospital_keeps_the_desks_for_babies(snapshot):
    # near-miss: a baby's discharge is the start of raising a child, not care of a relative
    text = "赤ちゃんが退院して家に帰ってきた。母乳がうまく飲めない"
    found = ranked(snapshot, text, "ja")
    assert "kosodate-sedai-houkatsu-shien-center" in found[:3]
    assert "chiiki-houkatsu-shien-center" not in found[:3]


# --- heating that cannot be paid ------------------------------------------------------------

MONEY_DESKS = {"seikatsu-konkyusha-jiritsu-soudan", "seikatsu-fukushi-shikin", "seikatsu-hogo"}

HEATING = [
    ("灯油代", "ja"),
    ("今年は灯油代が高すぎて、暖房をつけられない日がある", "ja"),
    ("i can't afford the heating bill this winter", "en"),
    ("这个冬天暖气费交不起了", "zh-hans"),
    ("난방비가 너무 비싸서 보일러를 못 틀어요", "ko"),
    ("este invierno no puedo pagar la calefaccion", "es"),
    ("nao tenho dinheiro para pagar o querosene do aquecedor", "pt"),
    ("tiền dầu sưởi mùa đông cao quá, tôi không trả nổi", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), HEATING)
def test_heating_that_cannot_be_paid_reaches_the_money_desks(snapshot, text, lang):
    assert leads(score_needs(text, lang), "money")
    assert first_of(ranked(snapshot, text, lang), MONEY_DESKS) < 3


def test_carrying_heavy_kerosene_is_no_money_trouble():
    # near-miss: kerosene named, but the trouble is carrying it
    assert not leads(score_needs("灯油のタンクが重くて、二階まで運べない", "ja"), "money")


# --- a factory closed, a new trade to learn -------------------------------------------------

TRAINING = {"hello-training", "hellowork", "kyushokusha-shien-seido", "kyouiku-kunren-kyufu"}

NEW_TRADE = [
    ("勤めていた工場が閉鎖になる。もう50代だけど、別の仕事を覚えたい", "ja"),
    ("the plant is closing next spring. i am 48 and want to learn a new trade", "en"),
    ("la fabrica va a cerrar y quiero aprender otro oficio", "es"),
    ("fecharam a fabrica onde eu trabalhava, quero aprender outra profissao", "pt"),
    ("工厂关门了，我想学一门新手艺", "zh-hans"),
    ("nhà máy đóng cửa rồi, tôi muốn học nghề mới", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), NEW_TRADE)
def test_a_closed_factory_and_a_new_trade_reach_training_and_job_search(snapshot, text, lang):
    assert leads(score_needs(text, lang), "job_loss")
    assert first_of(ranked(snapshot, text, lang), TRAINING) < 3


def test_slow_to_learn_ones_own_job_is_no_job_lost():
    # near-miss: learning the job one still has
    assert not leads(score_needs("仕事を覚えるのが遅いと先輩に言われる", "ja"), "job_loss")


# --- no one to watch the children while a parent works -------------------------------------

CHILDCARE_COVER = {"family-support-center", "kosodate-tanki-shien", "ichiji-azukari"}

NO_ONE_TO_WATCH = [
    ("我白天上班，晚上也要加班，两个小孩没人看", "zh-hans"),
    ("my husband is abroad for a month and i work nights, nobody to watch the kids", "en"),
    ("trabajo hasta las nueve y mi hija se queda sola en casa despues de la escuela", "es"),
    ("o gakudo esta lotado e meu filho fica sozinho depois da escola ate eu chegar", "pt"),
    ("chồng đi làm xa, tôi làm ca đêm mà không ai trông con", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), NO_ONE_TO_WATCH)
def test_no_one_to_watch_the_children_reaches_childcare_cover(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), CHILDCARE_COVER) < 3


# --- hearing loss and hearing aids ----------------------------------------------------------

HEARING = [
    ("生まれた子が聴覚検査で引っかかった。補聴器が必要かもと言われた", "ja"),
    ("our newborn failed the hearing screening, the doctor says hearing aids may help", "en"),
    ("女儿听力筛查没通过，医生说可能要戴助听器", "zh-hans"),
    ("아기가 청력 검사를 통과 못 했어요. 보청기를 써야 한대요", "ko"),
    ("con gái tôi kiểm tra thính lực không đạt, bác sĩ nói cần máy trợ thính", "vi"),
    ("ลูกสาวตรวจการได้ยินไม่ผ่าน ต้องใช้เครื่องช่วยฟัง", "th"),
]


@pytest.mark.parametrize(("text", "lang"), HEARING)
def test_a_childs_hearing_aid_reaches_the_assistive_device_subsidy(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "disability")
    assert not leads(needs, "older_age")
    assert "hosougu-hi" in ranked(snapshot, text, lang)[:3]


def test_an_old_mothers_hearing_aid_keeps_the_community_support_centre(snapshot):
    # near-miss: the same device for a parent in her eighties
    text = "82歳の母の補聴器が合わなくなってきた"
    assert "chiiki-houkatsu-shien-center" in ranked(snapshot, text, "ja")[:3]


# --- a child's leukaemia or rare disease ----------------------------------------------------

CHILD_DISEASE = [
    ("息子が白血病で入院することになった。治療は長くかかるらしい", "ja"),
    ("娘が珍しい病気と診断された。医療費はどうなる？", "ja"),
    ("our daughter has leukemia and will be in hospital for months", "en"),
    ("女儿得了白血病，要住院很久", "zh-hans"),
    ("아들이 희귀병 진단을 받았어요. 치료비가 걱정이에요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), CHILD_DISEASE)
def test_a_childs_serious_disease_reaches_the_chronic_disease_subsidy(snapshot, text, lang):
    assert "shouni-mansei-tokutei-shippei" in ranked(snapshot, text, lang)[:3]


# --- hit by a stranger in the street --------------------------------------------------------

STRANGER_ASSAULT = [
    ("帰り道で知らない人にいきなり殴られて鼻を骨折した。治療費は相手に請求できる？", "ja"),
    ("駅のホームで知らない男に殴られて入院した。加害者に治療費を払わせたい", "ja"),
    ("a stranger punched me outside a bar and i lost two teeth. can i claim from him", "en"),
    ("我在路上被陌生人打了，住院了，医药费能让他赔吗", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), STRANGER_ASSAULT)
def test_a_stranger_assault_reaches_victim_support_before_dv_desks(snapshot, text, lang):
    found = ranked(snapshot, text, lang)
    assert "higaisha-shien-center" in found[:3]
    dv_desks = {"dv-soudan-navi", "dv-soudan-plus", "haiguusha-bouryoku-soudan-shien-center"}
    assert first_of(found, dv_desks) > 2


def test_a_stranger_assault_reads_no_violence_at_home():
    needs = score_needs("知らない男に殴られて顔を怪我した", "ja")
    assert not leads(needs, "violence_at_home")
    assert not leads(needs, "child_abuse")


def test_a_husbands_blows_keep_the_dv_desks(snapshot):
    # near-miss: the same blows at home
    text = "夫に殴られて顔にあざができた。家に帰るのが怖い"
    dv_desks = {"dv-soudan-navi", "dv-soudan-plus", "haiguusha-bouryoku-soudan-shien-center"}
    assert first_of(ranked(snapshot, text, "ja"), dv_desks) < 2
