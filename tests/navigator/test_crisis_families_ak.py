"""Crisis families from crisisAK: four labelled crises the learned model no longer reads after
its retraining (wider data, threshold 0.85), taught to the rules, with our own probes, read by
the rules alone (``learned=False``). Every language file is applied to every message.

1. A parent who makes a child steal (food, sweets, from a shop) and hits the child or gives no
   dinner when the child comes back empty-handed: child_abuse. Silent: a child who shops or
   helps at the shop with a parent.
2. Someone afraid of hurting another person, losing control ("next time I can't stop myself",
   "scared of what I'll do", found at the neighbour's door with a clenched fist): danger_other.
   Silent: anger at a noisy neighbour with no fear of acting, "can't stop myself" eating cake.
3. Sextortion said as "has my nudes and threatens to leak, post or spread them unless I send
   more": sexual_violence. Silent: sharing or posting a photo of a pet.
4. A baby or small child left alone at night while the parent works a night shift, often told
   by a neighbour who hears it crying: child_abuse. Silent: a teenager home alone in the
   evening while a parent works.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. a child made to steal, hit or unfed otherwise
    (
        "ja",
        "child_abuse",
        "おかあさんに おみせで おかしを とってこいって いわれる。"
        "とってこないと ばんごはん ぬきで たたかれる",
    ),
    ("ja", "child_abuse", "父にコンビニで食べ物を万引きしてこいと言われる。できないと殴られる"),
    (
        "en",
        "child_abuse",
        "my mum makes me steal food from the shop and if i come back with nothing she hits me",
    ),
    (
        "en",
        "child_abuse",
        "dad tells me to shoplift sweets at the supermarket and i get no dinner if i dont",
    ),
    ("zh-hans", "child_abuse", "妈妈让我去超市偷零食，不偷回来就不给饭吃还打我"),
    (
        "ko",
        "child_abuse",
        "엄마가 마트에서 과자를 훔쳐 오라고 시켜요. 안 훔쳐 오면 저녁을 안 주고 때려요",
    ),
    (
        "pt",
        "child_abuse",
        "minha mãe me manda roubar comida no mercado e se eu não trago ela me bate",
    ),
    (
        "es",
        "child_abuse",
        "mi papá me obliga a robar dulces en la tienda y si no lo hago me deja sin cenar",
    ),
    (
        "tl",
        "child_abuse",
        "inuutusan ako ni mama na magnakaw ng pagkain sa grocery, "
        "pag hindi ko ginawa pinapalo niya ako",
    ),
    ("th", "child_abuse", "แม่ให้หนูไปขโมยขนมที่ร้าน ถ้าไม่ได้มาก็ไม่ได้กินข้าวเย็นและโดนตี"),
    (
        "vi",
        "child_abuse",
        "mẹ bắt em đi ăn trộm đồ ăn ở siêu thị, không lấy về là bị đánh và nhịn cơm tối",
    ),
    ("ne", "child_abuse", "आमाले मलाई पसलबाट खाना चोर्न लगाउनुहुन्छ, नचोरे बेलुकाको खाना दिनुहुन्न र कुट्नुहुन्छ"),
    (
        "id",
        "child_abuse",
        "ibu menyuruhku mencuri makanan di minimarket, kalau tidak "
        "aku dipukul dan tidak dikasih makan malam",
    ),
    (
        "ja",
        "child_abuse",
        "パパに いわれて コンビニで パンとか こっそり もってくる。"
        "もってこないと ごはん なしで たたかれる",
    ),
    # 2. afraid of hurting someone else
    (
        "ja",
        "danger_other",
        "隣の人がうるさくて、気づいたらドアの前で拳を握ってた。次は自分を抑えられないかもしれない。自分が何をするか怖い",
    ),
    ("ja", "danger_other", "このままだとあいつに何をするか分からない。自分が怖い"),
    (
        "ja",
        "danger_other",
        "隣の犬がずっと吠えよって眠れん。気づいたら玄関の前で拳を握っとった。次は自分を抑えられる自信がないけぇ",
    ),
    (
        "en",
        "danger_other",
        "i found myself outside my neighbours door with my fists "
        "clenched. next time i dont think i can stop myself",
    ),
    ("en", "danger_other", "im scared of what ill do to him if he keeps this up"),
    (
        "pt",
        "danger_other",
        "me peguei parado na porta do vizinho com o punho fechado. da "
        "próxima vez não sei se consigo me controlar",
    ),
    (
        "es",
        "danger_other",
        "tengo miedo de lo que le pueda hacer a mi vecino, la "
        "próxima vez no me voy a poder contener",
    ),
    (
        "tl",
        "danger_other",
        "natatakot ako sa kaya kong gawin sa kapitbahay ko, baka sa "
        "susunod hindi ko na mapigilan ang sarili ko",
    ),
    (
        "vi",
        "danger_other",
        "tôi sợ chính mình sẽ làm gì đó với người hàng xóm, lần sau tôi không kìm được nữa",
    ),
    (
        "id",
        "danger_other",
        "aku takut apa yang akan kulakukan ke tetanggaku, lain kali aku tidak bisa menahan diri",
    ),
    (
        "zh-hans",
        "danger_other",
        "我发现自己握着拳站在邻居门口，下次我可能控制不住自己，我怕我会伤害他",
    ),
    (
        "ko",
        "danger_other",
        "정신 차려 보니 옆집 문 앞에서 주먹을 쥐고 있었어요. 다음엔 제가 무슨 짓을 할지 무서워요",
    ),
    # 3. nudes leaked unless more are sent
    (
        "en",
        "sexual_violence",
        "he got my nudes and keeps threatening to leak them unless i send more",
    ),
    ("en", "sexual_violence", "someone has my nudes and says hell post them if i dont send more"),
    ("ja", "sexual_violence", "裸の写真を持ってる人に、もっと送らないとばらまくって脅されてる"),
    ("pt", "sexual_violence", "ele tem minhas fotos íntimas e ameaça vazar se eu não mandar mais"),
    (
        "es",
        "sexual_violence",
        "tiene mis fotos desnuda y amenaza con filtrarlas si no le mando más",
    ),
    (
        "tl",
        "sexual_violence",
        "may hubad kong litrato siya at ikakalat daw niya kung hindi ako magpapadala pa",
    ),
    (
        "vi",
        "sexual_violence",
        "anh ta có ảnh khỏa thân của tôi và dọa tung lên mạng nếu tôi không gửi thêm",
    ),
    (
        "id",
        "sexual_violence",
        "dia punya foto telanjangku dan mengancam akan menyebarkannya kalau aku tidak kirim lagi",
    ),
    ("zh-hans", "sexual_violence", "他有我的裸照，威胁我不再发就把照片发出去"),
    (
        "ko",
        "sexual_violence",
        "그 사람이 내 나체 사진을 갖고 있는데 더 안 보내면 유출하겠다고 협박해요",
    ),
    # 4. a baby left alone at night during a night shift
    (
        "pt",
        "child_abuse",
        "a mãe do apartamento ao lado sai para o turno da noite e deixa "
        "o bebê sozinho, ouço ele chorar a noite toda",
    ),
    (
        "ja",
        "child_abuse",
        "隣の部屋のお母さんが夜勤の間、赤ちゃんを一人で置いていく。毎晩泣き声が続いている",
    ),
    (
        "en",
        "child_abuse",
        "the woman next door leaves her baby alone all night when she goes "
        "to her night shift. i can hear it crying for hours",
    ),
    (
        "zh-hans",
        "child_abuse",
        "邻居上夜班的时候把一岁的孩子一个人留在家里，我听到孩子哭了好几个小时",
    ),
    (
        "ko",
        "child_abuse",
        "옆집 엄마가 야간 근무 나갈 때 아기를 혼자 두고 가요. 밤새 우는 소리가 들려요",
    ),
    (
        "es",
        "child_abuse",
        "la vecina deja a su bebé solo en casa cuando se va al "
        "turno de noche, lo oigo llorar horas",
    ),
    (
        "tl",
        "child_abuse",
        "iniiwan ng kapitbahay ang sanggol niyang mag-isa tuwing night "
        "shift niya, naririnig ko itong umiiyak buong gabi",
    ),
    ("th", "child_abuse", "ข้างห้องทิ้งลูกเล็กไว้คนเดียวตอนไปทำงานกะดึก ได้ยินเด็กร้องไห้ทั้งคืน"),
    (
        "vi",
        "child_abuse",
        "hàng xóm để con nhỏ ở nhà một mình khi đi làm ca đêm, tôi nghe bé khóc suốt mấy tiếng",
    ),
    (
        "ne",
        "child_abuse",
        "छिमेकीले राति काममा जाँदा सानो बच्चालाई एक्लै छोडेर जान्छिन्, बच्चा घण्टौं रोएको सुन्छु",
    ),
    (
        "id",
        "child_abuse",
        "tetangga meninggalkan bayinya sendirian di rumah waktu kerja "
        "shift malam, aku dengar dia menangis berjam-jam",
    ),
]

HARMLESS = [
    ("ja", "おかあさんと スーパーで おかしを かってきた。たのしかった"),
    ("ja", "お店の手伝いをして、父にほめられた"),
    ("en", "my mum asks me to help carry the shopping home from the supermarket"),
    ("pt", "ajudo minha mãe no mercado a escolher as frutas"),
    ("es", "mi papá me manda a comprar pan a la tienda"),
    ("vi", "mẹ bảo em ra siêu thị mua bánh cho bữa tối"),
    ("id", "ibu menyuruhku membeli makanan di minimarket"),
    ("ko", "엄마가 마트에서 과자를 사 오라고 했어요"),
    ("ja", "上の階の足音がうるさくて腹が立つ。管理会社に相談したい"),
    ("en", "my neighbours music is so loud and im really annoyed. how do i complain"),
    ("en", "next time i cant stop myself from eating the whole cake"),
    ("pt", "o vizinho faz muito barulho e estou irritado, quero reclamar com o síndico"),
    ("es", "el vecino hace mucho ruido y estoy enojado, quiero quejarme"),
    ("tl", "maingay ang kapitbahay ko at naiinis ako, saan ako magrereklamo"),
    ("en", "i want to share a photo of my cat with my friends"),
    ("ja", "猫の写真をSNSに投稿したい"),
    ("pt", "quero postar a foto do meu cachorro"),
    ("en", "im scared of what ill do after graduation"),
    ("ja", "卒業したら自分が何をするか分からなくて怖い"),
    ("vi", "em sợ mình sẽ làm gì sai trong buổi phỏng vấn"),
    ("ko", "앞으로 제가 무슨 일을 할지 두려워요"),
    ("es", "tengo miedo de lo que voy a hacer después de graduarme"),
    ("pt", "tenho medo do que vou fazer depois da faculdade"),
    ("id", "aku takut apa yang akan kulakukan setelah lulus kuliah"),
    ("tl", "natatakot ako sa exam bukas, baka hindi ko kayanin"),
    ("es", "quiero compartir fotos de mi perro"),
    ("en", "im 15 and stay home alone in the evenings while mum works nights, its fine"),
    ("ja", "母が夜勤なので、高校生の私は夜ひとりで留守番しています"),
    (
        "pt",
        "tenho 16 anos e fico sozinho em casa à noite quando minha mãe trabalha no turno da noite",
    ),
    ("es", "tengo 15 años y me quedo solo en casa por la noche cuando mi mamá trabaja"),
    ("vi", "em 16 tuổi, buổi tối ở nhà một mình khi mẹ đi làm ca đêm"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
