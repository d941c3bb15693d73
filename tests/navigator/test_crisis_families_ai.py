"""Crisis families from crisisAI (crisis batch 29's missed crises and wrong kinds), taught to
the rules and read by them alone (``learned=False``). Every language file is applied to every
message.

1. The last pay or money sent home, and from now on nobody need worry about (or hear) me:
   suicide, as a preparation and a finality sign in all 11 languages; letters written to
   everyone and 'after tomorrow you won't have to hear me' in en. Silent: the last pay sent
   home before a new job, 'no need to worry, I found work'.
2. A relative's thank-you or entrusting goodbye, gone out leaving wallet and phone behind:
   suicide (ja, romanised ja, en; zh and ko read the leaving-behind sign). Planning to be gone
   before a coming date (その前にいなくなる予定): suicide in ja. Silent: a wallet forgotten
   at home, someone away on a business trip or moving before then.
3. An ex or a partner who got into one's home and will not leave or wants one's phone; a
   partner who took one's keys and phone; a partner who will not let one sleep (woken every
   hour, water thrown): dv, in all 11 languages where it was silent. Silent: a baby who keeps
   one awake.
4. Danger told by a layperson, with 119 beside it: hit by a car and lying in the road,
   bleeding from the head, not talking (11 languages); confused and vomiting after a sauna;
   drunk, lost and sleepy in the snow; an older person alone whose heating broke and who has
   not answered since; numbness and slurred speech after a puffer fish. Kind danger_other,
   never child_abuse because a father is named. Silent: last year's accident, a person
   already fine, a puffer fish dinner enjoyed.
5. A tutor, teacher or uncle making a child sit on his lap and kissing her neck; filmed while
   unconscious at a party, the video shared: sexual_violence. An adult relative's lewd
   messages to a school child; a bruised child not allowed to eat until a parent is home: child
   abuse. A child made to stand outside all night in the cold (romanised Nepali).
Left: the crisis batch's false alarms (another helper's list).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. the last pay sent home, no need to worry about me any more
    (
        "ja",
        "suicide",
        "今月の給料、最後の分を全部母に振り込んだ。これからは私のこと心配しなくていいからね",
    ),
    (
        "en",
        "suicide",
        "wired my final wages home to my family. after today they won't need to worry about me",
    ),
    ("en", "suicide", "wrote everybody letters. from tomorrow on u won't have to hear me whine"),
    (
        "es",
        "suicide",
        "deposité mi último sueldo a mi familia. desde mañana nadie tiene que preocuparse por mí",
    ),
    (
        "pt",
        "suicide",
        "mandei meu último salário pra casa. de agora em diante não precisam se preocupar comigo",
    ),
    (
        "tl",
        "suicide",
        "nagpadala na ako kay mama ng huling sweldo ko. hindi mo na ako kailangang isipin",
    ),
    ("ko", "suicide", "엄마한테 마지막 월급 다 부쳤어요. 앞으로는 제 걱정 하지 마세요"),
    ("zh-hans", "suicide", "把最后一笔工资汇回家了。从今以后你们不用再操心我了"),
    (
        "vi",
        "suicide",
        "em gửi tiền lương cuối về cho bố mẹ rồi. từ giờ bố mẹ không cần lo cho em nữa",
    ),
    ("th", "suicide", "ส่งค่าแรงงวดสุดท้ายให้พ่อแม่แล้ว จากนี้ไปไม่ต้องเป็นห่วงผมแล้ว"),
    ("id", "suicide", "kukirim uang terakhir buat bapak. habis ini nggak perlu mikirin aku lagi"),
    ("ne", "suicide", "आखिरी महिनाको तलब घर पठाएँ। अबदेखि मेरो चिन्ता नगर्नुस्"),
    # 2. a goodbye and wallet and phone left behind; gone before a coming date
    (
        "ja",
        "suicide",
        "弟が「今までありがとう、親のこと頼む」と言って、携帯も財布も置いて夜中に出ていった",
    ),
    (
        "ja",
        "suicide",
        "otouto ga 'ima made arigatou, okan tanomu' tte, keitai mo saifu mo oite dekaketa",
    ),
    (
        "en",
        "suicide",
        "my sister said thank you for everything and left her phone and wallet on the table",
    ),
    ("ja", "suicide", "文化祭？わたし出ないよ、それまでに消える予定だし。てか新しい髪型どう？"),
    # 3. dv: an ex inside the home, keys and phone taken, no sleep allowed
    (
        "en",
        "dv",
        "my ex husband let himself into my flat with the old key and says he's not leaving",
    ),
    ("ja", "dv", "別れた彼が勝手に上がり込んでて、スマホ渡せって言って帰らない"),
    ("ko", "dv", "전남편이 우리 집에 쳐들어와서 안 나가고 버티고 있어요"),
    ("zh-hans", "dv", "前夫偷偷溜进我家，让我把手机给他，不肯走"),
    ("es", "dv", "mi ex novio entró a mi casa sin permiso y no se quiere ir"),
    ("pt", "dv", "meu ex namorado invadiu minha casa e se recusa a sair"),
    ("tl", "dv", "nakapasok ang ex ko sa bahay at ayaw umalis, hinihingi ang cellphone ko"),
    ("vi", "dv", "chồng cũ lẻn vào nhà tôi và không chịu về"),
    ("th", "dv", "อดีตสามีบุกเข้าบ้านฉัน แล้วไม่ยอมกลับ"),
    ("id", "dv", "mantan suamiku nyelonong masuk ke rumah dan nggak mau pulang"),
    ("ne", "dv", "पूर्व श्रीमान घरमा पस्यो र जान मान्दैन"),
    ("es", "dv", "mi marido me escondió el teléfono y las llaves para que no salga"),
    ("vi", "dv", "chồng tôi giấu điện thoại và hộ chiếu của tôi"),
    ("id", "dv", "suamiku nyita hp dan ktp aku"),
    ("zh-hans", "dv", "丈夫把我的护照和手机都扣下了"),
    ("ja", "dv", "danna ni nekasete moraenai. sanjuppun goto ni okosareru"),
    ("zh-hans", "dv", "男朋友不准我睡觉，一睡着就把我弄醒"),
    ("ko", "dv", "남친이 잠을 못 자게 해요. 자면 깨워요"),
    ("vi", "dv", "chồng không cho tôi ngủ, cứ thiếp đi là bị dội nước"),
    ("id", "dv", "pacarku gak biarin aku tidur, kalau ketiduran disiram"),
    # 4. danger told by a layperson
    (
        "en",
        "danger_other",
        "a cyclist got knocked down by a van outside, he's lying on the road and not moving",
    ),
    ("ja", "danger_other", "母がバイクにひかれて、地面に倒れて意識がない"),
    ("ko", "danger_other", "아빠가 트럭에 받혀서 누워 있는데 대답이 없어요"),
    ("zh-hans", "danger_other", "我弟被电动车撞倒了，躺在地上叫不醒"),
    ("es", "danger_other", "a mi vecino lo atropelló una moto y está inconsciente"),
    ("pt", "danger_other", "minha tia foi atropelada e não responde"),
    ("tl", "danger_other", "nabangga ng motor si lolo, walang malay siya ngayon"),
    ("vi", "danger_other", "ông tôi bị xe máy đâm, đang bất tỉnh"),
    ("th", "danger_other", "น้องถูกรถมอเตอร์ไซค์ชน หมดสติอยู่"),
    ("id", "danger_other", "adikku keserempet motor, sekarang pingsan"),
    ("ne", "danger_other", "बुबालाई बसले हान्यो, होस छैन"),
    (
        "en",
        "danger_other",
        "grandpa sat in the sauna way too long, he's disoriented and vomiting now",
    ),
    ("ko", "danger_other", "아빠가 사우나에 오래 있다가 나와서 헛소리하고 토했어요"),
    ("zh-hans", "danger_other", "我爸汗蒸太久了，出来就神志不清，还吐了"),
    (
        "es",
        "danger_other",
        "mi tío se quedó mucho en el sauna y ahora está desorientado y vomitando",
    ),
    (
        "en",
        "danger_other",
        "my friend is wasted and lost somewhere in the snow, he said he's falling asleep",
    ),
    ("tl", "danger_other", "naliligaw si papa sa niyebe, lasing siya at inaantok na"),
    ("ko", "danger_other", "동생이 술 먹고 눈길에서 길을 잃었는데 졸리다고 해요"),
    (
        "en",
        "danger_other",
        "grandpa lives alone, his heating stopped working and he hasn't picked up since last night",
    ),
    (
        "ja",
        "danger_other",
        "ひとり暮らしのおじいちゃん、こたつが壊れたって言ってて、今日は電話に出ない",
    ),
    ("zh-hans", "danger_other", "奶奶一个人住，暖气坏了，今天一直不接电话"),
    ("en", "danger_other", "my uncle cooked fugu and now his mouth is numb and tingling"),
    ("ko", "danger_other", "아버지가 복어를 드시고 입술이 저리다고 하세요"),
    ("vi", "danger_other", "bố tôi ăn cá nóc xong giờ bị tê môi, nói ngọng"),
    # 5. sexual violence and child abuse
    ("id", "sexual_violence", "pelatih renangku maksa aku duduk di pangkuannya. aku baru 11 tahun"),
    ("es", "sexual_violence", "el entrenador me besó el cuello cuando nos quedamos solos"),
    ("pt", "sexual_violence", "o professor particular me faz sentar no colo dele toda aula"),
    ("vi", "sexual_violence", "chú hàng xóm bắt em ngồi lên đùi chú"),
    ("ko", "sexual_violence", "학원 선생님이 무릎 위에 앉으라고 해요"),
    ("zh-hans", "sexual_violence", "教练让我坐到他腿上"),
    ("th", "sexual_violence", "โค้ชชอบให้หนูนั่งตัก"),
    ("en", "sexual_violence", "someone took pictures of me while i was out cold at the party"),
    ("es", "sexual_violence", "me filmaron cuando estaba dormida en la fiesta"),
    ("ja", "sexual_violence", "飲みすぎて気を失ってた間に写真を撮られたみたい"),
    ("zh-hans", "sexual_violence", "我喝醉的时候被人偷拍了"),
    ("id", "sexual_violence", "aku direkam pas lagi mabuk"),
    ("id", "child_abuse", "paman aku sering kirim foto bugil ke aku. aku kelas 8"),
    (
        "en",
        "child_abuse",
        "my stepdad keeps sending me sexual pics and says to delete them. i'm 13",
    ),
    ("ja", "child_abuse", "伯父が卑猥な画像を送ってくる。中2です"),
    ("ja", "child_abuse", "隣の子、腕にあざがあって『お母さんが寝るまで何も食べちゃいけない』って"),
    (
        "en",
        "child_abuse",
        "the boy downstairs has a black eye and isn't allowed to eat till his stepdad gets home",
    ),
    ("ne", "child_abuse", "buba le bahini lai raat bhari jaado ma bahira ubhyaunu huncha"),
]

HARMLESS = [
    ("ja", "最後の給料は実家に送ったよ。来月から新しい職場！"),
    ("en", "sent my final paycheck home before starting the new job next week"),
    ("th", "ต่อไปนี้ไม่ต้องห่วงหนูแล้วนะ หนูได้งานใหม่แล้ว"),
    ("zh-hans", "以后不用再担心我了，我找到工作了，工资也不错"),
    ("en", "i left my wallet and phone at home today, so annoying"),
    ("ko", "지갑이랑 폰 두고 와서 다시 집에 갔어 ㅋㅋ"),
    ("ja", "来週の会議？部長はその前にいなくなる予定だよ、出張だって"),
    ("ja", "その前に引っ越していなくなる予定なんだ"),
    ("ja", "kodomo ga yoru nekasete kurenai, ichijikan goto ni okiru yo"),
    ("en", "my baby won't let me sleep, he wakes me up every hour"),
    ("es", "mi bebé no me deja dormir, se despierta cada hora"),
    ("en", "my friend got hit by a car last year but he's fine now"),
    ("ja", "去年、友達が車にはねられたけど、もう大丈夫"),
    ("es", "en la película atropellan a un hombre y no se mueve"),
    ("en", "the sauna was great today, so relaxing"),
    ("en", "we had fugu for dinner in osaka, delicious"),
    ("ko", "할머니 집 보일러 고쳤어요. 이제 따뜻하대요"),
    ("en", "my grandma's heater broke, we bought her a new one today"),
    ("tl", "naglaro kami sa snow kanina, ang saya, inaantok na ako"),
    ("id", "guru les aku baik banget, dia bantu aku belajar matematika"),
    ("en", "my uncle sends me funny memes every day, i'm 12"),
    ("ja", "うちはパパが帰るまでごはん待つのがルールなんだ"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
