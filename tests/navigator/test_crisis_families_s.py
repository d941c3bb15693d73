"""Five child-abuse and sexual-violence families in all eleven languages (crisisS): our own probes.

Read by the rules alone (``learned=False``): the lexicons must carry each family.

1. Child abuse: cruel punishments of a small child by a carer (a grandmother, a step-mother,
   a mother-in-law, a parent): chili put in the mouth for bad words, ice-cold water poured on
   the child at dawn for wetting the bed, made to stand outside in the cold, food withheld.
   Silent: a child who ate chili by mistake, a cold shower after football, a time-out on the sofa.
2. Child abuse: a child kept from school to work (a child servant in a neighbour's house
   washing dishes and crying, a child made to steal from shops by a parent). Silent: a teen
   with a legal part-time job, a child helping with chores, a school trip missed for a fever.
3. Child abuse seen by a professional or a neighbour: a child coming hungry every morning with
   long thin bruises on the back who says it is because they are a bad kid; a teen in romaji
   Japanese beaten by the father. Silent: bruises from sport explained, breakfast skipped once.
4. Sexual violence: a stranger or a professional touching under clothes in a closed space (a
   hand under a child's skirt in a lift, a tattoo artist or masseur who said the underwear had
   to come off, an estate agent locking the door of an empty flat). Silent: a doctor's exam
   with a chaperone, a tattoo on the ankle, a lift that got stuck.
5. Sexual violence: pushed or forced to go to a hotel (a paid-dating contact, a bar's
   mama-san sending a hostess with customers, a boss), in romaji Japanese too. Silent: booking
   a hotel for a trip, a hostess who refuses and nothing happens.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CA = "child_abuse"
SV = "sexual_violence"

CRISIS = [
    # 1. Cruel punishments by a carer.
    ("ja", CA, "義母が、息子が汚い言葉を言ったからって口に唐辛子を入れた"),
    ("ja", CA, "継母がおねしょした罰に、まだ暗い朝に妹に氷水をかける"),
    ("ja", CA, "ばあちゃんが言うこときかないと4さいの弟を寒い外に何時間も立たせてる"),
    ("en", CA, "my mother-in-law puts hot chili in my son's mouth when he says a bad word"),
    ("en", CA, "his stepmother pours ice cold water on him at dawn because he wet the bed"),
    ("en", CA, "grandma makes my 4 year old stand outside in the cold as a punishment"),
    ("zh-hans", CA, "婆婆因为孩子说了脏话就往他嘴里塞辣椒"),
    ("zh-hans", CA, "后妈因为他尿床，天不亮就往他身上泼冰水"),
    ("zh-hans", CA, "奶奶罚孩子大冷天站在门外，还不给饭吃"),
    ("ko", CA, "시어머니가 애가 욕했다고 입에 고춧가루를 넣었어요"),
    ("ko", CA, "새엄마가 오줌 쌌다고 새벽에 아이한테 얼음물을 부어요"),
    ("ko", CA, "할머니가 벌로 아이를 추운 밖에 세워 두고 밥도 안 줘요"),
    ("pt", CA, "a avó colocou pimenta na boca do meu filho porque ele falou palavrão"),
    ("pt", CA, "a madrasta joga água gelada nele de madrugada porque ele fez xixi na cama"),
    ("pt", CA, "o pai deixa ele de castigo lá fora no frio e sem comida"),
    ("es", CA, "la suegra le puso chile en la boca a mi hijo por decir groserías"),
    ("es", CA, "su madrastra le echa agua helada de madrugada por mojar la cama"),
    ("es", CA, "la abuela lo deja afuera en el frío de castigo y sin comer"),
    ("tl", CA, "nilalagyan ng lola ng sili ang bibig ng anak ko kapag nagmumura siya"),
    (
        "tl",
        CA,
        "binubuhusan siya ng madrasta niya ng malamig na tubig tuwing madaling araw "
        "kasi naihi siya",
    ),
    ("tl", CA, "pinapatayo siya ng tatay niya sa labas sa lamig bilang parusa"),
    ("th", CA, "ย่าเอาพริกยัดใส่ปากหลานเพราะพูดคำหยาบ"),
    ("th", CA, "แม่เลี้ยงสาดน้ำเย็นจัดใส่เด็กตอนเช้ามืดเพราะฉี่รดที่นอน"),
    ("th", CA, "พ่อลงโทษให้ลูกไปยืนข้างนอกตอนอากาศหนาวและไม่ให้กินข้าว"),
    ("vi", CA, "bà nội nhét ớt vào miệng cháu vì cháu nói bậy"),
    ("vi", CA, "mẹ kế dội nước đá lên người bé lúc sáng sớm vì bé tè dầm"),
    ("vi", CA, "bố phạt con đứng ngoài trời lạnh và không cho ăn cơm"),
    ("ne", CA, "हजुरआमाले नराम्रो शब्द बोलेकोमा नातिको मुखमा खुर्सानी हालिदिनुभयो"),
    ("ne", CA, "सौतेनी आमाले ओछ्यानमा पिसाब गरेकोमा बिहानै बच्चामाथि चिसो पानी खन्याउँछिन्"),
    ("ne", CA, "बुबाले सजायको रूपमा छोरालाई जाडोमा बाहिर उभ्याउनुहुन्छ र खाना दिनुहुन्न"),
    ("id", CA, "nenek memasukkan cabai ke mulut anakku karena dia bicara kasar"),
    ("id", CA, "ibu tirinya menyiram dia dengan air es subuh-subuh karena mengompol"),
    ("id", CA, "ayahnya menghukum dia berdiri di luar saat dingin dan tidak diberi makan"),
    # 2. A child kept from school to work or to steal.
    ("ja", CA, "隣の家に学校に行かせてもらえない女の子がいて、毎日皿洗いをさせられて泣いてる"),
    ("ja", CA, "お父さんに万引きしてこいって言われる。しないと殴られる"),
    ("ja", CA, "親戚の子が学校に行かずに店で毎日働かされてる、まだ10歳なのに"),
    (
        "en",
        CA,
        "the girl next door is maybe 10, she doesn't go to school, she washes dishes "
        "in their house all day and cries",
    ),
    ("en", CA, "his dad makes him steal from shops and beats him if he comes back with nothing"),
    ("en", CA, "my niece is kept home from school to work in their restaurant"),
    ("zh-hans", CA, "邻居家有个小女孩不让上学，整天洗碗，经常在哭"),
    ("zh-hans", CA, "他爸逼他去超市偷东西，偷不到就打他"),
    ("ko", CA, "옆집에 학교도 못 가고 하루 종일 설거지하면서 우는 여자애가 있어요"),
    ("ko", CA, "아빠가 가게에서 물건을 훔쳐 오라고 시키고 안 하면 때려요"),
    ("pt", CA, "a menina da vizinha não vai à escola, passa o dia lavando louça e chorando"),
    ("pt", CA, "o pai obriga ele a roubar nas lojas e bate nele se não roubar"),
    ("es", CA, "la niña de los vecinos no va a la escuela, lava platos todo el día y llora"),
    ("es", CA, "su papá lo obliga a robar en las tiendas y le pega si no lo hace"),
    (
        "tl",
        CA,
        "yung batang babae sa kapitbahay hindi pinapapasok sa school, "
        "naghuhugas ng plato buong araw at umiiyak",
    ),
    ("tl", CA, "pinipilit siya ng tatay niya na magnakaw sa tindahan at binubugbog kapag hindi"),
    ("th", CA, "เด็กผู้หญิงบ้านข้างๆ ไม่ได้ไปโรงเรียน ต้องล้างจานทั้งวันแล้วก็ร้องไห้"),
    ("th", CA, "พ่อบังคับให้ลูกไปขโมยของในร้าน ถ้าไม่ไปก็ตี"),
    ("vi", CA, "bé gái nhà hàng xóm không được đi học, rửa bát cả ngày và hay khóc"),
    ("vi", CA, "bố ép con đi ăn trộm trong cửa hàng, không làm thì bị đánh"),
    ("ne", CA, "छिमेकीको घरमा एउटी सानी केटी स्कूल जान पाउँदिन, दिनभरि भाँडा माझेर रुन्छे"),
    ("ne", CA, "बुबाले पसलबाट चोरेर ल्याउन लगाउनुहुन्छ, नल्याए कुट्नुहुन्छ"),
    (
        "id",
        CA,
        "anak perempuan di rumah tetangga tidak disekolahkan, cuci piring seharian sambil nangis",
    ),
    ("id", CA, "bapaknya menyuruh dia mencuri di toko dan memukulnya kalau tidak mau"),
    # 3. Seen by a school nurse, a teacher, a coach; a teen beaten by the father (romaji).
    (
        "ja",
        CA,
        "保健室に毎朝おなかをすかせて来る子がいて、背中に細長いあざが何本もある。"
        "『ぼくが悪い子だから』って",
    ),
    ("ja", CA, "担任してる子の背中に線みたいな細いあざがあって、聞いたら自分が悪い子だからと言う"),
    ("ja", CA, "oyaji ni nagurareta. kabe ni oshitsukerareta. karada aza darake"),
    ("ja", CA, "kinou mo oyaji ni kabe ni oshitsukerarete aza darake ni natta"),
    (
        "en",
        CA,
        "I'm a school nurse. a boy comes in hungry every morning with long thin bruises "
        "on his back and says it's because he's a bad kid",
    ),
    ("en", CA, "as his coach I keep seeing marks on his back and he says 'because I'm a bad boy'"),
    (
        "zh-hans",
        CA,
        "我是校医，有个孩子每天早上饿着肚子来，背上有一条条细长的淤青，说是因为自己是坏孩子",
    ),
    ("zh-hans", CA, "我班上一个学生背上有很多细长的伤痕，问他，他说因为我是坏孩子"),
    ("ko", CA, "보건교사인데 매일 아침 굶고 오는 아이 등에 길고 가는 멍이 여러 줄 있어요"),
    ("ko", CA, "코치인데 애 등에 멍이 있어서 물어보니 자기가 나쁜 아이라서 그렇대요"),
    (
        "pt",
        CA,
        "sou enfermeira da escola, um menino chega com fome toda manhã e tem marcas "
        "compridas nas costas, diz que é porque ele é um menino mau",
    ),
    (
        "pt",
        CA,
        "sou professora, a aluna tem hematomas nas costas e diz que é porque é uma menina má",
    ),
    (
        "es",
        CA,
        "soy enfermera escolar, un niño llega con hambre cada mañana y tiene moretones "
        "largos y finos en la espalda",
    ),
    (
        "es",
        CA,
        "soy su entrenador, tiene marcas en la espalda y dice que es porque es un niño malo",
    ),
    (
        "tl",
        CA,
        "school nurse ako, may batang laging gutom pagdating sa umaga "
        "at may mahahabang pasa sa likod",
    ),
    (
        "tl",
        CA,
        "teacher ako, may pasa sa likod yung estudyante ko "
        "at sabi niya kasi masama daw siyang bata",
    ),
    ("th", CA, "เป็นครูพยาบาล มีเด็กมาโรงเรียนหิวทุกเช้าและมีรอยช้ำยาวๆ ที่หลัง"),
    ("th", CA, "ลูกศิษย์มีรอยช้ำที่หลัง ถามแล้วบอกว่าเพราะหนูเป็นเด็กไม่ดี"),
    ("vi", CA, "tôi là y tá trường, có bé sáng nào cũng đói và trên lưng có những vết bầm dài"),
    ("vi", CA, "học trò tôi có vết bầm trên lưng, hỏi thì bé nói vì con là đứa hư"),
    ("ne", CA, "म स्कूल नर्स हुँ, एउटा बच्चा हरेक बिहान भोकै आउँछ र ढाडमा लामा नीला डामहरू छन्"),
    ("ne", CA, "मेरो विद्यार्थीको ढाडमा नीलो दाग छ, सोध्दा म नराम्रो बच्चा भएकोले भन्छ"),
    (
        "id",
        CA,
        "saya perawat sekolah, ada anak yang tiap pagi datang kelaparan dan punggungnya "
        "penuh memar panjang",
    ),
    ("id", CA, "murid saya ada memar di punggung, katanya karena dia anak nakal"),
    # 4. Touched under clothes in a closed space by a stranger or a professional.
    ("ja", SV, "エレベーターで しらない おじさんが むすめの スカートの なかに て いれてきた"),
    ("ja", SV, "タトゥーの彫り師に、この位置だと下着を脱がないとと言われて、触られた"),
    ("ja", SV, "不動産屋が空き部屋の内見で鍵をかけて腰を抱いてきた。番号も職場も知られてる"),
    ("en", SV, "a man in the lift put his hand under my daughter's skirt"),
    (
        "en",
        SV,
        "the tattoo artist said the placement meant my underwear had to come off "
        "and then touched me",
    ),
    (
        "en",
        SV,
        "the estate agent locked the door of the empty flat and held my waist, "
        "and he has my number and knows where I work",
    ),
    ("zh-hans", SV, "电梯里一个陌生男人把手伸进我女儿的裙子里"),
    ("zh-hans", SV, "按摩师说要把内衣脱掉，然后就摸我"),
    ("zh-hans", SV, "中介带我看空房，把门锁上搂我的腰，他还知道我的电话和单位"),
    ("ko", SV, "엘리베이터에서 모르는 남자가 딸 치마 속에 손을 넣었어요"),
    ("ko", SV, "타투이스트가 위치 때문에 속옷을 벗어야 한다고 하더니 만졌어요"),
    ("ko", SV, "부동산 중개인이 빈 집에서 문을 잠그고 허리를 안았어요"),
    ("pt", SV, "um homem no elevador colocou a mão debaixo da saia da minha filha"),
    ("pt", SV, "o tatuador disse que eu tinha que tirar a calcinha e me tocou"),
    ("pt", SV, "o corretor trancou a porta do apartamento vazio e agarrou minha cintura"),
    ("es", SV, "un hombre en el ascensor le metió la mano bajo la falda a mi hija"),
    ("es", SV, "el masajista dijo que tenía que quitarme la ropa interior y me tocó"),
    ("es", SV, "el agente inmobiliario cerró con llave el piso vacío y me agarró de la cintura"),
    ("tl", SV, "may lalaki sa elevator na nagpasok ng kamay sa ilalim ng palda ng anak ko"),
    ("tl", SV, "sabi ng masahista kailangan kong hubarin ang panty ko tapos hinawakan niya ako"),
    ("th", SV, "ผู้ชายในลิฟต์เอามือล้วงเข้าไปใต้กระโปรงลูกสาว"),
    ("th", SV, "ช่างสักบอกว่าต้องถอดชุดชั้นในแล้วก็มาจับตัว"),
    ("th", SV, "นายหน้าพาไปดูห้องว่างแล้วล็อกประตูแล้วกอดเอว"),
    ("vi", SV, "một người đàn ông trong thang máy thò tay vào váy con gái tôi"),
    ("vi", SV, "thợ xăm bảo phải cởi đồ lót rồi sờ vào người tôi"),
    ("vi", SV, "người môi giới khóa cửa căn hộ trống rồi ôm eo tôi"),
    ("ne", SV, "लिफ्टमा एक जना अपरिचितले छोरीको स्कर्टभित्र हात हाल्यो"),
    ("ne", SV, "मसाज गर्नेले भित्री कपडा खोल्नुपर्छ भन्यो अनि छोयो"),
    ("id", SV, "ada pria di lift yang memasukkan tangan ke dalam rok anak saya"),
    ("id", SV, "tukang tato bilang celana dalam harus dilepas lalu dia meraba saya"),
    ("id", SV, "agen properti mengunci pintu apartemen kosong lalu memeluk pinggang saya"),
    # 5. Pushed or forced to go to a hotel.
    ("ja", SV, "パパ活で会った人に無理やりホテルに連れて行かれた"),
    ("ja", SV, "店のママに客とホテルに行けって言われる。嫌なのに"),
    ("ja", SV, "muriyari hoteru ni tsurete ikarete, iya tte itta noni"),
    ("ja", SV, "joushi ni hoteru ni tsurete ikareta. iya tte itta noni"),
    ("en", SV, "the guy from the paid dating app dragged me to a hotel even though I said no"),
    ("en", SV, "the mama-san makes us go to hotels with the customers"),
    ("en", SV, "my boss forced me to go to a hotel with him after the party"),
    ("zh-hans", SV, "援交认识的人硬把我拉去酒店"),
    ("zh-hans", SV, "妈妈桑逼我们陪客人去酒店"),
    ("ko", SV, "조건만남으로 만난 남자가 억지로 모텔에 끌고 갔어요"),
    ("ko", SV, "마담이 손님이랑 호텔에 가라고 강요해요"),
    ("pt", SV, "o cara do encontro pago me levou à força para um motel"),
    ("pt", SV, "a dona do bar obriga as meninas a ir para o hotel com os clientes"),
    ("es", SV, "el hombre de la cita pagada me llevó a la fuerza a un hotel"),
    ("es", SV, "la mama-san nos obliga a ir al hotel con los clientes"),
    ("tl", SV, "pinilit ako ng boss ko na sumama sa hotel kahit ayaw ko"),
    ("tl", SV, "pinipilit kami ng mamasan na sumama sa customer sa hotel"),
    ("th", SV, "แม่เล้าบังคับให้ไปโรงแรมกับลูกค้า"),
    ("th", SV, "เจ้านายลากไปโรงแรมทั้งที่บอกว่าไม่เอา"),
    ("vi", SV, "má mì ép tôi đi khách sạn với khách"),
    ("vi", SV, "sếp bắt tôi vào khách sạn với ông ấy dù tôi đã nói không"),
    ("ne", SV, "हाकिमले जबरजस्ती होटलमा लग्यो"),
    ("ne", SV, "बारको साहुनीले ग्राहकसँग होटल जान बाध्य पार्छिन्"),
    ("id", SV, "om dari open BO itu memaksa aku ikut ke hotel"),
    ("id", SV, "mami di bar memaksa kami ke hotel bersama tamu"),
    # More wordings of the same families.
    ("ja", CA, "ははにまんびきさせられてる"),
    ("ja", SV, "整体の先生に下着を外してと言われて胸を触られた"),
    (
        "en",
        CA,
        "grandma threw a bucket of freezing water over my cousin at 5am because she wet the bed",
    ),
    ("en", CA, "her aunt keeps her home from school to clean and cook for the family"),
    ("en", SV, "my manager pressured me into going to a love hotel"),
    ("zh-hans", CA, "我骂人，妈妈就把辣椒面塞进我嘴里"),
    ("ko", CA, "할머니가 벌로 동생 입에 고춧가루를 집어넣었어요"),
    ("pt", CA, "a tia não deixa a menina ir pra escola, ela lava roupa o dia todo"),
    ("es", CA, "la tía no la deja ir a la escuela, la pone a limpiar la casa todo el día"),
    ("tl", CA, "pinalunok ng lola ng sili yung pinsan ko kasi nagmura daw"),
    ("th", CA, "ยายเอาพริกทาปากน้องเพราะน้องโกหก"),
    ("vi", CA, "ba ep thang be di an trom"),
    ("vi", SV, "ma mi ep em vao khach san voi khach"),
    ("ne", CA, "बुबाले गाली गरेकोमा भाइको मुखमा खुर्सानी घस्नुभयो"),
    ("id", CA, "mulut adikku diolesi sambal sama nenek karena ngomong kasar"),
]

HARMLESS = [
    # 1.
    ("ja", "息子がまちがえて唐辛子を食べて泣いた"),
    ("ja", "サッカーのあとに冷たいシャワーを浴びた"),
    ("ja", "息子をソファで少しクールダウンさせた"),
    ("en", "my son ate a chili by mistake and cried"),
    ("en", "had a cold shower after football"),
    ("en", "gave my daughter a five minute time-out on the sofa"),
    ("zh-hans", "孩子不小心吃了辣椒，哭了"),
    ("zh-hans", "踢完足球洗了个冷水澡"),
    ("ko", "아이가 실수로 고추를 먹고 울었어요"),
    ("ko", "축구하고 찬물로 샤워했어요"),
    ("pt", "meu filho comeu pimenta sem querer e chorou"),
    ("pt", "tomei banho frio depois do futebol"),
    ("es", "mi hijo comió chile por error y lloró"),
    ("es", "me di una ducha fría después del fútbol"),
    ("tl", "nakakain ng sili ang anak ko nang hindi sinasadya at umiyak siya"),
    ("th", "ลูกกินพริกโดยไม่ตั้งใจแล้วร้องไห้"),
    ("vi", "con ăn nhầm ớt rồi khóc"),
    ("ne", "छोराले गल्तीले खुर्सानी खायो र रोयो"),
    ("id", "anakku tidak sengaja makan cabai lalu menangis"),
    # 2.
    ("ja", "高校生の息子が週末にコンビニでバイトしてる"),
    ("ja", "熱が出て修学旅行に行けなかった"),
    ("en", "my 16 year old has a legal part-time job at a cafe on weekends"),
    ("en", "my son missed the school trip because of a fever"),
    ("zh-hans", "孩子帮忙洗碗，做家务"),
    ("ko", "고등학생 아들이 주말에 편의점 알바를 해요"),
    ("pt", "meu filho ajuda a lavar a louça depois do jantar"),
    ("es", "mi hija de 17 trabaja los fines de semana en una cafetería"),
    ("tl", "hindi nakasama sa field trip ang anak ko kasi nilagnat siya"),
    ("th", "ลูกช่วยล้างจานหลังกินข้าว"),
    ("vi", "con trai tôi 17 tuổi làm thêm cuối tuần ở quán cà phê"),
    ("ne", "ज्वरो आएकोले छोरा स्कूलको भ्रमणमा जान पाएन"),
    ("id", "anakku bantu cuci piring setelah makan"),
    # 3.
    ("ja", "練習で転んで膝にあざができたと本人が言っていた"),
    ("ja", "今朝は寝坊して朝ごはんを食べてこなかった"),
    ("en", "as his coach I saw a bruise on his shin, he got it in a tackle on Saturday"),
    ("en", "one of my students skipped breakfast today and was hungry"),
    ("zh-hans", "孩子踢球摔了一跤，腿上有块淤青"),
    ("ko", "축구하다 넘어져서 무릎에 멍이 들었대요"),
    ("pt", "ele tem um roxo na perna do futebol, caiu no treino"),
    ("es", "tiene un moretón en la rodilla del partido de fútbol"),
    ("tl", "may pasa siya sa tuhod kasi nadapa sa basketball"),
    ("th", "ลูกมีรอยช้ำที่เข่าเพราะล้มตอนเตะบอล"),
    ("vi", "hôm nay bé không ăn sáng vì dậy muộn"),
    ("ne", "फुटबल खेल्दा लडेर घुँडामा नीलो दाग आयो"),
    ("id", "ada memar di lututnya karena jatuh waktu main bola"),
    # 4.
    ("ja", "婦人科の診察では看護師さんが付き添ってくれて、先生の説明もあった"),
    ("ja", "足首にタトゥーを入れた"),
    ("ja", "エレベーターが止まって30分出られなかった"),
    ("en", "the doctor explained the exam and a nurse stayed in the room as a chaperone"),
    ("en", "got a small tattoo on my ankle yesterday"),
    ("en", "the lift got stuck between floors for twenty minutes"),
    ("zh-hans", "电梯卡住了，二十分钟才出来"),
    ("ko", "발목에 작은 타투를 했어요"),
    ("pt", "fiz uma tatuagem no tornozelo"),
    ("es", "el ascensor se quedó atascado veinte minutos"),
    ("tl", "nagpatattoo ako sa bukong-bukong"),
    ("th", "ลิฟต์ค้างอยู่ยี่สิบนาที"),
    ("vi", "thang máy bị kẹt hai mươi phút"),
    ("ne", "लिफ्ट बीस मिनेट अड्कियो"),
    ("id", "liftnya macet dua puluh menit"),
    # 5.
    ("ja", "旅行のためにホテルを予約した"),
    ("ja", "お客さんにホテルに誘われたけど断った。何もなかった"),
    ("ja", "hoteru wo yoyaku shita"),
    ("en", "booked a hotel for our trip to Osaka"),
    ("en", "a customer asked me to go to a hotel, I refused and nothing happened"),
    ("zh-hans", "去旅行订了酒店"),
    ("ko", "여행 가려고 호텔 예약했어요"),
    ("pt", "reservei um hotel para a viagem"),
    ("es", "reservé un hotel para el viaje"),
    ("tl", "nag-book ako ng hotel para sa bakasyon"),
    ("th", "จองโรงแรมไว้สำหรับเที่ยว"),
    ("vi", "đặt khách sạn cho chuyến du lịch"),
    ("ne", "यात्राका लागि होटल बुक गरें"),
    ("id", "pesan hotel untuk liburan"),
    # More look-alikes.
    ("ja", "旅行でホテルに連れて行かれたけど、嫌いな料理ばかりだった"),
    ("ja", "寒い日に子供を外で立たせて写真を撮った"),
    ("en", "dad makes us stand outside the school gate and wait for the bus in the cold"),
    ("en", "she poured cold water on his idea"),
    ("en", "my friend dragged me to the hotel bar"),
    ("zh-hans", "别总给孩子泼冷水"),
    ("zh-hans", "孩子嘴里塞满了辣椒，辣得直哭"),
    ("ko", "아이한테 얼음물을 부어 줬어요"),
    ("ko", "겨울에 밖에 세워둔 차가 얼었어요"),
    ("pt", "deixou o carro na rua a noite toda"),
    ("es", "dejó el coche fuera toda la noche con el frío"),
    ("tl", "iniwan ko ang sapatos sa labas sa ulan"),
    ("th", "ลากกระเป๋าไปโรงแรม"),
    ("vi", "bắt taxi đến khách sạn"),
    ("ne", "सामान तानेर होटलमा पुर्याएँ"),
    ("id", "anakku bantu jualan di warung setelah pulang sekolah"),
]


test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
