"""Crisis families the rules read in Japanese and English since crisisAN, now in the other
languages (crisisAS), in our own words, read by the rules alone (``learned=False``). Every
language file is applied to every message.

1. Not planning to be alive, or in this world, by a point in time named first (para entonces, até
   lá, pagdating noon, đến lúc đó, 그때쯤이면, त्यतिबेलासम्म): suicide. Silent: not planning to be
   in a town, a country or a firm by then; not wanting to live to a hundred.
2. Tired of being alive (me cansé de estar vivo, pagod na akong mabuhay, 사는 것도 지쳤어요,
   बाँच्न पनि थाकें): suicide. Silent: tired of a job, of living in a city.
3. A small child left alone for days or nights; a child shut in, the parent not back since
   yesterday, no food or no way out: child_abuse. Silent: a child minded by a grandmother for two
   days, a parent on a trip with someone looking after the child.
4. A partner who takes or hides the key so she cannot go out, and pins or pushes her to a wall
   (pt, th): dv. Silent: a partner who keeps the spare key for the cat, a picture on a wall.
5. Called to a room, the door locked, her clothes taken off, or undressed against her "no" or by
   force: sexual_violence. Silent: called to the manager's office about shifts, a mother taking
   off a child's wet clothes, a locked door in an escape-room game.
6. A person buried by snow off a roof or an avalanche; shut inside a cold room (ne); someone
   trapped in a burning house (ko; en, id, th too): danger_other with 119. Silent: snow on a car,
   a fiery Friday at the office, a film about a fire.
7. A parent discharged from hospital who lives alone (a mi papá le dan de alta y vive solo): a
   care need, not danger, in es, pt, en and ja (the learned model read it as danger).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1-2. not alive, or in this world, by a point in time; tired of being alive
    ("es", "suicide", "no hace falta renovar el contrato, para entonces ya no pienso estar vivo"),
    ("pt", "suicide", "não precisa renovar meu contrato, até lá eu não pretendo estar vivo"),
    (
        "tl",
        "suicide",
        "hindi na kailangan i-renew ang kontrata ko, wala na ako sa mundong ito pagdating noon",
    ),
    ("vi", "suicide", "không cần gia hạn hợp đồng đâu, đến lúc đó em không định còn sống nữa"),
    ("zh-hans", "suicide", "合同不用续了，到那时候我已经不打算活着了"),
    ("ko", "suicide", "계약 갱신은 필요 없어요. 그때쯤이면 저는 살아 있을 생각이 없어요"),
    ("th", "suicide", "ไม่ต้องต่อสัญญาให้ผมนะ ถึงตอนนั้นผมไม่คิดจะมีชีวิตอยู่แล้ว"),
    (
        "id",
        "suicide",
        "kontrakku tidak usah diperpanjang, saat itu aku sudah tidak berniat hidup lagi",
    ),
    ("ne", "suicide", "मेरो सम्झौता नवीकरण नगर्नुहोस्, त्यतिबेलासम्म म बाँचिरहने सोचमा छैन"),
    ("es", "suicide", "ya me cansé de estar vivo"),
    ("tl", "suicide", "pagod na akong mabuhay"),
    ("ko", "suicide", "이제 사는 것도 지쳤어요"),
    ("ne", "suicide", "अब बाँच्न पनि थाकिसकें"),
    ("es", "suicide", "para fin de mes ya no pienso seguir con vida, así que no me esperen"),
    ("es", "suicide", "cuando se termine la temporada no pienso estar en este mundo"),
    ("pt", "suicide", "no fim do mês eu já não pretendo estar neste mundo"),
    ("tl", "suicide", "pagdating ng pasko, wala na ako, kaya huwag na kayong mag-abala"),
    ("vi", "suicide", "em không định còn sống đến tết đâu"),
    ("vi", "suicide", "đến lúc đó chắc tôi đã không còn trên đời nữa rồi"),
    ("ko", "suicide", "연말쯤이면 저는 이 세상에 없을 거예요"),
    ("ko", "suicide", "다음 달까지 살아 있을 계획은 없어요"),
    ("ne", "suicide", "अर्को महिनासम्म म जिउँदो रहने सोचमा छैन"),
    ("es", "suicide", "estoy harta de seguir viva, ya no quiero nada"),
    ("tl", "suicide", "sawa na akong mabuhay, wala nang saysay"),
    ("ko", "suicide", "솔직히 살아 있는 것도 이제 지쳤어"),
    ("ne", "suicide", "मलाई जिउन नै दिक्क लाग्यो"),
    # 3. a small child left alone for days; shut in, the parent gone since yesterday, no food
    ("es", "child_abuse", "los vecinos dejaron solo a su niño de 3 años hace dos días"),
    (
        "es",
        "child_abuse",
        "mi mamá no ha vuelto desde ayer, la puerta está cerrada por fuera y no hay comida",
    ),
    ("pt", "child_abuse", "os vizinhos deixaram o filho de 3 anos sozinho há dois dias"),
    (
        "pt",
        "child_abuse",
        "minha mãe não voltou desde ontem, a porta está trancada por fora e não tem comida",
    ),
    (
        "tl",
        "child_abuse",
        "iniwan ng kapitbahay ang 3 taong gulang nilang anak nang mag-isa nang dalawang araw na",
    ),
    (
        "tl",
        "child_abuse",
        "hindi pa umuuwi si mama mula kahapon, naka-lock ang pinto sa labas at wala nang pagkain",
    ),
    ("vi", "child_abuse", "nhà bên cạnh bỏ đứa con 3 tuổi ở nhà một mình hai ngày rồi"),
    ("vi", "child_abuse", "mẹ con đi từ hôm qua chưa về, cửa bị khóa ngoài, con không có gì ăn"),
    ("zh-hans", "child_abuse", "隔壁夫妻把三岁的孩子一个人丢在家里两天了"),
    ("zh-hans", "child_abuse", "妈妈从昨天就没回来，门从外面锁上了，家里没有吃的了"),
    ("ko", "child_abuse", "옆집 부부가 세 살 아이를 이틀째 혼자 두고 안 들어와요"),
    ("th", "child_abuse", "ห้องข้างๆ ทิ้งลูกสามขวบไว้คนเดียวมาสองวันแล้ว"),
    ("id", "child_abuse", "tetangga meninggalkan anaknya yang 3 tahun sendirian sudah dua hari"),
    (
        "id",
        "child_abuse",
        "ibu belum pulang dari kemarin, pintunya dikunci dari luar dan tidak ada makanan",
    ),
    ("ne", "child_abuse", "छिमेकीले ३ वर्षको बच्चालाई दुई दिनदेखि एक्लै छोडेका छन्"),
    ("ne", "child_abuse", "आमा हिजोदेखि घर आउनुभएको छैन, ढोका बाहिरबाट बन्द छ, खाने कुरा छैन"),
    ("es", "child_abuse", "la vecina dejó a la bebé sola en el departamento por tres días"),
    (
        "es",
        "child_abuse",
        "papá no ha regresado desde anoche y no tenemos nada que comer, no podemos salir",
    ),
    ("pt", "child_abuse", "a vizinha largou a filhinha sozinha em casa faz três dias"),
    (
        "tl",
        "child_abuse",
        "dalawang gabi nang iniwan ng nanay ang baby nila nang mag-isa sa kwarto",
    ),
    ("vi", "child_abuse", "bố mẹ nó để bé 2 tuổi ở nhà một mình ba ngày nay"),
    ("zh-hans", "child_abuse", "楼下那家把宝宝一个人关在家里三天了"),
    ("zh-hans", "child_abuse", "爸爸前天出门到现在都没回来，门被反锁了，我出不去"),
    ("ko", "child_abuse", "아빠가 그저께부터 안 들어와요. 먹을 게 하나도 없어요"),
    (
        "id",
        "child_abuse",
        "ayah belum pulang dari kemarin, aku nggak bisa keluar, pintunya dikunci dari luar",
    ),
    ("th", "child_abuse", "เพื่อนบ้านปล่อยเด็กเล็กไว้ลำพังในห้องสามวันแล้ว"),
    # 4. a partner who takes the key so she cannot go out, and pins or pushes her to a wall
    ("pt", "dv", "meu namorado leva a chave pra eu não sair e me prensou contra a parede"),
    ("th", "dv", "แฟนเอากุญแจห้องไปไม่ให้ฉันออกไปไหน แล้วผลักฉันติดกำแพง"),
    ("pt", "dv", "meu marido escondeu as chaves para eu não sair de casa"),
    ("th", "dv", "สามียึดกุญแจไว้ไม่ให้ฉันออกไปไหน"),
    # 5. called to a room, the door locked, her clothes taken off
    (
        "es",
        "sexual_violence",
        "el encargado me llamó a su cuarto, cerró con llave y me quitó la ropa",
    ),
    (
        "pt",
        "sexual_violence",
        "o gerente me chamou no quarto dele, trancou a porta e tirou minha roupa",
    ),
    (
        "tl",
        "sexual_violence",
        "pinatawag ako ng manager sa kwarto niya, ni-lock ang pinto at hinubaran ako",
    ),
    ("vi", "sexual_violence", "quản lý gọi em vào phòng, khóa cửa lại rồi cởi đồ em ra"),
    ("ko", "sexual_violence", "매니저가 방으로 불러서 문을 잠그고 제 옷을 벗겼어요"),
    ("th", "sexual_violence", "ผู้จัดการเรียกฉันเข้าห้อง ล็อกประตูแล้วถอดเสื้อผ้าฉัน"),
    (
        "id",
        "sexual_violence",
        "manajer memanggilku ke kamarnya, mengunci pintu lalu membuka bajuku",
    ),
    (
        "ne",
        "sexual_violence",
        "म्यानेजरले मलाई आफ्नो कोठामा बोलायो, ढोका बन्द गर्\u200dयो र मेरो लुगा खोलिदियो",
    ),
    (
        "es",
        "sexual_violence",
        "mi jefe me metió a su oficina, puso el seguro y me arrancó la blusa",
    ),
    ("pt", "sexual_violence", "eu disse que não, mas ele me segurou e tirou minha calça"),
    ("id", "sexual_violence", "dia memaksa dan melepas celanaku di gudang"),
    ("ko", "sexual_violence", "사장님이 사무실로 불러서 억지로 제 옷을 벗겼어요"),
    ("vi", "sexual_violence", "anh ta nhốt em trong kho rồi xé áo của em"),
    # 6. buried by snow off a roof; shut in a cold room; trapped in a burning house
    ("es", "danger_other", "se cayó la nieve del techo y mi abuelo quedó enterrado"),
    ("pt", "danger_other", "a neve caiu do telhado e meu avô ficou soterrado"),
    ("tl", "danger_other", "bumagsak ang niyebe mula sa bubong at natabunan si lolo"),
    ("vi", "danger_other", "tuyết trên mái rơi xuống, ông em bị vùi lấp rồi"),
    ("zh-hans", "danger_other", "房顶的雪掉下来把爷爷埋住了，只看到一只手"),
    ("ko", "danger_other", "지붕에서 눈이 떨어져서 할아버지가 묻혔어요"),
    ("th", "danger_other", "หิมะตกจากหลังคาทับคุณตาจนมิด"),
    ("id", "danger_other", "salju dari atap jatuh dan kakek tertimbun"),
    ("ne", "danger_other", "छानाबाट हिउँ खसेर हजुरबुबा पुरिनुभयो"),
    ("ne", "danger_other", "मेरो साथी चिसो कोठाभित्र थुनियो, ढोका खुल्दैन"),
    ("es", "danger_other", "hubo un alud y mi hermano está sepultado, no lo encontramos"),
    ("pt", "danger_other", "meu pai está soterrado na neve perto do galpão"),
    ("id", "danger_other", "ibu tertimbun salju di depan rumah"),
    ("zh-hans", "danger_other", "雪崩了，我同事被雪埋了"),
    ("ko", "danger_other", "할머니가 불난 집 안에 갇혀 있어요"),
    ("ko", "danger_other", "집에 불이 나서 할머니가 안에 갇혔어요"),
    ("ko", "danger_other", "할머니가 불타는 집에서 못 나오고 있어요"),
    ("ko", "danger_other", "불길 속에 아이가 갇혀 있어요 도와주세요"),
    ("en", "danger_other", "my grandmother is trapped in the burning house"),
    ("id", "danger_other", "rumah terbakar dan nenek terjebak di dalam"),
    ("th", "danger_other", "บ้านไฟไหม้ ยายติดอยู่ข้างในออกไม่ได้"),
    ("ne", "danger_other", "फ्रिजर कोठामा दाइ थुनिनुभयो"),
]

HARMLESS = [
    # 1 contract, place
    ("es", "para entonces ya no pienso estar en Japón, vuelvo a Lima"),
    ("es", "no pienso estar viva a los cien años, eso es demasiado"),
    ("pt", "até lá eu não pretendo estar mais nessa empresa"),
    ("tl", "wala na ako sa Japan pagdating noon, uuwi na ako sa probinsya"),
    ("vi", "đến lúc đó em không còn sống ở đây nữa, em chuyển về quê"),
    ("ko", "그때쯤이면 저는 서울에 없을 거예요"),
    ("ko", "백 살까지 살아 있을 생각은 없어요 ㅎㅎ"),
    ("ne", "त्यतिबेलासम्म म यो कम्पनीमा रहने सोचमा छैन"),
    # 2 tired of a job
    ("es", "me cansé de vivir en el centro, me mudo al campo"),
    ("es", "estoy cansada de este trabajo, quiero cambiar"),
    ("tl", "pagod na ako sa trabaho ko, gusto ko nang magpalit"),
    ("ko", "도시에서 사는 것도 지쳐서 시골로 이사 가고 싶어요"),
    ("ko", "회사 일에 지쳤어요. 휴가가 필요해요"),
    ("ne", "शहरमा बाँच्न थाकें, गाउँ फर्किन्छु"),
    # 3 a child minded
    ("es", "dejé a mi hijo con la abuela dos días porque tenía un viaje de trabajo"),
    ("es", "mi mamá no ha vuelto desde ayer porque está de viaje, la abuela nos cuida"),
    ("pt", "deixei minha filha com a avó por dois dias"),
    ("tl", "iniwan ko ang anak ko kay lola nang dalawang araw"),
    ("vi", "tôi gửi con cho bà ngoại trông hai ngày"),
    ("zh-hans", "我把孩子放在外婆家住了两天"),
    ("ko", "할머니 댁에 아이를 이틀 맡겼어요"),
    ("th", "ฝากลูกไว้กับยายสองวัน"),
    ("id", "anakku menginap di rumah nenek selama dua hari"),
    ("ne", "बच्चालाई दुई दिन हजुरआमाकहाँ छोडें"),
    # 4 a key, a wall
    ("pt", "meu namorado fica com a chave reserva pra dar comida pro gato"),
    ("th", "แฟนเก็บกุญแจสำรองไว้ให้เผื่อฉันลืม"),
    ("pt", "meu marido pendurou o quadro na parede"),
    # 5 a locked door in a game, an office meeting, a bath
    ("es", "el encargado me llamó a su oficina para hablar de los turnos"),
    ("es", "mi mamá me quitó la ropa mojada y me bañó"),
    ("pt", "o gerente me chamou na sala dele pra falar do salário"),
    ("tl", "pinatawag ako ng manager sa opisina niya tungkol sa schedule"),
    ("ko", "방탈출 게임에서 문이 잠겨서 다같이 웃었어요"),
    ("vi", "quản lý gọi em vào phòng để nói chuyện về ca làm"),
    ("id", "manajer memanggilku ke ruangannya untuk membahas jadwal"),
    ("th", "ผู้จัดการเรียกฉันเข้าห้องเพื่อคุยเรื่องกะงาน"),
    ("ne", "म्यानेजरले मलाई कामको तालिकाबारे कुरा गर्न कोठामा बोलायो"),
    # 6 a car in snow, a fiery Friday, a fire drill
    ("es", "la nieve del techo cayó sobre el coche de mi papá"),
    ("pt", "a neve cobriu o carro do meu pai"),
    ("tl", "natabunan ng niyebe ang kotse ni tatay"),
    ("vi", "tuyết phủ kín xe của bố em"),
    ("zh-hans", "雪把爸爸的车埋住了"),
    ("ko", "지붕에서 눈이 떨어져서 차가 묻혔어요"),
    ("ko", "불타는 금요일인데 야근 때문에 회사에 갇혀 있어요"),
    ("th", "หิมะตกทับรถของพ่อ"),
    ("id", "salju dari atap menimpa mobil ayah"),
    ("ne", "हिउँले गाडी पुरियो"),
    ("en", "we watched a film where a family is trapped in a burning house"),
    # 7 a parent discharged from hospital who lives alone
    (
        "es",
        "a mi papá le dan de alta del hospital el lunes y vive solo, no sé quién lo va a cuidar",
    ),
    ("es", "a mi mamá le dieron de alta ayer, vive sola y necesita ayuda para bañarse"),
    ("pt", "meu pai vai ter alta do hospital amanhã e mora sozinho, quem pode ajudar?"),
    (
        "en",
        "my dad is being discharged from hospital tomorrow and he lives alone, who can help him",
    ),
    ("ja", "父が来週退院するけど、一人暮らしなので家での介護が心配です"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
