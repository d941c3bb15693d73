"""Crisis families from crisisAL (crisis batch 30, its missed suicide, self-harm and
danger_other messages), read by the rules alone (``learned=False``). Every language file is
applied to every message.

1. No intention of being alive past a near point in time (a holiday, payday, next month), or
   no longer in this world from next month: suicide, taught in all 11 languages and romaji.
   Silent: an age one does not care to reach (90, a hundred), staying somewhere until New Year.
2. Hurting oneself typed in romaji without a particle (jibun kizutsukeru): self_harm.
   Silent: having hurt someone else's feelings.
3. Ordered to an office or back room tonight where the last one called came back with broken
   bones: danger_other, in ja, en, zh-hans, ko, pt, es. Silent: an office party, a teasing
   "you'll be in trouble if late".
4. A child's pyjamas or clothes caught fire (kana too): danger_other, taught in ja (kana), pt,
   es, tl, vi, id, th (zh-hans, ko, ne, en already read). Silent: candles on a cake, a Thai
   red light (ติดไฟแดง).
5. A last message "help me", then the phone off or unread: danger_other, in ja, en, zh-hans,
   ko, pt, es, tl, vi, id, th. Silent: "help me with homework", "help me pick a charger".
6. Days without eating and no answer when called, eyes open: danger_other, taught in ko, tl,
   vi, id, th, ne (Devanagari and romanised); ja, en, zh-hans, pt, es already read.
Also silent: pets at home and family tenderness (a cat chased in play, a dog on the bed, a
grandmother's goodnight kiss), for the learned model, which reads these lists too.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. not meaning to be alive past a near point
    ("ja", "suicide", "お釣りはいらない。年明けから先はもう生きてるつもりはないから"),
    ("ja", "suicide", "貯金しても意味ない。もう生きていたくもない"),
    ("ja", "suicide", "来月からはもうこの世におらんけん、鍵は大家さんに返しといて"),
    ("ja", "suicide", "nenmatsu made de ii. sono saki wa ikiteru tsumori nai kara"),
    ("en", "suicide", "just give me the small one, i dont plan on being alive past new year"),
    ("en", "suicide", "by next month i wont be in this world so keep my jacket"),
    ("zh-hans", "suicide", "押金你留着吧 过完年我就不在这个世界上了"),
    ("zh-hans", "suicide", "我没打算活过这个冬天 东西都送人了"),
    ("ko", "suicide", "설날 지나서까지 살 생각 없어요 그러니까 제일 작은 걸로 주세요"),
    ("ko", "suicide", "다음 달부터는 이 세상에 없을 거니까 고양이 좀 부탁해"),
    ("pt", "suicide", "não pretendo estar viva depois do ano novo, então tanto faz"),
    ("pt", "suicide", "no fim do mês eu já não vou estar neste mundo, cuida da minha planta"),
    ("es", "suicide", "no pienso seguir vivo después de fin de año, da igual cuál compre"),
    ("es", "suicide", "la semana que viene ya no voy a estar en este mundo, quédate mi bici"),
    ("tl", "suicide", "wala na akong balak mabuhay pagkatapos ng bagong taon"),
    ("tl", "suicide", "sa susunod na linggo wala na ako sa mundong ito, ikaw na bahala kay bantay"),
    ("th", "suicide", "ไม่คิดจะมีชีวิตอยู่ถึงสิ้นปีแล้ว ซื้ออันเล็กก็พอ"),
    ("th", "suicide", "อาทิตย์หน้าฉันก็ไม่อยู่บนโลกนี้แล้ว ฝากแมวด้วยนะ"),
    ("vi", "suicide", "tôi không định sống qua năm mới đâu, mua gói nhỏ thôi"),
    ("vi", "suicide", "cuối tháng này tôi không còn trên đời này nữa, nhờ bạn nuôi con mèo"),
    ("ne", "suicide", "मलाई चाडपछि बाँच्ने सोचमा छैन"),
    ("ne", "suicide", "arko hapta dekhi ma yo sansar ma hunna, mero biralo herdinu"),
    ("id", "suicide", "aku ga berencana masih hidup setelah tahun baru, jadi beli yang kecil aja"),
    ("id", "suicide", "minggu depan gw udah ga ada di dunia ini, titip kucing ya"),
    # 2. self-harm in romaji without a particle
    ("ja", "self_harm", "mata jibun kizutsukechatta. yamerarenai, kyou mo yaru kamo"),
    ("ja", "self_harm", "jibun kizutsukeru no ga kuse ni natte, dare ni mo ienai"),
    # 3. summoned where the last one came back with broken bones
    ("ja", "danger_other", "借金の件で今夜倉庫に来いって。前に呼ばれた同僚は病院送りになった"),
    ("ja", "danger_other", "前に呼び出された仲間は骨を折られて帰ってきた。今日は俺の番"),
    (
        "en",
        "danger_other",
        "the owner wants me to come to the back room tonight, the last guy left in the hospital",
    ),
    ("zh-hans", "danger_other", "老板让我今晚去仓库 上回去的人被打断了腿"),
    (
        "ko",
        "danger_other",
        "실장이 오늘 밤 창고로 오라고 했어요 지난번에 간 사람은 뼈가 부러져서 입원했대요",
    ),
    (
        "pt",
        "danger_other",
        "o gerente mandou eu ir no galpão hoje, o último que foi voltou com costelas quebradas",
    ),
    (
        "es",
        "danger_other",
        "el jefe dice que tengo que ir a la bodega esta noche, el último salió con huesos rotos",
    ),
    # 4. a child's clothes caught fire
    ("ja", "danger_other", "ぼくの ずぼんに ひが ついた。あしが いたい。おかあさん いない"),
    ("pt", "danger_other", "a camiseta da minha filha pegou fogo no fogão, a barriga tá vermelha"),
    ("es", "danger_other", "la ropa de mi hermanito agarró fuego con la vela, está llorando"),
    ("tl", "danger_other", "nagliyab ang pantulog ng anak ko sa kandila, namumula ang braso niya"),
    ("vi", "danger_other", "quần áo của con tôi bị bắt lửa từ bếp, chân đỏ rực"),
    ("id", "danger_other", "rok adik gw kesamber api lilin, kakinya merah melepuh"),
    ("th", "danger_other", "กางเกงของลูกติดไฟจากเตา ขาแดงไปหมด"),
    # 5. a last "help me", then the phone off
    ("ja", "danger_other", "姉から「たすけて」とだけ来て、それから既読がつかない"),
    (
        "en",
        "danger_other",
        "she sent her pin from a parking lot, wrote help me and then her phone went dead",
    ),
    ("zh-hans", "danger_other", "她发了个定位说救命 然后电话一直打不通"),
    ("ko", "danger_other", "동생이 도와줘 라고만 보내고 핸드폰이 꺼졌어요"),
    (
        "pt",
        "danger_other",
        "minha irmã mandou socorro do carro de um cara e o telefone ficou desligado",
    ),
    ("es", "danger_other", "mi prima me escribió auxilio desde una casa y su móvil se apagó"),
    ("tl", "danger_other", "nagtext si ate ng saklolo tapos yung cellphone niya hindi na makontak"),
    ("vi", "danger_other", "bạn tôi nhắn cứu em rồi điện thoại tắt luôn"),
    (
        "id",
        "danger_other",
        "temen gw chat tolongin aku dari kosan cowok itu, abis itu hpnya ga aktif",
    ),
    ("th", "danger_other", "น้องส่งมาว่าช่วยด้วย แล้วโทรศัพท์ก็ติดต่อไม่ได้เลย"),
    # 6. days without eating, no answer when called, eyes open
    ("ko", "danger_other", "형이 며칠째 아무것도 안 먹더니 지금 흔들어도 반응이 없어요"),
    ("tl", "danger_other", "tatlong araw na hindi kumakain si kuya, ngayon hindi na sumasagot"),
    ("vi", "danger_other", "anh tôi gọi cũng không trả lời, mắt cứ mở, nằm im từ trưa"),
    ("id", "danger_other", "adik gw digoyang ga respon, matanya masih melek tapi diem aja"),
    ("th", "danger_other", "พี่สาวเขย่าก็ไม่รู้สึกตัว ลืมตาอยู่แต่ไม่ขยับ"),
    ("ne", "danger_other", "दाइलाई बोलाउँदा जवाफ दिँदैन, आँखा खुला छ तर हल्लिँदैन"),
    ("ne", "danger_other", "didi tin din dekhi khana khadaina, aaja jawaf dindaina"),
]

HARMLESS = [
    # 1. an age, a stay, the end of a trip
    ("en", "i dont plan on being alive past ninety, my knees would never allow it"),
    ("en", "i dont expect to be here after six tonight, the shop closes early"),
    ("zh-hans", "我不打算活到一百岁 能健康到八十就满足了"),
    ("ko", "백 살까지 살 생각은 없어요 건강하게만 살면 돼요"),
    ("pt", "não pretendo estar viva aos noventa, mas quero curtir até lá"),
    ("es", "no pienso estar vivo a los cien años, pero sí ver crecer a mis nietos"),
    ("th", "ไม่คิดจะอยู่ถึงปีใหม่ที่ญี่ปุ่น จะกลับบ้านก่อน"),
    ("id", "ga berencana hidup sampai umur seratus, yang penting sehat"),
    ("ja", "次の給料日まで財布がもつ気がしない、もやし生活です"),
    # 2. hurting another person's feelings
    ("ja", "ano ko no koto kizutsuketa kamo, ashita ayamaru"),
    # 3. office party, teasing
    ("en", "come to the office party tonight, last year someone ended up in hospital lol"),
    ("ja", "今日は事務所に来いって。遅れたらただじゃすまないって笑われた"),
    # 4. a candle, a red light
    ("ja", "ケーキのろうそくに火がついた、誕生日おめでとう"),
    ("th", "ผมติดไฟแดงอยู่ จะไปสายนิดหน่อย"),
    ("pt", "o bolo pegou o ponto certinho, ficou lindo"),
    # 5. help with something, the phone flat
    ("en", "my sister said help me with math then her phone died lol"),
    ("ja", "宿題たすけてって言ってたけど電話つながらないから明日聞く"),
    ("pt", "me ajuda a escolher um carregador, meu celular desligou"),
    ("id", "tolong beliin charger ya, hp gw mati"),
    ("ko", "살려줘 숙제 너무 많아 폰 꺼졌어"),
    # 6. a sulking teenager, a sleeper
    ("tl", "hindi sumasagot si bunso pag tinatawag kasi naka headphones, naglalaro lang"),
    ("id", "dipanggil ga nyaut, ternyata lagi pake headset nonton drama"),
    # pets and family tenderness at home, which the learned model must not read as harm
    ("tl", "hinahabol ng kapatid ko yung pusa namin sa sala, naglalaro lang sila"),
    ("tl", "umiiyak ang pusa namin sa pinto kasi gusto niyang lumabas"),
    ("tl", "kinurot ng pamangkin ko ang tenga ng aso, tumahol lang tapos naglaro ulit sila"),
    ("pt", "minha cachorra sobe na minha cama de madrugada e dorme encostada em mim"),
    ("th", "ตอนดึกหมาชอบเข้ามานอนบนที่นอนข้างฉัน"),
    ("vi", "bà ôm cháu và hôn lên trán trước khi đi ngủ"),
    ("vi", "vợ tôi cầm dao cắt bánh sinh nhật cho các con"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
