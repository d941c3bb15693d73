"""Need and ranking families of session R, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- a word put forward as a question (「…じゃないですか」, 「…ではないでしょうか」,
  「…じゃないのかな」) is said, not denied; 「…じゃないです」, 「…ではないんですが」 and
  「…じゃないかもしれない」 still deny it;
- kana-only Japanese (learners, children): words Sudachi knows only in kanji and pieces
  together from other kana words (かいしゃ as か + 医者, ざいりゅう as 際 + 竜) are read by
  their sound, while words it reads whole (おとうさん, びょうき) are read as before, and a
  term's reading does not run over a sentence's end;
- hitting said not to happen, in the languages beside Japanese and English, while hitting
  told beside "I never hit back" still reads as violence.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

# --- a word put forward as a question ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("上司が毎日みんなの前で怒鳴る。これってパワハラではないでしょうか", "work"),
        ("隣の家から毎晩子どもの泣き声と怒鳴り声がする。虐待じゃないのかな", "child_abuse"),
        ("同じ部署の先輩にずっと無視されてる。いじめじゃないですか、これ", "bullying"),
        ("リボの返済が毎月増えていく。多重債務じゃないんですか？", "debt"),
        ("毎晩お酒を飲まないと眠れない。アルコール依存症じゃないかと思う", "dependence"),
        ("カードの支払いに追われてる。借金じゃなかったですか、これ", "debt"),
        ("元彼が毎日家の前にいる。ストーカーじゃないの？", "crime_victims"),
        ("妻に毎日人格を否定される。モラハラではないでしょうか", "violence_at_home"),
    ],
)
def test_a_word_asked_about_is_read(text, need):
    assert leads(score_needs(text, "ja"), need)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("虐待ではないんですが、子育てに疲れてしまって毎晩泣いてます", "child_abuse"),
        ("いじめではないかもしれないけど、クラスで話す人がいない", "bullying"),
        ("パワハラじゃないです。ただ仕事が合わなくて辞めたい", "human_rights"),
        ("借金じゃないんですけど、家計簿のつけ方を知りたい", "debt"),
        ("ストーカーじゃないけど、元彼から連絡が来る", "crime_victims"),
        ("差別じゃないです。ただ席が遠いだけ", "human_rights"),
    ],
)
def test_a_word_denied_is_still_dropped(text, need):
    assert need not in score_needs(text, "ja")


def test_rhetorical_questions_reach_their_desks(snapshot):
    text = "上司が毎日みんなの前で怒鳴る。これってパワハラではないでしょうか"
    assert first_of(ranked(snapshot, text, "ja"), LABOUR_DESKS) < 5
    text = "隣の家から毎晩子どもの泣き声と怒鳴り声がする。虐待じゃないのかな"
    assert first_of(ranked(snapshot, text, "ja"), {"jidou-soudanjo", "jisou-189"}) < 5


# --- kana-only Japanese -------------------------------------------------------------------

LABOUR_DESKS = {
    "sougou-roudou-soudan-corner",
    "roudou-kijun-kantokusho",
    "roudou-jouken-soudan-hotline",
    "miharai-chingin-tatekae",
    "hataraku-hito-no-nayami-hotline",
}
RESIDENCE_DESKS = {"gaikokujin-zairyu-info-center", "fresc"}


@pytest.mark.parametrize(
    ("text", "need", "wrong"),
    [
        ("かいしゃ の しゃちょう が きゅうりょう を くれない", "work", "health"),
        ("かいしゃ を くび に なった。あした から しごと ない", "job_loss", "health"),
        ("ざいりゅうカード を なくしました。どう したら いい", "foreign_residents", None),
        ("ざいりゅうかーど の きげん が もうすぐ きれる", "foreign_residents", None),
        ("にゅうかん から てがみ が きた。よめない", "foreign_residents", None),
    ],
)
def test_kana_words_sudachi_knows_in_kanji_are_read_by_sound(text, need, wrong):
    needs = score_needs(text, "ja")
    assert leads(needs, need)
    if wrong:
        assert wrong not in needs


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("かいしゃ の しゃちょう が きゅうりょう を くれない", LABOUR_DESKS),
        ("ざいりゅうかーど の きげん が もうすぐ きれる", RESIDENCE_DESKS),
        ("にゅうかん から てがみ が きた。よめない", RESIDENCE_DESKS),
    ],
)
def test_kana_words_reach_their_desks(snapshot, text, wanted):
    assert first_of(ranked(snapshot, text, "ja"), wanted) < 5


@pytest.mark.parametrize(
    ("text", "need", "wrong"),
    [
        # words Sudachi reads whole keep their reading (とうさん is no 倒産)
        ("おとうさん が びょうき で にゅういん した", "health", "debt"),
        ("とうさん が まいにち おさけ ばかり のむ", "dependence", "job_loss"),
        ("じいちゃんばあちゃんは遠くに住んでて、ひとりで家にいる", "older_age", None),
        # a sentence's end stops a reading (…ました。かいしゃ is no たかい, 他界)
        ("あかちゃん が うまれました。かいしゃ を やすみたい", "pregnancy", "bereavement"),
        ("がっこう で いじめ られて いる。せんせい に いえない", "bullying", None),
    ],
)
def test_ordinary_kana_reads_as_before(text, need, wrong):
    needs = score_needs(text, "ja")
    assert leads(needs, need)
    if wrong:
        assert wrong not in needs


# --- hitting said not to happen, beyond Japanese and English -----------------------------

HIT_DENIED = [
    ("我老公不打孩子，但是每天因为成绩训儿子一个小时", "zh-hans"),
    ("他从来不打我，就是喝酒以后话很多", "zh-hans"),
    ("남편은 아이를 때리지는 않지만 성적 때문에 매일 혼내요", "ko"),
    ("남편이 저를 때린 적은 없어요. 그런데 술을 너무 많이 마셔요", "ko"),
    ("meu marido nao bate no meu filho, mas briga com ele toda noite por causa das notas", "pt"),
    ("meu marido nunca me bateu, mas bebe todo dia ate tarde", "pt"),
    ("mi esposo no le pega a mi hijo, pero lo regaña todas las noches por las notas", "es"),
    ("mi esposo nunca me ha pegado, pero bebe todos los días hasta tarde", "es"),
    ("hindi naman niya sinasaktan ang anak ko, pero lagi niyang pinapagalitan", "tl"),
    ("hindi ako sinasaktan ng asawa ko pero lagi siyang lasing", "tl"),
    ("สามีไม่เคยตีลูก แต่ดุลูกทุกคืนเรื่องเกรด", "th"),
    ("แฟนไม่เคยทำร้ายฉัน แต่ดื่มเหล้าทุกคืน", "th"),
    ("chồng tôi không đánh con, nhưng tối nào cũng mắng con vì điểm kém", "vi"),
    ("chồng chưa bao giờ đánh tôi nhưng ngày nào cũng uống rượu", "vi"),
    ("suami saya tidak pernah memukul anak, tapi memarahinya tiap malam soal nilai", "id"),
    ("suami tidak pernah memukul saya tapi tiap malam mabuk", "id"),
    ("श्रीमान्ले छोरालाई कुट्दैनन्, तर हरेक रात पढाइको कुरा गर्छन्", "ne"),
    ("श्रीमान्ले मलाई कुट्दैन तर दिनहुँ रक्सी खान्छ", "ne"),
]


@pytest.mark.parametrize(("text", "lang"), HIT_DENIED)
def test_hitting_said_not_to_happen_is_no_violence(text, lang):
    needs = score_needs(text, lang)
    assert "violence_at_home" not in needs
    assert "child_abuse" not in needs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("老公打我，我从来不还手", "zh-hans"),
        ("老公打我，我从来不打他", "zh-hans"),
        ("남편이 때려요. 저는 한 번도 때린 적 없어요", "ko"),
        ("ele me bate, mas eu nunca bati nele", "pt"),
        ("mi esposo me pega y yo nunca le pego", "es"),
        ("sinasaktan ako ng asawa ko pero hindi ko siya sinasaktan", "tl"),
        ("สามีทำร้ายฉัน ฉันไม่เคยทำร้ายเขา", "th"),
        ("chồng đánh tôi, tôi không bao giờ đánh lại", "vi"),
        ("suami memukul saya dan saya tidak pernah membalas", "id"),
        ("श्रीमान्ले मलाई कुट्छ, म कहिल्यै फर्केर कुट्दिन", "ne"),
    ],
)
def test_hitting_told_beside_never_hitting_back_still_reads(text, lang):
    assert leads(score_needs(text, lang), "violence_at_home")
