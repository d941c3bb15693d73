"""Crisis families seen by other helpers and left alone (crisH): probes written by us.

Read by the rules alone (``learned=False``): the lexicons must carry each family.

1. A kana reading of a crisis word met inside a katakana loanword (オーディション holds
   the reading of 遺書 once its small ィ is read full size): harmless near-misses of the
   same shape, while the word itself still fires.
2. A pet AND the writer (or a little sister) hit by a parent or a sibling: child abuse;
   a pet alone stays explained.
3. Who is hit decides the kind: a partner hitting a child is child abuse too; a child hit
   by a father (told in the passive) is child abuse, not an older person's danger.
4. A partner who hugs or kisses and then chokes or hits: dv, however many words of
   affection come between.
5. Shut out of the home with the baby by a partner: dv first, with the child in danger.
"""

from __future__ import annotations

import pytest

from tests.navigator.crisis_family import family_tests
from tsunagari.navigator.engine.crisis import detect_crisis

CRISIS = [
    # 1. The crisis word itself, in kana and kanji.
    ("ja", "suicide", "いしょ を かいた"),
    ("ja", "suicide", "遺書を書きました"),
    # 2. A pet and the writer.
    ("en", "child_abuse", "my stepmom hits our cat and my little sister"),
    ("en", "child_abuse", "my dad kicked the puppy and then me"),
    ("en", "child_abuse", "my big brother punches the dog and us"),
    ("ja", "child_abuse", "お父さんは犬と私をけってくる"),
    ("ja", "child_abuse", "おにいちゃん が ねこ も ぼく も たたく"),
    ("zh-hans", "child_abuse", "我爸踢狗也踢我"),
    ("zh-hans", "child_abuse", "妈妈打猫咪和我"),
    ("ko", "child_abuse", "아빠가 강아지랑 저를 때려요"),
    ("vi", "child_abuse", "bố tôi đánh con chó và đánh cả tôi"),
    ("th", "child_abuse", "พ่อเตะหมาแล้วก็เตะหนูด้วย"),
    ("ne", "child_abuse", "बुबाले कुकुर र मलाई पिट्नुहुन्छ"),
    ("pt", "child_abuse", "meu pai bate no cachorro e em mim também"),
    ("es", "child_abuse", "mi papá le pega al perro y a mí"),
    ("id", "child_abuse", "ayahku memukul kucing dan aku"),
    ("tl", "child_abuse", "sinisipa ng tatay ko ang aso at ako"),
    # 3a. A partner hitting a child.
    ("ja", "child_abuse", "妻が息子を毎日たたいている"),
    ("ja", "child_abuse", "夫が娘をなぐるのをやめない"),
    ("ja", "child_abuse", "旦那が赤ちゃんを叩いた"),
    ("en", "child_abuse", "my husband hits our son when he cries"),
    ("en", "child_abuse", "my wife beats the kids"),
    ("zh-hans", "child_abuse", "我老公经常打孩子"),
    ("ko", "child_abuse", "남편이 아이를 때려요"),
    ("vi", "child_abuse", "chồng tôi hay đánh con"),
    ("th", "child_abuse", "สามีตีลูกทุกวัน"),
    ("ne", "child_abuse", "श्रीमानले छोरालाई पिट्नुहुन्छ"),
    ("pt", "child_abuse", "meu marido bate no nosso filho"),
    ("es", "child_abuse", "mi esposo le pega a nuestro hijo"),
    ("id", "child_abuse", "suamiku sering memukul anak kami"),
    ("tl", "child_abuse", "sinasaktan ng asawa ko ang anak namin"),
    # 3b. A child hit by a father or mother, in the passive.
    ("ja", "child_abuse", "妹はいつも母になぐられている"),
    ("ja", "child_abuse", "兄がちちに蹴られてた"),
    ("ja", "child_abuse", "おとうと が おとうさん に たたかれる"),
    ("en", "child_abuse", "my little brother gets hit by dad whenever he cries"),
    ("zh-hans", "child_abuse", "弟弟一哭就被爸爸打"),
    ("ko", "child_abuse", "동생이 울면 아빠한테 맞아요"),
    ("pt", "child_abuse", "meu irmãozinho apanha do meu pai quando chora"),
    ("es", "child_abuse", "mi hermanito recibe golpes de mi papá cuando llora"),
    ("en", "child_abuse", "my sister gets beaten by our mom"),
    ("vi", "child_abuse", "em trai tôi hay bị bố đánh"),
    ("th", "child_abuse", "น้องชายโดนพ่อตีทุกวัน"),
    ("ne", "child_abuse", "भाइलाई बुबाले पिट्नुहुन्छ"),
    ("id", "child_abuse", "adikku sering dipukul ayah"),
    ("tl", "child_abuse", "pinapalo ng tatay ang kapatid ko"),
    # 4. Affection, then violence, by a partner.
    ("en", "dv", "my husband kissed me goodnight and then slapped me"),
    ("en", "dv", "my girlfriend hugged me and held my hand and then punched me in the face"),
    ("ja", "dv", "彼氏にハグされてキスされた後、首をしめられた"),
    ("ja", "dv", "夫は抱きしめてキスしたあと、いきなりなぐってきた"),
    ("zh-hans", "dv", "男朋友抱了我亲了我然后掐我脖子"),
    ("ko", "dv", "남자친구가 안아주고 뽀뽀하더니 갑자기 목을 졸랐어"),
    ("vi", "dv", "bạn trai ôm tôi, hôn tôi rồi bóp cổ tôi"),
    ("th", "dv", "แฟนกอดฉันแล้วจูบแล้วก็บีบคอฉัน"),
    ("ne", "dv", "मेरो श्रीमानले मलाई अँगालो हाले, म्वाइँ खाए अनि घाँटी थिचे"),
    ("pt", "dv", "meu namorado me abraçou, me beijou e depois me enforcou"),
    ("pt", "dv", "meu marido me deu um beijo e depois bateu em mim"),
    ("es", "dv", "mi novio me abrazó, me besó y luego me ahorcó"),
    ("id", "dv", "pacarku memelukku, menciumku lalu mencekikku"),
    ("tl", "dv", "niyakap ako ng boyfriend ko, hinalikan, tapos sinakal ako"),
]

FIRST = [
    # 5. Shut out with the baby by a partner: dv first, the child too.
    ("ja", "dv", "夫に子どもと一緒に家から追い出された。ドアを開けてくれない"),
    ("ja", "dv", "だんな と けんか して あかちゃん と そと に しめだされた さむい"),
    ("en", "dv", "my husband locked me and the baby out of the house and wont open the door"),
    ("zh-hans", "dv", "老公把我和宝宝锁在门外，不给开门"),
    ("ko", "dv", "남편이 아기랑 저를 집 밖으로 내쫓고 문을 안 열어줘요"),
    ("vi", "dv", "chồng nhốt tôi và con ở ngoài, không mở cửa"),
    ("th", "dv", "สามีไล่ฉันกับลูกออกจากบ้าน ล็อกประตูไม่ให้เข้า"),
    ("ne", "dv", "श्रीमानले मलाई र बच्चालाई घरबाहिर निकाले, ढोका खोल्दैनन्"),
    ("pt", "dv", "meu marido me trancou para fora de casa com o bebê e não abre a porta"),
    ("es", "dv", "mi esposo me dejó afuera de la casa con el bebé y no abre la puerta"),
    ("id", "dv", "suami mengunci aku dan bayiku di luar rumah, tidak mau buka pintu"),
    ("tl", "dv", "ni-lock ako ng asawa ko at ang baby sa labas ng bahay, ayaw buksan ang pinto"),
]

HARMLESS = [
    # 1. Loanwords holding the kana reading.
    ("ja", "オーディションを受けてみたい"),
    ("ja", "今日はコンディションがいい"),
    ("ja", "限定エディションのゲームを買った"),
    ("ja", "コンディショナーが切れた"),
    ("ja", "それは大ショックだった"),
    ("ja", "さいしょ は むずかしかった"),
    # 2. A pet alone, or the writer beside the pet without harm.
    ("en", "my dad kicks the ball and me and my sister run after it"),
    ("en", "my brother and me feed the cat every morning"),
    ("ja", "父と私で犬の散歩をする"),
    ("en", "my dad kicks the dog when it bites the couch"),
    ("vi", "bố tôi đánh con chó vì nó cắn giày"),
    ("zh-hans", "妈妈打猫咪的屁股"),
    ("pt", "meu pai bate no cachorro quando ele morde o sofá"),
    ("id", "ayahku memukul kucing yang mencuri ikan"),
    ("zh-hans", "爸爸和我一起遛狗"),
    ("es", "mi papá y yo paseamos al perro"),
    ("pt", "meu pai e eu levamos o cachorro para passear"),
    # 3. Ordinary things partners and parents do with children.
    ("ja", "嫁が子どもと公園で遊んでいる"),
    ("ja", "弟が父に肩をたたいてもらって喜んでいた"),
    ("en", "my husband hit a home run at our sons game"),
    ("zh-hans", "我老公在陪孩子打游戏"),
    ("ko", "남편이 아이랑 공놀이해요"),
    ("ja", "夫が子どもをたたき起こして学校に行かせた"),
    ("th", "สามีเตะลูกบอลกับลูกที่สนาม"),
    ("pt", "meu marido bate papo com o nosso filho"),
    ("es", "mi esposo le pega a la pelota con nuestro hijo"),
    # 4. Affection, then something ordinary.
    ("en", "my boyfriend hugged me and kissed me and then made dinner"),
    ("ja", "彼氏がハグしてキスしてくれて、そのあとご飯を作ってくれた"),
    ("es", "mi novio me abrazó, me besó y luego me hizo la cena"),
    ("pt", "meu namorado me abraçou, me beijou e depois fez o jantar"),
    ("pt", "meu namorado me beijou e depois queimou o arroz"),
    ("pt", "meu marido me abraçou e depois passou a mão no meu cabelo"),
    ("en", "my girlfriend kissed me and then beat me at mario kart"),
    ("en", "my husband hugged me and then my son hugged me too"),
    # 5. Locked out by accident.
    ("ja", "鍵をなくして赤ちゃんと家に入れない。管理会社に電話した"),
    ("en", "I locked myself and the baby out by accident, waiting for the locksmith"),
    ("en", "my husband and I got locked out with the baby, the locksmith is coming"),
    ("zh-hans", "我和宝宝不小心被锁在门外了，等开锁师傅"),
    ("es", "mi esposo y yo nos quedamos afuera con el bebé, se nos olvidaron las llaves"),
]


test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)


@pytest.mark.parametrize(("lang", "kind", "text"), FIRST)
def test_partner_shuts_out_writer_and_child(lang: str, kind: str, text: str) -> None:
    result = detect_crisis(text, lang, learned=False)
    assert result.kinds[:1] == (kind,), (text, result)
    assert "child_abuse" in result.kinds, (text, result)
