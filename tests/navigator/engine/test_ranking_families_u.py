"""Need and ranking families of session U, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- an employee (or a part-timer in the employees' health insurance) ill or injured and off
  work unpaid - cancer, a heart attack, a hospital stay, severe morning sickness, or just
  "がんと仕事" - reaches the health insurance's sickness allowance (傷病手当金) among the
  first three; pressure to quit over the illness reaches the labour corner. Near-misses: a
  person sick while on unemployment benefit reaches the employment insurance's own sickness
  allowance first, an injury at work reaches workers' accident insurance first, and an older
  parent's cancer still reaches the community support centre and long-term care;
- no health insurance (保険証がない, 無保険, "never joined national health insurance")
  reaches the free/low-cost clinics, the self-reliance desk or FRESC first; "can I use
  health insurance after a traffic accident" reaches the high-cost cap or the self-reliance
  desk; a pharmacy bill outside the free/low-cost clinic scheme reaches the self-reliance
  desk or public assistance;
- a question about a physical disability certificate (a pacemaker, a voice lost to cancer,
  "what changes") reaches disability welfare services or rehabilitation medical cost relief
  (自立支援医療); a psychiatric outpatient's renewal letter (受給者証の更新, also in kana)
  reaches 自立支援医療;
- a parent who must stay with a hospitalised child, out of paid leave or threatened with
  dismissal, reaches the childcare leave law (leave to care for a sick child) or the labour
  corner;
- an older person's daily life in a rural place (heating oil no longer delivered, the last
  households of a hamlet, shopping, snow on the roof) reaches the community support centre
  or the minsei-iin; an age told as "85の私", "…88で" or "85 na ako" is an older age, while
  a young worker carrying kerosene or clearing snow for pay is not;
- money paid for water or supplements that "cure" instead of treatment, and a marriage
  agency that refuses a refund, reach the consumer hotline (188) or legal aid.
"""

import pytest

from tests.navigator.engine.ranked import first_of, ranked
from tsunagari.navigator.engine.needs import score_needs

# --- an employee ill or injured and off work ---------------------------------------------

SICKNESS_ALLOWANCE = "shoubyou-teatekin-kenko-hoken"
LABOUR_CORNER = "sougou-roudou-soudan-corner"

OFF_SICK = [
    ("乳がんの手術で来月から3か月休む。会社員だけど休んでる間の給料どうなるの", "ja"),
    ("心筋梗塞で倒れて入院中。まだ働けないけど会社から給料は出ないって言われた", "ja"),
    ("パートで社保に入ってる。骨折して1か月入院、収入がゼロになる", "ja"),
    ("つわりがひどくて点滴に通ってる。会社を休んだら無給で、生活がきつい", "ja"),
    ("がん 治療 仕事", "ja"),
    ("がんと仕事", "ja"),
    ("がん 働く", "ja"),
    ("35歳で末期がん。会社は休職中。介護保険は使えないって言われた", "ja"),
    (
        "I got diagnosed with cancer and need chemo for months. I'm a full-time employee, how "
        "do I live without salary?",
        "en",
    ),
    ("had a heart attack last week, still in hospital, my company says no pay while I'm off", "en"),
    ("cancer work", "en"),
    ("我得了癌症要住院化疗，公司说请假期间没有工资，怎么办", "zh-hans"),
    ("心脏病发作做了手术，现在不能上班，没有收入", "zh-hans"),
    ("암 진단을 받고 수술하느라 회사를 두 달 쉬어야 해요. 월급이 안 나와요", "ko"),
    ("심근경색으로 입원했어요. 회사에 못 나가서 수입이 없어요", "ko"),
    (
        "estou com câncer e vou ficar internado, a fábrica disse que não vai pagar salário "
        "enquanto eu não trabalho",
        "pt",
    ),
    ("tive um infarto, fiz cirurgia e não consigo trabalhar, estou sem renda", "pt"),
    ("tengo cáncer y estoy en quimioterapia, no puedo trabajar y la empresa no me paga", "es"),
    ("me dio un infarto, estoy hospitalizado y no puedo ir al trabajo, sin sueldo", "es"),
    ("may cancer ako at nasa ospital, hindi ako makapasok sa trabaho at walang sahod", "tl"),
    ("inatake ako sa puso, naoperahan, hindi pa makapagtrabaho, wala akong kita", "tl"),
    ("เป็นมะเร็ง ต้องนอนโรงพยาบาล ทำงานไม่ได้ บริษัทไม่จ่ายเงินเดือน", "th"),
    ("หัวใจวาย ผ่าตัดแล้ว ยังทำงานไม่ได้ ไม่มีรายได้", "th"),
    ("tôi bị ung thư phải nằm viện, không đi làm được, công ty không trả lương", "vi"),
    ("tôi bị nhồi máu cơ tim, đã phẫu thuật, chưa đi làm được, không có thu nhập", "vi"),
    ("मलाई क्यान्सर भयो, अस्पतालमा भर्ना छु, काममा जान सक्दिन, तलब छैन", "ne"),
    ("हृदयघात भयो, शल्यक्रिया भयो, अझै काम गर्न सक्दिन, आम्दानी छैन", "ne"),
    (
        "saya kena kanker dan dirawat di rumah sakit, tidak bisa kerja, perusahaan tidak bayar "
        "gaji",
        "id",
    ),
    ("saya kena serangan jantung, sudah operasi, belum bisa kerja, tidak ada penghasilan", "id"),
]

PUSHED_OUT_FOR_ILLNESS = [
    ("がんの治療で休んだら、上司に辞めてくれと言われた", "ja"),
    ("my boss told me to resign because I need time off for cancer treatment", "en"),
    ("입덧으로 입원했더니 회사가 그만두라고 해요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), OFF_SICK)
def test_an_employee_off_sick_reaches_the_sickness_allowance(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {SICKNESS_ALLOWANCE}) < 3


@pytest.mark.parametrize(("text", "lang"), PUSHED_OUT_FOR_ILLNESS)
def test_pressure_to_quit_over_an_illness_reaches_the_labour_corner(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {LABOUR_CORNER}) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("失業保険をもらってる最中にがんが見つかって入院することになった", "ja"),
        (
            "I was on unemployment benefit and then got hospitalized with cancer, cant go to "
            "hello work",
            "en",
        ),
    ],
)
def test_sick_while_unemployed_is_the_employment_insurances_allowance(snapshot, text, lang):
    found = ranked(snapshot, text, lang)
    own = first_of(found, {"shoubyou-teate-koyou-hoken"})
    assert own < 3
    assert own < first_of(found, {SICKNESS_ALLOWANCE})


def test_an_injury_at_work_is_workers_accident_insurance_first(snapshot):
    found = ranked(snapshot, "工場で機械に手を挟まれて骨折、入院中で給料が出ない", "ja")
    assert found[0] in {"kyugyo-hosho-kyufu", "rousai-hoken"}


def test_an_older_parents_cancer_is_still_long_term_care(snapshot):
    found = ranked(snapshot, "80の母ががんで入院。退院後の介護が心配", "ja")
    assert found[0] in {"chiiki-houkatsu-shien-center", "kaigo-hoken-zaitaku"}
    assert SICKNESS_ALLOWANCE not in found[:5]


# --- no health insurance; a traffic accident; the pharmacy outside the scheme ------------

UNINSURED = [
    ("保険証がない", "ja"),
    ("保険に入ってないけど病院に行きたい", "ja"),
    ("国保を払ってなくて保険証が使えない。熱が下がらない", "ja"),
    ("無保険で骨折した", "ja"),
    ("no health insurance", "en"),
    ("i'm uninsured and need to see a doctor, can't afford it", "en"),
    (
        "on a working holiday, got hurt skiing, I never joined national health insurance and "
        "the hospital bill is huge",
        "en",
    ),
    ("我没有医疗保险，生病了不敢去医院", "zh-hans"),
    ("건강보험이 없어요. 병원비가 너무 비싸요", "ko"),
    ("não tenho seguro de saúde e preciso ir ao hospital", "pt"),
    ("no tengo seguro médico y necesito ver a un doctor", "es"),
    ("wala akong health insurance, kailangan kong magpaospital", "tl"),
    ("ไม่มีประกันสุขภาพ ป่วยแต่ไม่กล้าไปโรงพยาบาล", "th"),
    ("tôi không có bảo hiểm y tế, bị bệnh mà không dám đi bệnh viện", "vi"),
    ("मेरो स्वास्थ्य बीमा छैन, बिरामी छु तर अस्पताल जान डर लाग्छ", "ne"),
    ("saya tidak punya asuransi kesehatan, sakit tapi takut ke rumah sakit", "id"),
]

ACCIDENT_AND_HEALTH_INSURANCE = [
    ("自転車で転んで入院。交通事故だと保険証は使えないの？", "ja"),
    ("can I use my health insurance after a traffic accident? I crashed my bike alone", "en"),
]

PHARMACY_OUTSIDE_THE_SCHEME = [
    ("無料低額診療の病院に通ってるが院外の薬局は対象外だと言われた。薬代が毎月きつい", "ja"),
    ("無料低額診療で診てもらってるけど薬局の薬代は自己負担で払えない", "ja"),
    (
        "the free clinic sees me for free but the pharmacy charges me for the medicine and i "
        "can't pay",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "lang"), UNINSURED)
def test_no_health_insurance_reaches_the_free_clinics_or_the_desk(snapshot, text, lang):
    wanted = {"muryou-teigaku-shinryou", "seikatsu-konkyusha-jiritsu-soudan", "fresc"}
    assert first_of(ranked(snapshot, text, lang), wanted) < 3


@pytest.mark.parametrize(("text", "lang"), ACCIDENT_AND_HEALTH_INSURANCE)
def test_health_insurance_after_a_traffic_accident(snapshot, text, lang):
    wanted = {"kougaku-ryouyouhi", "seikatsu-konkyusha-jiritsu-soudan"}
    assert first_of(ranked(snapshot, text, lang), wanted) < 3


@pytest.mark.parametrize(("text", "lang"), PHARMACY_OUTSIDE_THE_SCHEME)
def test_a_pharmacy_bill_outside_the_scheme_reaches_the_desk(snapshot, text, lang):
    wanted = {"seikatsu-konkyusha-jiritsu-soudan", "seikatsu-hogo"}
    assert first_of(ranked(snapshot, text, lang), wanted) < 3


# --- a physical disability certificate; an outpatient relief's renewal -------------------

CERTIFICATE = [
    ("ペースメーカーを入れたら障害者手帳がもらえるらしい。何か使える制度ある？", "ja"),
    ("身体障害者手帳を取ったら何が変わるんですか", "ja"),
    ("人工透析が始まる。身障手帳の申請ってどうするの", "ja"),
    ("喉頭を取って声が出なくなった。電気式人工喉頭って補助ある？", "ja"),
    (
        "I'm getting a pacemaker and heard I can get a disability certificate. what does it "
        "give me?",
        "en",
    ),
    (
        "lost my voice after throat cancer surgery, is there any support for people who can't "
        "speak",
        "en",
    ),
    ("装了心脏起搏器，听说可以申请残疾人手册，有什么好处", "zh-hans"),
    ("심장 박동기를 넣게 됐는데 장애인 수첩을 받을 수 있대요. 뭐가 달라져요?", "ko"),
    (
        "vou colocar marcapasso e disseram que posso pegar a carteira de deficiente. o que muda?",
        "pt",
    ),
    (
        "me van a poner un marcapasos y dicen que puedo sacar la libreta de discapacidad, ¿qué "
        "cambia?",
        "es",
    ),
    (
        "lalagyan ako ng pacemaker, pwede raw akong kumuha ng disability techo. ano ang "
        "makukuha ko?",
        "tl",
    ),
    ("ต้องใส่เครื่องกระตุ้นหัวใจ ได้ยินว่าขอสมุดคนพิการได้ จะได้อะไรบ้าง", "th"),
    ("tôi sắp đặt máy tạo nhịp tim, nghe nói được cấp sổ người khuyết tật, có lợi gì", "vi"),
    ("मुटुमा पेसमेकर राख्नुपर्छ, अपाङ्गता कार्ड पाइन्छ रे, के फाइदा हुन्छ", "ne"),
    (
        "saya akan pasang alat pacu jantung, katanya bisa dapat buku disabilitas, apa manfaatnya",
        "id",
    ),
]

RENEWAL = [
    ("せいしんかに かよっています。しやくしょから こうしんの てがみが きました", "ja"),
    ("精神科に通ってる。市役所から自立支援医療の更新の手紙が来た", "ja"),
    ("しんりょうないかに かよってます。じゅきゅうしゃしょうの こうしんって なんですか", "ja"),
    ("メンタルクリニックの受給者証の期限が切れそう", "ja"),
    (
        "I see a psychiatrist and got a letter from city hall about renewing my medical "
        "certificate for the outpatient discount",
        "en",
    ),
    ("我在精神科看病，市政府寄来信说要更新受给者证", "zh-hans"),
    ("정신과에 다니는데 시청에서 수급자증 갱신 편지가 왔어요", "ko"),
    ("faço tratamento psiquiátrico e a prefeitura mandou carta para renovar o certificado", "pt"),
    (
        "voy al psiquiatra y el ayuntamiento me mandó una carta para renovar el certificado de "
        "atención médica",
        "es",
    ),
    (
        "nagpapatingin ako sa psychiatrist, may sulat galing city hall na i-renew daw ang "
        "certificate",
        "tl",
    ),
    ("ไปหาจิตแพทย์อยู่ ได้จดหมายจากที่ว่าการเมืองให้ต่ออายุบัตรรับสิทธิ์", "th"),
    ("tôi đi khám tâm thần, tòa thị chính gửi thư bảo gia hạn giấy chứng nhận", "vi"),
    ("म मानसिक अस्पताल जान्छु, सिटी अफिसबाट प्रमाणपत्र नवीकरणको चिठी आयो", "ne"),
    ("saya berobat ke psikiater, ada surat dari kantor kota untuk perpanjang sertifikat", "id"),
]


@pytest.mark.parametrize(("text", "lang"), CERTIFICATE)
def test_a_disability_certificate_question_reaches_its_services(snapshot, text, lang):
    wanted = {"shougai-fukushi-service", "jiritsu-shien-iryou"}
    assert first_of(ranked(snapshot, text, lang), wanted) < 3


@pytest.mark.parametrize(("text", "lang"), RENEWAL)
def test_an_outpatients_renewal_letter_reaches_the_cost_relief(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {"jiritsu-shien-iryou"}) < 5


# --- a parent staying with a hospitalised child ------------------------------------------

CHILD_IN_HOSPITAL = [
    ("息子が肺炎で入院して付き添ってる。有給がなくなって会社から休むなら辞めろと言われた", "ja"),
    ("子どもの入院に付き添うため休んだら、上司にクビをほのめかされた", "ja"),
    ("こどもが にゅういん。かいしゃを やすむと やめさせると いわれた", "ja"),
    ("子の看護休暇って会社が認めてくれない", "ja"),
    (
        "my daughter is in hospital and I have to stay with her. I've used all my paid leave "
        "and my boss says I'll be fired if I take more days",
        "en",
    ),
    ("孩子住院了我要陪护，年假用完了，公司说再请假就辞退我", "zh-hans"),
    ("아이가 입원해서 간병하느라 연차를 다 썼어요. 회사에서 더 쉬면 그만두래요", "ko"),
    (
        "meu filho está internado e preciso ficar com ele, acabaram minhas férias remuneradas e "
        "a empresa ameaça me demitir",
        "pt",
    ),
    (
        "mi hijo está hospitalizado y tengo que acompañarlo, ya usé mis vacaciones pagadas y mi "
        "jefe dice que me despide",
        "es",
    ),
    (
        "naka-confine ang anak ko sa ospital at kailangan ko siyang bantayan, ubos na ang paid "
        "leave ko at sabi ng amo tatanggalin ako",
        "tl",
    ),
    ("ลูกนอนโรงพยาบาล ต้องไปเฝ้า ลาพักร้อนหมดแล้ว หัวหน้าบอกว่าถ้าลาอีกจะไล่ออก", "th"),
    ("con tôi nằm viện, tôi phải ở cùng, đã hết phép năm, công ty nói nghỉ nữa sẽ đuổi việc", "vi"),
    ("छोरा अस्पतालमा भर्ना छ, म साथमा बस्नुपर्छ, बिदा सकियो, कम्पनीले निकाल्छु भन्यो", "ne"),
    (
        "anak saya dirawat di rumah sakit, saya harus menemani, cuti sudah habis, bos bilang "
        "saya akan dipecat",
        "id",
    ),
]


@pytest.mark.parametrize(("text", "lang"), CHILD_IN_HOSPITAL)
def test_a_parent_with_a_child_in_hospital_reaches_the_leave_law(snapshot, text, lang):
    wanted = {"ikuji-kyugyo-seido", LABOUR_CORNER}
    assert first_of(ranked(snapshot, text, lang), wanted) < 3


# --- an older person's daily life in a rural place ---------------------------------------

OLDER_DESKS = {"chiiki-houkatsu-shien-center", "minsei-iin"}

OLDER_RURAL = [
    ("灯油を買いに行けなくなった。車の免許も返したし、82の一人暮らし", "ja"),
    ("ガソリンスタンドが閉まって灯油が手に入らない。腰も悪くて重いのは持てない。88で", "ja"),
    ("村で残ってるのはもう年寄りのうちだけ。町に出ろと言われるけどここにいたい", "ja"),
    ("近くの店が閉店して買い物に行けない。バスも減った。80の私にはきつい", "ja"),
    ("雪下ろしができない。90で屋根にはもう登れない", "ja"),
    ("the kerosene truck stopped coming to our village and I'm 84, I can't carry the tanks", "en"),
    (
        "we're the last family left in this hamlet, the town wants me to move but I want to "
        "stay. I'm 80",
        "en",
    ),
    ("村里的商店关了，我86岁了，买东西走不过去", "zh-hans"),
    ("마을에 남은 집이 우리 집밖에 없어요. 83살인데 장 보러 갈 수가 없어요", "ko"),
    ("tenho 84 anos e o caminhão de querosene não vem mais, não consigo carregar o galão", "pt"),
    ("tengo 85 años, ya no traen el queroseno a mi pueblo y no puedo cargar los bidones", "es"),
    ("85 na ako, hindi na dumadating ang nagdedeliver ng kerosene, hindi ko kayang buhatin", "tl"),
    ("อายุ 85 แล้ว ไม่มีคนมาส่งน้ำมันก๊าดแล้ว แบกเองไม่ไหว", "th"),
    ("tôi 85 tuổi, không ai giao dầu hỏa nữa, tôi không xách nổi", "vi"),
    ("म ८५ वर्षको भएँ, मट्टितेल ल्याउने आउँदैन, बोक्न सक्दिन", "ne"),
    ("saya sudah 85 tahun, minyak tanah tidak diantar lagi, saya tidak kuat mengangkat", "id"),
]


@pytest.mark.parametrize(("text", "lang"), OLDER_RURAL)
def test_an_older_persons_rural_daily_life_reaches_the_local_desks(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), OLDER_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("買い物に行くのも大変。85の私には坂がきつい", "ja"),
        ("腰も悪くて重いのは持てない。88で", "ja"),
        ("85 na ako, mag isa lang sa bahay", "tl"),
    ],
)
def test_an_age_before_oneself_is_older_age(text, lang):
    assert score_needs(text, lang).get("older_age", 0.0) >= 0.5


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("25の私には楽勝", "ja"),
        ("時給1000の私", "ja"),
        ("残り70で", "ja"),
        ("週に3日、70で計算すると", "ja"),
        ("家賃は5万。80で割ると1日いくら", "ja"),
    ],
)
def test_a_young_age_or_an_amount_before_oneself_is_no_older_age(text, lang):
    assert "older_age" not in score_needs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("灯油の配達のバイトをしてる。ポリタンクが重くて腰が痛い 28", "ja"),
        ("雪下ろしのバイトを探してる。日給いいらしい", "ja"),
        ("I deliver kerosene for a living and the tanks are killing my back, I'm 30", "en"),
    ],
)
def test_kerosene_or_snow_as_a_young_persons_job_is_no_older_age(snapshot, text, lang):
    assert "older_age" not in score_needs(text, lang)
    assert first_of(ranked(snapshot, text, lang), OLDER_DESKS) >= 3


# --- money paid for a 'cure' or to a marriage agency -------------------------------------

PAID_FOR_A_CURE_OR_A_MATCH = [
    ("がんが治るという水を母が50万円で買ってしまった。返金してもらえる？", "ja"),
    (
        "my mom stopped chemo and is spending thousands on supplements that claim to cure cancer",
        "en",
    ),
    ("我妈得了癌症不去医院，花了几十万买号称能治病的保健品", "zh-hans"),
    ("엄마가 암인데 병원 안 가고 암이 낫는다는 건강식품에 수백만 원을 썼어요", "ko"),
    (
        "minha mãe tem câncer e em vez de tratar está comprando suplementos caros que prometem "
        "cura",
        "pt",
    ),
    ("mi papá dejó el tratamiento y gasta mucho en suplementos que dicen curar el cáncer", "es"),
    (
        "may cancer ang nanay ko pero hindi nagpapagamot, bumibili ng mamahaling supplement na "
        "nakakagaling daw",
        "tl",
    ),
    ("แม่เป็นมะเร็งแต่ไม่ไปหาหมอ ซื้ออาหารเสริมราคาแพงที่อ้างว่ารักษาหายได้", "th"),
    ("mẹ tôi bị ung thư nhưng không chữa, mua thực phẩm chức năng đắt tiền nói là chữa khỏi", "vi"),
    ("आमालाई क्यान्सर छ तर अस्पताल जानुहुन्न, निको हुन्छ भन्ने महँगो सप्लिमेन्ट किन्नुहुन्छ", "ne"),
    ("父が糖尿病なのに薬をやめて、ネットの健康食品に毎月10万払ってる", "ja"),
    ("結婚相談所に80万払ったのに紹介された相手と破談、返金しないと言われた", "ja"),
    ("国際結婚の仲介業者に高い費用を払ったのに返金に応じない", "ja"),
    (
        "the marriage agency took 1 million yen and refuses any refund after the match fell "
        "through",
        "en",
    ),
    ("婚介公司收了很多钱，现在不给退款", "zh-hans"),
    ("결혼 중개 업체가 환불을 안 해줘요", "ko"),
    ("a agência de casamento não quer devolver o dinheiro", "pt"),
    ("la agencia matrimonial no me devuelve el dinero", "es"),
    ("ayaw ibalik ng marriage agency ang bayad ko", "tl"),
    ("บริษัทจัดหาคู่ไม่ยอมคืนเงิน", "th"),
    ("công ty môi giới hôn nhân không chịu hoàn tiền", "vi"),
    ("विवाह एजेन्सीले पैसा फिर्ता दिँदैन", "ne"),
    (
        "ibu saya kena kanker tapi tidak berobat, malah beli suplemen mahal yang katanya bisa "
        "menyembuhkan",
        "id",
    ),
    ("agen perjodohan tidak mau mengembalikan uang saya", "id"),
]


@pytest.mark.parametrize(("text", "lang"), PAID_FOR_A_CURE_OR_A_MATCH)
def test_a_cure_product_or_an_agency_refund_reaches_the_consumer_line(snapshot, text, lang):
    wanted = {"shouhisha-hotline-188", "houterasu"}
    assert first_of(ranked(snapshot, text, lang), wanted) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("先生に手術すればがんは治ると言われた。来週入院する", "ja"),
        ("the doctor said the cancer can be cured with surgery", "en"),
        ("結婚相談所に登録したけど出会いがない", "ja"),
    ],
)
def test_a_cure_promised_by_a_doctor_or_an_agency_without_a_refund_is_no_dispute(text, lang):
    assert "consumer_trouble" not in score_needs(text, lang)
