"""Crisis families from crisisAJ (false alarms of crisis batch 29, crises missed in scenario
batches 25 and 26), with our own probes, read by the rules alone (``learned=False``).

1. Gone by the time a letter is read, or not meaning to live through this winter: suicide
   (ja, en, zh-hans, ko, pt, es, vi); Kyushu speech for wishing to be gone or no use living
   (おらんくなりたい, 生きちょってもしょんなか), vi "chết đi cho xong".
2. A partner who says he will die or kill himself if she divorces or leaves: dv (ja, en,
   zh-hans, ko, pt, es, tl, vi).
3. A parent gone for days with no food at home or the children alone: child_abuse (ja, en,
   zh-hans, ko, pt, es, tl, vi).
4. A boss entering the dorm at night with a key and touching her body: sexual_violence.
5. A parent who hit their own child again and fears themselves: child_abuse (tl, en, ja).
Silent (false alarms): someone who collapsed or fainted and is conscious and well again; a
fire drill with everyone out safely; a parent's blows that ended, the writer now living
safely elsewhere; a neighbour knocking on the wall or floor over noise; a death at work last
month told with its aftermath; a stalker in a novel being written; a house burnt in a video
game; "the boss will kill me" said with a laugh; a letter arriving after a move abroad.
Left: a crisis told as over but with the offender near or caught (ba055, bb024), "mum will
kill me" in Korean over money taken (bb065), passports held by a captain (bb060), a question
about the cost of an ambulance in Nepali (bb079).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
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
        "the kid next door says his mom hasn't been home for three days and there's no "
        "food in the house",
    ),
    ("zh-hans", "child_abuse", "邻居家的孩子说妈妈已经三天没回家了，家里没有吃的"),
    ("ko", "child_abuse", "옆집 아이가 엄마가 사흘째 집에 안 들어왔고 집에 먹을 게 없대요"),
    (
        "pt",
        "child_abuse",
        "o menino do vizinho disse que a mãe não volta pra casa faz três dias e não tem "
        "comida em casa",
    ),
    (
        "es",
        "child_abuse",
        "el niño de al lado dice que su mamá no ha vuelto a casa en tres días y no hay comida",
    ),
    (
        "tl",
        "child_abuse",
        "sabi ng batang kapitbahay tatlong araw nang hindi umuuwi ang nanay niya at wala "
        "silang pagkain",
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
        "my boss lets himself into our dorm at night with a spare key and touched my "
        "body last week",
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
]

HARMLESS = [
    (
        "ja",
        "さっき父が台所で倒れて救急車で運ばれたけど、病院で意識が戻ってもう普通に話せてる。安心した",
    ),
    (
        "en",
        "my grandma fainted at church this morning, the ambulance took her in but she's "
        "awake and fine now, such a relief",
    ),
    (
        "id",
        "tadi nenek pingsan di pasar, sudah dibawa ke rumah sakit dan sekarang sudah "
        "sadar dan sehat",
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
        "my dad used to hit me until i was 14, but i've lived with my aunt for two years "
        "now and i'm safe. how do i apply for a scholarship",
    ),
    ("ja", "赤ちゃんの泣き声がうるさいと上の階の人に床をドンドン叩かれた。どうしたらいい"),
    ("ja", "去年、工場で機械に挟まれて先輩が亡くなった。あれから機械の音を聞くと手が震える"),
    (
        "en",
        "writing a crime novel where the stalker follows the heroine home, is that too "
        "creepy for chapter two",
    ),
    ("ja", "あつ森で家燃えたw データ全部消えたし生きていけない笑"),
    ("ja", "ﾊﾞｲﾄ ﾉ ﾉﾙﾏ ｵﾜﾗﾅｲ ﾃﾝﾁｮｳ ﾆ ｺﾛｻﾚﾙ ｗｗ"),
    ("ja", "彼氏と別れたら死ぬほど泣くと思う"),
    ("ja", "この手紙が届く頃には私はもう日本にいないかもしれません。帰国します"),
    ("ja", "冬を越すつもりで灯油を買いだめした"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
