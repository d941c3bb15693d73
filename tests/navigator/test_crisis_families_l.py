"""Crisis families from scenario batch 13's misses (crisisL): probes written by us.

Read by the rules alone (``learned=False``): the lexicons must carry each family.

1. Suicide, obligations settled: everything borrowed returned, the rent paid ahead, and
   nobody troubled by one any more.
2. Suicide, treatment given up (hospital, medicine, dialysis) so that one's carer (a
   daughter, a son) need no longer look after one; "when I am gone" in dialect (おらんように).
3. Suicide, a message to the family scheduled to send later (not a birthday message).
4. Suicide, not seeing oneself still alive by a season or a date, beside a pet given away.
5. Suicide, "living is for nothing" and "tonight/tomorrow I am gone" (vi), of someone else.
6. Child abuse: a carer about to hit the baby now and afraid (たたきそう。こわい).
7. Danger (119): fever or shaking and someone who does not wake when called.
8. Danger: afraid of what one will do on meeting the person one is at odds with; made to
   work in a hostess club or sell sex to pay back a debt.

Each family has harmless look-alikes that must stay silent (a library book returned, rent
paid before a trip, a scheduled birthday message, a child with a mild fever asleep, a pet
rehomed because of a move, a sleepy brother, a fan meeting her idol).
"""

from __future__ import annotations

import pytest

from tests.navigator.crisis_family import family_tests
from tsunagari.navigator.engine.crisis import detect_crisis

CRISIS = [
    (
        "ja",
        "suicide",
        "友達に借りてた本もお金も全部返した。家賃も再来月分まで払っておいた。もう誰にも迷惑かけずに済みます",
    ),
    (
        "en",
        "suicide",
        "i returned everything i borrowed from friends this week and paid my rent "
        "for the next two months. now no one will be troubled by me",
    ),
    (
        "es",
        "suicide",
        "devolví todo lo que me habían prestado y pagué el alquiler de los "
        "próximos meses. así ya no voy a molestar a nadie",
    ),
    ("zh-hans", "suicide", "借的东西都还了，房租下个月的也提前交了。这样就不会给任何人添麻烦了"),
    (
        "vi",
        "suicide",
        "em đã trả lại hết đồ đã mượn, đóng trước tiền nhà cho "
        "tháng sau. vậy là không còn làm phiền ai",
    ),
    (
        "id",
        "suicide",
        "aku sudah kembalikan semua barang yang aku pinjam. biar tidak merepotkan siapa pun",
    ),
    (
        "ko",
        "suicide",
        "빌린 물건 전부 돌려줬어. 월세도 다음 달 치까지 냈어. 이제 아무한테도 폐 안 끼쳐",
    ),
    (
        "tl",
        "suicide",
        "isinauli ko na lahat ng hiniram ko at binayaran ko na ang upa "
        "hanggang susunod na buwan. para walang maabala sa akin",
    ),
    ("th", "suicide", "คืนของที่ยืมมาหมดแล้ว จ่ายค่าเช่าเดือนหน้าไว้แล้วด้วย จะได้ไม่ทำให้ใครเดือดร้อนอีก"),
    (
        "pt",
        "suicide",
        "devolvi tudo o que tinha pegado emprestado e paguei o aluguel "
        "do mês que vem. assim não vou incomodar ninguém",
    ),
    ("ne", "suicide", "सापट लिएको सबै फिर्ता गरें। अब कसैलाई पनि दुःख दिनु पर्दैन"),
    ("ja", "suicide", "もう薬は飲まんことにした。わしがおらんくなったら、嫁も介護せんでようなる"),
    ("en", "suicide", "i decided to stop my dialysis. my son wont have to look after me anymore"),
    ("es", "suicide", "dejé el tratamiento. si ya no estoy mis hijos no tendrán que cuidarme"),
    ("zh-hans", "suicide", "我不去医院了。我走了，女儿就不用再照顾我了"),
    ("ko", "suicide", "병원에 이제 안 가기로 했어. 내가 없으면 딸이 나를 돌보지 않아도 되니까"),
    ("pt", "suicide", "parei o tratamento. minha filha não vai mais precisar cuidar de mim"),
    ("tl", "suicide", "hindi na ako magpapagamot. hindi na kailangang alagaan ako ng anak ko"),
    ("th", "suicide", "ไม่ไปหาหมอแล้ว ลูกจะได้ไม่ต้องดูแลแม่"),
    ("vi", "suicide", "bố quyết định không đi viện nữa. các con không phải chăm sóc bố nữa"),
    ("id", "suicide", "saya berhenti cuci darah. anak saya tidak perlu merawat saya lagi"),
    ("ne", "suicide", "अस्पताल जान छोडें। छोरीलाई मेरो हेरचाह गर्नु पर्दैन"),
    (
        "en",
        "suicide",
        "wrote a message to my family and scheduled it to send "
        "tomorrow morning. im so tired of everything",
    ),
    ("ja", "suicide", "家族へのメッセージを書いて、明日の朝に届くように予約した。もう疲れた"),
    (
        "es",
        "suicide",
        "dejé programado un mensaje para mi familia para que se envíe mañana. ya no puedo más",
    ),
    ("ko", "suicide", "가족에게 편지를 썼어. 내일 아침에 예약 전송 해놨어. 너무 지쳤어"),
    ("vi", "suicide", "em viết thư cho bố mẹ rồi hẹn giờ gửi sáng mai. em mệt mỏi lắm rồi"),
    ("id", "suicide", "aku sudah menjadwalkan pesan untuk keluarga besok pagi. aku capek hidup"),
    ("th", "suicide", "เขียนข้อความถึงครอบครัวแล้วตั้งเวลาส่งพรุ่งนี้เช้า เหนื่อยกับชีวิต"),
    ("ja", "suicide", "猫の引き取り先が見つかった。正直、春まで生きてる気がしない"),
    ("en", "suicide", "gave my dog to my neighbour. i can't see myself being around by christmas"),
    ("es", "suicide", "le di mi gato a una vecina. no me veo viva para navidad"),
    ("pt", "suicide", "doei meu gato. não me vejo viva até o natal"),
    ("zh-hans", "suicide", "把猫送人了。我觉得自己活不到明年"),
    ("ko", "suicide", "고양이 새 주인 찾아줬어. 솔직히 봄까지 살아있을 것 같지 않아"),
    (
        "tl",
        "suicide",
        "ibinigay ko na ang pusa ko. di ko na nakikita ang "
        "sarili ko na buhay pa pagdating ng pasko",
    ),
    ("vi", "suicide", "em đã cho con mèo rồi. em không nghĩ mình còn sống đến tết"),
    (
        "id",
        "suicide",
        "kucingku sudah aku kasih ke orang. aku gak yakin aku masih hidup sampai lebaran",
    ),
    ("th", "suicide", "ยกแมวให้เพื่อนแล้ว คงมีชีวิตอยู่ไม่ถึงปีใหม่"),
    (
        "vi",
        "suicide",
        "Bạn em nói sống chẳng để làm gì, tối nay nó đi luôn. Nó khóa cửa phòng không ra",
    ),
    ("ja", "child_abuse", "こども 1さい。 ずっと なく。 たたきそう。 こわい"),
    ("ja", "child_abuse", "赤ちゃんが泣き止まない。もう限界。叩きそうで怖い"),
    (
        "en",
        "child_abuse",
        "my newborn screams all night and i feel like im going to hit her. im scared of myself",
    ),
    ("zh-hans", "child_abuse", "宝宝两个月，整晚哭，我没睡觉，今天对他大吼，我快要打他了，好害怕"),
    (
        "tl",
        "child_abuse",
        "2 buwan ang baby ko, iyak nang iyak buong gabi. sinigawan ko "
        "siya kanina. baka mapalo ko siya. natatakot ako",
    ),
    (
        "id",
        "child_abuse",
        "bayi saya 2 bulan nangis terus semalaman. tadi saya bentak dia. saya takut saya pukul dia",
    ),
    ("ko", "child_abuse", "아기 2개월. 밤새 울어. 오늘 소리 질렀어. 때릴 것 같아. 무서워"),
    ("ne", "child_abuse", "बच्चा २ महिनाको। रातभरि रुन्छ। आज कराएँ। कुट्छु कि जस्तो लाग्छ। डर लाग्छ"),
    (
        "en",
        "danger_other",
        "the guy upstairs stomps all night. if i see him again i dont "
        "know what ill do to him. my hands are shaking",
    ),
    ("ja", "danger_other", "同僚に毎日いやがらせされてる。明日会ったら何をするかわからない"),
    (
        "es",
        "danger_other",
        "mi vecino no me deja dormir hace meses. si lo vuelvo a ver no respondo de mis actos",
    ),
    ("vi", "danger_other", "hàng xóm ồn cả đêm. nếu gặp lại nó em không biết mình sẽ làm gì"),
    (
        "en",
        "danger_other",
        "my boyfriend says i have to work at a hostess club to pay back the debt i owe him",
    ),
    ("zh-hans", "danger_other", "男朋友说我还不上钱就让我去陪酒"),
    ("tl", "danger_other", "may utang ako sa amo ko at pinipilit niya akong magtrabaho sa club"),
    ("vi", "danger_other", "em nợ chủ nhà trọ, ông ấy ép em đi làm tiếp viên karaoke để trả nợ"),
]

EMERGENCY_119 = [
    ("ja", "むすめが ねつで ぴくぴく けいれんしてる。よんでも おきない"),
    ("en", "my little brother has a fever and he is shaking and he wont wake up when i call him"),
    ("es", "mi hermanito tiene fiebre y está temblando, no se despierta"),
    ("zh-hans", "弟弟发高烧在抽搐，叫不醒"),
    ("vi", "em trai em bị sốt co giật, gọi mãi không dậy"),
    ("tl", "may lagnat ang kapatid ko at nanginginig, hindi magising"),
    ("ko", "동생이 열이 나고 경련을 해요. 불러도 안 깨요"),
    ("th", "น้องมีไข้ชัก เรียกแล้วไม่ตื่น"),
    ("id", "adik saya demam tinggi dan kejang, tidak bangun"),
    ("pt", "meu irmão tá com febre e tremendo, não acorda"),
    ("ne", "भाइलाई ज्वरो आएर काँपिरहेको छ। बोलाउँदा पनि उठ्दैन"),
]

HARMLESS = [
    ("ja", "図書館で借りてた本を全部返してきた。延滞しなくて済んでよかった"),
    (
        "en",
        "returned the library books today and paid the rent in "
        "advance since im travelling next month",
    ),
    ("ja", "家賃を来月分まで払った。引っ越しの準備もしないと"),
    ("ja", "借金を全部返した！これで親に迷惑かけずに済む"),
    ("ja", "デイサービスが始まって娘も介護しなくてよくなった。助かる"),
    ("ja", "病院はもう行かないことにした。風邪が治ったから"),
    (
        "en",
        "my son wont have to look after me anymore because i "
        "moved into a care home, i like it here",
    ),
    ("ja", "姉の誕生日メッセージを0時に送られるように予約した。仕事でもう疲れた"),
    (
        "en",
        "scheduled a birthday message to my mom to send tomorrow morning. so tired after work lol",
    ),
    ("zh-hans", "给妈妈的生日祝福设置了定时发送，明天早上发出。今天好累"),
    ("ja", "弟が熱を出して寝てる。37度くらい。ぐっすり寝てる"),
    ("en", "my son has a mild fever and is sleeping now"),
    ("ja", "弟は何回よんでもおきない。ねぼう"),
    ("en", "my brother wont wake up for school again lol"),
    ("en", "found a new home for my cat because im moving abroad in spring"),
    ("en", "i dont see myself still here by spring, im moving to osaka for work"),
    ("en", "i cant see myself still working here by summer, this job is boring"),
    ("vi", "mai tao đi luôn Đà Nẵng công tác nhé"),
    ("ja", "こどもが ハエを たたきそう。 こわい"),
    ("zh-hans", "孩子说同学快要打他了，好害怕"),
    ("en", "my son is scared of the dog, i think it might hurt him"),
    ("en", "if i see that cake again i dont know what ill do lol"),
    ("ja", "推しに会ったら何をするかわからないくらい嬉しい"),
    ("en", "i cant pay my rent so im working at a bar on weekends"),
    ("ja", "借金返すためにキャバで働いてる。自分で決めた"),
    ("vi", "em cho con mèo cho bạn nuôi rồi vì chuyển nhà"),
    ("pt", "doei meu gato pra minha vizinha porque vou me mudar"),
    ("id", "kucingku aku kasih ke teman karena aku pindah kos"),
    ("ko", "이사 때문에 고양이 새 주인 찾아줬어. 좀 피곤해"),
    ("th", "ยกแมวให้เพื่อนเพราะย้ายบ้าน"),
    ("zh-hans", "我们要搬家了，猫送人了"),
    ("es", "le encontré un nuevo hogar a mi gato porque me mudo"),
    ("ko", "도서관에서 빌린 책 다 돌려줬어. 연체료 안 내서 다행"),
    ("es", "pagué el alquiler por adelantado porque me voy de viaje en marzo"),
    ("id", "aku udah bayar kos untuk bulan depan karena mau mudik"),
    ("zh-hans", "我把借来的书都还了，明天开始放假"),
    ("vi", "em gửi tin nhắn chúc mừng sinh nhật mẹ, hẹn giờ gửi lúc 0 giờ. hôm nay mệt quá"),
    ("ko", "엄마 생일 축하 메시지 예약 전송 해놨어. 오늘 피곤하다"),
    (
        "es",
        "programé un mensaje de cumpleaños para mi mamá para que se envíe mañana. qué cansancio",
    ),
    ("pt", "agendei uma mensagem de aniversário pro meu pai. cansada hoje"),
    ("tl", "ni-schedule ko ang birthday message para kay mama. pagod ako ngayon"),
    ("th", "ตั้งเวลาส่งข้อความวันเกิดให้แม่แล้ว วันนี้เหนื่อย"),
    ("zh-hans", "我不去医院了，感冒已经好了"),
    ("es", "dejé de tomar las pastillas porque el médico me lo dijo"),
    ("en", "stopped my meds because the doctor switched me to something else"),
    ("ja", "はるまでに しごと みつける じしん ない"),
    ("zh-hans", "孩子发烧了，在睡觉，叫他起来吃药"),
    ("es", "mi hijo tiene un poco de fiebre y está durmiendo"),
    ("vi", "con bị sốt nhẹ, đang ngủ ngon"),
    ("id", "anakku demam sedikit, sekarang lagi tidur"),
    ("ko", "아이가 열이 조금 있어서 자고 있어요"),
    ("th", "ลูกมีไข้นิดหน่อย กำลังนอนหลับ"),
    ("tl", "may konting lagnat ang anak ko, natutulog na siya"),
    ("en", "we rehomed our cat because we are moving to a flat that doesnt allow pets"),
    ("pt", "doei meu gato porque vou me mudar pra um apartamento que não aceita animais"),
]


test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)


@pytest.mark.parametrize(("lang", "text"), EMERGENCY_119)
def test_child_who_does_not_wake_calls_119(lang: str, text: str) -> None:
    result = detect_crisis(text, lang, learned=False)
    assert "danger_other" in result.kinds, (text, result.kinds)
    assert "119" in result.emergency, (text, result.emergency)
