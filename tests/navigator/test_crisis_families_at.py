"""Crisis families from crisisAT (a child left without food by a parent who sleeps, drinks or
is gone), in our own words, read by the rules alone (``learned=False``). Every language file
is applied to every message.

1. A parent who sleeps all day, stays in bed for days, will not get up, drinks and sleeps or
   has not come home, and no food at home, nothing eaten since yesterday or a younger sibling
   crying with hunger: child_abuse (neglect) in all 11 languages, Japanese also in kana,
   half-width katakana, romaji and western dialect. Before: silent in ja, en, es, pt, tl, th,
   vi, id and ne for most wordings.
2. Both parents gone, one left and the other not coming back (ja); a child who eats only the
   school lunch day after day (ja): child_abuse.
3. A parent a child cannot wake, since yesterday or though called and shaken: danger_other
   with 119 in all 11 languages (en already read the danger; 119 is new).
4. Silent: a parent sleeping in on Sunday or not woken at the weekend, a parent on nights who
   sleeps by day with dinner left ready, "I'm hungry, what's for dinner", a mother in bed with
   a cold while the father cooks, a lunch skipped because it tasted bad, a parent asleep after
   a drink once the child has eaten.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. a parent asleep, drunk or gone, and no food
    ("ja", "child_abuse", "おかあさん いつも ねてばっかりで ばんごはん ない。おなか すいた"),
    ("ja", "child_abuse", "ママずっとふとんからでてこない。きのうからなんにもたべてない"),
    ("ja", "child_abuse", "お母さんが三日くらい寝たきりで起きてこない。家に食べる物がない"),
    (
        "ja",
        "child_abuse",
        "パパがおさけのんで ねちゃって おきない。いもうとが おなかすいたって ないてる",
    ),
    ("ja", "child_abuse", "父が酒を飲んで寝てばかり。冷蔵庫が空っぽで弟がお腹をすかせてる"),
    ("ja", "child_abuse", "ママもパパもずっとかえってこない。いえに たべるもの なんもない"),
    ("ja", "child_abuse", "お母さん出ていって、お父さんも帰ってこん。ごはんないけん、おなかすいた"),
    ("ja", "child_abuse", "okaasan zutto nete te gohan ga nai"),
    ("ja", "child_abuse", "ｵｶｱｻﾝ ｽﾞｯﾄ ﾈﾃﾃ ｺﾞﾊﾝ ｶﾞ ﾅｲ"),
    ("ja", "child_abuse", "お母さんがおきないの。よんでもおきない。きのうから なにも たべてない"),
    ("en", "child_abuse", "my mum just sleeps all day every day and theres nothing to eat at home"),
    (
        "en",
        "child_abuse",
        "dad got drunk and passed out on the sofa, my little sister is crying cause shes hungry",
    ),
    ("en", "child_abuse", "my mom hasnt got out of bed in 3 days and we have no food"),
    ("en", "child_abuse", "mom and dad havent come home since friday and the fridge is empty"),
    ("zh-hans", "child_abuse", "妈妈每天都在睡觉，我和弟弟从昨天就没吃饭"),
    ("zh-hans", "child_abuse", "爸爸喝醉了睡着了，妹妹饿得一直哭"),
    ("ko", "child_abuse", "엄마가 며칠째 누워만 있고 집에 먹을 게 없어요"),
    ("ko", "child_abuse", "아빠가 술 마시고 계속 자요. 동생이 배고프다고 울어요"),
    ("pt", "child_abuse", "meu pai bebe e dorme o dia todo, meu irmãozinho está chorando de fome"),
    ("pt", "child_abuse", "minha mãe não sai da cama faz três dias e não tem nada pra comer"),
    ("pt", "child_abuse", "meus pais não voltam pra casa desde ontem e não tem comida"),
    (
        "es",
        "child_abuse",
        "mi papá toma y se duerme todo el día y no hay nada de comer en la casa",
    ),
    ("es", "child_abuse", "mi mamá lleva días durmiendo y mi hermanito llora de hambre"),
    ("es", "child_abuse", "mis papás no han vuelto desde el viernes y no tenemos comida"),
    ("tl", "child_abuse", "laging tulog si mama at wala kaming makain"),
    ("tl", "child_abuse", "lasing si papa at tulog lang, umiiyak sa gutom ang kapatid ko"),
    ("tl", "child_abuse", "ilang araw nang hindi umuuwi sina mama at papa, wala nang pagkain"),
    ("th", "child_abuse", "แม่นอนทั้งวันทุกวัน ที่บ้านไม่มีอะไรกินเลย"),
    ("th", "child_abuse", "พ่อกินเหล้าแล้วก็นอน น้องร้องไห้เพราะหิว"),
    ("vi", "child_abuse", "bố uống rượu rồi ngủ cả ngày, em con khóc vì đói"),
    ("vi", "child_abuse", "mẹ nằm trên giường mấy ngày rồi, nhà không còn gì để ăn"),
    ("vi", "child_abuse", "bố mẹ mấy hôm nay không về nhà, con không có gì ăn"),
    ("id", "child_abuse", "ibu tidur terus seharian dan di rumah tidak ada makanan"),
    ("id", "child_abuse", "bapak mabuk terus tidur, adikku menangis kelaparan"),
    ("ne", "child_abuse", "आमा दिनभरि सुतिरहनुहुन्छ, घरमा खाने केही छैन"),
    ("ne", "child_abuse", "बुबा रक्सी खाएर सुत्नुहुन्छ, भाइ भोकले रोइरहेको छ"),
    # 2. both parents gone; only the school lunch
    ("ja", "child_abuse", "おとうさんが でていって おかあさんも かえってこない"),
    ("ja", "child_abuse", "まいにち きゅうしょくしか たべてない"),
    # 3. a parent a child cannot wake
    ("ja", "danger_other", "ママをおこしても おきない。きのうから ずっと ねてる"),
    ("en", "danger_other", "my dad wont wake up since last night, i shook him"),
    ("es", "danger_other", "mi mamá no despierta desde ayer, la muevo y nada"),
    ("pt", "danger_other", "minha mãe não acorda desde ontem, eu chamo e nada"),
    ("tl", "danger_other", "hindi magising si nanay mula kagabi, niyugyog ko na"),
    ("vi", "danger_other", "mẹ con không dậy từ hôm qua, con gọi mãi"),
    ("id", "danger_other", "ibu tidak bangun dari kemarin, sudah kugoyang"),
    ("zh-hans", "danger_other", "妈妈从昨天就叫不醒"),
    ("ko", "danger_other", "엄마가 어제부터 깨워도 안 일어나요"),
    ("th", "danger_other", "แม่ปลุกไม่ตื่นตั้งแต่เมื่อวาน"),
    ("ne", "danger_other", "आमा हिजोदेखि उठाउँदा पनि उठ्नुहुन्न"),
]

HARMLESS = [
    # a parent sleeping in at the weekend
    ("ja", "にちようびは パパが おひるまで ねてる。ぼくは テレビ みてた"),
    ("ja", "日曜日だからパパをおこしてもおきない。ねぼすけ"),
    ("en", "my dad sleeps in every sunday so i make my own cereal"),
    ("en", "my dad wont wake up on sunday mornings lol"),
    ("zh-hans", "周末爸爸睡懒觉，我自己吃了早饭"),
    ("zh-hans", "周末爸爸睡懒觉，叫不醒"),
    ("ko", "일요일이라 아빠가 늦잠 자요"),
    ("ko", "일요일이라 아빠를 깨워도 안 일어나요"),
    ("pt", "domingo meu pai dorme até tarde"),
    ("es", "mi papá duerme hasta tarde los domingos"),
    ("tl", "tulog pa si papa kasi linggo"),
    ("th", "วันอาทิตย์พ่อนอนตื่นสาย"),
    ("th", "วันอาทิตย์แม่ปลุกไม่ตื่น นอนตื่นสาย"),
    ("vi", "chủ nhật bố ngủ nướng đến trưa"),
    ("vi", "chủ nhật bố ngủ nướng, gọi mãi không dậy"),
    ("id", "hari minggu ayah bangun siang"),
    ("id", "hari minggu ayah tidak mau bangun dari tadi pagi"),
    ("ne", "आइतबार बुबा ढिलो उठ्नुहुन्छ"),
    # a parent on nights, dinner ready
    ("ja", "お母さんは夜勤だから昼は寝てる。でも晩ごはんは作ってくれてある"),
    ("en", "mum works nights so she sleeps in the day but theres always dinner in the fridge"),
    ("zh-hans", "妈妈上夜班白天睡觉，不过晚饭已经做好了"),
    # hungry, what's for dinner
    ("ja", "おなかすいた!ばんごはん なにかな"),
    ("en", "im starving, whats for dinner tonight"),
    ("zh-hans", "好饿啊，今天晚饭吃什么"),
    ("ko", "배고파요 오늘 저녁 뭐예요"),
    ("pt", "tô com fome, o que tem pra jantar"),
    ("es", "tengo hambre, ¿qué hay de cenar?"),
    ("tl", "gutom na ako, ano ulam natin mamaya"),
    ("th", "หิวแล้ว เย็นนี้กินอะไรดี"),
    ("vi", "con đói quá, tối nay ăn gì vậy"),
    ("id", "aku lapar, malam ini makan apa ya"),
    ("ne", "भोक लाग्यो, आज बेलुका के खाने?"),
    # a mother in bed with a cold, the father cooks
    ("ja", "ママがかぜでねてるから、パパがごはんつくってくれた"),
    ("ja", "ママはかぜでずっとねてるけど、パパがごはんつくってくれた"),
    ("en", "my mom is in bed with the flu so dad is cooking tonight"),
    (
        "en",
        "my mom has been in bed with the flu for days but dad is making us dinner every night",
    ),
    ("ko", "엄마가 감기로 누워 있어서 아빠가 저녁을 만들어 줬어요"),
    ("ko", "엄마가 며칠째 감기로 누워 계셔서 아빠가 저녁을 만들어 줬어요"),
    ("pt", "minha mãe tá de cama gripada e meu pai fez o jantar"),
    ("pt", "minha mãe tá de cama faz dois dias mas meu pai fez o jantar"),
    ("es", "mi mamá está en cama con gripe y mi papá hizo la cena"),
    ("es", "mi mamá lleva dos días en cama con gripe, mi papá hizo la cena"),
    ("vi", "mẹ bị cảm nằm nghỉ, bố nấu cơm tối"),
    # a lunch skipped because it tasted bad; a parent asleep after the child has eaten
    ("ja", "きょうの きゅうしょく まずかったから のこした。おなかすいた"),
    ("en", "i skipped lunch today cause it tasted gross, so hungry now"),
    ("ja", "お父さんはお酒のんで寝ちゃった。ぼくはもうごはん食べたよ"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
