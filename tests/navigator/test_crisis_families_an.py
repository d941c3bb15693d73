"""Crisis families from crisisAN (the Japanese misses and wrong kinds of crisis batch 31), in our
own words, read by the rules alone (``learned=False``). Every language file is applied to every
message.

1. Not planning to be alive, or in this world, by a point in time (a contract renewal, a date,
   the end of a season), or one's life ended at that point: suicide (also romaji). Silent: a
   player's career ended there, not planning to stay in a job or a town.
2. Tired of being alive, in dialect spellings too (Tohoku 生ぎでる, くたびれ): suicide. Silent:
   tired of the job, of living in a city.
3. A small child left alone for days or nights on end; a child shut in alone, the parent gone
   since yesterday, no food left: child_abuse. Silent: a parent on a trip with the grandmother
   minding the child, a child home alone for an hour.
4. A partner who takes her money or the key, punishes her going out or talking to men, tears up
   her things, and grabs her neck or hair or pins her to the wall, told in the same or the next
   sentence; he is at the door now: dv (before: silent, or read as suicide or child abuse).
   Silent: a partner who keeps the spare key, a couple sharing savings.
5. Called to a room, the door locked, her clothes taken off; said no and froze: sexual_violence.
   Silent: called to the office about shifts, a child undressed for a bath.
6. A person buried under snow now; someone shut inside a walk-in fridge or freezer room whose
   door will not open; a customer or a stranger who comes every night and has found out her
   room number: danger_other. Silent: a car buried in snow, children playing in the snow, a
   fridge door that sticks, a regular customer who comes every day.

The rules now read them in ja and en (and where another language file already did); the same
families in the other languages are in test_crisis_families_as.py (crisisAS).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. not alive by a point in time
    ("ja", "suicide", "寮の更新の頃には、わたしはもう生きてる予定じゃないので書類はいりません"),
    ("ja", "suicide", "年末にはもうこの世にいない予定だから、荷物は処分してください"),
    ("ja", "suicide", "この仕事が終わったら、人生もそこで終わりにするって決めた"),
    ("ja", "suicide", "raigetsu ni wa mou kono yo ni inai tsumori dakara shinpai shinaide"),
    ("ja", "suicide", "sono koro ni wa boku wa mou ikiteru yotei ja nai"),
    ("en", "suicide", "no need to renew my contract, i don't plan to be alive by then"),
    ("en", "suicide", "when the season ends, my life ends with it, i've decided"),
    # 2. tired of being alive, dialect spellings
    ("ja", "suicide", "もう生ぎでるのもくたびれだ"),
    ("ja", "suicide", "生きるのにも飽きた。何もしたくない"),
    ("ja", "suicide", "ikiru no mo tsukareta"),
    ("en", "suicide", "i'm just tired of being alive at this point"),
    ("pt", "suicide", "já cansei de estar vivo"),
    ("vi", "suicide", "tôi mệt mỏi vì phải sống rồi"),
    ("zh-hans", "suicide", "我已经活得好累了，不想再活了"),
    ("th", "suicide", "เหนื่อยกับการมีชีวิตอยู่แล้ว"),
    ("id", "suicide", "aku sudah capek hidup"),
    # 3. a small child left alone for days; shut in, the parent gone, no food
    ("ja", "child_abuse", "向かいの部屋の人、3歳の子を置き去りにして今日で2日目になる"),
    ("ja", "child_abuse", "となりの ひと あかちゃんを ほうちして なんにちも かえってこない"),
    (
        "ja",
        "child_abuse",
        "おかあさん きのうから かえってこない。そとから かぎ しまってて でられない",
    ),
    ("ja", "child_abuse", "パパがおとといからもどってこない。たべものもうない"),
    ("en", "child_abuse", "the couple next door left their 3 year old alone for two days now"),
    (
        "en",
        "child_abuse",
        "mum didnt come home since yesterday, the door is locked from outside and there is no food",
    ),
    ("ko", "child_abuse", "엄마가 어제부터 안 와요. 문이 밖에서 잠겨서 못 나가요. 먹을 게 없어요"),
    ("th", "child_abuse", "แม่ไม่กลับบ้านตั้งแต่เมื่อวาน ประตูล็อกจากข้างนอก ไม่มีอะไรกินแล้ว"),
    # 4. a partner's control and a grip, a push, at the door
    (
        "ja",
        "dv",
        "おっとが きゅうりょうを ぜんぶ とります。そとに でると おこって くびを つかみます",
    ),
    ("ja", "dv", "彼氏、私がバイトの男の人と話すと怒って手帳をびりびりにして、髪つかまれた"),
    ("ja", "dv", "彼が部屋の鍵を持っていって外に出してくれない。さっきも壁に押し付けられた"),
    (
        "ja",
        "dv",
        "kareshi ga okane zenbu toru. soto ni dasete kurenai. kinou kabe ni oshitsukerareta",
    ),
    (
        "en",
        "dv",
        "my boyfriend takes the room key so i cant go out, and he pinned me against the wall",
    ),
    ("en", "dv", "if i talk to another guy my husband rips up my papers and grabs me by the neck"),
    ("es", "dv", "mi novio se lleva la llave para que no salga y me empujó contra la pared"),
    ("tl", "dv", "kinukuha ng boyfriend ko ang susi para hindi ako makalabas at sinakal niya ako"),
    ("vi", "dv", "bạn trai em lấy chìa khóa không cho em ra ngoài, còn đè em vào tường"),
    ("zh-hans", "dv", "男朋友拿走房间钥匙不让我出门，还把我按在墙上"),
    ("ko", "dv", "남자친구가 방 열쇠를 가져가서 못 나가게 하고 저를 벽에 밀쳤어요"),
    (
        "id",
        "dv",
        "pacarku bawa kunci kamar biar aku nggak bisa keluar, terus dia dorong aku ke tembok",
    ),
    ("ne", "dv", "मेरो श्रीमानले कोठाको साँचो लैजान्छन्, बाहिर जान दिँदैनन्, हिजो मलाई भित्तामा धकेले"),
    # 5. a room, a locked door, clothes taken off; said no and froze
    ("ja", "sexual_violence", "店長に相談があるって部屋に呼ばれて、鍵をかけられて服を脱がされた"),
    (
        "ja",
        "sexual_violence",
        "先輩の車の中で服をぬがされた。やめてって言ったのにこわくて声が出なかった",
    ),
    (
        "en",
        "sexual_violence",
        "the manager called me to his room, locked the door and took my clothes off",
    ),
    ("zh-hans", "sexual_violence", "经理叫我去他房间，把门锁上，脱了我的衣服"),
    # 6. buried in snow; shut in a cold room; a customer at her door every night
    ("ja", "danger_other", "屋根から雪が落ちてきて父が埋まった。動かない"),
    ("ja", "danger_other", "なだれで ともだちが うもれて みえない"),
    ("ja", "danger_other", "同僚が冷凍庫の部屋に入ったまま扉が開かない。中から叩く音がする"),
    ("ja", "danger_other", "前に店に来てた客が毎晩アパートの前に来る。住所まで調べられてた"),
    (
        "en",
        "danger_other",
        "snow slid off the roof and my grandpa is buried under it, i can only see his hand",
    ),
    (
        "en",
        "danger_other",
        "my coworker is stuck inside the walk-in freezer and the door won't open",
    ),
    (
        "es",
        "danger_other",
        "mi compañero quedó encerrado en la cámara frigorífica y la puerta no abre",
    ),
    ("pt", "danger_other", "meu colega ficou preso dentro da câmara fria e a porta não abre"),
    (
        "tl",
        "danger_other",
        "nakulong ang katrabaho ko sa loob ng freezer room at hindi mabuksan ang pinto",
    ),
    ("vi", "danger_other", "đồng nghiệp em bị kẹt trong kho đông lạnh, cửa không mở được"),
    ("zh-hans", "danger_other", "同事被关在冷库里面，门打不开"),
    ("ko", "danger_other", "동료가 냉동 창고 안에 갇혔는데 문이 안 열려요"),
    ("th", "danger_other", "เพื่อนร่วมงานติดอยู่ในห้องเย็น ประตูเปิดไม่ออก"),
    (
        "id",
        "danger_other",
        "temanku terkunci di dalam ruang pendingin dan pintunya tidak bisa dibuka",
    ),
]

HARMLESS = [
    # 1. a career, a stay, a contract ended
    ("ja", "このシーズンが終わったら、選手人生をここで終わりにすると決めました"),
    ("ja", "来月の契約更新の頃には、もうこの町にいる予定じゃないです。実家に帰ります"),
    ("ja", "年末にはもう日本にいない予定なので、荷物を送ってください"),
    ("en", "no need to renew my contract, i don't plan to be in this town by then"),
    ("es", "no hace falta renovar el contrato, para entonces ya no pienso estar en este pueblo"),
    ("pt", "não precisa renovar meu contrato, até lá não pretendo estar nesta cidade"),
    ("zh-hans", "合同不用续了，到那时候我已经不打算住在这里了"),
    ("ko", "계약 갱신은 필요 없어요. 그때쯤이면 저는 고향에 가 있을 거예요"),
    ("vi", "không cần gia hạn hợp đồng đâu, đến lúc đó em về nước rồi"),
    # 2. tired of work, of the city
    ("ja", "都会で生きるのは楽しいけど、満員電車には疲れた"),
    ("pt", "cansei de morar na cidade grande"),
    ("ko", "도시에서 사는 것도 지쳐서 시골로 이사 가고 싶어요"),
    # 3. a child minded, a short wait
    ("ja", "母が旅行で3日いないけど、おばあちゃんが子どもを見てくれている"),
    ("ja", "3歳の子を置きっぱなしのおもちゃで遊ばせてたら一日中ご機嫌だった"),
    ("en", "mum is on a trip since yesterday, grandma is staying with us and cooked dinner"),
    ("es", "mi mamá está de viaje desde ayer, la abuela se quedó con nosotros"),
    ("zh-hans", "妈妈昨天出差了，奶奶来家里照顾我"),
    ("ko", "엄마가 어제부터 출장이라 할머니랑 같이 있어요"),
    ("ja", "となりの へやの ひと きのうから りょこうで いません。にもつを あずかって います"),
    ("ja", "おとなりさん きのうから みかけないけど、かぞくと おんせんに いったって"),
    ("ja", "となりの あかちゃん きのうから こえが しない。さとがえり したみたい"),
    # 4. a key, savings, talking
    ("ja", "彼が部屋の合鍵を持っているので、先に帰っていても大丈夫"),
    ("ja", "夫と給料をぜんぶ一つの口座にまとめて貯金している"),
    ("ja", "彼氏がバイトの男の人と話すとやきもち焼くけど、笑って許してくれる"),
    ("en", "my boyfriend keeps the spare key so he can feed the cat when i'm away"),
    ("zh-hans", "男朋友拿着备用钥匙，方便帮我喂猫"),
    # 5. the office, a bath
    ("ja", "店長にシフトの相談があるって事務所に呼ばれた。来月から夜勤が減る"),
    ("ja", "子どもの服を脱がせてお風呂に入れた"),
    ("ja", "いやだって言ったのに、弟がこわくて動けないふりをしてふざけていた"),
    ("en", "the manager called me to his office to talk about my shifts next month"),
    # 6. a car in snow, playing, a sticky door, a regular
    ("ja", "大雪で車が埋まって朝から雪かきした"),
    ("ja", "こどもたちが雪に埋まって遊んでいた。楽しそう"),
    ("ja", "冷凍庫の扉が開きにくいので修理を頼みました"),
    ("ja", "常連のお客さんが毎日来てくれて、名前も覚えてくれた"),
    ("en", "our car got buried in snow overnight, we had to dig it out"),
    ("en", "the walk-in freezer door sticks a bit, can someone fix it"),
    ("es", "la nieve enterró el coche esta noche"),
    ("zh-hans", "大雪把车埋住了，早上铲了好久"),
    ("ko", "눈이 많이 와서 차가 묻혔어요"),
    ("id", "mobil kami tertimbun salju semalam"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
