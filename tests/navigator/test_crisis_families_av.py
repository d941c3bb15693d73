"""Crisis families from crisis batch 33 and scenario batches 31-32 (session 19), read by the
rules alone (``learned=False``). Every language file is applied to every message.

1. A farewell told by settling one's affairs: things to be thrown away and never fetched
   ("I won't come back for them"), glad to have slept well one last time, a wallet left on the
   counter by someone walking out, "nobody will be troubled if I'm gone" in Kansai speech, a
   bankbook's place written down for the wife with a debt past tens of millions, keys and
   papers left with a note "I won't be a burden to anyone any more", the Okinawan other world
   (ニライカナイ) as a place of ease: suicide, told by the person or by someone who saw it.
   Silent: moving out, a hotel checkout, a last meal at a shop that closes, keys left for a
   house-sitter, 終活 tidying without despair, a wallet forgotten at home, a debt question.
2. Self-harm in half-width katakana and in Tohoku speech (自分さ傷こしぇで, 手ぇ止まんねぐなる),
   wanting to stop and doing it again tonight, hidden with long sleeves: self_harm, in Portuguese
   too. Silent: snacks one cannot stop eating, long sleeves against the sun.
3. Child abuse heard or seen by a neighbour or a church worker: nightly bangs and a child's
   "ごめんなさい", a child with a swollen or bruised face, welts on a boy's back that he says his
   stepfather makes when he drinks; a 12-year-old whose father drinks every day and does not
   cook (th); a mother's boyfriend kicking the writer and a sibling when drunk: child_abuse.
   Silent: neighbours' children playing loudly, a child saying sorry over a game, a face swollen
   from mumps or a bad tooth.
4. Violence and control by a partner or an ex: phone, wallet and money taken and the head
   banged against a wall (half-width kana too), an ex at the workplace or a shop who grabs her
   arm and threatens what happens unless she comes back (Hiroshima speech), papers hidden at his
   mother's, let out only with him beside her, a threat if she tells the priest: dv. Silent: a
   wallet entrusted to a husband, an ex who came in as a customer, a bumped head, papers kept
   for a move, a father who lets his teenager out only with him.
5. A beating by a parent in childhood, told with a close relationship now (fishing or drinking
   together, a birthday on Sunday): harmless in every language; the same told with the beating
   still going on stays child_abuse.
6. Money demanded every week by a senior or older pupils with a beating threatened if it is not
   brought (ボコる, しばく), a child who cannot tell the parents: danger_other. A child threatened
   with violence now needs the police consultation line and the children's lines; no parent harms
   the child, so the parents named as those the child cannot tell add no child_abuse.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. A farewell told by settling one's affairs.
    (
        "ja",
        "suicide",
        "ネットカフェの店員さんへ。ロッカーの荷物は処分してください、もう取りに来ることはあり"
        "ません。最後にゆっくり休めてよかった。今までありがとう",
    ),
    (
        "ja",
        "suicide",
        "よう来るおじいさんが『わしなんかおらんでも誰も困らへん』言うて、鍵と財布をカウンター"
        "に置いて帰ってしもた。心配や",
    ),
    (
        "ja",
        "suicide",
        "通帳と印鑑の場所を妻宛てにメモしておいた。借金はもう返せる額じゃない。身の回りも少し"
        "ずつ片付けてる",
    ),
    (
        "ja",
        "suicide",
        "商売がだめになって借金しか残らなかった。毎晩あの世に行けたら楽になるかなと考えてしまう",
    ),
    ("ja", "suicide", "にらいかないに行ったら楽になるかなって、最近そればかり思う"),
    (
        "ja",
        "suicide",
        "わたしの にもつ は すてて ください。もう とりに こない です。さいごに ぐっすり "
        "ねむれて よかった",
    ),
    (
        "ja",
        "suicide",
        "借金が膨らんで一千万を超えた。家族に迷惑かけんように、少しずつ身の回りを片付け始めた",
    ),
    (
        "en",
        "suicide",
        "you can throw out the stuff in my locker, i wont be coming back for it. glad i got "
        "one last good nights sleep here. thanks for everything",
    ),
    (
        "en",
        "suicide",
        "a regular at the shelter left his wallet and keys with me and said nobody would "
        "even notice when hes gone",
    ),
    (
        "es",
        "suicide",
        "mi vecino dejó las llaves y los papeles del banco sobre la mesa con una nota: ya no "
        "seré una carga para nadie",
    ),
    ("es", "suicide", "pueden tirar mis cosas, no voy a volver por ellas. gracias por todo"),
    (
        "pt",
        "suicide",
        "meu tio deixou a carteira e as chaves com o porteiro e disse que ninguém vai sentir "
        "falta dele",
    ),
    (
        "pt",
        "suicide",
        "podem jogar fora minhas coisas, não vou voltar pra buscar. obrigado por tudo",
    ),
    ("zh-hans", "suicide", "我的东西你们扔掉吧，我不会回来拿了。最后能好好睡一觉真好，谢谢大家"),
    (
        "ko",
        "suicide",
        "내 짐은 버려 주세요. 다시 가지러 올 일 없어요. 마지막으로 푹 잘 수 있어서 다행이에요",
    ),
    (
        "vi",
        "suicide",
        "đồ của tôi cứ vứt đi, tôi sẽ không quay lại lấy nữa. cảm ơn mọi người vì tất cả",
    ),
    (
        "tl",
        "suicide",
        "itapon nyo na lang mga gamit ko, hindi na ako babalik para kunin. salamat sa lahat",
    ),
    ("th", "suicide", "ของของผมทิ้งไปได้เลย ผมจะไม่กลับมาเอาแล้ว ขอบคุณสำหรับทุกอย่าง"),
    (
        "id",
        "suicide",
        "barang-barangku buang aja, aku nggak bakal balik ambil lagi. makasih untuk semuanya",
    ),
    ("ne", "suicide", "मेरो सामान फालिदिनू, म लिन फर्किन्न। सबैलाई धन्यवाद"),
    # 2. Self-harm in half-width kana, Tohoku speech and other languages.
    ("ja", "self_harm", "ｼﾞﾌﾞﾝﾃﾞ ｷｽﾞﾂｹﾃｼﾏｳ ｸｾｶﾞ ﾅｵﾗﾅｲ ｷﾉｳﾓ ﾔｯﾀ"),
    ("ja", "self_harm", "また自分さ傷つけでしまったじゃ。止めるって約束したのさ"),
    ("ja", "self_harm", "やめたいのに今夜もまた自分で傷をつけてしまった"),
    ("ja", "self_harm", "夜になると手ぇ止まんねぐなって、自分さ傷こさえでまう。長袖でごまかしてる"),
    (
        "en",
        "self_harm",
        "i keep doing it to myself, promised id stop but did it again tonight, wearing long "
        "sleeves so no one sees",
    ),
    (
        "es",
        "self_harm",
        "quiero dejar de hacerme daño pero anoche lo volví a hacer, me tapo con mangas largas",
    ),
    (
        "pt",
        "self_harm",
        "queria parar de me machucar mas hoje fiz de novo, escondo com manga comprida",
    ),
    ("zh-hans", "self_harm", "想停下来不再伤害自己，可今晚又弄了，只能穿长袖遮着"),
    ("ko", "self_harm", "자해 그만하고 싶은데 오늘 밤도 또 해버렸어 긴팔로 가리고 다녀"),
    # 3. Child abuse heard or seen by a neighbour, a church worker, or told by the child.
    (
        "ja",
        "child_abuse",
        "隣の家から毎晩ドンッて音がして、子どもが『ごめんなさい』って泣いてる。今朝その子のほ"
        "っぺが腫れてた",
    ),
    (
        "ja",
        "child_abuse",
        "向かいの部屋、夜中になるとどんどん音して、ちっちゃい子の『ごめんなさい』が聞こえんねん",
    ),
    (
        "ja",
        "child_abuse",
        "上の階から毎晩物がぶつかる音と、男の子の『ごめんなさい、ごめんなさい』って声がする",
    ),
    ("ja", "child_abuse", "近所の小学生、顔にあざつくって登校してる。家から毎晩怒鳴り声が聞こえる"),
    ("ja", "child_abuse", "かあちゃんのかれしが酒飲むとおれと弟をける。かあちゃんは何も言わん"),
    (
        "en",
        "child_abuse",
        "a kid from our church youth group had belt marks across his back, says his stepdad "
        "does it when hes drunk",
    ),
    (
        "en",
        "child_abuse",
        "the little girl next door comes to school with a swollen face and we hear her "
        "crying sorry sorry every night",
    ),
    ("th", "child_abuse", "หนูอายุ 12 พ่อเมาทุกวัน ไม่ทำกับข้าว บางวันหนูไม่ได้กินอะไรเลย"),
    (
        "es",
        "child_abuse",
        "un niño del catecismo me enseñó marcas en la espalda, dice que su padrastro le pega "
        "cuando bebe",
    ),
    (
        "pt",
        "child_abuse",
        "um menino do grupo de jovens da igreja tinha vergões nas costas, disse que o "
        "padrasto bate nele quando bebe",
    ),
    (
        "tl",
        "child_abuse",
        "yung batang kapitbahay namin, gabi-gabi naririnig namin na umiiyak ng sorry po "
        "sorry po tapos may pasa sa mukha",
    ),
    # 4. Violence and control by a partner or an ex.
    ("ja", "dv", "ｶﾚｼﾆ ｽﾏﾎﾄ ｻｲﾌ ﾄﾗﾚﾀ。ｱﾀﾏｦ ｶﾍﾞﾆ ﾌﾞﾂｹﾗﾚﾃ ｲﾀｲ。ﾆｹﾞﾀｲ"),
    ("ja", "dv", "夫にお金もスマホも全部取り上げられて、昨日は壁に頭を打ちつけられた"),
    (
        "ja",
        "dv",
        "元彼が職場に来て『戻らんかったらどうなるか分かっとるよな』って腕つかまれた。今も外に"
        "おる気がする",
    ),
    ("ja", "dv", "別れた彼が店の前で待っとって、戻らんとどうなるか分かっとるかって脅された"),
    (
        "ja",
        "dv",
        "パスポートを彼の実家に隠されて、どこへ行くにも彼がついてくる。神父さんに話したらただ"
        "じゃおかないって",
    ),
    (
        "en",
        "dv",
        "he hid my passport at his moms place and only lets me go out if hes with me. said "
        "if i tell the pastor hell finish me",
    ),
    (
        "en",
        "dv",
        "my ex keeps showing up at my work, grabbed my arm and said i know what happens if i "
        "dont come back to him",
    ),
    (
        "pt",
        "dv",
        "meu marido escondeu meu passaporte na casa da mãe dele e só me deixa sair com ele "
        "junto. disse que se eu contar pra alguém ele acaba comigo",
    ),
    (
        "pt",
        "dv",
        "o Anderson guardou meu RG com a família dele, só me deixa ir na igreja com ele "
        "colado, e se eu abrir o bico ele me arrebenta",
    ),
    (
        "es",
        "dv",
        "me escondió los papeles en casa de su mamá, solo me deja salir con él al lado y "
        "dice que si le cuento al padre me mata",
    ),
    (
        "es",
        "dv",
        "mi pareja me quitó el celular y todo el dinero, ayer me golpeó la cabeza contra la pared",
    ),
    ("vi", "dv", "chồng lấy hết điện thoại và tiền của tôi, hôm qua đập đầu tôi vào tường"),
    ("id", "dv", "suamiku ambil hp dan semua uangku, kemarin kepalaku dibenturkan ke tembok"),
    # 5. A beating in childhood that still goes on stays a crisis.
    ("ja", "child_abuse", "子どもの頃から親父に殴られてて、今も酔うと殴られる"),
    ("en", "child_abuse", "my dad used to hit me as a kid and he still does when he drinks"),
    (
        "tl",
        "child_abuse",
        "Noong bata ako pinapalo ako ni Tatay at hanggang ngayon pinapalo pa rin niya ako "
        "pag lasing",
    ),
    (
        "pt",
        "child_abuse",
        "quando eu era criança meu pai me batia e até hoje ele ainda me bate quando bebe",
    ),
    # 6. Money demanded by seniors with a beating threatened.
    (
        "ja",
        "danger_other",
        "先輩から毎週5千円持って来いって言われてて、持って行かないとボコるって。前に殴られて"
        "骨折した子もいる",
    ),
    (
        "ja",
        "danger_other",
        "部活の先輩に金出さんかったらしばくって言われた。親にも先生にも言えない",
    ),
    (
        "en",
        "danger_other",
        "older kids at school make me bring them money every week and said theyll beat me up "
        "if i dont. one kid ended up in hospital",
    ),
    ("ko", "danger_other", "선배가 매주 돈 가져오라고 하고 안 가져오면 때린다고 했어요"),
    (
        "pt",
        "danger_other",
        "uns caras mais velhos da escola me obrigam a levar dinheiro toda semana e disseram "
        "que vão me bater se eu não levar",
    ),
]

HARMLESS = [
    # 1. Departures, checkouts, house-sitting, 終活 without despair.
    ("ja", "チェックアウトします。忘れ物があれば処分してください。お世話になりました"),
    (
        "ja",
        "引っ越すので、いらない荷物は処分してもらって大丈夫です。もう取りに来ることはないです"
        "。今までありがとうございました",
    ),
    (
        "ja",
        "終活として、家族に迷惑をかけないよう身の回りの整理を始めました。通帳の場所もノートに"
        "書きました",
    ),
    ("ja", "留守の間、鍵は管理人さんに預けておきます"),
    ("ja", "財布を家に置いて出てきちゃった、お昼どうしよう"),
    ("ja", "借金が1000万を超えました。自己破産の手続きはどこで相談できますか"),
    (
        "en",
        "im moving out friday, you can throw away whatever i leave in the fridge, i wont be "
        "coming back for it",
    ),
    ("en", "left my keys with the house-sitter and the rent papers on the table before my trip"),
    ("es", "le dejé las llaves al vecino para que riegue las plantas mientras estoy de viaje"),
    ("ja", "閉店と聞いて最後に食べられてよかったです。今までありがとうございました"),
    ("ja", "最終日、最後にゆっくり眠れてよかったです。チェックアウトします。お世話になりました"),
    # 2. Hands that cannot stop, long sleeves.
    ("ja", "このお菓子、手が止まらなくなる"),
    ("ja", "長袖でごまかしてるけど日焼けがひどい"),
    # 3. Children playing, a child saying sorry.
    ("ja", "隣の子どもたちが毎晩走り回ってうるさい"),
    ("ja", "子どもがゲームで負けて『ごめんなさい』って言ってた"),
    ("en", "the kids next door are so loud every night playing"),
    ("en", "my son said sorry after losing the game to his little sister"),
    ("ja", "子供がおたふく風邪で顔が腫れて泣いてる"),
    ("ja", "息子が虫歯でほっぺが腫れて泣いてる、歯医者どこがいい？"),
    # 4. A partner trusted with money, an ex as a customer, a bumped head, papers for a move.
    ("ja", "夫に財布を預けてる、私は浪費癖があるので"),
    ("ja", "元彼がバイト先に客として来て気まずかった"),
    ("ja", "壁に頭をぶつけた、痛い"),
    ("pt", "meu marido guardou meus documentos na casa da mãe dele por causa da mudança"),
    ("en", "my dad only lets me go out if hes with me, so annoying lol"),
    # 5. A beating in childhood, reconciled now.
    ("ja", "子どもの頃は親父によく叩かれたけど、今は一緒に飲みに行く仲。父の日に何贈ろうかな"),
    ("ja", "昔はおかんにしょっちゅうしばかれとったけど、今じゃ一番の相談相手や"),
    (
        "tl",
        "Noong maliit ako pinapalo ako ni Nanay, pero ngayon super close kami. Ano magandang "
        "regalo sa kanya?",
    ),
    (
        "es",
        "de niño mi papá me pegaba con el cinturón, pero ahora nos llevamos muy bien, su "
        "cumpleaños es el domingo",
    ),
    ("pt", "quando eu era criança meu pai me batia de chinelo, mas hoje a gente é muito próximo"),
    ("zh-hans", "小时候爸爸经常打我，但现在我们关系很好，周日是他生日"),
    ("ko", "어릴 때 아빠한테 많이 맞았는데 지금은 같이 낚시 다니는 사이예요"),
    ("en", "my dad used to smack me around as a kid but were close now, his birthday is sunday"),
    ("vi", "hồi nhỏ bố hay đánh tôi nhưng giờ hai bố con rất thân, chủ nhật là sinh nhật bố"),
    ("ne", "sano huda buba le dherai kutnu hunthyo, tara aile hami dherai najik chhau"),
    ("id", "waktu kecil bapak sering mukul aku, tapi sekarang kami akrab banget"),
    ("th", "ตอนเด็กพ่อตีผมบ่อย แต่ตอนนี้เราสนิทกันมาก วันอาทิตย์วันเกิดพ่อ"),
    # 6. Seniors and money without a threat.
    ("ja", "先輩に毎週ジュースおごってもらってる"),
    ("ja", "部活の先輩が厳しくて、遅刻したら走らされる"),
    ("en", "my older brother makes me pay him back every week for the game i borrowed"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
