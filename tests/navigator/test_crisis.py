"""Crisis detector: the dev set, our own cases in all 11 languages, and normalisation.

The dev set (shared/eval/dev-crisis.yaml) is read at test time. Our own cases below are
written by us, not copied from dev: a held-out set by other people judges the detector,
so these exist to catch regressions on wording the dev set does not contain (romanized
Japanese and Nepali, full/half width, spaced-out letters, typos, children's wording).
No case contains method details of suicide or self-harm.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from tsunagari.navigator.engine.crisis import (
    KINDS,
    CrisisResult,
    detect_crisis,
    load_lexicon_files,
)
from tsunagari.navigator.engine.normalize import fold_kana, normalize, squash, strip_accents

DEV_SET = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev-crisis.yaml"
# Fresh batches written before tuning (see crisis_fresh/README.md): every item must pass.
FRESH_DIR = Path(__file__).resolve().parent / "crisis_fresh"


def _dev_items() -> list:
    """One param per dev item; a single skipped param when the file is not there."""
    if not DEV_SET.exists():
        reason = f"dev crisis set not found at {DEV_SET} (shared/ is not beside the clone)"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="dev-set-absent")]
    items = yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))
    return [pytest.param(item, id=f"{item['id']}-{item['lang']}") for item in items]


@pytest.mark.parametrize("item", _dev_items())
def test_dev_message_is_judged_as_labelled(item: dict) -> None:
    result = detect_crisis(item["text"], item["lang"])
    assert result.is_crisis is item["crisis"], item["text"]
    if item["crisis"]:
        assert item["kind"] in result.kinds, (item["text"], result.kinds)


def _fresh_items() -> list:
    """One param per item of every fresh batch and of the harmless probe."""
    params = []
    for path in sorted(FRESH_DIR.glob("batch_*.yaml")) + sorted(FRESH_DIR.glob("harmless_*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        for number, item in enumerate(items, 1):
            params.append(pytest.param(item, id=f"{path.stem}-{number:02d}-{item['lang']}"))
    return params


@pytest.mark.parametrize("item", _fresh_items())
def test_fresh_batch_message_is_judged_as_labelled(item: dict) -> None:
    result = detect_crisis(item["text"], item["lang"])
    assert result.is_crisis is item["crisis"], (item["text"], result.kinds)
    if item["crisis"]:
        assert item["kind"] in result.kinds, (item["text"], result.kinds)


def test_fresh_batches_are_there_and_cover_all_eleven_languages() -> None:
    langs = {"ja", "en", "zh-hans", "ko", "pt", "es", "tl", "th", "vi", "ne", "id"}
    items = [p.values[0] for p in _fresh_items()]
    assert {i["lang"] for i in items if i["crisis"]} == langs
    assert {i["lang"] for i in items if not i["crisis"]} == langs


# fmt: off
OWN_CRISIS = [
    ("ja", "suicide", "もう生きてる意味がわからない。いなくなりたい"),
    ("ja", "suicide", "ｼﾆﾀｲ"),
    ("ja", "suicide", "4にたい"),
    ("ja", "suicide", "しにたーい…"),
    ("ja", "suicide", "mou shinitai"),
    ("ja", "suicide", "ikiteru imi ga nai, kietai"),
    ("ja", "suicide", "目が覚めなければいいのにって毎晩思う"),
    ("ja", "suicide", "楽になりたい。もう限界"),
    ("ja", "suicide", "わたしなんか いないほうが いい"),
    ("ja", "suicide", "息子が「生まれてこなければよかった」と言って部屋から出てこない"),
    ("ja", "suicide", "キエタイ"),
    ("ja", "self_harm", "自分を傷つけたくなる衝動が止まらない"),
    ("ja", "self_harm", "むしゃくしゃすると じぶんの からだを たたいちゃう"),
    ("ja", "child_abuse", "おとうさんに たたかれるから いえに かえりたくない"),
    ("ja", "child_abuse", "ママが ごはんを くれない。きのうから なにも たべてない"),
    ("ja", "child_abuse", "継父に体を触られる。母には言えない"),
    ("ja", "child_abuse", "パパがママをなぐるのをみるのがこわい"),
    ("ja", "dv", "彼氏にスマホを毎日チェックされて、友達と会うのも禁止されてる"),
    ("ja", "dv", "旦那が怒ると壁を殴って、私にも物を投げてくる"),
    ("ja", "sexual_violence", "バイト先の店長に無理やりキスされた"),
    ("ja", "sexual_violence", "裸の写真をネットにばらまくって脅されてる"),
    ("ja", "danger_other", "会社にパスポートを取り上げられて、寮から出られない"),
    ("ja", "danger_other", "アパートが火事！煙がすごい"),
    ("ja", "danger_other", "父が倒れて意識がない"),
    ("ja", "danger_other", "このままだと誰かを傷つけてしまいそうで怖い"),
    ("ja", "danger_other", "元彼にずっと後をつけられてる気がする"),
    ("ja", "suicide", "明日になったら全部なくなってればいいのに。自分ごと"),
    ("ja", "suicide", "生きてるのがもうしんどい"),
    ("ja", "suicide", "死んだほうが楽だと思う"),
    ("ja", "suicide", "もう終わりにしたい。疲れた。限界"),
    ("ja", "suicide", "友達から「今までありがとう、さよなら」ってLINEが来た。既読にならない"),
    ("ja", "suicide", "ＳＨＩＮＩＴＡＩ"),
    ("ja", "suicide", "しにたい しにたい しにたい"),
    ("ja", "suicide", "ぼくなんか うまれてこなければ よかった"),
    ("ja", "suicide", "自殺しようか迷ってる"),
    ("ja", "suicide", "この世にいたくない"),
    ("ja", "self_harm", "また腕を傷つけてしまった"),
    ("ja", "self_harm", "自分を傷つけるのがやめられない"),
    ("ja", "child_abuse", "おかあさんに まいにち けられる"),
    ("ja", "child_abuse", "父がお酒を飲むと僕と弟をなぐる"),
    ("ja", "child_abuse", "隣の家の子がいつも夜に外に出されて泣いている"),
    ("ja", "child_abuse", "お兄ちゃんに へんなところを さわられる"),
    ("ja", "dv", "夫から毎日「お前なんか価値がない」と言われ、生活費を渡してもらえない"),
    ("ja", "dv", "元カレが別れるなら死ぬって脅してくる"),
    ("ja", "dv", "妻に包丁を向けられた"),
    ("ja", "sexual_violence", "飲み会で上司にホテルに連れ込まれそうになった"),
    ("ja", "sexual_violence", "電車で毎朝同じ男に体を触られる"),
    ("ja", "danger_other", "知らない人がずっとうちの前にいる。怖い"),
    ("ja", "danger_other", "家が燃えてる"),
    ("ja", "danger_other", "母が急に倒れて呼んでも返事がない"),
    ("ja", "suicide", "介護に疲れ果てました。母と一緒にいなくなれたらと考えてしまう"),
    (
        "ja",
        "suicide",
        "会社をクビになった。家族に合わせる顔がない。もう終わりだ、消えるしかない",
    ),
    ("ja", "suicide", "ねる前に、あしたが こなければいいのにって おもう"),
    ("ja", "suicide", "しにたいってずっと思ってる。誰にも言えない"),
    ("ja", "suicide", "クラスの子が「もう死ぬ」ってSNSに書いてた"),
    ("ja", "suicide", "生きてても仕方ないって思う日が増えた"),
    ("ja", "self_harm", "イライラすると自分の体を傷つけてしまう。止められない"),
    ("ja", "self_harm", "娘の腕に傷がたくさんあって、自分でやったみたい"),
    ("ja", "child_abuse", "おかあさんが おこると ベランダに だされる。さむい"),
    ("ja", "child_abuse", "継母にご飯を作ってもらえない。弟の分だけある"),
    ("ja", "child_abuse", "パパがママにどなって物をなげる。こわくてねむれない"),
    ("ja", "child_abuse", "中2です。父に毎晩殴られて顔にあざができた"),
    ("ja", "dv", "夫に実家へ連絡するのを禁止されていて、財布も取り上げられています"),
    ("ja", "dv", "彼が怒ると壁に押し付けられる。別れたいけど怖い"),
    ("ja", "dv", "元夫が毎日家の前で待っていて、出かけられません"),
    ("ja", "sexual_violence", "塾の先生にLINEで裸の写真を送れと言われている"),
    ("ja", "sexual_violence", "合コンのあと、気づいたらホテルにいて何も覚えていない"),
    ("ja", "danger_other", "ストーカーが職場まで来るようになった"),
    ("ja", "danger_other", "技能実習先の社長にパスポートを預けさせられて、返してもらえない"),
    ("ja", "danger_other", "子どもを叩いてしまいそうで自分が怖い"),
    ("ja", "suicide", "妻に先立たれて三年。もう十分生きた。そろそろ妻のところへ行こうと思う"),
    ("ja", "suicide", "カミングアウトしたら親に勘当された。生きてる価値ないよね"),
    ("ja", "suicide", "バイト先でミスばかり。消えてしまえたら楽なのに"),
    ("ja", "suicide", "いじめられてる。あしたがっこうに行くくらいなら しんだほうがまし"),
    ("ja", "suicide", "ずっと前から死ぬことばかり考えてしまう"),
    ("ja", "suicide", "被災してから何もかも失った。生きる気力がもうない"),
    ("ja", "suicide", "sinitai kiesaritai"),
    ("ja", "self_harm", "高校生です。つらいときにわざと自分を傷つけてしまう"),
    ("ja", "self_harm", "過去に自傷していた友人が、また始めたと打ち明けてくれた"),
    ("ja", "child_abuse", "ママのかれしが こわい。よる ぼくを たたく"),
    ("ja", "child_abuse", "小学生の姪が、義兄に体を触られると話してくれた"),
    ("ja", "child_abuse", "親に毎日「産まなきゃよかった」と言われて、ご飯も出してもらえない"),
    ("ja", "child_abuse", "おとうさんが おさけのむと おかあさんを けって ぼくも けられる"),
    ("ja", "dv", "同棲中の彼氏に外出を制限されて、スマホも監視されてる"),
    ("ja", "dv", "夫に殴られて歯が折れた。でも離婚したら生活できない"),
    ("ja", "dv", "旦那が機嫌悪いと怒鳴って包丁を持ち出す"),
    ("ja", "sexual_violence", "サークルの先輩に無理やり家に連れ込まれて襲われた"),
    (
        "ja",
        "sexual_violence",
        "SNSで知り合った人に下着の写真を送ったら、もっと送らないとばらすと言われた",
    ),
    ("ja", "sexual_violence", "職場の上司にしつこく体を触られて、断ると怒鳴られる"),
    ("ja", "danger_other", "隣の部屋から助けてって悲鳴が聞こえる"),
    ("ja", "danger_other", "祖父が息をしていないみたい。どうしよう"),
    ("ja", "danger_other", "別れた彼が家の周りをうろうろしていて、殺すってメッセージが来た"),
    ("ja", "danger_other", "大雪なのにアパートを追い出されて、今夜寝るところがない"),
    ("ja", "suicide", "失恋して何も手につかない。このまま眠って起きなければいいのに"),
    ("ja", "suicide", "わたしが いなくなっても だれも こまらないよね"),
    (
        "ja",
        "suicide",
        "留学生です。学費が払えず退学になりそう。国に帰れないし、死ぬしかないと思っています",
    ),
    ("ja", "suicide", "夫が「もう疲れた、死にたい」と毎晩言うようになりました"),
    ("ja", "suicide", "ｷｴﾀｲ…"),
    ("ja", "suicide", "生きる意味ってあるの？もう全部どうでもいい、消えたい"),
    ("ja", "self_harm", "不安になると自分を傷つけずにいられない"),
    ("ja", "self_harm", "中学生の息子が自傷しているようです。どこに相談すればいいですか"),
    ("ja", "child_abuse", "かあさんに まいにち おまえなんか しねって いわれる"),
    ("ja", "child_abuse", "向かいの家の子、冬なのに裸足で外に立たされているのを何度も見た"),
    ("ja", "child_abuse", "父の再婚相手に毎日叩かれています。父は見て見ぬふり"),
    ("ja", "child_abuse", "兄に夜中に体をさわられる。こわくて寝られない"),
    ("ja", "dv", "夫に生活費を一切もらえず、働くことも許されません"),
    ("ja", "dv", "彼女に殴られて目の周りが腫れた。男だから誰にも言えない"),
    ("ja", "dv", "パートナーから「逃げたら殺す」と言われています"),
    ("ja", "sexual_violence", "マッチングアプリで会った人に無理やり関係を持たされた"),
    ("ja", "sexual_violence", "コンビニの店長にセクハラされて、胸を触られた"),
    ("ja", "danger_other", "部屋の外で誰かがドアノブをガチャガチャしてる。今一人です"),
    ("ja", "danger_other", "同居の母が階段から落ちて動かない"),
    ("ja", "danger_other", "派遣先の寮に閉じ込められて、外に出られません"),
    ("ja", "suicide", "何のために生きてるのかわからない。いっそ死んだら楽になれるのかな"),
    ("ja", "suicide", "夜になると、消えてなくなりたい気持ちが強くなる"),
    ("ja", "suicide", "もう誰にも迷惑かけたくないから、いなくなろうと思う"),
    ("ja", "suicide", "シニタイシニタイ"),
    ("ja", "suicide", "おばあちゃんが「早くお迎えが来てほしい、死にたい」と毎日言う"),
    ("ja", "suicide", "死ねたらいいのにって毎日考えてる"),
    ("ja", "self_harm", "自分を傷つけることでしか気持ちを落ち着けられない"),
    ("ja", "self_harm", "生徒の腕に自傷の痕を見つけました。どう対応すれば"),
    ("ja", "child_abuse", "ママが 夜 かえってこない。ごはんが ない"),
    ("ja", "child_abuse", "父親に「お前なんかいらない」と言われ、毎晩怒鳴られ叩かれる"),
    ("ja", "child_abuse", "近所のアパートから毎晩子どもの悲鳴と怒鳴り声が聞こえる"),
    ("ja", "child_abuse", "義理の父にお風呂をのぞかれる。母は信じてくれない"),
    ("ja", "dv", "夫が私の携帯を勝手に見て、男の名前があると殴ってくる"),
    ("ja", "dv", "彼氏に「別れるなら死ぬ」と言われて別れられない"),
    ("ja", "dv", "妻から毎日暴言を吐かれ、物を投げつけられます"),
    ("ja", "sexual_violence", "知り合いの男性にお酒を飲まされて、意識がない間に性行為をされた"),
    ("ja", "sexual_violence", "バイトの面接で社長に体を触られた"),
    ("ja", "danger_other", "知らない番号から毎日「殺す」と電話がくる"),
    ("ja", "danger_other", "台所から火が出て止まらない"),
    ("ja", "danger_other", "同僚に包丁で脅された"),
    ("ja", "suicide", "仕事も家族も失って、もう生きていく理由が見つからない"),
    ("ja", "suicide", "いなくなったほうが家族のためになると思う"),
    ("ja", "suicide", "大学生の娘が「消えたい」とLINEで送ってきた"),
    ("ja", "suicide", "もう\u3000しにたいよ\u3000たすけて"),
    ("ja", "self_harm", "最近また自分を痛めつけるようになってしまった"),
    ("ja", "child_abuse", "小3です。おとうさんが こわい。まいにち なぐられる"),
    ("ja", "child_abuse", "母の彼氏にたばこの火を押し付けられた"),
    ("ja", "dv", "主人に髪を引っ張られて引きずられました。子どもも見ていました"),
    ("ja", "dv", "元カレから何十回も着信があって、家に行くぞと脅されている"),
    ("ja", "sexual_violence", "取引先の人に飲み会の帰りに無理やりキスされて体を触られた"),
    ("ja", "danger_other", "ネットで知り合った人に監禁されている。助けて"),
    ("ja", "danger_other", "父が急に倒れて、呼びかけても反応しません"),
    ("en", "suicide", "I don't want to wake up tomorrow"),
    ("en", "suicide", "everyone would be better off without me"),
    ("en", "suicide", "i w a n t t o d i e"),
    ("en", "suicide", "my friend told me she wants to end her life"),
    ("en", "suicide", "sucidal thoughts again tonight"),
    ("en", "suicide", "I'm so tired of being alive"),
    ("en", "self_harm", "I started self harming again after 2 years clean"),
    ("en", "dv", "my boyfriend threatens to hurt me if I leave"),
    ("en", "child_abuse", "my stepdad touches me when mom is at work"),
    ("en", "child_abuse", "my dad beats me when he's drunk"),
    ("en", "sexual_violence", "my boss keeps groping me and says no one will believe me"),
    ("en", "danger_other", "someone is trying to break into my apartment right now"),
    ("en", "danger_other", "my roommate collapsed and isn't breathing"),
    ("en", "danger_other", "I'm scared I might hurt someone, I can't control my anger anymore"),
    ("en", "suicide", "i keep thinking everyone would be happier if i was gone"),
    ("en", "suicide", "I've decided tonight is the night. thank you for everything"),
    ("en", "suicide", "my sister texted me that she wants to kill herself"),
    ("en", "suicide", "what's the point of living anymore"),
    ("en", "suicide", "I wish I could go to sleep and never wake up"),
    ("en", "suicide", "K I L L M Y S E L F"),
    ("en", "self_harm", "i hurt myself on purpose when i feel numb"),
    ("en", "child_abuse", "my mum's boyfriend hits me and my little brother"),
    ("en", "child_abuse", "the kid upstairs screams every night and his dad hits him"),
    ("en", "dv", "my husband took my passport and won't let me leave the house"),
    ("en", "dv", "my ex keeps threatening to post my nudes if I don't come back"),
    (
        "en",
        "sexual_violence",
        "a coworker raped me after the party and I don't know what to do",
    ),
    ("en", "danger_other", "there's a man outside my door saying he'll kill me"),
    ("en", "danger_other", "I have nowhere to sleep tonight and it's freezing"),
    (
        "en",
        "suicide",
        "i feel like i'm just a burden and everyone would be relieved if i disappeared",
    ),
    (
        "en",
        "suicide",
        "I wrote letters to my kids tonight, just in case. I'm so tired of fighting",
    ),
    ("en", "self_harm", "my roommate keeps hurting herself and hides the marks"),
    ("en", "child_abuse", "my step mom locks me outside when my dad's not home"),
    ("en", "dv", "my boyfriend grabbed me by the throat last night"),
    (
        "en",
        "sexual_violence",
        "a customer at the bar followed me to the bathroom and assaulted me",
    ),
    (
        "en",
        "danger_other",
        "my employer keeps my passport and says I owe him money, I can't leave",
    ),
    ("en", "suicide", "i'm gonna do it tonight. nobody will miss me"),
    ("en", "suicide", "my son (16) told me he doesn't see a future and wants to be gone"),
    ("en", "suicide", "i just want to fall asleep forever"),
    ("en", "self_harm", "I hurt my body on purpose again, I don't know why I do this"),
    ("en", "child_abuse", "my parents make me sleep outside when I get bad grades"),
    (
        "en",
        "dv",
        "my partner broke my phone so I can't call anyone and said I'm not leaving this house",
    ),
    ("en", "sexual_violence", "my professor said he'd fail me unless I sleep with him"),
    (
        "en",
        "danger_other",
        "my coworker said he's going to bring a knife tomorrow and stab the manager",
    ),
    ("en", "suicide", "been thinking a lot about not being here anymore"),
    ("en", "suicide", "my coworker keeps saying she wants to end it all and gave away her cat"),
    ("en", "child_abuse", "my foster dad hits us with a belt when we're loud"),
    ("en", "dv", "he said if I ever leave him he will hurt my kids"),
    (
        "en",
        "sexual_violence",
        "my manager keeps sending me sexual messages and touched my butt at work",
    ),
    ("en", "danger_other", "my neighbor's apartment is on fire and smoke is coming into mine"),
    ("en", "suicide", "i dont think i can keep living like this, i want everything to end"),
    ("en", "suicide", "my brother posted a goodbye message and isn't answering his phone"),
    ("en", "self_harm", "i keep hurting myself when i panic"),
    ("en", "child_abuse", "my uncle touches me when nobody is home and says it's our secret"),
    ("en", "dv", "my wife threatens to kill herself and me if I leave"),
    (
        "en",
        "sexual_violence",
        "someone drugged my drink at a club and I woke up in a stranger's apartment",
    ),
    (
        "en",
        "danger_other",
        "a guy from work keeps showing up at my apartment and says he'll make me pay",
    ),
    ("en", "suicide", "everything feels pointless and i keep thinking about ending my life"),
    ("en", "child_abuse", "my mom's boyfriend comes into my room at night and I'm scared"),
    ("en", "dv", "my husband monitors my location and takes all my salary"),
    (
        "en",
        "danger_other",
        "someone set fire to the trash outside my door and the hallway is full of smoke",
    ),
    ("zh-hans", "suicide", "我不想活了"),
    ("zh-hans", "suicide", "活着好累，想一了百了"),
    ("zh-hans", "self_harm", "我又开始自残了"),
    ("zh-hans", "child_abuse", "爸爸喝醉了就打我，我不敢回家"),
    ("zh-hans", "dv", "男朋友威胁说如果我分手就杀了我"),
    ("zh-hans", "sexual_violence", "店长强迫我跟他发生关系"),
    ("zh-hans", "danger_other", "有人一直跟踪我，我很害怕"),
    ("zh-hans", "suicide", "真的不想活下去了"),
    ("zh-hans", "suicide", "如果我死了大家会不会轻松一点"),
    ("zh-hans", "child_abuse", "继父经常打我妈妈和我"),
    ("zh-hans", "dv", "老公喝醉就打我，还说要杀了我"),
    ("zh-hans", "sexual_violence", "上司在电梯里摸我，还威胁我不准说"),
    ("zh-hans", "suicide", "感觉自己是个废物，活在世上就是浪费空气"),
    ("zh-hans", "suicide", "室友说她想结束自己的生命，我该怎么办"),
    ("zh-hans", "self_harm", "压力大的时候我会故意伤害自己，停不下来"),
    ("zh-hans", "dv", "前夫每天在我公司门口等我，说不复合就让我好看"),
    ("zh-hans", "child_abuse", "小学的学生说他爸爸用皮带抽他"),
    ("zh-hans", "suicide", "我已经把存款都转给妈妈了，以后就不麻烦大家了"),
    ("zh-hans", "suicide", "每天都在想怎么才能解脱，不想再醒来"),
    ("zh-hans", "child_abuse", "邻居家的小孩经常被他妈妈打得哇哇大哭"),
    ("zh-hans", "sexual_violence", "在电车上被一个男人摸了大腿，我好害怕"),
    ("zh-hans", "danger_other", "公司把我的护照收走了，每天工作十六个小时，不让出门"),
    ("zh-hans", "suicide", "我觉得自己是家里的负担，消失了大家都轻松"),
    ("zh-hans", "child_abuse", "我十三岁，后爸老是打我，妈妈不管"),
    ("zh-hans", "dv", "丈夫把我锁在家里，不让我跟任何人联系"),
    ("zh-hans", "danger_other", "有个陌生男人一直在敲我家的门，还说知道我一个人住"),
    ("zh-hans", "suicide", "真的撑不下去了，想一死了之"),
    ("zh-hans", "dv", "男朋友喝醉就掐我脖子，说我敢走就弄死我"),
    ("zh-hans", "child_abuse", "继母经常不给我饭吃，还用衣架打我"),
    ("zh-hans", "sexual_violence", "打工的店长经常摸我屁股"),
    ("zh-hans", "suicide", "活着太痛苦了，我想死"),
    ("zh-hans", "sexual_violence", "被同事强行带到宾馆，我不敢报警"),
    ("ko", "suicide", "죽고 싶어요"),
    ("ko", "suicide", "그냥 사라지고 싶다"),
    ("ko", "self_harm", "자해를 멈출 수가 없어요"),
    ("ko", "dv", "남편이 때려요. 어디로 가야 할지 모르겠어요"),
    ("ko", "child_abuse", "엄마가 밥을 안 줘요"),
    ("ko", "sexual_violence", "회사 상사가 자꾸 몸을 만져요"),
    ("ko", "danger_other", "지금 누가 현관문을 열려고 해요"),
    ("ko", "suicide", "나 같은 건 없어지는 게 나아"),
    ("ko", "suicide", "친구가 죽고 싶다고 자꾸 말해요"),
    ("ko", "dv", "남자친구가 제 폰을 매일 검사하고 친구를 못 만나게 해요"),
    ("ko", "child_abuse", "아빠한테 매일 맞아요"),
    ("ko", "suicide", "요즘 그냥 다 그만두고 싶어요. 살아서 뭐하나 싶고"),
    ("ko", "child_abuse", "새아빠가 밤에 제 방에 들어와서 몸을 만져요"),
    ("ko", "dv", "남편이 술 마시면 물건을 던지고 저를 때려요"),
    ("ko", "danger_other", "모르는 남자가 집 앞까지 따라왔어요. 아직 밖에 있어요"),
    ("ko", "suicide", "저만 없으면 가족들이 행복할 거예요"),
    ("ko", "self_harm", "화가 나면 일부러 제 몸에 상처를 내요"),
    ("ko", "sexual_violence", "회식 자리에서 부장님이 억지로 껴안고 뽀뽀했어요"),
    ("ko", "danger_other", "옆집에서 살려달라는 소리가 들려요"),
    ("ko", "suicide", "사는 게 너무 지쳐서 그냥 끝내고 싶어요"),
    ("ko", "child_abuse", "엄마가 화나면 저를 베란다에 가둬요"),
    ("ko", "sexual_violence", "알바하는 가게 사장님이 자꾸 엉덩이를 만져요"),
    ("ko", "suicide", "이제 그만 살고 싶다는 생각밖에 안 들어요"),
    ("ko", "dv", "남편이 저를 때리고 집에 가둬요"),
    ("ko", "danger_other", "누가 밤마다 우리 집 문을 두드려요. 너무 무서워요"),
    ("ko", "suicide", "더 이상 살 자신이 없어요"),
    ("ko", "child_abuse", "아빠가 술만 마시면 엄마랑 저를 때려요"),
    ("pt", "suicide", "nao quero mais viver"),
    ("pt", "suicide", "queria dormir e nunca mais acordar"),
    ("pt", "suicide", "penso em me matar todo dia"),
    ("pt", "dv", "meu namorado me ameaça de morte se eu terminar com ele"),
    ("pt", "child_abuse", "meu padrasto me bate quando minha mãe sai"),
    ("pt", "self_harm", "voltei a me machucar de propósito"),
    ("pt", "suicide", "to pensando em acabar com tudo hoje"),
    ("pt", "suicide", "minha amiga disse que quer se matar"),
    ("pt", "dv", "meu marido me bateu ontem de novo"),
    ("pt", "sexual_violence", "o chefe passou a mão em mim na fábrica"),
    ("pt", "danger_other", "tem alguém tentando entrar na minha casa agora"),
    ("pt", "suicide", "acho que minha família ficaria melhor sem mim"),
    (
        "pt",
        "child_abuse",
        "minha vizinha deixa as crianças trancadas sozinhas o dia inteiro e elas choram de fome",
    ),
    ("pt", "dv", "meu ex disse que se eu não voltar ele vai me matar"),
    ("pt", "self_harm", "eu me machuco de propósito quando fico nervosa"),
    ("pt", "suicide", "deixei uma carta pros meus filhos, amanhã não vou mais estar aqui"),
    ("pt", "child_abuse", "minha madrasta me deixa sem comida e me chama de lixo"),
    ("pt", "sexual_violence", "um cara no trem ficou se esfregando em mim"),
    ("pt", "danger_other", "meu colega desmaiou no chão da fábrica e não acorda"),
    ("pt", "suicide", "não aguento mais, acho que vou acabar com a minha vida"),
    ("pt", "dv", "meu namorado controla meu celular e me bateu quando vi minhas amigas"),
    ("pt", "child_abuse", "a criança do apartamento ao lado apanha todo dia do padrasto"),
    ("pt", "suicide", "queria dormir pra sempre e não acordar mais"),
    ("pt", "dv", "meu marido me empurrou da escada e disse que da próxima vez me mata"),
    ("pt", "sexual_violence", "fui abusada por um colega de trabalho e tenho medo de contar"),
    ("pt", "suicide", "às vezes penso em sumir pra sempre, ninguém ia sentir minha falta"),
    ("pt", "danger_other", "o patrão pegou meu passaporte e não me deixa ir embora"),
    ("es", "suicide", "quiero morirme"),
    ("es", "suicide", "ya no quiero vivir"),
    ("es", "dv", "mi esposo me pega y no me deja salir de casa"),
    ("es", "child_abuse", "mi padrastro abusa de mí"),
    ("es", "sexual_violence", "un compañero de trabajo me violó"),
    ("es", "danger_other", "hay un incendio en mi edificio"),
    ("es", "suicide", "no quiero seguir viviendo así, quiero desaparecer"),
    ("es", "child_abuse", "mi mamá me pega con el cinturón"),
    ("es", "dv", "mi novio me revisa el celular y me amenaza"),
    ("es", "danger_other", "alguien me está siguiendo desde la estación"),
    ("es", "suicide", "no le veo salida a nada, a veces pienso en quitarme la vida"),
    ("es", "sexual_violence", "mi jefe me obliga a tener relaciones o me despide"),
    ("es", "dv", "mi pareja me encierra en el cuarto cuando sale a trabajar"),
    ("es", "danger_other", "mi compañero de cuarto está convulsionando y no sé qué hacer"),
    ("es", "suicide", "siento que lo mejor sería no despertar mañana"),
    ("es", "child_abuse", "mi tío me hace cosas que no me gustan cuando mis papás no están"),
    ("es", "dv", "mi esposo me quitó el pasaporte y dice que si me voy me mata"),
    ("es", "self_harm", "me lastimo a propósito cuando estoy ansiosa"),
    ("es", "suicide", "ya no tengo fuerzas para seguir, quiero que todo termine"),
    ("es", "dv", "mi esposo me dijo que si lo dejo me mata"),
    (
        "es",
        "danger_other",
        "un hombre me está siguiendo desde el tren y ahora está afuera de mi casa",
    ),
    ("es", "suicide", "a veces pienso que sería mejor morirme"),
    (
        "es",
        "child_abuse",
        "mi hijastra dice que su mamá la encierra en el baño cuando se enoja",
    ),
    ("es", "sexual_violence", "un señor en el tren me manoseó y nadie hizo nada"),
    ("es", "suicide", "no quiero seguir aquí, ya me despedí de mis hijos"),
    ("es", "dv", "mi novio me golpeó y me quitó el teléfono"),
    ("tl", "suicide", "ayoko na mabuhay"),
    ("tl", "suicide", "gusto ko na lang mawala"),
    ("tl", "self_harm", "sinasaktan ko ang sarili ko"),
    ("tl", "dv", "binubugbog ako ng asawa ko"),
    ("tl", "child_abuse", "pinapalo ako ng tatay ko ng sinturon araw araw"),
    ("tl", "sexual_violence", "hinipuan ako ng amo ko"),
    ("tl", "suicide", "gusto ko na talagang mamatay, wala nang saysay"),
    ("tl", "dv", "sinasaktan ako ng asawa ko tuwing lasing siya"),
    ("tl", "child_abuse", "binubugbog ako ng nanay ko"),
    ("tl", "suicide", "parang mas okay pa kung mawala na lang ako sa mundo"),
    ("tl", "child_abuse", "yung pamangkin ko sinasaktan ng stepfather niya, puro pasa"),
    ("tl", "dv", "sinakal ako ng live in partner ko kagabi"),
    ("tl", "danger_other", "kinuha ng agency ang passport ko at hindi ako makauwi"),
    ("tl", "suicide", "hindi ko na kaya, parang gusto ko nang tapusin lahat"),
    ("tl", "sexual_violence", "hinawakan ng amo ko ang dibdib ko habang natutulog ako"),
    ("tl", "child_abuse", "kinukulong ako ng tita ko sa banyo at hindi pinapakain"),
    (
        "tl",
        "danger_other",
        "may lalaking nakatayo sa labas ng pinto ko kanina pa, takot na takot ako",
    ),
    ("tl", "suicide", "sawang-sawa na ako, gusto ko nang matapos ang lahat"),
    ("tl", "dv", "binantaan ako ng asawa ko na papatayin niya ako pag umalis ako"),
    ("tl", "sexual_violence", "ginahasa ako ng katrabaho ko pagkatapos ng inuman"),
    ("tl", "suicide", "ayoko na talaga, gusto ko na lang matulog at hindi na magising"),
    ("tl", "child_abuse", "pinapalo ako ni papa gamit ang sinturon tuwing lasing siya"),
    ("tl", "danger_other", "kinuha ng employer ko ang passport ko at ayaw akong pauwiin"),
    ("tl", "suicide", "wala na akong gana mabuhay, pagod na ako sa lahat"),
    ("tl", "dv", "sinasampal ako ng mister ko pag galit siya"),
    ("th", "suicide", "อยากตาย"),
    ("th", "suicide", "ไม่อยากมีชีวิตอยู่แล้ว"),
    ("th", "self_harm", "ทำร้ายตัวเองอีกแล้ว"),
    ("th", "dv", "สามีตบตีทุกวัน"),
    ("th", "child_abuse", "พ่อเลี้ยงลวนลามหนู"),
    ("th", "danger_other", "ไฟไหม้ห้องข้างๆ ควันเต็มเลย"),
    ("th", "suicide", "ไม่อยากอยู่บนโลกนี้แล้ว"),
    ("th", "dv", "แฟนทำร้ายร่างกายทุกครั้งที่เมา"),
    ("th", "sexual_violence", "หัวหน้าที่โรงงานลวนลามหนู"),
    ("th", "suicide", "ไม่อยากตื่นมาเจอวันพรุ่งนี้อีกแล้ว"),
    ("th", "child_abuse", "แม่ชอบเอาไม้แขวนเสื้อตีหนูจนเป็นรอย"),
    ("th", "sexual_violence", "เจ้านายบังคับให้หนูไปโรงแรมด้วย ไม่งั้นจะไล่ออก"),
    ("th", "danger_other", "เพื่อนร่วมห้องหมดสติไม่หายใจ ต้องโทรเบอร์อะไร"),
    ("th", "suicide", "ถ้าไม่มีฉันทุกคนคงมีความสุขกว่านี้"),
    ("th", "dv", "สามีเอามีดขู่ว่าจะฆ่าถ้าฉันหนี"),
    ("th", "child_abuse", "พ่อเลี้ยงเข้ามาในห้องตอนกลางคืนแล้วจับตัวหนู"),
    ("th", "self_harm", "เวลาเครียดชอบตีตัวเอง"),
    ("th", "suicide", "เบื่อชีวิตมาก ไม่อยากอยู่ต่อไปแล้ว"),
    ("th", "dv", "แฟนตบหน้าแล้วยึดมือถือ ไม่ให้ติดต่อใคร"),
    ("th", "danger_other", "นายจ้างยึดพาสปอร์ตไว้ ไม่ยอมคืน ไม่ให้ออกจากโรงงาน"),
    ("th", "suicide", "อยากจบชีวิตตัวเองจริงๆ ไม่ไหวแล้ว"),
    ("th", "sexual_violence", "โดนผู้ชายแปลกหน้าลวนลามบนรถไฟ"),
    ("th", "child_abuse", "แม่เลี้ยงชอบตีหนูแรงๆ จนเป็นรอยช้ำ"),
    ("th", "suicide", "คิดว่าตายไปซะดีกว่าอยู่แบบนี้"),
    ("th", "dv", "สามีขังฉันไว้ในบ้าน ไม่ให้ออกไปทำงาน"),
    ("vi", "suicide", "em muốn chết"),
    ("vi", "suicide", "muon chet qua"),
    ("vi", "dv", "chồng em đánh em"),
    ("vi", "child_abuse", "bố dượng hay đánh con"),
    ("vi", "self_harm", "em hay tự làm đau bản thân"),
    ("vi", "sexual_violence", "em bị quản lý cưỡng hiếp"),
    ("vi", "suicide", "em chỉ muốn chết đi cho xong"),
    ("vi", "suicide", "khong muon song nua"),
    ("vi", "dv", "bị chồng đánh suốt, em không biết đi đâu"),
    ("vi", "danger_other", "công ty giữ hộ chiếu của em, không cho về"),
    ("vi", "suicide", "em thấy mình là gánh nặng, chắc em biến mất thì tốt hơn"),
    ("vi", "dv", "chồng em say rượu là bóp cổ em, em sợ lắm"),
    ("vi", "child_abuse", "cháu hàng xóm bị mẹ kế đánh bầm tím cả người"),
    ("vi", "danger_other", "có người lạ cứ đứng trước cửa phòng em từ tối, gõ cửa liên tục"),
    ("vi", "suicide", "em đã viết thư cho bố mẹ rồi, tối nay em sẽ đi"),
    ("vi", "child_abuse", "bố em say xỉn về là đánh em với mẹ"),
    ("vi", "sexual_violence", "anh quản lý ép em phải ngủ với anh ấy mới cho gia hạn hợp đồng"),
    ("vi", "danger_other", "bạn cùng phòng em ngất xỉu, gọi không tỉnh"),
    ("vi", "suicide", "em mệt mỏi quá rồi, chỉ muốn ngủ một giấc không bao giờ tỉnh lại"),
    ("vi", "child_abuse", "con bé nhà bên bị bố đánh đập hằng ngày, người đầy vết bầm"),
    ("vi", "sexual_violence", "em bị một người đàn ông lạ sờ mó trên tàu điện"),
    ("vi", "suicide", "em không muốn sống nữa, sống khổ quá"),
    ("vi", "dv", "chồng tôi hay đánh tôi mỗi khi say rượu"),
    ("vi", "danger_other", "công ty môi giới giữ hộ chiếu của em, không cho em đi đâu"),
    ("vi", "suicide", "em chỉ muốn biến mất khỏi cuộc đời này"),
    ("vi", "sexual_violence", "em bị ông chủ cưỡng hiếp, em không dám báo công an"),
    ("ne", "suicide", "मलाई बाँच्न मन छैन"),
    ("ne", "suicide", "marna man lagyo"),
    ("ne", "suicide", "ma marchu jasto lagcha"),
    ("ne", "dv", "श्रीमानले दिनहुँ कुट्छ"),
    ("ne", "child_abuse", "बुबाले मलाई दिनहुँ कुट्नुहुन्छ, म घर जान डराउँछु"),
    ("ne", "self_harm", "आफैंलाई चोट पुर्\u200dयाउँछु"),
    ("ne", "suicide", "अब बाँच्न मन लाग्दैन"),
    ("ne", "suicide", "bachna man chaina aba"),
    ("ne", "dv", "lognele kutcha, ghar bata niskina dindaina"),
    ("ne", "sexual_violence", "कामको मालिकले जबरजस्ती छोयो"),
    ("ne", "suicide", "म नभए सबैलाई सजिलो हुन्थ्यो जस्तो लाग्छ"),
    ("ne", "dv", "श्रीमानले रक्सी खाएपछि मलाई कुट्छन्, बच्चाहरू डराउँछन्"),
    ("ne", "danger_other", "मालिकले पासपोर्ट खोसेर राखेको छ, तलब पनि दिंदैन"),
    ("ne", "suicide", "jindagi sakiyo jasto lagcha, aba bachera ke garne"),
    ("ne", "suicide", "sabai kura ko lagi maaf, ma aba jandai chu sadhai ko lagi"),
    ("ne", "child_abuse", "सौतेनी आमाले भाइलाई दिनहुँ कुट्छिन्"),
    ("ne", "sexual_violence", "sathi ko dai le jabarjasti garna khojyo"),
    ("ne", "dv", "श्रीमानले मार्छु भनेर धम्की दिन्छन्"),
    ("ne", "suicide", "अब बाँचेर केही फाइदा छैन, मर्न मन लाग्छ"),
    ("ne", "dv", "मेरो लोग्नेले मलाई कुटेर घरबाट निकालिदियो"),
    ("ne", "suicide", "malai aba bachna mann chhaina, sab sakiyo"),
    ("ne", "suicide", "मलाई अब बाँच्नुको कुनै अर्थ छैन जस्तो लाग्छ"),
    ("ne", "dv", "budha le daily kutchha, ghar bata bahira jana dindaina"),
    ("ne", "sexual_violence", "कम्पनीको सुपरभाइजरले जबरजस्ती छुन खोज्यो"),
    ("ne", "suicide", "ma marna chahanchu, kasailai bhanna sakdina"),
    ("ne", "child_abuse", "बुबाले रक्सी खाएर मलाई र भाइलाई कुट्नुहुन्छ"),
    ("id", "suicide", "pengen mati aja"),
    ("id", "suicide", "aku gak kuat lagi hidup, mau bunuh diri"),
    ("id", "dv", "suami saya sering memukul saya"),
    ("id", "self_harm", "aku sering nyakitin diri sendiri"),
    ("id", "sexual_violence", "bos saya melecehkan saya secara seksual"),
    ("id", "danger_other", "ada orang asing mencoba masuk ke kamar saya sekarang"),
    ("id", "suicide", "gue udah gak kuat hidup lagi"),
    ("id", "suicide", "temanku bilang dia mau bunuh diri"),
    ("id", "child_abuse", "ayah tiri sering mukulin adik saya"),
    ("id", "dv", "pacarku ngancam bunuh aku kalau putus"),
    ("id", "suicide", "aku capek banget sama hidup ini, pengen pergi aja dari dunia"),
    ("id", "child_abuse", "adikku sering dikunci di kamar mandi sama ibu tiri"),
    ("id", "sexual_violence", "mandor di pabrik suka megang-megang badan saya"),
    ("id", "dv", "suamiku ngambil semua gajiku dan nggak ngebolehin aku keluar rumah"),
    ("id", "suicide", "udah nulis surat buat ibu, malam ini aku mau pergi aja"),
    ("id", "self_harm", "kalau stres aku suka nyakitin diri sendiri"),
    ("id", "sexual_violence", "senior di kampus maksa aku berhubungan"),
    ("id", "danger_other", "ada yang gedor-gedor pintu kamarku dan teriak mau bunuh aku"),
    ("id", "suicide", "aku pengen mati aja, capek dimarahin terus"),
    ("id", "dv", "pacarku nampar aku kalau aku balas chat cowok lain"),
    (
        "id",
        "danger_other",
        "agen penyalur nahan paspor kami dan kami nggak boleh keluar asrama",
    ),
    ("id", "suicide", "rasanya lebih baik aku mati aja daripada nyusahin keluarga"),
    ("id", "child_abuse", "ibuku sering mukulin aku pakai sapu kalau marah"),
    ("id", "danger_other", "ada cowok asing ngikutin aku dari stasiun sampai apartemen"),
    ("id", "suicide", "kayaknya semua orang bakal lebih bahagia kalau aku nggak ada"),
    ("id", "sexual_violence", "aku diperkosa sama teman kerja, aku takut lapor"),
]

OWN_HARMLESS = [
    ("ja", "お腹すいて死にそう"),
    ("ja", "今日のテスト、死ぬかと思った笑"),
    ("ja", "推しが尊すぎて死ぬ"),
    ("ja", "ゲームでボスに何回も殺された"),
    ("ja", "自殺予防のポスターを作る宿題があります"),
    ("ja", "ひとりぐらしで さみしいです"),
    ("ja", "shinu hodo nemui"),
    ("ja", "わたしにたいして冷たい上司がいて悩んでます"),
    ("ja", "このまま仕事を続けるか迷ってる"),
    ("ja", "明日の朝、学校に行きたくないなあ"),
    ("ja", "ママと一緒にお風呂に入ったよ"),
    ("ja", "夫が亡くなってから誰とも話していない"),
    ("ja", "仕事が忙しすぎて死ぬ"),
    ("ja", "このゲーム難しすぎて何回も死んだ"),
    ("ja", "祖母が去年亡くなって、まだ寂しい"),
    ("ja", "彼氏と別れてつらい。誰かに話を聞いてほしい"),
    ("ja", "虫を殺すスプレーってどこで売ってる？"),
    ("ja", "ドラマで主人公が殺されて泣いた"),
    ("ja", "わたしにたいしてだけ厳しい先輩がいる"),
    ("ja", "恥ずかしすぎて消えたい笑"),
    ("ja", "借金が返せなくて困っています。相談先を知りたい"),
    ("ja", "そのまま触らないでください"),
    ("ja", "親友と喧嘩した。仲直りしたい"),
    ("ja", "夫が株に手を出して損した"),
    ("ja", "まいにち さむいね。ゆきが ふった"),
    ("ja", "締め切り前で死にそうに忙しい"),
    ("ja", "推しのライブ最高すぎて死んだ"),
    ("ja", "父が亡くなって一年。まだ実感がない"),
    ("ja", "一人暮らしで話す人がいない。どこか集まれる場所はありますか"),
    ("ja", "ミステリー小説で犯人が被害者を殺す場面が怖かった"),
    ("ja", "家計が苦しくて、来月の家賃が払えるか不安です"),
    ("ja", "DV防止法について授業で調べています"),
    ("ja", "しぬほど あつい なつやすみ"),
    ("ja", "ゲームのキャラが死んでしまった、悲しい"),
    ("ja", "子どもが転んで膝に傷ができた。病院に行くべき？"),
    ("ja", "テスト全然できなかった、人生終わった笑"),
    ("ja", "死ぬ気で勉強して合格した！"),
    ("ja", "大好きなおばあちゃんが天国に行った"),
    ("ja", "DVについての研修資料を探しています"),
    ("ja", "夫が単身赴任でずっと帰ってこない。さみしい"),
    ("ja", "父が叩いてくれる肩たたきが気持ちいい"),
    ("ja", "消しゴムが消えた、どこいった"),
    ("ja", "ホラー映画で殺人鬼に追いかけられる夢を見た"),
    ("ja", "仕事がきつすぎて限界。転職したい"),
    ("ja", "暑すぎて死ぬ〜アイス食べたい"),
    ("ja", "恥ずかしくて死にたくなった笑\u3000プレゼンで噛みまくった"),
    ("ja", "ペットの猫が亡くなってさみしい"),
    ("ja", "休みの日に誰とも話さない。趣味の集まりを探しています"),
    ("ja", "小説の中で主人公が自殺を考える場面があり、学校の課題で感想を書いています"),
    ("ja", "母が入院して、ひとりで家にいるのがさみしい"),
    ("ja", "子どもが言うことを聞かなくてイライラする。子育て相談したい"),
    ("ja", "失業して家賃が払えない。住居確保給付金って使える？"),
    ("ja", "殺人事件のドラマを見て眠れなくなった"),
    ("ja", "ゲームでずっと負けて、もう死ぬほど悔しい"),
    ("ja", "この問題むずすぎて死ぬ"),
    ("ja", "足が痛くて死ぬかと思った"),
    ("ja", "夫が亡くなって、話し相手がいません"),
    ("ja", "自殺の統計について調べています"),
    ("ja", "子どもとの接し方がわからない。イライラしてしまう"),
    ("ja", "殺風景な部屋を明るくしたい"),
    ("ja", "息子が転んで腕にあざができた"),
    ("ja", "職場でひとりぼっち。ランチも一人"),
    ("ja", "ゲームで友達に倒された、くやしい"),
    ("ja", "外国から来たばかりで友達がいません"),
    ("ja", "今日の会議、長すぎて死にそうだった"),
    ("ja", "死ぬまでに行きたい場所リストを作ってる"),
    ("ja", "夫と死別してから、休日がさびしい"),
    ("ja", "児童虐待防止のボランティアに参加したい"),
    ("ja", "息子がゲームで「殺された！」って叫んでる"),
    ("ja", "失業中で家にこもりがち。誰かと話したい"),
    ("ja", "夫を亡くしてから誰とも話していない"),
    ("ja", "仕事を探しています。ハローワーク以外で相談できるところは？"),
    ("ja", "子育てがつらい。誰かに話を聞いてほしい"),
    ("ja", "母の介護で疲れた。ショートステイを使いたい"),
    ("ja", "パパとママがけんかしてて、いやだな"),
    ("ja", "生活保護の申請ってどうやるの"),
    ("ja", "このままだと家賃が払えない"),
    ("ja", "そのままの自分でいいって言われたい"),
    ("ja", "わがままな子どもにどう接したらいい？"),
    ("ja", "寝たままスマホ見てたら朝になった"),
    ("ja", "上司に怒られてへこんだ"),
    ("ja", "ひきこもりの息子のことで相談したい"),
    ("ja", "最近眠れない。心療内科ってどこ？"),
    ("ja", "学校に行きたくない。友達がいない"),
    ("ja", "死んだ犬に会いたい"),
    ("ja", "殺虫剤を買ってきた"),
    ("ja", "お父さんにおこられた。ゲームしすぎって"),
    ("ja", "ママに叩かれるくらい大きな声で笑った"),
    ("ja", "姉と喧嘩して叩きあいになった笑"),
    ("ja", "夫が家事をしてくれない"),
    ("ja", "彼氏が全然連絡くれない、さみしい"),
    ("ja", "日本語が話せなくて病院で困った"),
    ("ja", "借金があって夜も眠れない"),
    ("ja", "ママ友とうまくいかない"),
    ("ja", "彼女にふられた。つらい"),
    ("ja", "自殺を防ぐ活動をしているNPOを知りたい"),
    ("ja", "ゆうべ火事のニュースを見て怖くなった"),
    ("ja", "台所のコンロの火が消えない、修理はどこに頼む？"),
    ("ja", "もうすぐ定年で、退職したら誰とも会わなくなりそう"),
    ("ja", "先生に怒鳴られるのが嫌で塾をやめたい"),
    ("ja", "猫が死にそうなくらい弱ってる、夜間の動物病院は？"),
    ("ja", "友達と遊びに行きたいけどお金がない"),
    ("ja", "祖母が倒れて入院した。お見舞いに行きたい"),
    ("ja", "このまま一人で年を取るのが不安"),
    ("ja", "死ぬまでに一度は富士山に登りたい"),
    ("ja", "ゴキブリ殺すのどうしたらいい"),
    ("ja", "ひとりぼっちで休日がつらい"),
    ("ja", "職場の人間関係に疲れた"),
    ("ja", "兄に勉強を教えてもらった"),
    ("ja", "こども食堂ってどこにありますか"),
    ("ja", "母が怖い顔で宿題しなさいって言う"),
    ("ja", "毎日上司に叱られて落ち込む"),
    ("ja", "夫がいなくなったら生活できないので不安です（病気で入院中）"),
    ("ja", "いなくなった猫を探しています"),
    ("ja", "実家の母に毎日電話してる"),
    ("ja", "子どもの泣き声がうるさいと近所から言われた"),
    ("ja", "父が骨折して入院しました。介護の相談をしたい"),
    ("ja", "彼氏とけんかした。仲直りの方法を知りたい"),
    ("ja", "明日から新しい仕事。緊張して眠れない"),
    ("ja", "消えたボールペンがソファの下から出てきた"),
    ("ja", "こどもが熱を出した。夜間の小児科はどこ？"),
    ("ja", "もう限界まで頑張ったから、少し休みたい"),
    ("ja", "人生終わったと思ったけど、なんとかなった"),
    ("ja", "ままのご飯が一番おいしい"),
    ("ja", "お兄ちゃんがゲームを貸してくれない"),
    ("ja", "夫が毎日お弁当を作ってくれる"),
    ("ja", "死んだおばあちゃんの夢を見た"),
    ("ja", "ストレスで胃が痛い。相談窓口はある？"),
    ("ja", "火事にならないようにストーブの使い方を確認したい"),
    ("ja", "パスポートの更新はどこでできますか"),
    ("en", "this homework is killing me lol"),
    ("en", "I almost died laughing at that video"),
    ("en", "writing an essay about suicide prevention in Japan for class"),
    ("en", "my phone battery is dead, where can I charge it"),
    ("en", "my mom will kill me if I get home late again"),
    ("en", "I don't want to live alone anymore, how do I find a share house?"),
    ("en", "I'm dead lol that meme"),
    ("en", "my plant died again, I'm so bad at this"),
    ("en", "how do I kill a process in linux"),
    ("en", "I want to die my hair pink, where's a cheap salon?"),
    ("en", "I feel lonely since moving to Osaka"),
    ("en", "my dad beat me at chess again"),
    ("en", "the heat is going to kill me"),
    ("en", "I'm reading a novel where the hero attempts suicide, is it good for teens?"),
    ("en", "this traffic is killing me, i'll be late again"),
    ("en", "i'd kill for a decent burrito in tokyo"),
    ("en", "my grandma passed away last week and i miss her"),
    ("en", "I killed my presentation today!"),
    ("en", "i'm done with this heat, japan summers are brutal"),
    ("en", "our team got destroyed in the finals"),
    ("en", "I'm literally dying of boredom at home"),
    ("en", "I'm writing a thesis on child abuse prevention in Japan"),
    ("en", "I miss my family so much it hurts"),
    ("en", "i'm so dead, forgot my mom's birthday"),
    ("en", "suicide prevention training for teachers - where can I find one?"),
    ("en", "lonely weekends are hard since my divorce"),
    ("en", "my feet are killing me from all the walking in Kyoto"),
    ("en", "our hero dies at the end of the book, so sad"),
    ("en", "I'm lonely and want to meet people in Yokohama"),
    ("en", "how can I get help paying my electricity bill"),
    ("en", "my husband passed away and I don't know anyone here"),
    ("en", "I lost my job and I'm stressed about rent"),
    ("en", "my kid is being bullied at school, who can I talk to?"),
    ("en", "I could die of embarrassment, I called my teacher mom"),
    ("en", "this exam is going to kill me"),
    ("en", "my dad hit a deer with his car"),
    ("en", "she killed it at the karaoke last night"),
    ("en", "my sister pushed me to apply for this job"),
    ("en", "I'm so tired after work every day"),
    ("en", "I feel hopeless about learning Japanese lol"),
    ("en", "any support groups for single fathers?"),
    ("en", "my mom locked her keys in the car"),
    ("en", "I'm dying to try real ramen"),
    ("en", "my landlord won't fix the heater and it's freezing"),
    ("en", "how do I report a fire hazard in my building?"),
    ("en", "saying goodbye to my friends before moving back home is hard"),
    ("en", "my boyfriend is so jealous of my friends lol"),
    ("en", "the movie about domestic violence made me cry"),
    ("en", "my mom gets mad when I come home late"),
    ("en", "my husband never lets me pay for dinner haha"),
    ("en", "where can I renew my passport in Tokyo?"),
    ("en", "my dad is scared of flying"),
    ("en", "I'm done with my exams, finally free"),
    ("en", "the kids are screaming and playing outside"),
    ("en", "I feel like a burden sometimes asking my friends for help moving"),
    ("en", "how do I stop feeling so lonely at night?"),
    ("en", "my boyfriend checks on me every night, he's sweet"),
    ("en", "is there a fire station near Shibuya?"),
    ("zh-hans", "笑死我了哈哈"),
    ("zh-hans", "累死了，今天加班到十点"),
    ("zh-hans", "这部电影里主角最后自杀了，看完好难过"),
    ("zh-hans", "热死了，空调坏了找谁修"),
    ("zh-hans", "今天忙死了，想找人聊聊天"),
    ("zh-hans", "电脑死机了怎么办"),
    ("zh-hans", "我奶奶去世了，很想她"),
    ("zh-hans", "这道题难死我了，谁能教教我"),
    ("zh-hans", "一个人在日本过年有点孤单"),
    ("zh-hans", "这个游戏我死了好几次才过关"),
    ("zh-hans", "我男朋友很爱我，每天给我打电话"),
    ("zh-hans", "在日本太孤独了，想交朋友"),
    ("zh-hans", "今天排队排到累死"),
    ("zh-hans", "这个冬天冷死了"),
    ("zh-hans", "看了一部关于家暴的纪录片，很有感触"),
    ("zh-hans", "吓死我了，刚才地震了"),
    ("zh-hans", "在日本找不到工作，很焦虑"),
    ("zh-hans", "我妈打电话说想我了"),
    ("zh-hans", "笑死，我的猫又把杯子打翻了"),
    ("zh-hans", "打工的地方老板人很好"),
    ("zh-hans", "想去死海旅游"),
    ("zh-hans", "老公工作太忙，很少陪我"),
    ("zh-hans", "我爸爸很严格，但是对我很好"),
    ("zh-hans", "护照快过期了，去哪里办"),
    ("zh-hans", "老公出差一个月，我一个人带孩子好累"),
    ("ko", "배고파 죽겠다"),
    ("ko", "웃겨 죽겠네 ㅋㅋㅋ"),
    ("ko", "게임에서 계속 죽어서 짜증나"),
    ("ko", "보고 싶어 죽겠어"),
    ("ko", "이 떡볶이 죽인다"),
    ("ko", "할머니가 돌아가셔서 슬퍼요"),
    ("ko", "시험 때문에 스트레스 받아 죽겠어요"),
    ("ko", "일본에 친구가 없어서 외로워요"),
    ("ko", "오늘 너무 피곤해서 죽을 것 같아 ㅋㅋ"),
    ("ko", "엄마가 때때로 전화해요"),
    ("ko", "떡볶이가 너무 맛있어서 죽을 뻔했어요"),
    ("ko", "한국에 있는 가족이 보고 싶어요"),
    ("ko", "오늘 회사에서 너무 바빠서 죽는 줄 알았어"),
    ("ko", "드라마에서 주인공이 죽어서 울었어요"),
    ("ko", "너무 웃겨서 배 아파 죽겠어"),
    ("ko", "한국 음식이 너무 먹고 싶어 죽겠어"),
    ("ko", "아빠가 때때로 요리를 해 주세요"),
    ("ko", "남편이 회사 때문에 늦게 와서 외로워요"),
    ("ko", "이 노래 진짜 죽인다"),
    ("ko", "남편이 요리를 잘 해요"),
    ("ko", "아이가 열이 나요. 밤에 여는 병원 있나요?"),
    ("pt", "morrendo de saudade da minha mãe"),
    ("pt", "quase morri de rir kkkk"),
    ("pt", "esse calor tá me matando"),
    ("pt", "minha mãe vai me matar se eu chegar tarde kkk"),
    ("pt", "vim matar a saudade do Brasil comendo feijoada"),
    ("pt", "meu pai bate papo comigo todo domingo"),
    ("pt", "to morta de cansaço depois do turno da fábrica"),
    ("pt", "meu avô faleceu mês passado, sinto muita falta dele"),
    ("pt", "essa novela me mata de rir"),
    ("pt", "meu pai me bate na porta pra acordar cedo kkk"),
    ("pt", "tô morrendo de vontade de comer pão de queijo"),
    ("pt", "minha tia faleceu no Brasil e não pude ir ao enterro"),
    ("pt", "quase morri de susto com o terremoto, mas estou bem"),
    ("pt", "sinto falta da minha família, é difícil morar longe"),
    ("pt", "morri de rir com esse vídeo kkkk"),
    ("pt", "meu filho não quer ir à escola, o que faço?"),
    ("pt", "to morrendo de saudade do meu país"),
    ("pt", "meu pai bateu o carro, mas está tudo bem"),
    ("pt", "minha mãe me mata de vergonha às vezes kkk"),
    ("pt", "meu marido trabalha muito e quase não nos vemos"),
    ("pt", "meu passaporte venceu, onde renovo?"),
    ("es", "me muero de risa con este video"),
    ("es", "estoy muerta de cansancio"),
    ("es", "este examen me está matando"),
    ("es", "mi papá toca la guitarra muy bien"),
    ("es", "me muero de hambre, ¿dónde hay tacos?"),
    ("es", "extraño mucho a mi familia en Perú"),
    ("es", "me mata la curiosidad, ¿cómo es el invierno en Hokkaido?"),
    ("es", "me siento un poco sola desde que llegué a Japón"),
    ("es", "me muero por ir a Kioto en otoño"),
    ("es", "mi abuelo murió hace un año y todavía lo extraño"),
    ("es", "estoy muerta de sueño, trabajé doble turno"),
    ("es", "mi perro murió y me siento triste"),
    ("es", "me muero de frío, ¿dónde compro un buen abrigo?"),
    ("es", "mi abuela falleció y no pude ir a despedirme"),
    ("es", "el calor de Osaka me está matando"),
    ("es", "mi mamá me pega unos sustos con sus bromas"),
    ("es", "me mata el tráfico de Tokio"),
    ("es", "¿dónde puedo aprender japonés gratis?"),
    ("es", "mi papá me toca canciones en la guitarra"),
    ("es", "mi esposo no me deja cocinar porque le gusta hacerlo a él"),
    ("es", "ya no puedo más con este calor jaja"),
    ("tl", "patay na patay ako sa kanya haha"),
    ("tl", "nakakamatay sa sarap yung adobo"),
    ("tl", "namatay yung cellphone ko, saan pwede mag charge"),
    ("tl", "mamamatay na ako sa kilig sa kdrama na to"),
    ("tl", "pinatay ko na yung aircon, ang lamig"),
    ("tl", "grabe ang init, mamamatay na ako sa init haha"),
    ("tl", "nalulungkot ako kasi malayo ang pamilya ko"),
    ("tl", "patay na yung baterya ng cellphone ko"),
    ("tl", "ang sakit ng ulo ko, saan may clinic"),
    ("tl", "nakakamatay ang traffic sa Tokyo haha"),
    ("tl", "nami-miss ko ang mga anak ko sa probinsya"),
    ("tl", "gutom na ako, mamamatay na ako sa gutom lol"),
    ("tl", "malungkot ako kasi wala akong kaibigan dito"),
    ("tl", "patay gutom na ako, kain tayo"),
    ("tl", "namimiss ko na ang nanay ko sa Pilipinas"),
    ("tl", "sinaktan ng ex ko ang damdamin ko pero okay na ako"),
    ("tl", "paano mag apply ng trabaho dito sa Japan"),
    ("tl", "pagod na ako sa trabaho, gusto ko ng bakasyon"),
    ("th", "หิวจะตายแล้ว"),
    ("th", "ขำจนจะตาย 555"),
    ("th", "เกมนี้ตายบ่อยมาก"),
    ("th", "เหนื่อยจะตายวันนี้ทำโอที"),
    ("th", "แม่ค้าตลาดใจดีมาก"),
    ("th", "พ่อไปตีกอล์ฟทุกวันอาทิตย์"),
    ("th", "คิดถึงบ้านจะตายแล้ว"),
    ("th", "หนังเรื่องนี้ตัวร้ายฆ่าคนเยอะมาก"),
    ("th", "เบื่อจะตาย ไม่มีอะไรทำ"),
    ("th", "แม่ตีไข่ทำขนม"),
    ("th", "หนาวจะตาย ที่ญี่ปุ่นหิมะตกแล้ว"),
    ("th", "คิดถึงแม่ที่เมืองไทย"),
    ("th", "ง่วงจะตายแล้ว ทำงานทั้งวัน"),
    ("th", "เหงามาก อยากมีเพื่อนคุย"),
    ("th", "อร่อยจนจะตาย ร้านนี้ดีมาก"),
    ("th", "แม่บ้านที่หอพักใจดีมาก"),
    ("th", "พ่อค้าขายผลไม้หน้าบ้าน"),
    ("th", "ร้อนจนแทบตาย ไม่มีแอร์"),
    ("th", "แฟนไปทำงานต่างจังหวัด คิดถึงมาก"),
    ("vi", "đói chết mất"),
    ("vi", "cười muốn chết luôn"),
    ("vi", "mệt chết đi được"),
    ("vi", "từ từ rồi tính, không sao đâu"),
    ("vi", "nhớ nhà muốn chết"),
    ("vi", "bố em đánh cầu lông rất giỏi"),
    ("vi", "tu tu roi tinh nha ban"),
    ("vi", "hôm nay làm thêm giờ mệt muốn xỉu"),
    ("vi", "bà ngoại mất rồi, em buồn lắm"),
    ("vi", "sợ ma muốn chết luôn á"),
    ("vi", "bố em đánh đàn guitar hay lắm"),
    ("vi", "làm thêm mệt chết đi được"),
    ("vi", "em buồn vì không có bạn ở Nhật"),
    ("vi", "nóng chết mất, điều hòa hỏng rồi"),
    ("vi", "em muốn tìm bạn người Việt ở Osaka"),
    ("vi", "đói chết đi được, quán phở nào ngon?"),
    ("vi", "ba giờ chiều em mới tan làm"),
    ("vi", "mẹ em đánh thức em dậy sớm quá"),
    ("vi", "em nhớ nhà quá, buồn lắm"),
    ("vi", "tu tu roi em se quen thoi"),
    ("vi", "chồng em đi làm xa, em buồn"),
    ("ne", "भोकले मरें"),
    ("ne", "हाँसेर मरियो"),
    ("ne", "eklo lagcha, sathi chahiyo"),
    ("ne", "bhokle marchu aba, khana kaha paincha?"),
    ("ne", "घरको याद आयो, एक्लो महसुस हुन्छ"),
    ("ne", "aaja kaam ma thakai le mariyo"),
    ("ne", "आमाको याद आयो, फोन गर्न मन लाग्यो"),
    ("ne", "जाडोले मरियो यहाँ"),
    ("ne", "nepal ko khana ko yaad aayo"),
    ("ne", "yo video herera hasera mariyo"),
    ("ne", "नेपालमा परिवारको याद आउँछ"),
    ("ne", "गर्मीले मरियो आज"),
    ("ne", "aaja ekdam eklo feel bhayo"),
    ("ne", "थकाइले मर्न लाग्यो आज"),
    ("ne", "जापानमा काम खोज्दैछु, कहाँ सोध्ने?"),
    ("ne", "ghar ko yaad aayo, ekdam eklo lagcha"),
    ("ne", "हाँसेर मरियो यो भिडियो हेरेर"),
    ("ne", "श्रीमान नेपाल जानुभयो, एक्लो लाग्छ"),
    ("id", "mati gaya nih di rumah terus"),
    ("id", "ngakak sampai mati"),
    ("id", "capek banget kerja, pengen liburan"),
    ("id", "hp ku mati, di mana bisa ngecas?"),
    ("id", "film horor tadi bikin takut setengah mati"),
    ("id", "kangen rumah setengah mati"),
    ("id", "lagi baca novel detektif soal pembunuhan, seru banget"),
    ("id", "capek banget hari ini, pengen tidur seharian"),
    ("id", "kakakku suka mukul bola voli keras banget"),
    ("id", "lapar setengah mati, ada warung halal dekat sini?"),
    ("id", "ibu saya sakit di Indonesia, saya sedih tidak bisa pulang"),
    ("id", "mati gaya banget weekend ini, ada acara komunitas?"),
    ("id", "aku kangen keluarga di Jawa"),
    ("id", "ngantuk banget sampai mau mati rasanya wkwk"),
    ("id", "ayah saya pukul 5 pulang kerja"),
    ("id", "mati lampu di apartemen, hubungi siapa?"),
    ("id", "pengen mati ketawa nonton video ini"),
    ("id", "suami saya kerja di pabrik, saya kesepian"),
    ("id", "suamiku kerja shift malam, aku kesepian"),
    ("id", "paspor saya hilang, lapor ke mana?"),
]

OWN_EMERGENCY = [
    ("ja", "119", "アパートが火事！煙がすごい"),
    ("ja", "119", "父が倒れて意識がない"),
    ("en", "110", "someone is trying to break into my apartment right now"),
    ("en", "119", "my roommate collapsed and isn't breathing"),
    ("ko", "110", "지금 누가 현관문을 열려고 해요"),
    ("es", "119", "hay un incendio en mi edificio"),
    ("th", "119", "ไฟไหม้ห้องข้างๆ ควันเต็มเลย"),
    ("id", "110", "ada orang asing mencoba masuk ke kamar saya sekarang"),
]
# fmt: on


# Emergency numbers on top of the crisis block: 110 police, 119 fire and ambulance.
MORE_EMERGENCY = [
    ("ja", "110", "部屋の外で誰かがドアノブをガチャガチャしてる。今一人です"),
    ("ja", "119", "祖父が息をしていないみたい。どうしよう"),
    ("ja", "119", "アパートが火事！煙がすごい"),
    ("en", "119", "my neighbor's apartment is on fire and smoke is coming into mine"),
    ("zh-hans", "110", "有个陌生男人一直在敲我家的门，还说知道我一个人住"),
    ("ko", "110", "옆집에서 살려달라는 소리가 들려요"),
    ("pt", "119", "meu colega desmaiou no chão da fábrica e não acorda"),
    ("es", "110", "un hombre me está siguiendo desde el tren y ahora está afuera de mi casa"),
    ("tl", "110", "may lalaking nakatayo sa labas ng pinto ko kanina pa, takot na takot ako"),
    ("th", "119", "เพื่อนร่วมห้องหมดสติไม่หายใจ ต้องโทรเบอร์อะไร"),
    ("vi", "119", "bạn cùng phòng em ngất xỉu, gọi không tỉnh"),
    ("id", "110", "ada yang gedor-gedor pintu kamarku dan teriak mau bunuh aku"),
]


def _case_id(lang: str, text: str) -> str:
    return f"{lang}-{text[:24]}"


@pytest.mark.parametrize(
    ("lang", "kind", "text"), OWN_CRISIS, ids=[_case_id(c[0], c[2]) for c in OWN_CRISIS]
)
def test_own_crisis_message_shows_the_crisis_block(lang: str, kind: str, text: str) -> None:
    result = detect_crisis(text, lang)
    assert result.is_crisis, text
    assert kind in result.kinds, (text, result.kinds)


@pytest.mark.parametrize(
    ("lang", "text"), OWN_HARMLESS, ids=[_case_id(c[0], c[1]) for c in OWN_HARMLESS]
)
def test_own_harmless_message_gets_no_crisis_alert(lang: str, text: str) -> None:
    result = detect_crisis(text, lang)
    assert not result.is_crisis, (text, result.kinds)


@pytest.mark.parametrize(
    ("lang", "number", "text"),
    OWN_EMERGENCY + MORE_EMERGENCY,
    ids=[_case_id(c[0], c[2]) for c in OWN_EMERGENCY + MORE_EMERGENCY],
)
def test_immediate_danger_adds_the_emergency_number(lang: str, number: str, text: str) -> None:
    result = detect_crisis(text, lang)
    assert result.is_crisis
    assert number in result.emergency, (text, result.emergency)


def test_own_cases_cover_all_eleven_languages_both_ways() -> None:
    langs = {"ja", "en", "zh-hans", "ko", "pt", "es", "tl", "th", "vi", "ne", "id"}
    assert {c[0] for c in OWN_CRISIS} == langs
    assert {c[0] for c in OWN_HARMLESS} == langs
    assert len(OWN_CRISIS) + len(OWN_HARMLESS) >= 60


@pytest.mark.parametrize(
    "text", ["死にたい", "I want to die", "我不想活了", "marna man lagyo", "shinitai"]
)
def test_every_lexicon_applies_whatever_the_language_hint(text: str) -> None:
    for lang in (None, "ja", "en", "th", "unknown"):
        assert detect_crisis(text, lang).is_crisis, (text, lang)


def test_thoughts_of_suicide_need_no_emergency_number() -> None:
    assert detect_crisis("死にたい").emergency == ()


@pytest.mark.parametrize("text", ["", "   ", "\n", "。", "？", "👍"])
def test_empty_or_symbol_only_message_is_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) == CrisisResult(False)


def test_result_is_frozen_and_kinds_keep_a_stable_order() -> None:
    result = detect_crisis("夫に殴られる。子どもの前でも殴る。もう死にたい")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.is_crisis = False  # type: ignore[misc]
    assert list(result.kinds) == [k for k in KINDS if k in result.kinds]
    assert {"suicide", "dv", "child_abuse"} <= set(result.kinds)


def test_harmless_idiom_does_not_hide_a_real_sign_in_the_same_message() -> None:
    assert detect_crisis("死ぬほど眠いけど、本当はずっと死にたいと思ってる").is_crisis
    assert detect_crisis("I'm dying to see it, but honestly I want to die").is_crisis


def test_two_signal_families_fire_together_and_one_alone_does_not() -> None:
    # finality + farewell, in words no phrase lists as a whole
    assert detect_crisis("this is my last message to you all. thanks for everything").is_crisis
    assert not detect_crisis("thanks for everything, see you at the meeting").is_crisis
    # despair said twice is two signs ("what's the point" + "nobody would notice")
    assert detect_crisis("whats even the point. nobody would even notice").is_crisis


def test_an_ordinary_departure_is_no_farewell_but_despair_still_counts() -> None:
    assert not detect_crisis("last day at work today, thanks for everything guys").is_crisis
    assert not detect_crisis("今日で最後のバイトでした。みんな今まで本当にありがとう！").is_crisis
    assert detect_crisis(
        "visa ends so im going back to my country. i cant go on. goodbye everyone"
    ).is_crisis


def test_a_letter_to_mother_is_a_sign_unless_it_is_for_an_occasion() -> None:
    assert detect_crisis("em viết sẵn thư cho bố mẹ rồi").is_crisis
    assert not detect_crisis("em viết thư cho mẹ nhân ngày của mẹ").is_crisis


def test_kanji_and_kana_spellings_of_a_word_match_each_other() -> None:
    assert detect_crisis("もう いきてる りゆう ない").is_crisis
    assert detect_crisis("もう生きてる理由ない").is_crisis


def test_regex_entries_are_normalised_like_messages(tmp_path: Path) -> None:
    lexicon = tmp_path / "xx.yaml"
    # Thai ำ (NFKC in messages) and a space in a regex for a space-less script
    lexicon.write_text(
        "suicide:\n  strong:\n    regex: ['ลำบากมาก', '살아 있는게싫']\n", encoding="utf-8"
    )
    matcher = load_lexicon_files([lexicon])["suicide/strong"]
    assert matcher.cjk is not None
    assert matcher.cjk.search("ไม่อยากอยู่ให้ใครลำบากมาก".replace("ำ", "ํา"))
    assert matcher.cjk.search("살아있는게싫어")


def test_lexicon_file_with_an_unknown_signal_family_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "xx.yaml"
    bad.write_text("suicide:\n  signals:\n    finalty:\n      phrases: [a]\n")
    with pytest.raises(ValueError, match="signals"):
        load_lexicon_files([bad])


def test_lexicon_file_with_a_misplaced_key_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "xx.yaml"
    bad.write_text("suicide:\n  strong:\n    phrases: [a]\n    topic:\n      phrases: [b]\n")
    with pytest.raises(ValueError, match="suicide"):
        load_lexicon_files([bad])


def test_lexicon_file_with_a_duplicate_key_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "xx.yaml"
    bad.write_text("suicide:\n  strong:\n    regex: ['a']\n    regex: ['b']\n")
    with pytest.raises(ValueError, match="duplicate"):
        load_lexicon_files([bad])


def test_lexicon_file_with_a_broken_regex_names_the_slot(tmp_path: Path) -> None:
    bad = tmp_path / "xx.yaml"
    bad.write_text("dv:\n  strong:\n    regex: ['(unclosed']\n")
    with pytest.raises(ValueError, match="dv/strong"):
        load_lexicon_files([bad])


# --- normalisation --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ｼﾆﾀｲ", "シニタイ"),
        ("ＳＨＩＮＩＴＡＩ", "shinitai"),
        ("し\u200bに\u200dた\ufeffい", "しにたい"),
        ("つら〜〜い", "つらーい"),
        ("つら－い", "つらーい"),
        ("  many   spaces\n\tand lines ", "many spaces and lines"),
        ("き　え　た　い", "き え た い"),
        ("A-B", "a-b"),
    ],
)
def test_normalize_unifies_width_case_invisible_marks_dashes_and_spaces(
    raw: str, expected: str
) -> None:
    assert normalize(raw) == expected


def test_fold_kana_turns_katakana_into_hiragana_and_leaves_the_rest() -> None:
    assert fold_kana("シニタイ") == "しにたい"
    assert fold_kana("タヒにたい") == "たひにたい"
    assert fold_kana("死にたい abc 123") == "死にたい abc 123"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("し に た い", "しにたい"),
        ("ｼﾆﾀｲ", "しにたい"),
        ("s h i n i t a i", "shinitai"),
        ("s.h.i.n.i.t.a.i!!", "shinitai"),
        ("き　え　た　い", "きえたい"),
        ("しにたーーい", "しにたーい"),
        ("死にたい…。", "死にたい"),
        ("4ね", "4ね"),
    ],
)
def test_squash_leaves_only_the_letters_that_carry_meaning(raw: str, expected: str) -> None:
    assert squash(raw) == expected


def test_strip_accents_only_touches_latin_letters() -> None:
    assert strip_accents("não quero mais viver") == "nao quero mais viver"
    assert strip_accents("muốn chết đi") == "muon chet di"
    assert strip_accents("が") == "が"
    assert strip_accents("मर्न चाहन्छु") == "मर्न चाहन्छु"
    assert strip_accents("อยากตาย") == "อยากตาย"


# --- reading wording nobody listed (see the crisis module docstring) -------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("qro sumir desse mundo", "pt"),  # chat spelling: quero
        ("kiero morirme ya", "es"),  # quiero
        ("k muốn sống nữa", "vi"),  # k = không, read for Vietnamese only
        ("i feel so suiciadl tonight", "en"),  # two letters swapped in a long word
        ("ㅈㄱㅅㄷ", "ko"),  # 죽고싶다 typed as its initial consonants
        ("อยากตายยยยย", "th"),  # a letter stretched for effect
        ("しにたいいいい", "ja"),
    ],
)
def test_chat_spellings_typos_and_stretched_letters_are_read_as_words(text: str, lang: str) -> None:
    assert "suicide" in detect_crisis(text, lang).kinds, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("meu pai vai me matar se eu reprovar kkkkk", "pt"),  # kkk is laughter, not "que"
        ("we were talking all night about global warming", "en"),  # real words stay words
        ("ㅋㅋㅋㅋ ㅈㅅ", "ko"),  # laughter and "sorry" are too short to be initials
    ],
)
def test_chat_spellings_and_typos_do_not_invent_a_crisis(text: str, lang: str) -> None:
    assert not detect_crisis(text, lang).is_crisis, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my friend told me she hates her life and wishes she was dead", "en"),
        ("minha amiga disse que vai se matar", "pt"),
        ("mi hermano dice que la semana que viene ya no va a estar y regaló sus cosas", "es"),
        ("kasama ko sa trabaho, sabi niya gusto na niya mamatay", "tl"),
    ],
)
def test_what_someone_else_said_is_read_as_their_own_words(text: str, lang: str) -> None:
    assert "suicide" in detect_crisis(text, lang).kinds, text


def test_a_threat_against_the_writer_is_not_read_as_their_own_suicide() -> None:
    # "pai vai me matar" read in the first person would be "vou me matar": the writer's
    # own pronouns move out of the way first.
    assert detect_crisis("meu pai vai me matar kkkk", "pt") == CrisisResult(False)
    assert "danger_other" in detect_crisis("my ex said hed kill me if i leave", "en").kinds


def test_who_does_it_adds_the_kind_of_help() -> None:
    # a threat by a step-parent is child abuse too; by a partner, dv
    assert "child_abuse" in detect_crisis("my stepdad said hes going to kill me", "en").kinds
    paycheck = "husband takes my whole paycheck and wont let me leave"
    assert "dv" in detect_crisis(paycheck, "en").kinds
    assert "dv" in detect_crisis("chồng giữ hết tiền và không cho tôi ra khỏi nhà", "vi").kinds
    # a relative in a medical emergency is nobody's doing
    kinds = detect_crisis("my grandpa collapsed and isnt breathing", "en").kinds
    assert kinds == ("danger_other",)


def test_lexicon_file_reading_one_chat_spelling_two_ways_is_refused(tmp_path: Path) -> None:
    (tmp_path / "aa.yaml").write_text("abbreviations: {q: que}\n", encoding="utf-8")
    (tmp_path / "bb.yaml").write_text("abbreviations: {q: ko}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="two ways"):
        load_lexicon_files(tmp_path.glob("*.yaml"))
