"""Crisis families from crisisAO (the non-Japanese misses, wrong kinds and false alarms of crisis
batch 31, and the crises and false alarms of scenario batches 27 and 28), in our own words, read by
the rules alone (``learned=False``). Every language file is applied to every message.

1. A promise to stop "doing this" to one's own arms or legs, broken, the marks fresh and stinging:
   self_harm. Silent: a promise to stop biting nails or drinking soda, shampoo that stings.
2. Not meaning to go on living past a leaving date, beside practical arrangements (the last pay to
   a mother, a pet left with a sister): suicide. Silent: the same arrangements for a move home.
3. A young child locked in a room alone all day and without food for days (ne, en, ko, es, tl, th,
   id; the others already read it): child_abuse (th: danger_other alone before). Silent: a child
   with a grandmother while the parents work late.
4. A threat to kill unless a door is opened or money is paid (a drunk at the door, a debt to
   dealers or a recruiter's man, romanised Nepali "siddhyaidinchhu"): danger_other. Silent: eating
   something up, killing time, a bill with interest.
5. Afraid of harming someone else (a manager, a colleague) and unable to control the thought:
   danger_other (vi was read as suicide by the model). Silent: afraid of letting a manager down.
6. False alarms: a fire or quake drill, a faint pretended in it, "nearly died of fright".
7. An older person neglected by a relative: bedsores beside food withheld or a pension taken:
   danger_other (zh-hans and ne: child_abuse alone before).
8. Nowhere to go tonight in freezing cold, after a discharge or a release: danger_other. Silent:
   the cold with someone coming to pick one up.
9. An older neighbour giving away treasured things, not eating or saying they will not be able to
   look after them: suicide (someone else's). Silent: things given away for a move into care.
10. A child with bruises who hurries home for fear of being hit or punished when late, seen by a
    volunteer: child_abuse. Silent: bruises from football, hurrying home for a cartoon.
11. A stranger waiting outside one's home, following one home and trying the door: danger_other
    (plain Japanese, es).
12. False alarms: a home burned in a fire that is over, the family staying with friends now.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. self-harm: a promise to stop what one does to one's arms, broken; fresh marks that sting
    (
        "en",
        "self_harm",
        "the hot water stings, they're new again. i swore i was done doing this to my arms but i "
        "wasn't",
    ),
    (
        "en",
        "self_harm",
        "told myself i'd quit doing that to my legs and here i am again, the marks sting in the "
        "shower",
    ),
    (
        "ja",
        "self_harm",
        "お風呂がしみる。また新しいのができた。腕にこういうことするのもうやめるって決めたのにやめ"
        "られてない",
    ),
    (
        "zh-hans",
        "self_harm",
        "洗澡的时候伤口很疼，又是新的。我答应过自己不再对手臂这样做了，可是没做到",
    ),
    (
        "ko",
        "self_harm",
        "샤워할 때 따가워요, 또 새로 생겼어요. 팔에 이런 짓 이제 안 하기로 약속했는데 또 했어요",
    ),
    (
        "pt",
        "self_harm",
        "a água quente arde, estão novos de novo. prometi a mim mesma que tinha parado de fazer "
        "isso nos meus braços e não parei",
    ),
    (
        "es",
        "self_harm",
        "el agua caliente me arde, otra vez están frescas. me prometí que ya no me haría esto en "
        "los brazos y no he podido",
    ),
    (
        "tl",
        "self_harm",
        "mahapdi sa mainit na tubig, bago na naman. nangako ako sa sarili ko na titigil na ako "
        "sa ginagawa ko sa braso ko pero hindi ko nagawa",
    ),
    (
        "vi",
        "self_harm",
        "nước nóng làm rát lắm, lại có vết mới. em đã hứa với bản thân sẽ thôi làm thế với tay "
        "mình mà em không làm được",
    ),
    ("th", "self_harm", "อาบน้ำแล้วแสบมาก แผลใหม่อีกแล้ว สัญญากับตัวเองว่าจะเลิกทำแบบนี้กับแขนตัวเองแต่ก็ทำอีก"),
    (
        "id",
        "self_harm",
        "kena air panas perih, lukanya baru lagi. aku udah janji sama diri sendiri berhenti "
        "ngelakuin ini ke lenganku tapi belum bisa",
    ),
    (
        "ne",
        "self_harm",
        "तातो पानीले पोल्छ, घाउ फेरि नयाँ छन्। हातमा यस्तो गर्न छोड्छु भनेर आफैँसँग वाचा गरेको थिएँ तर छोड्न सकिनँ",
    ),
    # 2. suicide: not meaning to go on living past a date, beside practical arrangements
    (
        "es",
        "suicide",
        "pon como último día el viernes. después de ese día no pienso seguir con vida, mi gato "
        "ya se lo encargué a mi prima",
    ),
    (
        "es",
        "suicide",
        "ya no tengo intención de seguir viviendo después de fin de mes, mi sueldo mándalo a mi "
        "mamá",
    ),
    (
        "ko",
        "suicide",
        "다음 주부터는 저 없을 거니까 남은 월급은 동생 계좌로 보내주세요. 이제 그만 살려고요",
    ),
    ("ko", "suicide", "퇴사 날짜는 말일로 해주세요. 그 뒤로는 더 살아갈 생각이 없어요"),
    (
        "en",
        "suicide",
        "put the 20th as my leaving date. after that i don't plan on living anymore, my sister "
        "will take my cat",
    ),
    (
        "en",
        "suicide",
        "send what's left of my pay to my mum's account, i think i can stop living now",
    ),
    (
        "ja",
        "suicide",
        "退職日は20日にしてください。その後はもう生きていくつもりはないので、給料は母の口座に",
    ),
    ("zh-hans", "suicide", "离职日期写月底吧。之后我就不打算再活下去了，工资打到我妈卡上"),
    (
        "pt",
        "suicide",
        "coloca dia 20 como meu último dia. depois disso não pretendo continuar vivendo, meu "
        "cachorro fica com minha irmã",
    ),
    (
        "tl",
        "suicide",
        "ilagay mo na lang ang 20 bilang huling araw ko. pagkatapos noon wala na akong balak "
        "mabuhay pa, kay ate na ang pusa ko",
    ),
    (
        "vi",
        "suicide",
        "ghi ngày nghỉ việc là ngày 20 nhé. sau đó em không định sống tiếp nữa, lương gửi về tài "
        "khoản mẹ em",
    ),
    ("th", "suicide", "ลงวันลาออกเป็นวันที่ 20 นะ หลังจากนั้นไม่คิดจะมีชีวิตอยู่ต่อแล้ว เงินเดือนโอนให้แม่ได้เลย"),
    (
        "id",
        "suicide",
        "tulis tanggal keluar tanggal 20 ya. setelah itu aku gak berniat hidup lagi, kucingku "
        "sudah kutitipkan ke kakak",
    ),
    (
        "ne",
        "suicide",
        "राजीनामामा २० गते लेखिदिनुस्। त्यसपछि म बाँच्ने सोचमा छैन, तलब आमाको खातामा पठाइदिनुस्",
    ),
    # 3. child_abuse: a young child locked in alone all day, not fed for days
    (
        "ne",
        "child_abuse",
        "छिमेकीको ६ वर्षको छोरी दिनभर कोठामा एक्लै थुनिन्छे, दुई दिनदेखि खाना पाएकी छैन भनी",
    ),
    ("ne", "child_abuse", "सानो भाइलाई बुबाले कोठामा थुनेर जानुहुन्छ, हिजोदेखि केही खाएको छैन"),
    (
        "en",
        "child_abuse",
        "the boy next door, he's 7, gets locked in the flat alone all day and told me he hasn't "
        "eaten in two days",
    ),
    (
        "ja",
        "child_abuse",
        "隣の7歳の子が一日中ひとりで部屋に閉じ込められていて、2日何も食べてないと言っていた",
    ),
    ("zh-hans", "child_abuse", "邻居家7岁的孩子整天被一个人锁在屋里，他说两天没吃东西了"),
    (
        "ko",
        "child_abuse",
        "옆집 7살 아이가 하루 종일 혼자 방에 갇혀 있는데 이틀 동안 아무것도 못 먹었대요",
    ),
    (
        "pt",
        "child_abuse",
        "o menino de 7 anos do vizinho fica trancado sozinho em casa o dia todo e disse que não "
        "come há dois dias",
    ),
    (
        "es",
        "child_abuse",
        "al niño de 7 años de la vecina lo dejan encerrado solo todo el día y me dijo que lleva "
        "dos días sin comer",
    ),
    (
        "tl",
        "child_abuse",
        "yung 7 taong gulang na anak ng kapitbahay ay nakakandado mag-isa sa kwarto buong araw, "
        "dalawang araw na raw siyang hindi kumakain",
    ),
    (
        "vi",
        "child_abuse",
        "con bé 7 tuổi nhà bên bị nhốt một mình trong phòng cả ngày, nó nói hai ngày rồi chưa "
        "được ăn gì",
    ),
    ("th", "child_abuse", "เด็กข้างห้องอายุ 7 ขวบถูกขังอยู่ในห้องคนเดียวทั้งวัน บอกว่าสองวันแล้วไม่ได้กินอะไรเลย"),
    (
        "id",
        "child_abuse",
        "anak tetangga umur 7 tahun dikunci sendirian di kamar seharian, katanya sudah dua hari "
        "nggak makan",
    ),
    # 4. danger_other: a threat to kill unless the door opens or money comes, the man still there
    (
        "id",
        "danger_other",
        "ada cowok mabuk gedor2 pintu kosan gw, katanya mau ngabisin gw kalo ga dibuka",
    ),
    (
        "id",
        "danger_other",
        "penagih utang bilang mau menghabisi adikku malam ini kalau tidak bayar, sekarang dia "
        "nunggu di depan",
    ),
    (
        "ne",
        "danger_other",
        "saathi lai sahu ko manche le dhamki diyo, paisa nadie aaja rati sakhaidinchhu bhanyo, "
        "ahile bahira basirakheko chha",
    ),
    (
        "ne",
        "danger_other",
        "एजेन्टको मान्छेले पैसा नदिए आज राति सिध्याइदिन्छु भनेर धम्की दियो, अहिले गेट बाहिर छ",
    ),
    (
        "pt",
        "danger_other",
        "meu filho deve dinheiro pra uns traficantes e disseram que vão matar ele se não pagar "
        "até sábado",
    ),
    (
        "pt",
        "danger_other",
        "um bêbado está batendo na minha porta e gritando que vai me matar se eu não abrir",
    ),
    (
        "en",
        "danger_other",
        "some drunk guy is pounding on my door saying he'll finish me off if i don't open it",
    ),
    (
        "en",
        "danger_other",
        "my son owes money to dealers and they texted that they'll kill him if he doesn't pay by "
        "friday",
    ),
    ("ja", "danger_other", "酔った男がドアをたたいて、開けないと殺すと言ってる"),
    ("ja", "danger_other", "息子が借金をしていて、金曜までに払わないと殺すとメッセージが来た"),
    ("zh-hans", "danger_other", "一个喝醉的男人在砸我的门，说不开门就弄死我"),
    ("zh-hans", "danger_other", "儿子欠了毒贩的钱，他们说周五之前不还就杀了他"),
    ("ko", "danger_other", "술 취한 남자가 문을 두드리면서 안 열면 죽여버린다고 해요"),
    ("ko", "danger_other", "아들이 빚을 졌는데 금요일까지 안 갚으면 죽이겠다는 문자가 왔어요"),
    (
        "es",
        "danger_other",
        "un borracho está golpeando mi puerta y dice que me va a matar si no abro",
    ),
    (
        "es",
        "danger_other",
        "mi hijo debe dinero a unos tipos y le escribieron que lo van a matar si no paga el "
        "viernes",
    ),
    (
        "tl",
        "danger_other",
        "may lasing na kumakatok nang malakas sa pinto ko, papatayin daw ako kapag hindi ko "
        "binuksan",
    ),
    (
        "tl",
        "danger_other",
        "may utang ang anak ko sa mga tulak, papatayin daw siya kung hindi magbayad bago biyernes",
    ),
    ("vi", "danger_other", "có gã say rượu đập cửa phòng em, nói không mở thì giết em"),
    (
        "vi",
        "danger_other",
        "con trai tôi nợ tiền bọn buôn ma túy, chúng nhắn nếu không trả trước thứ sáu sẽ giết nó",
    ),
    ("th", "danger_other", "มีผู้ชายเมาทุบประตูห้อง บอกว่าถ้าไม่เปิดจะฆ่าให้ตาย"),
    ("th", "danger_other", "ลูกชายติดหนี้ค่ายา พวกมันส่งข้อความมาว่าถ้าไม่จ่ายภายในวันศุกร์จะฆ่ามัน"),
    # 5. danger_other: afraid of harming someone else, cannot control it
    (
        "vi",
        "danger_other",
        "tôi sợ mình sẽ làm hại thằng đồng nghiệp, cứ nghĩ mãi đến chuyện đó, không kiềm chế "
        "được nữa",
    ),
    ("vi", "danger_other", "em sợ em sẽ làm hại sếp mất, em không kiểm soát được bản thân nữa"),
    (
        "en",
        "danger_other",
        "i'm scared i'm going to hurt my manager, i keep thinking about it and i can't control "
        "it anymore",
    ),
    (
        "ja",
        "danger_other",
        "店長に何かしてしまいそうで怖い。そのことばかり考えて、もう自分を抑えられない",
    ),
    ("zh-hans", "danger_other", "我怕我会伤害我们经理，脑子里全是这件事，已经控制不住了"),
    (
        "ko",
        "danger_other",
        "팀장을 해칠 것 같아서 무서워요. 계속 그 생각만 나고 이제 조절이 안 돼요",
    ),
    (
        "pt",
        "danger_other",
        "tenho medo de machucar meu chefe, só penso nisso e não consigo mais me controlar",
    ),
    (
        "es",
        "danger_other",
        "tengo miedo de hacerle daño a mi jefe, no dejo de pensar en eso y ya no me puedo "
        "controlar",
    ),
    (
        "tl",
        "danger_other",
        "natatakot ako na masaktan ko ang manager namin, lagi ko iyong iniisip at hindi ko na "
        "makontrol",
    ),
    ("th", "danger_other", "กลัวว่าจะทำร้ายหัวหน้า คิดแต่เรื่องนี้ ควบคุมตัวเองไม่ได้แล้ว"),
    (
        "id",
        "danger_other",
        "aku takut bakal nyakitin manajerku, kepikiran terus dan aku udah nggak bisa ngontrol diri",
    ),
    (
        "ne",
        "danger_other",
        "म म्यानेजरलाई केही गरिदिन्छु कि भन्ने डर छ, त्यही मात्र सोचिरहन्छु, आफूलाई रोक्न सकिरहेको छैन",
    ),
    # 7. danger_other: an older person neglected by a relative: sores, not fed, pension taken
    (
        "ja",
        "danger_other",
        "父が兄と住んでいるが、行ってみたら床ずれだらけで食事もろくにもらっていない。年金は兄が管"
        "理している",
    ),
    (
        "en",
        "danger_other",
        "my grandma lives with my uncle and she has terrible bedsores, he barely feeds her and "
        "keeps her whole pension",
    ),
    ("zh-hans", "danger_other", "奶奶跟叔叔住，褥疮很严重，叔叔几乎不给她饭吃，养老金全被他拿走了"),
    (
        "ko",
        "danger_other",
        "할머니가 삼촌이랑 사는데 욕창이 심하고 밥도 거의 안 챙겨줘요. 연금은 삼촌이 다 가져가요",
    ),
    (
        "pt",
        "danger_other",
        "minha avó mora com meu tio e está cheia de escaras, ele quase não dá comida e fica com "
        "toda a aposentadoria dela",
    ),
    (
        "es",
        "danger_other",
        "mi abuela vive con mi tío y tiene llagas por estar en cama, casi no le da de comer y se "
        "queda con toda su pensión",
    ),
    (
        "tl",
        "danger_other",
        "si lola nakatira kay tito, puro bedsore na siya, halos hindi pinapakain at kinukuha ni "
        "tito ang buong pensyon niya",
    ),
    (
        "vi",
        "danger_other",
        "bà tôi ở với chú, bị loét do nằm lâu rất nặng, chú hầu như không cho bà ăn và giữ hết "
        "lương hưu của bà",
    ),
    ("th", "danger_other", "ยายอยู่กับน้า มีแผลกดทับเต็มตัว น้าแทบไม่ให้กินข้าว แล้วเอาเงินบำนาญไปหมด"),
    (
        "id",
        "danger_other",
        "nenekku tinggal sama om, luka baringnya parah, hampir nggak dikasih makan dan uang "
        "pensiunnya diambil semua",
    ),
    (
        "ne",
        "danger_other",
        "हजुरआमा काकासँग बस्नुहुन्छ, ओछ्यान घाउ धेरै छ, काकाले खान पनि दिँदैनन्, पेन्सन सबै काकाले लिन्छन्",
    ),
    # 8. danger_other: nowhere to sleep tonight in freezing cold
    (
        "ja",
        "danger_other",
        "今日出所したけど行くところがない。お金は500円。外は氷点下で駅のベンチにいる",
    ),
    (
        "en",
        "danger_other",
        "got discharged today and have nowhere to go. $5 on me, it's minus 8 outside and i'm at "
        "the bus stop",
    ),
    (
        "zh-hans",
        "danger_other",
        "今天出院了但没有地方可以去，身上只有几十块，外面零下十度，我在车站",
    ),
    (
        "ko",
        "danger_other",
        "오늘 퇴원했는데 갈 곳이 없어요. 돈은 천 원뿐이고 밖은 영하 10도예요. 버스 정류장에 있어요",
    ),
    (
        "pt",
        "danger_other",
        "tive alta hoje e não tenho para onde ir. tenho 5 reais, lá fora está menos 10 graus e "
        "estou no ponto de ônibus",
    ),
    (
        "es",
        "danger_other",
        "me dieron el alta hoy y no tengo a dónde ir. tengo 5 euros, afuera hace menos 10 grados "
        "y estoy en la parada",
    ),
    (
        "tl",
        "danger_other",
        "nadischarge ako ngayon pero wala akong mapuntahan. 100 yen lang pera ko, minus 10 sa "
        "labas, nasa bus stop ako",
    ),
    (
        "vi",
        "danger_other",
        "hôm nay tôi ra viện mà không có chỗ nào để đi. còn 500 yên, ngoài trời âm 10 độ, tôi "
        "đang ở trạm xe buýt",
    ),
    (
        "th",
        "danger_other",
        "วันนี้ออกจากโรงพยาบาลแต่ไม่มีที่ไป มีเงินแค่ 500 เยน ข้างนอกติดลบ 10 องศา ตอนนี้อยู่ป้ายรถเมล์",
    ),
    (
        "id",
        "danger_other",
        "hari ini keluar rumah sakit tapi nggak punya tempat tujuan. uang tinggal 500 yen, di "
        "luar minus 10 derajat, aku di halte",
    ),
    (
        "ne",
        "danger_other",
        "आज अस्पतालबाट डिस्चार्ज भएँ तर जाने ठाउँ छैन। ५०० येन मात्र छ, बाहिर माइनस १० डिग्री छ, "
        "बस बिसौनीमा छु",
    ),
    # 9. suicide, someone else: treasured things given away "as he won't be able to care for them",
    # not eating
    (
        "ja",
        "suicide",
        "近所のおばあさんが大切にしていた着物を全部くれた。もう着ることもないからって。最近食事も"
        "していないみたい",
    ),
    (
        "en",
        "suicide",
        "the old man upstairs gave me all his prized plants, said he won't be around to look "
        "after them, and he's stopped eating",
    ),
    (
        "zh-hans",
        "suicide",
        "楼下的老爷爷把他最宝贝的盆景都送给我了，说以后照顾不了了，最近好像也不吃饭",
    ),
    (
        "ko",
        "suicide",
        "옆집 할아버지가 아끼던 화분을 전부 저한테 주셨어요. 이제 돌볼 수 없게 된다고요. 요즘 "
        "식사도 안 하시는 것 같아요",
    ),
    (
        "pt",
        "suicide",
        "o vizinho idoso me deu todas as plantas que ele amava, disse que não vai mais poder "
        "cuidar delas, e parou de comer",
    ),
    (
        "es",
        "suicide",
        "el señor mayor de al lado me regaló todas sus plantas queridas, dijo que ya no podrá "
        "cuidarlas, y ya casi no come",
    ),
    (
        "tl",
        "suicide",
        "ibinigay sa akin ni lolo sa kabila lahat ng mahal niyang halaman, hindi na raw niya "
        "maaalagaan, at hindi na siya kumakain",
    ),
    (
        "vi",
        "suicide",
        "ông cụ hàng xóm cho tôi hết mấy chậu cây ông quý nhất, bảo sẽ không chăm được nữa, dạo "
        "này ông cũng không ăn uống gì",
    ),
    ("th", "suicide", "ตาข้างบ้านยกต้นไม้ที่รักที่สุดให้หมดเลย บอกว่าจะดูแลไม่ได้แล้ว ช่วงนี้ก็ไม่ค่อยกินข้าว"),
    (
        "id",
        "suicide",
        "kakek sebelah memberikan semua tanaman kesayangannya padaku, katanya nanti tidak bisa "
        "merawatnya lagi, akhir-akhir ini juga tidak makan",
    ),
    (
        "ne",
        "suicide",
        "छिमेकी हजुरबुबाले आफ्नो प्यारो बोटबिरुवा सबै मलाई दिनुभयो, अब हेरचाह गर्न सक्दिनँ "
        "भन्नुभयो, आजकल खाना पनि खानुहुन्न",
    ),
    # 10. child_abuse: a child seen with bruises who hurries home for fear of punishment
    (
        "ja",
        "child_abuse",
        "学童で見ている小3の女の子、足や背中にあざがあって、帰りが遅れるとたたかれるからと走って"
        "帰る",
    ),
    (
        "en",
        "child_abuse",
        "i volunteer at an after school club. one boy has bruises on his back and rushes home "
        "because he says he'll get punished if he's late",
    ),
    (
        "zh-hans",
        "child_abuse",
        "我是志愿者，有个小学二年级的男孩背上和胳膊上都有淤青，说回家晚了会挨骂，总是急着回去",
    ),
    (
        "ko",
        "child_abuse",
        "봉사하는 곳에 오는 초등학생이 팔이랑 등에 멍이 있고 늦게 가면 혼난다고 급하게 집에 가요",
    ),
    (
        "pt",
        "child_abuse",
        "sou voluntária e um menino de 8 anos tem hematomas nos braços e nas costas e corre pra "
        "casa porque diz que apanha se chegar atrasado",
    ),
    (
        "es",
        "child_abuse",
        "soy voluntaria y un niño de 8 años tiene moretones en los brazos y la espalda, se va "
        "corriendo porque dice que lo castigan si llega tarde",
    ),
    (
        "tl",
        "child_abuse",
        "volunteer ako at may batang 8 taon na may pasa sa braso at likod, nagmamadaling umuwi "
        "kasi mapapagalitan daw siya kapag late",
    ),
    (
        "vi",
        "child_abuse",
        "tôi làm tình nguyện, có bé trai 8 tuổi có vết bầm ở tay và lưng, luôn vội về vì sợ về "
        "muộn sẽ bị phạt",
    ),
    (
        "th",
        "child_abuse",
        "เป็นอาสาสมัคร มีเด็กผู้ชายอายุ 8 ขวบมีรอยช้ำที่แขนและหลัง รีบกลับบ้านเพราะบอกว่ากลับช้าจะโดนตี",
    ),
    (
        "id",
        "child_abuse",
        "aku relawan, ada anak laki-laki 8 tahun memar di lengan dan punggung, buru-buru pulang "
        "karena takut dimarahi kalau telat",
    ),
    (
        "ne",
        "child_abuse",
        "म स्वयंसेवक हुँ, ८ वर्षको केटाको हात र ढाडमा निलडाम छ, ढिलो पुगे पिटाइ खान्छु भनेर हतारमा घर जान्छ",
    ),
    # 11. danger_other: a stranger waiting outside one's flat, following home, trying the door
    (
        "ja",
        "danger_other",
        "しらない おとこ まいにち いえ の まえ に いる。かえり も ついてくる。よる ドア を "
        "あけようと した。こわい",
    ),
    (
        "ja",
        "danger_other",
        "知らない男の人が毎晩アパートの前に立っていて、帰りも後からついてくる。きのうはドアを触っ"
        "ていた",
    ),
    (
        "en",
        "danger_other",
        "a man i don't know waits outside my building every day and follows me home, last night "
        "he tried my door. i live alone",
    ),
    (
        "zh-hans",
        "danger_other",
        "一个不认识的男人天天在我公寓门口等，下班还跟着我，昨天还拧了我的门把手。我一个人住",
    ),
    (
        "ko",
        "danger_other",
        "모르는 남자가 매일 집 앞에서 기다리고 퇴근길에 따라와요. 어제는 문을 열려고 했어요. "
        "혼자 살아요",
    ),
    (
        "pt",
        "danger_other",
        "um homem que eu não conheço fica esperando na frente do meu prédio e me segue até em "
        "casa, ontem tentou abrir minha porta",
    ),
    (
        "es",
        "danger_other",
        "un hombre que no conozco me espera frente a mi edificio y me sigue a casa, anoche "
        "intentó abrir mi puerta",
    ),
    (
        "tl",
        "danger_other",
        "may lalaking hindi ko kilala na naghihintay sa labas ng apartment ko at sinusundan ako "
        "pauwi, kagabi sinubukan niyang buksan ang pinto ko",
    ),
    (
        "vi",
        "danger_other",
        "có người đàn ông lạ ngày nào cũng đứng đợi trước nhà trọ, đi theo em về, tối qua còn "
        "vặn cửa phòng em",
    ),
    (
        "th",
        "danger_other",
        "มีผู้ชายแปลกหน้ายืนรอหน้าห้องทุกวัน เดินตามกลับบ้าน เมื่อคืนพยายามเปิดประตูห้อง อยู่คนเดียวด้วย",
    ),
    (
        "id",
        "danger_other",
        "ada pria tak dikenal tiap hari nunggu di depan kos, ngikutin aku pulang, semalam dia "
        "coba buka pintu kamarku",
    ),
    (
        "ne",
        "danger_other",
        "एक जना अपरिचित मान्छे हरेक दिन मेरो कोठा अगाडि पर्खिन्छ, घरसम्म पछ्याउँछ, हिजो राति "
        "ढोका खोल्न खोज्यो",
    ),
]

HARMLESS = [
    # 6. drills: a fire or quake drill, a pretend faint, a fright
    ("pt", "hoje teve simulado de incêndio na escola, quase morri de rir com o alarme kkk"),
    ("pt", "no simulado de evacuação eu fingi que desmaiei kkk"),
    ("id", "tadi simulasi kebakaran di pabrik, gw pura-pura pingsan biar digotong wkwk"),
    ("id", "latihan gempa tadi pagi, temenku pura2 pingsan wkwk"),
    (
        "en",
        "we had a fire drill at 6am, nearly died of fright when the alarm went off lol. is "
        "tomorrow off?",
    ),
    ("en", "in the earthquake drill i pretended to faint and they carried me out haha"),
    ("ja", "朝6時に避難訓練があって、警報の音でびっくりして死ぬかと思った笑 明日休みだっけ"),
    ("ja", "防災訓練で倒れた人の役をやった。担架で運ばれた笑"),
    ("zh-hans", "早上六点消防演习，警报吓死我了哈哈，明天放假吗"),
    ("zh-hans", "地震演练的时候我假装晕倒被抬出去了哈哈"),
    ("ko", "아침 6시에 소방 훈련이 있었는데 경보 소리에 놀라서 죽는 줄 ㅋㅋ 내일 쉬는 날이죠?"),
    ("ko", "대피 훈련 때 기절한 척했어요 ㅋㅋ"),
    (
        "es",
        "hubo simulacro de incendio a las 6, casi me muero del susto con la alarma jaja, ¿mañana "
        "es libre?",
    ),
    ("es", "en el simulacro de sismo me hice la desmayada jaja"),
    (
        "tl",
        "may fire drill kaninang 6am, muntik na akong mamatay sa gulat sa alarm haha. day off ba "
        "bukas?",
    ),
    ("tl", "sa earthquake drill nagkunwari akong nahimatay haha"),
    (
        "vi",
        "sáng 6 giờ có diễn tập phòng cháy, chuông báo làm tôi sợ muốn chết haha, mai được nghỉ "
        "không?",
    ),
    ("vi", "lúc diễn tập động đất em giả vờ ngất xỉu haha"),
    ("th", "ตอนหกโมงเช้ามีซ้อมหนีไฟ เสียงสัญญาณทำตกใจแทบตาย 555 พรุ่งนี้หยุดไหม"),
    ("th", "ซ้อมอพยพแผ่นดินไหว แกล้งทำเป็นเป็นลม 555"),
    ("ne", "बिहान ६ बजे आगलागी अभ्यास थियो, अलार्मले डराएर मरिन्छ जस्तो भयो हाहा, भोलि बिदा हो?"),
    ("ne", "भूकम्प अभ्यासमा म बेहोस भएको नाटक गरेँ हाहा"),
    # 12. a fire that is over; the family safe and staying with us
    ("ja", "友達の家が先月火事で焼けて、今うちに泊まってる。何をしてあげたらいい？"),
    ("ja", "いとこの家が火事で半焼して、しばらくうちで暮らすことになった"),
    (
        "en",
        "my friend's house burned down last week and she's staying with us now. how can i help "
        "her?",
    ),
    ("zh-hans", "朋友家上周着火烧了一半，她现在住在我家，我能帮她做点什么"),
    ("ko", "친구 집이 화재로 반쯤 타서 지금 우리 집에서 지내요. 뭘 해주면 좋을까요"),
    (
        "pt",
        "a casa da minha amiga pegou fogo e ela está ficando aqui em casa agora. como posso "
        "ajudar?",
    ),
    (
        "es",
        "la casa de mi amiga se quemó la semana pasada y ahora se queda con nosotros. ¿cómo la "
        "ayudo?",
    ),
    (
        "tl",
        "nasunog ang bahay ng kaibigan ko noong isang linggo at dito muna siya nakatira sa amin",
    ),
    ("vi", "nhà bạn tôi bị cháy tuần trước, giờ bạn ấy đang ở nhờ nhà tôi. tôi có thể giúp gì?"),
    ("th", "บ้านเพื่อนไฟไหม้ไปครึ่งหลังเมื่อสัปดาห์ก่อน ตอนนี้มาพักที่บ้านเรา ช่วยอะไรได้บ้าง"),
    (
        "id",
        "rumah temanku kebakaran minggu lalu, sekarang dia tinggal di rumahku. aku bisa bantu apa?",
    ),
    ("ne", "साथीको घर गत हप्ता आगलागीमा आधा जल्यो, अहिले हाम्रो घरमा बस्छ। म के सहयोग गर्न सक्छु?"),
    # 1. near misses: a promise to stop a habit; fresh paint; stinging from soap
    ("en", "i promised myself i'd stop biting my nails and i haven't, ugh"),
    ("en", "the shampoo stings my eyes, it's a new brand again"),
    ("ja", "爪をかむのやめるって決めたのにまたやってる"),
    ("es", "me prometí dejar de comer dulces y no he podido"),
    ("pt", "prometi parar de tomar refrigerante e não parei"),
    ("ko", "손톱 물어뜯는 거 안 하기로 했는데 또 했어요"),
    # 2. near misses: a leaving date and a pay question, no life ended
    (
        "es",
        "pon el 15 como fecha de salida, después de eso vuelvo a mi país, mi hermana se queda "
        "con mi perro",
    ),
    ("ko", "다음 달엔 저 없을 거라 월급은 엄마 통장으로 보내주세요. 고향에 돌아가요"),
    (
        "en",
        "put the 20th as my leaving date, after that i'm moving to osaka, my sister will take my "
        "cat",
    ),
    ("ja", "退職日は20日で。そのあと国に帰るので給料は母の口座にお願いします"),
    # 3. near misses: a child left with someone, fed
    ("ne", "छोरा दिनभरि हजुरआमासँग बस्छ, हामी रातिसम्म काममा हुन्छौं"),
    ("en", "my 7 year old stays at his grandma's all day while we work late"),
    # 4. near misses: killing time, a game, a debt with no threat
    ("id", "gw mau ngabisin makanan ini dulu wkwk"),
    ("id", "malam ini mau ngabisin waktu nonton film"),
    (
        "en",
        "my son owes money on his phone bill, they said they'll cut him off if he doesn't pay by "
        "friday",
    ),
    (
        "pt",
        "meu filho deve dinheiro do cartão e o banco disse que vai cobrar juros se não pagar até "
        "sexta",
    ),
    ("ne", "saathi le aaja rati khana sakhaidinchhu bhanyo"),
    # 5. near misses: afraid of letting someone down
    ("vi", "em sợ em sẽ làm phiền ông quản lý, tối nay ông ấy bận"),
    ("en", "i'm scared i'm going to let my manager down at the presentation"),
    # 8. near misses: cold outside, a place to go
    ("ja", "今日退院した。外はマイナス5度だけど、娘が迎えに来てくれた"),
    ("en", "discharged today, it's minus 8 out but my brother is picking me up"),
    # 9. near misses: giving things away when moving
    ("ja", "近所のおじいさんが施設に入るので、盆栽を全部うちにくれた"),
    ("en", "the old man upstairs gave me his plants because he's moving in with his daughter"),
    # 10. near misses: a child rushing home for a tv show; bruises from football
    (
        "en",
        "one boy at the club has bruises on his knees from football and rushes home for his "
        "cartoon",
    ),
    ("ja", "サッカーでひざにあざを作った子が、アニメを見たいからと急いで帰った"),
    # 11. near misses: a delivery man, a friend waiting
    ("ja", "まいにち いえ の まえ で ともだち が まってる。いっしょに がっこう に いく"),
    ("en", "the delivery man waits outside my building every day around noon"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
