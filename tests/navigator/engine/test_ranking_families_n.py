"""Need and ranking families of session N, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses that
use the same words: symptoms of the mind told without a diagnosis (nightmares and waking in
terror, washing or checking over and over, a home that cannot be cleared); a courier whose
delivery app stopped the account; a teacher who hits a pupil or a school that orders natural
hair dyed black; hitting said not to happen; goods sold by a fortune-teller's threats of
misfortune; a stepfamily; 一人親方, who is no single parent.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

# --- symptoms of the mind told without a diagnosis --------------------------------------

MIND_DESKS = {
    "kokoro-no-kenko-soudan-touitsu-dial",
    "seishin-hoken-fukushi-center",
    "hokenjo",
    "hoken-center",
    "iryou-jouhou-net",
}

NIGHTMARES = [
    ("交通事故を見てから、その場面が夢に出てきて夜中に飛び起きる。もう3週間になる", "ja"),
    ("豪雨の片付けを手伝いに行ってから毎晩うなされる。誰に話せばいいのか", "ja"),
    (
        "Since I helped clear the flood damage I wake up screaming most nights and keep "
        "reliving the smell",
        "en",
    ),
    ("去救灾当志愿者回来以后，每天晚上做噩梦，半夜惊醒", "zh-hans"),
    ("사고를 본 뒤로 매일 밤 악몽을 꾸고 자다가 깨요", "ko"),
    ("depois do terremoto tenho pesadelos toda noite e acordo assustada", "pt"),
    ("desde el accidente tengo pesadillas y me despierto gritando", "es"),
    ("Từ sau trận lũ tôi gặp ác mộng mỗi đêm, giật mình tỉnh giấc", "vi"),
    ("หลังจากเห็นอุบัติเหตุ ฝันร้ายทุกคืน สะดุ้งตื่นกลางดึก", "th"),
    ("Sejak gempa saya selalu mimpi buruk dan terbangun ketakutan tengah malam", "id"),
    ("Mula nung bagyo, binabangungot ako gabi gabi", "tl"),
    ("भूकम्पपछि हरेक रात डरलाग्दो सपना देख्छु र झस्किएर उठ्छु", "ne"),
]

COMPULSIONS = [
    ("ガスの元栓を何度も確かめないと家を出られない。1時間かかることもある", "ja"),
    ("汚れが気になって手を何回も洗ってしまい、手洗いがやめられない", "ja"),
    (
        "I cant stop washing my hands, they are cracked and bleeding, and I keep checking the "
        "stove again and again",
        "en",
    ),
    ("我每天反复洗手，出门前反复检查门锁，上班总是迟到", "zh-hans"),
    ("손을 계속 씻고 문을 몇 번이나 확인해야 나갈 수 있어요", "ko"),
    ("lavo as maos o tempo todo e confiro varias vezes se a porta ta trancada", "pt"),
    ("me lavo las manos todo el tiempo y reviso varias veces la puerta antes de salir", "es"),
]

HOARDING = [
    ("物が捨てられなくて床が見えない。管理会社から苦情がきた", "ja"),
    (
        "I cant throw anything away and you cant see the floor of my flat anymore. The "
        "landlord wants to inspect",
        "en",
    ),
    ("我什么都舍不得扔，家里东西堆满了，看不到地板", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), NIGHTMARES + COMPULSIONS + HOARDING)
def test_symptoms_told_in_plain_words_read_as_the_mind(snapshot, text, lang):
    assert leads(score_needs(text, lang), "mental_health")
    assert first_of(ranked(snapshot, text, lang), MIND_DESKS) < 5


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("皿を何回も洗うのが面倒", "ja"),
        ("引っ越しの前に部屋を片付けたい", "ja"),
        ("彼氏に捨てられた。連絡がつかない", "ja"),
        ("I want to buy a dream catcher for my daughter's room", "en"),
    ],
)
def test_washing_tidying_or_dreams_alone_are_no_symptom(text, lang):
    assert "mental_health" not in score_needs(text, lang)


# --- a courier whose delivery app stopped the account -----------------------------------

GIG_DESKS = {
    "houterasu",
    "seikatsu-konkyusha-jiritsu-soudan",
    "kyushokusha-shien-seido",
    "sougou-roudou-soudan-corner",
    "hellowork",
}

DEACTIVATED = [
    ("配達員をしてたけどアカウントを停止された。業務委託だから失業保険もない", "ja"),
    (
        "The delivery app deactivated my account with no reason. I was a rider full time and "
        "have no insurance",
        "en",
    ),
    ("我在日本送外卖，平台突然把账号被封了，没有任何收入了", "zh-hans"),
    ("배달 앱에서 갑자기 계정이 정지됐어요. 라이더 일이 유일한 수입이었어요", "ko"),
    ("sou entregador e o app desativaram minha conta sem explicacao. nao tenho mais renda", "pt"),
    (
        "soy repartidor y la aplicacion desactivaron mi cuenta sin motivo, me quede sin ingresos",
        "es",
    ),
    ("Tôi làm shipper, tự nhiên bị khóa tài khoản trên ứng dụng, giờ không có thu nhập", "vi"),
    ("Saya driver ojol, akun dinonaktifkan tiba tiba, sekarang tidak ada penghasilan", "id"),
    ("เป็นไรเดอร์ส่งอาหาร แล้วบัญชีถูกระงับ ไม่มีรายได้เลย", "th"),
    ("Delivery rider ako at na deactivate ang account ko sa app, wala na akong kita", "tl"),
]


@pytest.mark.parametrize(("text", "lang"), DEACTIVATED)
def test_a_stopped_courier_account_is_a_lost_job(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "job_loss")
    assert leads(needs, "work")
    assert first_of(ranked(snapshot, text, lang), GIG_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Instagramのアカウントが停止された。乗っ取りかも", "ja"),
        ("My Instagram account was suspended, I think I was hacked", "en"),
        ("フリーランスのデザイナーです。確定申告のやり方を知りたい", "ja"),
    ],
)
def test_another_account_or_freelancing_alone_is_no_lost_job(text, lang):
    assert "job_loss" not in score_needs(text, lang)


def test_a_self_employed_builder_is_no_single_parent():
    needs = score_needs("大工の一人親方です。仕事中に足場から落ちてけがをした", "ja")
    assert "single_parent" not in needs
    assert leads(needs, "work")
    assert "single_parent" in score_needs("シングルマザーで子ども2人、生活が苦しい", "ja")


# --- a teacher who hits a pupil, a school that orders natural hair dyed -----------------

RIGHTS_DESKS = {
    "kodomo-no-jinken-110",
    "minna-no-jinken-110",
    "gaikokugo-jinken-soudan",
    "24h-kodomo-sos-dial",
}

SCHOOL_RIGHTS = [
    ("息子が授業中に先生に叩かれた。学校は指導の範囲だと言う", "ja"),
    ("中学で地毛なのに黒染めしろと言われた娘。校則だからの一点張り", "ja"),
    ("My son was hit by his teacher at school and the principal says it was discipline", "en"),
    ("女儿的老师打了她的手，学校说是体罚很正常", "zh-hans"),
    ("아들이 학교에서 선생님한테 맞았어요. 체벌이 일본에서는 괜찮은 건가요", "ko"),
    ("meu filho apanhou do professor na escola, isso e permitido no Japao?", "pt"),
    ("el profesor le pego a mi hija en clase, es castigo fisico?", "es"),
    ("Con tôi bị thầy đánh ở trường, nhà trường nói là bình thường", "vi"),
    ("Anak saya dipukul guru di sekolah, apakah hukuman fisik boleh di Jepang?", "id"),
]


@pytest.mark.parametrize(("text", "lang"), SCHOOL_RIGHTS)
def test_a_school_that_hits_or_orders_hair_dyed_is_a_rights_question(snapshot, text, lang):
    assert leads(score_needs(text, lang), "human_rights")
    assert first_of(ranked(snapshot, text, lang), RIGHTS_DESKS) < 5


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("先生に相談したら親身に聞いてくれた", "ja"),
        ("卒業したら髪を染めたい", "ja"),
        ("My teacher helped me with my homework", "en"),
    ],
)
def test_a_teacher_or_hair_dye_alone_is_no_rights_question(text, lang):
    assert "human_rights" not in score_needs(text, lang)


# --- hitting said not to happen ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("再婚相手が私の連れ子にだけ口うるさい。叩いたりはしないけど、娘が萎縮している", "ja"),
        ("夫は手は出さないけど、息子の成績のことで毎晩説教する", "ja"),
        (
            "My new husband is very strict with my stepson. He doesn't hit him, but he lectures "
            "him for an hour over small things",
            "en",
        ),
    ],
)
def test_hitting_said_not_to_happen_is_no_violence(text, lang):
    needs = score_needs(text, lang)
    assert "violence_at_home" not in needs
    assert "child_abuse" not in needs
    assert any(leads(needs, n) for n in ("child_rearing", "school", "family_trouble"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("夫に叩かれた。前は暴力はなかったのに", "ja"),
        ("夫は叩いたりはしないけど、生活費を渡してくれないし怒鳴る", "ja"),
        ("My husband hits me and I never hit back", "en"),
        ("My husband never hits me but he controls all the money", "en"),
    ],
)
def test_violence_or_control_told_beside_a_denial_still_reads(text, lang):
    assert leads(score_needs(text, lang), "violence_at_home")


# --- goods sold by a fortune-teller's threats of misfortune ----------------------------

SPIRITUAL_SALES = [
    ("母が占い師に言われて壺や印鑑を何十万円も買っている。先祖の因縁だと言われたらしい", "ja"),
    (
        "A fortune teller told my mother a curse is on our family and she paid thousands for "
        "charms",
        "en",
    ),
    ("minha mae pagou muito dinheiro pra uma cartomante pra tirar uma desgraca da familia", "pt"),
    ("엄마가 점쟁이 말을 듣고 부적이랑 굿에 돈을 수백만 원 썼어요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), SPIRITUAL_SALES)
def test_spiritual_sales_go_to_the_consumer_hotline(snapshot, text, lang):
    assert leads(score_needs(text, lang), "consumer_trouble")
    assert "shouhisha-hotline-188" in ranked(snapshot, text, lang)[:5]


def test_fortune_telling_as_a_pastime_is_no_consumer_trouble():
    assert "consumer_trouble" not in score_needs("占いが好きで、毎朝テレビの星占いを見ます", "ja")
