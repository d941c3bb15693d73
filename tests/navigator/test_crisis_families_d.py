"""Crisis families left alone by the last session (crisD): probes written by us.

1. Ending a relationship, a job, a contract or a habit is no suicide ("ready to end it
   with my boyfriend", 「彼とはもう終わりにする覚悟」); "end it all", "end my life" and a
   bare "end it" after despair still are.
2. "I'm ready to go (now)" after despair, or with a message for one's mother, is a
   farewell; ready to go to work, school or a party is not.
3. A boss, teacher, coach or customer hugging, kissing or touching someone who does not
   want it is sexual violence; partners, family affection and greetings are not.
4. A little sister, a child or a pet coming into one's room at night is harmless; a man
   or a relative doing it with touching stays a crisis.
5. A partner holding a knife or another weapon, threatening, is dv (and danger).
6. A pet hit by a family member is no child abuse.
7. An adult son or brother (often mentally ill) raging at or hitting a parent is
   danger_other, not child abuse.
"""

from __future__ import annotations

import pytest

from tsunagari.navigator.engine.crisis import detect_crisis

# (family, lang, kind, text): the message is a crisis of that kind.
CRISIS = [
    # 1. "end it" with no object, "end it all", "end my life", after despair.
    (1, "en", "suicide", "nothing matters anymore and nobody would notice. I'm ready to end it"),
    (1, "en", "suicide", "I'm so tired of everything. I'm ready to end it."),
    (1, "en", "suicide", "I'm ready to end my life"),
    (1, "ja", "suicide", "生きる意味がない。もう全部終わりにする覚悟はできた"),
    (1, "ja", "suicide", "人生を終わりにする覚悟ができた"),
    (1, "zh-hans", "suicide", "活着没意思，我准备好结束自己的生命了"),
    (1, "ko", "suicide", "사는 게 의미가 없어요. 내 인생을 끝낼 각오가 됐어요"),
    (1, "pt", "suicide", "não aguento mais, estou pronta para acabar com a minha vida"),
    (1, "es", "suicide", "ya no puedo más, estoy lista para terminar con mi vida"),
    (1, "tl", "suicide", "pagod na ako sa lahat, handa na akong tapusin ang buhay ko"),
    (1, "th", "suicide", "ไม่อยากอยู่แล้ว พร้อมจะจบชีวิตตัวเองแล้ว"),
    (1, "vi", "suicide", "tôi mệt mỏi lắm rồi, tôi sẵn sàng kết thúc cuộc đời mình"),
    (1, "id", "suicide", "aku sudah capek, aku siap mengakhiri hidupku"),
    (1, "ne", "suicide", "म थाकेँ, म मेरो जीवन अन्त्य गर्न तयार छु"),
    (1, "en", "suicide", "I broke up with him. I am ready to end it all"),
    (1, "ja", "suicide", "彼とはもう終わり。生きてる意味がない。全部終わりにする"),
    # 2. Ready to go, after despair or with love sent to one's mother.
    (2, "en", "suicide", "I'm ready to go now, tell mom I love her"),
    (2, "en", "suicide", "I'm tired of fighting. I'm ready to go"),
    (2, "en", "suicide", "nobody would miss me anyway. im ready to go now"),
    (2, "en", "suicide", "I am ready to go. tell my sister I love her"),
    (2, "ja", "suicide", "もう疲れた。逝く準備はできた。お母さんに大好きって伝えて"),
    (2, "ja", "suicide", "もう行く準備はできてる。ママに愛してるって伝えてね"),
    (2, "zh-hans", "suicide", "我准备好走了，告诉妈妈我爱她"),
    (2, "ko", "suicide", "이제 갈 준비가 됐어. 엄마한테 사랑한다고 전해줘"),
    (2, "pt", "suicide", "estou pronta para ir. diga à minha mãe que eu a amo"),
    (2, "es", "suicide", "ya estoy listo para irme. dile a mi mamá que la quiero"),
    (2, "tl", "suicide", "handa na akong umalis. sabihin mo kay mama na mahal ko siya"),
    (2, "th", "suicide", "ฉันพร้อมจะไปแล้ว บอกแม่ด้วยว่ารักแม่"),
    (2, "vi", "suicide", "tôi sẵn sàng ra đi rồi. nói với mẹ là tôi thương mẹ"),
    (2, "ne", "suicide", "म जान तयार छु। आमालाई माया गर्छु भनिदिनु"),
    (2, "id", "suicide", "aku sudah siap pergi. bilang ke ibu aku sayang dia"),
    # 3. Unwanted hugs, kisses or touching by a boss, teacher, coach or customer.
    (3, "vi", "sexual_violence", "sếp ôm và hôn em trong kho, em không muốn"),
    (3, "vi", "sexual_violence", "thầy giáo hay ôm em và sờ người em, em rất sợ"),
    (3, "en", "sexual_violence", "my boss hugs and kisses me in the storeroom. I don't want it"),
    (3, "en", "sexual_violence", "my coach keeps hugging me and touching me, I hate it"),
    (3, "en", "sexual_violence", "a customer kissed me at work, I didn't want it"),
    (3, "ja", "sexual_violence", "上司が倉庫で抱きついてきてキスされた。いやだった"),
    (3, "ja", "sexual_violence", "せんせい が ぎゅって して きて いや"),
    (3, "ja", "sexual_violence", "店長にハグされたり触られたりする。やめてほしい"),
    (3, "zh-hans", "sexual_violence", "老板在仓库里抱我亲我，我不愿意"),
    (3, "zh-hans", "sexual_violence", "教练总是抱我，还摸我，我很讨厌"),
    (3, "ko", "sexual_violence", "사장님이 창고에서 저를 껴안고 뽀뽀해요. 싫어요"),
    (3, "ko", "sexual_violence", "선생님이 자꾸 안고 만져요. 싫어요"),
    (3, "pt", "sexual_violence", "meu chefe me abraça e me beija no depósito, eu não quero"),
    (3, "pt", "sexual_violence", "o treinador fica me abraçando e me tocando, eu não gosto"),
    (3, "es", "sexual_violence", "mi jefe me abraza y me besa en el almacén, yo no quiero"),
    (3, "es", "sexual_violence", "un cliente me besó en el trabajo sin que yo quisiera"),
    (3, "tl", "sexual_violence", "niyayakap at hinahalikan ako ng amo ko sa bodega, ayoko"),
    (3, "th", "sexual_violence", "หัวหน้ากอดและจูบฉันในห้องเก็บของ ฉันไม่ต้องการ"),
    (3, "ne", "sexual_violence", "मालिकले मलाई स्टोरमा अँगालो हालेर म्वाइँ खान्छ, मलाई मन पर्दैन"),
    (3, "id", "sexual_violence", "bosku memeluk dan mencium aku di gudang, aku tidak mau"),
    (3, "id", "sexual_violence", "guruku sering memeluk dan meraba aku, aku takut"),
    # A partner's hug with violence after it is still dv.
    (3, "ko", "dv", "남자친구가 안아주다가 갑자기 목을 졸랐어요"),
    (3, "pt", "dv", "meu namorado me abraçou e depois me bateu"),
    (3, "id", "dv", "pacarku memelukku lalu menamparku"),
    # 4. A man or a relative coming into her room at night, with touching.
    (4, "pt", "sexual_violence", "meu padrasto entra no meu quarto à noite e me toca"),
    (4, "pt", "sexual_violence", "um homem entra no meu quarto de noite e mexe em mim"),
    (4, "es", "sexual_violence", "mi padrastro entra a mi cuarto de noche y me toca"),
    (4, "es", "sexual_violence", "mi tío entra en mi habitación por la noche y me manosea"),
    (4, "es", "sexual_violence", "mi hermano entra a mi cuarto de noche y me toca"),
    (4, "pt", "sexual_violence", "meu irmão entra no meu quarto à noite e me toca"),
    # 5. A partner with a knife or another weapon, threatening.
    (5, "ko", "dv", "남편이 칼을 들고 있어요. 무서워요"),
    (5, "ko", "dv", "남편이 칼을 들고 죽이겠다고 해요"),
    (5, "ko", "dv", "남자친구가 칼을 들고 협박해요"),
    (5, "en", "dv", "my husband is holding a knife and says he will kill me"),
    (5, "en", "dv", "my boyfriend grabbed a knife and is threatening me"),
    (5, "ja", "dv", "夫が包丁を持って暴れている"),
    (5, "ja", "dv", "かれし が ほうちょう を もって おどしてくる"),
    (5, "zh-hans", "dv", "老公拿着刀要杀我"),
    (5, "pt", "dv", "meu marido pegou uma faca e está me ameaçando"),
    (5, "es", "dv", "mi esposo tiene un cuchillo y me amenaza"),
    (5, "tl", "dv", "may hawak na kutsilyo ang asawa ko at tinatakot ako"),
    (5, "th", "dv", "สามีถือมีดขู่ฉัน"),
    (5, "vi", "dv", "chồng tôi cầm dao dọa giết tôi"),
    (5, "ne", "dv", "श्रीमानले चक्कु लिएर मलाई मार्छु भन्छ"),
    (5, "id", "dv", "suamiku pegang pisau dan mengancam aku"),
    (5, "en", "danger_other", "my dad is holding a knife and yelling at mom"),
    # 7. An adult son or brother hitting or raging at a parent.
    (7, "ja", "danger_other", "精神疾患のある30歳の息子が暴れて私を殴る"),
    (7, "ja", "danger_other", "統合失調症の兄が母に暴力をふるう"),
    (7, "en", "danger_other", "my adult son has schizophrenia and hits me when he rages"),
    (7, "en", "danger_other", "my 35 year old brother with bipolar beats our mother"),
    (7, "zh-hans", "danger_other", "我30岁的儿子有精神病，发作时会打我"),
    (7, "ko", "danger_other", "정신질환이 있는 성인 아들이 저를 때려요"),
    (7, "pt", "danger_other", "meu filho adulto tem esquizofrenia e me bate"),
    (7, "es", "danger_other", "mi hijo de 30 años tiene esquizofrenia y me pega"),
    (
        7,
        "tl",
        "danger_other",
        "sinasaktan ako ng anak kong lalaki na may sakit sa pag-iisip, 30 na siya",
    ),
    (7, "th", "danger_other", "ลูกชายวัย 30 ป่วยทางจิต ทุบตีฉัน"),
    (7, "vi", "danger_other", "con trai 30 tuổi của tôi bị bệnh tâm thần, hay đánh tôi"),
    (7, "ne", "danger_other", "मानसिक रोग भएको ३० वर्षको छोराले मलाई कुट्छ"),
    (
        7,
        "id",
        "danger_other",
        "anak laki-lakiku yang sudah dewasa punya gangguan jiwa dan memukulku",
    ),
    # Second round, other wordings.
    (1, "en", "suicide", "i cant do this anymore. i'm ready to end it now"),
    (1, "ko", "suicide", "너무 지쳤어. 이제 끝낼 준비가 됐어"),
    (2, "en", "suicide", "I'm finally ready to go. please tell my mum I love her"),
    (
        2,
        "es",
        "suicide",
        "estoy cansada de todo, ya estoy lista para irme. dile a mi mamá que la amo",
    ),
    (2, "id", "suicide", "aku capek banget. aku siap pergi. bilang ke mama aku sayang dia"),
    (3, "en", "sexual_violence", "my manager keeps kissing me at work and I don't want it"),
    (3, "ja", "sexual_violence", "バイト先の店長に毎回ハグされる。本当にいや"),
    (3, "ko", "sexual_violence", "알바 사장님이 자꾸 안아요. 너무 싫어요"),
    (3, "zh-hans", "sexual_violence", "店长老是抱我，我很害怕"),
    (3, "es", "sexual_violence", "mi profesor me abraza y me toca, no me gusta"),
    (3, "vi", "sexual_violence", "ông chủ hay ôm em, em sợ lắm"),
    (3, "th", "sexual_violence", "เจ้านายชอบกอดฉัน ฉันไม่ชอบเลย"),
    (3, "tl", "sexual_violence", "laging niyayakap ako ng boss ko, ayoko"),
    (5, "en", "dv", "my husband has a knife and is screaming at me"),
    (5, "ko", "dv", "남친이 칼 들고 죽인다고 해요"),
    (5, "ja", "dv", "夫が包丁を持ってる。こわい"),
    (5, "vi", "dv", "chồng cầm dao đuổi tôi"),
    (5, "ne", "dv", "श्रीमानले चक्कु लिएर धम्की दिन्छ"),
    (7, "en", "danger_other", "my 40 year old son with schizophrenia attacked me"),
    (7, "ja", "danger_other", "ひきこもりの息子（35歳）が暴れて母親を殴る"),
    (7, "ko", "danger_other", "30대 아들이 조현병인데 엄마를 때려요"),
]

# (family, lang, text): no crisis.
HARMLESS = [
    # 1. Ending a relationship, a job, a contract, a habit.
    (1, "en", "I'm ready to end it with my boyfriend"),
    (1, "en", "I'm ready to end things with my girlfriend, she cheated"),
    (1, "en", "thinking about ending it with him, we fight all the time"),
    (1, "en", "I'm ready to end my contract with the agency"),
    (1, "ja", "彼とはもう終わりにする覚悟"),
    (1, "ja", "彼氏との関係を終わりにする覚悟ができた"),
    (1, "ja", "バイトを終わりにする覚悟はできた"),
    (1, "ja", "たばこを終わりにする覚悟ができた"),
    (1, "zh-hans", "我准备好跟男朋友结束了"),
    (1, "zh-hans", "我准备好结束这段感情了"),
    (1, "ko", "남자친구랑 끝낼 준비가 됐어요"),
    (1, "ko", "이 관계를 끝낼 각오가 됐어"),
    (1, "pt", "estou pronta para terminar com ele"),
    (1, "pt", "estou pronta para acabar com tudo com o meu namorado"),
    (1, "pt", "estou pronto para terminar o contrato com a empresa"),
    (1, "es", "estoy lista para terminar con él"),
    (1, "es", "estoy listo para terminar con todo con mi novia"),
    (1, "es", "estoy lista para terminar mi contrato"),
    (1, "tl", "handa na akong tapusin ang relasyon namin ng boyfriend ko"),
    (1, "tl", "handa na akong makipaghiwalay sa kanya"),
    (1, "th", "ฉันพร้อมจะเลิกกับแฟนแล้ว"),
    (1, "th", "ฉันพร้อมจะจบความสัมพันธ์กับเขาแล้ว"),
    (1, "vi", "tôi đã sẵn sàng kết thúc với bạn trai"),
    (1, "vi", "tôi sẵn sàng kết thúc mối quan hệ này"),
    (1, "id", "aku sudah siap mengakhiri hubungan dengan pacarku"),
    (1, "id", "aku siap putus dengan dia"),
    (1, "ne", "म प्रेमीसँगको सम्बन्ध अन्त्य गर्न तयार छु"),
    # 2. Ready to go somewhere.
    (2, "en", "I'm ready to go to work"),
    (2, "en", "ready to go to school, see you later"),
    (2, "en", "I'm ready to go to the party, tell mom I'll be back at 10"),
    (2, "en", "I'm ready to go now, tell mom I'll be home for dinner"),
    (2, "ja", "パーティーに行く準備ができた。お母さんに10時に帰るって伝えて"),
    (2, "ja", "学校に行く準備はできてる"),
    (2, "zh-hans", "我准备好去上班了"),
    (2, "ko", "학교 갈 준비가 됐어요"),
    (2, "pt", "estou pronta para ir à festa. diga à minha mãe que volto às 10"),
    (2, "es", "ya estoy listo para ir al trabajo"),
    (2, "tl", "handa na akong pumasok sa trabaho"),
    (2, "th", "พร้อมจะไปทำงานแล้ว"),
    (2, "vi", "tôi sẵn sàng đi làm rồi"),
    (2, "ne", "म स्कुल जान तयार छु"),
    (2, "id", "aku sudah siap pergi ke sekolah"),
    # 3. Hugs and kisses between partners, family, greetings.
    (3, "vi", "bạn trai ôm và hôn em ở ga"),
    (3, "vi", "mẹ ôm em và hôn lên má em"),
    (3, "en", "my boyfriend hugged and kissed me at the station"),
    (3, "en", "my grandma hugs me every time I visit"),
    (3, "ja", "彼氏が駅でハグしてキスしてくれた"),
    (3, "ja", "おばあちゃん が ぎゅって して くれた"),
    (3, "zh-hans", "男朋友在车站抱了我，亲了我"),
    (3, "ko", "남자친구가 역에서 안아주고 뽀뽀해줬어요"),
    (3, "pt", "meu namorado me abraçou e me beijou na estação"),
    (3, "es", "mi novio me abrazó y me besó en la estación"),
    (3, "tl", "niyakap at hinalikan ako ng boyfriend ko sa istasyon"),
    (3, "th", "แฟนกอดและจูบฉันที่สถานี"),
    (3, "ne", "आमाले मलाई अँगालो हालेर म्वाइँ खानुभयो"),
    (3, "id", "pacarku memeluk dan mencium aku di stasiun"),
    # 4. A sister, a child or a pet coming into one's room at night.
    (4, "pt", "minha irmãzinha entra no meu quarto à noite porque tem medo do trovão"),
    (4, "pt", "meu gato entra no meu quarto à noite e dorme na minha cama"),
    (4, "pt", "meu filho vem pro meu quarto de noite quando tem pesadelo"),
    (4, "es", "mi hermanita entra en mi cuarto por la noche porque tiene miedo"),
    (4, "es", "mi gato entra a mi cuarto en la noche y duerme conmigo"),
    (4, "es", "mi hijo viene a mi habitación de noche cuando tiene pesadillas"),
    (4, "zh-hans", "晚上妹妹会进我房间，因为她怕打雷"),
    (4, "th", "ตอนกลางคืนแมวเข้ามาในห้องฉันแล้วนอนบนเตียง"),
    (4, "ne", "राति मेरी बहिनी डराएर मेरो कोठामा आउँछे"),
    # 5. A knife used for food.
    (5, "ko", "남편이 칼로 과일을 깎아요"),
    (5, "en", "my husband is cutting vegetables with a knife"),
    (5, "ja", "夫が包丁を持って料理している"),
    (5, "vi", "chồng tôi cầm dao gọt táo cho con"),
    (1, "es", "voy a terminar con mi novio"),
    (3, "en", "my teacher hugged me when I graduated, so happy"),
    (3, "vi", "sếp ôm em chúc mừng sinh nhật"),
    (2, "en", "I am ready to go to bed"),
    (2, "ko", "이제 자러 갈 준비가 됐어요"),
    # Second round, other wordings.
    (1, "en", "I'm ready to end it with him, he's toxic"),
    (1, "en", "ready to end things with my fiance tbh"),
    (1, "ja", "あいつとはもう終わりにする"),
    (1, "ja", "元彼とはきっぱり終わりにする覚悟ができた"),
    (1, "ko", "전남친이랑은 이제 끝낼 거예요"),
    (1, "zh-hans", "我要跟他结束这段关系"),
    (1, "pt", "vou terminar com meu namorado hoje"),
    (1, "vi", "em sẵn sàng chia tay người yêu rồi"),
    (1, "tl", "tatapusin ko na ang relasyon namin"),
    (2, "en", "ready to go to the gym"),
    (2, "ja", "会社に行く準備できた"),
    (2, "ko", "회사 갈 준비 다 됐어"),
    (2, "pt", "estou pronta pra ir pro trabalho"),
    (2, "vi", "sẵn sàng đi học rồi"),
    (3, "en", "my wife hugged me and kissed me goodbye at the airport"),
    (3, "ko", "아내가 안아주고 뽀뽀해줬어요"),
    (3, "es", "mi esposa me abrazó fuerte"),
    (4, "es", "mi perrito entra a mi cuarto en la noche"),
    (4, "pt", "meu irmãozinho vem pra minha cama de noite quando tem medo"),
    (5, "en", "my husband is chopping onions with a big knife"),
    (6, "ja", "にいちゃんがねこをたたいた"),
    (6, "ko", "동생이 고양이를 발로 찼어요"),
    (6, "en", "my dad hit the dog"),
]

# (family, lang, kind, text): the message is not of that kind.
NOT_KIND = [
    # 6. A pet hit by a family member.
    (6, "ja", "child_abuse", "おとうと が ねこ を なぐってる"),
    (6, "ja", "child_abuse", "にいちゃん が いぬ を けった"),
    (6, "ja", "child_abuse", "おとうさん が いぬ を たたく"),
    (6, "ja", "child_abuse", "パパがねこをけってる。ねこがかわいそう"),
    (6, "ja", "child_abuse", "兄が猫を殴っている"),
    (6, "en", "child_abuse", "my dad kicks the dog when he is drunk"),
    (6, "en", "child_abuse", "my sister hits our cat"),
    (6, "zh-hans", "child_abuse", "爸爸踢狗"),
    (6, "ko", "child_abuse", "아빠가 강아지를 때려요"),
    (6, "pt", "child_abuse", "meu pai chuta o cachorro"),
    (6, "es", "child_abuse", "mi papá patea al gato"),
    (6, "tl", "child_abuse", "sinisipa ng tatay ko ang aso namin"),
    (6, "th", "child_abuse", "พ่อเตะหมา"),
    (6, "vi", "child_abuse", "bố tôi đá con chó"),
    (6, "id", "child_abuse", "ayahku menendang anjing kami"),
    (6, "ne", "child_abuse", "बुबाले कुकुरलाई लात हान्नुहुन्छ"),
    # 7. An adult son or brother hitting a parent.
    (7, "ja", "child_abuse", "精神疾患のある30歳の息子が暴れて私を殴る"),
    (7, "ja", "child_abuse", "統合失調症の兄が母に暴力をふるう"),
    (7, "en", "child_abuse", "my adult son has schizophrenia and hits me when he rages"),
    (7, "en", "child_abuse", "my 35 year old brother with bipolar beats our mother"),
    (7, "zh-hans", "child_abuse", "我30岁的儿子有精神病，发作时会打我"),
    (7, "ko", "child_abuse", "정신질환이 있는 성인 아들이 저를 때려요"),
    (7, "pt", "child_abuse", "meu filho adulto tem esquizofrenia e me bate"),
    (7, "es", "child_abuse", "mi hijo de 30 años tiene esquizofrenia y me pega"),
    (
        7,
        "tl",
        "child_abuse",
        "sinasaktan ako ng anak kong lalaki na may sakit sa pag-iisip, 30 na siya",
    ),
    (7, "th", "child_abuse", "ลูกชายวัย 30 ป่วยทางจิต ทุบตีฉัน"),
    (7, "vi", "child_abuse", "con trai 30 tuổi của tôi bị bệnh tâm thần, hay đánh tôi"),
    (7, "ne", "child_abuse", "मानसिक रोग भएको ३० वर्षको छोराले मलाई कुट्छ"),
    (
        7,
        "id",
        "child_abuse",
        "anak laki-lakiku yang sudah dewasa punya gangguan jiwa dan memukulku",
    ),
]


@pytest.mark.parametrize(("family", "lang", "kind", "text"), CRISIS)
def test_family_message_is_a_crisis_of_its_kind(
    family: int, lang: str, kind: str, text: str
) -> None:
    result = detect_crisis(text, lang)
    assert kind in result.kinds, (family, text, result.kinds)


@pytest.mark.parametrize(
    ("family", "lang", "text"), [(f, lang, text) for f, lang, kind, text in CRISIS if f == 5]
)
def test_weapon_held_is_a_call_to_the_police(family: int, lang: str, text: str) -> None:
    assert "110" in detect_crisis(text, lang).emergency, (family, text)


@pytest.mark.parametrize(("family", "lang", "text"), HARMLESS)
def test_near_miss_stays_harmless(family: int, lang: str, text: str) -> None:
    assert not detect_crisis(text, lang).is_crisis, (family, text)


@pytest.mark.parametrize(("family", "lang", "kind", "text"), NOT_KIND)
def test_message_is_not_of_that_kind(family: int, lang: str, kind: str, text: str) -> None:
    assert kind not in detect_crisis(text, lang).kinds, (family, text)
