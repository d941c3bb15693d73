"""Crisis families from crisisAG: our own probes, not the batches' texts, read by the rules
alone (``learned=False``). Every language file is applied to every message.

1. After a suicide attempt (未遂, "my attempt"), the same intent still there: next time it
   will not fail, it will work. Silent: a failed driving test, "next time I won't fail".
2. An older person whose pension a grandchild or grown-up child takes, hit when they will not
   hand it over, in Kyushu speech too (渡さんと叩かるっ): danger_other (elder abuse at home;
   `victim_elder` keeps it from child abuse). Silent: a grandson who helps with the forms.
3. A child made to work by a parent (手伝わされ) and hit for being slow, told over a few
   sentences (今日も顔やられた): child abuse. Silent: a child who helps at the shop gladly.
4. A mother who finds her partner, live-in boyfriend or the child's stepfather touching her
   daughter or son (hinahawakan ng kinakasama ko ang anak ko): child abuse. Silent: a hand
   held crossing the road, a head stroked.
5. "Someone like me had better be gone", after harming family, in Tohoku speech too
   (おらなんか居ねぐなったほうがいい): suicide. Silent: pests better gone.
6. After a death, wishing to go where the dead one is without "me too" (母さんのとこに行きたい,
   かあちゃんのとこさ行きてえ): suicide. Silent: a mother alive in care, a grave to visit.
Look-alikes that must stay harmless: a relative in intensive care, unconscious, life support to
decide (no call to make); compulsive hand-washing (no self-harm, the model silenced too); a
child's burn already being treated (skin graft, costs) and a parent's guilt; a wife who says
her husband does not hit her (他没有打我).

Taught in ja, en, zh-hans and tl (family 4); the other languages' probes below were already
read by their files. Not yet read (left for a later pass): family 1 in pt, es, tl; family 2
in ne, id (the model alone in ko, pt, es, tl, th, vi); family 3 in pt, tl, th, vi, ne (the
model alone in en); family 4 in pt, es, ne, id (ko, th, vi give dv or sexual violence only);
family 5 in pt, es, th, ne, id; family 6 in ne, and in ko when the death is its own
sentence (엄마가 돌아가셨어요. ... 엄마한테 가고 싶어요).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests
from tsunagari.navigator.engine.crisis import detect_crisis

CRISIS = [
    # 1. after an attempt, the same intent
    ("ja", "suicide", "自殺未遂で入院して、退院した。でも次はきっと失敗しない"),
    ("ja", "suicide", "みすいで にゅういん してた。つぎは しっぱい しない"),
    ("ja", "suicide", "死ねなかった。次こそはうまくいくと思う"),
    ("en", "suicide", "they discharged me after my attempt. next time i won't fail"),
    ("en", "suicide", "i got out of hospital after i tried. next time it will work"),
    ("zh-hans", "suicide", "上周自杀未遂住院，出院了，可我觉得下次不会再失败了"),
    ("ko", "suicide", "자살 시도로 입원했다가 퇴원했어요. 다음엔 실패하지 않을 거예요"),
    ("vi", "suicide", "tôi vừa xuất viện sau lần tự tử hụt. lần sau tôi sẽ không thất bại nữa"),
    (
        "id",
        "suicide",
        "aku baru keluar rumah sakit setelah percobaan bunuh diri. lain kali tidak akan gagal",
    ),
    # 2. an older person's pension taken, hit
    ("ja", "danger_other", "孫が年金を全部もっていく。渡さないと殴られる。昨日も殴られた"),
    ("ja", "danger_other", "息子が年金ば取っていくと。渡さんと叩かるっと。八十二です"),
    ("ja", "danger_other", "同居の孫に年金とられて、渡さんかったらやられる。昨日もやられた"),
    (
        "en",
        "danger_other",
        "my grandson takes my whole pension and if i don't give it to him he hits me. i'm 81",
    ),
    ("zh-hans", "danger_other", "孙子把我的养老金全拿走了，不给就打我，昨天又被打了"),
    # 3. a child made to work and hit
    (
        "ja",
        "child_abuse",
        "親父の店を夜中まで手伝わされてる。眠い。遅いと殴られる。今日も顔やられた。中2",
    ),
    ("ja", "child_abuse", "母の内職を毎晩やらされる。もたもたすると叩かれる。小5"),
    ("zh-hans", "child_abuse", "爸爸让我每天晚上帮他干活到半夜，动作慢就打我。初二"),
    ("ko", "child_abuse", "아빠가 밤늦게까지 가게 일을 시키고 느리면 때려요. 중2"),
    (
        "es",
        "child_abuse",
        "mi papá me obliga a trabajar con él hasta la madrugada y si soy lento me pega",
    ),
    ("id", "child_abuse", "ayah menyuruhku kerja sampai tengah malam, kalau lambat aku dipukul"),
    # 4. a partner touching the child
    ("ja", "child_abuse", "同棲中の彼氏が娘の体を触ってるのを見た。娘は前からだって"),
    ("ja", "child_abuse", "再婚した夫が息子の体をさわってるところを見てしまった"),
    ("en", "child_abuse", "i caught my live-in boyfriend touching my 8 year old daughter"),
    ("zh-hans", "child_abuse", "我发现同居男友在摸我女儿"),
    ("tl", "child_abuse", "nakita kong hinihipuan ng kinakasama ko ang anak kong babae"),
    ("tl", "child_abuse", "hinahawakan ng live-in partner ko ang anak ko tuwing gabi, takot ako"),
    # 5. someone like me had better be gone
    ("ja", "suicide", "おらのせいで孫がけがした。おらなんか居ねぐなったほうがいい"),
    ("ja", "suicide", "わしなんかおらんくなったほうがええ"),
    ("en", "suicide", "i hurt my granddaughter. someone like me would be better off gone"),
    ("zh-hans", "suicide", "都是我害女儿受伤，我这种人不在了比较好"),
    ("ko", "suicide", "제가 손자를 다치게 했어요. 나 같은 건 없어지는 게 나아요"),
    ("tl", "suicide", "dahil sa akin nasaktan ang apo ko. mas mabuti pang mawala na lang ako"),
    ("vi", "suicide", "vì tôi mà cháu bị thương. người như tôi biến mất thì tốt hơn"),
    # 6. after a death, wishing to go where the dead one is
    ("ja", "suicide", "お母さんが亡くなって何も食べられない。お母さんのところに行きたい"),
    ("ja", "suicide", "かあちゃん死んでしもうた。かあちゃんのとこさ行きてえ"),
    ("en", "suicide", "since mum died i haven't eaten. i just want to go where she is"),
    ("zh-hans", "suicide", "妈妈走了，我什么都吃不下，我想去妈妈那里"),
    ("ko", "suicide", "엄마가 돌아가신 지 일주일, 아무것도 못 먹어요. 엄마한테 가고 싶어요"),
    ("pt", "suicide", "minha mãe morreu e não consigo comer. quero ir para onde ela está"),
    ("es", "suicide", "mi mamá murió, no como nada. quiero irme con ella"),
    ("th", "suicide", "แม่เสียไปแล้ว ฉันกินอะไรไม่ลง อยากไปอยู่กับแม่"),
    ("id", "suicide", "ibu meninggal minggu lalu. aku ingin menyusul ibu"),
]

HARMLESS = [
    ("ja", "運転免許の試験に落ちた。次は失敗しない"),
    ("ja", "盲腸で入院してたけど退院した。次の試合は失敗しないぞ"),
    ("en", "i failed my driving test. next time i won't fail"),
    ("ja", "孫が年金の手続きを手伝ってくれた"),
    ("en", "my grandson helps me with my pension forms every year"),
    ("zh-hans", "孙子帮我去银行取养老金"),
    ("ja", "父の店を手伝ってる。遅いとよく怒られるけど楽しい"),
    ("en", "i help my dad at his shop after school, he gets grumpy when i'm slow"),
    ("ja", "彼氏が娘の頭をなでてくれた"),
    ("en", "my boyfriend held my daughter's hand crossing the road"),
    ("tl", "hinahawakan ng partner ko ang kamay ng anak ko habang tumatawid"),
    ("ja", "ゴキブリなんかいなくなったほうがいい"),
    ("en", "my mum died last year, i want to visit her grave"),
    ("ja", "母がICUで意識が戻らない。延命するか家族で決めてと言われた。眠れない"),
    ("ja", "父は集中治療室で意識が戻らないまま。人工呼吸器をどうするか兄と意見が合わない"),
    ("en", "my dad is in the icu and hasn't woken up, the doctors asked us about life support"),
    ("ja", "手を洗うのがやめられない。1時間とか洗ってしまう。高2"),
    ("ja", "1歳の娘がアイロンでやけどした。皮膚移植になるかも。私のせいだと自分を責めてしまう"),
    ("ja", "息子が大やけどで入院中。治療費が心配で、目を離した自分を責めてる"),
    ("zh-hans", "我是通过婚介来日本的，每天照顾他卧床的母亲。他没有打我。我想离婚"),
    ("zh-hans", "老公脾气不好，但是没打过我，就是不给我生活费"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)


def test_compulsive_hand_washing_raises_no_alarm_even_with_the_model() -> None:
    text = "手を洗うのがやめられない。1時間とか。汚い気がして止まらない。親に怒られる"
    assert not detect_crisis(text, "ja").is_crisis
