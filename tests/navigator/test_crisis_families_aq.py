"""Crisis family AQ (session 18, from look-alikes the session's helpers reported, in our own
words), read by the rules alone (``learned=False``). Every language file is applied to every
message.

1. Tired of living IN a place or WITH someone (a city, a share house, one's parents or
   in-laws) is about moving out, not a wish to die: silent in en, es, pt and id. The same
   words with death, being gone, no way on or a pain instead of a place still fire.
2. Japanese: how not to get tired in daily life (生きるのに疲れない方法) is a question about
   living well; not wanting to live to 100 (長生きしたくない) while planning for old age is
   no death wish. A young age (20歳まで), or a death wish beside it, still fires.
   A young age in kanji numerals (二十歳まで生きるつもりはない) now fires like 20歳まで.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. the same words with a wish to die, being gone or a pain
    ("en", "suicide", "i'm tired of living. in this town nobody would even notice if i was gone"),
    ("en", "suicide", "sick of living in this house, i just want to end it all"),
    ("en", "suicide", "tired of living with this pain every day, i want to die"),
    ("es", "suicide", "no quiero seguir viviendo con mis padres, prefiero morirme"),
    ("es", "suicide", "estoy cansada de vivir con este dolor, ya no puedo más"),
    ("pt", "suicide", "cansado de viver com essa dor, não aguento mais"),
    ("pt", "suicide", "não quero mais viver, nem aqui nem em lugar nenhum"),
    ("id", "suicide", "capek hidup, gak mau tinggal lagi di rumah ini, mau mati aja"),
    # 2. a young age, or a wish to die beside the long life one does not want
    ("ja", "suicide", "二十歳まで生きるつもりはない。もう決めてる"),
    ("ja", "suicide", "100歳まで生きるつもりはない。というか、もう今すぐ死にたい"),
    ("ja", "suicide", "生きるのに疲れた。もう消えたい"),
]

HARMLESS = [
    # 1. a place or people to move away from
    ("en", "tired of living in the city, we're thinking of moving to the countryside"),
    ("en", "i'm sick of living with my parents, how do i rent my own flat as a student"),
    ("en", "fed up with living in this tiny apartment, any cheap places near the station?"),
    ("es", "cansado de vivir en la ciudad, queremos mudarnos al campo"),
    ("es", "no quiero seguir viviendo con mis suegros, ¿cómo busco un piso barato?"),
    ("pt", "cansada de morar na cidade grande, quero mudar pro interior"),
    ("pt", "não quero mais morar com meus pais, como alugo um quarto"),
    ("id", "gak mau tinggal lagi di kosan ini, berisik banget, mau pindah"),
    ("id", "nggak mau hidup lagi di kota ini, macet terus, pengen pindah ke desa"),
    # 2. living well, and old age planned for
    ("ja", "生きるのに疲れない方法ってありますか。毎日仕事と家事で忙しくて"),
    ("ja", "100歳まで生きるつもりはないけど、老後のお金はやっぱり心配"),
    ("ja", "90さいまで いきる つもりは ないけど、ねんきん いくら もらえますか"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
