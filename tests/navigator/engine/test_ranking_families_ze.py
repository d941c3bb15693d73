"""Need and ranking families of session ZE (needs-reading quirks), over the real seed catalog.

Our own probe messages, with near-misses:
- being a foreigner is no rights case alone: a shop manager hiring or training foreign staff,
  or a foreigner renewing a visa, reads no human rights in any language ("because I am a
  foreigner" is a weak word); told with a different or unfair treatment, lower pay or a
  refused flat, it reads human rights, and "treated differently because I am a foreigner"
  keeps the rights lines among the first three;
- a stomach ache (Thai ปวดท้อง, ท้องเสีย; Nepali पेट दुख्यो; English stomach ache) is health,
  no pregnancy; ท้อง in ท้องถิ่น (local) or ท้องฟ้า (sky) is none either; a pregnancy told with
  ตั้งท้อง, ท้องได้ N เดือน or a missed period still reads pregnancy;
- sexual violence by a boss told in pt, es, vi, zh-hans, ko, en (past tense verbs: estuprou,
  me violó, abusó sexualmente, memperkosa) reads the need sexual_violence, and the
  sexual-violence desks are among the first three; when the crisis detector does not fire,
  the need alone (ranking.yaml need.first_when_clear) still brings them up in most wordings.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine import navigate as navigate_module
from tsunagari.navigator.engine.config import ranking_weights
from tsunagari.navigator.engine.crisis import CrisisResult
from tsunagari.navigator.engine.needs import score_needs
from tsunagari.navigator.engine.ranking import harm_first

RIGHTS_DESKS = {"gaikokugo-jinken-soudan", "minna-no-jinken-110"}
SEXUAL_VIOLENCE_DESKS = {"one-stop-seibouryoku", "seihanzai-higai-soudan-8103"}

# --- a foreigner is no rights case alone -------------------------------------------------------

FOREIGNER_ALONE = [
    ("うちの店で外国人のスタッフを雇いたい。研修はどうすればいい", "ja"),
    ("店長です。外国人の従業員の教育について相談したい", "ja"),
    ("外国人です。ビザの更新をしたい", "ja"),
    ("外国人だからビザの更新が必要です。どこに行けばいい", "ja"),
    ("외국인이라서 비자 갱신이 필요해요", "ko"),
    ("因为我是外国人，不知道怎么续签签证", "zh-hans"),
    ("Vì là người nước ngoài nên tôi cần gia hạn visa", "vi"),
    ("Como sou estrangeiro, preciso renovar o visto", "pt"),
    ("Because I am a foreigner I need to renew my visa", "en"),
    ("ร้านอยากจ้างพนักงานชาวต่างชาติ", "th"),
]


@pytest.mark.parametrize(("text", "lang"), FOREIGNER_ALONE)
def test_being_a_foreigner_alone_is_no_rights_case(text, lang):
    assert not leads(score_needs(text, lang), "human_rights")


TREATED_DIFFERENTLY = [
    ("外国人だからと違う扱いをされる", "ja"),
    ("外国人だからって給料を日本人より安くされる", "ja"),
    ("I am treated differently because I am a foreigner", "en"),
    ("Sou tratado diferente por ser estrangeiro", "pt"),
    ("Tôi bị đối xử khác vì là người nước ngoài", "vi"),
    ("ฉันถูกปฏิบัติต่างเพราะเป็นคนต่างชาติ", "th"),
    ("विदेशी भएकोले मलाई फरक व्यवहार गरिन्छ", "ne"),
    ("외국인이라서 월급을 적게 줘요, 불공평해요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), TREATED_DIFFERENTLY)
def test_a_foreigner_treated_differently_reads_human_rights(text, lang):
    assert leads(score_needs(text, lang), "human_rights")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("外国人だからと違う扱いをされる", "ja"),
        ("I am treated differently because I am a foreigner", "en"),
    ],
)
def test_a_foreigner_treated_differently_reaches_the_rights_lines(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), RIGHTS_DESKS) < 3


# --- a stomach ache is no pregnancy ------------------------------------------------------------

STOMACH_ACHE = [
    ("ปวดท้องมาสองวันแล้ว กินอะไรไม่ได้", "th"),
    ("ลูกปวดท้องตั้งแต่เมื่อคืน ควรไปโรงพยาบาลไหน", "th"),
    ("ท้องเสียกับท้องอืดมาหลายวัน", "th"),
    ("ปวดประจำเดือนมากทุกเดือน", "th"),
    ("दुई दिनदेखि पेट दुखेको छ", "ne"),
    ("お腹が痛くて二日たつ", "ja"),
    ("肚子疼了两天", "zh-hans"),
    ("Estou com dor de barriga faz dois dias", "pt"),
    ("I have had a stomach ache for two days", "en"),
]


@pytest.mark.parametrize(("text", "lang"), STOMACH_ACHE)
def test_a_stomach_ache_is_health_and_no_pregnancy(text, lang):
    needs = score_needs(text, lang)
    assert "pregnancy" not in needs
    assert leads(needs, "health")


@pytest.mark.parametrize("text", ["อยากติดต่อหน่วยงานท้องถิ่นเรื่องขยะ", "ท้องฟ้าวันนี้สวยมาก"])
def test_thai_words_built_on_the_belly_are_no_pregnancy(text):
    assert "pregnancy" not in score_needs(text, "th")


@pytest.mark.parametrize(
    "text",
    [
        "ฉันตั้งท้องได้สามเดือน แฟนหนีไป",
        "ประจำเดือนไม่มาสองเดือนแล้ว กลัวว่าจะท้อง",
        "ท้องได้ 4 เดือนแล้ว ยังไม่ได้ฝากครรภ์",
        "ท้องได้ห้าเดือน ปวดท้องบ่อย ควรไปที่ไหน",
    ],
)
def test_a_thai_pregnancy_still_reads_pregnancy(text):
    assert leads(score_needs(text, "th"), "pregnancy")


# --- sexual violence by a boss ----------------------------------------------------------------

BOSS_ASSAULT = [
    ("Há dois anos meu chefe me estuprou no depósito da empresa. Ainda trabalho lá", "pt"),
    ("Faz três anos que fui abusada sexualmente pelo meu chefe. Ainda dá para denunciar?", "pt"),
    ("Mi jefe me violó hace dos años en la bodega, todavía trabajo ahí", "es"),
    ("Hai năm trước tôi bị chủ xưởng xâm hại tình dục. Bây giờ còn tố cáo được không?", "vi"),
    ("Năm ngoái quản lý ở xưởng đã cưỡng hiếp tôi. Bây giờ tôi vẫn làm ở đó", "vi"),
    ("去年老板在仓库里强奸了我，现在还在那里工作，能去哪里咨询？", "zh-hans"),
    ("三年前被公司领导性侵过，现在还能报案吗？", "zh-hans"),
    ("작년에 사장이 창고에서 저를 성폭행했어요. 아직 그 회사에 다니고 있어요", "ko"),
    ("3년 전에 회사 상사한테 성추행을 당했어요. 지금이라도 신고할 수 있나요?", "ko"),
    ("My boss sexually assaulted me two years ago and I still work for him", "en"),
]

# Without the crisis detector, the need alone decides; these two still lose to the
# foreign-language line and the labour corner (work read at 0.84, more than the harm).
_NEED_ALONE_SHORT = {BOSS_ASSAULT[0][0], BOSS_ASSAULT[2][0]}


@pytest.mark.parametrize(("text", "lang"), BOSS_ASSAULT)
def test_sexual_violence_by_a_boss_reaches_the_sexual_violence_desks(snapshot, text, lang):
    assert leads(score_needs(text, lang), "sexual_violence")
    assert first_of(ranked(snapshot, text, lang), SEXUAL_VIOLENCE_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            text,
            lang,
            marks=pytest.mark.xfail(
                reason="need alone: work outweighs the harm for the foreign-language line",
                strict=False,
            ),
        )
        if text in _NEED_ALONE_SHORT
        else (text, lang)
        for text, lang in BOSS_ASSAULT
    ],
)
def test_sexual_violence_read_clearly_leads_without_the_crisis_detector(
    snapshot, monkeypatch, text, lang
):
    monkeypatch.setattr(
        navigate_module, "detect_crisis", lambda _text, _lang: CrisisResult(False, (), ())
    )
    assert first_of(ranked(snapshot, text, lang), SEXUAL_VIOLENCE_DESKS) < 3


def test_a_clear_harm_lowers_the_other_needs_only():
    table = ranking_weights()["need"]
    needs = {"work": 0.8, "sexual_violence": 0.63}
    seen = harm_first(needs, table)
    assert seen["sexual_violence"] == 0.63
    assert seen["work"] < needs["work"]
    assert harm_first({"work": 0.8, "sexual_violence": 0.3}, table) == {
        "work": 0.8,
        "sexual_violence": 0.3,
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mi jefe violó el contrato y no me pagó", "es"),
        ("El violín de mi hijo se rompió", "es"),
        ("Meu chefe não paga as horas extras", "pt"),
    ],
)
def test_a_broken_contract_or_a_violin_is_no_sexual_violence(text, lang):
    assert "sexual_violence" not in score_needs(text, lang)
