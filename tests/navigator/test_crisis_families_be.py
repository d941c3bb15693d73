"""Crisis families from crisisBE: the danger-signal families of `danger_other` (as ja.yaml
has them) brought to the ten other languages, in our own wording, each with look-alikes
that must stay harmless. Every language file is applied to every message.

1. A threat to kill or hurt (said he'd kill me, pulled a knife) beside someone following,
   waiting outside or keeping one shut in: danger now (en, es, pt, tl, id, vi, zh-hans,
   ko, th, ne).
2. A threat or a pursuit beside the emergency of now: hiding, the police called for, the
   phone taken (the same languages).
3. Two signs of an emergency now count as two (`STACKING_FAMILIES`): a person collapsed
   or choking and not breathing, turning blue, not waking (the same languages).
4. Look-alikes: one sign alone (a follow on Instagram, a friend waiting outside, "my mom
   will kill me", a game, a film, out of breath after a run, a door locked while waiting
   for the locksmith, "dying to see it"), a faint told as over (es, tl, en, id), a parent's
   "will kill me" over marks (vi), a pet following one about or a knife in a game (zh-hans),
   a friend waiting outside (es): silent.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

D = "danger_other"

CRISIS = [
    # en
    ("en", D, "my ex said hed kill me and now his car is parked outside my building"),
    ("en", D, "this guy pulled a knife on the bus earlier, now hes been following me for 3 blocks"),
    ("en", D, "he locked me in the bedroom and took my phone, im using my tablet"),
    ("en", D, "guy from work keeps showing up at my place, im hiding in the bathroom rn"),
    ("en", D, "he texted ur dead when i see u. hes outside my door right now"),
    ("en", D, "the guy whos been following me all week pulled a knife when i told him to go away"),
    ("en", D, "my stepbrother threatened me again and i locked myself in my room, please hurry"),
    # es
    ("es", D, "mi ex me amenazó por whatsapp y ahora está afuera de mi casa"),
    ("es", D, "un tipo me sigue desde el metro, estoy escondida en una tienda"),
    ("es", D, "me encerró en el cuarto y me quitó el celular, le escribo desde la compu"),
    ("es", D, "dice q estoy muerta y averiguó dónde vivo"),
    # pt
    ("pt", D, "meu ex falou que vai me matar e ta parado em frente do meu prédio"),
    ("pt", D, "um cara ta me seguindo desde o ponto, to escondida numa farmacia"),
    ("pt", D, "ele me trancou no quarto e pegou meu celular"),
    ("pt", D, "ele puxou uma faca na festa e agora ta me esperando la fora"),
    # tl
    ("tl", D, "papatayin daw ako ng ex ko, nasa labas ng bahay namin sya ngayon"),
    ("tl", D, "may lalaking sumusunod sa akin mula sa jeep, nagtatago ako sa tindahan"),
    ("tl", D, "kinulong ako ni kuya sa kwarto tapos kinuha cellphone ko"),
    # id
    ("id", D, "mantan gue ngancem bunuh, sekarang dia nungguin gue di depan kosan"),
    ("id", D, "ada cowok ngikutin aku dari stasiun, aku lagi sembunyi di minimarket"),
    ("id", D, "aku dikunci di kamar sama dia, hpku diambil"),
    # vi
    ("vi", D, "người yêu cũ dọa giết tôi, giờ anh ta đứng trước nhà"),
    ("vi", D, "có người bám theo em từ trạm xe buýt, em đang trốn trong quán"),
    ("vi", D, "anh ta nhốt tôi trong phòng và lấy điện thoại của tôi"),
    # zh-hans
    ("zh-hans", D, "前男友说要弄死我，现在在我家楼下等着"),
    ("zh-hans", D, "有个男的一直跟着我，我躲在便利店里"),
    ("zh-hans", D, "他把我锁在屋里，还收了我手机"),
    # ko
    ("ko", D, "전남친이 죽여버린다고 문자 보내고 지금 집 앞에서 기다리고 있어요"),
    ("ko", D, "어떤 남자가 역에서부터 따라오고 있어요 지금 화장실에 숨어 있어요"),
    ("ko", D, "그 사람이 방에 가둬놓고 폰을 뺏어갔어요"),
    # th
    ("th", D, "แฟนเก่าขู่จะฆ่าฉัน ตอนนี้เขายืนอยู่หน้าบ้าน"),
    ("th", D, "มีผู้ชายเดินตามหนูมาจากสถานี ตอนนี้หนูซ่อนอยู่ในร้าน"),
    ("th", D, "เขาขังฉันไว้ในห้องแล้วยึดโทรศัพท์ไป"),
    # ne
    ("ne", D, "पुरानो केटाले मार्छु भन्यो, अहिले ढोका अगाडि उभिएर पर्खिरहेको छ"),
    ("ne", D, "एउटा मान्छे बसपार्कदेखि मलाई पछ्याइरहेको छ, म पसलमा लुकेर बसेको छु"),
    # two signs of an emergency now
    ("en", D, "my friend cant breathe and her lips are turning blue, were at the park"),
    ("ko", D, "할머니가 갑자기 쓰러졌는데 숨을 못 쉬어요"),
    ("vi", D, "ông tôi ngất xỉu trong nhà tắm, gọi không tỉnh"),
    ("id", D, "adikku keselek permen, mukanya biru"),
    ("th", D, "เพื่อนร่วมงานล้มฟุบแล้วหายใจไม่ได้"),
    ("zh-hans", D, "同事突然倒在地上，喘不过气"),
    ("es", D, "mi hijo está atragantado con una uva y se está poniendo morado"),
    ("pt", D, "meu avô desmaiou e ta ficando roxo"),
    ("tl", D, "nabulunan si bunso, nangingitim na ang labi"),
    ("ne", D, "बुवा बेहोस हुनुभयो, सास फेर्न सक्दैन"),
]

HARMLESS = [
    # en
    ("en", "my mom will kill me if she sees my grades lol"),
    ("en", "a cute guy started following me on insta"),
    ("en", "my uber is parked outside my building, see you soon"),
    ("en", "in the game the boss pulled a knife and I died again"),
    ("en", "I fainted once at school years ago, should I tell the doctor"),
    ("en", "im dying to see the new movie"),
    # es
    ("es", "mi mamá me va a matar si ve mis notas jaja"),
    ("es", "un chico guapo me sigue en instagram"),
    ("es", "mi amiga me está esperando afuera del cine"),
    ("es", "mi amiga me está esperando en el cine"),
    ("es", "en la película el asesino tiene un cuchillo"),
    # pt
    ("pt", "minha mãe vai me matar se ver minha nota kkk"),
    ("pt", "ele me segue no insta faz tempo"),
    ("pt", "meu pai ta me esperando na porta da escola"),
    ("pt", "desmaiei uma vez ano passado no calor"),
    # tl
    ("tl", "papatayin ako ni mama pag nakita nya grades ko haha"),
    ("tl", "nasa labas ng bahay namin yung grab, tara na"),
    ("tl", "sa laro may hawak na kutsilyo yung kalaban"),
    # id
    ("id", "nyokap bakal bunuh gue kalo tau nilai gue wkwk"),
    ("id", "temen gue nungguin gue di depan kosan mau jalan"),
    ("id", "dulu aku pernah pingsan waktu upacara"),
    # vi
    ("vi", "mẹ mà thấy điểm chắc giết tôi mất haha"),
    ("vi", "bạn em đang chờ trước nhà để đi chơi"),
    ("vi", "phim này nhân vật chính cầm dao đánh nhau hay lắm"),
    # zh-hans
    ("zh-hans", "我妈看到我的成绩会杀了我哈哈"),
    ("zh-hans", "我家狗狗一直跟着我，好可爱"),
    ("zh-hans", "游戏里那个boss拿着刀追我"),
    # ko
    ("ko", "엄마가 성적표 보면 나 죽일 거야 ㅋㅋ"),
    ("ko", "친구가 집앞에서 기다리고 있어서 나갈게"),
    ("ko", "작년에 헌혈하다가 기절한 적 있어요"),
    # th
    ("th", "แม่เห็นเกรดต้องฆ่าฉันแน่ๆ 555"),
    ("th", "เพื่อนรอหน้าบ้านแล้ว ไปก่อนนะ"),
    ("th", "ในเกมมีตัวละครถือมีดวิ่งไล่"),
    # ne
    ("ne", "साथी घर अगाडि उभिएको छ, घुम्न जाँदैछौं"),
    ("ne", "फिल्ममा हिरोले खुकुरी बोकेर लड्यो"),
    ("ne", "दौडेर सास फेर्न सक्दैन जस्तो भयो, थकाइ लाग्यो"),
    # out of breath, locked doors, past faints, films
    ("en", "I was choking on my coffee when the fire alarm test went off at work lol"),
    ("en", "im hiding in the bathroom from my kids lol, please hurry up summer break"),
    ("en", "we called the police about the noisy party outside my house last week"),
    ("en", "in the movie the killer pulled a knife and followed her home"),
    ("en", "she fainted at practice but shes fine now"),
    ("es", "me muero de ganas de verte, mi mamá me mata si llego tarde"),
    ("es", "la puerta está cerrada con llave, no puedo salir hasta que llegue mi hermano jaja"),
    ("es", "mi abuela se desmayó el año pasado pero ya está bien"),
    ("es", "en el juego el jefe final tiene un cuchillo gigante jaja"),
    ("pt", "no filme o vilão puxou uma faca e ficou me esperando... medo kkk"),
    ("pt", "minha chave quebrou, a porta ta trancada e nao consigo sair pra trabalhar, que raiva"),
    ("tl", "nahimatay ako kahapon sa init pero okay na ako ngayon"),
    ("tl", "hindi makahinga sa tawa grabe kayo"),
    ("id", "aku sesak napas pas lari pagi, capek banget"),
    ("id", "ngumpet di kamar dari nyokap biar ga disuruh nyuci piring wkwk"),
    ("id", "pintunya kekunci, gak bisa keluar, nunggu tukang kunci, bete"),
    ("vi", "khó thở vì chạy bộ xa quá, mệt xỉu luôn"),
    ("vi", "cửa bị khóa, không ra được, chờ bác bảo vệ mở, chán ghê"),
    ("zh-hans", "今天跑步跑得喘不过气，累死了"),
    ("zh-hans", "门锁着，出不来，等开锁师傅，好烦"),
    ("zh-hans", "电影里杀手拿着刀在门口等她"),
    ("ko", "운동하다가 숨을 못 쉬어서 좀 쉬었어"),
    ("ko", "열쇠를 잃어버려서 못 나가고 있어 ㅠㅠ 문이 잠겨서"),
    ("th", "วิ่งจนหายใจไม่ออก เหนื่อยมาก"),
    ("th", "กุญแจหาย ประตูล็อก ออกไม่ได้ รอช่างอยู่ น่าเบื่อ"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
