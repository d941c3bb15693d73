"""Crisis families from crisisAM (missed child abuse, dv and sexual violence of crisis batch 30,
two wrong kinds and three false alarms), in our own words, read by the rules alone
(``learned=False``). Every language file is applied to every message.

1. A child's mouth taped shut by a parent or a parent's partner, to silence crying or noise:
   child_abuse in all 11 languages. Silent: a box, a shoe or a knee taped by a parent.
2. A small child given adult medicine or alcohol every night to make it sleep: child_abuse
   (before: silent in most languages, danger_other alone in vi and th). Silent: children's fever
   medicine given and the child slept.
3. A school child left alone every night till morning, now ill, the parent not answering: ja,
   en. Silent: a parent on nights with a grandmother who stays.
4. A partner who counts or takes what she earns and hits or punishes her when it is short, or
   threatens her visa; a partner named, then hit again sentences later (romaji); a husband's
   grip on the throat (romanised Nepali spellings); a partner stamping on her belly (th): dv.
5. Said no and he went on, beside emergency contraception, a lift home or "I can tell no one"
   (ja; the other languages already read it); secret photos asked of a child with a threat to
   tell; a night with him asked as the price of a visa or papers: sexual_violence. Silent:
   surprise photos for a birthday, a hot-spring night with family after a visa renewal.
6. "What I do to myself", wanting to stop and unable to hold off tonight: self_harm (ko, en).
7. Someone going out to kill a person tonight (th): danger_other. Silent: killing time, a boss
   in a game, mosquitoes.
8. False alarms: a scene of a drama or film where a husband hits his wife or a heroine is held
   by an ex (ja); a parent's blows in school years long ago, a settled adult life now (vi).
9. A child a parent sends to take things from a shop in secret, hit or left without supper when
   it brings nothing (ja; a batch 26 item the retrained model no longer reads). Silent: an
   errand, a surprise present.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. a child's mouth taped
    ("ja", "child_abuse", "おかあさんの かれしが ぼくの くちに ガムテープを はって しゃべらせない"),
    ("ja", "child_abuse", "父がうるさいと言って弟の口をガムテープでふさぐ"),
    ("en", "child_abuse", "my mom's boyfriend puts tape over my mouth when i cry"),
    ("en", "child_abuse", "my stepdad taped my little brother's mouth shut again tonight"),
    ("es", "child_abuse", "el novio de mi mamá me tapa la boca con cinta cuando lloro"),
    ("pt", "child_abuse", "o namorado da minha mãe cola fita na minha boca quando eu choro"),
    ("tl", "child_abuse", "nilalagyan ng tape ng boyfriend ni mama ang bibig ko kapag umiiyak ako"),
    ("vi", "child_abuse", "bạn trai của mẹ dán băng keo vào miệng em khi em khóc"),
    ("zh-hans", "child_abuse", "妈妈的男朋友嫌我吵就用胶带封住我的嘴"),
    ("ko", "child_abuse", "엄마 남자친구가 시끄럽다고 제 입에 테이프를 붙여요"),
    ("th", "child_abuse", "แฟนแม่เอาเทปปิดปากผมเวลาผมร้องไห้"),
    ("id", "child_abuse", "pacar ibuku menempelkan lakban di mulutku kalau aku menangis"),
    ("ne", "child_abuse", "आमाको प्रेमीले म रुँदा मेरो मुखमा टेप टाँसिदिन्छ"),
    # 2. adult medicine to make a small child sleep
    ("ja", "child_abuse", "となりの人は2さいの子どもを寝かせるために毎晩おとなの薬をのませている"),
    (
        "en",
        "child_abuse",
        "my neighbour gives her toddler adult cold medicine every night to make him sleep",
    ),
    (
        "es",
        "child_abuse",
        "mi vecina le da medicina de adulto a su bebé cada noche para que duerma",
    ),
    (
        "pt",
        "child_abuse",
        "minha vizinha dá remédio de adulto pro bebê todas as noites pra ele dormir",
    ),
    (
        "tl",
        "child_abuse",
        "binibigyan ng kapitbahay ko ng gamot pang-matanda ang anak niyang 2 taong gulang "
        "para makatulog",
    ),
    (
        "vi",
        "child_abuse",
        "chị hàng xóm cho con 2 tuổi uống thuốc cảm của người lớn mỗi tối để bé ngủ",
    ),
    ("zh-hans", "child_abuse", "邻居每天晚上给两岁的孩子吃大人的感冒药让他睡觉"),
    ("th", "child_abuse", "เพื่อนบ้านให้ลูกสองขวบกินยาผู้ใหญ่ทุกคืนเพื่อให้หลับ"),
    (
        "id",
        "child_abuse",
        "tetanggaku memberi anak 2 tahunnya obat orang dewasa setiap malam supaya tidur",
    ),
    ("ne", "child_abuse", "छिमेकीले २ वर्षको बच्चालाई सुताउन हरेक रात ठूला मान्छेको औषधि खुवाउँछिन्"),
    # 3. alone every night, ill, the parent unreachable
    (
        "ja",
        "child_abuse",
        "小学生の子が毎晩ひとりで公園にいる。お母さんは朝まで帰ってこないらしい。"
        "今日は熱があってぐったりしてる。お母さんは電話に出ない",
    ),
    (
        "en",
        "child_abuse",
        "a little girl from my building is alone every night because her mum doesn't come home "
        "till morning. tonight she has a fever and her mum won't answer the phone",
    ),
    # 4. a partner, the takings and blows
    ("ja", "dv", "kareshi ga mainichi uriage wo chekku suru. sukunai to nagurareru"),
    ("en", "dv", "my boyfriend takes all my wages and beats me if its less than he expects"),
    (
        "en",
        "dv",
        "he counts the money i make at the bar and if its short he makes me sleep on the floor",
    ),
    ("ne", "dv", "mero shrimaan le paisa sabai lagchha. raati ghanti thichyo"),
    ("th", "dv", "แฟนเมาแล้วเหยียบท้องฉัน"),
    ("th", "dv", "แฟนเอาบัตรกับพาสปอร์ตฉันไปหมด เมื่อคืนเมาแล้วกระทืบหน้าท้องฉัน"),
    # 5. said no and he went on; secret photos; a night for a visa
    (
        "ja",
        "sexual_violence",
        "緊急避妊薬ってどこで買えますか。飲み会のあと先輩が家まで送るって言って、"
        "嫌だって言ったのにそのまま。誰にも言えない",
    ),
    (
        "ja",
        "sexual_violence",
        "公園のおじさんが ひみつの しゃしん とらせてって いう。"
        "いやだって いったら おかあさんに いいつけるって",
    ),
    (
        "en",
        "sexual_violence",
        "a man at the park keeps asking to take secret photos of me and says he will tell my mom "
        "if i say no",
    ),
    (
        "es",
        "sexual_violence",
        "un señor del parque me pide fotos secretas y dice que si no se lo va a contar a mi mamá",
    ),
    (
        "pt",
        "sexual_violence",
        "um moço da loja pede pra tirar fotos secretas de mim e diz que conta pra minha mãe",
    ),
    ("zh-hans", "sexual_violence", "便利店的叔叔要给我拍秘密的照片 我说不要他就说要告诉我妈妈"),
    (
        "ko",
        "sexual_violence",
        "편의점 아저씨가 비밀 사진 찍게 해 달래요. 싫다고 하면 엄마한테 이른대요",
    ),
    ("zh-hans", "sexual_violence", "中介说只要我陪他睡一晚就帮我办签证 不然就让我回国"),
    (
        "ja",
        "sexual_violence",
        "ブローカーがビザを更新したければ一晩ホテルに付き合えって。断ったら強制送還にするって",
    ),
    (
        "vi",
        "sexual_violence",
        "người môi giới nói muốn gia hạn visa thì phải ngủ với anh ta một đêm",
    ),
    (
        "tl",
        "sexual_violence",
        "sabi ng ahente aayusin niya ang visa ko kung sasama ako sa kanya sa hotel nang isang gabi",
    ),
    (
        "id",
        "sexual_violence",
        "agen bilang visaku diperpanjang kalau aku mau menginap semalam dengan dia di hotel",
    ),
    ("ne", "sexual_violence", "एजेन्टले भिसा नवीकरण गर्न उससँग एक रात होटलमा बस्नुपर्छ भन्यो"),
    ("ko", "sexual_violence", "브로커가 비자 연장해 주는 대신 하룻밤 같이 자자고 했어요"),
    ("th", "sexual_violence", "นายหน้าบอกว่าจะต่อวีซ่าให้ถ้ายอมไปนอนกับเขาหนึ่งคืน"),
    ("pt", "sexual_violence", "o agente disse que renova meu visto se eu passar uma noite com ele"),
    ("es", "sexual_violence", "el gestor dice que me renueva la visa si paso una noche con él"),
    # 6. what I do to myself
    ("ko", "self_harm", "제가 저한테 하는 짓을 멈추고 싶은데 오늘도 못 참을 것 같아요"),
    (
        "en",
        "self_harm",
        "i want to stop what i do to myself but i dont think i can hold off tonight",
    ),
    # 9. a child sent by a parent to take things from a shop, hit if it brings nothing
    (
        "ja",
        "child_abuse",
        "おかあさんに いわれて コンビニで こっそり パンを もってくる。できないと たたかれる",
    ),
    # 7. going out to kill someone tonight
    ("th", "danger_other", "พี่ชายเมาแล้วบอกว่าจะไปฆ่าหัวหน้าคืนนี้"),
    ("th", "danger_other", "น้องชายบอกว่าคืนนี้จะไปเอาเรื่องเจ้านายให้ตาย แล้วออกจากบ้านไปแล้ว"),
]

HARMLESS = [
    # 1. tape, not on a child's mouth
    ("ja", "父が段ボールをガムテープでとめてくれた"),
    ("ja", "ママが弟のひざのけがにテープをはってくれた"),
    ("en", "my dad taped the moving boxes shut with duct tape"),
    ("en", "mum put tape over the hole in my shoe"),
    ("es", "mi mamá cierra las cajas con cinta"),
    ("ko", "아빠가 상자에 테이프를 붙였어요"),
    ("zh-hans", "妈妈用胶带把箱子封好了"),
    ("vi", "mẹ dán băng keo lên thùng carton"),
    ("th", "แม่เอาเทปติดกล่อง"),
    ("id", "ibu menempelkan lakban di kardus"),
    # 2. children's medicine for a fever
    ("ja", "子どもが熱を出したので小児用のシロップを飲ませて寝かせた"),
    ("en", "i gave my toddler children's fever medicine and she slept well"),
    ("es", "le di a mi bebé jarabe infantil para la fiebre"),
    ("pt", "dei xarope infantil pro bebê e ele dormiu"),
    ("ko", "아이에게 어린이 해열제를 먹이고 재웠어요"),
    ("zh-hans", "给孩子吃了儿童退烧药，他睡着了"),
    ("vi", "cho bé uống thuốc hạ sốt trẻ em rồi bé ngủ ngon"),
    # 3. a parent on nights, someone with the child
    ("ja", "お母さんは夜勤で朝まで帰らないけど、おばあちゃんが泊まりに来てくれる"),
    ("en", "my mum works nights till morning so my gran stays over with me"),
    # 4. a partner and money, no harm
    ("en", "my husband and i count the tips together and put them in savings"),
    ("th", "แฟนเมาแล้วนอนหลับไปเลย"),
    # 5. no, photos, visas
    ("ja", "嫌だって言ったのにそのまま髪を短く切られた。美容院でちゃんと言えばよかった"),
    ("ja", "やめてって言ったのに弟が最後までゲームを続けた"),
    ("ja", "パパへのサプライズで ないしょの しゃしんを とったよ"),
    ("en", "we took secret photos of dad for his birthday surprise"),
    ("ja", "ビザの更新が終わったら家族と一泊で温泉に行こう"),
    ("zh-hans", "签证续签下来了 周末和老公去温泉住一晚"),
    ("ko", "비자가 나와서 주말에 가족이랑 호텔에서 하룻밤 묵었어요"),
    ("vi", "gia hạn visa xong rồi, cuối tuần cả nhà đi khách sạn"),
    ("pt", "meu visto foi renovado e vamos passar uma noite num hotel em kyoto"),
    ("th", "ต่อวีซ่าเสร็จแล้ว คืนนี้จะนอนโรงแรมกับครอบครัว"),
    # 5. someone in the room at night: a pet
    ("pt", "a gata da minha filha sobe na minha cama toda noite e dorme no meu travesseiro"),
    ("es", "mi perro entra a mi cuarto por la noche y se duerme a mis pies"),
    ("en", "our cat sneaks into my bedroom at night and sleeps on my pillow"),
    # 6. oneself, no harm
    ("ko", "제가 저한테 하는 약속은 매일 운동하기예요"),
    # 7. killing time, a game, mosquitoes
    ("th", "คืนนี้จะไปฆ่าเวลาที่ห้าง"),
    ("th", "คืนนี้จะไปฆ่าบอสในเกมให้ได้"),
    ("th", "คืนนี้จะไปฆ่ายุงในห้องนอน"),
    # 9. an errand, a surprise
    ("ja", "ママにいわれてスーパーでおにくをかってきた。ごはんはカレー"),
    ("ja", "お母さんに言われてこっそりプレゼントを持ってきた。お父さんにはないしょ"),
    # 8. a drama scene, a film; long ago and safe now
    ("ja", "日本語の授業でドラマを見た。夫が妻をなぐるシーンがあって、こわかった"),
    ("ja", "先週見た映画は主人公が元彼に監禁される話で、結末がよかった"),
    (
        "vi",
        "bố đánh tôi hồi tiểu học, lâu lắm rồi. bây giờ tôi có gia đình riêng, mọi thứ yên ổn",
    ),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
