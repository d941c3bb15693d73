"""Crisis families from crisisAZ: wording the rules missed (``learned=False``) in a released
crisis batch and its scenarios, and harmless talk they raised, each as a family with our own
probes and look-alikes. Every language file is applied to every message.

1. Suicide: affairs put in order beside a goodbye or a season one will not see: the bankbook
   and seal put where a child will find them, a pet entrusted (頼んである), next year's snow
   not to be seen, not meaning to be here by spring, a late wife calling; things handed to a
   sister and this winter not spent with the family (zh, 你们别怪我); an apology to one's
   mother and nobody needing to worry from tomorrow (pt); debts paid and "from tomorrow don't
   wait for me" (vi); sorry to one's mother and one's clothes and money sent home (ne, where
   "he wrote" is no longer read as an article); "it would be all right to be gone now" (ja).
2. Violence at home: the phone spelled ケータイ taken, going out forbidden by a partner (not
   for a typhoon); finger marks or bruises beside a partner, an injury to be explained as a
   fall or worse if he finds out (ja, en, pt); the throat pressed, told in romaji a sentence
   after the partner.
3. Look-alikes: someone "wanting to die" over a match lost or a dish, told with a laugh (ko,
   zh, pt), food good "to death" (id), a pet one is "going to murder" (en), shut in by a
   frozen door and let out (ja), papers swept away by a past tsunami (ja), the electricity
   cut for an unpaid bill (ja; a child without food or a parent stays child abuse).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    ("ja", "suicide", "通帳と印鑑は仏壇の引き出しに入れておいた。来年の桜はもう見られんと思う"),
    (
        "ja",
        "suicide",
        "通帳とハンコは押し入れにしまっといたで、娘に電話してくれ。わしはもう来年の雪は見んよ",
    ),
    (
        "ja",
        "suicide",
        "母から『今までありがとう、犬はお隣さんに頼んである』とだけ来て、電話がつながらない",
    ),
    (
        "ja",
        "suicide",
        "保険証券と書類は娘がわかるようにまとめて置いた。夏までここにいるつもりはない",
    ),
    ("ja", "suicide", "夜になると、もういなくなってもいいかなって思う"),
    ("ja", "suicide", "父が死んでから、自分ももう消えてもいいかなって毎晩考えてしまう"),
    ("zh-hans", "suicide", "我的东西都收拾好交给我姐了，今年冬天就不陪你们过了"),
    ("zh-hans", "suicide", "存折和钥匙都交给我妹了，你们别怪我"),
    (
        "pt",
        "suicide",
        "ele mandou mensagem pedindo desculpa pra mãe e disse que amanhã ninguém precisa mais "
        "se preocupar com ele",
    ),
    (
        "pt",
        "suicide",
        "minha irmã pediu desculpa pra mãe por tudo e disse que amanhã ninguém precisa mais "
        "se preocupar com ela",
    ),
    ("vi", "suicide", "cảm ơn anh em, nợ em trả hết rồi, từ mai đừng đợi em nữa"),
    ("vi", "suicide", "nó nhắn: nợ trả hết rồi, từ mai đừng chờ em đi làm"),
    ("ne", "suicide", "साथीले आमालाई माफ गर भनेर लेख्यो, अनि उसको लुगा र पैसा गाउँ पठाइदिन भन्यो"),
    ("ja", "dv", "夫にケータイを取り上げられて、外に出るなって言われる。昨日は壁に押し付けられた"),
    ("ja", "dv", "ｶﾚｼﾆ ｹｰﾀｲ ﾄﾗﾚﾃ ｿﾄﾆ ﾃﾞﾙﾅｯﾃ｡ｷｮｳﾓ ｶｴﾙﾉｶﾞ ｺﾜｲ"),
    ("ja", "dv", "旦那が外に出るなって怒鳴って、逆らうと叩かれる"),
    (
        "ja",
        "dv",
        "隣の奥さんの腕にあざがあって、『主人に知られたらもっとひどくなる、転んだことにして』と言われた",
    ),
    (
        "ja",
        "dv",
        "首に指の跡があった。夫に知られたら困るから、階段で転んだことにしといてって頼まれた",
    ),
    (
        "en",
        "dv",
        "she had marks on her neck and begged me to say she fell, her husband would get worse "
        "if he found out",
    ),
    (
        "pt",
        "dv",
        "ela tinha marcas no pescoço e pediu pra eu dizer que ela caiu, se o marido souber "
        "fica pior",
    ),
    ("ja", "dv", "kare ni kyuuryou zenbu torarete. kinou wa kubi wo osaerarete iki ga dekinakatta"),
    ("ja", "dv", "otto ga mata okotte, yuube wa kubi wo osaerareta"),
    ("ko", "suicide", "남편이 요즘 매일 죽고 싶다고 해요. 너무 걱정돼요"),
    ("zh-hans", "suicide", "老公最近总说想死，我很担心他"),
    ("pt", "suicide", "meu marido perdeu o emprego e diz que quer morrer, estou com medo"),
    ("id", "suicide", "aku mau mati aja, capek banget sama hidup"),
    ("en", "danger_other", "my neighbour said he's going to murder my husband tonight"),
    ("ja", "danger_other", "トイレのドアが壊れて閉じ込められた、出られない、助けて"),
    (
        "ja",
        "child_abuse",
        "きのうから ごはん たべてない。でんきも つかない。おかあさん かえってこない",
    ),
    ("ja", "child_abuse", "でんきが とまって まっくら。ママ かえってこない。おなか すいた"),
]

HARMLESS = [
    ("ja", "旅行に行くので、犬はお隣さんに頼んであるから大丈夫"),
    ("ja", "通帳と印鑑は引き出しに入れておいたよ、銀行に行くとき使って"),
    ("ja", "来年の桜も一緒に見られるといいね"),
    ("ja", "夏までここにいるつもりはない、秋には東京に引っ越す予定"),
    ("ja", "もう帰ってもいいかなって思う、仕事終わったし"),
    ("ja", "雪かきは来年はもうやらんよ、業者に頼んだ"),
    ("zh-hans", "行李都收拾好交给酒店了，这个冬天去海南过"),
    ("zh-hans", "今年冬天不陪你们过了，公司派我去出差"),
    ("pt", "pedi desculpa pra mãe por esquecer o aniversário dela"),
    ("pt", "amanhã ninguém precisa se preocupar com o almoço, eu levo"),
    ("vi", "nợ thẻ tín dụng trả hết rồi, vui quá"),
    ("vi", "từ mai đừng đợi em ăn cơm nhé, em làm ca đêm"),
    ("ne", "आमालाई पैसा गाउँ पठाइदिएँ, दसैंको लागि"),
    ("ja", "スキーで転んだことにしといて、本当は飲みすぎただけ笑"),
    ("ja", "恥ずかしいから、遅刻は電車が遅れたことにしといて"),
    ("ja", "ケータイを家に忘れて、外に出るのが不安だった"),
    ("ja", "雨だから今日は外に出るなって母に言われた"),
    ("ja", "夫に知られたら怒られるから、このケーキのことは内緒ね"),
    ("en", "tell everyone I fell off my bike lol, not that I tripped over the cat"),
    ("pt", "diz que eu caí da bicicleta, não que tropecei no gato kkk"),
    ("ja", "kubi ga itakute, kinou wa makura wo kaeta"),
    ("ja", "kare to kenka shita kedo, kubi no massaji shite moratta"),
    ("ja", "夫が台風だから外に出るなって心配してる"),
    ("en", "my husband says it'll get worse if he finds out the car is scratched lol"),
    ("ko", "야구 또 졌어요. 아빠가 죽고 싶다고 소리 질렀어요 ㅋㅋ"),
    ("zh-hans", "老公吃了一口火锅，辣得说想死，哈哈"),
    ("zh-hans", "球赛又输了，我爸说想死，哈哈哈"),
    ("pt", "o Flamengo perdeu e meu pai disse que quer morrer, exagerado"),
    ("pt", "a feijoada tava tão boa que meu tio disse que quer morrer aqui kkkk"),
    ("id", "sate nya enak banget sampe mau mati wkwk"),
    ("en", "my dog chewed my new shoes, I'm going to murder him lol"),
    ("en", "the kitten knocked my coffee over again, I swear I'll kill her"),
    ("ja", "玄関のドアが凍って開かなくて家に閉じ込められた笑 ドライヤーで溶かした"),
    ("ja", "ドアの鍵が凍りついて閉じ込められたけど、お湯で溶かして出られた"),
    ("ja", "年金手帳も津波で流されてしまって、何年払ったかわからない"),
    ("ja", "写真もみんな洪水で流されて、家族の顔が残ってない"),
    ("ja", "電気が止まるって通知が来た、一人暮らしでどうしたらいい"),
    ("ja", "払えなくて電気が止まった。生活保護って受けられますか"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
