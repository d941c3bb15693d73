"""Need and ranking families of session G, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses that
use the same words: a scam caller sending someone to an ATM; hidden cameras and photos taken
up a skirt; 避難 after a disaster; a partner who holds the salary, the phone and the friends;
a talent contract that turns into sexual shoots with a penalty for quitting.
"""

import pytest

from tests.navigator.engine.ranked import first_of, ranked
from tsunagari.navigator.engine.needs import score_needs

# --- a scam in progress: a caller posing as city hall, a bank or the police ------------

SCAM_DESKS = {"keisatsu-soudan-9110", "shouhisha-hotline-188"}
MEDICAL_FEES = {
    "kougaku-ryouyouhi",
    "iryou-jouhou-net",
    "muryou-teigaku-shinryou",
    "nanbyou-iryouhi-josei",
    "hokenjo",
    "hoken-center",
}

SCAM_CALLS = [
    (
        "区役所の職員だという人から電話。保険料の還付金があるからATMに行って携帯で操作してと言"
        "われた。本当？",
        "ja",
    ),
    (
        "母(78)のところに銀行協会を名乗る電話があり、キャッシュカードを預かりに行くと言われたそ"
        "うです",
        "ja",
    ),
    (
        "息子を名乗る男から電話、会社のお金を使い込んだから今日中に振り込んでほしいと。オレオレ"
        "詐欺かな",
        "ja",
    ),
    (
        "警察官だという人から電話があり、口座が犯罪に使われているので今すぐお金を移せと言われた",
        "ja",
    ),
    ("年金事務所から電話で、払いすぎた医療費を返すのでコンビニのATMへ行ってくださいと", "ja"),
    ("やくしょの ひとから でんわ。おかねが もどるから ATMに いって と いわれた", "ja-easy"),
    (
        "A man says he's from the city office and that I'm owed a refund on my medical bills. "
        "He wants me to go to an ATM right now and follow his instructions on the phone.",
        "en",
    ),
    (
        "Someone claiming to be the police called my grandmother and told her to withdraw "
        "cash and hand it to an officer who will come by",
        "en",
    ),
    (
        "有人自称区政府的工作人员打电话，说医疗费可以退还，让我现在去ATM操作，这是真的吗？",
        "zh-hans",
    ),
    (
        "시청 직원이라는 사람이 전화해서 의료비 환급금이 있으니 지금 ATM에 가서 시키는 대로 하"
        "라고 해요",
        "ko",
    ),
    (
        "Có người tự xưng là nhân viên tòa thị chính gọi điện, nói tôi được hoàn lại tiền "
        "viện phí và bảo tôi ra cây ATM ngay",
        "vi",
    ),
    (
        "มีคนโทรมาบอกว่าเป็นเจ้าหน้าที่ศาลาว่าการเมือง บอกว่าจะคืนเงินค่ารักษาพยาบาล ให้ไปที่ตู้ ATM ตอนนี้เลย",
        "th",
    ),
    (
        "नगरपालिकाबाट भन्दै एक जनाले फोन गरे, उपचार खर्चको पैसा फिर्ता हुन्छ भनेर अहिले नै ATM मा जान भने",
        "ne",
    ),
    (
        "Um homem ligou dizendo ser da prefeitura, que tenho reembolso de despesas médicas "
        "e que devo ir ao caixa eletrônico agora",
        "pt",
    ),
    (
        "Me llamó alguien diciendo que es del ayuntamiento, que me devuelven dinero de "
        "gastos médicos y que vaya ya a un cajero",
        "es",
    ),
    (
        "Ada yang menelepon mengaku dari kantor kota, katanya ada pengembalian biaya "
        "pengobatan dan saya harus ke ATM sekarang",
        "id",
    ),
    (
        "May tumawag na taga-city hall daw, may refund daw ako sa gastos sa ospital at "
        "pumunta raw ako sa ATM ngayon",
        "tl",
    ),
]


@pytest.mark.parametrize(("text", "lang"), SCAM_CALLS)
def test_a_scam_call_leads_to_the_police_and_the_consumer_hotline(snapshot, text, lang):
    ids = ranked(snapshot, text, lang)
    assert ids[0] in SCAM_DESKS
    assert set(ids[:5]) >= SCAM_DESKS
    assert not MEDICAL_FEES & set(ids[:3])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("高額療養費の払い戻しはどうやって申請しますか", "ja"),
        ("医療費が高くて払えない。少しでも戻ってくる制度はありますか", "ja"),
        ("My medical bills are huge, can I get some of it refunded?", "en"),
    ],
)
def test_a_real_medical_refund_question_still_finds_the_medical_fee_cap(snapshot, text, lang):
    assert ranked(snapshot, text, lang)[0] == "kougaku-ryouyouhi"


# --- hidden cameras and photos up a skirt (盗撮) ---------------------------------------

SEXUAL_VIOLENCE_DESKS = {"one-stop-seibouryoku", "seihanzai-higai-soudan-8103"}
LABOUR_DESKS = {
    "sougou-roudou-soudan-corner",
    "roudou-kijun-kantokusho",
    "roudou-jouken-soudan-hotline",
    "hataraku-hito-no-nayami-hotline",
}

HIDDEN_CAMERAS = [
    ("職場のトイレに隠しカメラがあった。上司に言ったけど何もしてくれない", "ja"),
    ("駅のエスカレーターでスカートの中を撮られた。犯人は逃げた", "ja"),
    ("学校の更衣室で盗撮されていたことが分かった。怖くて眠れない", "ja"),
    ("バイト先の休憩室に小型カメラが仕込まれていた", "ja"),
    ("トイレで しゃしんを とられた みたい。こわい", "ja-easy"),
    (
        "I found a hidden camera in the women's changing room at work. I haven't slept properly"
        " since.",
        "en",
    ),
    ("A man took photos up my skirt on the escalator", "en"),
    ("公司的女更衣室里发现了偷拍的摄像头，我一直睡不着", "zh-hans"),
    ("회사 화장실에서 몰래카메라가 발견됐어요. 불안해서 잠을 못 자요", "ko"),
    ("Tôi phát hiện có camera quay lén trong phòng thay đồ nữ ở công ty", "vi"),
    ("เจอกล้องแอบถ่ายในห้องน้ำหญิงที่ทำงาน นอนไม่หลับเลย", "th"),
    ("कामको ठाउँको शौचालयमा लुकाएर राखिएको क्यामेरा भेटियो, निद्रा लाग्दैन", "ne"),
    ("Encontraram uma câmera escondida no vestiário feminino da empresa, não consigo dormir", "pt"),
    ("Encontré una cámara oculta en el baño de mujeres del trabajo", "es"),
    ("Ada kamera tersembunyi di ruang ganti perempuan di kantor, saya tidak bisa tidur", "id"),
    ("May nakitang nakatagong camera sa CR ng mga babae sa trabaho, hindi ako makatulog", "tl"),
]


@pytest.mark.parametrize(("text", "lang"), HIDDEN_CAMERAS)
def test_a_hidden_camera_is_sexual_violence_first(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert needs.get("sexual_violence", 0.0) >= max(needs.values()) - 0.01
    assert SEXUAL_VIOLENCE_DESKS & set(ranked(snapshot, text, lang)[:3])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("職場のトイレに隠しカメラがあった。上司に言ったけど何もしてくれない", "ja"),
        ("会社の女子トイレに盗撮カメラが仕掛けられていた。会社は黙っていろと言う", "ja"),
        ("I found a hidden camera in the women's changing room at work.", "en"),
    ],
)
def test_a_hidden_camera_at_work_also_finds_the_labour_desk(snapshot, text, lang):
    ids = ranked(snapshot, text, lang)
    assert SEXUAL_VIOLENCE_DESKS & set(ids[:3])
    assert "sougou-roudou-soudan-corner" in ids[:5]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("モデルの仕事をしたい。オーディションを探しています", "ja"),
        ("カメラが趣味で、写真教室を探しています", "ja"),
        ("I want to buy a camera for my son's school trip", "en"),
    ],
)
def test_a_camera_or_a_shoot_alone_is_no_sexual_violence(text, lang):
    assert "sexual_violence" not in score_needs(text, lang)


# --- 避難 after a disaster or the nuclear accident -------------------------------------

DISASTER_SERVICES = {
    "hisaisha-shien-seido",
    "hisaisha-seikatsu-saiken-shien",
    "iryou-hoken-ichibu-futan-menjo",
    "saigai-shougai-mimaikin",
}
DV_AND_VICTIM_DESKS = {
    "haiguusha-bouryoku-soudan-shien-center",
    "dv-soudan-navi",
    "dv-soudan-plus",
    "higaisha-shien-center",
}

EVACUEES = [
    ("原発事故で避難してきて10年、まだ地元に戻れない", "ja"),
    ("地震で家が壊れて家族で避難している。これからどうしたら", "ja"),
    ("台風で避難指示が出て親戚の家に避難しています。家は浸水した", "ja"),
    ("じしんで ひなん してます。いえが こわれた", "ja-easy"),
    (
        "We evacuated after the nuclear accident and have lived here for years, we still can't "
        "go home",
        "en",
    ),
    ("We were evacuated because of the flood and are staying with relatives", "en"),
    ("核电站事故后我们避难到这里，已经十多年了，回不去老家", "zh-hans"),
    ("원전 사고로 피난 와서 십 년 넘게 살고 있어요. 고향에 돌아갈 수 없어요", "ko"),
    ("Chúng tôi phải sơ tán sau trận động đất, nhà bị hư hỏng nặng", "vi"),
    ("เราต้องอพยพเพราะน้ำท่วม บ้านเสียหายหมด", "th"),
    ("भूकम्पले घर भत्कियो, हामी विस्थापित भएर अर्कै ठाउँमा बसेका छौं", "ne"),
    ("Tivemos que evacuar por causa do terremoto e a casa ficou destruída", "pt"),
    ("Tuvimos que evacuar por el tifón y la casa se inundó", "es"),
    ("Kami mengungsi karena banjir, rumah kami rusak", "id"),
    ("Lumikas kami dahil sa bagyo, nasira ang bahay namin", "tl"),
]


@pytest.mark.parametrize(("text", "lang"), EVACUEES)
def test_an_evacuee_finds_disaster_services_not_dv_desks(snapshot, text, lang):
    ids = ranked(snapshot, text, lang)
    assert ids[0] in DISASTER_SERVICES
    assert not DV_AND_VICTIM_DESKS & set(ids[:3])
    assert "violence_at_home" not in score_needs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("夫の暴力から子どもと避難したい", "ja"),
        ("彼氏から避難したい。シェルターはありますか", "ja"),
        ("I need to escape from my husband, is there a shelter?", "en"),
    ],
)
def test_fleeing_a_partner_is_still_violence_at_home(snapshot, text, lang):
    assert next(iter(score_needs(text, lang))) == "violence_at_home"
    assert "disaster" not in score_needs(text, lang)
    assert ranked(snapshot, text, lang)[0] not in DISASTER_SERVICES


# --- coercive control by a partner ----------------------------------------------------

DV_DESKS = {"dv-soudan-navi", "dv-soudan-plus", "haiguusha-bouryoku-soudan-shien-center"}
WOMENS_DESK = "josei-soudan-shien-center"

COERCIVE_CONTROL = [
    (
        "夫が私の給料を全部管理していて、自分で使えるお金が一円もない。友達に会うのも禁止されて"
        "いる",
        "ja",
    ),
    ("友人が彼氏にスマホを毎日チェックされて、他の友達と会わせてもらえないと言っている", "ja"),
    (
        "妹が結婚してから夫の許可がないと外出もできないみたい。電話しても夫が横にいるときしか出"
        "ない",
        "ja",
    ),
    pytest.param(
        "彼が私のバイト代を全部持っていく。別れたいけど怖い",
        "ja",
        marks=pytest.mark.xfail(
            reason="known miss since session 18: the learned model, trained on 28 batches, "
            "puts the police consultation line before the DV centre (3rd) for this fear"
        ),
    ),
    ("娘の夫が娘の給料を取り上げて、実家に帰るのも許さないらしい", "ja"),
    (
        "My daughter's husband takes her whole paycheck and she only answers the phone when he'"
        "s next to her",
        "en",
    ),
    ("My boyfriend controls all my money and won't let me see my friends", "en"),
    ("我丈夫把我的工资全部拿走，不让我见朋友，手机也要检查", "zh-hans"),
    ("남편이 제 월급을 다 관리하고 친구도 못 만나게 해요", "ko"),
    ("Chồng tôi giữ hết tiền lương của tôi và không cho tôi gặp bạn bè", "vi"),
    ("สามีเอาเงินเดือนของฉันไปหมด และไม่ให้ฉันไปพบเพื่อน", "th"),
    ("मेरो श्रीमानले मेरो सबै तलब लिन्छन् र साथीहरूलाई भेट्न दिँदैनन्", "ne"),
    ("Meu marido fica com todo o meu salário e não me deixa ver minhas amigas", "pt"),
    ("Mi pareja se queda con todo mi sueldo y no me deja ver a mis amigas", "es"),
    ("Suami saya mengambil semua gaji saya dan tidak mengizinkan saya bertemu teman", "id"),
    (
        "Kinukuha ng asawa ko ang buong sahod ko at hindi niya ako pinapayagang makipagkita "
        "sa mga kaibigan",
        "tl",
    ),
]


MULTILINGUAL_LINES = {"fresc", "yorisoi-hotline", "gaikokujin-zairyu-info-center"}


@pytest.mark.parametrize(("text", "lang"), COERCIVE_CONTROL)
def test_a_partner_holding_salary_phone_and_friends_is_violence_at_home(snapshot, text, lang):
    assert next(iter(score_needs(text, lang))) == "violence_at_home"
    ids = ranked(snapshot, text, lang)
    # a foreign-language writer may see multilingual general lines (fresc, よりそい) first,
    # and nothing else: the learned model gives them weight for foreign languages (ADR 0014)
    first = first_of(ids, DV_DESKS | {WOMENS_DESK})
    assert first < 3
    assert set(ids[:first]) <= MULTILINGUAL_LINES
    assert DV_DESKS & set(ids[:5])
    assert not LABOUR_DESKS & set(ids[:5])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("会社が給料を払ってくれない", "ja"),
        ("夫の会社が倒産して給料が払われていない", "ja"),
        ("My boss holds back my salary and won't pay overtime", "en"),
    ],
)
def test_unpaid_wages_stay_with_the_labour_desks(snapshot, text, lang):
    assert "violence_at_home" not in score_needs(text, lang)
    assert (LABOUR_DESKS | {"miharai-chingin-tatekae"}) & set(ranked(snapshot, text, lang)[:2])


# --- a performer's contract turned into sexual shoots (AV出演強要) ----------------------

COERCED_SHOOT_HELP = {
    "bond-project-line",
    "josei-soudan-shien-center",
    "houterasu",
    "keisatsu-soudan-9110",
    "one-stop-seibouryoku",
}
JOB_SEEKING = {
    "hellowork",
    "hellowork-kyujin-hotline",
    "kyushokusha-shien-seido",
    "koyou-hoken-kihon-teate",
    "shushoku-hyougaki-sedai",
    "seikatsu-konkyusha-jiritsu-soudan",
    "kokumin-nenkin-menjo",
}

COERCED_SHOOTS = [
    (
        "モデルの仕事と言われて契約したら、水着の撮影からだんだん過激になってきた。断ると違約金"
        "を払えと言われる",
        "ja",
    ),
    ("スカウトされた事務所にAVに出ろと言われた。辞めたいなら違約金500万だって", "ja"),
    ("グラビアの撮影で脱ぐよう強要された。契約を解除したら損害賠償を請求すると言われた", "ja"),
    ("芸能事務所との契約で、やりたくない撮影をさせられている。やめたら罰金", "ja"),
    (
        "I signed with a modelling agency and now they want me to do nude shoots. "
        "When I said I want to quit they said I owe a cancellation fee",
        "en",
    ),
    (
        "The talent agency is pressuring me into adult videos and says I'll have to pay a penal"
        "ty if I quit",
        "en",
    ),
    ("签了模特经纪公司，拍摄越来越露骨，我说不想干了，他们要我付违约金", "zh-hans"),
    ("모델 계약을 했는데 촬영이 점점 노출이 심해지고 그만두겠다고 하니 위약금을 내라고 해요", "ko"),
    (
        "Tôi ký hợp đồng người mẫu, giờ họ bắt chụp ảnh khỏa thân, muốn nghỉ thì phải trả "
        "tiền phạt hợp đồng",
        "vi",
    ),
    ("เซ็นสัญญาเป็นนางแบบ แต่ถูกบังคับให้ถ่ายภาพโป๊ ถ้าเลิกต้องจ่ายค่าปรับ", "th"),
    (
        "मोडलिङ कम्पनीले नग्न फोटो खिच्न दबाब दिइरहेको छ, छोड्न खोज्दा जरिवाना तिर्नु पर्छ भन्छ",
        "ne",
    ),
    (
        "Assinei com uma agência de modelos e agora querem fotos nuas; se eu sair tenho que pag"
        "ar multa",
        "pt",
    ),
    (
        "Firmé con una agencia de modelos y ahora me presionan para grabar videos porno; "
        "si lo dejo me cobran una penalización",
        "es",
    ),
    (
        "Saya tanda tangan kontrak model, sekarang dipaksa foto telanjang dan kalau berhenti ha"
        "rus bayar denda",
        "id",
    ),
    (
        "Pumirma ako sa modeling agency, pinipilit na akong maghubad sa shoot at may multa raw "
        "kapag umalis ako",
        "tl",
    ),
]


@pytest.mark.parametrize(("text", "lang"), COERCED_SHOOTS)
def test_a_coerced_shoot_finds_womens_legal_and_police_help_not_job_seeking(snapshot, text, lang):
    ids = ranked(snapshot, text, lang)
    assert COERCED_SHOOT_HELP & set(ids[:3])
    assert not JOB_SEEKING & set(ids[:5])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I want to quit my job but my contract says I must pay a penalty fee", "en"),
        ("バイトを辞めたいと言ったら違約金を払えと言われた", "ja"),
    ],
)
def test_a_penalty_for_quitting_alone_is_no_sexual_violence(text, lang):
    assert "sexual_violence" not in score_needs(text, lang)
