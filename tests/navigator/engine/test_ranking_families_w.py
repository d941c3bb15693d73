"""Need and ranking families of session W, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- an international divorce, a child taken abroad or a threat to take one (ハーグ条約, 子の
  連れ去り) is a legal question: legal aid (法テラス) comes among the first three, with the
  desks for a foreign resident's status (FRESC, the immigration information centre);
- a young carer (ヤングケアラー): a child who cooks, bathes, interprets or misses school for a
  parent or a sibling reaches the children's lines and the child and family centre first, and
  never the care leave of an employee (介護休業);
- sextortion: intimate pictures or a recording and a threat to spread them reads as sexual
  violence, and the lines for it come among the first three, with or without a crisis;
- a mother who regrets motherhood or cannot love her baby, with no danger told, reaches the
  desks for mothers (子育て世代包括支援センター) first;
- a pregnancy lost (miscarriage, stillbirth) reaches the desks for mothers and the mind, and
  no survivor's pension (遺族年金, 未支給年金, 死亡一時金), which a lost pregnancy never opens;
  in Korean 유산 told as a pregnancy is no inheritance;
- a university student who stopped going, or dropped out, and hides it from the parents
  reaches the listening lines and the youth and withdrawal desks;
- three readings that were wrong: feeling empty is the mind (not money), crying one cannot
  stop is the mind (not an addiction: "no puedo dejar de llorar"), and a parent-in-law who
  hits an adult is violence at home (not child abuse). The near-misses keep an empty fridge
  money, drinking one cannot stop an addiction and a mother who hits her child child abuse.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

# --- an international divorce, a child taken abroad -------------------------------------

STATUS_DESKS = {"fresc", "gaikokujin-zairyu-info-center"}

CHILD_ABROAD = [
    ("夫は韓国籍。離婚の話になったら子どもを連れて母国に帰ると言い出した", "ja"),
    ("元妻が娘を国外に連れ出してしまった。ハーグ条約で戻してもらえるのか知りたい", "ja"),
    (
        "my wife took our son to canada for the summer and now says they are not coming back. "
        "what does the hague convention say",
        "en",
    ),
    ("丈夫说离婚的话就把孩子带回国，我不知道该怎么办", "zh-hans"),
    ("남편이 이혼하면 아이를 데리고 출국하겠대요. 국제이혼 상담 받고 싶어요", "ko"),
    (
        "minha esposa levou nossa filha para as Filipinas, e a convencao de haia?",
        "pt",
    ),
    ("mi marido se llevo a mi hijo a Colombia sin avisarme, estamos en divorcio", "es"),
    ("iniwan ako ng asawa ko at itinakas niya ang anak namin pauwi sa pinas", "tl"),
    ("สามีจะพาลูกกลับประเทศถ้าเราหย่ากัน ฉันต้องทำยังไง", "th"),
    ("vợ tôi muốn ly hôn và mang con về nước, tôi có giữ được con không", "vi"),
    ("श्रीमतीले सम्बन्धविच्छेद गरेर बच्चा लिएर नेपाल जान्छु भनिन्", "ne"),
    ("istri saya mengancam membawa anak pulang ke Indonesia kalau kami cerai", "id"),
]


@pytest.mark.parametrize(("text", "lang"), CHILD_ABROAD)
def test_a_child_taken_abroad_reaches_legal_aid(snapshot, text, lang):
    assert leads(score_needs(text, lang), "legal")
    found = ranked(snapshot, text, lang)
    assert "houterasu" in found[:3]
    if lang != "ja":
        assert first_of(found, STATUS_DESKS) < 5


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a holiday abroad with the children, a child's school trip: no legal question
        ("夏休みに子どもを連れて母国に帰省します。おすすめの過ごし方は", "ja"),
        ("we are taking the kids to canada for the holidays, any tips", "en"),
    ],
)
def test_a_family_trip_abroad_is_no_legal_question(text, lang):
    assert not leads(score_needs(text, lang), "legal")


# --- young carers ------------------------------------------------------------------------

CHILD_HELP = {
    "childline",
    "24h-kodomo-sos-dial",
    "jidou-katei-shien-center",
    "kodomo-no-jinken-110",
    "jidou-soudanjo",
    "oyako-soudan-line",
}
EMPLOYEE_LEAVE = {"kaigo-kyugyo-seido", "kaigo-kyugyo-kyufu"}

YOUNG_CARERS = [
    ("お母さんが入院してから、毎日ごはんを作って妹の世話をしてる。学校に行けない日が多い", "ja"),
    ("おばあちゃんの介護でお風呂を手伝ってて部活をやめた。中2", "ja"),
    ("ママは日本語わからないから、病院でいつもわたしが通訳してる。学校休むこともある", "ja"),
    (
        "im 14, my dad is sick so i look after him and my little brother and i keep missing school",
        "en",
    ),
    ("爸爸瘫痪了，我每天照顾爸爸，经常不能去上学", "zh-hans"),
    ("엄마가 아파서 제가 동생을 돌보느라 학교에 잘 못 가요", "ko"),
    ("minha mae tem depressao e eu cuido da casa e do meu irmao, falto na escola", "pt"),
    (
        "cuido a mi hermano con discapacidad porque mi mamá trabaja, casi no puedo ir a la escuela",
        "es",
    ),
    ("ako ang nag aalaga kay lola at sa mga kapatid ko, lagi akong absent sa school", "tl"),
    ("หนูต้องดูแลพ่อที่ป่วยทุกวัน ไม่ได้ไปโรงเรียนหลายวันแล้ว", "th"),
    ("em phải chăm sóc mẹ bị ốm và nấu cơm cho các em nên hay nghỉ học", "vi"),
    ("आमा बिरामी हुनुहुन्छ, म खाना पकाउँछु र भाइको हेरचाह गर्छु, स्कुल जान पाउँदिन", "ne"),
    ("ibu saya sakit, saya merawat ibu dan adik, jadi sering tidak bisa sekolah", "id"),
]


@pytest.mark.parametrize(("text", "lang"), YOUNG_CARERS)
def test_a_young_carer_reaches_the_childrens_lines(snapshot, text, lang):
    found = ranked(snapshot, text, lang, audience="child")
    assert first_of(found, CHILD_HELP) < 3
    assert not EMPLOYEE_LEAVE & set(found[:5])


def test_a_young_adult_carer_reaches_a_listening_line_or_the_disability_desk(snapshot):
    text = "im 20 and i take care of my disabled sister every day, i quit university for it"
    wanted = {
        "shougai-fukushi-service",
        "yorisoi-hotline",
        "anata-no-ibasho",
        "kokoro-no-hotto-chat",
        "saposute",
    }
    assert first_of(ranked(snapshot, text, "en"), wanted) < 5


def test_a_working_adult_caring_for_a_parent_keeps_the_care_desks(snapshot):
    # near-miss: a grown-up child at work, caring for an old parent
    text = "父の介護で仕事を休みたい。介護休業は取れますか"
    found = ranked(snapshot, text, "ja")
    assert first_of(found, EMPLOYEE_LEAVE) < 3
    assert "childline" not in found[:5]


# --- sextortion --------------------------------------------------------------------------

SEXUAL_VIOLENCE_HELP = {
    "seihanzai-higai-soudan-8103",
    "one-stop-seibouryoku",
    "cure-time",
    "keisatsu-soudan-9110",
    "minna-no-jinken-110",
    "josei-soudan-shien-center",
    "bond-project-line",
    "dansei-seibouryoku-hotline",
}

SEXTORTION = [
    ("マッチングアプリの相手に裸の写真を送ったら、10万払わないと学校にばらまくと脅された", "ja"),
    ("ビデオ通話で脱いだのを録画されてた。お金を払えと言われてる", "ja"),
    ("a stranger got my nudes and keeps threatening to leak them unless i send more", "en"),
    ("有人拿我的裸照威胁我，要我转钱", "zh-hans"),
    ("몸캠 피싱을 당했어요. 돈 안 보내면 영상을 퍼뜨린대요", "ko"),
    ("um homem ameaca espalhar minhas fotos intimas se eu nao mandar dinheiro", "pt"),
    ("un chico me amenaza con publicar mis fotos intimas si no le pago", "es"),
    ("may nagbanta na ikakalat ang hubad kong litrato kung hindi ako magpapadala ng pera", "tl"),
    ("มีคนขู่จะปล่อยคลิปโป๊ของฉันถ้าไม่จ่ายเงิน", "th"),
    ("có người dọa tung ảnh nóng của em lên mạng nếu em không gửi tiền", "vi"),
    ("एक जनाले मेरो नग्न फोटो फैलाउने धम्की दिएर पैसा माग्यो", "ne"),
    ("ada yang mengancam menyebar foto bugil saya kalau saya tidak transfer uang", "id"),
]


@pytest.mark.parametrize(("text", "lang"), SEXTORTION)
def test_sextortion_reaches_the_lines_for_sexual_violence(snapshot, text, lang):
    assert leads(score_needs(text, lang), "sexual_violence")
    assert first_of(ranked(snapshot, text, lang), SEXUAL_VIOLENCE_HELP) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # sharing one's own holiday photos, a video call with the family: nothing sexual
        ("旅行の写真を友達に送ったら拡散されて恥ずかしい", "ja"),
        ("i recorded a video call with my grandma, how do i send it to my family", "en"),
    ],
)
def test_photos_without_a_threat_are_no_sexual_violence(text, lang):
    assert not leads(score_needs(text, lang), "sexual_violence")


# --- a mother who regrets motherhood ----------------------------------------------------

MOTHERS_DESKS = {
    "kosodate-sedai-houkatsu-shien-center",
    "sango-care",
    "sanzen-sango-support",
    "oyako-soudan-line",
    "youiku-shien-houmon",
}

REGRET = [
    ("母親になったことを後悔してる。子どもを可愛いと思えない自分が嫌", "ja"),
    ("honestly i regret becoming a mother, i dont love my baby the way i should", "en"),
    ("我后悔生孩子了，一点也感觉不到当妈妈的幸福", "zh-hans"),
    ("엄마가 된 게 후회돼요. 아이를 사랑할 수 없어요", "ko"),
    ("me arrependo de ter filho, nao sinto amor pelo meu bebe", "pt"),
    ("me arrepiento de tener hijos, no siento amor por mi bebe", "es"),
    ("nagsisisi ako na nanganak ako, parang hindi ko mahal ang baby ko", "tl"),
    ("ไม่รู้สึกรักลูกเลย เหนื่อยกับการเป็นแม่", "th"),
    ("tôi hối hận khi sinh con, tôi không cảm thấy yêu con", "vi"),
    ("आमा बनेकोमा पछुतो लाग्छ, बच्चालाई माया लाग्दैन", "ne"),
    ("saya menyesal punya anak, saya tidak sayang pada bayi saya", "id"),
]


@pytest.mark.parametrize(("text", "lang"), REGRET)
def test_a_mother_who_regrets_reaches_the_desks_for_mothers(snapshot, text, lang):
    assert leads(score_needs(text, lang), "child_rearing")
    assert first_of(ranked(snapshot, text, lang), MOTHERS_DESKS) < 3


@pytest.mark.xfail(
    reason="the crisis model raises a suicide alarm for regret with tiredness or guilt; crisis "
    "data is not this family's to change (left to the crisis helpers)",
    strict=False,
)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i love my son in theory but honestly i regret becoming a mother. im so tired", "en"),
        ("me arrepiento de tener hijos, no siento amor por mi bebe y me siento culpable", "es"),
    ],
)
def test_regret_with_tiredness_raises_no_crisis(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), MOTHERS_DESKS) < 3


# --- a pregnancy lost ------------------------------------------------------------------

LOSS_HELP = MOTHERS_DESKS | {
    "kokoro-no-kenko-soudan-touitsu-dial",
    "kokoro-no-hotto-chat",
    "seishin-hoken-fukushi-center",
    "hoken-center",
    "anata-no-ibasho",
    "yorisoi-hotline",
    "inochi-no-denwa",
}
PENSIONS = {"izoku-nenkin", "mishikyu-nenkin", "shibou-ichijikin"}

PREGNANCY_LOSS = [
    ("9週で稽留流産と言われた。手術は終わったけど涙が止まらない", "ja"),
    ("お腹の赤ちゃんが死産だった。退院してから誰とも話せない", "ja"),
    ("we lost our baby at 20 weeks, a stillbirth. i dont know how to go on", "en"),
    ("胎停了，做完手术以后一直很难过", "zh-hans"),
    ("계류유산 판정을 받았어요. 아무것도 못 하겠어요", "ko"),
    ("tive um aborto espontaneo com 10 semanas e nao paro de pensar nisso", "pt"),
    ("perdi el embarazo a las 9 semanas y me siento vacia", "es"),
    ("nakunan ako sa ikatlong buwan, hindi ko alam paano magpatuloy", "tl"),
    ("ลูกตายในท้องตอน 7 เดือน ทำใจไม่ได้", "th"),
    ("tôi bị thai chết lưu ở tuần thứ 30, tôi suy sụp", "vi"),
    ("मेरो गर्भपात भयो, कसैसँग बोल्न मन छैन", "ne"),
    ("saya keguguran di usia kandungan 8 minggu, rasanya hancur", "id"),
]


@pytest.mark.parametrize(("text", "lang"), PREGNANCY_LOSS)
def test_a_pregnancy_lost_reaches_the_desks_for_mothers_and_the_mind(snapshot, text, lang):
    assert leads(score_needs(text, lang), "pregnancy")
    found = ranked(snapshot, text, lang)
    assert first_of(found, LOSS_HELP) < 3
    assert not PENSIONS & set(found[:5])


def test_an_inheritance_in_korean_stays_legal(snapshot):
    # near-miss: 유산 as an inheritance
    text = "아버지 유산 때문에 형제들과 싸우고 있어요"
    needs = score_needs(text, "ko")
    assert leads(needs, "legal")
    assert not leads(needs, "pregnancy")


# --- a university student who hides it -------------------------------------------------

STUDENT_HELP = {
    "saposute",
    "hikikomori-chiiki-shien-center",
    "hikikomori-voice-station",
    "anata-no-ibasho",
    "kokoro-no-hotto-chat",
    "seishin-hoken-fukushi-center",
    "kokoro-no-kenko-soudan-touitsu-dial",
    "yorisoi-hotline",
}

STUDENT_HIDING = [
    ("大学にもう三か月行けてない。仕送りもらってるから親には言えない", "ja"),
    ("去年大学を中退したのに親にはまだ言ってない", "ja"),
    ("i havent been to university since october and my parents still think im going", "en"),
    ("我偷偷退学了，父母不知道", "zh-hans"),
    ("몰래 자퇴했는데 부모님은 몰라요", "ko"),
    ("larguei a faculdade e meus pais acham que ainda estudo", "pt"),
    ("deje de ir a la universidad y mis padres creen que sigo estudiando", "es"),
    ("nag drop out ako sa college pero hindi alam ng mga magulang ko", "tl"),
    ("แอบลาออกจากมหาวิทยาลัย ไม่กล้าบอกพ่อแม่", "th"),
    ("em đã lén bỏ học đại học, bố mẹ không biết", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), STUDENT_HIDING)
def test_a_student_who_hides_it_reaches_listening_and_youth_desks(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), STUDENT_HELP) < 3


def test_a_student_asking_about_fees_keeps_the_study_support(snapshot):
    # near-miss: a student who goes to classes and cannot pay the fees
    text = "大学の学費が払えない。授業料の免除はありますか"
    assert "koutou-kyouiku-shugaku-shien" in ranked(snapshot, text, "ja")[:3]


# --- three readings that were wrong --------------------------------------------------

EMPTY = [
    ("i feel empty", "en"),
    ("i feel empty and i dont want to eat anything", "en"),
    ("me siento vacío por dentro", "es"),
    ("me sinto vazia por dentro", "pt"),
    ("saya merasa kosong", "id"),
    ("tôi cảm thấy trống rỗng", "vi"),
    ("心里空空的", "zh-hans"),
    ("마음이 공허해요", "ko"),
    ("ใจมันว่างเปล่า", "th"),
    ("心が空っぽ", "ja"),
]


@pytest.mark.parametrize(("text", "lang"), EMPTY)
def test_feeling_empty_is_the_mind_not_money(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "mental_health")
    assert "money" not in needs


def test_an_empty_fridge_is_still_money():
    assert leads(score_needs("my fridge is empty and i have no money left", "en"), "money")


CRYING = [
    ("no puedo dejar de llorar", "es"),
    ("não consigo parar de chorar", "pt"),
    ("saya tidak bisa berhenti menangis", "id"),
    ("hindi ako makatigil sa pag iyak", "tl"),
    ("ร้องไห้หยุดไม่ได้เลย", "th"),
    ("tôi khóc không dừng được", "vi"),
    ("我哭得停不下来", "zh-hans"),
    ("눈물이 멈추지 않아요", "ko"),
    ("i cant stop crying", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CRYING)
def test_crying_one_cannot_stop_is_no_addiction(text, lang):
    needs = score_needs(text, lang)
    assert "dependence" not in needs
    assert leads(needs, "mental_health")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("no puedo dejar de beber", "es"),
        ("nao consigo parar de jogar no cassino", "pt"),
        ("suami saya tidak bisa berhenti judi", "id"),
    ],
)
def test_drinking_or_gambling_one_cannot_stop_stays_an_addiction(text, lang):
    assert leads(score_needs(text, lang), "dependence")


IN_LAWS = [
    ("my husband's mother hits me", "en"),
    ("my mother in law slaps me and my husband does nothing", "en"),
    ("夫の母に叩かれる", "ja"),
    ("ibu mertua saya memukul saya", "id"),
    ("sinasaktan ako ng nanay ng asawa ko", "tl"),
    ("tôi bị mẹ chồng đánh", "vi"),
    ("老公的妈妈打我", "zh-hans"),
    ("남편 엄마가 때려요", "ko"),
    ("श्रीमानको आमाले कुट्छिन्", "ne"),
]


@pytest.mark.parametrize(("text", "lang"), IN_LAWS)
def test_a_parent_in_law_who_hits_an_adult_is_no_child_abuse(text, lang):
    needs = score_needs(text, lang)
    assert "child_abuse" not in needs
    assert leads(needs, "violence_at_home")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my mother hits me when she is drunk", "en"),
        ("ibu memukul saya setiap hari", "id"),
        ("妈妈打我", "zh-hans"),
    ],
)
def test_a_mother_who_hits_her_child_stays_child_abuse(text, lang):
    assert leads(score_needs(text, lang), "child_abuse")
