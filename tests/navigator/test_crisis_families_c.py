"""Crisis families from held-out batch 10 (crisC): probes written by us, not copied.

1. Being ready to end it, or wanting to tell someone one last time, alone or together
   (harmless: a trip or a shop closing ready, the exam passed).
3. An adult told by a late partner's parents to leave is no child abuse; a child thrown
   out by their own parent still is.
4. A sibling hitting the cat or the dog is no child abuse; hitting the child still is.
"""

from __future__ import annotations

import pytest

from tsunagari.navigator.engine.crisis import detect_crisis

CRISIS = [
    ("ja", "suicide", "会社も家も妻も失った。全部終わらせる覚悟はできた"),
    ("ja", "suicide", "もう終わりにする準備ができた。誰かに伝えておきたかった"),
    ("ja", "suicide", "最後に誰かに話しておきたかっただけです"),
    ("ja", "suicide", "もうおわりにする じゅんび は できてる"),
    ("ja", "suicide", "準備は全部整った。最後に誰かに聞いてほしかった"),
    ("ja", "suicide", "人生を終わらせる準備はできてる"),
    ("ja", "suicide", "mou owari ni suru junbi wa dekiteru"),
    ("en", "suicide", "I'm ready to end it. I just wanted someone to know"),
    ("en", "suicide", "everything is ready, I just wanted to tell someone one last time"),
    ("en", "suicide", "I am ready to end it all"),
    ("en", "suicide", "I just wanted to say it to someone one last time before I go"),
    ("zh-hans", "suicide", "我已经准备好结束这一切了，只是想最后跟一个人说"),
    ("zh-hans", "suicide", "一切都准备好了，只是想让人知道"),
    ("ko", "suicide", "이제 끝낼 준비가 됐어요. 마지막으로 누군가에게 말하고 싶었어요"),
    ("ko", "suicide", "모든 걸 끝낼 준비가 됐다"),
    ("pt", "suicide", "estou pronto para acabar com tudo, só queria que alguém soubesse"),
    ("pt", "suicide", "já está tudo pronto, só queria contar pra alguém uma última vez"),
    ("es", "suicide", "estoy listo para terminar con todo, solo quería que alguien lo supiera"),
    ("es", "suicide", "ya tengo todo listo, solo quería decírselo a alguien por última vez"),
    ("tl", "suicide", "handa na akong tapusin ang lahat, gusto ko lang may makaalam"),
    (
        "tl",
        "suicide",
        "handa na ako wakasan ito. gusto ko lang sabihin sa isang tao sa huling pagkakataon",
    ),
    ("th", "suicide", "ผมพร้อมจะจบทุกอย่างแล้ว แค่อยากบอกใครสักคนเป็นครั้งสุดท้าย"),
    ("vi", "suicide", "tôi đã sẵn sàng kết thúc tất cả, chỉ muốn có ai đó biết"),
    ("vi", "suicide", "mọi thứ đã sẵn sàng, tôi chỉ muốn nói với ai đó lần cuối"),
    ("ne", "suicide", "म सबै अन्त्य गर्न तयार छु, कसैलाई भन्न मात्र चाहन्थेँ"),
    ("ne", "suicide", "ma sabai antya garna tayar chu, kasailai bhanna matra chahanthe"),
    ("id", "suicide", "aku sudah siap mengakhiri semuanya, cuma ingin ada yang tahu"),
    (
        "id",
        "suicide",
        "semuanya sudah siap, aku hanya ingin memberitahu seseorang untuk terakhir kalinya",
    ),
    ("ja", "child_abuse", "お母さんに出ていけと言われて家に入れてもらえない。ぼくは10さい"),
    ("en", "child_abuse", "I'm 12 and my mom threw me out of the house"),
    ("ja", "child_abuse", "おにいちゃん が ぼく を たたく"),
    ("en", "child_abuse", "my brother hits me every day"),
]

HARMLESS = [
    ("ja", "旅行の準備はできてる。あとは出発するだけ"),
    ("ja", "お店を終わりにする準備をしています。最後に常連さんに言っておきたかった"),
    ("ja", "仕事を終わりにする準備はできてる、来月定年"),
    ("ja", "試験に受かったことを誰かに言いたかっただけ"),
    ("en", "I'm ready to end the meeting, thanks everyone"),
    ("en", "I just wanted someone to know I passed the exam"),
    ("en", "Everything is ready for the party, I just wanted to tell someone"),
    ("zh-hans", "旅行的东西都准备好了"),
    ("ko", "여행 준비가 다 됐어요"),
    ("pt", "estou pronto para terminar a reunião"),
    ("es", "solo quería que alguien supiera que aprobé el examen"),
    ("id", "aku sudah siap mengakhiri rapat"),
]

NOT_KIND = [
    (
        "ja",
        "child_abuse",
        "パートナーが亡くなった。葬式にも出させてもらえず、向こうの親に部屋から出ていけと言われてる",
    ),
    ("ja", "child_abuse", "夫が死んで、義理の両親から家を出て行けと言われた"),
    (
        "en",
        "child_abuse",
        "my partner died, his parents kept me from the funeral and told me to leave the flat",
    ),
    ("zh-hans", "child_abuse", "我的伴侣去世了，他的父母不让我参加葬礼，还叫我搬出去"),
    (
        "ko",
        "child_abuse",
        "애인이 죽었는데 그 사람 부모님이 장례식에도 못 오게 하고 집에서 나가라고 해요",
    ),
    ("pt", "child_abuse", "meu companheiro morreu e os pais dele me mandaram sair do apartamento"),
    ("es", "child_abuse", "mi pareja murió y sus padres me dijeron que me fuera del piso"),
    (
        "tl",
        "child_abuse",
        "namatay ang partner ko at pinapaalis ako ng mga magulang niya sa apartment",
    ),
    ("vi", "child_abuse", "người yêu tôi mất, bố mẹ anh ấy đuổi tôi ra khỏi căn hộ"),
    ("id", "child_abuse", "pasanganku meninggal dan orang tuanya mengusirku dari apartemen"),
    ("ja", "child_abuse", "おにいちゃん が ねこ を たたく。 ねこ が なく"),
    ("ja", "child_abuse", "弟が犬を叩くので犬が鳴いている"),
    ("en", "child_abuse", "my brother hits the cat and the cat cries"),
    ("zh-hans", "child_abuse", "哥哥打猫，猫一直叫"),
    ("ko", "child_abuse", "형이 고양이를 때려요. 고양이가 울어요"),
    ("pt", "child_abuse", "meu irmão bate no gato e o gato chora"),
    ("es", "child_abuse", "mi hermano le pega al perro y el perro llora"),
    ("tl", "child_abuse", "pinapalo ng kuya ko ang pusa at umiiyak ang pusa"),
    ("th", "child_abuse", "พี่ชายตีแมว แมวร้องไห้"),
    ("vi", "child_abuse", "anh trai đánh con mèo, con mèo kêu"),
    ("id", "child_abuse", "kakakku memukul kucing dan kucingnya menangis"),
    ("ne", "child_abuse", "दाइले बिरालोलाई पिट्छ, बिरालो रुन्छ"),
]


@pytest.mark.parametrize(("lang", "kind", "text"), CRISIS)
def test_family_message_is_a_crisis_of_its_kind(lang: str, kind: str, text: str) -> None:
    result = detect_crisis(text, lang)
    assert kind in result.kinds, (text, result.kinds)


@pytest.mark.parametrize(("lang", "text"), HARMLESS)
def test_near_miss_stays_harmless(lang: str, text: str) -> None:
    assert not detect_crisis(text, lang).is_crisis, text


@pytest.mark.parametrize(("lang", "kind", "text"), NOT_KIND)
def test_message_is_not_of_that_kind(lang: str, kind: str, text: str) -> None:
    assert kind not in detect_crisis(text, lang).kinds, text
