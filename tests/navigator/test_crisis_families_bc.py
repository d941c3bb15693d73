"""Crisis families from crisisBC: misses of the rules (and crises the learned model alone
caught) in a game community's chat, in our own wording, each with look-alikes that must stay
harmless. Every language file is applied to every message.

1. Suicide told through a game left for good: the account, the gear or the guild rights
   handed on ("use it all as you like"), never logging in again, "I won't need it any
   more", thanks for the years it was fun, "tell the team none of this is on them", "don't
   wait for me", then calls unanswered or gone for days (ja, en, es, pt, ko, zh-hans, id,
   vi, th, tl, ne). Quitting a game said as such (引退, quit this game, 退游, 겜 접음,
   berhenti main, bỏ game) is an ordinary departure; no more tonight, an account held during
   a holiday, a new phone that makes the old charger unneeded: silent.
2. Vanishing from this world (ilang aja dari dunia ini, lenyap dari muka bumi): suicide
   (id). Disappearing from a game or a group chat for a while: silent.
3. Self-harm seen on a stream or a call: an arm or a thigh covered in cuts, plasters all
   over a wrist, beside anger turned on oneself (自分にぶつけちゃう), no way to stop it,
   punishing oneself again (또 나한테 벌 줬어), "she did it herself", the pain on the skin
   easier than the pain inside (ja, ko, tl, en, es, pt). A cat's scratches, a knee
   scraped at basketball: silent.
4. Child abuse heard on a call: a slap sound behind a child, the child crying sorry, a
   bruise on the face (ja). A bruise from football: silent.
5. A medical emergency on a call: a chest pain said, then no answer (ja, en). A chest
   that hurts from laughing: silent.
6. One's home found out from a stream or a game, and now a stranger outside or "I'm coming
   to see you now" (ja, en, zh-hans). A friend coming over, a friend waiting downstairs,
   a streamer hiding her window: silent.
7. Threats at the door or through the family: people at the door who will not leave one
   alone if it opens (ko), a debt collected by going after the family (es, pt, en), a
   threat to come to a friend's home and "finish" him, with his address (id). A mother who
   "won't leave me alone" over a report card, a light bill: silent.
8. Someone about to hurt another and meaning it: "I'll hurt him, I'm not joking", "I won't
   spare that man tonight" (en, ne). A game round, a lover's "I'll never leave you": silent.
9. Sexual violence: held and kissed by force, touched again after pushing him away (ko);
   kept alone after practice and touched (es, en, pt); a hand under her clothes, pulled into
   a storeroom and held (vi); not let go after saying no, photos threatened to be shown
   (ne); an adult asking young girls for pictures, "made her do things at his place", "no
   one would believe you" (en). Calls after a "no", a guitar played after practice, chores
   at a friend's place: silent.
10. Violence at home in romanised Nepali: a husband dragging her by the hair, watching her
    phone through an app: dv.
11. Look-alikes the rules had read as crises: the hero (主人公) of an anime is no husband;
    "no will to live" after a lost gacha pull or ranked match, laughed off.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    (
        "en",
        "suicide",
        "you can have my account and all my gear. i wont be logging in again. thanks for the "
        "good times guys",
    ),
    (
        "es",
        "suicide",
        "quédate con mi cuenta y todos mis items, ya no los voy a necesitar. no me esperen más",
    ),
    ("ko", "suicide", "내 계정이랑 템 다 너 가져. 이제 다시는 접속 안 할 거야. 그동안 고마웠어"),
    ("zh-hans", "suicide", "我的号和装备都给你了，以后不会再上线了，谢谢大家这几年陪我"),
    (
        "tl",
        "suicide",
        "sayo na lahat ng items ko, hindi ko na kailangan. salamat sa lahat, wag nyo na ako "
        "hintayin",
    ),
    (
        "id",
        "suicide",
        "akun sama semua item gw buat lo aja, gw ga bakal login lagi. makasih ya buat semuanya",
    ),
    (
        "vi",
        "suicide",
        "tài khoản với đồ của tao cho mày hết, tao sẽ không online nữa đâu. cảm ơn mọi người "
        "thời gian qua",
    ),
    (
        "ne",
        "suicide",
        "mero account ra items sabai timilai, aba ma kahile pani login gardina. sabailai dhanyabad",
    ),
    (
        "pt",
        "suicide",
        "fica com minha conta e meus itens, nunca mais vou entrar. obrigado por tudo",
    ),
    (
        "ja",
        "suicide",
        "サブ垢もメイン垢も全部お前にやるわ。もう二度とログ"
        "インせんと思う。五年間ずっと楽しかった、ありがとな",
    ),
    (
        "ja",
        "suicide",
        "ぎるどの けんげん は りーだーに わたしました。"
        "そうび も ぜんぶ すきに つかって。もう いん する ことは ない",
    ),
    (
        "en",
        "suicide",
        "you can have my account, i wont be needing it anymore. tell "
        "the squad it was fun and none of this was on them",
    ),
    (
        "pt",
        "suicide",
        "pode ficar com a minha conta, não vou mais precisar. valeu por tudo, de verdade",
    ),
    (
        "pt",
        "suicide",
        "ela me deu todas as skins dela e disse que não vou mais precisar. tá sumida faz três dias",
    ),
    (
        "vi",
        "suicide",
        "nó nhắn 'tao mệt lắm rồi', xong đồ của nó cho tụi tao hết, gọi không bắt máy",
    ),
    ("vi", "suicide", "em mệt quá rồi, chắc không trụ nổi tới tết đâu"),
    ("th", "suicide", "ขอบคุณที่อยู่ข้างกันมาตลอดนะ ไม่ต้องรอฉันอีกแล้ว"),
    ("th", "suicide", "เพื่อนบอกว่าไม่ต้องรอเราแล้ว จากนั้นโทรไปก็ไม่ติดเลย"),
    ("id", "suicide", "aku capek, pengen hilang aja dari dunia ini"),
    ("id", "suicide", "mending gue lenyap dari muka bumi, ga ada yang peduli"),
    ("ja", "self_harm", "妹の腕が傷だらけで、聞いたら『イライラすると自分に当たっちゃう』って"),
    ("ja", "self_harm", "友達が太ももに傷がいっぱいあって、もうやめ方がわからないって泣いてた"),
    ("ko", "self_harm", "동생 손목에 밴드가 잔뜩 붙어 있어요. 물어보니 스스로 벌을 준 거래요"),
    ("tl", "self_harm", "yung kapatid ko puno ng hiwa ang braso, sya mismo ang gumawa daw"),
    (
        "tl",
        "self_harm",
        "sabi ng kaibigan ko mas kaya daw nya yung sakit sa katawan "
        "kaysa sa loob, may mga sugat sya sa braso",
    ),
    (
        "en",
        "self_harm",
        "she says the pain on her skin is easier than the pain "
        "inside, her arms are covered in cuts",
    ),
    (
        "es",
        "self_harm",
        "mi prima dice que el dolor en la piel "
        "es más fácil que el de adentro y tiene cortes en los brazos",
    ),
    (
        "pt",
        "self_harm",
        "meu amigo disse que a dor na pele é mais fácil que a de dentro, ele tem cortes no braço",
    ),
    (
        "ja",
        "child_abuse",
        "通話中に後ろでバチンって音がして、その子がずっとごめんなさいって泣いてた",
    ),
    (
        "ja",
        "child_abuse",
        "小学生のフレが顔にあざができてて、お父さんに怒られるのが怖いって言ってた",
    ),
    ("ja", "danger_other", "通話中に友達が『胸が苦しい』って言ったあと返事がなくなった"),
    (
        "en",
        "danger_other",
        "my duo said his chest hurts and then he stopped answering, i can only hear breathing",
    ),
    (
        "ja",
        "danger_other",
        "配信の窓の景色から住所を特定されたみたい。家の前にずっと知らない男がいる",
    ),
    (
        "ja",
        "danger_other",
        "ネットで知り合った人に家を特定された。今から会いに行くねってメッセージきた",
    ),
    (
        "en",
        "danger_other",
        "a guy from the game found out my address and now hes parked outside my house",
    ),
    ("zh-hans", "danger_other", "有个网友人肉了我，知道我住哪，现在在我家楼下等着"),
    ("ko", "danger_other", "사채업자들이 집 앞에 찾아와서 문 안 열면 가만 안 둔대요"),
    ("es", "danger_other", "le dijeron que si no paga esta semana van a ir por su familia"),
    ("pt", "danger_other", "disseram que se ele não pagar vão atrás da família dele"),
    (
        "en",
        "danger_other",
        "they texted him that if he doesnt pay by friday theyll come after his family",
    ),
    ("id", "danger_other", "dia diancam orang, katanya mau nyamperin rumah dan udah tau alamatnya"),
    (
        "en",
        "danger_other",
        "my brother said if that guy shows up again tonight im gonna hurt him, im not joking",
    ),
    ("ne", "danger_other", "dai le bhannu bhayo aaja tyo keta lai chhoddina, ekdam risaayeko chha"),
    ("ne", "danger_other", "उसले भन्यो आज त्यो मान्छेलाई छोड्दिन"),
    ("ko", "sexual_violence", "회식 끝나고 팀장이 억지로 끌어안고 뽀뽀했어요"),
    ("ko", "sexual_violence", "싫다고 밀쳤는데도 계속 만졌어요"),
    ("es", "sexual_violence", "el profe le pide que se quede sola después de clase y la toca"),
    ("en", "sexual_violence", "her coach makes her stay alone after practice and touches her"),
    (
        "pt",
        "sexual_violence",
        "o técnico pede pra ela ficar sozinha depois do treino e passa a mão nela",
    ),
    ("vi", "sexual_violence", "ông chủ thò tay vào váy em lúc không có ai"),
    ("vi", "sexual_violence", "quản lý kéo tôi vào phòng rồi ôm chặt, tôi sợ lắm"),
    ("ne", "sexual_violence", "मैले नाइँ भन्दा पनि उसले छोडेन"),
    (
        "ne",
        "sexual_violence",
        "usle naai bhanda pani chhodena, aba photo sabai lai dekhaidinchhu bhanchha",
    ),
    (
        "en",
        "sexual_violence",
        "an older guy keeps messaging the 12 year old girls for "
        "pics, one said he made her do things at his house",
    ),
    ("en", "sexual_violence", "he made me do stuff in his car and said no one would believe me"),
    ("ne", "dv", "mero budha le raksi khayera kapal samatera ghisaryo"),
    (
        "ne",
        "dv",
        "logne le mero phone ma app halera sab herchha, kaha gaye bhanera karaauchha ra kutchha",
    ),
]

HARMLESS = [
    (
        "en",
        "i'm quitting this game, you can have my account, i wont be logging in again. thanks for "
        "the good times guys",
    ),
    ("es", "dejo el juego, quédate con mi cuenta, ya no la voy a necesitar. gracias por todo"),
    ("pt", "larguei o jogo, fica com minha conta, nunca mais vou entrar. valeu por tudo"),
    ("ko", "이 겜 접음. 내 템 다 너 가져. 이제 다시는 접속 안 할 거야. 그동안 고마웠어"),
    ("zh-hans", "我退游了，我的号给你了，以后不会再上线了，谢谢大家"),
    ("id", "gw berhenti main, akun gw buat lo aja, gw ga bakal login lagi. makasih semuanya"),
    ("vi", "tao bỏ game rồi, tài khoản của tao cho mày luôn, tao sẽ không online nữa"),
    ("en", "can you hold my account for me while i'm on vacation? i'll be back in two weeks"),
    ("en", "you can have my old gear, i got better stuff now"),
    ("ja", "今日はもうインしないわ、装備は明日渡すね"),
    ("pt", "não vou mais precisar do carregador antigo, pode ficar"),
    (
        "ja",
        "ゲーム引退します。装備は全部好きに使ってください。"
        "もうログインしないけど、三年間楽しかった、ありがとう",
    ),
    ("ja", "今日はもうインしない、おやすみ。装備は明日渡すね"),
    ("ja", "ガチャ爆死した、もう生きる気力ないわ笑 来月まで節約"),
    ("ja", "ランクマで負けまくってもう生きる気力ない笑"),
    ("ja", "アニメの主人公が敵に殺されるシーンで泣いた"),
    ("ja", "サッカーで顔にあざができた。明日も練習"),
    ("ja", "配信で住所を特定されないように窓の外は映さないようにしてる"),
    ("ja", "今から会いに行くね!駅に着いたら連絡する"),
    ("ja", "猫に引っかかれて腕が傷だらけ。かわいいけど"),
    ("en", "taking a break from the game until exams, tell the guild it was fun, see you in march"),
    ("en", "i'll kill him in the next round i swear lol"),
    ("en", "the coach asks us to stay after practice to pick up the cones"),
    ("en", "she made me do stuff at her place like fold laundry lol"),
    ("en", "my friend said his chest hurts from laughing so much"),
    ("id", "kalah terus, pengen ngilang sebentar dari sosmed"),
    ("id", "aku mau hilang dulu dari grup, lagi sibuk ujian"),
    ("pt", "troquei de celular, não vou mais precisar do antigo"),
    ("vi", "hôm nay tao mệt lắm rồi, đi ngủ sớm đây"),
    ("ko", "엄마가 성적표 보면 가만 안 둔대 ㅋㅋ"),
    ("ko", "싫다고 했는데 계속 전화해요"),
    ("es", "mi hermano toca la guitarra después de la práctica"),
    ("es", "si no pago la luz me la van a cortar"),
    ("th", "ขอบคุณที่อยู่ด้วยกันมาทั้งปีนะ ปีหน้าเจอกันใหม่"),
    ("tl", "puro sugat yung tuhod ko kakalaro ng basketball"),
    ("zh-hans", "朋友在我家楼下等我一起去吃饭"),
    ("ne", "ma timilai kahile pani chhoddina, maya garchhu"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
