"""Crisis families from crisisBD: misses, wrong kinds and false alarms of the rules in what
a postal carrier meets at doors, mailboxes and the counter, in our own wording, each with
look-alikes that must stay harmless. Every language file is applied to every message.

1. Suicide told through loose ends with no move: the mail stopped, the phone line or the
   lease ended, "from next month no one will be here to receive it", "I won't be needing a
   place after this" (ja, en). A care home or a trip, a move in with a partner, a cheaper
   phone plan: silent.
2. Suicide told by a child or a ruined adult: going where a dead grandparent is in heaven,
   "nobody wants me", "nothing good in staying here" (ja); a job lost and the rent unpaid
   beside putting a full stop to one's life (romaji). Missing a grandparent at the grave,
   a fresh start after graduating, a job lost with a plan to look for another: silent.
3. Suicide told by money sent home: all one's savings or what is left sent to a mother,
   too tired to go on, not able to stay with everyone much longer (th, vi). Money sent for
   a roof, too tired to cook, a return home that ends a stay abroad: silent.
4. Self-harm: one's own hand, arm or thigh wounded on purpose, a part of it named (ja);
   shut in the bathroom, sleeves pulled down, bloody tissues in the bin, a made-up cause
   (en). A kitchen cut, a cat's scratches, nosebleeds, make-up time, a cold office: silent.
5. Child abuse: a mother's new man, a closet, not let out till morning (ja); an uncle
   staying over who goes into a sister's room at night (romaji, ja); a child whose parents
   have been gone for days, alone with nothing to eat (vi, with or without accents). A
   night shift, hide-and-seek, a holiday with grandma: silent.
6. Violence between partners: her mail opened and payslip taken, the neck pressed, friends
   forbidden (ja); an ex who shouted he would kill her, reported in the past tense (pt, es);
   locked in from outside, the cheek slapped (id). A husband opening the mail for her, a
   massage, 'he'd kill me with laughter', a mosquito bite: silent.
7. Sexual violence: photos of me held over me unless I come to his room (es, pt, tl);
   pulled into a storeroom and groped, the contract held over her silence (th). Wedding
   and baby photos with a laugh, a doctor's examination, a boss's praise: silent.
8. Danger: someone groaning behind a door or living alone with the papers piling up, no
   answer (ja); someone collapsed who does not open their eyes when called (ja); followed
   now (romaji); a brother threatened over money and unreachable since (ne, romanised and
   Devanagari). A parcel notice left, a film villain, a phone out of credit: silent.
9. Look-alikes the rules had read as crises: a mother who will 'kill me' when she sees the
   bill or a grade (pt, es), a trainer who 'kills me' beside sore legs, a crime-prevention
   class about strangers, a childhood of blows told as long over with a calm life now (ja),
   a heroine beaten in a teleserye (tl), a last shift at the factory with thanks (es).
10. Suicide told through one's game account and items handed on, with never coming back and
    thanks (th): the game named in "my game ID" is no story that explains the goodbye.
    Quitting a game said as such, a game that ended, suicide inside a game: silent.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 10. A game account handed on with a goodbye.
    (
        "th",
        "suicide",
        "ไอดีเกมกับสกินทั้งหมดให้แกนะ ฉันจะไปแล้วไม่กลับมาอีก ขอบคุณที่อยู่ด้วยกันมาตลอด",
    ),
    # 1. Loose ends with no move.
    (
        "ja",
        "suicide",
        "携帯も解約したし大家さんには更新しないって伝えた。来月からはここに住む人はいなくなる。"
        "誰にも言わないで",
    ),
    (
        "en",
        "suicide",
        "ended my lease and cancelled my internet, i wont need a place after friday. please "
        "dont tell anyone",
    ),
    # 2. Heaven, nobody wants me; ruin and a full stop.
    ("ja", "suicide", "天国のおばあちゃんのところに行きたい。誰も私のことなんかいらないんだ"),
    (
        "ja",
        "suicide",
        "baito mo kubi ni natta. mou jinsei ni kugiri wo tsukeru shika nai kamo",
    ),
    # 3. Money sent home.
    (
        "th",
        "suicide",
        "โอนเงินเก็บทั้งหมดให้แม่แล้ว แม่ไม่ต้องห่วงหนูนะ หนูเหนื่อยเกินกว่าจะไปต่อ",
    ),
    (
        "vi",
        "suicide",
        "em chuyển cho mẹ hết tiền tiết kiệm rồi. em không ở bên mọi người được lâu nữa. "
        "mẹ đừng buồn nhé",
    ),
    # 4. Self-harm.
    ("ja", "self_harm", "わたしの太ももの内側をまた傷つけちゃった。誰にも見せてない"),
    (
        "en",
        "self_harm",
        "my daughter comes out of the bathroom with her sleeves pulled down and i found "
        "blood stained tissues in the bin",
    ),
    # 5. Child abuse.
    ("ja", "child_abuse", "お母さんの新しい男の人に物置に閉じ込められる。朝まで出られない"),
    (
        "ja",
        "child_abuse",
        "ojisan ga shougatsu ni tomari ni kuru to itsumo yoru boku no heya ni haitte kuru",
    ),
    (
        "vi",
        "child_abuse",
        "bé nhà bên cạnh mới 7 tuổi, bố mẹ đi đâu mất mấy ngày rồi, bé ở nhà một mình "
        "không có gì ăn",
    ),
    # 6. Violence between partners.
    ("ja", "dv", "旦那が私の手紙を勝手に開ける。昨日は髪をつかまれた"),
    ("ja", "dv", "彼氏が私の携帯を勝手に見る。昨日くびを押さえつけられた"),
    (
        "es",
        "dv",
        "mi ex esposo encontró donde vivo, estuvo golpeando la puerta gritando que me iba a "
        "matar si no volvía",
    ),
    ("id", "dv", "pacarku marah terus, kemarin mukaku ditampar di depan temen2"),
    # 7. Sexual violence.
    (
        "pt",
        "sexual_violence",
        "um cara que conheci num app tem fotos minhas e disse que se eu não for no quarto "
        "dele hoje ele manda pra minha família",
    ),
    (
        "tl",
        "sexual_violence",
        "yung lalaki na nakilala ko sa dating app may mga picture ko, sabi nya kung hindi ako "
        "pupunta sa kwarto nya ngayong gabi ipapadala nya sa pamilya ko",
    ),
    (
        "es",
        "sexual_violence",
        "mi jefe tiene fotos mías de la fiesta y dice que si no salgo con él se las manda a mi "
        "esposo",
    ),
    # 8. Danger.
    (
        "ja",
        "danger_other",
        "隣の一人暮らしのおじいさん、郵便がたまってて、チャイム鳴らしても出てこない",
    ),
    ("ja", "danger_other", "父が庭で倒れてて、呼びかけても目を開けない"),
    (
        "ne",
        "danger_other",
        "मेरो भाइलाई कसैले पैसाको लागि धम्की दिन्थ्यो, हिजोदेखि फोन लाग्दैन, कोठामा पनि छैन",
    ),
]

HARMLESS = [
    # 10.
    ("th", "ฉันจะเลิกเล่นเกมนี้แล้ว ยกไอดีให้เพื่อนนะ ขอบคุณที่เล่นด้วยกันมา ลาก่อน"),
    ("th", "เกมนี้จบแล้ว ขอบคุณที่อยู่ด้วยกันมา ลาก่อน"),
    ("th", "ฆ่าตัวตายในเกม"),
    # 1.
    ("ja", "祖母が施設に入るので来月から受け取る人がいなくなる。郵便の止め方を教えて"),
    ("ja", "旅行で二週間家をあけるので郵便の配達を止めたい"),
    ("ja", "引っ越すので携帯を解約した。来月から新しい家です"),
    (
        "en",
        "told my landlord im not renewing, moving in with my boyfriend next month so i wont "
        "need the apartment after this month",
    ),
    ("en", "cancelled my phone contract because i switched to a cheaper carrier"),
    (
        "en",
        "my grandma went into a care home so we cancelled her phone line and she wont need "
        "the house anymore",
    ),
    # 2.
    ("ja", "天国のおばあちゃんに会いたいな。今日はお墓参りに行ってきた"),
    ("ja", "sotsugyou de jinsei ni kugiri wo tsukete atarashii sutaato da"),
    ("ja", "人生に区切りをつけて新しい仕事を始める"),
    ("ja", "shigoto mo nakunatta shi yachin mo haraenai. dou shiyou, hello waaku ni iku"),
    # 3.
    ("th", "เดือนนี้ส่งเงินเก็บให้แม่แล้ว แม่จะได้ซ่อมหลังคา"),
    ("th", "วันนี้เหนื่อยเกินกว่าจะทำกับข้าว สั่งพิซซ่าดีกว่า"),
    ("vi", "con gửi mẹ hết số tiền dành dụm để sửa nhà nhé"),
    ("vi", "tháng sau con về nước, không ở lại được với mọi người lâu nữa, nhớ mọi người lắm"),
    # 4.
    ("ja", "料理中に自分の手を切ってしまった、絆創膏どこ"),
    ("ja", "猫に引っかかれて自分の手の甲が傷だらけ"),
    ("ja", "自分の言葉で友達を傷つけた"),
    (
        "en",
        "my son gets nosebleeds all winter, bloody tissues all over his room, should we see "
        "a doctor",
    ),
    (
        "en",
        "my sister locks herself in the bathroom for an hour every morning doing her makeup lol",
    ),
    ("en", "she always has her hoodie sleeves pulled down over her hands, its cold in the office"),
    # 5.
    ("ja", "夜勤だから今日は朝まで出られない"),
    ("ja", "かくれんぼで押し入れに入れられた、楽しかった"),
    ("ja", "oji ga tomari ni kuru to yoru osoku made minna de sake nonde heya ni haitte neru"),
    ("vi", "bo me di du lich may ngay, be o nha ba ngoai, an uong day du"),
    # 6.
    ("ja", "夫が郵便を開けてくれた。実家から手紙が届いてた"),
    ("ja", "整体で首を押されて気持ちよかった。夫も行きたいって"),
    ("pt", "meu marido falou que ia me matar de rir com a piada dele"),
    ("es", "mi novio dijo que me iba a matar de risa con sus chistes"),
    ("id", "suami lagi kerja, tadi pipiku digigit nyamuk banyak banget"),
    # 7.
    (
        "es",
        "mi prima tiene fotos mías de la boda y dice que si no voy a su casa el domingo no me "
        "las manda jaja",
    ),
    (
        "pt",
        "minha mãe tem fotos minhas de bebê e disse que se eu não for no almoço de domingo "
        "ela manda pro meu namorado kkk",
    ),
    ("th", "หัวหน้าเรียกฉันเข้าไปในห้องทำงานแล้วชมว่าทำงานดี จะต่อสัญญาให้"),
    ("th", "หมอเรียกหนูเข้าไปในห้องตรวจแล้วฟังเสียงหัวใจ"),
    # 8.
    ("ja", "一人暮らしの母に電話しても出ない、旅行中かな"),
    ("ja", "インターホン押しても出てこないから不在票入れといた"),
    ("ja", "ato de tsukerareta namae ga kawaii"),
    ("ne", "mero phone lagdaina, recharge sakiyo"),
    ("ne", "film ma villain le dhamki dinthyo ani hero harayo"),
    # 9.
    ("pt", "meu pai vai me matar se souber que tirei nota baixa em matemática rs"),
    (
        "es",
        "mi mamá me va a matar cuando vea el recibo de la luz jaja, dejé la calefacción prendida",
    ),
    ("ja", "部活の練習で殺されそう、足がぱんぱんで立てない"),
    ("ja", "小学校の防犯教室で不審者に追いかけられたときの逃げ方を練習した"),
    ("ja", "子どもの頃は母に叩かれて育ったけど、今は家族と幸せに暮らしています"),
    ("tl", "sa pelikula kagabi yung bida sinasaktan ng tatay nya, grabe iyak ko"),
    ("tl", "sa kdrama yung kontrabida sinaksak yung bida, ang ganda ng episode"),
    (
        "es",
        "hoy fue mi última jornada en la planta, me despido de todos y gracias por todo compañeros",
    ),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
