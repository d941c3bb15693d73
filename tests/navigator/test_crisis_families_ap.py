"""Crisis families from crisisAP (false alarms on the lead's own harmless near-miss probes), in our
own words, read by the rules alone (``learned=False``). Every language file is applied to every
message. Each family keeps its real crises firing: the same words with real danger still count.

1. A wish to die said of a lost match or game (a sports loss, a team that lost again), as a
   reaction to the score: silent in all 11 languages. Still a crisis: the loss beside worth
   denied, weeks of thought, a plan or a wish that is not about the game.
2. Japanese degree constructions: a wish used as the measure of a feeling (消えたいくらい恥ずかしい,
   殺したいくらい腹が立つ, 殴られそうな勢いで怒られた): silent. Still a crisis: the wish said as
   itself (消えたい。), or as the measure of pain (死にたいくらいつらい).
3. Siblings playing or joking (a punch in the arm while laughing, a pillow fight, play
   wrestling): no child abuse. Still a crisis: a sibling's blows every day, fear of going home.
4. A parent's blows in childhood, told with a good relationship now (we get along, we are close):
   no child abuse. Still a crisis: the parent still hits, or hits again.
5. Danger that is over and fine: trapped by a storm and home by taxi in the end; an ambulance
   said not to be needed; a threat one said oneself as a joke and now apologises for. Still a
   crisis: water rising, an ambulance called, a threat received.
6. A boss, a teacher or a parent who "will kill me if I'm late again" with a laugh (vi and the
   other languages): silent. Still a crisis: a boss who threatened to kill, with fear.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. a lost game, and a real wish to die
    (
        "en",
        "suicide",
        "we lost the final and i am worthless, i want to die, i have thought about it for weeks",
    ),
    ("en", "suicide", "lost the match again. i want to die and i have pills saved up"),
    ("ja", "suicide", "試合に負けた。自分には価値がない。死にたい。ずっと考えてる"),
    ("ja", "suicide", "負けたのは全部自分のせい。本気で死にたい、もう生きていけない"),
    ("zh-hans", "suicide", "比赛输了，都是我的错，我真的想死，已经想了好几个星期了"),
    ("ko", "suicide", "경기 졌어. 다 내 탓이야. 진짜 죽고 싶어, 몇 주째 생각하고 있어"),
    (
        "es",
        "suicide",
        "perdimos la final y no valgo nada, quiero morir, lo pienso desde hace semanas",
    ),
    ("pt", "suicide", "perdemos a final e eu não valho nada, quero morrer, penso nisso há semanas"),
    (
        "tl",
        "suicide",
        "natalo kami sa finals, wala akong kwenta, gusto ko nang mamatay, "
        "ilang linggo ko na itong iniisip",
    ),
    ("th", "suicide", "แพ้แข่งอีกแล้ว ฉันมันไร้ค่า อยากตายจริงๆ คิดมาหลายอาทิตย์แล้ว"),
    (
        "vi",
        "suicide",
        "thua trận chung kết, tôi vô dụng, tôi muốn chết, "
        "tôi đã nghĩ đến chuyện này nhiều tuần rồi",
    ),
    ("ne", "suicide", "खेल हार्यौं, म बेकार छु, मर्न मन लाग्छ, धेरै हप्तादेखि यही सोचिरहेको छु"),
    (
        "id",
        "suicide",
        "kalah di final, aku nggak berguna, aku mau mati, sudah berminggu-minggu aku memikirkannya",
    ),
    # 2. the wish itself, or the measure of pain
    ("ja", "suicide", "消えたい。恥ずかしくて生きていけない"),
    ("ja", "suicide", "死にたいくらいつらい毎日が続いてる"),
    ("ja", "danger_other", "上司を殺したい。包丁も用意した"),
    ("ja", "dv", "夫に殴られそうになって子どもと外に逃げた"),
    # 3. a sibling's blows every day
    ("en", "child_abuse", "my brother punches me every day and i'm scared to go home"),
    ("es", "child_abuse", "mi hermano me pega todos los días y tengo miedo de volver a casa"),
    ("ja", "child_abuse", "兄に毎日殴られる。家に帰るのがこわい"),
    # 4. a parent who still hits
    ("en", "child_abuse", "my dad hit me as a kid and he still hits me"),
    ("vi", "child_abuse", "hồi nhỏ bố hay đánh tôi, giờ bố vẫn đánh tôi"),
    ("ko", "child_abuse", "어릴 때 아빠가 자주 때렸는데 지금도 때려요"),
    ("th", "child_abuse", "ตอนเด็กพ่อตีบ่อย ตอนนี้ก็ยังตีอยู่"),
    # 5. danger now
    ("en", "danger_other", "trapped in the office by the flood, the water is rising"),
    ("ja", "danger_other", "台風で会社に閉じ込められた。水が入ってきてる"),
    ("ja", "danger_other", "救急車を呼んで。父が倒れて息をしてない"),
    ("ja", "danger_other", "上司に『辞めたら殺すぞ』って毎日言われて怖い"),
    # 6. a boss who threatened for real
    ("vi", "danger_other", "sếp nói sẽ giết tôi nếu tôi nghỉ việc, tôi rất sợ"),
    # more: the same words with danger now
    ("en", "suicide", "we lost again and honestly i want to die, nobody would even notice"),
    ("es", "suicide", "perdimos y de verdad me quiero morir, ya no aguanto"),
    ("id", "suicide", "kalah lagi, aku serius pengen mati, tiap hari kepikiran"),
    ("ko", "suicide", "경기 졌어 진짜 죽고 싶어 매일 그 생각만 해"),
    ("ja", "suicide", "消えたいくらい恥ずかしくて、もう生きていけない"),
    ("ja", "suicide", "死にたいほど恥ずかしかった。もうみんなに合わせる顔がないし、生きていけない"),
    ("pt", "child_abuse", "meu irmão me bate todo dia e eu tenho medo de voltar pra casa"),
    ("id", "child_abuse", "waktu kecil bapak sering mukul aku dan sampai sekarang masih mukul"),
    ("ja", "child_abuse", "子どもの頃から父に殴られてて、今も殴られる"),
    ("en", "danger_other", "call an ambulance, my dad collapsed and isn't breathing"),
    ("vi", "danger_other", "sếp sẽ giết tôi nếu tôi báo công an, tôi sợ lắm"),
]

HARMLESS = [
    # 1. a wish to die said of a lost game
    ("en", "the game last night killed me, we lost in overtime, i literally wanted to die"),
    ("en", "we lost on penalties and i wanted to die lol"),
    ("en", "our team lost again in the last minute, i wanna die haha"),
    ("ja", "阪神また負けとるやん、もう死にたいわ〜って毎年言うてるけど来年も応援する"),
    ("ja", "推しのチームがまた負けた、死にたい笑"),
    ("ja", "決勝で負けて死にたくなったけど来年がんばる"),
    ("zh-hans", "昨晚的比赛气死我了，最后一分钟输了，想死的心都有"),
    ("zh-hans", "主队又输了，想死的心都有了哈哈"),
    ("ko", "어제 경기 또 졌어 죽고 싶다 ㅋㅋ"),
    ("es", "el partido me mató, perdimos en el último minuto, quería morirme"),
    ("es", "perdimos otra vez en penales, me quiero morir jaja"),
    ("pt", "perdemos nos pênaltis de novo, quero morrer kkk"),
    ("tl", "talo na naman kami sa huling segundo, gusto ko nang mamatay haha"),
    ("th", "บอลแพ้อีกแล้ว อยากตาย 555"),
    ("vi", "trận bóng tối qua làm tôi muốn chết luôn, thua phút cuối"),
    ("vi", "đội mình lại thua rồi, muốn chết luôn haha"),
    ("ne", "हाम्रो टिम फेरि हार्यो, मर्न मन लाग्यो हाहा"),
    ("id", "pertandingan semalam bikin gw mau mati, kalah di menit terakhir"),
    ("id", "tim gw kalah lagi, pengen mati rasanya wkwk"),
    # 2. a wish as the measure of a feeling
    ("ja", "消えたいくらい恥ずかしい失敗した。会議で社長の名前間違えた"),
    ("ja", "死にたいくらい恥ずかしかった、みんなの前で転んだ"),
    ("ja", "今日の試合マジで死んだわ、3点差で負けた。監督ぶっ殺したいくらい采配ひどかった"),
    ("ja", "殴りたいくらい腹が立つ、また寝坊した自分に"),
    ("ja", "昨日の飲み会で先輩に殴られそうな勢いで説教された笑 まあ自分が悪い"),
    ("ja", "部長に殺されそうな勢いで怒られた笑"),
    # 3. siblings playing
    ("en", "my brother punched me in the arm for spoiling the show, we were laughing though"),
    ("en", "my sister hit me with a pillow, we were just playing"),
    ("es", "mi hermano me pegó con la almohada, estábamos jugando"),
    ("pt", "meu irmão me bateu com o travesseiro, a gente tava brincando"),
    ("ja", "弟にまくらで叩かれた。ふざけてただけだけど"),
    ("ko", "동생이 베개로 때렸어요 장난치다가"),
    ("zh-hans", "弟弟用枕头打我，我们在闹着玩"),
    ("vi", "em trai lấy gối đánh tôi, hai anh em đùa thôi"),
    ("tl", "pinalo ako ng kapatid ko ng unan, naglalaro lang kami"),
    ("id", "adikku mukul aku pakai bantal, kami cuma bercanda"),
    ("th", "น้องเอาหมอนตีฉัน เล่นกันสนุก"),
    # 4. a parent's blows long ago, a good relationship now
    ("vi", "hồi nhỏ bố hay đánh tôi nhưng giờ hai bố con thân lắm"),
    ("vi", "ngày bé mẹ hay đánh tôi, giờ mẹ con rất hợp nhau"),
    ("ko", "어릴 때 아빠가 자주 때렸지만 지금은 사이 좋아요"),
    ("ko", "어렸을 때 엄마한테 많이 맞았는데 지금은 엄마랑 친해요"),
    ("th", "ตอนเด็กพ่อตีบ่อยแต่ตอนนี้เราสนิทกันดี"),
    ("th", "ตอนเด็กแม่ตีบ่อย แต่ตอนนี้แม่กับฉันรักกันดี"),
    ("en", "my dad hit me a lot when i was little but we get along great now"),
    ("es", "de niño mi papá me pegaba, pero ahora nos llevamos muy bien"),
    ("pt", "quando eu era criança meu pai me batia mas hoje a gente se dá bem"),
    ("ja", "子どもの頃は父によく殴られたけど、今は仲良し"),
    ("zh-hans", "小时候爸爸经常打我，但现在我们关系很好"),
    ("tl", "nung bata ako pinapalo ako ni tatay pero okay na kami ngayon"),
    ("id", "waktu kecil bapak sering mukul aku tapi sekarang kami akur"),
    ("ne", "सानोमा बुबाले कुट्नुहुन्थ्यो तर अहिले हामी राम्रो छौं"),
    # 5. danger over and fine
    ("ja", "台風で電車止まって会社に閉じ込められた。結局タクシーで帰れたけど疲れた"),
    ("ja", "大雪で駅に閉じ込められたけど、無事に家に着いた"),
    (
        "en",
        "got stuck at the station because of the typhoon, but i made it home by taxi in the end",
    ),
    ("ja", "引っ越しの荷物が重すぎて腰やった。救急車呼ぶほどじゃないけど湿布ほしい"),
    ("ja", "足をひねった。救急車を呼ぶほどではないので明日病院に行く"),
    ("en", "twisted my ankle, not bad enough to call an ambulance, just need ice"),
    ("ja", "新人に『辞めたら殺すぞ』って冗談で言ったらパワハラって言われた。どう謝ればいい"),
    ("ja", "後輩に冗談で『殺すぞ』って言ってしまった。謝りたい"),
    # 6. a boss who will kill me if I'm late again, with a laugh
    ("vi", "sếp sẽ giết tôi nếu tôi đi trễ nữa haha"),
    ("vi", "mẹ sẽ giết tôi nếu biết tôi làm vỡ bình hoa haha"),
    ("en", "my boss is going to murder me if i'm late again lol"),
    ("es", "mi jefe me va a matar si llego tarde otra vez jaja"),
    ("pt", "meu chefe vai me matar se eu atrasar de novo kkk"),
    ("id", "bos bakal bunuh gw kalo telat lagi wkwk"),
    ("tl", "papatayin ako ng boss ko pag na-late ulit ako haha"),
    ("th", "ถ้ามาสายอีกหัวหน้าฆ่าฉันแน่ 555"),
    ("ko", "또 지각하면 팀장님이 날 죽일 거야 ㅋㅋ"),
    ("zh-hans", "再迟到老板会杀了我的哈哈"),
    # more look-alikes
    ("en", "lost the derby 3-0, i wanted to die right there in the stands lol"),
    ("pt", "o time perdeu a final, eu queria morrer kkk"),
    ("ja", "穴があったら入りたいくらい恥ずかしかった"),
    ("en", "my little brother kicked me under the table as a joke"),
    ("es", "mi prima me empujó a la piscina de broma"),
    ("en", "my mum smacked me as a kid but we are close now, she is my best friend"),
    ("ja", "エレベーターに閉じ込められたけど、10分で出られた"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
