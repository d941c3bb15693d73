"""Crisis families from batch 14's story-embedded misses (crisisM): probes written by us.

Read by the rules alone (``learned=False``): the lexicons must carry each family.

1. Suicide warning signs told about someone: one's own things (a watch, rods, jewellery)
   handed out to relatives, with "it's enough now" said of one's life; a plan with a date
   ("end it before my 18th birthday").
2. Danger now: a scream or "stop!" heard on the phone and the line cut (110; a daughter's
   husband named is violence at home too); a small child alone in a parked, closed car
   (110); a drunk adult putting a child in the car or driving off with one (110).
3. Child abuse: a parent or partner throwing or slamming a small child (with one's partner
   named, violence at home too); a child hurt by a parent's new partner who cries not to
   go back.
4. No violence at home: an older care receiver yelling or raising a cane at home helpers
   (the learned model is silent on dv there too).

Each family has harmless look-alikes that must stay silent (old clothes given away when
moving, a birthday countdown, a child asleep in the back seat with a parent there, a call
cut by bad signal or a scream of joy, a sober driver, a toy thrown on the floor).
"""

from __future__ import annotations

import pytest

from tests.navigator.crisis_family import family_tests
from tsunagari.navigator.engine.crisis import detect_crisis

CRISIS = [
    (
        "ja",
        "suicide",
        ("祖母が最近、着物や指輪を親戚に次々あげている。『もう十分生きたからええ』と言う"),
    ),
    (
        "ja",
        "suicide",
        ("兄が大事にしてたカメラとかギターを友達に配ってる。もういいんだ、十分だって笑ってた"),
    ),
    (
        "en",
        "suicide",
        (
            "my grandpa has been giving his tools and his watch away to "
            "the family. he keeps saying he's had enough, it's enough now"
        ),
    ),
    (
        "es",
        "suicide",
        ("mi papá está regalando sus cosas a los primos y solo dice 'ya es suficiente, ya está'"),
    ),
    (
        "pt",
        "suicide",
        ("meu avô está dando as coisas dele pros parentes e só fala 'já chega, já deu'"),
    ),
    ("zh-hans", "suicide", "我爸最近把他的手表和钓竿都送给亲戚了，打电话只说'够了，已经够了'"),
    (
        "ko",
        "suicide",
        (
            "아버지가 요즘 낚싯대랑 시계를 친척들한테 다 나눠주고 "
            "있어요. 전화하면 '이제 됐다, 충분하다'만 해요"
        ),
    ),
    (
        "tl",
        "suicide",
        ("binibigay ni tatay ang mga gamit niya sa mga kamag-anak. sabi niya 'tama na, sapat na'"),
    ),
    ("vi", "suicide", ("bố em dạo này đem đồ đạc cho hết họ hàng, gọi điện chỉ nói 'thôi đủ rồi'")),
    (
        "id",
        "suicide",
        ("ayah saya membagikan barang-barangnya ke saudara, di telepon cuma bilang 'sudah cukup'"),
    ),
    (
        "ja",
        "danger_other",
        ("姉と話してたら義兄の怒鳴り声がして、姉が悲鳴をあげて電話が切れた。かけても出ない"),
    ),
    (
        "en",
        "danger_other",
        (
            "i was on the phone with my sister and heard her boyfriend "
            "yelling, she screamed stop and the call went dead. she's "
            "not answering"
        ),
    ),
    (
        "es",
        "danger_other",
        (
            "hablaba con mi hija por teléfono, oí gritar a su marido, "
            "ella gritó 'para' y se cortó la llamada. no contesta"
        ),
    ),
    (
        "pt",
        "danger_other",
        (
            "tava no telefone com minha irmã, ouvi o marido dela "
            "gritando, ela gritou 'para' e a ligação caiu. não atende "
            "mais"
        ),
    ),
    (
        "zh-hans",
        "danger_other",
        "我跟女儿打电话，听到女婿在吼，她尖叫'别打了'，然后电话断了，再打也不接",
    ),
    (
        "ko",
        "danger_other",
        (
            "딸이랑 통화하는데 사위가 소리 지르고 딸이 '그만해' 비명 "
            "지르더니 전화가 끊겼어요. 다시 걸어도 안 받아요"
        ),
    ),
    (
        "ja",
        "danger_other",
        (
            "駐車場の車の中に赤ちゃんがひとりで置き去りにされてる。窓閉まってて30分たっても親が来ない"
        ),
    ),
    (
        "en",
        "danger_other",
        (
            "there's a toddler alone in a locked car in the parking lot, "
            "windows up, been like 30 min and no parent, she looks all "
            "red"
        ),
    ),
    (
        "es",
        "danger_other",
        (
            "hay un bebé solo dentro de un coche cerrado en el "
            "estacionamiento hace media hora, nadie vuelve"
        ),
    ),
    (
        "pt",
        "danger_other",
        (
            "tem uma criança sozinha dentro de um carro fechado no "
            "estacionamento faz 30 minutos, os pais não voltam"
        ),
    ),
    ("zh-hans", "danger_other", "停车场有个小孩一个人被关在车里，窗户都关着，半小时了家长还没回来"),
    (
        "ko",
        "danger_other",
        ("주차장 차 안에 아기가 혼자 있어요. 창문 다 닫혀 있고 30분째 부모가 안 와요"),
    ),
    (
        "vi",
        "danger_other",
        (
            "ở bãi đỗ xe có em bé bị bỏ một mình trong ô tô đóng kín cửa "
            "nửa tiếng rồi bố mẹ chưa quay lại"
        ),
    ),
    (
        "ja",
        "child_abuse",
        ("別れた夫と暮らす娘のお腹にあざ。夫の彼女にやられたって。あっちに帰りたくないって泣く"),
    ),
    (
        "en",
        "child_abuse",
        (
            "my daughter came back from her dad's with bruises on her "
            "arms, says his girlfriend did it, she's begging not to go "
            "back"
        ),
    ),
    (
        "es",
        "child_abuse",
        (
            "mi hijo volvió de casa de su madre con moretones en la "
            "espalda, dice que fue el novio de ella, llora que no quiere "
            "volver"
        ),
    ),
    (
        "pt",
        "child_abuse",
        (
            "meu filho voltou da casa da mãe com hematomas nas costas, "
            "disse que foi o namorado dela, chora que não quer voltar"
        ),
    ),
    ("ja", "suicide", "卒業式の前の日に終わりにするって決めてる。あと2週間"),
    (
        "en",
        "suicide",
        ("i decided a long time ago i'd end it before my 18th birthday. 9 days left"),
    ),
    ("es", "suicide", "hace tiempo decidí acabar con todo antes de cumplir 18. quedan 9 días"),
    (
        "pt",
        "suicide",
        ("decidi faz tempo que vou acabar com tudo antes do meu aniversário de 18. faltam 9 dias"),
    ),
    ("ko", "suicide", "18살 생일 전에 끝내기로 오래전부터 정했어. 이제 9일 남았어"),
    ("zh-hans", "suicide", "我很早就决定在18岁生日之前结束一切，还剩9天"),
    (
        "en",
        "child_abuse",
        ("my boyfriend just threw my 3 year old across the room because she wouldn't stop crying"),
    ),
    ("en", "child_abuse", "my wife grabbed our son by the neck and slammed him into the wall"),
    ("ja", "child_abuse", "夫が3歳の息子を床に投げ飛ばした。まだ怒鳴ってる"),
    ("es", "child_abuse", "mi esposo acaba de agarrar a nuestra niña del brazo y la tiró al suelo"),
    ("pt", "child_abuse", "meu marido agarrou nosso filho pelo braço e jogou ele no chão"),
    ("ja", "danger_other", "夫が酔っ払ってるのに子どもを車に乗せて運転しようとしてる"),
    (
        "en",
        "danger_other",
        (
            "my husband is drunk and just put the kids in the car, he's "
            "going to drive, he won't listen"
        ),
    ),
    ("es", "danger_other", "mi esposo está borracho y metió a los niños al carro para manejar"),
    ("pt", "danger_other", "meu marido tá bêbado e colocou as crianças no carro pra dirigir"),
    (
        "tl",
        "danger_other",
        ("iniwan ang bata mag-isa sa loob ng kotse sa parking, sarado ang bintana"),
    ),
    (
        "id",
        "danger_other",
        ("ada balita ditinggal sendirian di dalam mobil di parkiran, jendela tertutup"),
    ),
    ("th", "danger_other", "มีเด็กถูกทิ้งไว้คนเดียวในรถที่ลานจอด กระจกปิดหมด"),
    ("vi", "danger_other", "chồng say rượu rồi chở con đi bằng xe máy, em cản không được"),
    ("id", "danger_other", "suami saya mabuk dan bawa anak ke dalam mobil, mau nyetir"),
    ("tl", "danger_other", "lasing ang asawa ko at isinakay niya ang anak namin sa kotse"),
    ("th", "danger_other", "แฟนเมาแล้วพาลูกขึ้นรถจะขับออกไป"),
    ("ko", "danger_other", "남편이 술에 취했는데 애를 차에 태워서 나가려고 해요"),
    ("zh-hans", "danger_other", "老公喝醉了还要开车带着孩子出去"),
    ("vi", "suicide", "tôi quyết định sẽ kết thúc tất cả trước sinh nhật 18 tuổi"),
    ("id", "suicide", "aku udah mutusin mau mengakhiri semuanya sebelum ulang tahun ke-17"),
    ("tl", "suicide", "nagpasya na akong tapusin na ang lahat bago ang birthday ko"),
    ("th", "suicide", "ตัดสินใจแล้วว่าจะจบชีวิตก่อนวันเกิด"),
    ("id", "danger_other", "aku teriak minta tolong lalu telepon terputus"),
    ("vi", "danger_other", "con gái hét lên rồi điện thoại bị cúp, gọi lại không ai nghe"),
    ("tl", "danger_other", "sumigaw si ate ng tama na tapos naputol ang tawag"),
    ("id", "child_abuse", "suami saya membanting anak kami ke lantai"),
    ("vi", "child_abuse", "chồng tôi ném con xuống sàn"),
    ("ko", "child_abuse", "남편이 아이를 바닥에 내던졌어요"),
    ("zh-hans", "child_abuse", "老公把儿子摔在地上"),
    ("tl", "child_abuse", "binalibag ng asawa ko ang anak namin sa sahig"),
    (
        "ko",
        "child_abuse",
        ("아들이 전처 남자친구한테 맞아서 등에 멍이 있어요. 집에 안 가겠다고 울어요"),
    ),
    ("zh-hans", "child_abuse", "儿子背上有淤青，说是前妻的男朋友打的，哭着说不想回去"),
]

# Danger now (a child just thrown too): the 110 call is shown.
NOW_110 = [
    ("ja", ("姉と話してたら義兄の怒鳴り声がして、姉が悲鳴をあげて電話が切れた。かけても出ない")),
    (
        "en",
        (
            "i was on the phone with my sister and heard her boyfriend "
            "yelling, she screamed stop and the call went dead. she's "
            "not answering"
        ),
    ),
    (
        "es",
        (
            "hablaba con mi hija por teléfono, oí gritar a su marido, "
            "ella gritó 'para' y se cortó la llamada. no contesta"
        ),
    ),
    (
        "pt",
        (
            "tava no telefone com minha irmã, ouvi o marido dela "
            "gritando, ela gritou 'para' e a ligação caiu. não atende "
            "mais"
        ),
    ),
    ("zh-hans", "我跟女儿打电话，听到女婿在吼，她尖叫'别打了'，然后电话断了，再打也不接"),
    (
        "ko",
        (
            "딸이랑 통화하는데 사위가 소리 지르고 딸이 '그만해' 비명 "
            "지르더니 전화가 끊겼어요. 다시 걸어도 안 받아요"
        ),
    ),
    (
        "ja",
        (
            "駐車場の車の中に赤ちゃんがひとりで置き去りにされてる。窓閉まってて30分たっても親が来ない"
        ),
    ),
    (
        "en",
        (
            "there's a toddler alone in a locked car in the parking lot, "
            "windows up, been like 30 min and no parent, she looks all "
            "red"
        ),
    ),
    (
        "es",
        (
            "hay un bebé solo dentro de un coche cerrado en el "
            "estacionamiento hace media hora, nadie vuelve"
        ),
    ),
    (
        "pt",
        (
            "tem uma criança sozinha dentro de um carro fechado no "
            "estacionamento faz 30 minutos, os pais não voltam"
        ),
    ),
    ("zh-hans", "停车场有个小孩一个人被关在车里，窗户都关着，半小时了家长还没回来"),
    ("ko", ("주차장 차 안에 아기가 혼자 있어요. 창문 다 닫혀 있고 30분째 부모가 안 와요")),
    (
        "vi",
        (
            "ở bãi đỗ xe có em bé bị bỏ một mình trong ô tô đóng kín cửa "
            "nửa tiếng rồi bố mẹ chưa quay lại"
        ),
    ),
    (
        "en",
        ("my boyfriend just threw my 3 year old across the room because she wouldn't stop crying"),
    ),
    ("es", "mi esposo acaba de agarrar a nuestra niña del brazo y la tiró al suelo"),
    ("ja", "夫が酔っ払ってるのに子どもを車に乗せて運転しようとしてる"),
    (
        "en",
        (
            "my husband is drunk and just put the kids in the car, he's "
            "going to drive, he won't listen"
        ),
    ),
    ("es", "mi esposo está borracho y metió a los niños al carro para manejar"),
    ("pt", "meu marido tá bêbado e colocou as crianças no carro pra dirigir"),
    ("tl", ("iniwan ang bata mag-isa sa loob ng kotse sa parking, sarado ang bintana")),
    ("id", ("ada balita ditinggal sendirian di dalam mobil di parkiran, jendela tertutup")),
    ("th", "มีเด็กถูกทิ้งไว้คนเดียวในรถที่ลานจอด กระจกปิดหมด"),
    ("vi", "chồng say rượu rồi chở con đi bằng xe máy, em cản không được"),
    ("id", "suami saya mabuk dan bawa anak ke dalam mobil, mau nyetir"),
    ("tl", "lasing ang asawa ko at isinakay niya ang anak namin sa kotse"),
    ("th", "แฟนเมาแล้วพาลูกขึ้นรถจะขับออกไป"),
    ("ko", "남편이 술에 취했는데 애를 차에 태워서 나가려고 해요"),
    ("zh-hans", "老公喝醉了还要开车带着孩子出去"),
    ("id", "aku teriak minta tolong lalu telepon terputus"),
    ("vi", "con gái hét lên rồi điện thoại bị cúp, gọi lại không ai nghe"),
    ("tl", "sumigaw si ate ng tama na tapos naputol ang tawag"),
]

# A partner or a son-in-law named: violence at home too.
ALSO_DV = [
    ("en", ("my husband just yanked our 2 year old up by the arm and threw her onto the floor")),
    ("ja", "夫が5歳の娘を壁に叩きつけた"),
    ("ja", "娘と電話中に婿さんの怒鳴り声がして、娘の悲鳴のあと電話が切れた"),
    ("zh-hans", "我跟女儿打电话，听到女婿在吼，她尖叫，然后电话断了"),
    ("ja", "夫が酔っ払ってるのに子どもを車に乗せて運転しようとしてる"),
    ("es", ("mi marido acaba de agarrar a mi hijo del brazo y lo aventó contra la pared")),
]

HARMLESS = [
    ("ja", "引っ越すので古い服を友達に配ってる。もう十分着たし"),
    ("ja", "おばあちゃんが誕生日に孫たちに手作りのお菓子を配ってた"),
    (
        "en",
        (
            "we're moving next week so i'm giving away old clothes to "
            "neighbours. honestly i've had enough of packing"
        ),
    ),
    ("en", "my son's birthday is in 10 days, counting down!"),
    ("ja", "誕生日まであと10日。楽しみ"),
    ("ja", "子どもは後ろの席で寝てる。私は運転中"),
    ("en", ("my baby is asleep in the back seat, i'm right here in the driver's seat")),
    (
        "en",
        ("the call cut out because of bad signal, she's not answering now, probably in the subway"),
    ),
    ("ja", "電波が悪くて電話が切れた。かけ直しても出ない"),
    ("ja", "父(80)がヘルパーさんに怒鳴ってしまい、デイサービスも断られた"),
    (
        "en",
        (
            "my father 85 with dementia yells at his carers and swung "
            "his cane at the home helper, agency says they will stop "
            "coming"
        ),
    ),
    ("ja", "宿題は夏休みが終わる前に終わりにしようと決めてる"),
    ("en", "i decided to end it with him before my birthday"),
    ("en", "my kid threw his toy on the floor"),
    ("en", "my husband drinks a lot but never drives"),
    ("ja", "夫はお酒を飲んだので私が運転して子どもを車に乗せた"),
    ("en", "my son drove alone in my car to school today"),
    ("ja", "息子が一人で車に乗れるようになった"),
    ("en", ("the kids fell asleep in the car so i stayed with them in the parking lot")),
    ("es", "mi hijo ya maneja solo el carro"),
    ("ja", "娘が叫んでたけど電波が悪くて電話が切れた"),
    ("en", "she screamed with joy when i told her, then the call dropped lol"),
    (
        "en",
        (
            "grandma is giving her old clothes to the neighbours since "
            "she's moving to a smaller flat"
        ),
    ),
    ("en", "that's enough now, thanks for the help"),
    ("ja", "もういいよ、十分だよ、ありがとう"),
    ("pt", "já chega de chuva"),
    ("es", "ya es suficiente por hoy, gracias"),
    ("zh-hans", "够了够了，吃饱了"),
    ("en", "my husband threw the ball to our son"),
    ("en", "i threw my son a birthday party"),
    ("en", "my dad had a good life, he passed peacefully last year"),
    ("ja", "夫がお酒を飲んだので、代行を呼んで子どもを車に乗せた"),
    ("en", "he was drunk so i drove and put the kids in the car"),
    ("ja", "ヘルパーさんに怒鳴られて落ち込んだ"),
    ("en", "the nurse yelled at my grandma"),
    ("en", ("my husband just threw our 3 year old onto the bed playing airplane, she loves it")),
    ("en", "my husband threw our son into the pool, they were playing"),
    ("ja", "さっき夫が3歳の息子をベッドに投げてあそんでた"),
    ("es", "mi esposo acaba de aventar a nuestro hijo al agua jugando"),
    ("es", ("nos mudamos y estoy regalando mis libros a los vecinos. ya es suficiente de cajas")),
    ("pt", ("vou mudar e tô dando minhas coisas pros amigos, já deu pra mim esse apartamento")),
    ("zh-hans", "搬家了，把书都送给朋友了"),
    ("ko", "이사 가서 책을 친구들한테 나눠줬어요"),
    ("vi", "chuyển nhà nên em cho hết đồ đạc cho bạn bè"),
    ("id", "pindahan, saya membagikan barang-barang ke teman. sudah cukup capek"),
    ("tl", "lilipat na kami kaya binibigay ko ang mga gamit ko sa mga kapitbahay"),
    ("th", "ย้ายบ้านเลยแจกของให้เพื่อนๆ"),
    ("ko", "아이가 차 안에서 자고 있어요. 저는 운전석에 있어요"),
    ("zh-hans", "孩子在车里睡着了，我就坐在前面"),
    ("vi", "bé ngủ trong xe, mình ngồi ngay ghế trước"),
    ("id", "anak saya tidur di mobil, saya di kursi depan"),
    ("es", "mi hija se quedó dormida en el carro, yo estoy al lado"),
    ("pt", "meu filho dormiu no carro, eu tô do lado dele"),
    ("ja", "子どもが車で寝ちゃったので、となりで待ってる"),
    ("zh-hans", "她尖叫了一声说好开心，然后信号不好电话断了"),
    ("ko", "딸이 좋아서 소리를 지르다가 전화가 끊겼어요 신호가 약해서"),
    ("es", "mi hija gritó de alegría y se cortó la llamada, mala señal"),
    ("pt", "ela gritou de alegria e a ligação caiu, sinal ruim"),
    ("en", "my son screamed when he scored and then the stream cut out"),
    ("ja", "夫は酔ってたのでタクシーで子どもと帰った"),
    ("es", "mi esposo estaba borracho así que yo manejé con los niños"),
    ("zh-hans", "老公喝醉了，我开车带孩子回家"),
    ("ko", "남편이 술에 취해서 제가 아이들을 차에 태우고 운전했어요"),
    ("en", "i want to finish my thesis before my birthday"),
    ("ja", "30歳の誕生日までに結婚しようと決めてる"),
    ("ko", "생일 전에 다이어트 끝내기로 했어"),
    ("zh-hans", "生日之前结束这个项目"),
    ("ja", "息子がボールを床に投げつけた"),
    ("en", "my husband tossed our son the car keys"),
    ("zh-hans", "孩子把玩具扔到地上"),
    ("es", "mi hijo tiró su juguete al suelo"),
]

# An older care receiver and paid carers: the learned model stays silent on dv too.
NO_DV_AT_ALL = [
    (
        "ja",
        (
            "母(88)はヘルパーさんが来ると怒鳴って追い返すし、この前は杖を振り上げたらしい。事業所にもう無理と言われた"
        ),
    ),
    (
        "en",
        (
            "my father 85 with dementia yells at his carers and swung "
            "his cane at the home helper, agency says they will stop "
            "coming"
        ),
    ),
]


test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)


@pytest.mark.parametrize(("lang", "text"), NOW_110)
def test_danger_now_calls_110(lang: str, text: str) -> None:
    assert "110" in detect_crisis(text, lang, learned=False).emergency, text


@pytest.mark.parametrize(("lang", "text"), ALSO_DV)
def test_partner_named_is_violence_at_home_too(lang: str, text: str) -> None:
    assert "dv" in detect_crisis(text, lang, learned=False).kinds, text


@pytest.mark.parametrize(("lang", "text"), NO_DV_AT_ALL)
def test_older_person_and_carers_is_no_violence_at_home(lang: str, text: str) -> None:
    assert "dv" not in detect_crisis(text, lang).kinds, text
