"""Crisis families from blind batch crisisAE: our own probes, not the batch's texts, read by
the rules alone (``learned=False``). Every language file is applied to every message.

1. Hands put on the neck (首に手をかけられた, hands around my throat, 掐住脖子) and a threat
   that next time it will be for real: danger (dv with a partner). Silent: a scarf around the
   neck, a massage of the neck, "next time for real" about a game.
2. A partner forbidding the hospital or a doctor after an injury, or threatening what happens
   if the writer goes or tells (the children taken, "you started it"). Silent: a partner who
   drives the writer to hospital, a hospital that is closed.
3. Someone slipping into one's futon or bed at night (a camp, a trip), the writer frozen or
   pretending to sleep and asking whether that was consent. Silent: a child or a cat
   crawling into bed, a question about consent law for a class.
4. Made to undress (a "uniform check", trousers pulled down by other children) and
   photographed or filmed. Silent: a clothes fitting, a passport photo, a swimming lesson.
5. A recording of the writer changing or undressed, with a threat to spread it unless.
   Silent: a video of a birthday shared with family, a photo for a club newsletter.
6. Pinned down on a bed (a doctor in the on-call room, a customer, a boss), often facing him
   again tonight. Silent: a child pinned in a pillow fight, a mattress delivered.
7. A parent setting off now to confront the man who hurt their child, not knowing what they
   will do, unable to stop themselves. Silent: going now to the school meeting, can't stop
   eating sweets.
8. A debt (host club, gambling, broker) with being moved somewhere against one's will, the
   phone taken or tracked, a guard at the door, a child taken as payment, men banging on the
   door now. Silent: a loan question, a company phone handed in at a security gate.
9. Goodbye messages written to the family and set to send later. Silent: a birthday message
   scheduled for a friend, an email scheduled for work.
10. Asking someone to look after the children if one is gone. Silent: asking a neighbour to
    look after the children while one is in hospital for a day.
11. Food locked away from a child (a padlock on the fridge). Silent: a child lock on the
    fridge for a toddler's safety, a padlock on a bicycle.
12. A small child left alone or shut outside (barefoot, in the cold), now ill or crying;
    made to eat from the dog's bowl. Silent: a child playing outside with friends, a dog's
    bowl bought at a shop.
13. A baby who swallowed a (button) battery or a magnet now. Silent: how to store batteries,
    a battery that ran out.
14. Wild mushrooms eaten, people vomiting, someone who cannot be woken. Silent: a mushroom
    recipe, mushroom picking tips.
15. A hurt child asking an outside adult not to tell mum's boyfriend. Silent: a child asking
    not to tell mum about a surprise present.
16. Ending it all in dialect or romanized Japanese with being a burden or thanks for
    everything (もう終わりにすっぺ; ima made arigatou, mou owari ni suru). Silent: finishing
    work for the day in dialect.
17. Boiling water or hot oil thrown at the writer by a partner. Silent: a partner who spilled
    hot tea by accident on himself, cooking with boiling water.
18. A partner or ex sending photos of wounds he made on himself, bleeding now. Silent: a
    friend sending a photo of a grazed knee from football.
19. Hurting oneself, bleeding heavily now, afraid to go to hospital. Silent: a cut finger
    from cooking.
20. Objects thrown by a partner needing stitches; dragged out of the home at night.
21. One's own disappearing said to be right before a family date (ko); asking others to
    apologise to all for one, saying it is time to go (ne).
22. Sexual coercion by a customer that the employer endorses (part of the job, lose the
    visa); forced touching in a car after a festival (ne).
Look-alikes that must stay harmless (false alarms seen in the batch, in our own wording):
a student researching one-stop centres or shelters; "i want to die (not really)" after a
game; an abuse-prevention lecture or video; crying or laughing "to death" over a drama;
violence by an ex years ago, now remarried and happy, asking about paperwork.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. strangling, next time for real
    ("ja", "danger_other", "彼に喉に両手を回されて、息ができなかった。次は本気で殺すって"),
    ("ja", "dv", "きのう おっとに くびに てを かけられた。こわい"),
    ("en", "danger_other", "he wrapped both hands around my throat last night during the fight"),
    (
        "en",
        "dv",
        "my boyfriend choked me and said next time it will be for real, he is coming back tonight",
    ),
    ("zh-hans", "danger_other", "他昨晚掐住我的脖子，说下次就来真的"),
    ("ko", "danger_other", "남편이 어젯밤에 목을 졸랐어요"),
    ("pt", "danger_other", "ele colocou as mãos no meu pescoço ontem e eu não conseguia respirar"),
    ("es", "danger_other", "mi novio me puso las manos en mi cuello y apretó"),
    ("tl", "danger_other", "sinakal nya ako kagabi habang nag-aaway kami"),
    ("th", "danger_other", "เมื่อคืนเขาบีบคอฉันจนหายใจไม่ออก"),
    ("vi", "dv", "tối qua chồng bóp cổ tôi"),
    ("id", "danger_other", "semalam dia nyekik gw sampai gak bisa napas"),
    # 2. partner forbidding the hospital, threats about telling
    ("ja", "dv", "夫に腕をひねられて腫れてるけど、夫が病院に行ったら許さないって言う"),
    ("en", "dv", "my husband broke my finger and he wont let me go to the hospital"),
    (
        "en",
        "dv",
        "she cut my head with a plate. if i tell my family she will say i started it",
    ),
    ("pt", "dv", "meu marido machucou meu braço e não me deixa ir ao hospital"),
    ("es", "dv", "mi esposo me lastimó la mano y no me deja ir al médico"),
    ("tl", "dv", "sinaktan ako ng asawa ko at ayaw niya akong pumunta sa ospital"),
    (
        "id",
        "dv",
        "kalo aku ke rumah sakit katanya anak-anak dibawa pergi dan aku gak bakal liat lagi",
    ),
    ("zh-hans", "dv", "老公把我打伤了，还不让我去医院"),
    ("th", "dv", "สามีทำร้ายจนแขนบวม แต่ไม่ให้ฉันไปโรงพยาบาล"),
    ("vi", "dv", "chồng đánh em sưng tay mà không cho em đi bệnh viện"),
    # 3. futon intrusion, freezing and consent
    ("ja", "sexual_violence", "旅行の夜、同じ部屋の先輩がふとんに入ってきて、こわくて動けなかった"),
    ("ja", "sexual_violence", "嫌と言わなかったから同意したことになるのかな。固まってただけなのに"),
    (
        "en",
        "sexual_violence",
        "on the club trip a senior crawled into my sleeping bag and i pretended to sleep",
    ),
    ("en", "sexual_violence", "i froze and didnt say no, does that mean i consented?"),
    ("zh-hans", "sexual_violence", "露营那晚学长钻进我的被窝，我吓得只能装睡"),
    (
        "ko",
        "sexual_violence",
        "엠티에서 선배가 밤에 이불 속으로 들어왔는데 무서워서 자는 척만 했어요",
    ),
    (
        "pt",
        "sexual_violence",
        "na viagem um colega entrou no meu futon e eu fingi que estava dormindo",
    ),
    (
        "es",
        "sexual_violence",
        "en el campamento un chico se metió en mi cama y me quedé paralizada",
    ),
    ("th", "sexual_violence", "ตอนเข้าค่ายรุ่นพี่มุดเข้ามาในผ้าห่ม หนูกลัวจนต้องแกล้งหลับ"),
    ("vi", "sexual_violence", "đi dã ngoại anh ấy chui vào chăn của em, em sợ quá giả vờ ngủ"),
    (
        "id",
        "sexual_violence",
        "pas camping senior masuk ke selimut aku, aku cuma bisa pura-pura tidur",
    ),
    (
        "tl",
        "sexual_violence",
        "sa outing pumasok siya sa kumot ko, nagtulug-tulugan lang ako sa takot",
    ),
    # 4. made to undress and photographed
    ("ja", "sexual_violence", "倉庫で上司に服を脱ぐように言われて、写真を撮られました"),
    ("ja", "sexual_violence", "がっこうで ずぼんを ぬがされて しゃしんを とられた"),
    ("ja", "sexual_violence", "kaisha no senpai ni fuku o nugasarete shashin o torareta"),
    (
        "en",
        "sexual_violence",
        "the shift leader made me take off my uniform in the back room and took photos",
    ),
    ("en", "sexual_violence", "older boys pulled my pants down and filmed it on a phone"),
    ("zh-hans", "sexual_violence", "老板让我脱掉衣服然后拍照"),
    ("ko", "sexual_violence", "점장이 옷을 벗으라고 하고 사진을 찍었어요"),
    ("pt", "sexual_violence", "o chefe me mandou tirar a roupa e tirou fotos"),
    ("es", "sexual_violence", "el jefe me hizo quitarme la ropa y me sacó fotos, las grabó"),
    ("tl", "sexual_violence", "pinahubad ako ng amo ko tapos kinunan ng litrato"),
    ("th", "sexual_violence", "หัวหน้าบังคับให้ถอดเสื้อผ้าแล้วถ่ายรูปไว้"),
    ("vi", "sexual_violence", "chủ bắt em cởi đồ rồi chụp ảnh"),
    ("id", "sexual_violence", "bos nyuruh aku buka baju terus difoto"),
    # 5. recording changing, threat to spread
    ("ja", "sexual_violence", "着替えを盗撮されて、言うこと聞かないと動画をみんなに見せるって"),
    ("en", "sexual_violence", "my roommate filmed me changing and says meet him or hell post it"),
    ("en", "sexual_violence", "he has the video and says come over or ill send it to everyone"),
    ("zh-hans", "sexual_violence", "室友偷拍我换衣服，说不然就发到网上"),
    ("ko", "sexual_violence", "옆방 사람이 옷 갈아입는 걸 몰래 찍었어요"),
    ("pt", "sexual_violence", "ele me filmou trocando de roupa e diz que se não for lá espalha"),
    ("es", "sexual_violence", "me grabó cambiándome y dice que si no voy lo subo, digo, lo sube"),
    ("th", "sexual_violence", "เพื่อนร่วมห้องแอบถ่ายตอนเปลี่ยนเสื้อ"),
    ("vi", "sexual_violence", "hắn quay lén em lúc thay đồ"),
    ("id", "sexual_violence", "dia motret aku diem2 pas ganti baju"),
    ("tl", "sexual_violence", "vinideohan niya ako habang nagbibihis"),
    # 6. pinned down on a bed
    ("ja", "sexual_violence", "夜勤の休憩中、上司に仮眠室のベッドに押さえつけられた"),
    ("en", "sexual_violence", "a customer pinned me down on the bed in the massage room"),
    ("zh-hans", "sexual_violence", "值班的时候医生把我按在床上"),
    ("ko", "sexual_violence", "손님이 침대에 눌러서 못 움직이게 했어요"),
    ("pt", "sexual_violence", "o cliente me prendeu na cama e eu não consegui sair"),
    ("es", "sexual_violence", "el cliente me sujetó en la cama"),
    ("tl", "sexual_violence", "dinaganan niya ako sa kama"),
    ("th", "sexual_violence", "ลูกค้ากดฉันไว้กับเตียง"),
    ("vi", "sexual_violence", "khách đè em xuống giường"),
    ("id", "sexual_violence", "tamu itu nahan aku di kasur"),
    # 7. going now to confront, cannot stop
    ("ja", "danger_other", "息子をいじめたやつの家に今から行く。何するかわからん"),
    ("ja", "danger_other", "あいつだけは許せない、自分でも止められんかもしれん"),
    (
        "en",
        "danger_other",
        "im driving to his place right now, i dont know what ill do when i see him",
    ),
    ("zh-hans", "danger_other", "我现在就去找他，控制不住自己了"),
    ("ko", "danger_other", "지금 당장 찾아가서 무슨 짓을 할지 모르겠어요"),
    ("pt", "danger_other", "to indo na casa dele agora, não sei o que vou fazer"),
    ("es", "danger_other", "voy a su casa ahora, no sé lo que le voy a hacer"),
    ("tl", "danger_other", "pupuntahan ko siya ngayon, hindi ko alam ang gagawin ko"),
    ("id", "danger_other", "gw mau nyamperin dia sekarang, gak bisa nahan diri"),
    # 8. debt bondage, moved, phone taken, men at the door
    ("ja", "danger_other", "借金が返せなくて、県外の寮に明日連れて行かれる"),
    ("ja", "danger_other", "彼氏に位置情報を共有させられてる"),
    (
        "en",
        "danger_other",
        "they took my phone and there is a guard at the door, they say we move tonight",
    ),
    ("zh-hans", "danger_other", "欠了高利贷，他们说要把我女儿带走抵债"),
    ("ko", "danger_other", "도박 빚 때문에 그 사람들이 아들을 끌고 가겠대요"),
    ("pt", "danger_other", "os caras vieram no alojamento batendo na porta agora"),
    ("es", "danger_other", "por la deuda dicen que se van a llevar a mi hija"),
    ("tl", "danger_other", "kinuha nila yung cellphone ko at may nagbabantay sa pinto"),
    ("th", "danger_other", "นายหน้ายึดโทรศัพท์ไปแล้วมีคนเฝ้าประตู"),
    ("vi", "danger_other", "họ tịch thu điện thoại và có người canh cửa"),
    ("id", "danger_other", "hp aku disita dan pintunya dijaga"),
    # 9. scheduled goodbye messages
    (
        "en",
        "suicide",
        "i wrote letters to my parents and scheduled them to go out tomorrow morning",
    ),
    ("ja", "suicide", "家族にあてたメールを予約送信にした"),
    ("zh-hans", "suicide", "给爸妈写了邮件，设置了定时发送"),
    ("ko", "suicide", "엄마한테 편지 같은 메일 써서 예약 전송 해놨어요"),
    ("pt", "suicide", "escrevi cartas pra minha mãe e deixei agendadas"),
    ("es", "suicide", "escribí cartas para mi mamá y las dejé programadas"),
    ("vi", "suicide", "em viết thư cho mẹ và hẹn giờ gửi rồi"),
    ("id", "suicide", "aku nulis surat buat ibu dan dijadwalkan terkirim besok"),
    # 10. take care of the children if I'm gone
    ("pt", "suicide", "ele disse cuida dos meninos se eu não estiver mais aqui"),
    ("es", "suicide", "me dijo cuida a los niños si ya no estoy"),
    ("en", "suicide", "she texted me take care of the kids if im gone"),
    ("ja", "suicide", "夫が、俺がいなくなっても娘のことをよろしくって"),
    ("zh-hans", "suicide", "他说如果我不在了，你要照顾好孩子"),
    ("ko", "suicide", "내가 없으면 애들 잘 부탁해"),
    ("tl", "suicide", "sabi niya alagaan mo ang mga bata pag wala na ako"),
    ("id", "suicide", "dia bilang jaga anak-anak kalo aku udah gak ada"),
    # 11. padlocked fridge
    ("pt", "child_abuse", "a madrasta colocou um cadeado na geladeira e ele passa fome"),
    ("es", "child_abuse", "su padrastro le puso candado a la nevera"),
    ("en", "child_abuse", "her stepdad put a padlock on the fridge and she only eats at school"),
    ("ja", "child_abuse", "継父が冷蔵庫に鍵をかけて、あの子は給食しか食べてない"),
    ("zh-hans", "child_abuse", "继父把冰箱锁起来，孩子只能在学校吃饭"),
    ("ko", "child_abuse", "새아빠가 냉장고에 자물쇠를 달았대요"),
    ("tl", "child_abuse", "kinandado ng tito niya ang ref"),
    ("id", "child_abuse", "ayah tirinya gembok kulkas, anak itu kelaparan"),
    ("vi", "child_abuse", "bố dượng khóa tủ lạnh, thằng bé chỉ ăn ở trường"),
    # 12. small child alone outside or fed with the dog
    (
        "es",
        "child_abuse",
        "el niño de al lado está solo en la escalera otra vez, llorando, nadie abre",
    ),
    ("en", "child_abuse", "his dad makes him eat out of the dog bowl"),
    ("zh-hans", "child_abuse", "他妈让他用狗碗吃饭"),
    ("ja", "child_abuse", "隣の子がいぬの皿でご飯を食べさせられてる"),
    ("ko", "child_abuse", "옆집 애가 맨발로 혼자 복도에 있는데 울고 있어요"),
    (
        "pt",
        "child_abuse",
        "a criança do vizinho está sozinha no corredor de novo, chorando e com febre",
    ),
    ("th", "child_abuse", "พ่อให้เด็กกินข้าวในชามหมา"),
    ("id", "child_abuse", "anak tetangga disuruh makan dari mangkok anjing"),
    # 13. swallowed battery
    ("tl", "danger_other", "nalunok ng anak ko yung battery ng relo"),
    ("en", "danger_other", "my toddler swallowed a button battery from the remote"),
    ("ja", "danger_other", "子どもがボタン電池を飲み込んだみたい"),
    ("zh-hans", "danger_other", "宝宝吞了一颗纽扣电池"),
    ("ko", "danger_other", "아기가 수은전지를 삼켰어요"),
    ("pt", "danger_other", "meu filho engoliu uma bateria pequena"),
    ("es", "danger_other", "mi bebé se tragó una pila"),
    ("th", "danger_other", "ลูกกลืนถ่านกระดุม"),
    ("vi", "danger_other", "con tôi nuốt phải viên pin"),
    ("id", "danger_other", "anakku nelan baterai jam"),
    # 14. mushrooms, cannot be woken
    ("id", "danger_other", "kami makan jamur dari hutan, sekarang semua muntah"),
    ("en", "danger_other", "we ate wild mushrooms and now my dad is vomiting and passed out"),
    ("ja", "danger_other", "山で採ったきのこを食べたら、みんな吐いてる"),
    ("zh-hans", "danger_other", "吃了山上采的蘑菇，现在一直吐"),
    ("ko", "danger_other", "산에서 딴 버섯을 먹고 다들 토하고 있어요"),
    ("pt", "danger_other", "comemos cogumelos do mato e agora ela não acorda"),
    ("es", "danger_other", "comimos hongos del monte y ahora está vomitando"),
    ("tl", "danger_other", "kumain kami ng kabute, nagsusuka na sila"),
    ("th", "danger_other", "กินเห็ดป่าแล้วอาเจียนไม่หยุด"),
    ("vi", "danger_other", "ăn nấm rừng xong cả nhà nôn"),
    # 15. don't tell mum's boyfriend
    ("ja", "child_abuse", "近所の子の目が腫れてて、ママの彼氏には言わないでって言われた"),
    (
        "en",
        "child_abuse",
        "the boy had a swollen lip and begged me dont tell my moms boyfriend",
    ),
    ("zh-hans", "child_abuse", "孩子脸上有伤，求我别告诉妈妈的男朋友"),
    ("ko", "child_abuse", "아이가 엄마 남자친구한테 말하지 마세요라고 했어요"),
    ("pt", "child_abuse", "ele pediu não conta pro padrasto, estava com o olho roxo"),
    ("es", "child_abuse", "la niña me pidió que no le digas al padrastro"),
    ("tl", "child_abuse", "sabi ng bata wag sabihin kay tito, may pasa siya"),
    ("th", "child_abuse", "เด็กขอร้องว่าอย่าบอกพ่อเลี้ยงนะ"),
    ("vi", "child_abuse", "đứa bé xin đừng nói với bố dượng"),
    ("id", "child_abuse", "anak itu minta jangan bilang ke ayah tiri"),
    # 16. dialect endings
    ("ja", "suicide", "家族さ迷惑ばっかかけで、もう終わりにすっぺ"),
    ("ja", "suicide", "もう終わりにするべと思ってる"),
    ("ja", "suicide", "こんな体で生きてたって迷惑かけるだけ"),
    ("ja", "suicide", "ima made arigatou ne, mou owari ni shiyou"),
    # 17. boiling water
    ("id", "dv", "suamiku nyiram air mendidih ke kaki aku"),
    ("en", "dv", "my husband threw boiling water on me"),
    ("pt", "dv", "meu marido jogou água fervendo em mim"),
    ("es", "dv", "mi esposo me tiró agua hirviendo"),
    ("tl", "dv", "binuhusan ako ng asawa ko ng kumukulong tubig"),
    ("zh-hans", "dv", "老公把开水泼在我身上"),
    ("ko", "dv", "남편이 끓는 물을 부었어요"),
    ("th", "dv", "สามีสาดน้ำร้อนใส่"),
    ("vi", "dv", "chồng hắt nước sôi vào tôi"),
    ("ja", "dv", "夫に熱湯をかけられた"),
    # 18. partner sending photos of own wounds
    ("ko", "self_harm", "전 남친이 자기 몸에 상처 낸 사진을 보내요"),
    ("en", "self_harm", "my ex keeps sending me photos of his cuts"),
    ("ja", "self_harm", "元彼が自分でつけた傷の写真を送ってくる"),
    ("pt", "self_harm", "meu ex fica mandando fotos dele se cortando"),
    ("es", "self_harm", "mi ex me manda fotos de sus cortes"),
    ("id", "self_harm", "mantan ngirim foto luka sayatan di tangannya"),
    # 19. self-harm bleeding, afraid of hospital
    ("vi", "self_harm", "em lại tự rạch tay, chảy máu nhiều quá"),
    ("vi", "self_harm", "hôm nay em lại làm mình bị thương"),
    ("en", "self_harm", "i cut myself and im bleeding a lot but too scared to go to the hospital"),
    ("id", "self_harm", "aku nyilet diri sendiri, darahnya banyak banget"),
    ("tl", "self_harm", "sinugatan ko ang sarili ko, dumudugo pa"),
    # 20. thrown objects, dragged out
    ("en", "dv", "my girlfriend threw a glass at my head, i needed stitches"),
    ("tl", "dv", "kinaladkad nya ako palabas ng bahay kagabi"),
    ("pt", "dv", "se eu contar pra alguém nunca mais vejo as crianças, ele diz"),
    # 21. own disappearance right, time to go
    ("ko", "suicide", "다 제 잘못이에요. 제가 사라지는 게 맞아요"),
    ("ne", "suicide", "ma sakdina aba, mero tarf bata sabai sanga maaf magnu"),
    ("ne", "suicide", "ma thakeko chu, sabai kura sakiyo, ma aba jaane bela bhayo"),
    # 22. employer-endorsed coercion; forced touching
    (
        "en",
        "sexual_violence",
        "a guest took me to his hotel, i said no but the owner said its part of the job",
    ),
    ("ne", "sexual_violence", "कार्यक्रमपछि उनले गाडीमा जबरजस्ती छोए"),
    ("ne", "sexual_violence", "usle gadi ma jabarjasti chhoyo"),
]

HARMLESS = [
    # 1
    ("ja", "首にマフラーを巻いて出かけた。次は本気で勝つ"),
    ("en", "next time for real i will beat you at chess"),
    ("zh-hans", "下次我们来真的比赛吧"),
    # 2
    ("en", "my husband drove me to the hospital after i twisted my ankle"),
    ("ja", "夫が病院に連れて行ってくれた"),
    ("pt", "meu marido me levou ao hospital"),
    # 3
    ("ja", "夜中に猫が布団に入ってきて可愛かった"),
    ("en", "my toddler crawled into my bed at 3am again, so tired"),
    ("en", "for my law class: what does consent mean in japanese law?"),
    # 4
    ("ja", "制服の採寸で上着を脱いで写真を撮ってもらった"),
    ("en", "they told me to take off my hat for the passport photo"),
    ("id", "foto untuk paspor harus buka kacamata"),
    # 5
    ("en", "my mum filmed my sisters birthday and shared the video with grandma"),
    ("zh-hans", "我把生日视频发给了家人"),
    # 6
    ("en", "the kids pinned me down on the bed in a pillow fight, so fun"),
    ("ja", "新しいベッドが届いた"),
    # 7
    ("ja", "今から学校の面談に行く。何を話すかわからないけど"),
    ("en", "i cant stop eating chocolate"),
    # 8
    ("ja", "借金の返し方を相談したい"),
    ("en", "i handed in my phone at the factory gate as usual"),
    # 9
    ("en", "i scheduled a birthday email to my sister for friday"),
    ("ja", "仕事のメールを予約送信にした"),
    # 10
    ("pt", "pode cuidar dos meninos enquanto eu estiver no hospital amanhã?"),
    ("en", "can you look after the kids while im at work"),
    # 11
    ("en", "we put a child lock on the fridge because our toddler opens it"),
    ("pt", "coloquei um cadeado na bicicleta"),
    # 12
    ("es", "los niños juegan afuera en el parque con sus amigos"),
    ("en", "we bought a new dog bowl for our puppy"),
    # 13
    ("en", "how should i store button batteries safely at home?"),
    ("tl", "naubos ang baterya ng remote"),
    ("ja", "子どもがボタン電池を飲み込んだらどうする？"),
    ("zh-hans", "万一孩子吞了电池怎么办"),
    ("vi", "nếu bé nuốt phải pin thì làm gì"),
    ("es", "qué hacer si un niño se tragó una pila"),
    # 14
    ("id", "resep tumis jamur yang enak apa ya"),
    ("ja", "きのこ狩りのおすすめの場所は"),
    ("en", "i cant wake up early on weekends"),
    # 15
    ("ja", "子どもがお母さんにはプレゼントのこと言わないでって"),
    ("en", "dont tell mom about the surprise party"),
    # 16
    ("ja", "今日の仕事はもう終わりにすっぺ"),
    ("ja", "arigatou, kyou wa mou owari ni suru ne"),
    # 17
    ("en", "my husband spilled hot tea on himself by accident"),
    ("id", "masak mie pakai air mendidih"),
    # 18
    ("en", "my friend sent a photo of his grazed knee from football"),
    # 19
    ("en", "i cut my finger while cooking, it bled a bit"),
    ("ja", "食べるのが自分でも止められない"),
    ("ja", "家族に位置情報を共有してる"),
    ("ja", "借金を返すために県外の寮付きの工場で働くことにした"),
    ("ja", "お世話になりました。今日はもう終わりにしよう"),
    ("ja", "首を痛めた。次は本気でやる"),
    ("ja", "旅行の写真をみんなに見せるって約束した"),
    ("ja", "母の日のメッセージを予約送信した"),
    ("ja", "手術の前に、何かあったら子どもを頼むと夫に言った"),
    ("ja", "赤ちゃんが開けるので冷蔵庫にかぎをつけた"),
    ("ko", "아기 옷 벗기고 목욕 사진 찍었어요"),
    ("ko", "이 앱이 배터리를 많이 먹었어요"),
    ("zh-hans", "把手机压在床上了"),
    ("zh-hans", "宝宝脱了衣服拍照留念"),
    ("en", "we choked in the final, next time it will be for real"),
    ("en", "we put a lock on the fridge because our toddler keeps opening it"),
    ("en", "i refused overtime and the boss said ill lose my job"),
    ("es", "si falto al trabajo mañana cuida a los niños"),
    ("pt", "o aplicativo comeu a bateria do celular"),
    ("id", "game ini makan baterai banget"),
    ("tl", "mamaya tapos na ako sa trabaho"),
    ("tl", "hinila niya ako palabas para sumayaw"),
    ("vi", "tôi trượt chân làm mình bị thương nhẹ"),
    ("ne", "thakeko chu, ghar aba jaane bela bhayo"),
    # FA look-alikes
    ("ja", "卒論で性暴力被害者のための支援センターについて調べています。資料はありますか"),
    ("en", "lost the match again, i want to die not really lol. any board game cafes?"),
    ("zh-hans", "学校组织家长看预防虐待儿童的讲座，有翻译吗"),
    ("zh-hans", "看这部电视剧笑得要死，推荐给大家"),
    ("ko", "아동학대 예방 교육 영상이 있나요"),
    ("th", "เคยถูกอดีตสามีทำร้ายสมัยก่อน ตอนนี้ชีวิตดีแล้ว อยากถามเรื่องเอกสารเปลี่ยนชื่อ"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
