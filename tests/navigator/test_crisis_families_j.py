"""Crisis families of batch 25 (crisisJ): probes written by us, not the batch's texts.

Read by the rules alone (``learned=False``): the lexicons must carry each family.

1. A carer who almost hit or shook a child, or fears hitting one, and is scared of it:
   child abuse first (its line, 189, before any other); in Japanese also when no one
   is named (手をあげそうになって自分が怖い), not when a partner or an older person is.
2. Wishing to join someone dead in heaven, in a child's words too: suicide.
3. Someone trapped under fallen furniture or rubble: danger and 119.
4. Japanese only: a child hurt or ill whom the carer will not take to a doctor; a man of
   the household opening the bathroom door on a girl (in romaji too); a partner throwing
   away her medicine or keeping her from the doctor; a jealous order with a blow; filmed
   up the skirt; a crime job that threatens one's family; a life no use going on with,
   in dialect; everything ended, in romaji.
5. A parent asking where to call about a child's asthma at night is no crisis (neither
   the rules nor the model raise it).
"""

from __future__ import annotations

import pytest

from tests.navigator.crisis_family import family_tests
from tsunagari.navigator.engine.crisis import detect_crisis

CHILD_FIRST = [
    ("ja", "手をあげそうになって自分が怖い"),
    ("ja", "イライラして手をあげそうになった。自分が怖い"),
    ("ja", "このままだと叩いてしまいそう"),
    ("ja", "このままだと息子を叩いてしまいそう"),
    ("en", "I almost shook my baby last night and it scared me"),
    ("en", "i'm afraid i'm going to hurt my toddler, i almost slapped him today"),
    ("zh-hans", "孩子一直哭，我差点动手打他，好怕自己"),
    ("ko", "애한테 손이 올라갈 것 같아서 내가 무서워"),
    ("pt", "quase bati no meu filho de 2 anos, tenho medo de mim mesma"),
    ("es", "casi le pego a mi niño, me da miedo lo que puedo hacer"),
    ("tl", "natatakot ako na baka masaktan ko ang anak ko"),
    ("tl", "muntik ko nang mapalo ang baby ko, takot ako sa sarili ko"),
    ("th", "เกือบตีลูกแล้ว กลัวตัวเองมาก"),
    ("vi", "suýt nữa tôi đánh con, tôi sợ chính mình"),
    ("ne", "मलाई डर छ कि म मेरो बच्चालाई पिट्छु"),
    ("id", "hampir saja saya memukul anak saya, saya takut sama diri sendiri"),
]

CRISIS = [
    # 2. Joining the dead in heaven.
    ("ja", "suicide", "ママがいる天国にわたしも早く行きたい"),
    ("ja", "suicide", "パパのいるお空の上にぼくもいきたい"),
    ("ja", "suicide", "てんごくの じいじ、はやく むかえに きて"),
    ("ja", "suicide", "tengoku ni boku mo ikitai"),
    ("en", "suicide", "i want to go to heaven where my grandma is, i want to be with her"),
    ("zh-hans", "suicide", "我想去有奶奶在的天堂，我也想去"),
    ("ko", "suicide", "할머니가 있는 천국에 나도 가고 싶어"),
    ("pt", "suicide", "quero ir pro céu onde a vovó está, eu também quero ir"),
    ("es", "suicide", "quiero irme al cielo donde está mi abuelita, yo también"),
    ("tl", "suicide", "gusto ko na ring pumunta sa langit kung nasaan si lola"),
    ("th", "suicide", "หนูอยากไปสวรรค์ที่คุณยายอยู่ด้วย"),
    ("vi", "suicide", "con muốn lên thiên đường với bà, con cũng muốn đi"),
    ("ne", "suicide", "हजुरआमा भएको स्वर्गमा म पनि जान चाहन्छु"),
    ("id", "suicide", "aku juga mau ke surga nyusul nenek"),
    # 3. Trapped under something that fell.
    ("ja", "danger_other", "父が倒れた本棚の下に挟まって動けない"),
    ("ja", "danger_other", "じしんで たんすが たおれて ははが したに はさまった"),
    ("en", "danger_other", "the wardrobe fell in the quake and my grandpa is trapped under it"),
    ("zh-hans", "danger_other", "地震柜子倒了，奶奶被压在下面，声音越来越小"),
    ("ko", "danger_other", "지진으로 장롱이 쓰러져서 할머니가 밑에 깔렸어요"),
    ("pt", "danger_other", "com o terremoto o armário caiu e minha avó ficou presa embaixo"),
    ("es", "danger_other", "con el temblor se cayó el ropero y mi abuela quedó atrapada debajo"),
    ("tl", "danger_other", "dahil sa lindol bumagsak ang aparador at naipit si lola sa ilalim"),
    ("th", "danger_other", "แผ่นดินไหว ตู้ล้มทับยาย"),
    ("vi", "danger_other", "động đất tủ đổ đè lên bà, bà bị kẹt bên dưới"),
    ("ne", "danger_other", "भूकम्पले दराज ढल्यो, हजुरआमा तल च्यापिनुभयो"),
    ("id", "danger_other", "gempa lemari roboh nenek saya kejepit di bawahnya"),
    # 4. Japanese families.
    ("ja", "child_abuse", "息子が高熱なのに夫が病院に連れて行かない"),
    ("ja", "child_abuse", "娘の腕が腫れてるのに母親が病院に連れて行ってくれない"),
    ("ja", "child_abuse", "義父がお風呂のときドアを開けてくる"),
    ("ja", "child_abuse", "兄が着替えをのぞいてくる"),
    ("ja", "child_abuse", "mama no kareshi ga ofuro no toki ni doa akete kuru"),
    ("ja", "dv", "夫が私の薬を全部捨てた"),
    ("ja", "dv", "旦那が病院に行かせてくれない"),
    ("ja", "dv", "彼氏が女友達の連絡先を消さないと殴るって"),
    ("ja", "dv", "なぐられた。わかれたいけど こわい"),
    ("ja", "sexual_violence", "スカートの中を撮られた"),
    ("ja", "danger_other", "闇バイトで受け子やらされてる。辞めたいって言ったら脅された"),
    ("ja", "danger_other", "やめたら実家に行くぞって脅されてる"),
    ("ja", "suicide", "もう生きとっても意味ねえ"),
    ("ja", "suicide", "mou jinsei owari ni shitai"),
    ("ja", "suicide", "nanimokamo zenbu owarasetai"),
]

HARMLESS = [
    # 1. Not a child, or not the writer's hand.
    ("en", "i almost hit the curb with my car, scared me"),
    ("en", "my son almost hit his sister, i was scared"),
    ("ko", "아이가 넘어질 뻔해서 무서웠어"),
    ("pt", "quase bati o carro, fiquei com medo"),
    ("es", "casi le pego al balón, me dio miedo"),
    ("ja", "このままだと太っちゃう"),
    ("ja", "このままだと上司を殴ってしまいそう"),
    # 2. Heaven as a place of pleasure, or a life after death in general.
    ("ja", "天国みたいな温泉にまた行きたい"),
    ("ja", "おじいちゃんは天国にいったんだって。いつかぼくも行くのかな"),
    ("ja", "部活の帰り、はやく迎えに来てってママにライン"),
    ("en", "this cake is heaven, i want to go to heaven with you lol"),
    ("en", "when i die i want to go to heaven"),
    ("zh-hans", "好想去天堂岛度假"),
    ("ko", "천국의 계단 노래 좋아"),
    ("tl", "gusto kong pumunta sa Baguio"),
    ("vi", "tôi muốn đi du lịch thiên đường biển Phú Quốc"),
    ("id", "pengen ke surga makanan di Bandung bareng temen"),
    # 3. Things stuck under furniture, fingers caught in a door.
    ("ja", "ソファの下に挟まってたリモコン見つけた"),
    ("ja", "指がドアに挟まった"),
    ("zh-hans", "钥匙压在书下面了"),
    ("ko", "책상 밑에 끼었던 펜 찾았다"),
    ("pt", "meu celular ficou preso debaixo do sofá"),
    ("es", "la pelota quedó atrapada debajo del carro"),
    ("tl", "naipit ang daliri ko sa pinto"),
    ("vi", "chìa khoá bị kẹt dưới gầm tủ"),
    ("th", "กุญแจติดอยู่ใต้โซฟา"),
    ("ne", "चाबी सोफा मुनि थिचियो"),
    ("id", "jari saya kejepit pintu, sakit banget"),
    # 4. Ordinary doctor's questions, a mother at the bathroom door, avoiding being filmed,
    #    homework finished, a contact deleted, the news.
    ("ja", "子どもが熱あるけど病院に連れて行かないで様子見ていいかな"),
    ("ja", "息子の予防接種、病院に連れて行かないと"),
    ("ja", "娘が熱。仕事で病院に連れて行けない"),
    ("ja", "夫が病院に行かないので心配"),
    ("ja", "ママがお風呂の時にドア開けてくる"),
    ("ja", "猫がお風呂のドアを開けてくる"),
    ("ja", "スカートの中撮られないように見せパンはく"),
    ("ja", "宿題を全部終わらせたい"),
    ("ja", "今日中に仕事を全部終わらせたい"),
    ("ja", "shukudai zenbu owarasetai"),
    ("ja", "元カレの連絡先消さないとなー"),
    ("ja", "闇バイトのニュースが怖い"),
]

# 5. A child's chronic illness: where to call (the rules and the learned model both silent).
ILLNESS = [
    ("es", "mi hijo tiene asma y de noche le dan ataques. no sé a dónde llamar"),
    ("en", "my son has asthma and gets attacks at night. i don't know where to call"),
    ("pt", "meu filho tem asma e à noite tem crises. não sei pra onde ligar"),
    ("ja", "息子がぜんそくで夜に発作が出ます。どこに電話すればいいですか"),
]


@pytest.mark.parametrize(("lang", "text"), CHILD_FIRST)
def test_carer_afraid_of_hitting_a_child_is_child_abuse_first(lang: str, text: str) -> None:
    result = detect_crisis(text, lang, learned=False)
    assert result.kinds[:1] == ("child_abuse",), (text, result)


test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)


def test_trapped_under_furniture_calls_119() -> None:
    assert "119" in detect_crisis("父が倒れた本棚の下に挟まって動けない", "ja").emergency


@pytest.mark.parametrize(("lang", "text"), ILLNESS)
def test_child_illness_question_is_no_crisis(lang: str, text: str) -> None:
    assert not detect_crisis(text, lang, learned=False).is_crisis
    assert not detect_crisis(text, lang).is_crisis
