"""Crisis families from crisisAR (misses, wrong kinds and false alarms of crisis batch 32 and
the crisis lines of scenario batches 29 and 30), in our own words, read by the rules alone
(``learned=False``). Every language file is applied to every message.

1. Pushed by a partner or a parent so that the head hits a wall, the floor or the stairs, or
   kicked down the stairs: dv with a partner, child_abuse with a parent (ja incl. easy Japanese
   and kana, th, tl, en). Silent: pushed in a crowded train, encouraged ("背中を押された").
2. A child made to sleep at the door, outside or on the balcony as a punishment: child_abuse
   in all 11 languages. Silent: camping outside, sleeping on the balcony on a hot night.
3. Drawing the curtain on one's own life, or taking a dependent child along in death: suicide
   (ja, th, zh-hans, ko, en, es, pt, vi, id). Silent: a shop, a career or a series ended by its
   owner, an obituary's closed curtain.
4. A small child lost or alone at night, crying, separated from a parent: danger_other in all
   11 languages. Silent: a child home alone for an hour in the afternoon with a neighbour.
5. "Want to die" said of a lost match or game and at once taken back or laughed off (en, id,
   vi, tl): silent. "I want to die, not a joke" still fires.
6. A villain who kidnaps someone in a children's cartoon or a film: silent in every language.
7. Asking whether to go to the police about money lost to a fraud or an agent who vanished
   (ko, ja, en, pt): silent; an ambulance that already took one to hospital, and now the bill
   (ne, en, ja): silent.
8. Others: breasts grabbed by a customer (ja), a hand under her clothes with a visa threat (vi),
   a coach who wants a minor undressed alone (en), drinks forced and then "done" (ja), a threat
   from a crime ring that knows the home and school (ja), someone held whose phone "they" took
   (vi), a violent ex out of prison who has found her (ja), self-punishment leaving bruises and
   lied about, a sister's bandages she does herself (ja), a father who began raising his hand
   to the mother (Kansai), a child locked out by the mother's boyfriend, a child told "there is
   no share for you" (Kyushu), a husband who stopped her cards and says "next time for real",
   a letter leaving "the rest" to a son (ja farewell); no ride back needed and a pet left with
   a neighbour (en finality and preparation signals), everything settled with the bank (pt).
   Silent: a villain, a retraction, a police question or a fraudster who vanished (see 5-7).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. pushed so the head hits something; kicked down the stairs
    ("ja", "dv", "かれしは おこると わたしを つよく おします。ゆかに あたまを うちました"),
    ("ja", "dv", "夫に強く押されて壁に頭をぶつけた。毎週のこと"),
    ("ja", "child_abuse", "ままに おされて かいだんから おちた。あたまが いたい"),
    ("ja", "child_abuse", "父に突き飛ばされて弟が床で頭を打った"),
    ("en", "dv", "my husband shoved me so hard my head hit the wall"),
    ("en", "dv", "my husband pushed me against the wall last night because i answered back"),
    ("en", "dv", "we moved here for my husbands work. last night he slammed me against the door"),
    ("th", "dv", "แฟนถีบฉันตกบันไดเมื่อคืน"),
    ("th", "dv", "ผัวโมโหแล้วถีบฉันทุกครั้งที่ไม่ให้เงิน"),
    ("tl", "dv", "itinulak ako ng asawa ko sa pader tapos sinipa niya ako"),
    ("tl", "dv", "sinasampal at sinisipa ako ng asawa ko kapag lasing siya"),
    # 2. a child made to sleep outside as a punishment
    ("ja", "child_abuse", "テストが悪いと罰としてベランダで寝かされる"),
    ("ja", "child_abuse", "おしおきで げんかんで ねかされる。さむい"),
    (
        "en",
        "child_abuse",
        "my stepmom makes me sleep on the porch as punishment when i forget chores",
    ),
    ("es", "child_abuse", "mi papá me hace dormir afuera de castigo cuando saco malas notas"),
    ("pt", "child_abuse", "minha mãe me faz dormir na varanda de castigo quando eu erro"),
    ("zh-hans", "child_abuse", "考试没考好，爸爸罚我睡在门口，不给被子"),
    ("ko", "child_abuse", "시험을 못 보면 엄마가 벌로 현관에서 자게 해요"),
    ("vi", "child_abuse", "bố phạt em phải ngủ ngoài hiên vì điểm kém"),
    ("tl", "child_abuse", "pinapatulog ako ni papa sa labas bilang parusa"),
    ("th", "child_abuse", "แม่ลงโทษให้หนูไปนอนหน้าบ้านเพราะสอบตก"),
    ("id", "child_abuse", "ayah menghukum aku tidur di teras karena nilaiku jelek"),
    ("ne", "child_abuse", "बुबाले सजायको रूपमा मलाई बाहिर सुत्न लगाउनुहुन्छ"),
    # 3. the curtain drawn on one's own life; a dependent taken along in death
    ("ja", "suicide", "もう十分生きた。自分で人生の幕を引こうと思う"),
    ("ja", "suicide", "そろそろ自分で幕を下ろそうと思っとる"),
    ("ja", "suicide", "介護に疲れた。いっそ母を連れて一緒にと考えてしまう"),
    ("ja", "suicide", "この子を残しては逝けない。道連れにするしかないのかな"),
    ("en", "suicide", "i think it is time to draw the curtain on my life myself"),
    (
        "en",
        "suicide",
        "i will take my disabled son with me when i die, nobody else will care for him",
    ),
    ("es", "suicide", "ya es hora de bajar el telón de mi vida yo mismo"),
    ("pt", "suicide", "acho que vou fechar a cortina da minha vida com as minhas próprias mãos"),
    ("zh-hans", "suicide", "我想亲手给自己的人生画上句号"),
    ("ko", "suicide", "이제 내 손으로 인생의 막을 내리려고 해요"),
    ("th", "suicide", "คิดจะปิดฉากชีวิตตัวเองแล้ว"),
    ("vi", "suicide", "tôi muốn tự tay khép lại cuộc đời mình"),
    ("id", "suicide", "aku ingin mengakhiri hidupku dengan tanganku sendiri"),
    # 4. a small child lost or alone at night
    ("ja", "danger_other", "駅で3歳の娘が見当たらない。もう20分さがしてる"),
    ("ja", "danger_other", "kouen de 4sai no musume ga inaku natta. doko ni mo inai"),
    ("en", "danger_other", "theres a little kid alone at the bus stop at 1am crying for his mom"),
    ("en", "danger_other", "my 4 year old is missing at the mall, cant find him anywhere"),
    ("es", "danger_other", "hay un niño pequeño solo en la parada a las 2 de la mañana llorando"),
    ("pt", "danger_other", "meu filho de 5 anos sumiu no shopping, não acho ele em lugar nenhum"),
    ("zh-hans", "danger_other", "凌晨两点车站有个小孩一个人在哭，说找不到妈妈"),
    ("ko", "danger_other", "새벽 2시에 어린 아이가 혼자 정류장에서 울고 있어요"),
    ("vi", "danger_other", "con tôi 4 tuổi bị lạc ở siêu thị, tìm mãi không thấy"),
    (
        "tl",
        "danger_other",
        "may batang maliit na mag-isa sa terminal ng alas-dos ng madaling araw, umiiyak",
    ),
    ("th", "danger_other", "ลูกสาวสี่ขวบหายไปในห้าง หาไม่เจอเลย"),
    ("id", "danger_other", "ada anak kecil sendirian di terminal jam 1 malam, nangis cari ibunya"),
    ("ne", "danger_other", "मेरो ४ वर्षको छोरा बजारमा हरायो, कतै भेटिएन"),
    # 8. others
    ("ja", "sexual_violence", "バイト先の客に後ろから胸をつかまれた"),
    ("ja", "sexual_violence", "店長にお尻をもまれた。誰にも言えない"),
    ("ja", "sexual_violence", "飲み会で無理やり飲まされて、気づいたら先輩にされてた"),
    ("ja", "sexual_violence", "となりの おじさんが わたしの むねを さわる。ないしょって いわれた"),
    ("vi", "sexual_violence", "quản lý ôm chặt rồi luồn tay vào áo em"),
    ("vi", "sexual_violence", "ông chủ hay sờ vào ngực em, bảo mách ai thì đuổi việc"),
    (
        "en",
        "sexual_violence",
        "my coach wants me to take my clothes off for weigh ins when we are alone. im 14",
    ),
    ("ja", "danger_other", "闇バイトを断ったら、家も学校も知ってるぞって脅された"),
    ("ja", "danger_other", "やめるって言ったら住所知ってるからなって言われた"),
    (
        "en",
        "danger_other",
        "i backed out of the job and now they say they know where my family lives",
    ),
    ("vi", "danger_other", "bạn tôi nhắn: họ lấy hộ chiếu rồi, cứu tớ với"),
    ("ja", "dv", "暴力で捕まった元夫が出所して、家の近くで車を見かけた。怖い"),
    ("ja", "self_harm", "嫌なことがあると自分に罰を与えてしまう。あざは隠してる"),
    ("ja", "self_harm", "娘の腕の傷がまた増えた。自分でやってるみたい"),
    ("ja", "dv", "父が最近母に手ぇ出すようになって、母の腕にあざがある"),
    ("ja", "child_abuse", "お母さんの彼氏が怒って家に入れてくれない。外で寝た"),
    ("ja", "child_abuse", "ままに あんたの ぶんは ないって いわれて ごはん もらえない"),
    ("ja", "dv", "夫にカードを止められた。次は本当にやるからなと言われた"),
    (
        "pt",
        "suicide",
        "ele disse que ninguém ia sentir falta e já deixou tudo resolvido com o banco",
    ),
    ("en", "suicide", "i wont need a ride home after tonight. left my cats with my neighbour"),
]

HARMLESS = [
    # 1. pushed, not hurt
    ("ja", "満員電車で押されて足を踏まれた"),
    ("ja", "母に背中を押されて受験を決めた"),
    ("en", "my dad pushed me to apply for the job"),
    ("en", "my husband and i moved last year. he pushed me to apply for the job"),
    ("th", "น้องชายถีบผ้าห่มออกตอนนอน"),
    # 2. sleeping outside by choice
    ("ja", "暑いのでベランダで寝てみた。気持ちよかった"),
    ("en", "we slept on the porch in sleeping bags, so fun"),
    ("es", "dormimos afuera en la tienda de campaña con papá"),
    ("ko", "아빠랑 캠핑 가서 밖에서 잤어요"),
    # 3. a curtain closed on something else
    ("ja", "この店も自分で幕を引こうと思う。四十年ありがとう"),
    ("ja", "現役生活に自分で幕を下ろした選手"),
    ("en", "she drew the curtain on her career after twenty years"),
    ("zh-hans", "这部剧终于画上句号了"),
    ("th", "ละครเรื่องนี้ปิดฉากแล้ว"),
    # 4. a child with someone
    ("ja", "娘は三時間おばあちゃんの家で遊んでる"),
    ("en", "my kid is at the park with grandma"),
    # 5. a lost match, taken back
    ("en", "we lost the final by one point, i want to die. ok not really lol"),
    ("en", "missed the bus again, i want to die jk"),
    ("id", "timnas kalah lagi, pengen mati aja wkwk"),
    ("vi", "đội nhà thua, tức muốn chết luôn"),
    ("tl", "papatayin ako ng kilig sa ending haha"),
    ("tl", "papatayin ako ng kaba sa exam bukas"),
    # 6. a villain in a cartoon
    ("ja", "アニメで悪者にさらわれたお姫様が助けられた"),
    ("ja", "せんたいもので かいじんに さらわれた こが たすかった"),
    ("en", "in the cartoon the villain kidnaps the princess and the hero saves her"),
    ("es", "en la caricatura el villano secuestra a la princesa"),
    ("pt", "no desenho o vilão sequestra a princesa"),
    ("ko", "만화에서 악당이 공주를 납치했어요"),
    ("zh-hans", "动画片里反派把公主抓走了"),
    # 7. the police, past ambulance
    ("ko", "사기를 당해서 돈을 잃었는데 경찰에 가야 하나요?"),
    ("ja", "詐欺で敷金をとられました。警察に行くべきですか"),
    ("en", "the agent took my deposit and vanished. should i go to the police?"),
    ("pt", "o despachante sumiu com o dinheiro. devo ir na polícia?"),
    ("ne", "गएको हप्ता एम्बुलेन्सले अस्पताल लग्यो, अब बिल आयो"),
    ("en", "last month an ambulance took me to hospital and now the bill came"),
    ("pt", "paguei um agente pra renovar o visto, ele sumiu e o número não atende"),
    ("vi", "bạn ấy không nói gì về chuyện muốn chết, chỉ ngủ suốt"),
    # 8. others
    ("en", "i wont need a ride home, my sister is picking me up"),
    ("en", "left the dog with my neighbour for the weekend trip"),
    ("ja", "赤ちゃんが私の胸をさわって寝る"),
    ("ja", "株に手を出すようになった"),
    ("ja", "自分に罰として今日はおやつ抜き"),
    ("ja", "宿題は自分でやってるよ"),
    ("ja", "自分にご褒美を与えた"),
    ("ja", "元夫は家の近くに住んでいて、子どもと面会している"),
    ("ja", "あんたの分のケーキはないよって姉に言われた"),
    ("vi", "mẹ luồn tay vào áo con để gãi lưng"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
