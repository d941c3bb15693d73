"""Crisis families from crisisBA: misses of the rules (and crises the learned model alone
caught) in our own wording, each with look-alikes that must stay harmless. Every language
file is applied to every message.

1. Someone unseen for days behind a locked door, not answering, mail piling up, a cold
   chimney or no light: danger_other. A neighbour away on holiday, mail to collect, a
   chimney sweep: silent.
2. A person with dementia gone out into a snowstorm or the cold at night: danger_other. A
   walk in the snow with her, snow shovelled in pyjamas: silent.
3. A fall with a head injury and no response (romanised Nepali and others): danger_other,
   119. A bump on the head that is fine, a friend not answering a text: silent.
4. A child told there is no supper for it, or left without food as a punishment; a boy
   beaten nightly told in Shinshu speech (どやされて, 顔腫らして): child_abuse. Dinner
   skipped by choice, a coach's scolding, a face swollen by a tooth: silent.
5. Violence at home in Tohoku speech (じさま, 叩ぐ, 引きずられだ): dv. A drum beaten, a
   shoulder tapped, a trip to the field with him: silent.
6. まま after a verb or adjective (わからないまま, 読んだまま) is no mother: it adds no
   child abuse to a message about a senior at work; ママ herself still does.
7. Wording only the learned model caught, now caught by the rules: zh violence at home
   (papers locked away, a threat to break a leg, pushed down the stairs), ko/id a child
   shut outside in the cold, pt/es/vi self-harm told by a relative, es sexual violence at
   work. Ordinary falls, scrapes and a tap on the shoulder: silent.
8. A stalker at a dormitory window (id, en) or a note left at the door (ja): danger_other.
   A landlord's note about rubbish, the wind at the window, a roommate's knock: silent.
9. Violence told as clearly past with the writer safe now ("hit by my husband, fled last
   year, safe now"): no crisis, when past and safety are both said in so many words; the
   same with the danger still present (he comes to the door, still afraid) fires.
"""

from __future__ import annotations

import pytest

from tests.navigator.crisis_family import family_tests
from tsunagari.navigator.engine.crisis import detect_crisis

CRISIS = [
    # 1. unseen for days, no answer, a locked door
    (
        "ja",
        "danger_other",
        "隣のおばあさんを四日も見かけない。新聞が郵便受けにたまっていて、ノックしても返事がない",
    ),
    (
        "ja",
        "danger_other",
        "一人暮らしのおじいさんの部屋、何日も電気がつかないし、呼んでも返事がなくて鍵がかかってる",
    ),
    (
        "ja",
        "danger_other",
        "となりの ひと、 よっか みていません。 よんでも へんじが ない。 かぎが かかっています",
    ),
    (
        "en",
        "danger_other",
        "haven't seen my elderly neighbour in four days, his "
        "mail is piling up and he doesn't answer the door",
    ),
    (
        "en",
        "danger_other",
        "no smoke from the old lady's chimney for three "
        "days, her door is locked and nobody answers",
    ),
    (
        "en",
        "danger_other",
        "my neighbour lives alone, his lights haven't "
        "come on for days and he won't answer the door",
    ),
    (
        "pt",
        "danger_other",
        "não vejo meu vizinho idoso há três dias, a "
        "correspondência está acumulando e ele não atende a porta",
    ),
    (
        "es",
        "danger_other",
        "hace cuatro días que no veo a mi vecina mayor, el buzón está lleno y no abre la puerta",
    ),
    (
        "vi",
        "danger_other",
        "ba cụ hàng xóm sống một mình, ba ngày rồi không thấy, gõ cửa không ai trả lời",
    ),
    ("zh-hans", "danger_other", "隔壁独居的老人三天没见了，信箱塞满了，敲门也没人应"),
    (
        "id",
        "danger_other",
        "tetangga lansia yang tinggal sendiri udah tiga hari "
        "gak kelihatan, diketuk pintunya gak ada jawaban",
    ),
    ("ko", "danger_other", "혼자 사는 옆집 할머니가 사흘째 안 보이고 문을 두드려도 대답이 없어요"),
    (
        "ja",
        "danger_other",
        "むかいの へやの ひと、 ずっと ねつが あって、 きょうは "
        "ノックしても へんじが ない。 かぎが かかってる",
    ),
    (
        "ja",
        "danger_other",
        "同僚が具合悪くて休んでたけど、今日は寮の部屋の鍵が閉まってて呼んでも応答がない",
    ),
    # 2. dementia, out into the snow or the cold at night
    ("ja", "danger_other", "認知症の母が夜中に吹雪の中へ出ていってしまった"),
    ("ja", "danger_other", "じいちゃん、ぼけてきてて、雪ん中パジャマのまんま出てったきり戻らねえ"),
    ("ja", "danger_other", "認知症の祖父が寝間着のまま外へ出て行った、外は氷点下です"),
    (
        "en",
        "danger_other",
        "my dad has dementia and he walked out into the snowstorm in his pyjamas",
    ),
    (
        "pt",
        "danger_other",
        "minha avó tem demência e saiu de casa de madrugada no frio, não achamos ela",
    ),
    (
        "es",
        "danger_other",
        "mi abuelo con demencia salió de noche con la nevada y no lo encontramos",
    ),
    ("zh-hans", "danger_other", "我奶奶有老年痴呆，半夜穿着睡衣跑出去了，外面下大雪"),
    ("vi", "danger_other", "bà tôi bị lẫn, nửa đêm đi ra ngoài trời tuyết, chưa tìm thấy"),
    # 3. a head injury and no response
    ("ne", "danger_other", "saathi lado ra taauko ma chot lagyo, bolaauda boldaina"),
    (
        "ne",
        "danger_other",
        "buwa sidhi bata khasnu bhayo, taauko bata ragat aaudai chha, hosh chaina",
    ),
    ("ne", "danger_other", "साथी लडेर टाउकोबाट रगत आइरहेको छ, बोलाउँदा जवाफ दिँदैन"),
    (
        "en",
        "danger_other",
        "my friend fell and hit his head, there's blood and he's not responding",
    ),
    ("ja", "danger_other", "友達が転んで頭を打って、血が出てて呼んでも反応がない"),
    ("pt", "danger_other", "meu colega caiu, bateu a cabeça e não responde"),
    ("es", "danger_other", "mi amigo se cayó, se golpeó la cabeza y no responde"),
    ("vi", "danger_other", "bạn tôi ngã đập đầu chảy máu, gọi không trả lời"),
    ("id", "danger_other", "temen jatuh kepalanya berdarah, dipanggil gak nyahut"),
    # 4. no supper for the child; a boy beaten nightly (Shinshu)
    ("ja", "child_abuse", "ぼくの ごはんは ないって おとうさんが いう。きょうも おなか すいた"),
    ("ja", "child_abuse", "お前に食わせる飯はないって継父に言われて、今日も夕飯なし"),
    ("ja", "child_abuse", "罰だって言われて、昨日から何も食べさせてもらえない"),
    (
        "ja",
        "child_abuse",
        "となりの女の子、また夕ごはんがないって。お母さんの彼氏にお前の分はないと言われるらしい",
    ),
    ("en", "child_abuse", "my stepdad says there's no dinner for me again, I'm so hungry"),
    (
        "en",
        "child_abuse",
        "mum's boyfriend says I don't get supper as punishment, it's the third night",
    ),
    (
        "pt",
        "child_abuse",
        "meu padrasto disse que não tem janta pra mim de castigo, estou com fome",
    ),
    (
        "es",
        "child_abuse",
        "mi padrastro dice que no hay cena para mí, otra vez me duermo sin comer",
    ),
    ("ja", "child_abuse", "隣の坊、毎晩親にどやされて、泣き声が止まらんのだに"),
    ("ja", "child_abuse", "向かいの子、また顔腫らして学校行ったずら。毎晩父ちゃんにどやされとる"),
    ("ja", "child_abuse", "あそこんちの娘っこ、毎晩親父に叩かれて泣いとるだに"),
    # 5. dv in Tohoku speech
    ("ja", "dv", "じさまがまた酒飲んで叩ぐんだ、おっかねえ"),
    ("ja", "dv", "うちのじさま、酔っ払うとおらのこと叩ぐ"),
    ("ja", "dv", "旦那に髪つかまれで廊下さ引きずられだ"),
    ("ja", "dv", "じさまに殴らいで顔腫れだ、どこさも逃げらんね"),
    # 7. what only the model caught
    ("zh-hans", "dv", "老公把我的护照锁起来，说我敢出门就打断我的腿"),
    ("zh-hans", "dv", "他又把我从楼梯上推下去，我现在腰动不了，他是我丈夫"),
    ("zh-hans", "dv", "丈夫喝醉了就打我，昨天把我推倒在地上"),
    ("ko", "child_abuse", "옆집 아이가 추운데 밖에 쫓겨나서 울고 있어요. 아빠가 들어오지 말래요"),
    ("ko", "child_abuse", "엄마가 벌로 나를 밖에 내보냈어요. 너무 추워요"),
    (
        "id",
        "child_abuse",
        "anak tetangga disuruh ibunya berdiri di luar pas dingin, udah dua jam nangis",
    ),
    ("id", "child_abuse", "aku dikunciin di luar rumah sama bapak pas salju turun"),
    ("pt", "self_harm", "minha filha voltou a se machucar de propósito e esconde com moletom"),
    ("pt", "self_harm", "ela se machuca escondido e esconde os curativos"),
    ("es", "self_harm", "mi hermano se lastima a propósito cuando nadie lo ve"),
    ("es", "self_harm", "mi hija se hace daño para sentir algo, me lo dijo llorando"),
    ("vi", "self_harm", "em gái tôi tự làm mình đau, có nhiều vết ở đùi"),
    ("vi", "self_harm", "no tu lam dau minh cho do buc boi"),
    ("es", "sexual_violence", "un compañero me encerró en el almacén y me tocó a la fuerza"),
    ("es", "sexual_violence", "mi jefe me tapó la boca y me manoseó en la bodega"),
    ("pt", "dv", "meu marido trancou a porta por fora e levou a chave, não consigo sair"),
    (
        "es",
        "sexual_violence",
        "un colega me llevó al cuarto de atrás, me tapó la boca y me manoseó",
    ),
    ("es", "sexual_violence", "el encargado me agarró a la fuerza en la cocina del restaurante"),
    (
        "es",
        "self_harm",
        "mi prima se lastima cuando cree que nadie la ve, dice que así al menos siente algo",
    ),
    ("pt", "self_harm", "meu filho voltou a se machucar, anda de manga comprida até no calor"),
    ("ko", "child_abuse", "옆집 꼬마가 영하인데 밖에 서서 떨고 있어요. 아빠가 문을 안 열어준대요"),
    ("ko", "child_abuse", "추운데 엄마가 들어오지 말래서 한 시간째 현관 밖에 있어요"),
    (
        "id",
        "child_abuse",
        "anak kecil sebelah disuruh ayahnya tidur di teras pas hujan dingin, nangis terus",
    ),
    ("vi", "self_harm", "chị thấy em trai tự làm mình đau rồi giấu vết thương"),
    ("vi", "self_harm", "con gai toi tu lam ban than dau moi khi bi mang"),
    ("ja", "dv", "ﾀﾞﾝﾅﾆ ｶﾍﾞﾆ ｵｼﾂｹﾗﾚﾃ ｸﾋﾞ ｼﾒﾗﾚﾀ"),
    ("ja", "dv", "かれしに かべに おしつけられて なぐられた"),
    # 8. a stalker at the window or a note at the door
    (
        "id",
        "danger_other",
        "ada laki-laki yang ngikutin aku dari pabrik sampai "
        "asrama, malam ini dia ngetuk jendela kamarku",
    ),
    (
        "id",
        "danger_other",
        "orang itu berdiri lagi di depan asrama dan mengetuk jendela, aku takut",
    ),
    (
        "en",
        "danger_other",
        "a man who keeps following me home was knocking on my dorm window tonight",
    ),
    (
        "ja",
        "danger_other",
        "知らない男から「いつも見てるよ」ってメモがドアに挟まってた。帰り道につけられてる気がする",
    ),
    (
        "ja",
        "danger_other",
        "前の客に家を突き止められて、ポストに手紙を入れられた。窓から見られてる気がして怖い",
    ),
    (
        "ja",
        "danger_other",
        "元カレが家の前まで来てたらしく、"
        "ポストに「今日も遅かったね」って手紙が入ってた。今も下にいる気がして怖い",
    ),
    (
        "ja",
        "danger_other",
        "辞めた店の客がアパートの前に来てたみたいで、ドアに手紙が挟まってた。見張られてる気がする",
    ),
    # 9. the danger still present
    ("ja", "dv", "夫にたたかれて、去年逃げました。でも最近また家の前に来るので怖いです"),
    ("ja", "dv", "夫にたたかれています。子どもと逃げたいです"),
    ("en", "dv", "my husband used to hit me and he still does when he's drunk"),
    # someone at home locks away her papers and forbids her to go out (zh-hans)
    ("zh-hans", "dv", "他把我的护照和存折都藏起来了，说我敢出门就让我好看"),
    ("zh-hans", "dv", "她把我的在留卡锁起来了，不准我出门，我不知道该怎么办"),
    ("zh-hans", "dv", "他将我的银行卡收走了，还说不让我出去见任何人"),
]

HARMLESS = [
    # 1.
    ("ja", "隣の人、三日前から旅行に行ってるみたいで新聞がたまってる"),
    ("ja", "郵便受けにチラシがたまって困る、止める方法は？"),
    ("en", "my neighbour is away on holiday for a week, should I collect his mail?"),
    ("en", "the chimney sweep is coming on Friday, anything to prepare?"),
    ("pt", "meu vizinho viajou e a correspondência está acumulando, posso pegar pra ele?"),
    ("en", "I knocked but nobody answered, so the courier left a note"),
    # 2.
    ("ja", "認知症の母と雪の日に散歩に行った、楽しかった"),
    ("ja", "吹雪の朝、パジャマのまま外に出て雪かきした"),
    ("en", "my grandma with dementia loves watching the snow from the window"),
    ("ja", "認知症の父が夜中に何度も外に出ようとするので、私が眠れなくて仕事がつらい"),
    ("ja", "認知症の祖母が寒い夜に外に出たがるので、玄関にセンサーをつけたい"),
    ("en", "went out in the snowstorm in my pyjamas to grab the mail lol"),
    # 3.
    ("ne", "ski sikdai chu, dherai choti lade tara thik chu haha"),
    ("en", "I hit my head on the cupboard door lol, it's fine"),
    ("ja", "頭をぶつけたけど大丈夫、たんこぶできた"),
    ("en", "he hasn't responded to my message since yesterday, is he mad at me?"),
    # 4.
    ("ja", "今日は夕飯なしでいいや、お昼食べすぎた"),
    ("ja", "試合でミスして監督にどやされた、きつかったわ"),
    ("ja", "虫歯で顔腫らして学校行った"),
    ("en", "there's no dinner tonight, we're ordering pizza instead"),
    ("pt", "hoje não tem janta, vamos comer fora"),
    # 5.
    ("ja", "じさまと畑さ行ぐんだ"),
    ("ja", "じさまが太鼓叩ぐの上手でよ"),
    ("ja", "孫が肩叩いでけだ、ありがてえ"),
    # 6.
    ("ja", "何をしたらいいかわからないまま一日が終わった"),
    ("ja", "このまま続けていいのかな"),
    ("ja", "そのままでいいよ"),
    ("ja", "わがままな弟に困ってる"),
    # 7.
    ("zh-hans", "老公把门锁起来了，我忘带钥匙了"),
    ("ko", "아이가 눈 오는 날 밖에서 두 시간 놀았어요"),
    ("pt", "me machuquei jogando futebol, o joelho está inchado"),
    ("es", "me lastimé el tobillo corriendo"),
    ("es", "mi compañero me tocó el hombro para despertarme"),
    ("vi", "tôi bị ngã xe, chân hơi đau"),
    ("es", "me tocó a la fuerza ir a trabajar el domingo"),
    ("es", "me tocó trabajar a la fuerza en navidad, qué rabia"),
    ("pt", "ele voltou a se machucar no treino de futebol, escondeu do técnico"),
    ("ko", "영하인데 아빠가 눈사람 만들자고 해서 밖에서 놀았어요"),
    ("ja", "熱があって寝てたら、宅配のチャイムに返事できなかった"),
    ("ja", "友達がうちの前まで来てくれて、ポストに手紙を入れてくれてた。うれしい"),
    ("ja", "嫁の私が義父を五年介護したのに、相続では何ももらえないと言われた"),
    ("vi", "đọc lại tin nhắn cũ, tự làm mình đau lòng ghê"),
    ("vi", "học khuya quá tự làm mình đau đầu"),
    ("ja", "引っ越しの荷物を壁に押しつけられて、部屋がせまい"),
    # 8.
    ("ja", "大家さんからドアにメモが挟まってた、ゴミの出し方について"),
    ("ja", "ポストに近所の人から手紙が入ってた、お礼の手紙だった"),
    ("id", "angin kencang banget, jendela asrama bunyi terus"),
    ("en", "my roommate knocked on the dorm window because she forgot her key lol"),
    # 9.
    ("ja", "夫にたたかれて、去年子どもと逃げました。今は安全です。離婚の手続きを知りたいです"),
    (
        "ja",
        "おっと に たたかれて、 きょねん にげました。 いま "
        "は あんぜん です。 ビザ は どう なりますか",
    ),
    (
        "en",
        "my ex-husband used to hit me, I left him two years "
        "ago and I'm safe now. how do I get a divorce?",
    ),
    # papers kept safe for a trip, no control
    ("zh-hans", "他把我的护照锁起来了，说等出门旅行那天再给我，怕我弄丢"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)


@pytest.mark.parametrize(
    "text",
    [
        "理由もわからないまま先輩に殴られた",
        "何が悪いのかわからないまま、上司に怒鳴られて殴られた",
        "言われるまま先輩に蹴られた、意味もわからないまま",
    ],
)
def test_verb_before_mama_names_no_mother(text: str) -> None:
    """まま after a verb or adjective is 'as it is', not ママ: no child abuse from it."""
    result = detect_crisis(text, "ja", learned=False)
    assert "child_abuse" not in result.kinds, (text, result)


@pytest.mark.parametrize(
    "text", ["ママに殴られた", "ママが毎日叩いてくる", "ままにたたかれた、こわい"]
)
def test_mama_still_names_a_mother(text: str) -> None:
    result = detect_crisis(text, "ja", learned=False)
    assert "child_abuse" in result.kinds, (text, result)
