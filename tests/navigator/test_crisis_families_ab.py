"""Families from blind batch AB (crisisAB): our own probes, not the batch's texts, read by the
rules alone (``learned=False``). Every language file is applied to every message.

1. A pregnancy in danger now: pregnant (weeks, 妊娠, 怀孕, 임신, grávida, embarazada, buntis,
   ตั้งครรภ์, mang thai, hamil, garbhawati) with heavy or growing bleeding, a baby that no longer
   moves, or a belly hard as a board: danger_other, in all 11 languages. Silent: asking when one
   will feel the baby move, bleeding in a past pregnancy, a baby kicking a lot.
2. Fever with a stiff neck, a purple rash that does not fade when pressed, or a child who cannot
   be woken (meningitis or sepsis signs): danger_other (en, zh-hans, ko, id; ja was caught
   already). Silent: a stiff neck with no fever, a question about the signs, a fever gone down.
3. A car caught in flood water, the water rising and the door that will not open:
   danger_other (en, ja, zh-hans). Silent: a door lock broken, a car flooded last year.
4. Harmless: food "spicy to death" in Vietnamese (ăn ớt cay muốn chết mà vẫn ghiền), and a
   threat word quoted and asked about as a word from manga (「ころすぞ」って言葉) in Japanese.
   Still a crisis: tôi muốn chết alone, and a boyfriend who said ころすぞ.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    (
        "en",
        "danger_other",
        "pregnant 34 weeks, heavy bleeding and my belly is rock hard, cant feel the baby move",
    ),
    (
        "en",
        "danger_other",
        "im 36 wks pregnant and i havent felt the baby kick since this morning, what do i do",
    ),
    (
        "en",
        "danger_other",
        "my 2 year old has a high fever, stiff neck and purple spots that dont fade, hes hard to "
        "wake up",
    ),
    ("en", "danger_other", "my son has a fever of 39 and i cant wake him properly"),
    (
        "en",
        "danger_other",
        "my car is stuck in flood water in an underpass, the water is up to the windows and the "
        "door wont open",
    ),
    ("en", "danger_other", "the water is coming in and my car door wont open, its flooding"),
    (
        "ja",
        "danger_other",
        "にんしんちゅう です。ちが たくさん でています。あかちゃん が うごきません",
    ),
    ("ja", "danger_other", "妊娠35週、さっきから出血がどんどん増えてる。お腹が板みたいに硬い"),
    ("ja", "danger_other", "冠水した道路で車が止まった。水がどんどん入ってきてドアが開かない"),
    ("ja", "danger_other", "彼氏に「ころすぞ」って言われた"),
    ("zh-hans", "danger_other", "怀孕33周，出血越来越多，胎动也感觉不到了"),
    ("zh-hans", "danger_other", "孩子发高烧，脖子很硬，身上有紫色的斑点，叫不醒"),
    ("zh-hans", "danger_other", "下大雨车被困在积水里，水已经漫过车门，门打不开"),
    ("ko", "danger_other", "임신 32주인데 출혈이 계속 나고 태동이 없어요"),
    ("ko", "danger_other", "아이가 고열인데 목이 뻣뻣하고 깨워도 안 일어나요"),
    ("pt", "danger_other", "to gravida de 30 semanas, sangrando muito e nao sinto o bebe mexer"),
    ("es", "danger_other", "estoy embarazada de 33 semanas, sangro mucho y el bebe no se mueve"),
    (
        "tl",
        "danger_other",
        "buntis ako 8 months, dumudugo nang marami at hindi ko na maramdaman ang galaw ng baby",
    ),
    ("th", "danger_other", "ตั้งครรภ์ 32 สัปดาห์ เลือดออกไม่หยุด ลูกไม่ดิ้นเลย"),
    ("vi", "danger_other", "em mang thai 32 tuần, ra máu nhiều quá, không thấy em bé đạp nữa"),
    ("vi", "suicide", "tôi muốn chết, không ai cần tôi"),
    ("id", "danger_other", "aku hamil 30 minggu, pendarahan banyak dan bayinya ga gerak dari tadi"),
    ("id", "danger_other", "anakku demam tinggi, lehernya kaku, susah dibangunin"),
    (
        "ne",
        "danger_other",
        "ma garbhawati chhu, dherai ragat aairaheko chha, bachha chaleko chhaina",
    ),
    ("ne", "danger_other", "म गर्भवती छु, धेरै रगत आइरहेको छ, बच्चा चलेको छैन"),
    (
        "en",
        "danger_other",
        "35 weeks pregnant, bleeding more and more, baby hasnt been moving for hours",
    ),
    (
        "en",
        "danger_other",
        "my 10 month old has a temp of 40 and purple dots on his legs that dont go away when i "
        "press",
    ),
    ("zh-hans", "danger_other", "孕36周，肚子硬得像木板，宝宝一直不动"),
    ("ko", "danger_other", "임신 35주예요. 피가 많이 나고 아기가 안 움직여요"),
    ("id", "danger_other", "hamil 8 bulan 34 minggu, darah terus keluar, perut keras kayak papan"),
    (
        "ja",
        "danger_other",
        "にんしん 30しゅうめ。あかちゃん の うごき を かんじない。おなか が いたみたいに かたい",
    ),
]

HARMLESS = [
    ("en", "im 20 weeks pregnant, when will i feel the baby move"),
    ("en", "in my last pregnancy i had heavy bleeding but this time all is fine"),
    ("en", "stiff neck from sleeping wrong, no fever"),
    ("en", "what are the signs of meningitis, fever and stiff neck?"),
    ("en", "my car door wont open, the lock is broken, is there a flood of repair costs lol"),
    ("ja", "妊娠20週です。赤ちゃんが動くのはいつごろ感じますか"),
    ("ja", "妊娠中で友だちがたくさんお祝いに来てくれた"),
    ("ja", "車のドアが開かない。鍵の故障かな"),
    ("ja", "「ころすぞ」って言葉、漫画でよく見るけど日本人は本当に使う？"),
    ("zh-hans", "怀孕20周，什么时候能感觉到胎动？"),
    ("zh-hans", "孩子发烧了，什么症状是脑膜炎？"),
    ("zh-hans", "车门打不开了，好像锁坏了"),
    ("ko", "임신 20주인데 태동은 언제쯤 느껴지나요"),
    ("ko", "목이 뻣뻣해요. 열은 없어요"),
    ("pt", "gravida de 20 semanas, quando vou sentir o bebe mexer?"),
    ("es", "embarazada de 18 semanas, cuando empieza a moverse el bebe?"),
    ("tl", "buntis ako, kailan ko mararamdaman ang galaw ng baby?"),
    ("th", "ตั้งครรภ์ 20 สัปดาห์ ลูกดิ้นแรงมาก น่ารัก"),
    ("vi", "mang thai 18 tuần thì khi nào thấy em bé đạp?"),
    ("vi", "hôm nay ăn lẩu cay muốn chết luôn, ngon quá"),
    ("vi", "ăn ớt cay muốn chết mà vẫn ghiền"),
    ("id", "hamil 20 minggu, kapan mulai kerasa gerakan bayi?"),
    ("id", "anak demam tapi sudah turun, ceria lagi"),
    ("ne", "ma garbhawati chhu, bachha dherai chalchha"),
    ("en", "my car got flooded last year in the typhoon, insurance question"),
    ("ja", "去年、車が冠水して廃車になった。保険の相談をしたい"),
    ("vi", "lẩu thái cay muốn chết luôn nhưng ngon"),
    ("ja", "「しね」という言葉の意味を教えてください"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
