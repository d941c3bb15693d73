"""Crisis families from crisisAF: our own probes, not the batches' texts, read by the rules
alone (``learned=False``). Every language file is applied to every message.

1. A grandparent or other relative who sees signs on a grandchild (hunger, bruises shaped
   like fingers, clothes too light for the cold) and a child who cries that they do not
   want to go home (also in Kansai speech: 帰りたない), the mother's new partner feared:
   child abuse (dv may stay too). Silent: a lively grandchild who raids the fridge and
   runs about in a t-shirt in winter.
2. A boyfriend or partner who pushes her out of the car and drives off, leaving her alone by
   the road or the expressway, or who threatens to send their chats and photos to her
   parents: dv, even with parents or a graduation trip named. Silent: a boyfriend who drops
   her at a rest stop and drives to work; graduation photos sent to parents.
3. A husband or partner who makes a small child go without food as a punishment (for wetting
   the bed, for crying), the child now weak: child abuse (dv may stay too). Silent: a child
   who may not eat before a surgery or an endoscopy.

The rules were taught families 1-3 in ja, en, zh-hans and vi; the ko, pt, es and th probes
below were already read by their files. Not yet read (left for a later pass): family 2 in tl,
id, ne; family 3 in ko, es, tl, th, id, ne (th and ko give dv only).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. signs on a grandchild, a child who will not go home
    (
        "ja",
        "child_abuse",
        "孫が遊びに来ると真っ先にお腹すいたって言う。寒いのに薄着で、腕に指のあとのようなあざ。"
        "娘の再婚相手が怖いみたいで、帰りたくないって泣く",
    ),
    (
        "ja",
        "child_abuse",
        "まごの うでに ゆびの あとみたいな あざが あった。おうちに かえりたない いうて ないとった",
    ),
    (
        "en",
        "child_abuse",
        "my granddaughter is always starving when she visits, wears a thin t-shirt in the snow "
        "and has finger shaped bruises on her arm. she cries that she doesn't want to go home to "
        "her stepdad",
    ),
    (
        "en",
        "child_abuse",
        "my grandson has bruises like fingermarks on his arms and begs not to go home, my "
        "daughter's new boyfriend scares everyone",
    ),
    (
        "zh-hans",
        "child_abuse",
        "外孙每次来都饿得先翻冰箱，这么冷只穿短袖，胳膊上有手指印一样的淤青，哭着说不想回家，"
        "女儿现在的老公很凶",
    ),
    (
        "vi",
        "child_abuse",
        "cháu ngoại tôi lần nào sang cũng đói, trời lạnh mà mặc áo cộc, trên tay có vết bầm như "
        "dấu ngón tay, khóc nói không muốn về nhà vì sợ bố dượng",
    ),
    # 2. pushed out of the car by a partner, or threatened with the chats sent to her parents
    ("ja", "dv", "彼氏とけんかして高速道路の路肩で車から突き落とされて置いていかれた。夜で一人"),
    ("ja", "dv", "彼氏が卒業旅行に行くならLINEと写真を親に送るって脅してくる"),
    (
        "en",
        "dv",
        "my boyfriend pushed me out of the car and drove off, i'm alone on the side of the "
        "motorway at night",
    ),
    (
        "en",
        "dv",
        "my boyfriend threatens to send our chats and photos to my parents if i go on the "
        "graduation trip",
    ),
    ("zh-hans", "dv", "男朋友吵架时把我推下车开走了，我一个人在高速公路边上，天黑了"),
    ("zh-hans", "dv", "男朋友跟我吵架。他把我推下车丢在高速边上开走了"),
    ("zh-hans", "dv", "男朋友说我要是去毕业旅行，就把我们的聊天记录和照片发给我爸妈"),
    (
        "vi",
        "dv",
        "bạn trai đẩy em xuống xe rồi phóng đi, bỏ em một mình bên đường cao tốc lúc nửa đêm",
    ),
    (
        "vi",
        "dv",
        "người yêu dọa gửi tin nhắn và ảnh của bọn em cho bố mẹ em nếu em đi du lịch tốt nghiệp",
    ),
    # 3. a small child made to go without food as a punishment
    (
        "ja",
        "child_abuse",
        "夫が3歳の息子におねしょの罰でご飯を食べさせない。今日で二日目で、ぐったりして起きない",
    ),
    (
        "en",
        "child_abuse",
        "my husband makes our 3 year old go without food all day every time he wets the bed. now "
        "he's limp and won't wake up",
    ),
    (
        "en",
        "child_abuse",
        "my partner punishes my toddler for crying by not letting him eat, second day now and he "
        "is so weak",
    ),
    (
        "zh-hans",
        "child_abuse",
        "老公因为孩子尿床就罚他一整天不许吃饭，已经第二天了，孩子现在软绵绵的叫不醒",
    ),
    (
        "vi",
        "child_abuse",
        "chồng tôi phạt con bé 4 tuổi nhịn ăn cả ngày vì khóc, giờ con lả đi gọi không dậy",
    ),
    # the same families in other languages, already read by their files
    (
        "ko",
        "child_abuse",
        "손주가 올 때마다 배고프다고 하고, 추운데 반팔 차림에 팔에 손가락 모양 멍이 있어요. "
        "새아빠가 무섭다고 집에 가기 싫다며 울어요",
    ),
    ("ko", "dv", "남자친구가 싸우다가 저를 차에서 밀어내고 고속도로 갓길에 혼자 두고 가버렸어요"),
    (
        "pt",
        "child_abuse",
        "meu neto chega sempre com fome, de manga curta no frio, com marcas de dedos no braço, e "
        "chora porque não quer voltar para casa do padrasto",
    ),
    (
        "pt",
        "dv",
        "meu namorado me empurrou para fora do carro e me deixou sozinha na beira da rodovia "
        "à noite",
    ),
    (
        "pt",
        "child_abuse",
        "meu marido deixa nosso filho de 3 anos sem comer o dia todo como castigo por fazer xixi "
        "na cama. agora ele está molinho",
    ),
    (
        "es",
        "child_abuse",
        "mi nieta llega siempre con hambre, en manga corta con este frío y con moretones como de "
        "dedos en el brazo, llora porque no quiere volver a casa con su padrastro",
    ),
    (
        "es",
        "dv",
        "mi novio me empujó fuera del coche y me dejó sola al lado de la autopista de noche",
    ),
    ("th", "dv", "แฟนผลักฉันลงจากรถแล้วขับหนีไป ทิ้งฉันไว้คนเดียวข้างทางด่วนตอนกลางคืน"),
]

HARMLESS = [
    # 1.
    ("ja", "孫が遊びに来ると冷蔵庫を開けてアイスを探す。寒いのに半袖で走り回ってる元気な子"),
    (
        "en",
        "my grandson always raids the fridge when he visits and runs around in a t-shirt in winter",
    ),
    # 2.
    ("en", "my boyfriend dropped me off at the highway rest stop and drove to work"),
    ("en", "we are sending our graduation photos to my parents"),
    ("en", "my boyfriend wants to send our graduation photos to my parents"),
    ("ja", "彼氏が旅行の写真を親に送ってくれた"),
    ("zh-hans", "男朋友在高速服务区把我放下就开车去上班了"),
    ("zh-hans", "男朋友说要把我们的合照发给我爸妈看看，他们想见他"),
    ("zh-hans", "男朋友开车送我到高速服务区，我下车去买水"),
    ("vi", "bạn trai thả em xuống xe ở trạm dừng rồi đi làm"),
    # 3.
    ("ja", "手術の前なので息子は朝からご飯を食べられない"),
    ("en", "the doctor says my 3 year old must go without food before the surgery tomorrow"),
    ("vi", "bác sĩ bắt bé nhịn ăn 6 tiếng trước khi mổ"),
    ("zh-hans", "医生说孩子明天做胃镜，今晚开始不能吃饭"),
    # other languages
    ("pt", "meu namorado me deixou no posto da rodovia e foi trabalhar"),
    ("es", "el médico dice que mi hijo de 3 años no puede comer antes de la operación"),
    ("ko", "손주가 올 때마다 냉장고를 열고 아이스크림을 찾아요. 겨울에도 반팔로 뛰어다녀요"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
