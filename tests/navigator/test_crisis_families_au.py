"""Crisis family from the lead's own probes in session 19, read by the rules alone
(``learned=False``). Every language file is applied to every message.

1. Someone hitting a child again and again, told in the plain present (娘を毎日叩きます, spaced
   kana as learners and children write it, a grandparent or an in-law doing it): child_abuse.
   The other languages already read it. Silent: drums and taiko played every day, a shoulder
   patted, a child woken every morning (叩き起こす), a son who punches a wall.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    ("ja", "child_abuse", "義理の母が、うちの息子の頭を毎日たたきます。やめてと言っても聞きません"),
    ("ja", "child_abuse", "わたし の むすこ（4さい）を おっと の おとうさん が いつも たたきます"),
    ("ja", "child_abuse", "彼氏が私の娘を何度も叩く。娘はもう彼の顔を見ると泣く"),
    ("ja", "child_abuse", "こどもを まいばん なぐります。わたし も こわくて とめられません"),
    ("ja", "child_abuse", "うちの子のおしりを毎日蹴る人がいる。保育園の送り迎えの人です"),
]

HARMLESS = [
    ("ja", "孫が毎日太鼓をたたきます。お祭りが楽しみです"),
    ("ja", "娘の肩を毎日たたいてあげるのが日課です"),
    ("ja", "息子を毎朝たたき起こすのが大変"),
    ("ja", "息子がいつも部屋の壁を殴るので穴があいた"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
