"""Crisis families from crisisAH: the six crisisAG families (see test_crisis_families_ag.py)
taught in the languages that pass left out, with our own probes, read by the rules alone
(``learned=False``). Every language file is applied to every message.

1. After a suicide attempt, the intent still there ("next time it will work"): pt, es, tl, ko,
   th, vi, ne, id already read these probes (the attempt itself or its wording); kept as a guard.
2. An older person whose pension a grandchild or grown-up child takes, hit when they will not
   hand it over: danger_other, taught in pt, es, tl, ko, th, vi, ne, id (before: ne and id
   silent, the others read by the learned model alone). Silent: a grandchild who helps draw it.
3. A child made to work or sell by a parent and hit for being slow: child_abuse, taught in en,
   pt, th, vi, ne (tl already read). Silent: a child glad to help at the shop.
4. A partner, live-in boyfriend or the child's stepfather touching the daughter or son:
   child_abuse, taught in pt, es, ne, id, th, and in ko and vi (where only dv and sexual
   violence fired). Silent: a hand held crossing the road, a head stroked.
5. "Someone like me had better be gone": suicide, taught in pt, es, id, ne and th ("คนแบบฉัน
   ไม่อยู่ดีกว่า"). Silent: "someone like me should study more", "better to sleep early".
6. After a death, wishing to go where the dead one is: ne, and ko when the death is its own
   sentence one or two sentences before (the dead one named). Silent: a grave or the village
   home to visit, a friend to go to after the funeral.
Left: in th, any "X หายไปซะดีกว่า" (mosquitoes better gone) still fires as suicide (an older
bare rule), so no Thai pest look-alike is listed here.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. after an attempt, the same intent
    (
        "pt",
        "suicide",
        "saí do hospital depois da tentativa de suicídio. na próxima vez não vou falhar",
    ),
    (
        "pt",
        "suicide",
        "tentei me matar semana passada e não deu certo. da próxima vez vai dar certo",
    ),
    (
        "es",
        "suicide",
        "me dieron el alta después del intento de suicidio. la próxima vez no voy a fallar",
    ),
    ("es", "suicide", "intenté quitarme la vida y no funcionó. la próxima vez sí va a funcionar"),
    (
        "tl",
        "suicide",
        "lumabas ako ng ospital matapos magtangkang magpakamatay. sa susunod hindi na papalpak",
    ),
    ("tl", "suicide", "sinubukan kong magpakamatay pero hindi natuloy. sa susunod sigurado na"),
    ("ko", "suicide", "자살 시도했는데 실패했어요. 다음번엔 꼭 성공할 거예요"),
    ("th", "suicide", "เพิ่งออกจากโรงพยาบาลหลังพยายามฆ่าตัวตาย ครั้งหน้าจะไม่พลาดแล้ว"),
    ("vi", "suicide", "tôi đã thử tự tử nhưng không chết. lần sau chắc chắn sẽ thành công"),
    ("ne", "suicide", "आत्महत्याको प्रयास गरेर अस्पतालबाट निस्किएँ। अर्को पटक म असफल हुने छैन"),
    ("id", "suicide", "aku sudah mencoba bunuh diri tapi gagal. lain kali pasti berhasil"),
    # 2. an older person's pension taken, hit
    ("ne", "danger_other", "नातिले मेरो सबै पेन्सन लैजान्छ, नदिए मलाई कुट्छ। म ८० वर्षको भएँ"),
    ("ne", "danger_other", "छोराले मेरो भत्ता खोस्छ र नदिँदा पिट्छ"),
    (
        "id",
        "danger_other",
        "cucu saya mengambil semua uang pensiun saya, kalau tidak saya kasih dia memukul saya",
    ),
    (
        "id",
        "danger_other",
        "anak saya merampas pensiun saya dan saya dipukul kalau menolak. umur saya 78",
    ),
    ("ko", "danger_other", "손자가 제 연금을 다 가져가요. 안 주면 때려요. 여든 살이에요"),
    ("pt", "danger_other", "meu neto pega toda a minha aposentadoria e se eu não dou ele me bate"),
    ("es", "danger_other", "mi nieto se lleva toda mi pensión y si no se la doy me pega"),
    (
        "tl",
        "danger_other",
        "kinukuha ng apo ko ang buong pensyon ko at sinasaktan niya ako kapag hindi ko ibinigay",
    ),
    ("th", "danger_other", "หลานเอาเงินบำนาญของฉันไปหมด ถ้าไม่ให้ก็ตีฉัน"),
    ("vi", "danger_other", "cháu trai lấy hết lương hưu của tôi, không đưa thì nó đánh tôi"),
    # 3. a child made to work and hit
    (
        "pt",
        "child_abuse",
        "meu pai me obriga a trabalhar na loja até meia-noite e se eu demoro ele me bate",
    ),
    (
        "pt",
        "child_abuse",
        "minha mãe me faz vender doce na rua todo dia e me bate quando volto com pouco dinheiro",
    ),
    (
        "tl",
        "child_abuse",
        "pinagtatrabaho ako ng tatay ko hanggang hatinggabi at pinapalo ako kapag mabagal ako",
    ),
    (
        "tl",
        "child_abuse",
        "pinipilit ako ni nanay na magbenta sa kalye at sinasaktan niya ako kapag kulang ang benta",
    ),
    ("th", "child_abuse", "พ่อบังคับให้ผมทำงานที่ร้านจนดึก ถ้าทำช้าก็โดนตี"),
    ("th", "child_abuse", "แม่ให้หนูทำงานทุกคืน ถ้าช้าแม่ก็ตีหนู"),
    ("vi", "child_abuse", "bố bắt em làm việc ở quán đến nửa đêm, làm chậm là bị đánh"),
    ("vi", "child_abuse", "mẹ bắt em đi bán vé số mỗi ngày, về ít tiền là bị đánh"),
    ("ne", "child_abuse", "बुबाले मलाई राति अबेरसम्म पसलमा काम गर्न लगाउनुहुन्छ र ढिलो भए कुट्नुहुन्छ"),
    ("ne", "child_abuse", "आमाले मलाई दिनभरि काम गराउनुहुन्छ, ढिलो गरे पिट्नुहुन्छ"),
    ("en", "child_abuse", "my dad makes me work in his shop till midnight and hits me if i'm slow"),
    # 4. a partner touching the child
    ("pt", "child_abuse", "peguei meu namorado tocando na minha filha de 7 anos"),
    ("pt", "child_abuse", "o padrasto da minha filha fica passando a mão nela à noite"),
    ("es", "child_abuse", "vi a mi pareja tocando a mi hija de 8 años"),
    ("es", "child_abuse", "descubrí que mi novio toca a mi hijo cuando no estoy"),
    ("ne", "child_abuse", "मेरो श्रीमानले मेरी छोरीलाई छोएको देखेँ, उनी सौतेनी बुबा हुन्"),
    ("ne", "child_abuse", "मेरो प्रेमीले मेरो छोरालाई नराम्रोसँग छुन्छ"),
    ("id", "child_abuse", "aku lihat pacarku meraba-raba anak perempuanku"),
    ("id", "child_abuse", "ayah tiri anakku menyentuh tubuh anakku waktu aku kerja"),
    ("ko", "child_abuse", "동거하는 남자친구가 제 딸 몸을 만지는 걸 봤어요"),
    ("th", "child_abuse", "เห็นแฟนของฉันจับตัวลูกสาวฉัน"),
    ("vi", "child_abuse", "tôi thấy bạn trai sống chung sờ mó con gái tôi"),
    # 5. someone like me had better be gone
    ("pt", "suicide", "por minha culpa meu neto se machucou. alguém como eu é melhor sumir"),
    ("pt", "suicide", "gente como eu devia desaparecer"),
    ("es", "suicide", "por mi culpa se lastimó mi nieta. alguien como yo mejor que desaparezca"),
    ("es", "suicide", "una persona como yo estaría mejor muerta"),
    ("th", "suicide", "เพราะฉันหลานถึงเจ็บ คนอย่างฉันหายไปซะดีกว่า"),
    ("th", "suicide", "คนแบบฉันไม่อยู่ดีกว่า"),
    ("ne", "suicide", "मेरो कारणले नातिलाई चोट लाग्यो। म जस्तो मान्छे नभएकै राम्रो"),
    ("ne", "suicide", "म जस्तो मान्छे हराएर गए हुन्थ्यो"),
    ("id", "suicide", "gara-gara aku cucuku terluka. orang seperti aku lebih baik hilang saja"),
    ("id", "suicide", "orang kayak aku lebih baik tidak ada"),
    ("ko", "suicide", "나 같은 사람은 사라지는 게 나아요"),
    # 6. after a death, going where the dead one is
    ("ne", "suicide", "आमा बित्नुभयो, म केही खान सक्दिन। म आमा भएको ठाउँमा जान चाहन्छु"),
    ("ne", "suicide", "बुबाको मृत्यु भयो। म पनि बुबाकहाँ जान चाहन्छु"),
    ("ko", "suicide", "엄마가 돌아가셨어요. 밥도 못 먹겠어요. 엄마한테 가고 싶어요"),
    ("ko", "suicide", "남편이 세상을 떠났어요. 남편 곁으로 가고 싶어요"),
    ("vi", "suicide", "mẹ mất rồi, tôi không ăn được gì. tôi muốn đi theo mẹ"),
    ("tl", "suicide", "namatay si nanay. gusto ko nang sumunod sa kanya"),
]

HARMLESS = [
    ("pt", "reprovei na prova de direção. na próxima vez não vou falhar"),
    ("es", "reprobé el examen de manejo. la próxima vez no voy a fallar"),
    ("tl", "bumagsak ako sa driving test. sa susunod hindi na ako papalpak"),
    ("ne", "ड्राइभिङ परीक्षामा फेल भएँ। अर्को पटक म असफल हुने छैन"),
    ("ne", "नातिले मेरो पेन्सनको फारम भर्न मद्दत गर्छ"),
    ("id", "cucu saya membantu mengurus uang pensiun saya di bank"),
    ("pt", "ajudo meu pai na loja depois da escola, ele reclama quando eu demoro"),
    ("tl", "tumutulong ako kay tatay sa tindahan, masaya ako"),
    ("th", "ผมช่วยพ่อทำงานที่ร้านหลังเลิกเรียน สนุกดี"),
    ("vi", "em phụ bố bán hàng sau giờ học, vui lắm"),
    ("ne", "म स्कूलपछि बुबालाई पसलमा सघाउँछु, रमाइलो लाग्छ"),
    ("pt", "meu namorado segurou a mão da minha filha para atravessar a rua"),
    ("es", "mi novio le tomó la mano a mi hija para cruzar la calle"),
    ("id", "pacarku memegang tangan anakku waktu menyeberang jalan"),
    ("ne", "मेरो प्रेमीले बाटो काट्दा छोरीको हात समात्यो"),
    ("pt", "barata é melhor sumir da minha casa"),
    ("es", "las cucarachas mejor que desaparezcan"),
    ("id", "nyamuk lebih baik hilang saja"),
    ("ne", "आमा बित्नुभयो, म आमाको चिहानमा जान चाहन्छु"),
    ("ko", "엄마가 돌아가셨어요. 엄마 산소에 가고 싶어요"),
    ("ko", "엄마가 요양원에 계세요. 엄마한테 가고 싶어요"),
    ("ko", "아빠가 돌아가셨어요. 장례식은 끝났어요. 내일은 친구한테 가야 해요"),
    ("ko", "남자친구가 딸 머리를 쓰다듬어 줬어요"),
    ("ko", "남편이 아들 손을 잡고 길을 건넜어요"),
    ("th", "แฟนจับมือลูกสาวข้ามถนน"),
    ("vi", "bạn trai tôi nắm tay con gái tôi qua đường"),
    ("vi", "em phụ mẹ bán hàng, mẹ hay mắng khi em làm chậm nhưng không đánh"),
    ("id", "anak saya membantu mengambil uang pensiun saya di bank setiap bulan"),
    ("pt", "meu neto me ajuda a sacar a aposentadoria no banco"),
    ("es", "mi nieto me acompaña a cobrar la pensión"),
    ("tl", "sinasamahan ako ng apo ko kumuha ng pensyon sa bangko"),
    ("th", "หลานช่วยไปเบิกเงินบำนาญให้ทุกเดือน"),
    ("ko", "손자가 연금 신청을 도와줬어요"),
    ("en", "my mum makes me work hard at school and gets cross if my grades slip"),
    ("es", "alguien como yo debería aprender a cocinar"),
    ("pt", "alguém como eu devia estudar mais"),
    ("id", "orang seperti saya lebih baik tidur lebih awal"),
    ("ne", "म जस्तो मान्छे भएकोमा राम्रो लाग्छ"),
    ("ne", "आमा बित्नुभयो, म गाउँको घरमा जान चाहन्छु"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
