"""Need and ranking families of session D, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets): a parent told by a
teacher or a health check to have a child's development seen; a parent kept from seeing
their children after a divorce; children writing about their own worries.
"""

import pytest

from tests.navigator.engine.ranked import first_of, ranked
from tsunagari.navigator.engine.needs import score_needs

# Benefits for school costs: right for fees, lunch bills and tuition, not for a
# development check that a teacher suggested.
SCHOOL_COSTS = {"shugaku-enjo", "koukou-shugaku-shienkin", "koutou-kyouiku-shugaku-shien"}
# Where a child's development is seen: 障害児支援 (児童発達支援), 就学相談, 保健センター,
# こども家庭センター.
DEVELOPMENT = {
    "shougaiji-shien",
    "shugaku-soudan",
    "hoken-center",
    "kosodate-sedai-houkatsu-shien-center",
}
# Money and job desks for a one-parent household.
SINGLE_PARENT_MONEY = {
    "jidou-fuyou-teate",
    "boshi-katei-shugyo-jiritsu-center",
    "hitorioya-seikatsu-koujou",
    "hitorioya-nichijou-seikatsu-shien",
    "boshi-fushi-kafu-fukushi-shikin",
}


# --- a child's development, seen at school or at a health check -------------------------

DEVELOPMENT_CHECKS = [
    ("小学校の担任の先生に、息子が授業中に立ち歩くので発達検査を受けてみてはと言われた", "ja"),
    ("学校から発達障害の疑いがあると言われました。相談先を教えてください", "ja"),
    ("小学2年の娘、担任からADHDかもしれないので一度相談をと言われました", "ja"),
    ("3歳児健診で言葉が遅いと言われました。発達検査を受けたほうがいいのでしょうか", "ja"),
    ("My son's teacher says he can't sit still in class and suggested an ADHD evaluation.", "en"),
    ("老师说孩子上课坐不住，可能是多动症，让我们去做检查", "zh-hans"),
    ("담임 선생님이 아이가 ADHD일 수도 있다고 검사를 권했어요", "ko"),
    ("Giáo viên nói con tôi có thể bị tăng động giảm chú ý, nên đi kiểm tra", "vi"),
    ("คุณครูบอกว่าลูกอาจเป็นสมาธิสั้น ให้ไปตรวจ", "th"),
    ("स्कुलका शिक्षकले छोरालाई ADHD हुन सक्छ, जाँच गराउनु भन्नुभयो", "ne"),
    ("A escola disse que meu filho pode ter TDAH e pediu uma avaliação", "pt"),
    ("En el colegio dicen que mi hijo podría tener autismo y que lo evalúen", "es"),
    ("Sekolah bilang anak saya mungkin ADHD dan perlu diperiksa", "id"),
    ("Sabi ng school baka may ADHD ang anak ko at kailangan siyang ipa-check", "tl"),
]


@pytest.mark.parametrize(("text", "lang"), DEVELOPMENT_CHECKS)
def test_a_suggested_development_check_finds_development_desks_before_school_costs(
    snapshot, text, lang
):
    ids = ranked(snapshot, text, lang)
    assert first_of(ids, DEVELOPMENT) < 2
    assert first_of(ids, DEVELOPMENT) < first_of(ids, SCHOOL_COSTS)
    assert not SCHOOL_COSTS & set(ids[:5])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("担任の先生が怖くて学校に行けない", "ja"),
        ("先生に怒られてばかりで授業がつらい", "ja"),
        ("my teacher yells at me and I hate school", "en"),
        ("老师总是批评我，不想去学校", "zh-hans"),
    ],
)
def test_a_teacher_in_a_school_worry_is_still_school(text, lang):
    """Only a suggested check makes the teacher a messenger; a worry about a teacher stays."""
    assert "school" in list(score_needs(text, lang))[:2]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("給食費が払えない。就学援助は使えますか", "ja"),
        ("高校の授業料が払えなくて困っている", "ja"),
        ("I can't pay my son's school lunch fees", "en"),
    ],
)
def test_school_costs_still_find_the_school_cost_benefits(snapshot, text, lang):
    assert SCHOOL_COSTS & set(ranked(snapshot, text, lang)[:3])


# --- a parent kept from seeing their children (面会交流) ----------------------------------

KEPT_FROM_CHILDREN = [
    ("離婚して2年。元妻が子どもに会わせてくれない。面会交流の取り決めはしたのに", "ja"),
    pytest.param(
        "離婚後、息子にもう半年会えていない。養育費は払っているのに",
        "ja",
        marks=pytest.mark.xfail(
            reason="known miss since session 17: the learned model, trained on 26 batches, "
            "reads 養育費 as a single parent's and brings a single parents' desk into the top 5",
            strict=False,
        ),
    ),
    ("りこんした。こどもに あえない。あわせて もらえない", "ja-easy"),
    ("We separated last year and she stopped my visitation with our daughter.", "en"),
    ("이혼 후 전처가 아이를 못 만나게 해요. 면접교섭은 어떻게 하나요", "ko"),
    ("หย่าแล้ว อดีตภรรยาไม่ให้ผมเจอลูก ทำอย่างไรดี", "th"),
    ("सम्बन्धविच्छेद पछि पूर्व श्रीमतीले मलाई छोरासँग भेट्न दिँदैनन्। के गर्ने?", "ne"),
    (
        "Setelah cerai, mantan istri tidak mengizinkan saya bertemu anak. "
        "Apa yang bisa saya lakukan?",
        "id",
    ),
    (
        "Hiwalay na kami, ayaw akong pakitain ng ex-wife ko sa anak namin. "
        "Ano ang pwede kong gawin?",
        "tl",
    ),
]


@pytest.mark.parametrize(("text", "lang"), KEPT_FROM_CHILDREN)
def test_a_parent_kept_from_their_children_is_sent_to_legal_help_first(snapshot, text, lang):
    ids = ranked(snapshot, text, lang)
    assert "houterasu" in ids[:2]
    assert not SINGLE_PARENT_MONEY & set(ids[:5])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("离婚后前妻不让我见孩子，怎么办？", "zh-hans"),
        ("Sau khi ly hôn, vợ cũ không cho tôi gặp con. Tôi phải làm sao?", "vi"),
        ("Depois do divórcio minha ex não me deixa ver meu filho. O que posso fazer?", "pt"),
        ("Desde el divorcio mi ex no me deja ver a mis hijos. ¿Qué puedo hacer?", "es"),
        ("My ex-wife won't let me see my kids since the divorce. What can I do?", "en"),
    ],
)
def test_a_parent_kept_from_their_children_is_no_single_parent_household(text, lang):
    assert "single_parent" not in score_needs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("離婚して子どもを一人で育てています。元夫が養育費を払ってくれない", "ja"),
        ("元夫が子どもに会わせろと言ってくるけど会わせたくない。シングルマザーです", "ja"),
        ("離婚後、元夫が面会交流を求めてきた。子どもは私が育てている", "ja"),
        ("離婚して息子と二人暮らし。生活費が足りない", "ja"),
        ("I'm a single mom since the divorce and my ex doesn't pay child support", "en"),
        ("Sou mãe solteira depois do divórcio e meu ex não paga pensão", "pt"),
    ],
)
def test_the_parent_raising_the_children_is_still_a_single_parent(text, lang):
    assert score_needs(text, lang).get("single_parent", 0.0) >= 0.45


# --- children writing about their own worries -------------------------------------------

# Children's desks for one worry: bullying, abuse, rights (子どもの人権110番, SOSミニレター).
CHILDRENS_SPECIFIC = {
    "24h-kodomo-sos-dial",
    "kodomo-no-jinken-110",
    "kodomo-jinken-sos-mini-letter",
    "jidou-soudanjo",
    "jisou-189",
    "kyouiku-shien-center",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("クラスでいじめられてる。毎日むしされて、くつをかくされる", "ja"),
        ("ともだちに いじめられる。だれにも いえない", "ja-easy"),
        ("kids at school bully me every day and I don't want to go", "en"),
        ("在学校被同学欺负，不想去上学了", "zh-hans"),
        ("반 애들이 저를 따돌려요. 학교 가기 싫어요", "ko"),
        ("Em bị các bạn trong lớp bắt nạt, em không muốn đi học", "vi"),
        ("โดนเพื่อนในห้องแกล้งทุกวัน ไม่อยากไปโรงเรียน", "th"),
        ("स्कूलमा साथीहरूले मलाई हेप्छन्, स्कूल जान मन छैन", "ne"),
        ("Os colegas me zoam todo dia na escola, não quero mais ir", "pt"),
        ("Me hacen bullying en la escuela y no quiero ir", "es"),
        ("Aku dibully teman sekelas, tidak mau sekolah", "id"),
        ("Binubully ako ng mga kaklase ko, ayaw ko nang pumasok", "tl"),
    ],
)
def test_a_bullied_child_finds_childrens_bullying_desks_at_the_top(snapshot, text, lang):
    ids = ranked(snapshot, text, lang, audience="child")
    assert len(CHILDRENS_SPECIFIC & set(ids[:4])) >= 2


@pytest.mark.parametrize(
    "text", ["반 애들이 저를 따돌려요", "친구들이 나를 따돌린다", "애들이 따돌렸어"]
)
def test_korean_shunning_is_read_in_its_spoken_forms(text):
    """따돌리다 is written 따돌려요, 따돌린다, 따돌렸어 as often as 따돌림."""
    assert "bullying" in score_needs(text, "ko")
