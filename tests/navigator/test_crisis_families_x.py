"""Four crisis families the rules missed (crisisX): our own probes, read by the rules alone
(``learned=False``). Every language file is applied to every message.

1. Japanese typed in romaji on a foreign keyboard or by a child: suicide with its typos
   ("nanka mou kieta i", "kyou shinou to omotteru"), a parent who hits told actively
   ("papa ga mainichi boku wo tataku"), a child not fed for days, a partner who squeezes the
   neck without the particle ("otto ni kubi shimerareta") or hits ("otto ga mainichi naguru"),
   touching with no body part named ("densha de sawarareta") and forced acts after "muriyari".
   Silent: romaji idioms ("shinu hodo nemui"), game talk ("boss ni korosareta"), drums
   ("taiko wo tataku"), a tap on the shoulder or to wake one, a canteen closed, deleted data.
2. Kana-only Japanese (children, easy Japanese) telling violence at home in short sentences
   ("おっと が なぐる。まいにち。こわい。", "ぱぱ が ままを たたく。ぼく こわい"). Silent: drums, a
   shoulder rub, and a TV drama told in kana ("てれび の どらま。おっと が つま を なぐる。");
   one's own partner told after the drama still counts.
3. A child kept as a servant at home (child domestic labour): made to do all the housework or
   treated as a maid, and kept from school, not fed or beaten when slow, in 11 languages and
   in romanised Nepali. Silent: a child helping with chores, pocket money for chores, an adult
   busy all day, a child off school because sick or a storm.
4. Medical danger a layperson describes (danger_other, with 119): dengue with its warning
   signs (bleeding nose or gums, vomiting blood) and altitude sickness high on a mountain or on
   Mt Fuji (two of: confused, cannot breathe, vomiting), romanised Nepali too ("lekh lagyo").
   Silent: a mild cold, a dengue vaccine or its symptoms asked about, a Fuji climb planned or
   remembered, a little breathless at the summit.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. Japanese in romaji
    ("ja", "suicide", "mou shinitai"),
    ("ja", "suicide", "nanka mou kieta i"),
    ("ja", "suicide", "jisatsu shitai. dou sureba ii ka wakaranai"),
    ("ja", "suicide", "mou ikiteru imi nai shi shinitai kimochi ga tomaranai"),
    ("ja", "suicide", "kyou shinou to omotteru"),
    ("ja", "suicide", "mou kietai yo, dare mo kizukanai shi"),
    ("ja", "suicide", "jisatsu shiyou to omotteru"),
    ("ja", "suicide", "mou shinu shika nai"),
    ("ja", "child_abuse", "oyaji ni mainichi nagurareru"),
    ("ja", "child_abuse", "mama ni tatakareru. itai"),
    ("ja", "child_abuse", "uchi de gohan moraenai. kinou kara nani mo tabetenai"),
    ("ja", "child_abuse", "mama ga gohan kurenai, onaka suita"),
    ("ja", "child_abuse", "papa ga mainichi boku wo tataku"),
    ("ja", "child_abuse", "otousan ga sake nomu to watashi wo naguru"),
    ("ja", "child_abuse", "mama no kareshi ga itsumo boku wo ketta"),
    # pt reads "keru" as quero only in a Portuguese session (abbreviations_hinted).
    ("ja", "child_abuse", "mama no kareshi ga boku wo keru. itai"),
    ("pt", "suicide", "eu keru sumir pra sempre"),
    ("ja", "child_abuse", "gibo ni gohan nuki ni sareru, mou mikka"),
    ("ja", "dv", "otto ni kubi shimerareta"),
    ("ja", "dv", "kareshi ni nagurareta"),
    ("ja", "dv", "otto ga mainichi naguru. kowai"),
    ("ja", "dv", "kareshi ga kowai, kinou mo nagurareta"),
    ("ja", "dv", "danna ni kerarete aza darake"),
    ("ja", "dv", "kare ni kubi shimerarete iki dekinakatta"),
    ("ja", "sexual_violence", "densha de sawarareta, kowakatta"),
    ("ja", "sexual_violence", "shiranai ojisan ni sawarareta"),
    ("ja", "sexual_violence", "joushi ni karada sawarareta"),
    ("ja", "sexual_violence", "kareshi ni muriyari sareta"),
    ("ja", "sexual_violence", "iya tte itta noni muriyari yarareta"),
    ("ja", "sexual_violence", "senpai ni muriyari kisu sareta"),
    ("ja", "sexual_violence", "muriyari nugasareta"),
    # 2. Kana-only Japanese
    ("ja", "dv", "おっと が なぐる。まいにち。こわい。"),
    ("ja", "child_abuse", "ぱぱ が ままを たたく。ぼく こわい"),
    ("ja", "dv", "おっと が ける。あざ いっぱい。"),
    ("ja", "dv", "かれし が たたく。にげたい"),
    ("ja", "dv", "おっと に なぐられた。いたい。こわい"),
    ("ja", "child_abuse", "おとうさん が おかあさん を なぐる。まいばん。こわい"),
    ("ja", "child_abuse", "ぱぱ が ぼく を たたく。まいにち"),
    ("ja", "child_abuse", "まま が ぼく を ける。いたい"),
    ("ja", "dv", "おっと が くび を しめた。こわい"),
    ("ja", "dv", "だんな が なぐる。こども も こわがってる"),
    ("ja", "dv", "おっと が おこる。なぐる。わたし にげたい"),
    ("ja", "dv", "どらま で おっと が つま を なぐる。わたし も おっと に なぐられてる"),
    # 3. A child kept as a servant at home
    ("ne", "child_abuse", "म १२ वर्षको छु, साहुको घरमा सबै काम म गर्नुपर्छ, खाना दिँदैनन्, स्कूल जान दिँदैनन्"),
    ("ne", "child_abuse", "घरको सबै काम मलाई गराउँछन्, काम ढिलो भयो भने कुट्छन्, स्कूल पठाउँदैनन्"),
    ("ne", "child_abuse", "काकीले मलाई नोकर जस्तो राख्छिन्, स्कुल जान दिदैनन्, खाना पनि दिदैनन्"),
    (
        "ne",
        "child_abuse",
        (
            "ma 11 barsa ko chu, sahu ko ghar ma sabai kaam garnu parchha, school jana "
            "didainan, khana pani didainan"
        ),
    ),
    ("ne", "child_abuse", "kaam dhilo bhayo bhane kutchhan, khana didainan, school pathaudainan"),
    ("ne", "child_abuse", "kaki le malai nokar jasto rakhchhin, school jana dindinan"),
    (
        "en",
        "child_abuse",
        (
            "im 13 and my aunt makes me do all the housework, she doesnt let me go to school "
            "and doesnt feed me"
        ),
    ),
    (
        "en",
        "child_abuse",
        (
            "they keep me home to clean and cook all day, if im slow they beat me, i never go "
            "to school"
        ),
    ),
    (
        "en",
        "child_abuse",
        "my uncle brought me here to work in his house, i dont get food and i cant go to school",
    ),
    (
        "tl",
        "child_abuse",
        (
            "13 taon pa lang ako, pinapagawa sa akin lahat ng gawaing bahay, hindi ako "
            "pinapakain, hindi ako pinapapasok sa school"
        ),
    ),
    (
        "tl",
        "child_abuse",
        "pag mabagal ako maglinis sinasaktan ako ng tita ko, hindi ako pinag-aaral",
    ),
    (
        "tl",
        "child_abuse",
        "ginagawa akong katulong ng tiyahin ko, hindi ako pinapaaral at minsan hindi pinapakain",
    ),
    ("vi", "child_abuse", "em 12 tuổi, bị bắt làm hết việc nhà, không cho ăn, không cho đi học"),
    (
        "vi",
        "child_abuse",
        "làm chậm là bị đánh, cô bắt em làm giúp việc cả ngày, không được đi học",
    ),
    (
        "id",
        "child_abuse",
        (
            "aku umur 12, disuruh kerjain semua pekerjaan rumah, nggak dikasih makan, nggak "
            "boleh sekolah"
        ),
    ),
    (
        "id",
        "child_abuse",
        "kalau lambat kerja aku dipukul bibi, aku nggak disekolahkan, kerja dari pagi sampai malam",
    ),
    ("th", "child_abuse", "หนูอายุ 12 ต้องทำงานบ้านทุกอย่าง ไม่ได้กินข้าว ไม่ได้ไปโรงเรียน"),
    ("th", "child_abuse", "ถ้าทำงานช้าป้าจะตี ไม่ให้ไปโรงเรียน ให้ทำงานบ้านทั้งวัน"),
    (
        "es",
        "child_abuse",
        (
            "tengo 12 años y mi tía me obliga a hacer todo el trabajo de la casa, no me deja "
            "ir a la escuela y no me da de comer"
        ),
    ),
    (
        "es",
        "child_abuse",
        "si limpio lento me pegan, no me mandan a la escuela, trabajo todo el dia en la casa",
    ),
    (
        "pt",
        "child_abuse",
        (
            "tenho 12 anos, minha tia me faz fazer todo o serviço da casa, não me deixa ir "
            "pra escola e não me dá comida"
        ),
    ),
    (
        "pt",
        "child_abuse",
        "se eu demoro na limpeza eles me batem, não me deixam estudar, trabalho o dia todo na casa",
    ),
    ("zh-hans", "child_abuse", "我12岁，被逼做所有家务，不给饭吃，不让我上学"),
    ("zh-hans", "child_abuse", "干活慢了就被打，阿姨不让我去学校，每天从早干到晚"),
    ("ko", "child_abuse", "저 12살인데 집안일 다 시키고 밥도 안 주고 학교도 못 가게 해요"),
    ("ko", "child_abuse", "일 느리면 때려요, 학교 안 보내주고 하루종일 집안일만 해요"),
    (
        "ja",
        "child_abuse",
        "おばさんの家で家事を全部やらされて、ご飯ももらえない。学校にも行かせてもらえない",
    ),
    ("ja", "child_abuse", "遅いと叩かれる。毎日掃除と洗濯ばかりで学校に行けない"),
    ("ja", "child_abuse", "12歳なのに家事を全部させられて、学校に行かせてもらえない"),
    (
        "en",
        "child_abuse",
        (
            "my stepmom treats me like a maid, i cook and clean for everyone and she wont let "
            "me go to school"
        ),
    ),
    (
        "en",
        "child_abuse",
        (
            "im 14, i have to do all the chores in my uncles house and they dont feed me till "
            "everyone has eaten"
        ),
    ),
    ("tl", "child_abuse", "katulong ang turing sa akin ng tita ko, di ako pinapapasok sa eskwela"),
    ("vi", "child_abuse", "dì bắt em làm osin, làm chậm là bị đánh"),
    ("id", "child_abuse", "aku dijadikan pembantu sama om, nggak disekolahin"),
    ("th", "child_abuse", "ป้าใช้หนูเหมือนคนใช้ ไม่ให้ไปเรียน"),
    ("es", "child_abuse", "mi madrastra me trata como sirvienta y no me deja ir a la escuela"),
    ("pt", "child_abuse", "minha madrasta me trata como empregada e não me deixa estudar"),
    ("zh-hans", "child_abuse", "舅妈把我当保姆，不让我上学"),
    ("ko", "child_abuse", "이모가 저를 식모처럼 부려요, 밥도 안 줘요"),
    ("ja", "child_abuse", "おじさんの家で召使いみたいに扱われて、学校にも行かせてもらえない"),
    ("ne", "child_abuse", "मामाघरमा मलाई कमारी जस्तो राख्छन्, खाना दिँदैनन्"),
    ("ne", "child_abuse", "mama ghar ma malai nokar jasto garchhan, khana didainan"),
    # 4. Medical danger told by a layperson
    ("en", "danger_other", "my son has dengue, high fever and now his gums and nose are bleeding"),
    ("en", "danger_other", "I have dengue and I'm vomiting blood"),
    (
        "en",
        "danger_other",
        "at the top of mt fuji my friend is confused, cant breathe properly and keeps vomiting",
    ),
    (
        "en",
        "danger_other",
        "altitude sickness on fuji, my wife is throwing up and talking nonsense",
    ),
    ("tl", "danger_other", "may dengue anak ko, mataas lagnat at dumudugo ang gilagid niya"),
    ("tl", "danger_other", "nagsusuka ng dugo yung asawa ko, may dengue siya"),
    ("tl", "danger_other", "mataas ang lagnat tapos nagdudugo ang ilong, baka dengue"),
    (
        "vi",
        "danger_other",
        "con tôi sốt cao, chảy máu chân răng và chảy máu mũi, có phải sốt xuất huyết không",
    ),
    ("vi", "danger_other", "tôi bị sốt xuất huyết, giờ nôn ra máu"),
    ("id", "danger_other", "anakku demam tinggi, gusinya berdarah dan mimisan terus, takut DBD"),
    ("id", "danger_other", "suamiku kena demam berdarah, sekarang muntah darah"),
    ("th", "danger_other", "ลูกไข้สูง เลือดออกตามไรฟัน เลือดกำเดาไหล กลัวเป็นไข้เลือดออก"),
    ("th", "danger_other", "เป็นไข้เลือดออก ตอนนี้อาเจียนเป็นเลือด"),
    (
        "es",
        "danger_other",
        "mi hija tiene fiebre alta y le sangran las encías y la nariz, creo que es dengue",
    ),
    ("es", "danger_other", "tengo dengue y estoy vomitando sangre"),
    (
        "pt",
        "danger_other",
        "meu filho está com febre alta e sangrando na gengiva e no nariz, acho que é dengue",
    ),
    ("pt", "danger_other", "estou com dengue e vomitando sangue"),
    ("ne", "danger_other", "छोरालाई डेंगु भएको छ, धेरै ज्वरो छ, गिजाबाट रगत आइरहेको छ"),
    ("ne", "danger_other", "डेंगु भएको छ, अहिले रगत बान्ता भयो"),
    (
        "ne",
        "danger_other",
        "chhora lai dengue bhayo, dherai jwaro chha, naak bata ragat aairaheko chha",
    ),
    ("ne", "danger_other", "फुजी हिमालको टुप्पोमा साथी अलमलिएको छ, सास फेर्न सकेन, बान्ता गरिरहेको छ"),
    (
        "ne",
        "danger_other",
        "fuji ko tuppo ma saathi lai lekh lagyo, saas ferna sakena, baanta garirako cha",
    ),
    ("ne", "danger_other", "lekh lagyo, dai ke ke bolirako cha, saas phulirako cha"),
    ("ja", "danger_other", "富士山の山頂で友達が混乱してて、息ができないって言ってる。吐いてる"),
    ("ja", "danger_other", "ふじさん の ちょうじょう。あたま いたい。はいてる。いき くるしい"),
    ("zh-hans", "danger_other", "在富士山山顶，朋友意识不清，呼吸困难，一直呕吐"),
    ("ko", "danger_other", "후지산 정상인데 친구가 정신이 혼미하고 숨을 못 쉬어요, 계속 토해요"),
    ("vi", "danger_other", "đang ở đỉnh núi phú sĩ, bạn tôi lú lẫn, không thở được, nôn liên tục"),
    (
        "tl",
        "danger_other",
        "nasa tuktok kami ng fuji, nalilito na kaibigan ko, hindi makahinga at nagsusuka",
    ),
    ("id", "danger_other", "di puncak gunung fuji temanku linglung, susah napas, muntah terus"),
    ("th", "danger_other", "อยู่บนยอดฟูจิ เพื่อนสับสน หายใจไม่ออก อาเจียนไม่หยุด"),
    (
        "es",
        "danger_other",
        "en la cima del fuji mi amigo está confundido, no puede respirar y vomita",
    ),
    (
        "pt",
        "danger_other",
        "no topo do fuji meu amigo está confuso, não consegue respirar e está vomitando",
    ),
    ("en", "danger_other", "on fuji at the 8th station, my dad is disoriented and gasping for air"),
    ("tl", "danger_other", "sumusuka ng dugo si lola"),
    ("vi", "danger_other", "chồng tôi ói ra máu nhiều lắm"),
    ("pt", "danger_other", "meu filho tem dengue e o nariz dele está sangrando muito"),
    ("es", "danger_other", "mi esposo tiene dengue y le sangra la nariz sin parar"),
    ("id", "danger_other", "anakku DBD, dari tadi mimisan"),
    ("th", "danger_other", "แม่อ้วกเป็นเลือด"),
    ("ne", "danger_other", "बुबालाई डेङ्गु छ, नाकबाट रगत बगिरहेको छ"),
    ("zh-hans", "danger_other", "爬富士山到山顶，我老公胡言乱语，喘不过气"),
    ("ko", "danger_other", "후지산 정상에서 남편이 헛소리하고 숨을 잘 못 쉬어요"),
    ("ja", "danger_other", "富士山の八合目で夫が意味不明なこと言ってて、吐いてる"),
    ("ja", "danger_other", "山頂で子どもがもうろうとしてて息が苦しいって"),
]

HARMLESS = [
    ("ja", "shinu hodo nemui"),
    ("ja", "kono raamen shinu hodo oishii"),
    ("ja", "boss ni korosareta lol mata yarinaosu"),
    ("ja", "geemu de boss ni korosareta"),
    ("ja", "taiko wo tataku no ga suki"),
    ("ja", "doramu tataku no tanoshii"),
    ("ja", "senpai ni kata tatakarete yobareta"),
    ("ja", "muriyari okita kedo nemui"),
    ("ja", "sumaho no deeta ga kieta"),
    ("ja", "neko ni sawatta, fuwafuwa"),
    ("ja", "otto ga taiko wo tataku no ga shumi"),
    ("ja", "papa ga boku wo tataite okoshita"),
    ("ja", "eki de kata wo sawarareta, furikaettara tomodachi datta"),
    ("ja", "shokudou ga shimatte gohan moraenai kara konbini de katta"),
    ("ja", "mou kieta, sumaho no deeta zenbu"),
    ("ja", "ぱぱ が ぼく の かた を たたく。きもちいい って"),
    ("ja", "たいこ を たたく。たのしい"),
    ("ja", "てれび の どらま。おっと が つま を なぐる。こわい はなし"),
    ("ja", "ぱぱ と たいこ を たたく"),
    ("ja", "ぼく は まま の かた を たたく。まま よろこぶ"),
    ("ja", "どらま で かれし が なぐる。こわかった"),
    ("ne", "छोराले घरको काममा सघाउँछ, म उसलाई पकेट मनी दिन्छु"),
    ("ne", "bachcha le ghar ko kaam ma sahayog garchha, pocket money dinchhu"),
    ("en", "my son helps with the chores and I give him pocket money"),
    ("en", "kids doing chores for allowance, how much is normal?"),
    ("tl", "tumutulong ang anak ko sa gawaing bahay, binibigyan ko siya ng baon"),
    ("vi", "con tôi giúp làm việc nhà, tôi cho con tiền tiêu vặt"),
    ("id", "anakku bantu pekerjaan rumah, aku kasih uang jajan"),
    ("th", "ลูกช่วยทำงานบ้าน ให้ค่าขนมเป็นรางวัล"),
    ("es", "mi hijo ayuda con las tareas de la casa y le doy su domingo"),
    ("pt", "meu filho ajuda nas tarefas de casa e eu dou mesada"),
    ("zh-hans", "孩子帮忙做家务，我给他零花钱"),
    ("ko", "아이가 집안일 도와주면 용돈을 줘요"),
    ("ja", "子どもがお手伝いしたらお小遣いをあげてます"),
    ("ja", "娘が家事を手伝ってくれて助かる"),
    ("en", "is there a dengue vaccine in Japan?"),
    ("en", "I have a mild cold and a runny nose"),
    ("en", "planning to climb fuji in august, what should I bring?"),
    ("tl", "may bakuna ba sa dengue dito sa japan?"),
    ("tl", "sipon lang at konting ubo"),
    ("vi", "ở nhật có vắc xin sốt xuất huyết không?"),
    ("vi", "tôi bị cảm nhẹ, sổ mũi"),
    ("id", "apakah ada vaksin DBD di jepang?"),
    ("id", "cuma pilek ringan"),
    ("th", "ที่ญี่ปุ่นมีวัคซีนไข้เลือดออกไหม"),
    ("th", "เป็นหวัดนิดหน่อย น้ำมูกไหล"),
    ("es", "¿hay vacuna contra el dengue en Japón?"),
    ("es", "tengo un resfriado leve"),
    ("pt", "tem vacina da dengue no japão?"),
    ("pt", "é só um resfriado leve"),
    ("ne", "जापानमा डेंगुको खोप पाइन्छ?"),
    ("ne", "अलिकति रुघाखोकी लागेको छ"),
    ("ne", "arko hapta fuji chadhne plan cha"),
    ("ja", "来月富士山に登る予定です。高山病の対策は？"),
    ("zh-hans", "打算下个月爬富士山"),
    ("ko", "다음 달 후지산 등산 계획이에요"),
    ("en", "I make my kids do chores before school, is that too strict?"),
    ("en", "my daughter cant go to school today because she is sick, she is helping me cook"),
    ("en", "my husband makes me do all the housework lol"),
    ("es", "trabajo todo el día y mi hijo no va a la escuela hoy porque está enfermo"),
    ("pt", "trabalho o dia todo e não posso ir na reunião da escola"),
    ("id", "aku kerja dari pagi sampai malam, anakku nggak boleh sekolah dulu karena sakit"),
    ("th", "วันนี้ทำงานบ้านทุกอย่างจนไม่ได้กินข้าวเลย"),
    ("ko", "남편이 집안일 다 시키고 밥도 안 해줘요"),
    ("ja", "テスト前は勉強ばかりで家事ができない"),
    ("vi", "hôm nay bão nên con không được đi học, ở nhà giúp mẹ làm việc nhà"),
    ("tl", "tumutulong ako sa gawaing bahay tuwing sabado"),
    ("ne", "छोरी घरको काममा सघाउँछे, स्कूल बिदा छ"),
    ("zh-hans", "周末孩子主动做家务，我奖励他零花钱"),
    ("en", "I climbed fuji last year and had a headache and threw up once"),
    ("en", "what are the signs of dengue? bleeding gums?"),
    ("en", "at the summit i was out of breath but the view was amazing"),
    ("tl", "aakyat kami ng fuji sa agosto"),
    ("vi", "tháng sau tôi leo núi phú sĩ"),
    ("id", "bulan depan mau naik gunung fuji"),
    ("th", "เดือนหน้าจะไปปีนฟูจิ"),
    ("es", "el mes que viene subo al fuji"),
    ("es", "¿cuáles son los síntomas del dengue?"),
    ("pt", "mês que vem vou subir o fuji"),
    ("pt", "quais são os sintomas da dengue? sangramento na gengiva?"),
    ("ja", "富士山の山頂で息が苦しかったけど景色は最高だった"),
    ("ko", "후지산 정상에서 숨이 좀 찼지만 괜찮았어요"),
    ("zh-hans", "富士山山顶有点喘，不过风景很美"),
    ("ne", "फुजी चढ्दा अलिकति सास फुल्यो तर रमाइलो भयो"),
]


test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
