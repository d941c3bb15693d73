"""Crisis families from blind batch B (crisisB): our own probes, not the batch's texts,
read by the rules alone (``learned=False``) in all 11 languages. Every language file is
applied to every message.

1. A carer hitting, slapping or pinching the parent, grandparent or spouse with dementia
   or bedridden whom they look after, again and again (elder abuse told by the carer):
   danger_other. Silent: clapping or singing together, a shoulder patted, a carer asking
   how to cope when a parent hits them.
2. A teacher or tutor who sees burn marks or bruises on a pupil who will not, or is afraid
   to, go home: child_abuse. Silent: a burn in cooking class cooled and the pupil home
   happy, children who loved camp too much to leave.
3. Coerced by older youths or a gang to steal or carry something, with threats to burn the
   house down or hurt the family (a sister, the mother) if one refuses: danger_other.
   Silent: a senior who only laughed, a sibling's joke about cake, a game's threat.
4. A child telling that one grandparent is hitting or kicking the other now, in kana,
   romaji or children's words: danger_other, 110. Silent: a drum, a back rub, chess
   (đánh cờ), a cake batter, golf.
5. A woman next door or upstairs heard crying for help or to stop, with banging or still
   going on now: danger_other, 110. Silent: building work, a film or drama scene.

Families left uneven by batch G (crisisG), completed:

6. Violence at home told over two sentences (the partner named, then the kick to me), in
   Nepali; a ball kicked or football played (Thai ฟุตบอล holds ตบ) stays silent.
7. A young child kept as a house servant or maid, kept from school (ja zh ko pt es th vi).
   Silent: a daughter who helps at home after school.
8. Self-harm as taking it out on oneself beside not being able to stop (zh ko vi ne id).
   Silent: anger taken out on a brother or a pillow.
9. A professional touching far more than needed or places unrelated to the treatment
   (ko th vi id). Silent: a painter painting more than needed, a frozen screen.
10. Suicide as a date set for the end beside tidying one's things (en es pt tl ne).
    Silent: a contract ending at the month's end, packing for a move.
11. Following a dead spouse or parent, wanting to go and be with them (en zh ko pt).
    Silent: visiting the grave, the home town, an old friend of the dead.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. A carer hitting the person cared for
    (
        "ja",
        "danger_other",
        "寝たきりの母のおむつ替えのたびにイライラして、母の顔をたたいてしまう。もう何回目かわからない",
    ),
    (
        "ja",
        "danger_other",
        "認知症のおばあちゃんを介護してるけど、同じ質問ばかりされてつい手が出て叩いちゃった。昨日もだ",
    ),
    (
        "ja",
        "danger_other",
        "ninchishou no chichi wo kaigo shiteru kedo, mata chichi wo tataite shimatta",
    ),
    (
        "en",
        "danger_other",
        (
            "I look after my mum who has dementia and I keep slapping her when she asks "
            "the same thing over and over"
        ),
    ),
    (
        "en",
        "danger_other",
        ("caring for my bedridden dad and today i hit him again when he wouldnt take his pills"),
    ),
    (
        "en",
        "danger_other",
        (
            "my grandma has alzheimers and im her carer, ive started pinching and "
            "shoving her when i lose my temper"
        ),
    ),
    ("zh-hans", "danger_other", "我在照顾老年痴呆的爸爸，他一直重复问同样的话，我又忍不住打了他"),
    ("zh-hans", "danger_other", "照顾瘫痪在床的婆婆，今天又扇了她一巴掌，我控制不住自己"),
    ("ko", "danger_other", "치매 아버지를 돌보는데 같은 말을 계속 하셔서 또 아버지를 때렸어요"),
    (
        "ko",
        "danger_other",
        "누워만 계신 엄마 간병하다가 화가 나서 엄마 팔을 꼬집고 밀쳤어요. 벌써 여러 번이에요",
    ),
    (
        "pt",
        "danger_other",
        (
            "cuido da minha mãe com demência e hoje bati nela de novo quando ela repetiu "
            "a mesma pergunta"
        ),
    ),
    (
        "pt",
        "danger_other",
        ("sou cuidadora do meu avô acamado e ando dando tapas nele quando perco a paciência"),
    ),
    (
        "es",
        "danger_other",
        ("cuido a mi papá con demencia y otra vez le pegué porque me pregunta lo mismo mil veces"),
    ),
    (
        "es",
        "danger_other",
        (
            "soy la cuidadora de mi abuela en cama y le he dado cachetadas cuando pierdo "
            "la paciencia"
        ),
    ),
    (
        "tl",
        "danger_other",
        ("ako ang nag-aalaga sa tatay kong may dementia at nasampal ko na naman siya kanina"),
    ),
    (
        "tl",
        "danger_other",
        ("inaalagaan ko si lola na nakaratay, lagi ko siyang napapalo kapag nauubos pasensya ko"),
    ),
    ("th", "danger_other", "ดูแลพ่อที่เป็นสมองเสื่อม เขาถามซ้ำๆ จนฉันตีเขาอีกแล้ว"),
    ("th", "danger_other", "ดูแลแม่ที่ติดเตียง โมโหจนตบแม่ไปหลายครั้งแล้ว"),
    ("vi", "danger_other", "tôi chăm bố bị lẫn, ông hỏi đi hỏi lại nên tôi lại đánh ông nữa rồi"),
    ("vi", "danger_other", "chăm mẹ chồng nằm liệt giường, nhiều lần bực quá tôi tát bà"),
    (
        "ne",
        "danger_other",
        ("डिमेन्सिया भएका बुबाको हेरचाह गर्छु, एउटै कुरा सोधिरहनुहुन्छ र मैले फेरि उहाँलाई कुटें"),
    ),
    ("ne", "danger_other", "ओछ्यान परेकी आमाको स्याहार गर्दा रिसाएर आमालाई थप्पड हानें, धेरै पटक भइसक्यो"),
    (
        "id",
        "danger_other",
        ("saya merawat ayah yang pikun, dia tanya hal yang sama terus dan saya memukulnya lagi"),
    ),
    (
        "id",
        "danger_other",
        (
            "merawat nenek yang terbaring di ranjang, saya sudah beberapa kali menampar "
            "dia karena kesal"
        ),
    ),
    # 2. A pupil with marks who will not go home
    (
        "ja",
        "child_abuse",
        "小学校の担任です。児童の背中にあざがたくさんあって、聞くと『ママに…』と黙る。家に帰りたくないと泣いている",
    ),
    (
        "ja",
        "child_abuse",
        "ならいごとの先生です。生徒の手にたばこの跡みたいなのがあって、今日はおうちに帰りたくないって言う",
    ),
    (
        "ja",
        "child_abuse",
        (
            "juku no seito no ude ni yakedo no ato ga ippai atte, otousan ga... tte. "
            "kaeritakunai tte"
        ),
    ),
    (
        "en",
        "child_abuse",
        (
            "im a tutor and one of my students (12) has round burn marks on her arms. "
            "when i asked she just said 'my dad' and she begged not to go home tonight"
        ),
    ),
    (
        "en",
        "child_abuse",
        (
            "teacher here, a boy in my class has new bruises every week and said hes "
            "scared to go home because of his stepfather"
        ),
    ),
    (
        "zh-hans",
        "child_abuse",
        "我是补习班老师，一个初一学生手臂上有好几处烫伤的痕迹，问他只小声说'爸爸…'，下课后不肯回家",
    ),
    ("zh-hans", "child_abuse", "我是班主任，学生身上总有新的淤青，她说怕回家，怕她继父"),
    (
        "ko",
        "child_abuse",
        (
            "학원 강사인데 중1 학생 팔에 화상 자국이 여러 개 있어요. "
            "물어보니 '아빠가…' 하고 작게 말하고 집에 가기 싫대요"
        ),
    ),
    (
        "ko",
        "child_abuse",
        "담임인데 아이 몸에 멍이 자꾸 생기고 엄마 얘기만 나오면 집에 안 가겠다고 해요",
    ),
    (
        "pt",
        "child_abuse",
        (
            "sou professora particular e meu aluno de 12 anos tem várias marcas de "
            "queimadura no braço. perguntei e ele só disse 'meu pai...' e não quer ir "
            "pra casa"
        ),
    ),
    (
        "pt",
        "child_abuse",
        (
            "sou professor, uma aluna aparece com hematomas toda semana e disse que tem "
            "medo de voltar pra casa por causa do padrasto"
        ),
    ),
    (
        "es",
        "child_abuse",
        (
            "soy profe particular y mi alumno de 12 años tiene varias marcas de "
            "quemaduras en los brazos, le pregunté y solo dijo 'mi papá...'. no quiere "
            "volver a su casa"
        ),
    ),
    (
        "es",
        "child_abuse",
        (
            "soy maestra, una niña de mi grupo llega con moretones cada semana y dice "
            "que le da miedo ir a casa por su padrastro"
        ),
    ),
    (
        "tl",
        "child_abuse",
        (
            "tutor ako, yung estudyante ko na 12 anyos may mga marka ng paso sa braso. "
            "tinanong ko, 'si papa po...' lang sabi niya at ayaw niyang umuwi"
        ),
    ),
    (
        "tl",
        "child_abuse",
        (
            "guro ako, laging may pasa ang isang bata sa klase at takot daw siyang umuwi "
            "dahil sa stepfather niya"
        ),
    ),
    (
        "th",
        "child_abuse",
        ("เป็นครูสอนพิเศษ นักเรียน ม.1 มีรอยแผลไฟไหม้ที่แขนหลายจุด ถามแล้วบอกเบาๆว่า 'พ่อ...' แล้วไม่อยากกลับบ้าน"),
    ),
    ("th", "child_abuse", "เป็นครูประจำชั้น เด็กมีรอยช้ำใหม่ทุกสัปดาห์ บอกว่ากลัวกลับบ้านเพราะพ่อเลี้ยง"),
    (
        "vi",
        "child_abuse",
        (
            "tôi dạy thêm, một học sinh lớp 7 có nhiều vết bỏng trên tay, hỏi thì em chỉ "
            "nói nhỏ 'bố…' và không chịu về nhà"
        ),
    ),
    (
        "vi",
        "child_abuse",
        ("tôi là giáo viên chủ nhiệm, một em hay có vết bầm mới và nói sợ về nhà vì bố dượng"),
    ),
    (
        "ne",
        "child_abuse",
        ("म ट्युसन पढाउँछु, एक विद्यार्थीको हातमा धेरै जलेको दाग छ, सोध्दा 'बुबाले…' मात्र भन्यो र घर जान मान्दैन"),
    ),
    (
        "ne",
        "child_abuse",
        (
            "म शिक्षिका हुँ, एउटी छात्राको शरीरमा हरेक हप्ता नयाँ नीलो दाग हुन्छ र "
            "सौतेनी बुबाको डरले घर जान डराउँछे"
        ),
    ),
    (
        "id",
        "child_abuse",
        (
            "saya guru les, murid kelas 7 punya beberapa bekas luka bakar di lengannya. "
            "waktu ditanya dia cuma bilang pelan 'bapak…' dan tidak mau pulang"
        ),
    ),
    (
        "id",
        "child_abuse",
        (
            "saya wali kelas, seorang murid sering datang dengan memar baru dan bilang "
            "takut pulang karena ayah tirinya"
        ),
    ),
    # 3. Threats to burn the house or hurt the family
    (
        "ja",
        "danger_other",
        "高1です。先輩に万引きしてこいって言われて、やらなかったら家に火をつけるって。弟もただじゃすまないって",
    ),
    (
        "ja",
        "danger_other",
        "地元の先輩から今夜バイク盗んでこいと。無理って言ったら家族がどうなってもいいのかって",
    ),
    (
        "en",
        "danger_other",
        (
            "some older guys at school told me to steal a phone tonight or theyll burn "
            "my house down and hurt my little sister"
        ),
    ),
    (
        "en",
        "danger_other",
        (
            "the gang said if i dont deliver the package they know where my family lives "
            "and my mum will get hurt"
        ),
    ),
    ("zh-hans", "danger_other", "几个学长逼我今晚去偷东西，说我不去就烧了我家，还说我妹妹会出事"),
    (
        "zh-hans",
        "danger_other",
        "初三，高年级的人让我去帮他们拿货，不干就找我家人麻烦，说知道我家在哪",
    ),
    (
        "ko",
        "danger_other",
        "선배들이 오늘 밤에 물건 훔쳐 오라고 했어요. 안 하면 집에 불 지르고 여동생 가만 안 둔대요",
    ),
    ("ko", "danger_other", "형들이 배달 심부름 안 하면 우리 집 어딘지 안다고 가족 건드린대요"),
    (
        "pt",
        "danger_other",
        (
            "uns caras mais velhos mandaram eu roubar uma moto hoje à noite, disseram "
            "que se eu não for vão tacar fogo na minha casa e pegar minha irmã"
        ),
    ),
    (
        "pt",
        "danger_other",
        (
            "os mais velhos da escola falaram que sabem onde eu moro e que minha família "
            "vai pagar se eu não levar a encomenda"
        ),
    ),
    (
        "es",
        "danger_other",
        (
            "unos mayores del barrio me dijeron que esta noche tengo que robar algo y "
            "que si no voy le prenden fuego a mi casa y le hacen algo a mi hermana"
        ),
    ),
    (
        "es",
        "danger_other",
        (
            "los de la pandilla dicen que saben dónde vivo y que si no llevo el paquete "
            "mi familia lo va a pagar"
        ),
    ),
    (
        "tl",
        "danger_other",
        (
            "pinapagnakaw ako ng mga kuya sa kanto mamayang gabi, pag hindi raw ako "
            "sumunod susunugin nila bahay namin at gagalawin kapatid ko"
        ),
    ),
    (
        "tl",
        "danger_other",
        (
            "sabi ng gang alam daw nila kung saan kami nakatira at sasaktan nila pamilya "
            "ko kapag hindi ko dinala yung package"
        ),
    ),
    ("th", "danger_other", "รุ่นพี่สั่งให้ไปขโมยของคืนนี้ ถ้าไม่ไปจะเผาบ้านและทำร้ายน้องสาวผม"),
    ("th", "danger_other", "แก๊งรุ่นพี่บอกว่ารู้ว่าบ้านผมอยู่ไหน ถ้าไม่ส่งของให้ ครอบครัวผมจะเจ็บตัว"),
    (
        "vi",
        "danger_other",
        ("mấy anh lớn bắt em tối nay đi trộm đồ, không đi thì họ đốt nhà em và làm hại em gái em"),
    ),
    (
        "vi",
        "danger_other",
        (
            "nhóm đàn anh nói biết nhà em ở đâu, nếu em không giao hàng thì gia đình em "
            "sẽ gặp chuyện"
        ),
    ),
    (
        "ne",
        "danger_other",
        ("सिनियर दाइहरूले आज राति चोरी गर्न भने, नगए घरमा आगो लगाइदिन्छौं र बहिनीलाई केही गर्छौं भने"),
    ),
    (
        "ne",
        "danger_other",
        ("गिरोहका दाइहरू भन्छन् तेरो घर कहाँ छ थाहा छ, सामान नपुर्याए परिवारलाई दुःख दिन्छौं"),
    ),
    (
        "id",
        "danger_other",
        (
            "kakak kelas nyuruh aku mencuri motor malam ini, katanya kalau nggak mau "
            "rumahku dibakar dan adikku dicelakai"
        ),
    ),
    (
        "id",
        "danger_other",
        (
            "geng senior bilang mereka tahu rumahku di mana, kalau aku nggak antar "
            "barangnya keluargaku bakal kena"
        ),
    ),
    # 4. A grandparent hitting the other now
    (
        "ja",
        "danger_other",
        "おじいちゃん が おばあちゃん を なぐってる。 こわい。 いえ に おとな いない",
    ),
    ("ja", "danger_other", "じいちゃん が ばあちゃん を けってる いま。 ばあちゃん いたいって"),
    ("ja", "danger_other", "jiiji ga baaba wo tataiteru. ima. kowai"),
    (
        "en",
        "danger_other",
        "grandpa is hitting grandma right now and she is crying. its only me here",
    ),
    ("en", "danger_other", "my granpa keeps punching my nana in the kitchen im scared"),
    ("zh-hans", "danger_other", "爷爷在打奶奶，奶奶在哭，家里只有我"),
    ("zh-hans", "danger_other", "姥爷又在踢姥姥了 我好怕"),
    ("ko", "danger_other", "할아버지가 할머니를 때리고 있어요 지금 할머니 울어요"),
    ("ko", "danger_other", "할아버지가 할머니 발로 차요 무서워요 집에 나만 있어요"),
    ("pt", "danger_other", "o vovô tá batendo na vovó agora, ela tá chorando, só tem eu aqui"),
    ("pt", "danger_other", "meu avô está chutando minha avó, estou com medo"),
    (
        "es",
        "danger_other",
        "mi abuelo le está pegando a mi abuela ahorita, ella llora y solo estoy yo",
    ),
    ("es", "danger_other", "el abuelito está golpeando a la abuelita, tengo miedo"),
    ("tl", "danger_other", "sinasaktan ni lolo si lola ngayon, umiiyak si lola, ako lang nandito"),
    ("tl", "danger_other", "pinapalo ni lolo si lola natatakot ako"),
    ("th", "danger_other", "ตากำลังตียาย ยายร้องไห้ อยู่บ้านกันแค่สามคน"),
    ("th", "danger_other", "ปู่ต่อยย่าอยู่ตอนนี้ หนูกลัว"),
    ("vi", "danger_other", "ông đang đánh bà, bà khóc, nhà chỉ có con"),
    ("vi", "danger_other", "ông nội đá bà nội, con sợ lắm"),
    ("ne", "danger_other", ("हजुरबुबाले हजुरआमालाई कुट्दै हुनुहुन्छ, हजुरआमा रुँदै हुनुहुन्छ, घरमा म मात्र छु")),
    ("ne", "danger_other", "बाजेले बज्यैलाई हिर्काउँदै छन् अहिले, मलाई डर लाग्यो"),
    ("id", "danger_other", "kakek lagi mukul nenek sekarang, nenek nangis, cuma ada aku di rumah"),
    ("id", "danger_other", "kakek menendang nenek, aku takut"),
    # 5. A neighbour crying for help with banging
    (
        "ja",
        "danger_other",
        "隣の部屋から女の人が『助けて』って叫んでる。物がぶつかる音もずっとしてる",
    ),
    (
        "ja",
        "danger_other",
        "となりのいえから ひめい と ドンドン おと。 いまも やめて って きこえる",
    ),
    (
        "en",
        "danger_other",
        (
            "theres a woman screaming help me in the flat next door and loud banging, "
            "its still going on"
        ),
    ),
    (
        "en",
        "danger_other",
        ("i can hear my neighbour crying stop and help through the wall and thuds right now"),
    ),
    ("zh-hans", "danger_other", "隔壁有个女人在喊救命，还有砰砰的声音，现在还在"),
    ("zh-hans", "danger_other", "楼上传来女人哭着喊不要打了救命 一直有撞击声"),
    ("ko", "danger_other", "옆집에서 여자가 살려달라고 소리 질러요 쿵쿵 소리도 계속 나요"),
    ("ko", "danger_other", "윗집에서 여자분이 그만하라고 도와달라고 울면서 외치고 있어요 지금도"),
    (
        "pt",
        "danger_other",
        (
            "tem uma mulher gritando socorro no apartamento do lado e barulho de "
            "pancada, ainda agora"
        ),
    ),
    (
        "pt",
        "danger_other",
        "ouço minha vizinha chorando 'para, me ajuda' e batidas na parede agora",
    ),
    (
        "es",
        "danger_other",
        ("en el depa de al lado una mujer grita auxilio y se oyen golpes, todavía ahorita"),
    ),
    (
        "es",
        "danger_other",
        ("escucho a mi vecina llorando 'ya basta, ayúdenme' y golpes en la pared ahora mismo"),
    ),
    (
        "tl",
        "danger_other",
        ("may babae sa kabilang kwarto na sumisigaw ng tulong at may kalabog, hanggang ngayon"),
    ),
    (
        "tl",
        "danger_other",
        (
            "naririnig ko yung kapitbahay namin umiiyak 'tama na, saklolo' tapos may "
            "kumakalabog ngayon"
        ),
    ),
    ("th", "danger_other", "ห้องข้างๆมีผู้หญิงตะโกนว่าช่วยด้วย มีเสียงทุบดังปังๆ ตอนนี้ยังอยู่"),
    ("th", "danger_other", "ได้ยินเพื่อนบ้านผู้หญิงร้องไห้ว่าหยุดนะ ช่วยด้วย มีเสียงกระแทกตลอด"),
    (
        "vi",
        "danger_other",
        (
            "phòng bên cạnh có người phụ nữ đang hét cứu tôi với, có tiếng đập rầm rầm, "
            "vẫn đang tiếp diễn"
        ),
    ),
    (
        "vi",
        "danger_other",
        "nghe thấy chị hàng xóm khóc 'dừng lại, cứu với' và tiếng va đập ngay lúc này",
    ),
    (
        "ne",
        "danger_other",
        ("छेउको कोठाबाट एउटी महिला 'बचाऊ' भनेर चिच्याइरहेकी छिन्, धड्धड् आवाज पनि आइरहेको छ अहिले"),
    ),
    ("ne", "danger_other", "छिमेकी दिदी रुँदै 'नगर, बचाऊ' भन्दै हुनुहुन्छ, भित्तामा ठोकिएको आवाज आइरहेछ"),
    (
        "id",
        "danger_other",
        ("ada perempuan di kamar sebelah teriak tolong dan suara gedebuk, sampai sekarang masih"),
    ),
    (
        "id",
        "danger_other",
        ("aku dengar tetanggaku nangis 'berhenti, tolong' dan suara benturan di dinding sekarang"),
    ),
    # 6. Violence at home over two sentences
    ("en", "dv", "my wife is a nurse. when she drinks she slaps me and pulls my hair"),
    ("en", "dv", "my boyfriend works nights. yesterday he kicked me in the stomach"),
    ("zh-hans", "dv", "我老公是日本人。他一喝酒就踢我"),
    ("zh-hans", "dv", "我男朋友脾气很差。昨天他又掐我脖子"),
    ("ko", "dv", "남편은 일본 사람이에요. 술만 마시면 저를 발로 차요"),
    ("ko", "dv", "남자친구랑 같이 살아요. 어젯밤에 또 제 뺨을 때렸어요"),
    ("pt", "dv", "meu marido é japonês. quando bebe ele me chuta"),
    (
        "pt",
        "dv",
        ("moro com meu namorado há dois anos. ontem ele me empurrou na parede e me deu um tapa"),
    ),
    ("es", "dv", "mi esposo es japonés. cuando toma me patea"),
    ("es", "dv", "vivo con mi novio. anoche otra vez me agarró del cuello"),
    ("tl", "dv", "hapon ang asawa ko. kapag lasing siya sinisipa niya ako"),
    ("tl", "dv", "kasama ko sa bahay ang boyfriend ko. kagabi sinampal niya ulit ako"),
    ("th", "dv", "สามีเป็นคนญี่ปุ่น เวลาเมาเขาเตะฉัน"),
    ("th", "dv", "อยู่กับแฟนมาสองปี เมื่อคืนเขาบีบคอฉันอีกแล้ว"),
    ("vi", "dv", "chồng tôi là người Nhật. mỗi lần say anh ấy đá tôi"),
    ("vi", "dv", "tôi sống chung với bạn trai. tối qua anh ta lại tát tôi"),
    ("ne", "dv", "मेरो श्रीमान जापानी हुनुहुन्छ। रक्सी खाएपछि मलाई लात हान्नुहुन्छ"),
    ("ne", "dv", "म केटासाथीसँग बस्छु। हिजो राति उसले फेरि मेरो घाँटी समात्यो"),
    ("id", "dv", "suamiku orang jepang. kalau mabuk dia menendangku"),
    ("id", "dv", "aku tinggal sama pacarku. semalam dia menamparku lagi"),
    # 7. A child kept as a house servant
    (
        "ja",
        "child_abuse",
        "親戚の家で10歳の女の子がお手伝いさんみたいに一日中働かされて、学校に行かせてもらえてない",
    ),
    (
        "ja",
        "child_abuse",
        "となりの家に住み込みで家事をさせられてる9歳の子がいる。学校には通ってない",
    ),
    ("zh-hans", "child_abuse", "亲戚家有个十岁的女孩被当成保姆使唤，天天干家务，不让她上学"),
    ("zh-hans", "child_abuse", "邻居家养着一个九岁的小孩当佣人，从早干到晚，没去上学"),
    (
        "ko",
        "child_abuse",
        "친척 집에서 열 살 여자아이가 가정부처럼 하루 종일 일하고 학교에 못 가요",
    ),
    ("ko", "child_abuse", "옆집에 아홉 살 아이가 식모처럼 살면서 집안일만 하고 학교는 안 다녀요"),
    (
        "pt",
        "child_abuse",
        (
            "meus tios têm uma menina de 10 anos trabalhando como empregada na casa "
            "deles, ela não vai à escola"
        ),
    ),
    (
        "pt",
        "child_abuse",
        (
            "a vizinha pegou uma criança de 9 anos pra ser doméstica, trabalha o dia "
            "todo e não estuda"
        ),
    ),
    (
        "es",
        "child_abuse",
        (
            "mis tíos tienen una niña de 10 años trabajando de sirvienta en su casa y no "
            "la dejan ir a la escuela"
        ),
    ),
    (
        "es",
        "child_abuse",
        ("la vecina tiene a un niño de 9 años de criado, trabaja todo el día y no va al colegio"),
    ),
    ("th", "child_abuse", ("บ้านญาติเอาเด็กผู้หญิงอายุ 10 ขวบมาเป็นคนรับใช้ ทำงานบ้านทั้งวัน ไม่ได้ไปโรงเรียน")),
    ("th", "child_abuse", "บ้านข้างๆมีเด็ก 9 ขวบมาทำงานเป็นแม่บ้าน ไม่ได้เรียนหนังสือ"),
    (
        "vi",
        "child_abuse",
        ("nhà họ hàng bắt một bé gái 10 tuổi làm người giúp việc cả ngày, không cho đi học"),
    ),
    (
        "vi",
        "child_abuse",
        ("nhà bên cạnh có đứa bé 9 tuổi ở đợ làm việc nhà từ sáng đến tối, không được đi học"),
    ),
    # 8. Taking it out on oneself
    ("zh-hans", "self_harm", "一不开心就把气撒在自己身上，怎么也停不下来"),
    ("zh-hans", "self_harm", "考砸了我又对自己发泄了，控制不住"),
    ("ko", "self_harm", "엄마랑 싸우면 나한테 화풀이를 해요. 그만두고 싶은데 못 멈추겠어요"),
    ("ko", "self_harm", "스트레스 받으면 제 자신한테 분풀이해요 끊을 수가 없어요"),
    ("vi", "self_harm", "buồn là tôi lại trút hết lên bản thân, không dừng lại được"),
    ("vi", "self_harm", "mỗi khi bị mắng mình lại hành hạ bản thân, không bỏ được"),
    ("ne", "self_harm", "दुःख लाग्दा आफैंमाथि रिस पोख्छु, छोड्न सकिनँ"),
    ("ne", "self_harm", "आमाले गाली गरेपछि आफ्नै शरीरमाथि रिस निकाल्छु, रोक्न सक्दिनँ"),
    ("id", "self_harm", "kalau lagi stres aku lampiasin ke diri sendiri, nggak bisa berhenti"),
    ("id", "self_harm", "tiap dimarahin aku melampiaskan ke badanku sendiri dan susah berhenti"),
    # 9. Touched far more than needed
    ("ja", "sexual_violence", "整体の先生に必要以上に体をさわられた。固まって何も言えなかった"),
    ("ja", "sexual_violence", "タトゥーの施術中、関係ないところまでずっと触られてた"),
    (
        "ko",
        "sexual_violence",
        "마사지사가 필요 이상으로 제 몸을 만졌어요. 얼어서 아무 말도 못 했어요",
    ),
    ("ko", "sexual_violence", "물리치료사가 치료랑 상관없는 곳까지 계속 만졌어요"),
    ("th", "sexual_violence", "หมอนวดจับตัวฉันเกินความจำเป็น ฉันตัวแข็งทำอะไรไม่ถูก"),
    ("th", "sexual_violence", "ช่างสักลูบคลำตรงที่ไม่เกี่ยวกับงานเลย"),
    ("vi", "sexual_violence", "thợ xăm sờ vào người tôi nhiều hơn mức cần thiết, tôi đơ cả người"),
    (
        "vi",
        "sexual_violence",
        "chuyên viên vật lý trị liệu cứ sờ những chỗ không liên quan đến việc trị liệu",
    ),
    (
        "id",
        "sexual_violence",
        ("tukang pijat menyentuh badanku lebih dari yang perlu, aku cuma bisa diam membeku"),
    ),
    (
        "id",
        "sexual_violence",
        "fisioterapisnya meraba bagian yang tidak ada hubungannya dengan terapi",
    ),
    # 10. A date set for the end
    (
        "en",
        "suicide",
        (
            "ive set a date. by the end of this month it will all be over. ive started "
            "clearing out my room"
        ),
    ),
    (
        "en",
        "suicide",
        "i wont see my next birthday, i decided. been tidying up and sorting my things",
    ),
    (
        "es",
        "suicide",
        (
            "ya puse fecha, a fin de año todo se acaba para mí. estoy ordenando mis "
            "cosas poco a poco"
        ),
    ),
    ("es", "suicide", "ya decidí que no llego a navidad. ya empecé a regalar y ordenar mis cosas"),
    (
        "pt",
        "suicide",
        (
            "já escolhi o dia, no fim do mês acaba tudo pra mim. estou arrumando minhas "
            "coisas aos poucos"
        ),
    ),
    (
        "tl",
        "suicide",
        (
            "nakapagdesisyon na ako, hanggang katapusan ng taon na lang ako. inaayos ko "
            "na mga gamit ko"
        ),
    ),
    ("tl", "suicide", "hindi na ako aabot ng pasko. nililigpit ko na unti unti ang mga gamit ko"),
    ("ne", "suicide", ("मैले निर्णय गरिसकें, यो वर्षको अन्त्यसम्म मात्र हो। बिस्तारै आफ्ना सामान मिलाउँदैछु")),
    ("ne", "suicide", "नयाँ वर्ष देख्दिनँ होला। कोठा सफा गरेर सामान बाँडिसकें"),
    # 11. Following the dead
    ("ja", "suicide", "妻が亡くなって半年。早く妻のところに行きたい"),
    ("ja", "suicide", "お母さんが死んじゃった。ぼくも お母さんの ところに いきたい"),
    ("en", "suicide", "since my husband passed i just want to go and be with him"),
    ("zh-hans", "suicide", "老伴走了以后，我只想早点去陪她"),
    ("zh-hans", "suicide", "妈妈去世了，我想去找她"),
    ("ko", "suicide", "아내가 떠난 지 석 달, 빨리 아내 곁으로 가고 싶어요"),
    ("ko", "suicide", "엄마가 돌아가셨어요. 나도 엄마한테 가고 싶어"),
    ("pt", "suicide", "meu marido faleceu e eu só quero ir ficar com ele"),
    ("pt", "suicide", "minha mãe morreu, quero ir atrás dela"),
    ("es", "suicide", "mi esposa murió y solo quiero irme con ella"),
    ("es", "suicide", "desde que falleció mi mamá quiero ir a donde está ella"),
    ("tl", "suicide", "namatay na ang asawa ko, gusto ko na lang sumunod sa kanya"),
    ("tl", "suicide", "wala na si nanay, gusto ko nang makasama siya ulit sa kabila"),
    ("th", "suicide", "ภรรยาเสียไปแล้ว อยากตามเธอไป"),
    ("th", "suicide", "แม่ตายแล้ว หนูอยากไปอยู่กับแม่"),
    ("vi", "suicide", "vợ tôi mất rồi, tôi chỉ muốn đi theo bà ấy"),
    ("vi", "suicide", "mẹ mất rồi, con muốn đi theo mẹ"),
    ("id", "suicide", "istriku sudah meninggal, aku cuma ingin menyusulnya"),
    ("id", "suicide", "ibu sudah tiada, aku mau ikut ibu saja"),
]

HARMLESS = [
    # 1. A carer hitting the person cared for
    ("ja", "介護中の父の肩をたたいてあげたら喜んでた"),
    ("ja", "認知症の母と一緒に手をたたいて歌った"),
    ("en", "I look after my dad with dementia, today we clapped along to old songs"),
    ("en", ("caring for my mum with dementia is exhausting but we had a good day at the park")),
    ("zh-hans", "照顾失智的妈妈很累，但今天我们一起拍手唱歌"),
    ("ko", "치매 엄마 간병하면서 같이 박수 치며 노래했어요"),
    ("pt", "cuido do meu pai com alzheimer e hoje batemos palmas cantando"),
    ("es", "cuido a mi mamá con alzhéimer y hoy aplaudimos juntas cantando"),
    ("tl", "inaalagaan ko si nanay na may dementia, pumalakpak kami habang kumakanta"),
    ("th", "ดูแลแม่ที่เป็นอัลไซเมอร์ วันนี้เราปรบมือร้องเพลงด้วยกัน"),
    ("vi", "chăm mẹ bị lẫn, hôm nay hai mẹ con vỗ tay hát cùng nhau"),
    ("ne", "डिमेन्सिया भएकी आमासँग आज ताली बजाउँदै गीत गायौं"),
    ("id", "merawat ibu yang demensia, hari ini kami bertepuk tangan sambil bernyanyi"),
    # 2. A pupil with marks who will not go home
    ("ja", "生徒が調理実習で指をやけどした。保健室で冷やして、元気に帰った"),
    ("ja", "生徒が合宿が楽しすぎて家に帰りたくないと言ってた"),
    ("ja", "子どもがキャンプで腕にやけどしたけど、楽しくて帰りたくないって"),
    ("en", ("my student burned her hand in cooking class, we cooled it and she went home happy")),
    ("en", "the kids had so much fun at camp they didnt want to go home"),
    ("zh-hans", "学生在烹饪课上烫到手，冷敷后高高兴兴回家了"),
    ("ko", "학생이 요리 실습에서 손을 데었는데 식혀 주고 잘 귀가했어요"),
    (
        "pt",
        ("um aluno queimou a mão na aula de culinária, passamos água fria e ele foi pra casa bem"),
    ),
    (
        "es",
        (
            "un alumno se quemó la mano en la clase de cocina, le pusimos agua fría y se "
            "fue feliz a casa"
        ),
    ),
    (
        "tl",
        (
            "napaso yung estudyante ko sa cooking class, binanlawan namin ng tubig at "
            "masaya siyang umuwi"
        ),
    ),
    ("th", "นักเรียนโดนน้ำร้อนลวกมือในคาบทำอาหาร ล้างน้ำเย็นแล้วกลับบ้านได้สบายดี"),
    ("vi", "học sinh bị bỏng nhẹ tay trong giờ nấu ăn, rửa nước lạnh xong em vui vẻ về nhà"),
    ("ne", ("विद्यार्थीको हात खाना पकाउने कक्षामा अलिकति पोल्यो, चिसो पानीले धोएपछि खुसीले घर गयो")),
    (
        "id",
        (
            "murid saya tangannya kena air panas di kelas memasak, sudah dikompres dan "
            "pulang dengan senang"
        ),
    ),
    # 3. Threats to burn the house or hurt the family
    ("ja", "先輩にジュース買ってこいって言われた。断ったら笑われただけ"),
    ("ja", "庭で落ち葉を燃やした"),
    ("en", "my older brother said if i dont clean my room hell eat my cake lol"),
    ("zh-hans", "学长让我帮他买饮料，我拒绝了他只是笑了笑"),
    ("ko", "선배가 음료수 사 오라고 해서 싫다고 했더니 그냥 웃었어요"),
    ("pt", "meu irmão disse que se eu não arrumar o quarto ele come meu bolo kkk"),
    ("es", "mi hermano mayor dijo que si no limpio mi cuarto se come mi pastel jaja"),
    ("tl", "sabi ng kuya ko pag hindi ako naglinis kakainin niya cake ko haha"),
    ("th", "รุ่นพี่ให้ไปซื้อน้ำ ผมปฏิเสธ เขาก็แค่หัวเราะ"),
    ("vi", "anh trai bảo nếu em không dọn phòng thì anh ăn hết bánh của em haha"),
    ("ne", "दाइले कोठा सफा नगरे मेरो केक खाइदिन्छु भन्नुभयो हाहा"),
    ("id", "kakakku bilang kalau aku nggak beresin kamar dia makan kueku wkwk"),
    # 4. A grandparent hitting the other now
    ("ja", "じいじ が たいこ を たたいてる たのしい"),
    ("ja", "じいじ が ばあば の かた を たたいてあげてる"),
    ("en", "grandpa is hitting golf balls with grandma today"),
    ("zh-hans", "爷爷在给奶奶捶背"),
    ("zh-hans", "爷爷在打太极，奶奶在旁边看"),
    ("ko", "할아버지가 할머니 어깨를 두드려 드리고 있어요"),
    ("pt", "o vovô tá batendo bolo com a vovó pra festa"),
    ("es", "el abuelo está batiendo huevos con la abuela para el pastel"),
    ("tl", "naglalaro ng chess si lolo at lola ngayon"),
    ("th", "ตากำลังตีกลองกับยาย สนุกมาก"),
    ("vi", "ông đang đánh cờ với bà"),
    ("ne", "हजुरबुबा र हजुरआमा सँगै चिया खाँदै हुनुहुन्छ"),
    ("id", "kakek lagi mukul bola golf sama nenek"),
    # 5. A neighbour crying for help with banging
    ("ja", "隣の部屋で工事してるみたいでドンドン音がうるさい"),
    ("en", "the neighbours are banging around moving furniture again so annoying"),
    ("zh-hans", "隔壁在装修，砰砰砰一整天"),
    ("ko", "옆집 공사 소리 쿵쿵 때문에 시끄러워요"),
    ("pt", "o vizinho tá fazendo obra, barulho de martelo o dia todo"),
    ("es", "el vecino está de obras, se oyen golpes de martillo todo el día"),
    ("tl", "nagpapa-renovate yung kapitbahay, may kalabog buong araw"),
    ("th", "ห้องข้างๆกำลังซ่อมห้อง เสียงทุบดังทั้งวัน"),
    ("vi", "nhà hàng xóm đang sửa nhà, tiếng đập cả ngày"),
    ("ne", "छिमेकीको घरमा मर्मत भइरहेको छ, दिनभरि ठोक्ने आवाज आउँछ"),
    ("id", "tetangga lagi renovasi, suara palu seharian"),
    # 6. Violence at home over two sentences
    ("en", ("my husband plays football on sundays. yesterday he kicked the ball over the fence")),
    ("zh-hans", "我老公喜欢踢球。昨天他踢进了一个球"),
    ("ko", "남편은 축구를 좋아해요. 어제 공을 멀리 찼어요"),
    ("pt", "meu marido joga futebol. ontem ele chutou a bola longe"),
    ("es", "mi esposo juega fútbol. ayer pateó el balón muy lejos"),
    ("tl", "mahilig mag-basketball ang asawa ko. kahapon sinipa niya ang bola"),
    ("th", "สามีชอบเล่นฟุตบอล เมื่อวานเขาเตะบอลไกลมาก"),
    ("vi", "chồng tôi thích bóng đá. hôm qua anh ấy đá bóng rất xa"),
    ("ne", "मेरो श्रीमान फुटबल खेल्नुहुन्छ। हिजो बललाई टाढा लात हान्नुभयो"),
    ("id", "suamiku suka main bola. kemarin dia menendang bola jauh sekali"),
    # 7. A child kept as a house servant
    ("ja", "10歳の娘が家事を手伝ってくれてうれしい。学校の宿題もちゃんとやってる"),
    ("zh-hans", "十岁的女儿放学后帮我做家务，很懂事"),
    ("ko", "열 살 딸이 학교 끝나고 집안일을 도와줘서 고마워요"),
    ("pt", "minha filha de 10 anos me ajuda em casa depois da escola, adora"),
    ("es", "mi hija de 10 años me ayuda en casa después de la escuela, le encanta"),
    ("th", "ลูกสาว 10 ขวบช่วยทำงานบ้านหลังเลิกเรียน น่ารักมาก"),
    ("vi", "con gái 10 tuổi tan học về hay phụ tôi làm việc nhà, ngoan lắm"),
    # 8. Taking it out on oneself
    ("zh-hans", "他把气撒在弟弟身上，真讨厌"),
    ("ko", "형이 나한테 화풀이해요 짜증나요"),
    ("vi", "anh ấy trút giận lên em trai, thật bực"),
    ("ne", "दाइले भाइमाथि रिस पोख्नुहुन्छ, झर्को लाग्छ"),
    ("id", "kakak melampiaskan marahnya ke bantal, lucu"),
    # 9. Touched far more than needed
    ("ja", "マッサージで必要以上に力を入れられて痛かった"),
    ("ko", "화면이 얼어서 아무것도 못 했어요"),
    ("th", "ช่างทาสีทาผนังเกินความจำเป็น"),
    ("vi", "thợ sơn sơn tường nhiều hơn mức cần thiết"),
    ("id", "tukang cat mengecat dinding lebih dari yang perlu"),
    # 10. A date set for the end
    ("en", ("by the end of this month my contract will be over. ive started clearing out my desk")),
    ("es", "a fin de año se acaba mi contrato. estoy ordenando mis cosas para la mudanza"),
    ("pt", "no fim do mês acaba meu contrato, estou arrumando as coisas pra mudança"),
    (
        "tl",
        (
            "hanggang katapusan ng taon na lang ang kontrata ko. inaayos ko na mga gamit "
            "ko para sa paglipat"
        ),
    ),
    ("ne", "यो वर्षको अन्त्यसम्म मात्र काम हो। बिस्तारै सामान मिलाउँदैछु, घर सर्ने"),
    # 11. Following the dead
    ("ja", "妻が亡くなって半年。妻の実家に行きたい"),
    ("en", "since my husband passed i just want to go visit his grave"),
    ("zh-hans", "老伴走了以后，我想去她老家看看"),
    ("ko", "아내가 떠난 지 석 달, 아내 고향에 가보고 싶어요"),
    ("pt", "meu marido faleceu e eu quero ir ao túmulo dele"),
    ("es", "mi esposa murió y quiero ir a su pueblo"),
    ("tl", "namatay na ang asawa ko, gusto kong bisitahin ang puntod niya"),
    ("th", "ภรรยาเสียไปแล้ว อยากไปทำบุญให้เธอ"),
    ("vi", "vợ tôi mất rồi, tôi muốn đi thăm mộ bà ấy"),
    ("id", "istriku sudah meninggal, aku ingin ziarah ke makamnya"),
    # Questions, fiction, games, the past
    ("en", "in the game the gang says if you dont pay up theyll take your coins"),
    ("ja", "介護中の母に肩をたたいてもらった。気持ちよかった"),
    ("ja", "ドラマで隣の部屋の女の人が助けてって叫んで、ドンドン音がするシーンが怖かった"),
    ("en", "in the movie the woman next door screams help and theres banging all night"),
    ("ko", "어릴 때 할아버지가 할머니 어깨를 주물러 드리던 게 기억나요"),
    ("es", "el abuelo le está ganando a la abuela al dominó"),
    ("vi", "bà đang đánh trứng làm bánh cho ông"),
    ("pt", "minha avó faleceu ano passado, quero ir visitar o túmulo dela com a família"),
    ("zh-hans", "妈妈去世三年了，我想去找她的老同学聊聊"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
