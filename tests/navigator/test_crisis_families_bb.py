"""Crisis families from crisisBB: misses of the rules (and crises the learned model alone
caught) in our own wording, each with look-alikes that must stay harmless. Every language
file is applied to every message.

1. Suicide told through affairs put in order: the life insurance made over to a child,
   a motorbike or a guitar given away, a thing one "won't need any more", no trouble to
   anyone after tonight, beside thanks "for all this time" or sorry passed on through
   someone (ja, romaji, en, es, pt, id). A beneficiary named after a wedding, a guitar
   sold, a rest from everything on holiday: silent.
2. Resting for good or from everything (zutto yasumitai, descansar de todo) beside a
   goodbye: suicide. A long weekend's rest: silent.
3. A goodbye that clears the friend it is left to (none of it was on you, you were the
   only one who listened) beside belongings left: suicide. A thank-you after a move: silent.
4. Self-harm seen by a relative or flatmate: bloodied tissues, fresh marks over old ones,
   wristbands or long sleeves every day, line after line on a thigh, "her way of punishing
   herself", "can't breathe without it"; also Vietnamese typed without diacritics and
   romanised Nepali. A sports wristband, a punished dog, a cat's scratch: silent.
5. A child afraid to go home, where it will be hit again (帰ったらまたやられる, 들어오면
   또 맞는다, se voltar apanha de novo); a child kicked by a drunk parent told in kana; a
   child locked out or not fed by a stepparent; finger-shaped bruises: child_abuse. A
   child scolded for homework, a late bus home: silent.
6. Violence at home told as money held and a slap that "flies" (Hakata), or in romaji
   (the lock changed, made to quit, head knocked against the wall); kicked and clothes
   thrown out (Taglish): dv. A husband who keeps the household accounts, a changed lock
   after a burglary: silent.
7. Sexual violence: he did not stop when she said no or cried; held down on a sofa;
   papers or an exam promised for a hotel visit; kept in until she did what he wanted;
   images held over her; a stranger asking a child to show her underwear; a boss who
   gropes and locks the stockroom: sexual_violence. A tutor who helps with an exam, a
   friend who would not stop talking: silent.
8. Danger now: "I'll kill you" said by someone standing outside now; a drunk relative
   shouting he will kill a neighbour; followed home and still at the door; a passport
   taken and a friend shut in, then silence; a fall with a bleeding head and vomiting:
   danger_other. A game boss killed, a friend waiting outside for a ride: silent.
9. Look-alikes the rules had read as crises: a baseball fan's "no will to live" after his
   team lost, "I thought I'd be killed lol" about an angry customer. Someone woken again and
   again who does not wake is danger, not a wish to sleep for ever (vi).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. affairs put in order, with thanks or sorry
    (
        "ja",
        "suicide",
        "生命保険の受取人を息子に変更しておいた。今まで本当に色々ありがとうな",
    ),
    (
        "ja",
        "suicide",
        "保険の受取人は嫁にしといた。もう誰にも迷惑かけんで済むわ",
    ),
    (
        "en",
        "suicide",
        "I changed my life insurance beneficiary to my sister today. thank you for everything",
    ),
    (
        "es",
        "suicide",
        "puse a mi hija como beneficiaria del seguro. perdón "
        "por todo, ya no voy a molestar a nadie",
    ),
    (
        "pt",
        "suicide",
        "coloquei meu filho como beneficiário do seguro. desculpa "
        "por tudo, não vou mais incomodar ninguém",
    ),
    (
        "id",
        "suicide",
        "laptop gw udah gw kasih ke temen sekamar. bilangin ke mama gw minta maaf ya",
    ),
    (
        "id",
        "suicide",
        "hp aku udah aku kasih ke adik. abis malam ini aku ga bakal nyusahin siapa2 lagi",
    ),
    (
        "es",
        "suicide",
        "le dio su moto a su primo y dijo que ya no le va a "
        "hacer falta, que pronto descansa de todo",
    ),
    # 2. resting for good, beside a goodbye
    (
        "ja",
        "suicide",
        "minna ni gomen tte tsutaete kudasai. mou zutto yasumitai",
    ),
    ("ja", "suicide", "お母さんにありがとうって伝えて。もうずっと眠っていたい"),
    ("pt", "suicide", "obrigada por tudo, gente. só quero descansar de tudo agora"),
    # 3. a goodbye that clears the friend
    (
        "en",
        "suicide",
        "I left my books and my records with my neighbour for you. none of this was your fault ok",
    ),
    (
        "en",
        "suicide",
        "gave away my games to my cousin. you were the only one who ever really listened.",
    ),
    # 4. self-harm seen by someone close
    (
        "ja",
        "self_harm",
        "妹のゴミ箱に血のついたティッシュがいっぱい。夏なのにずっと長袖で、誰にも言わないでって",
    ),
    (
        "ja",
        "self_harm",
        "娘が真夏でも長袖で、『これしないと息ができない』って言うんです",
    ),
    (
        "en",
        "self_harm",
        "my sister wears wristbands every single day now and I saw fresh cuts over the old ones",
    ),
    (
        "en",
        "self_harm",
        "my son flinches when I touch his arm and says it's his way of punishing himself",
    ),
    (
        "zh-hans",
        "self_harm",
        "妹妹手臂上一道一道的新伤，她说是被书划的，还让我别告诉妈妈",
    ),
    (
        "es",
        "self_harm",
        "mi hermano ya no se pone manga corta y dice que es su forma de castigarse",
    ),
    (
        "pt",
        "self_harm",
        "minha filha esconde os braços com moletom e disse que é o jeito dela de se punir",
    ),
    (
        "vi",
        "self_harm",
        "em gai toi luon mac ao dai tay, hom qua toi thay nhieu vet moi tren tay, no bao tu lam",
    ),
    (
        "ne",
        "self_harm",
        "mero bahini le sadhai full sleeve lauchha, haat ma "
        "naya ghau chha, kasailai nabhan bhanchhe",
    ),
    # 5. a child afraid to go home; kicked; locked out; not fed; finger marks
    (
        "ja",
        "child_abuse",
        "となりの子、『帰ったらまた殴られる』って震えてて、腕にあざがあった",
    ),
    (
        "ja",
        "child_abuse",
        "ぼくの おかあさん おこると ぼくを けるの。 "
        "おなかに あざ ある。 かえったら また たたかれる",
    ),
    (
        "ko",
        "child_abuse",
        "친구 동생이 아빠가 오면 또 맞는다고 울면서 놀이터에서 안 가려고 해요",
    ),
    (
        "pt",
        "child_abuse",
        "a menina da vizinha disse que se voltar pra casa "
        "apanha de novo, ela está com o braço roxo",
    ),
    (
        "pt",
        "child_abuse",
        "a madrasta trancou ela pra fora de novo, está chorando na escada com frio",
    ),
    (
        "id",
        "child_abuse",
        "anak itu ga dikasih makan sama ayah tirinya, tiap malam dia cari makan di tempat sampah",
    ),
    (
        "id",
        "child_abuse",
        "adik kelasku bilang kalau pulang ke rumah nanti dipukul lagi sama bapaknya",
    ),
    ("ko", "child_abuse", "조카 팔에 손가락 모양 멍이 있고 엄마가 알면 또 맞는다고 했어요"),
    # 6. violence at home: money held, a slap, romaji, Taglish
    (
        "ja",
        "dv",
        "主人が給料を全部握っていて、お菓子ひとつ買うのも許さない。逆らうと平手が飛んでくる",
    ),
    (
        "ja",
        "dv",
        "otto ga kagi wo kaeta. soto ni derarenai. kinou kabe ni atama wo butsukerareta",
    ),
    (
        "tl",
        "dv",
        "tinapon ng asawa ko lahat ng gamit ko sa labas, tapos sinipa niya ako sa harap ng bahay",
    ),
    # 7. sexual violence
    (
        "zh-hans",
        "sexual_violence",
        "学长在宿舍按住我的手往他身上拉，我说不要他也不停",
    ),
    (
        "pt",
        "sexual_violence",
        "o chefe me segurou no sofá do escritório e não parou nem quando eu pedi",
    ),
    (
        "es",
        "sexual_violence",
        "el jefe me dijo que me ayudaba con la visa si iba a un hotel con él. "
        "no me dejó salir hasta que hice lo que él quería",
    ),
    (
        "en",
        "sexual_violence",
        "the landlord said he'd help me with my visa if I went to his place. "
        "he didn't stop when I cried",
    ),
    (
        "en",
        "sexual_violence",
        "he keeps sending me photos of my room window. if I don't come over "
        "he'll send them to my family",
    ),
    (
        "ja",
        "sexual_violence",
        "しらない おとこのひとに ぱんつ みせてって いわれて、 "
        "うでを つかまれて つれていかれそうになった",
    ),
    (
        "tl",
        "sexual_violence",
        "yung supervisor ko humahawak sa hita ko, kahapon hinila "
        "niya ako sa loob tapos nilock yung pinto",
    ),
    (
        "ne",
        "sexual_violence",
        "raati ghar beti ko sahu mero kambal bhitra pasyo, rokda pani chhodena",
    ),
    # 8. danger now
    (
        "ja",
        "danger_other",
        "けんかした おとこのひと が 『ころす』 と いいました。 いま いえ の まえ に たって います",
    ),
    (
        "pt",
        "danger_other",
        "meu cunhado está bêbado gritando na rua que vai matar o vizinho, quebrou a janela",
    ),
    (
        "th",
        "danger_other",
        "มีผู้ชายเดินตามฉันมาจนถึงหน้าห้อง ตอนนี้ยังยืนอยู่หน้าประตู",
    ),
    (
        "en",
        "danger_other",
        "a man followed me home from the station and he's still standing outside my door",
    ),
    (
        "ko",
        "danger_other",
        "언니가 여권을 뺏기고 숙소에 갇혀서 못 나온대요. 살려줘 한마디 오고 연락이 끊겼어요",
    ),
    (
        "id",
        "danger_other",
        "nenek jatuh di kamar mandi, kepalanya berdarah, terus muntah dan bingung",
    ),
    (
        "en",
        "danger_other",
        "my dad fell on the stairs, his head is bleeding and now he's throwing up and confused",
    ),
    (
        "vi",
        "danger_other",
        "anh tôi say rượu ngủ ngoài hiên, gọi mãi không dậy, người lạnh lắm",
    ),
]

HARMLESS = [
    # 1.
    ("ja", "結婚したので生命保険の受取人を妻に変更しました。手続きの書類はどこで出せますか"),
    ("en", "I changed my life insurance beneficiary after the wedding, what forms do I need?"),
    ("id", "laptop lama gw udah gw kasih ke adek, gw beli yang baru"),
    ("es", "le regalé mi guitarra vieja a mi sobrino porque ya compré otra"),
    ("ja", "今まで三年間ありがとう、来月から新しい店で働きます"),
    # 2.
    ("ja", "連休はずっと休みたいなあ、どこにも行かずに"),
    ("es", "este fin de semana quiero descansar de todo el trabajo, me voy a la playa"),
    # 3.
    ("en", "thanks for helping with the move, you were the only one who showed up lol"),
    # 4.
    ("en", "my son wears sweatbands every day for basketball practice"),
    ("en", "our dog flinches when I touch his paw, is it broken?"),
    ("zh-hans", "猫把我的手臂抓了一道一道的，好疼"),
    ("es", "mi hermano ya no se pone manga corta porque hace frío"),
    ("vi", "hom nay troi lanh nen em mac ao dai tay"),
    ("ja", "コーヒーこれ飲まないと目が覚めない"),
    # 5.
    ("ja", "宿題やらないで帰ったら、お母さんに怒られるかな"),
    ("ko", "늦게 들어가면 엄마한테 혼난다ㅋㅋ 빨리 가야지"),
    ("pt", "se eu voltar tarde pra casa minha mãe briga comigo kkk"),
    ("id", "kalau pulang telat nanti dimarahin mama wkwk"),
    # 6.
    ("ja", "うちは夫が家計を管理していて、私はお小遣い制です"),
    ("ja", "akisu ni haitte kara kagi wo kaeta. anshin shita"),
    ("tl", "tinapon ko na lahat ng lumang damit ko, bibili ako ng bago"),
    # 7.
    ("zh-hans", "我说不要再点菜了，他也不停，最后吃不完"),
    ("pt", "meu professor disse que me ajudava a passar na prova se eu estudasse mais"),
    ("en", "my friend wouldn't stop talking about the game even when I said no more spoilers"),
    ("ja", "こどもが ぱんつ いっちょうで はしりまわってる"),
    # 8.
    ("ja", "ゲームでボスをころした。いま いえ の まえ で ともだち を まって います"),
    ("th", "เพื่อนเดินตามฉันมาถึงหน้าห้อง เอาขนมมาให้"),
    ("id", "aku jatuh dari sepeda, lututnya berdarah dikit doang"),
    # 9.
    ("ja", "巨人また負けた、もう生きる気力ないわ。明日も応援行くけど"),
    ("ja", "部長の顔がこわすぎて殺されるかと思った笑 まあ怒られなかったけど"),
    # more look-alikes of the new signs
    ("en", "the coach made him run laps, he is punishing himself for missing the penalty"),
    ("ja", "給料は全部妻に握られてて、おこづかい制なんだよね"),
    ("ja", "ゲームで負けたら平手が飛んでくる罰ゲームやった笑"),
    ("pt", "vou descansar de tudo nas férias, praia e sol"),
    ("es", "necesito descansar de todo, me voy de vacaciones una semana"),
    ("zh-hans", "妈妈说不许告诉任何人生日惊喜的事"),
    ("ja", "息子の保険の受取人を変更したいです、手続きは？"),
    ("pt", "ele me segurou no sofá pra ver o jogo kkk"),
    ("es", "mi jefe me ayuda con los papeles si voy a la oficina el lunes"),
    ("tl", "hinila niya ako sa loob ng bahay para manood ng tv"),
    ("th", "น้องหมาเดินตามฉันมาจนถึงหน้าห้อง น่ารักมาก"),
    ("id", "kakek jatuh tadi, kepalanya benjol dikit tapi sekarang udah baik"),
    ("ne", "mero bahini full sleeve lauchha kina ki jaado chha"),
    ("th", "พี่ที่ร้านบอกว่าถ้ากล่องหายอีกจะฆ่าให้ตายเลย ล้อเล่นน่า"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
