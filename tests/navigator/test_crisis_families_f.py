"""Crisis families from a blind scenario batch (crisF): probes written by us, not copied.

Read by the rules alone (``learned=False``): the lexicons must carry each family.

1. Wishing oneself gone (自分なんか消えたほうがいい, いなくなればいい), said as a lasting
   thought (harmless: a stain, an old file or a rule that had better disappear).
2. Thinking about the world after one is gone, beside things put in order or thanks
   sent (harmless: a handover before leave, end-of-life paperwork, a thank-you after a party).
3. Violence by a partner stays dv when he has dementia or is old or ill (harmless: a
   husband with dementia who gets confused, or who hits the table).
4. A carer afraid they will harm a baby or a small child now: child abuse and danger to
   others, so that 189 is shown (harmless: afraid to pass on a cold, to wake the baby).
5. A partner grabbing or squeezing one's neck, in learner's kana with the particles left
   out, and in every language (harmless: his own stiff neck, a cat's scruff).
6. Someone else's suicide in the past told as grief is no crisis of the writer (a son,
   a husband, a friend); the writer's own wish to die beside it still is.
7. Violence by a partner told as over, the shelter left and life rebuilt (work, a nursery,
   the address kept from the ex), is no crisis; an ex who still hunts for her still is.
"""

from __future__ import annotations

import pytest

from tests.navigator.crisis_family import family_tests
from tsunagari.navigator.engine.crisis import detect_crisis

CRISIS = [
    # 1. Wishing oneself gone.
    ("ja", "suicide", "最近ずっと、私なんか消えた方がいいんじゃないかって思ってしまう"),
    ("ja", "suicide", "自分なんていなくなればいいのにって毎晩考える"),
    ("ja", "suicide", "僕は消えたほうがみんなのためだと思う日が続いてる"),
    ("ja", "suicide", "じぶん なんか きえた ほう が いい"),
    ("ja", "suicide", "わたし は いない ほう が いい と おもう"),
    ("ja", "suicide", "俺なんかいなくなった方がましだって、ここ何週間も頭から離れない"),
    ("ja", "suicide", "jibun nanka kieta hou ga ii tte zutto omotteru"),
    ("ja", "suicide", "watashi nante inaku nareba ii noni"),
    ("en", "suicide", "I keep thinking everyone would be better off if I just disappeared"),
    ("en", "suicide", "for weeks now I've felt it would be better if I wasn't here"),
    ("zh-hans", "suicide", "我一直觉得我消失了会更好"),
    ("ko", "suicide", "내가 사라지는 게 나을 것 같다는 생각이 계속 들어"),
    ("vi", "suicide", "dạo này tôi cứ nghĩ mình biến mất thì tốt hơn"),
    ("th", "suicide", "ช่วงนี้คิดตลอดว่าถ้าฉันหายไปคงจะดีกว่า"),
    ("ne", "suicide", "म हराएँ भने नै राम्रो होला भन्ने लागिरहन्छ"),
    ("pt", "suicide", "fico pensando que seria melhor se eu sumisse"),
    ("es", "suicide", "no dejo de pensar que sería mejor si yo desapareciera"),
    ("id", "suicide", "aku terus berpikir lebih baik aku menghilang saja"),
    ("tl", "suicide", "lagi kong iniisip na mas mabuti kung mawala na lang ako"),
    # 2. After one is gone, with things put in order or thanks sent.
    ("ja", "suicide", "最近、私がいなくなった後のことを考えてばかり。持ち物も少しずつ処分してる"),
    ("ja", "suicide", "自分がいなくなったあとの家族のことばかり想像してる。写真も全部消した"),
    ("ja", "suicide", "僕が死んだ後の世界を考えてしまう。お世話になった人にありがとうって送った"),
    (
        "ja",
        "suicide",
        "わたし が いなくなった あと の こと ばかり。ともだち に ありがとう って おくった",
    ),
    ("ja", "suicide", "jibun ga inaku natta ato no koto bakari kangaeteru. heya mo katazuketeru"),
    ("en", "suicide", "I keep thinking about what happens after I'm gone. I deleted all my photos"),
    ("zh-hans", "suicide", "这几天一直在想我不在以后的事，照片也都删了"),
    ("ko", "suicide", "요즘 내가 없어진 뒤의 일만 생각해. 사진도 다 지웠어"),
    ("vi", "suicide", "tôi chỉ nghĩ về chuyện sau khi mình không còn nữa, ảnh cũng xóa hết rồi"),
    ("pt", "suicide", "só penso em depois que eu não estiver mais aqui. apaguei todas as fotos"),
    ("es", "suicide", "solo pienso en cómo será todo cuando yo ya no esté. borré todas mis fotos"),
    (
        "id",
        "suicide",
        "aku mikirin gimana nanti setelah aku tidak ada. foto-foto sudah kuhapus semua",
    ),
    (
        "tl",
        "suicide",
        "iniisip ko kung ano mangyayari pag wala na ako. binura ko na lahat ng litrato ko",
    ),
    ("th", "suicide", "ช่วงนี้คิดแต่เรื่องหลังจากที่ฉันไม่อยู่แล้ว ลบรูปทิ้งหมดแล้ว"),
    ("ne", "suicide", "म नभएपछि के हुन्छ भनेर मात्र सोचिरहेको छु। फोटो सबै मेटाइसकेँ"),
    # 3. A partner with dementia, old or ill, who hits.
    ("ja", "dv", "夫が認知症になってから手が出るようになった。さっきも顔をぶたれた"),
    ("ja", "dv", "八十の主人がぼけてきて、私を叩くんです。今日も腕にあざができた"),
    ("ja", "dv", "おっと が にんちしょう で、きょう わたし を たたいた"),
    ("ja", "dv", "病気のせいだとわかってるけど、夫に毎日殴られてつらい"),
    ("ja", "dv", "otto ga ninchishou de kyou mo tatakareta"),
    ("ja", "dv", "八十歳の夫が認知症になってから手が出る。さっき頬をたたかれた"),
    ("ja", "danger_other", "八十歳の夫が認知症になってから手が出る。さっき頬をたたかれた"),
    ("en", "dv", "my husband has dementia and he hit me again today"),
    ("zh-hans", "dv", "老伴得了老年痴呆以后经常打我，今天又打了我的脸"),
    ("ko", "dv", "남편이 치매에 걸린 뒤로 저를 때려요. 오늘도 맞았어요"),
    ("vi", "dv", "chồng tôi bị lẫn, hôm nay lại đánh tôi"),
    ("pt", "dv", "meu marido tem demência e hoje me bateu de novo"),
    ("es", "dv", "mi esposo tiene demencia y hoy me volvió a pegar"),
    ("id", "dv", "suami saya pikun dan hari ini memukul saya lagi"),
    ("tl", "dv", "may dementia ang asawa ko at sinampal niya ako kanina"),
    ("th", "dv", "สามีเป็นสมองเสื่อม วันนี้ตบหน้าฉันอีกแล้ว"),
    ("ne", "dv", "मेरो श्रीमानलाई डिमेन्सिया छ, आज फेरि मलाई कुट्नुभयो"),
    # 4. A carer afraid of harming a baby or a small child now.
    ("ja", "child_abuse", "夜中ずっと泣かれて、このままだと赤ちゃんに何かしてしまいそうで怖い"),
    ("ja", "danger_other", "夜中ずっと泣かれて、このままだと赤ちゃんに何かしてしまいそうで怖い"),
    ("ja", "child_abuse", "生後2か月の息子を揺さぶってしまいそうになる。自分が怖い"),
    ("ja", "child_abuse", "娘にひどいことをしてしまいそう。もう限界"),
    ("ja", "child_abuse", "あかちゃん に なにか して しまいそう。たすけて"),
    ("ja", "child_abuse", "子どもに何をしてしまうかわからない。泣き声で頭がおかしくなりそう"),
    ("ja", "child_abuse", "akachan ni nanika shite shimaisou de kowai"),
    ("ja", "child_abuse", "赤ちゃんが泣き止まなくて、手を上げてしまいそうで怖い"),
    ("en", "child_abuse", "the baby won't stop crying and I'm scared I'll do something to him"),
    ("en", "child_abuse", "I'm afraid I might hurt my baby"),
    ("zh-hans", "child_abuse", "宝宝一直哭，我怕我会对孩子做出什么事"),
    ("ko", "child_abuse", "아기가 계속 울어서 아기한테 무슨 짓을 할 것 같아 무서워요"),
    ("vi", "child_abuse", "con khóc suốt, tôi sợ mình sẽ làm hại con"),
    ("pt", "child_abuse", "o bebê não para de chorar e tenho medo de machucar ele"),
    ("es", "child_abuse", "el bebé no deja de llorar y tengo miedo de hacerle daño"),
    ("id", "child_abuse", "bayiku nangis terus, aku takut aku akan menyakiti bayiku"),
    ("tl", "child_abuse", "iyak nang iyak ang baby, natatakot akong masaktan ko siya"),
    ("th", "child_abuse", "ลูกร้องไม่หยุด กลัวว่าตัวเองจะทำร้ายลูก"),
    ("ne", "child_abuse", "बच्चा रोइरहन्छ, म बच्चालाई हानि गर्छु कि भनेर डर लाग्छ"),
    # 5. A partner grabbing or squeezing the neck (learner's kana, no particles).
    ("ja", "dv", "かれ わたし の くび しめた。いま いえ に いる。こわい"),
    ("ja", "dv", "かれし くび つかんだ。こわい"),
    ("ja", "dv", "おっと わたし くび つかんだ。いま ねてる"),
    ("ja", "dv", "彼氏に首をつかまれた。今もリビングにいる"),
    ("ja", "dv", "かれ に くび しめられた。こわい"),
    ("ja", "dv", "きのう かれ わたし の くび ぎゅっと した。いき できなかった"),
    ("ja", "dv", "わかれ たい けど かれ が くび を しめる"),
    ("ja", "dv", "夫が私の喉をぎゅっとつかんできた"),
    ("ja", "dv", "kare ga watashi no kubi wo tsukanda. kowai"),
    ("en", "dv", "my boyfriend grabbed me by the neck last night, he's asleep next door"),
    ("en", "dv", "my bf grab my neck. i am scared"),
    ("en", "danger_other", "he grab my neck. i am scared"),
    ("zh-hans", "dv", "男朋友掐我的脖子，现在在隔壁睡觉，我好怕"),
    ("ko", "dv", "남친이 내 목을 졸랐어요. 지금 옆방에 있어요"),
    ("vi", "dv", "bạn trai bóp cổ tôi, giờ anh ấy đang ngủ ở phòng bên"),
    ("pt", "dv", "meu namorado apertou meu pescoço, estou com medo"),
    ("es", "dv", "mi novio me agarró del cuello, tengo miedo"),
    ("id", "dv", "pacarku mencekik leherku, sekarang dia tidur di kamar sebelah"),
    ("tl", "dv", "sinakal ako ng boyfriend ko, natatakot ako"),
    ("th", "dv", "แฟนบีบคอฉัน ตอนนี้เขานอนอยู่ห้องข้างๆ กลัวมาก"),
    ("ne", "dv", "मेरो लोग्नेले मेरो घाँटी थिच्यो, डर लाग्छ"),
    # 6. Grief beside one's own wish to die: still a crisis.
    ("ja", "suicide", "息子が自ら命を絶って三か月。私も早く死にたい"),
    ("ja", "suicide", "夫が自死してから半年、もう私も消えてしまいたい"),
    ("en", "suicide", "my son took his own life in spring and I want to die too"),
    ("ko", "suicide", "아들이 스스로 목숨을 끊은 지 두 달, 나도 죽고 싶다"),
    # 7. An ex still hunting for her after the shelter: still a crisis.
    ("ja", "dv", "シェルターを出たけど、元夫が今も家の前で待ってる"),
    ("en", "dv", "I left the shelter but my ex keeps showing up outside my flat"),
]

# Kinds a message must not be read as.
NOT_KIND = [
    # An older wife hit by her husband: dv (and danger to an older person), no child abuse.
    ("ja", "child_abuse", "夫が認知症になってから手が出るようになった。さっきも顔をぶたれた"),
    ("ja", "child_abuse", "八十の主人がぼけてきて、私を叩くんです。今日も腕にあざができた"),
    ("en", "child_abuse", "my husband has dementia and he hit me again today"),
    # A neck grabbed by a partner is violence, not a wish to die.
    ("ja", "suicide", "かれ わたし の くび しめた。いま いえ に いる。こわい"),
    ("en", "suicide", "my bf grab my neck. i am scared"),
]

HARMLESS = [
    # 1. Something else that had better disappear.
    ("ja", "このシミは消えたほうがいいよね"),
    ("ja", "古いファイルなんて消えたほうがすっきりする"),
    ("ja", "あんな校則はなくなればいいのに"),
    ("ja", "自分の悪い癖なんか消えればいいのに"),
    ("en", "that ugly sign would be better off gone"),
    ("zh-hans", "要是这个错误消失了会更好"),
    ("th", "ถ้าฝนหายไปคงจะดีกว่า"),
    ("es", "sería mejor si la lluvia desapareciera"),
    ("ne", "मेरो फोन हरायो, नयाँ किन्नुपर्छ"),
    # 2. After one is gone from work, or end-of-life paperwork.
    ("ja", "産休で私がいなくなった後の引き継ぎ資料を作った。チームにありがとうって送った"),
    ("ja", "終活として、自分が死んだ後のことを考えてエンディングノートを書いた。写真も整理した"),
    ("ja", "送別会のあと、みんなにありがとうって送った"),
    ("en", "I wrote a handover note for after I'm gone on parental leave and deleted old photos"),
    ("zh-hans", "我不在以后的工作交接都安排好了，照片也都删了"),
    ("pt", "apaguei todas as fotos porque o celular estava cheio"),
    ("vi", "tôi xóa hết ảnh vì điện thoại đầy bộ nhớ"),
    ("id", "foto-foto sudah kuhapus karena memori penuh"),
    ("tl", "binura ko na lahat ng litrato ko kasi puno na ang phone"),
    ("th", "ลบรูปทิ้งหมดแล้วเพราะเมมเต็ม"),
    # 3. Dementia without violence.
    ("ja", "夫が認知症になってから同じことを何度も聞く。介護に疲れた"),
    ("ja", "認知症の父が怒ってテーブルを叩いた。どう接したらいいか"),
    ("en", "my husband has dementia and he keeps forgetting my name"),
    ("ja", "夫はお菓子についつい手が出るタイプ"),
    ("ja", "夫が新しい趣味に手を出した"),
    ("zh-hans", "老伴今天给我做了饭"),
    ("pt", "meu marido tem demência e esquece meu nome"),
    ("es", "mi esposo tiene demencia y me volvió a preguntar lo mismo"),
    ("ne", "श्रीमानलाई डिमेन्सिया छ, सधैं बिर्सनुहुन्छ"),
    # 4. A carer's ordinary worries.
    ("ja", "赤ちゃんに風邪をうつしてしまいそうで心配"),
    ("ja", "抱っこしたら赤ちゃんを起こしてしまいそう"),
    ("ja", "子どもを甘やかしてしまいそう"),
    ("ja", "赤ちゃんに何かあったらどうしようと不安"),
    ("ja", "2歳の息子は何をするかわからないので目が離せない"),
    ("ja", "子どもが泣き止まなくて、私まで泣いてしまいそう"),
    ("en", "I'm scared I'll give the baby my cold"),
    ("zh-hans", "我怕宝宝着凉"),
    ("ko", "아기한테 감기 옮길까 봐 걱정돼요"),
    ("vi", "tôi sợ con bị cảm"),
    ("th", "กลัวลูกจะเป็นหวัด"),
    ("pt", "tenho medo de o bebê pegar gripe"),
    ("es", "tengo miedo de que el bebé se enferme"),
    ("id", "aku takut bayiku masuk angin"),
    ("tl", "natatakot akong magkasakit ang baby ko"),
    # 5. Necks that are no violence.
    ("ja", "かれ くび いたい って"),
    ("ja", "彼氏が首を寝違えたらしい"),
    ("ja", "かれ ねこ の くび つかんで もちあげた"),
    ("ja", "かれこれ くび が いたい"),
    ("ja", "かれ は くび を かしげた"),
    ("en", "my boyfriend hurt his neck at the gym"),
    ("en", "my baby grabs my neck when I carry him, so cute"),
    # 6. Someone else's suicide told as grief.
    ("ja", "息子が自分で命を絶って二か月になる。毎日あの子のことを考えて眠れない"),
    ("ja", "夫が自死して半年。仏壇の前でずっと話しかけている"),
    ("ja", "親友が自ら死を選んでから一年。まだ信じられない"),
    ("ja", "むすこ が じさつ して 3かげつ。さみしい"),
    ("en", "my son took his own life two months ago and I can't stop thinking about him"),
    ("zh-hans", "我儿子两个月前自杀了，我每天都在想他"),
    ("ko", "아들이 두 달 전에 스스로 목숨을 끊었어요. 매일 생각나요"),
    ("pt", "meu filho se suicidou há dois meses, penso nele todos os dias"),
    ("es", "mi hijo se quitó la vida hace dos meses y pienso en él cada día"),
    # 7. Past violence, the shelter left, life rebuilt.
    (
        "ja",
        "DVで避難していたシェルターを出て、今は子と二人暮らし。仕事と保育園を探してる。元夫に住所は知られたくない",
    ),
    ("ja", "しぇるたー を でて、いま は あんぜん です。しごと を さがして います"),
    ("ja", "シェルターを退所してアパートに移りました。住民票の閲覧制限をかけたい"),
    (
        "en",
        "I left the DV shelter, now looking for work and a nursery. my ex must not find my address",
    ),
]


test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)


@pytest.mark.parametrize(("lang", "kind", "text"), NOT_KIND)
def test_message_is_not_of_that_kind(lang: str, kind: str, text: str) -> None:
    assert kind not in detect_crisis(text, lang, learned=False).kinds, text
