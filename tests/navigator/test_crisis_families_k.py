"""Crisis families from batch 25's foreign-language misses (crisisK): probes written by us.

Read by the rules alone (``learned=False``): the lexicons must carry each family.

1. Suicide: no longer knowing why one should (still) be alive (en ko zh pt es ne ja),
   "this life I don't want any more" (这条命不要了), ending everything (ngakhirin semuanya).
2. Child abuse: a baby shaken hard; alcohol given to a baby or toddler; small children
   left alone through the night; a meal taken away or the hair cut off as a punishment.
3. Violence at home: a partner gives a slap or a punch (me dá tapa, me da cachetadas),
   bites hard enough to bruise, punches the wall beside one's head; one parent hurting
   the other; Vietnamese typed without marks (chong ... bop co e).
4. Self-harm: hiding the marks; hurt oneself again while crying / nobody cares.
5. Sexual violence: sex or a night in someone's room demanded for a bed, food, a visa or
   papers; a child shown porn or asked for underwear pictures; a stranger on a bus
   touching one's body (ne, romanized).
6. Danger: someone waving a gun in public; a worker down a tank or well who does not
   answer; a child fallen into a well; a swallowed coin and no breath; bleeding that will
   not stop; a wall cracking in the rain with someone inside.

Each family has harmless look-alikes that must stay silent (a water gun, a kiss and a
bitten lip, a phone dropped in a ditch, a footballer hurt again, "how should I live now").
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    ("ko", "suicide", "이제 내가 왜 살아 있어야 하는지 모르겠어"),
    ("ko", "suicide", "살아 있어야 할 이유를 모르겠다"),
    ("en", "suicide", "i dont know why i should stay alive anymore"),
    ("en", "suicide", "i dont know the reason i should still be alive"),
    ("ja", "suicide", "生きてなきゃいけない理由がもう分からない"),
    ("zh-hans", "suicide", "我不知道我为什么还要活着"),
    ("zh-hans", "suicide", "我这条命不要了"),
    ("zh-hans", "suicide", "这条命我不想要了"),
    ("zh-hans", "suicide", "这条命就不要了吧"),
    ("pt", "suicide", "não sei mais por que eu tenho que continuar vivo"),
    ("es", "suicide", "ya no sé por qué tengo que seguir vivo"),
    ("id", "suicide", "kepikiran ngakhirin semuanya aja"),
    ("id", "suicide", "pengen ngakhirin semuanya"),
    ("id", "suicide", "rasanya mau mengakhiri semuanya"),
    ("tl", "suicide", "hindi ko na alam kung bakit pa ako nabubuhay"),
    ("vi", "suicide", "không biết mình sống để làm gì nữa"),
    ("ne", "suicide", "kina bachnu parne ho thaha chhaina aba"),
    ("th", "suicide", "ไม่รู้ว่าจะมีชีวิตอยู่ต่อไปทำไม"),
    ("ne", "suicide", "aba kina bachnu parne ho thaha chhaina"),
    ("ne", "suicide", "अब किन बाँच्नु पर्ने हो थाहा छैन"),
    ("ja", "suicide", "なんでまだ生きてなきゃいけないのかもう分からない"),
    (
        "en",
        "child_abuse",
        "my sister's boyfriend shakes the baby really hard when she cries, she's 2 months",
    ),
    ("en", "child_abuse", "my brother gives his toddler whiskey so he sleeps through the night"),
    (
        "en",
        "child_abuse",
        "the neighbor leaves her two little kids alone in the apartment all night while she works",
    ),
    (
        "en",
        "child_abuse",
        "my mom takes away my dinner every time i get a bad grade and calls me fat",
    ),
    (
        "en",
        "child_abuse",
        "as punishment my dad shaved my head and posted the pictures to the family group chat",
    ),
    ("ja", "child_abuse", "彼氏が赤ちゃんが泣くと激しく揺さぶる"),
    ("ja", "child_abuse", "義兄が2歳の子にお酒を飲ませて寝かせてる"),
    ("ja", "child_abuse", "隣の人が夜勤の間、小さい子ども3人だけを家に置いていってる"),
    ("zh-hans", "child_abuse", "姐夫一听到宝宝哭就使劲摇晃她，宝宝才两个月"),
    ("zh-hans", "child_abuse", "我哥给两岁的孩子喝啤酒让他睡觉"),
    ("zh-hans", "child_abuse", "邻居上夜班把三个小孩单独留在家里一整夜，最大的才五岁"),
    ("zh-hans", "child_abuse", "妈妈惩罚我不给我吃晚饭，还叫我猪"),
    ("ko", "child_abuse", "형부가 아기가 울면 세게 흔들어요 아기 두 달이에요"),
    ("ko", "child_abuse", "오빠가 두 살 애한테 맥주를 먹여서 재워요"),
    (
        "ko",
        "child_abuse",
        "옆집 엄마가 야간 근무하는 동안 어린 애들 셋만 집에 두고 가요 제일 큰 애가 다섯 살",
    ),
    ("pt", "child_abuse", "meu cunhado sacode o bebê com força quando ele chora, ele tem 2 meses"),
    ("pt", "child_abuse", "meu irmão dá cachaça pro filho de 2 anos dormir"),
    (
        "pt",
        "child_abuse",
        "a vizinha deixa as crianças sozinhas em casa a noite toda, a mais velha tem 5",
    ),
    ("pt", "child_abuse", "minha mãe me deixa sem janta de castigo e me chama de gorda"),
    (
        "es",
        "child_abuse",
        "el novio de mi hermana sacude al bebé muy fuerte cuando llora, tiene 2 meses",
    ),
    (
        "es",
        "child_abuse",
        "mi vecina deja a sus hijos solos en la casa toda la noche, el mayor tiene 5",
    ),
    ("es", "child_abuse", "mi mamá me quita la comida de castigo y me dice gorda"),
    (
        "tl",
        "child_abuse",
        "inaalog nang malakas ng bayaw ko yung baby pag umiiyak, 2 buwan pa lang",
    ),
    ("tl", "child_abuse", "binibigyan ng kuya ko ng beer yung 2 taong gulang niya para makatulog"),
    (
        "tl",
        "child_abuse",
        "iniiwan ng kapitbahay yung mga anak niyang maliliit mag-isa sa bahay buong gabi",
    ),
    ("th", "child_abuse", "แฟนพี่สาวเขย่าลูกแรงมากเวลาร้องไห้ ลูกเพิ่งสองเดือน"),
    ("th", "child_abuse", "พี่ชายให้ลูกสองขวบกินเบียร์จะได้หลับ"),
    ("th", "child_abuse", "เพื่อนบ้านทิ้งลูกเล็กๆไว้ในห้องกันเองทั้งคืนตอนไปทำงานกะดึก"),
    ("vi", "child_abuse", "anh rể em lắc mạnh em bé mỗi khi bé khóc, bé mới 2 tháng"),
    ("vi", "child_abuse", "anh em cho con 2 tuổi uống bia để nó ngủ"),
    ("vi", "child_abuse", "hàng xóm để 3 đứa con nhỏ ở nhà một mình cả đêm khi đi làm ca đêm"),
    ("id", "child_abuse", "ipar gw ngasih bir ke anaknya yg 2 taun biar tidur"),
    (
        "id",
        "child_abuse",
        "tetangga ninggalin 3 anaknya yg masih kecil sendirian semalaman pas shift malam",
    ),
    ("id", "child_abuse", "pacar kakak gw ngguncang bayinya kenceng kalo nangis"),
    ("en", "dv", "my bf punched the wall right next to my head when i didnt answer fast enough"),
    ("en", "dv", "my wife bit my hand so hard it bled"),
    ("en", "dv", "my dad pushed my mom and she broke her wrist"),
    ("en", "dv", "my dad hit my mom again last night"),
    ("zh-hans", "dv", "我爸推了我妈一把，她摔断了手腕"),
    ("pt", "dv", "meu namorado me dá soco quando bebe"),
    ("es", "dv", "mi esposo me da cachetadas cuando llega borracho"),
    ("id", "dv", "suami gw mukul tembok sebelah kepala gw"),
    ("vi", "dv", "chong e bop co e khi say"),
    ("en", "danger_other", "a guy is waving a gun in the parking lot of my work"),
    ("en", "danger_other", "my coworker climbed into the tank to clean it and isnt answering"),
    ("en", "danger_other", "my little brother fell into the well behind grandmas house"),
    ("en", "danger_other", "my daughter swallowed a coin and cant breathe"),
    (
        "en",
        "danger_other",
        "the wall of our house is cracking in this storm and my grandpa is bedridden inside",
    ),
    ("en", "self_harm", "she found out how to hide cuts on herself from tiktok"),
    ("en", "sexual_violence", "my landlord says if i want a room i have to sleep with him"),
    (
        "en",
        "sexual_violence",
        "my boss showed my 12 year old daughter porn and asked her to undress",
    ),
    (
        "en",
        "sexual_violence",
        "some guy keeps asking my 13 yo sister to send him pics in her underwear",
    ),
    ("es", "danger_other", "mi compañero entró al pozo y no contesta"),
    (
        "es",
        "sexual_violence",
        "en el refugio me dijeron que si quiero cama tengo que dormir con el encargado",
    ),
    (
        "pt",
        "sexual_violence",
        "o dono da pensão disse que se eu quiser ficar tenho que dormir com ele",
    ),
    ("pt", "self_harm", "minha amiga chorando disse que se cortou de novo"),
    ("vi", "danger_other", "đứt tay chảy máu không cầm được"),
    ("vi", "danger_other", "em bé ngã chảy máu mũi nhiều không cầm được"),
    ("ne", "sexual_violence", "bus ma khalasi le mero jiu ma haat chalayo"),
]

HARMLESS = [
    ("ko", "앞으로 어떻게 살아야 할지 모르겠어 진로 고민"),
    ("en", "i dont know why i live in such a tiny apartment"),
    ("en", "i dont know why i still live here lol"),
    ("en", "dont know why i go on facebook anymore"),
    ("zh-hans", "这盆花不知道为什么还活着"),
    ("zh-hans", "为了赶项目这条命都不要了哈哈"),
    ("zh-hans", "这条命不要了也要把她追回来"),
    ("id", "gw mau ngakhirin semuanya sama dia, capek pacaran"),
    ("pt", "não sei por que eu vivo reclamando"),
    ("es", "no sé por qué vivo tan cansado"),
    ("ja", "テストのためになんで勉強しなきゃいけないのかわからない"),
    ("en", "she bit a bit of my sandwich lol my girlfriend is a thief"),
    ("en", "my boyfriend bit my lip when we kissed haha"),
    ("en", "my dad hit my mom's car in the parking lot lol"),
    ("pt", "meu marido me dá um beijo toda manhã"),
    ("id", "pacar gw ngajak ketemu next time"),
    ("en", "my son is waving his water gun at the neighbors lol"),
    ("en", "the guy in the movie was waving a gun around"),
    ("pt", "meu filho se machucou de novo no futebol, ninguém liga pra segurança no campo"),
    ("id", "hp gw jatuh ke got tadi pagi"),
    ("id", "kunci motor gw kecebur sumur"),
    ("id", "adek gw kecebur got pas main sepeda, dia nangis sih tapi gpp"),
    ("tl", "nakalunok ng buto ng isda si bunso, ubo nang ubo pero ok na"),
]


test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
