"""Need, ranking and crisis families of session Y, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- a farewell told by when a letter will be read ("by the time they read it I will be gone",
  子どもたちに手紙を書いた、届く頃にはもういない) is a suicide crisis; a letter for a
  graduation, a parcel that comes while one is out or a card sent before a trip is none;
- in Vietnamese "chết đi cho xong" (better dead and done with) is a wish to die, like the
  "chết cho xong" the lexicon knew; "mệt chết đi được" (dead tired) stays none;
- children alone whose parent has not come home for days and who have no food is a
  child-abuse crisis (neglect), told by a neighbour or a volunteer; a husband away on a
  business trip for three days is none;
- grief with guilt or regret after a death from illness or old age (not there at the end,
  should have visited more) reaches the listening lines among the first three, before any
  survivor's pension, which the person did not ask about;
- a home loan (mortgage, hipoteca, financiamento da casa) that can no longer be paid is a
  debt: legal aid, credit counselling or the self-reliance desk among the first three;
- wishing to be gone or seeing no use in living, in western Japanese speech
  (おらんようになりたい, 生きとってもしょうがなか), is a suicide crisis like 消えたい; staying
  away from a place (ここにはおりたくない) or wishing someone else gone is none; a boss who
  touched a worker's body (摸了我的身体) is sexual violence, a doctor's examination is none;
- "my 4 year old" and 3岁的儿子 say a child is being raised, as "my 4 year old son" did;
  "my 35 year old brother" does not;
- a grandparent raising a grandchild (孫を引き取って育てる, "raising my grandson", crío a mi
  nieta) reads raising children, so the child and family desks come among the first three
  even when the carer's age reads old age; a grandparent who only looks forward to a
  grandchild's visit keeps the old-age desks. (In Chinese the community centre for older
  people still comes first: left open.)
- a child made to hand over money by older pupils or classmates (カツアゲ, treats one is
  made to pay for) is bullying: the children's lines (or the foreign-language human-rights
  line) among the first three, and no welfare loan first; an adult who lost money to an
  investment fraud keeps the police and consumer lines.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.crisis import detect_crisis
from tsunagari.navigator.engine.needs import score_needs

# --- a farewell told by when a letter will be read ---------------------------------------

FAREWELL_LETTERS = [
    ("妻あてにメモを残した。読む頃には私はもういません", "ja"),
    ("仕事も家族もなくした。息子に手紙を書いたけど、届く頃にはもういないと思う", "ja"),
    ("I left a note for my wife. By the time she reads it I'll be gone", "en"),
    ("by the time you get this letter i won't be here anymore", "en"),
    ("我给孩子们写了信，等他们读到的时候我已经不在了", "zh-hans"),
    ("아이들에게 편지를 남겼어요. 이걸 읽을 때쯤 저는 이 세상에 없을 거예요", "ko"),
    ("dejé una carta para mis hijos. cuando la lean yo ya no voy a estar", "es"),
]


@pytest.mark.parametrize(("text", "lang"), FAREWELL_LETTERS)
def test_a_letter_read_when_the_writer_is_gone_is_a_suicide_crisis(text, lang):
    assert "suicide" in detect_crisis(text, lang).kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("娘たちへの手紙を書いた。卒業式の日に渡すつもり", "ja"),
        ("荷物が届く頃にはもう家にいないので置き配にした", "ja"),
        ("手紙が届く頃にはもう日本にいない。来月帰国します", "ja"),
        ("by the time you get this postcard i will be gone on holiday in spain", "en"),
    ],
)
def test_an_ordinary_letter_or_absence_is_no_crisis(text, lang):
    assert not detect_crisis(text, lang).is_crisis


WISH_TO_DIE_VI = [
    "dạo này ngày nào tôi cũng chỉ nghĩ chết đi cho xong",
    "nợ nhiều quá, em chỉ muốn chết đi cho xong",
    "nghi chet di cho xong, met qua roi",
]


@pytest.mark.parametrize("text", WISH_TO_DIE_VI)
def test_better_dead_and_done_with_is_a_suicide_crisis_in_vietnamese(text):
    assert "suicide" in detect_crisis(text, "vi").kinds


def test_dead_tired_is_no_crisis_in_vietnamese():
    assert not detect_crisis("mệt chết đi được, hôm nay làm cả ngày", "vi").is_crisis


DIALECT_WISH_TO_BE_GONE = [
    "毎日怒られてばっかりで、もうどこにもおりとうない。おらんようになりたい",
    "こげん体になってしもうて、生きとってもしょうがなかち思う",
    "あん子ば守れんかった。生きちょっても仕方なか",
]


@pytest.mark.parametrize("text", DIALECT_WISH_TO_BE_GONE)
def test_wishing_to_be_gone_in_dialect_is_a_suicide_crisis(text):
    assert "suicide" in detect_crisis(text, "ja").kinds


@pytest.mark.parametrize(
    "text", ["ここにはもうおりたくない、引っ越したい", "あいつがおらんようになればいいのに"]
)
def test_leaving_a_place_or_wishing_someone_gone_is_no_suicide_crisis(text):
    assert "suicide" not in detect_crisis(text, "ja").kinds


def test_a_boss_touching_a_workers_body_is_sexual_violence():
    text = "老板晚上用钥匙进宿舍，摸了我的身体，我很害怕"
    assert "sexual_violence" in detect_crisis(text, "zh-hans").kinds
    assert not detect_crisis("医生检查的时候摸了我的肚子", "zh-hans").is_crisis


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my 4 year old has a high fever tonight, who can i call", "en"),
        ("my 18 month old will not stop coughing", "en"),
        ("3岁的儿子半夜发烧了，打什么电话可以问", "zh-hans"),
    ],
)
def test_a_childs_age_without_the_word_child_reads_raising_children(text, lang):
    assert leads(score_needs(text, lang), "child_rearing")


def test_an_adults_age_reads_no_child():
    assert "child_rearing" not in score_needs("my 35 year old brother lost his job", "en")


# --- children alone, a parent gone for days, no food --------------------------------------

LEFT_ALONE = [
    ("近所の小学生の兄弟、お母さんが2日帰ってこなくてご飯がないって言ってた", "ja"),
    ("学童の子が、父親が何日も家に帰ってなくて食べる物もないと話してくれた", "ja"),
    (
        "my neighbour's kids told me their mum hasn't been home for three days and "
        "there is no food",
        "en",
    ),
    ("邻居家的两个孩子说妈妈三天没回家了，家里没有吃的", "zh-hans"),
    ("옆집 아이들이 엄마가 사흘째 집에 안 들어왔고 먹을 게 없대요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), LEFT_ALONE)
def test_children_left_without_food_for_days_is_a_child_abuse_crisis(text, lang):
    assert "child_abuse" in detect_crisis(text, lang).kinds


@pytest.mark.parametrize(
    "text",
    [
        "夫が出張で3日帰ってこない。冷蔵庫の食べ物がなくなってきたので買い物に行く",
        "父が3日帰ってこない。出張らしいけど連絡もない",
    ],
)
def test_a_spouse_on_a_trip_is_no_neglect(text):
    assert "child_abuse" not in detect_crisis(text, "ja").kinds


# --- grief with guilt after a death from illness or old age -------------------------------

LISTENING = {
    "yorisoi-hotline",
    "inochi-no-denwa",
    "kokoro-no-hotto-chat",
    "kokoro-no-kenko-soudan-touitsu-dial",
    "anata-no-ibasho",
}
PENSIONS = {"izoku-nenkin", "mishikyu-nenkin", "shibou-ichijikin"}

GRIEF_WITH_GUILT = [
    ("父が老衰で亡くなって2か月。最期に立ち会えなかったことを毎日悔やんでいる", "ja"),
    ("病院で母を看取れなかった。もっと会いに行けばよかったと自分を責めてばかりいる", "ja"),
    ("dad died in hospital in the spring and i was not there. the guilt will not go away", "en"),
    ("奶奶去世了，我没能见她最后一面，一直很自责", "zh-hans"),
    ("아버지가 돌아가셨는데 마지막에 곁에 있어 드리지 못해서 계속 후회가 돼요", "ko"),
    ("mi madre fallecio en el hospital y no pude despedirme, siento mucha culpa", "es"),
    ("namatay si nanay sa ospital at wala ako sa tabi niya, sinisisi ko ang sarili ko", "tl"),
]


@pytest.mark.parametrize(("text", "lang"), GRIEF_WITH_GUILT)
def test_grief_with_guilt_reaches_a_listening_line_before_pensions(snapshot, text, lang):
    assert leads(score_needs(text, lang), "loneliness")
    found = ranked(snapshot, text, lang)
    assert first_of(found, LISTENING) < 3
    assert first_of(found, LISTENING) < first_of(found, PENSIONS)


def test_a_widow_asking_about_the_pension_keeps_the_pension(snapshot):
    # near-miss: a death and a money question about the survivor's pension
    found = ranked(snapshot, "夫が亡くなりました。遺族年金はどこで手続きすればいいですか", "ja")
    assert first_of(found, PENSIONS) == 0


# --- a home loan that can no longer be paid ------------------------------------------------

DEBT_DESKS = {"houterasu", "jcco-credit-counseling", "seikatsu-konkyusha-jiritsu-soudan"}

MORTGAGE = [
    ("会社の業績が悪くて夫のボーナスがなくなった。住宅ローンの返済が来月から厳しい", "ja"),
    ("震災で家を建て直して二重ローンになった。もう払えない", "ja"),
    (
        "my husband's hours got cut and we are falling behind on the mortgage. "
        "will the bank take our house?",
        "en",
    ),
    ("me bajaron el sueldo y ya no puedo pagar la hipoteca de la casa", "es"),
    ("meu salario caiu e nao estou conseguindo pagar o financiamento da casa", "pt"),
    ("丈夫工资降了，房贷每个月还不上，房子会被收走吗", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), MORTGAGE)
def test_an_unpaid_home_loan_reaches_the_debt_desks(snapshot, text, lang):
    assert leads(score_needs(text, lang), "debt")
    assert first_of(ranked(snapshot, text, lang), DEBT_DESKS) < 3


# --- a child's money taken by older pupils or classmates ----------------------------------

CHILD_LINES = {
    "24h-kodomo-sos-dial",
    "kodomo-no-jinken-110",
    "oyako-soudan-line",
    "childline",
    "gaikokugo-jinken-soudan",
}
WELFARE_LOANS = {"seikatsu-fukushi-shikin", "koutou-kyouiku-shugaku-shien"}

MONEY_TAKEN = [
    ("息子が同じ部活の子にお金を取られているみたい。何回も財布からお金がなくなる", "ja"),
    ("中1の娘、先輩におごらされてるらしくて、毎週お小遣いが消える", "ja"),
    (
        "my son is 13 and i think older kids at school are taking his money, "
        "he keeps asking for cash and won't say why",
        "en",
    ),
    ("儿子上初中，好像被高年级的学生勒索，每周都跟我要钱", "zh-hans"),
    ("중학생 아들이 선배들한테 삥뜯기는 것 같아요. 자꾸 돈을 달라고 해요", "ko"),
    ("creo que a mi hijo le quitan el dinero unos chicos mayores del colegio", "es"),
]


@pytest.mark.parametrize(("text", "lang"), MONEY_TAKEN)
def test_a_childs_money_taken_by_other_pupils_reaches_the_childrens_lines(snapshot, text, lang):
    assert leads(score_needs(text, lang), "bullying")
    found = ranked(snapshot, text, lang)
    assert first_of(found, CHILD_LINES) < 3
    assert found[0] not in WELFARE_LOANS


def test_an_adult_cheated_of_money_keeps_the_police_and_consumer_lines(snapshot):
    # near-miss: money taken by a fraud, no child, no school
    text = "投資詐欺でお金を取られた。取り返せますか"
    assert not leads(score_needs(text, "ja"), "bullying")
    police_and_consumer = {"keisatsu-soudan-9110", "shouhisha-hotline-188"}
    assert first_of(ranked(snapshot, text, "ja"), police_and_consumer) < 2


def test_a_lost_purse_before_payday_stays_money(snapshot):
    # near-miss: money gone from one's own purse, nothing to eat: a money need
    text = "財布をなくして、お金がなくなった。給料日まで食べるものがない"
    assert leads(score_needs(text, "ja"), "money")
    assert not leads(score_needs(text, "ja"), "bullying")


# --- a grandparent raising a grandchild ---------------------------------------------------

CHILD_DESKS = {
    "jidou-soudanjo",
    "jidou-katei-shien-center",
    "oyako-soudan-line",
    "kosodate-sedai-houkatsu-shien-center",
}

GRANDPARENT_RAISING = [
    ("孫を引き取って育てています。中学生の孫が夜遊びをするようになり、言うことを聞かない", "ja"),
    (
        "i am 68 and raising my grandson since his parents split. "
        "he is 10 and has started skipping school and lying",
        "en",
    ),
    ("tengo 70 años y crio a mi nieta de 9 años, no quiere ir a la escuela", "es"),
    ("tenho 72 anos e crio meu neto de 11 anos, ele anda mentindo e fugindo de casa a noite", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), GRANDPARENT_RAISING)
def test_a_grandparent_raising_a_grandchild_reaches_the_child_desks(snapshot, text, lang):
    assert leads(score_needs(text, lang), "child_rearing")
    assert first_of(ranked(snapshot, text, lang), CHILD_DESKS) < 3


def test_a_grandchilds_visit_keeps_the_old_age_desk(snapshot):
    # near-miss: an older person's own health, a grandchild only mentioned
    text = "孫が遊びに来るのが楽しみ。75歳、最近膝が痛くて病院を探している"
    assert not leads(score_needs(text, "ja"), "child_rearing")
    assert "chiiki-houkatsu-shien-center" in ranked(snapshot, text, "ja")[:3]
