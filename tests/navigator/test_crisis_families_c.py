"""Crisis families from held-out batch 10 (crisC): probes written by us, not copied.

1. Being ready to end it, or wanting to tell someone one last time, alone or together
   (harmless: a trip or a shop closing ready, the exam passed).
2. A man coming into her room at night, unwanted (no lock, 'I don't want it', again
   tonight), in a dorm, a shared house or company housing (harmless: a roommate, a cat).
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
    (
        "ja",
        "sexual_violence",
        "りょう の せんぱい が よる へや に はいってくる。こわい。かぎ が ない",
    ),
    ("ja", "sexual_violence", "寮の先輩の男性が夜中に勝手に部屋に入ってくる。鍵がかからない"),
    ("ja", "sexual_violence", "シェアハウスの男の人が夜わたしの部屋に来る。いやだ。今夜もまた来る"),
    ("ja", "sexual_violence", "社宅で上司が夜部屋に来る。断っても入ってくる"),
    ("ja", "sexual_violence", "大家さんが夜に合鍵で部屋に入ってくる"),
    (
        "en",
        "sexual_violence",
        "a senior man in my dorm comes into my room at night. I don't want it. there is no lock",
    ),
    (
        "en",
        "sexual_violence",
        "the landlord keeps coming into my room at night and he'll come again tonight",
    ),
    (
        "en",
        "sexual_violence",
        "a man in the share house enters my room at night, my door has no lock, I'm scared",
    ),
    ("zh-hans", "sexual_violence", "宿舍的男前辈晚上进我房间，我不愿意，门没有锁"),
    (
        "ko",
        "sexual_violence",
        "기숙사 선배 남자가 밤에 내 방에 들어와요. 싫어요. 문에 잠금장치가 없어요",
    ),
    (
        "pt",
        "sexual_violence",
        "um homem do alojamento entra no meu quarto à noite. não quero. a porta não tem tranca",
    ),
    (
        "es",
        "sexual_violence",
        "un hombre de la residencia entra a mi cuarto de noche. no quiero. no hay cerradura",
    ),
    (
        "tl",
        "sexual_violence",
        "may lalaking senior sa dorm na pumapasok sa kwarto ko sa gabi. ayoko. walang lock",
    ),
    ("th", "sexual_violence", "รุ่นพี่ผู้ชายที่หอพักเข้ามาในห้องฉันตอนกลางคืน ไม่ชอบ ประตูไม่มีกุญแจ"),
    (
        "vi",
        "sexual_violence",
        "anh đàn ông ở ký túc xá vào phòng tôi ban đêm. tôi không muốn. cửa không có khóa",
    ),
    (
        "ne",
        "sexual_violence",
        "होस्टलको एक जना पुरुष राति मेरो कोठामा आउँछ। मलाई मन पर्दैन। ढोकामा चुकुल छैन",
    ),
    (
        "id",
        "sexual_violence",
        "laki-laki senior di asrama masuk ke kamarku malam-malam. aku tidak mau. tidak ada kunci",
    ),
    ("ja", "child_abuse", "お母さんに出ていけと言われて家に入れてもらえない。ぼくは10さい"),
    ("en", "child_abuse", "I'm 12 and my mom threw me out of the house"),
    ("ja", "child_abuse", "おにいちゃん が ぼく を たたく"),
    ("en", "child_abuse", "my brother hits me every day"),
    # A relative who comes into her room at night and does not stop when told to.
    ("ja", "sexual_violence", "夜になると義兄が部屋に入ってくる。やめてと言ってもやめてくれない"),
    ("ja", "sexual_violence", "よる おじさん が へや に はいって くる。やめて って いって も"),
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
    ("ja", "寮の先輩が夜部屋に来て一緒にゲームした。楽しかった"),
    ("ja", "部屋の鍵をなくした。大家さんに連絡したい"),
    ("en", "my friend comes to my room at night to study"),
    ("ja", "寮の先輩が夜部屋に来て一緒にゲームした。楽しかった"),
    ("ja", "部屋の鍵をなくした。大家さんに連絡したい"),
    ("ja", "夜、母が部屋に来て話をした。いやなことがあったけど元気になった"),
    ("en", "my roommate comes into my room at night to borrow my charger, it's fine"),
    ("en", "my cat comes into my room every night and sleeps on my bed"),
    ("en", "at night my little sister comes into my room because she is scared of thunder"),
    ("ko", "밤에 룸메이트가 방에 들어와서 같이 영화 봤어요"),
    ("id", "adikku masuk ke kamarku malam malam buat belajar bareng"),
    ("vi", "em gái vào phòng tôi ban đêm để học bài"),
    ("tl", "pumapasok sa kwarto ko sa gabi ang pusa namin"),
    ("ja", "夜に妹が私の部屋に来て漫画を読んでいく。かわいい"),
    ("ja", "夜中に母が部屋に入ってきて、早く寝なさいって言う"),
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
