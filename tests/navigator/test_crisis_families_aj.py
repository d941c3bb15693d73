"""Crisis families from crisisAJ (false alarms of crisis batch 29, crises missed and ordinary
requests alarmed in scenario batches 25 and 26), with our own probes, read by the rules alone
(``learned=False``). Every language file is applied to every message.

1. Gone by the time a letter is read, or not meaning to live through this winter: suicide
   (ja, en, zh-hans, ko, pt, es, vi, th, ne, id, tl); Kyushu speech for wishing to be gone
   or no use living (おらんくなりたい, 生きちょってもしょんなか); vi "chết đi cho xong".
2. A partner who says he will die or kill himself if she divorces or leaves: dv (ja and
   romanised ja, en, zh-hans, ko, pt, es, tl, vi, th, ne, id).
3. A parent gone for days with no food at home or the children alone: child_abuse (all 11).
4. A boss entering the dorm at night with a key and touching her body: sexual_violence
   (zh-hans, ja, en, vi, ko).
5. A parent who hit their own child again and fears themselves: child_abuse (tl, en, ja, pt,
   es, vi).
6. th: ready or resolved to end everything (พร้อมจะจบทุกอย่างแล้ว) beside a last message or
   thanks: suicide (a learned-only catch of test_crisis_families_c.py, now a rule).
Silent: someone who collapsed or fainted and is conscious again (ja, en, id, zh-hans, ko, pt,
es, tl, th, vi, ne); a fire drill with everyone out safely (ja, en, ne, id, th); a parent's
blows that ended, the writer now living safely elsewhere (ja, en, zh-hans, ko, pt, es); a
neighbour knocking on the wall or floor over noise; a death at work last month told with its
aftermath; a stalker in a novel being written; a house burnt in a video game; "the boss will
kill me" said with a laugh; a question about what an ambulance costs (ja, ne, en); a letter
arriving after a move abroad. Guards: the same wording with the danger still there (still
unconscious, hit again, a threat after the knocking) stays a crisis.
Left: a crime told as over with the offender caught or near (ba055, bb024), "mum will kill me"
in Korean over money taken (bb065), passports held by a captain (bb060).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    ("th", "suicide", "พร้อมจะจบทุกอย่างแล้ว ขอบคุณทุกคนที่ผ่านมา"),
    ("ja", "dv", "rikon shitara shinu tte otto ga mainichi iu. kowai"),
    ("ja", "dv", "otto wa rikon suru nara shindeyaru to iimasu"),
    ("ja", "suicide", "娘たちに一通ずつ手紙を残した。これを読む頃には私はもういない"),
    ("ja", "suicide", "年金暮らしで家族に迷惑ばかり。今年の冬を越すつもりはありません"),
    (
        "en",
        "suicide",
        "i left a letter for each of my kids. by the time they read it i won't be here anymore",
    ),
    (
        "en",
        "suicide",
        "sorry for being such a burden on everyone. i don't plan to make it through this winter",
    ),
    ("zh-hans", "suicide", "我给妈妈写了一封信，等她收到的时候我已经不在了"),
    (
        "ko",
        "suicide",
        "아이들한테 편지 써뒀어요. 이 편지를 읽을 때쯤이면 저는 이 세상에 없을 거예요",
    ),
    (
        "pt",
        "suicide",
        "deixei uma carta pra minha filha. quando ela ler eu já não vou estar mais aqui",
    ),
    ("es", "suicide", "les dejé cartas a mis hijos. cuando las lean yo ya no voy a estar"),
    ("vi", "suicide", "em đã viết thư cho mẹ. khi mẹ đọc được thì em không còn trên đời nữa"),
    ("ja", "suicide", "兄ちゃんの代わりにおいがおらんごとなればよかった"),
    ("ja", "suicide", "もう学校も家もいやや。おらんくなりたい"),
    ("ja", "suicide", "船も借金も残って、もう生きちょってもしょんなか"),
    ("vi", "suicide", "nợ nần chồng chất, ngày nào cũng chỉ nghĩ chết đi cho xong"),
    ("ja", "dv", "夫は、離婚するなら死んでやると毎晩言います。こわいです"),
    ("ja", "dv", "わかれたら しぬって かれしが いう。わたし こわい"),
    (
        "en",
        "dv",
        "every time i bring up divorce my husband says he will kill himself if i leave. i'm scared",
    ),
    ("zh-hans", "dv", "我想离婚，但是老公说我要是离婚他就去死，每天都这么说，我很害怕"),
    ("ko", "dv", "이혼하자고 하면 남편이 이혼하면 죽어버리겠다고 해요. 무서워요"),
    (
        "pt",
        "dv",
        "quero me separar mas meu marido diz que se eu for embora ele se mata. tenho medo",
    ),
    ("es", "dv", "quiero divorciarme pero mi esposo dice que si lo dejo se mata. tengo miedo"),
    (
        "tl",
        "dv",
        "gusto ko nang makipaghiwalay pero sabi ng asawa ko magpapakamatay siya pag iniwan ko siya",
    ),
    ("vi", "dv", "em muốn ly hôn nhưng chồng em nói nếu em bỏ đi thì anh ấy sẽ tự tử. em sợ lắm"),
    (
        "ja",
        "child_abuse",
        "近所の小学生の兄弟、お母さんが4日も帰ってないらしい。家に食べるものがないって",
    ),
    (
        "en",
        "child_abuse",
        "the kid next door says his mom hasn't been home for three days and "
        "there's no food in the house",
    ),
    ("zh-hans", "child_abuse", "邻居家的孩子说妈妈已经三天没回家了，家里没有吃的"),
    ("ko", "child_abuse", "옆집 아이가 엄마가 사흘째 집에 안 들어왔고 집에 먹을 게 없대요"),
    (
        "pt",
        "child_abuse",
        "o menino do vizinho disse que a mãe não volta pra casa faz três dias "
        "e não tem comida em casa",
    ),
    (
        "es",
        "child_abuse",
        "el niño de al lado dice que su mamá no ha vuelto a casa en tres días y no hay comida",
    ),
    (
        "tl",
        "child_abuse",
        "sabi ng batang kapitbahay tatlong araw nang hindi umuuwi ang nanay "
        "niya at wala silang pagkain",
    ),
    (
        "vi",
        "child_abuse",
        "đứa bé hàng xóm nói mẹ nó ba ngày rồi không về nhà, trong nhà không có gì ăn",
    ),
    (
        "zh-hans",
        "sexual_violence",
        "厂里的老板半夜用钥匙开我们宿舍的门，摸了我的身体，说明天还要来",
    ),
    (
        "ja",
        "sexual_violence",
        "社長が合鍵で寮の部屋に入ってきて、体を触られた。今夜もまた来ると言っている",
    ),
    (
        "en",
        "sexual_violence",
        "my boss lets himself into our dorm at night with a spare key and "
        "touched my body last week",
    ),
    (
        "vi",
        "sexual_violence",
        "giám đốc dùng chìa khóa dự phòng vào ký túc xá ban đêm và sờ soạng người em",
    ),
    ("tl", "child_abuse", "Nasampal ko na naman ang anak ko kagabi, takot na ako sa sarili ko"),
    (
        "en",
        "child_abuse",
        "i slapped my daughter again today, she's only five. i'm scared of what i might do",
    ),
    ("ja", "child_abuse", "また5歳の息子をたたいてしまった。自分が怖い"),
    ("th", "suicide", "เขียนจดหมายถึงแม่ไว้แล้ว ตอนที่แม่ได้อ่าน หนูคงไม่อยู่แล้ว"),
    ("ne", "suicide", "आमालाई चिठी लेखेँ। यो चिठी पुग्दासम्म म यो संसारमा हुनेछैन"),
    (
        "id",
        "suicide",
        "aku sudah tulis surat buat ibu. waktu ibu baca surat ini aku sudah tidak ada",
    ),
    ("tl", "suicide", "sumulat na ako ng liham para kay nanay. pagkabasa niya nito wala na ako"),
    ("pt", "suicide", "sou um peso pra todo mundo. não pretendo passar deste inverno"),
    ("es", "suicide", "soy una carga para todos. no pienso pasar de este invierno"),
    ("th", "dv", "อยากหย่า แต่สามีบอกว่าถ้าหย่าเขาจะฆ่าตัวตาย พูดทุกวัน กลัวมาก"),
    ("ne", "dv", "म सम्बन्धविच्छेद गर्न चाहन्छु तर श्रीमान् भन्छन् छोडेर गइस् भने म मर्छु। मलाई डर लाग्छ"),
    (
        "id",
        "dv",
        "aku mau cerai tapi suamiku bilang kalau aku pergi dia akan bunuh diri. aku takut",
    ),
    ("th", "child_abuse", "เด็กข้างบ้านบอกว่าแม่ไม่กลับบ้านมาสามวันแล้ว ในบ้านไม่มีอะไรกิน"),
    ("ne", "child_abuse", "छिमेकीको बच्चाले भन्यो आमा तीन दिनदेखि घर आउनुभएको छैन, घरमा खाने केही छैन"),
    (
        "id",
        "child_abuse",
        "anak tetangga bilang ibunya sudah tiga hari tidak pulang dan di rumah tidak ada makanan",
    ),
    (
        "ko",
        "sexual_violence",
        "사장님이 밤에 보조키로 기숙사에 들어와서 제 몸을 만졌어요. 오늘 밤에 또 온대요",
    ),
    (
        "pt",
        "child_abuse",
        "bati na minha filha de novo hoje, ela só tem 4 anos. tenho medo de mim mesma",
    ),
    ("es", "child_abuse", "le volví a pegar a mi hijo hoy, tiene 6 años. me doy miedo"),
    ("vi", "child_abuse", "hôm nay tôi lại tát con trai 5 tuổi nữa rồi. tôi sợ chính mình"),
    ("ja", "danger_other", "父が倒れて意識がない。救急車呼んだらお金かかる？"),
    ("ne", "danger_other", "छोराले सास फेर्न सकेन, ओठ निलो भयो। एम्बुलेन्स बोलाउँदा पैसा लाग्छ?"),
    ("ja", "danger_other", "祖母が玄関で倒れて救急車を呼んだ。まだ意識が戻らない"),
    (
        "en",
        "danger_other",
        "my grandma collapsed and she is not breathing, the ambulance is on its way",
    ),
    ("zh-hans", "danger_other", "爷爷晕倒了，叫不醒，呼吸很弱"),
    ("es", "danger_other", "mi abuelo se desmayó y no despierta, no sé qué hacer"),
    (
        "ja",
        "child_abuse",
        "去年まで父に叩かれてたけど、今は祖母の家にいる。でも昨日また父が来て殴られた",
    ),
    (
        "en",
        "child_abuse",
        "my dad used to hit me and he still does when he's drunk, i live with him now",
    ),
    ("ja", "danger_other", "隣の人に壁を叩かれて、そのあとドアの前で殺すぞって怒鳴られた"),
    ("ja", "child_abuse", "母に殺される。もう家に帰りたくない"),
    ("ne", "danger_other", "आज अफिसमा आगलागी भयो, धुवाँ भरिएको छ, बाहिर निस्कन सकेनौं"),
    ("pt", "child_abuse", "meu pai me batia e ainda bate quando bebe, agora moro com ele"),
]

HARMLESS = [
    ("th", "งานโปรเจกต์พร้อมจะจบทุกอย่างแล้ว พรุ่งนี้ส่งงาน"),
    ("ja", "kare to wakaretara shinu hodo naku"),
    ("en", "forgot to defrost the turkey, my mom is gonna kill me lol"),
    (
        "ja",
        "さっき父が台所で倒れて救急車で運ばれたけど、病院で意識が戻ってもう普通に話せてる。安心した",
    ),
    (
        "en",
        "my grandma fainted at church this morning, the ambulance took her in "
        "but she's awake and fine now, such a relief",
    ),
    (
        "id",
        "tadi nenek pingsan di pasar, sudah dibawa ke rumah sakit dan sekarang "
        "sudah sadar dan sehat",
    ),
    ("ne", "आज स्कुलमा आगलागी अभ्यास भयो, सबै सुरक्षित बाहिर निस्क्यौं"),
    ("ja", "今日は会社で火災の避難訓練があった。全員無事に外に出られた"),
    ("en", "we had a fire drill at the office today, everyone got out safely"),
    (
        "ja",
        "中学まで母に殴られていたけど、今は叔母の家で落ち着いて暮らしています。奨学金の申し込み方を知りたい",
    ),
    (
        "en",
        "my dad used to hit me until i was 14, but i've lived with my aunt for "
        "two years now and i'm safe. how do i apply for a scholarship",
    ),
    ("ja", "赤ちゃんの泣き声がうるさいと上の階の人に床をドンドン叩かれた。どうしたらいい"),
    ("ja", "去年、工場で機械に挟まれて先輩が亡くなった。あれから機械の音を聞くと手が震える"),
    (
        "en",
        "writing a crime novel where the stalker follows the heroine home, is "
        "that too creepy for chapter two",
    ),
    ("ja", "あつ森で家燃えたw データ全部消えたし生きていけない笑"),
    ("ja", "ﾊﾞｲﾄ ﾉ ﾉﾙﾏ ｵﾜﾗﾅｲ ﾃﾝﾁｮｳ ﾆ ｺﾛｻﾚﾙ ｗｗ"),
    ("ja", "彼氏と別れたら死ぬほど泣くと思う"),
    ("ja", "この手紙が届く頃には私はもう日本にいないかもしれません。帰国します"),
    ("ja", "冬を越すつもりで灯油を買いだめした"),
    ("zh-hans", "刚才爷爷在家里晕倒了，叫了救护车。医院刚来电话说他已经醒了，能说话了，总算放心了"),
    (
        "ko",
        "아까 할머니가 쓰러지셔서 구급차를 불렀는데, "
        "병원에서 의식 돌아오셨고 말도 하신대요. 다행이에요",
    ),
    (
        "pt",
        "minha vó desmaiou em casa e chamamos a ambulância, mas o hospital "
        "ligou e ela já acordou e está conversando. que alívio",
    ),
    (
        "es",
        "mi abuelo se desmayó y llamamos a la ambulancia, ya despertó en el "
        "hospital y está hablando. qué alivio",
    ),
    (
        "tl",
        "nahimatay si lola kanina kaya tumawag kami ng ambulansya, pero gising "
        "na siya sa ospital at nakakapagsalita na. salamat",
    ),
    ("th", "เมื่อกี้ยายเป็นลมล้มในบ้าน เรียกรถพยาบาลแล้ว ตอนนี้โรงพยาบาลโทรมาบอกว่าฟื้นแล้วคุยได้ โล่งใจมาก"),
    (
        "vi",
        "bà em ngất ở nhà, gọi xe cấp cứu rồi, giờ bệnh viện báo bà đã tỉnh và "
        "nói chuyện được, nhẹ cả người",
    ),
    (
        "ne",
        "हजुरआमा घरमा बेहोस हुनुभयो, एम्बुलेन्स बोलायौं, अहिले अस्पतालबाट फोन आयो होसमा आउनुभयो, बोल्न सक्नुहुन्छ",
    ),
    ("zh-hans", "以前爸爸经常打我，不过我现在跟外婆住，很安全。想问一下高中奖学金怎么申请"),
    (
        "ko",
        "예전에는 아빠한테 맞았는데 지금은 할머니 집에서 "
        "평화롭게 살아요. 장학금 신청은 어디서 해요",
    ),
    (
        "pt",
        "meu pai me batia até o ano passado, mas agora moro com minha avó e "
        "estou em paz. onde peço bolsa de estudos",
    ),
    (
        "es",
        "mi papá me pegaba hasta el año pasado, pero ahora vivo con mi abuela "
        "y estoy tranquila. dónde pido una beca",
    ),
    (
        "en",
        "my house burned down in minecraft and my dog despawned, three years of building gone lol",
    ),
    ("id", "hari ini ada simulasi kebakaran di kantor, semua keluar dengan selamat"),
    ("th", "วันนี้ที่โรงเรียนซ้อมหนีไฟ ทุกคนออกมาปลอดภัย"),
    ("ja", "救急車を呼ぶとお金はかかりますか。夜に子どもの喘息が出たらどこに電話すればいい"),
    ("ne", "राति एम्बुलेन्स बोलाउँदा पैसा लाग्छ? कसलाई फोन गर्ने?"),
    (
        "en",
        "does calling an ambulance cost money in japan? who do i call at night "
        "if my son's asthma gets worse",
    ),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
