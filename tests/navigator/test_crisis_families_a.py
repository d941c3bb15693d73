"""Crisis families from blind batch A (crisisA): our own probes, not the batch's texts, read
by the rules alone (``learned=False``) in all 11 languages. Every language file is applied to
every message.

1. A parent who proposes that the whole family die together, heard by a child or a spouse
   (家族みんなで死のう, we should all die together, 全家一起死, 다 같이 죽자, romaji
   "minna de shinou"): suicide. Silent: laughing to death together, a game wipe, growing old
   and dying together, "死ぬ気で頑張ろう".
2. A relative who threatens to kill themselves unless given money or their way (お金を渡さ
   ないと死ぬって, ele diz que se eu nao pagar ele se mata, 不给钱就去死, 死给我看):
   suicide. Silent: working oneself to death (se mata de trabalhar), dying of hunger.
3. The wish to stop existing or end it all, and how it is told: thinking of it (pensando em
   parar de existir, nghĩ đến chuyện chấm dứt tất cả, 다 끝내는 생각), better that I end
   (mas mabuti pang matapos na ako), ending it oneself before forgetting the family or
   becoming a burden, a dated end told to a parent (30になる前に終わらせるから), a life
   story to stop, not planning to be around, saying one need not go on and asking to be
   stopped, and a Kansai or western dialect "no right to live" (生きとったらあかん):
   suicide. Silent: finishing homework oneself or before a deadline, finishing work by 5,
   ending a relationship or overtime, a way of living scolded, an author ending a story.
4. A child or relative who hits themselves when upset (se bate quando fica nervosa, hits
   himself in the head, 打自己的头, 자기 머리를 때려요): self-harm. Silent: beating oneself
   up (self-blame), bumping into a door by accident, tidying one's own room.
5. A husband who slaps or punches, told in romanized Nepali (thappad hanyo, mukka
   hanchha), or who threatens to send his wife home and keep the child: dv. Silent: a
   husband who makes tea or builds a house.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. A parent proposing that the whole family die together
    ("ja", "suicide", "借金で父が「家族みんなで死のう」って母に言ってるのを聞いた。こわい"),
    ("ja", "suicide", "おかあさんが、もうみんなでしのうかって言った。ぼくこわい"),
    ("ja", "suicide", "夫が「一家心中しかない」と言い出して眠れません"),
    ("ja", "suicide", "mou minna de shinou tte otousan ga itteta"),
    ("en", "suicide", "my dad said we should all die together because of the debts"),
    ("en", "suicide", "mum keeps saying the whole family should just die together"),
    ("en", "suicide", "he said hed take all of us and then himself. im 12 and scared"),
    ("zh-hans", "suicide", "爸爸说欠了太多钱，要全家一起死"),
    ("zh-hans", "suicide", "妈妈哭着说不如我们一家人一起去死"),
    ("ko", "suicide", "아빠가 빚 때문에 다 같이 죽자고 했어요"),
    ("ko", "suicide", "엄마가 온 가족이 같이 죽자고 해서 너무 무서워요"),
    ("pt", "suicide", "meu pai disse que é melhor a gente morrer todos juntos"),
    ("pt", "suicide", "minha mãe falou que a família toda devia morrer junta"),
    ("es", "suicide", "mi papá dijo que mejor nos muramos todos juntos"),
    ("es", "suicide", "mi madre dice que deberíamos matarnos todos"),
    ("tl", "suicide", "sabi ni papa sabay sabay na lang daw kaming mamatay"),
    ("tl", "suicide", "sabi ni mama buong pamilya na lang daw magpakamatay"),
    ("th", "suicide", "พ่อบอกว่าจะพาทุกคนในบ้านไปตายด้วยกัน"),
    ("th", "suicide", "แม่บอกว่าตายกันทั้งบ้านดีกว่า"),
    ("vi", "suicide", "bố nói cả nhà cùng chết cho xong"),
    ("vi", "suicide", "me bao ca nha cung chet di cho roi"),
    ("ne", "suicide", "buwa le sabai jana sangai marau bhannu bhayo"),
    ("ne", "suicide", "बुवाले सबै जना सँगै मरौं भन्नुभयो"),
    ("id", "suicide", "ayah bilang kita sekeluarga mati bareng saja"),
    ("id", "suicide", "ibu bilang mending kita mati bersama semua"),
    # 2. A relative threatening to kill themselves unless given money or their way
    ("ja", "suicide", "お金を渡さないと死ぬって息子が言う"),
    ("ja", "suicide", "別れるなら死んでやるって彼に言われてる"),
    ("en", "suicide", "my son says hell kill himself if i dont pay his debts"),
    ("en", "suicide", "she threatens shell end her life unless i come back"),
    ("zh-hans", "suicide", "儿子说不给钱就去死"),
    ("zh-hans", "suicide", "他说要分手的话就死给我看"),
    ("ko", "suicide", "아들이 돈 안 주면 죽어버리겠다고 해요"),
    ("ko", "suicide", "남편이 이혼하면 자살하겠다고 협박해요"),
    ("pt", "suicide", "ele diz que se eu não pagar ele se mata"),
    ("pt", "suicide", "minha filha ameaçou que vai se matar se eu não deixar ela sair"),
    ("es", "suicide", "si no le doy el dinero dice que se mata"),
    ("es", "suicide", "mi hijo amenaza que se va a matar si no le compro el celular"),
    ("tl", "suicide", "kapag hindi ko daw siya binigyan ng pera magpapakamatay daw siya"),
    ("th", "suicide", "ลูกชายบอกว่าถ้าไม่ให้เงินจะฆ่าตัวตาย"),
    ("th", "suicide", "แฟนบอกว่าถ้าเลิกจะตายให้ดู"),
    ("vi", "suicide", "con trai nói không cho tiền thì nó tự tử"),
    ("vi", "suicide", "no bao ko cho tien thi tu tu cho xem"),
    ("ne", "suicide", "chhora le paisa didina bhane marchhu bhanchha"),
    ("id", "suicide", "anakku bilang kalau nggak dikasih uang dia mau bunuh diri"),
    # 3. Ceasing to exist, ending it all, before a decline or by a date; no right to live
    ("ja", "suicide", "もう生きなくてもいいかなって思う。誰かにとめてほしい"),
    ("ja", "suicide", "親の顔も忘れていく前に、自分で終わらせたい"),
    ("ja", "suicide", "家族に迷惑をかける前にいっそ消えたい"),
    ("ja", "suicide", "うちみたいなもんが生きとったらあかんねん"),
    ("ja", "suicide", "わしなんか生きとったらいかんのや"),
    ("ja", "suicide", "息子が「30になる前に終わらせるから」と言った"),
    ("en", "suicide", "honestly this feels like a good place for my story to stop"),
    ("en", "suicide", "i dont plan on being around for graduation"),
    ("en", "suicide", "not planning on being here after march tbh"),
    ("zh-hans", "suicide", "最近一直在想结束这一切"),
    ("zh-hans", "suicide", "那个念头越来越近了。我怕自己哪天真的动手"),
    ("ko", "suicide", "요즘 다 끝내는 생각만 해요"),
    ("ko", "suicide", "모든 걸 끝내버리는 생각이 자꾸 들어"),
    ("pt", "suicide", "to pensando serio em parar de existir"),
    ("pt", "suicide", "tenho pensamentos de acabar com tudo"),
    ("pt", "suicide", "só queria parar de existir"),
    ("es", "suicide", "llevo días pensando en dejar de existir"),
    ("es", "suicide", "tengo ideas de acabar con todo"),
    ("tl", "suicide", "mas mabuti pang matapos na rin ako"),
    ("tl", "suicide", "naiisip ko nang tapusin na ang lahat"),
    ("th", "suicide", "คิดจะจบทุกอย่างแล้ว"),
    ("th", "suicide", "อยากหายไปจากโลกนี้"),
    ("vi", "suicide", "em nghĩ đến chuyện chấm dứt tất cả"),
    ("vi", "suicide", "dem nay e lai nghi den chuyen ket thuc tat ca"),
    ("ne", "suicide", "sabai antya garne socheko chhu"),
    ("id", "suicide", "aku kepikiran buat mengakhiri semuanya"),
    ("id", "suicide", "pengen berhenti ada aja"),
    # 4. A child or relative hitting themselves when upset
    ("en", "self_harm", "my son hits himself in the head when he gets upset"),
    ("en", "self_harm", "my daughter keeps slapping herself when she loses a game"),
    ("ja", "self_harm", "娘がかんしゃくを起こすと自分の顔をたたく"),
    ("zh-hans", "self_harm", "儿子一生气就打自己的头"),
    ("zh-hans", "self_harm", "女儿考不好就扇自己"),
    ("ko", "self_harm", "아들이 화가 나면 자기 머리를 때려요"),
    ("pt", "self_harm", "minha filha se bate quando fica nervosa"),
    ("pt", "self_harm", "meu filho de 15 anos se soca quando perde no jogo"),
    ("es", "self_harm", "mi hijo se golpea cuando se enoja"),
    ("tl", "self_harm", "ang anak ko sinasaktan ang sarili kapag galit"),
    ("th", "self_harm", "ลูกชายชอบตีหัวตัวเองเวลาโกรธ"),
    ("vi", "self_harm", "con trai tôi hay tự đánh vào đầu khi tức giận"),
    ("ne", "self_harm", "chhora risayo bhane aafailai kutchha"),
    ("id", "self_harm", "anak saya suka memukul dirinya sendiri kalau marah"),
    # 5. A husband who slaps, or threatens to send the wife home (romanized Nepali)
    ("ne", "dv", "budha le hijo thappad hanyo"),
    ("ne", "dv", "mero shriman le raksi khayera mukka hanchha"),
    ("ne", "dv", "budha le nepal pathaidinchhu, chhora paudinas bhanchha"),
]

HARMLESS = [
    ("ja", "みんなで死ぬほど笑った"),
    ("ja", "ゲームでみんな死んでやり直しになった"),
    ("ja", "宿題は自分で終わらせたい"),
    ("ja", "締め切りの前に自分で終わらせたい"),
    ("ja", "5時までには終わりにするから待ってて"),
    ("ja", "そんな生き方しとったらあかんで"),
    ("ja", "お金を払わないと死ぬほど怒られる"),
    ("ja", "この仕事が続くなら続けなくてもいいかなと思う"),
    ("en", "we all died together in the boss fight lol"),
    ("en", "lets grow old and die together"),
    ("en", "he beats himself up over every mistake"),
    ("en", "im not planning on being around for the party because im in osaka"),
    ("en", "the author found a good place for the story to stop"),
    ("zh-hans", "全家人都笑死了"),
    ("zh-hans", "大家一起死机了哈哈"),
    ("zh-hans", "我想结束这段关系"),
    ("ko", "다 같이 죽어라 공부하자"),
    ("pt", "vamos morrer de rir juntos"),
    ("pt", "ele se mata de trabalhar"),
    ("pt", "ele se bateu com o carro ontem"),
    ("pt", "tô pensando em parar de comer doce"),
    ("es", "todos nos morimos de risa"),
    ("es", "se pega a mí todo el día"),
    ("tl", "lahat tayo mamamatay balang araw"),
    ("tl", "matapos na ako sa trabaho"),
    ("vi", "muốn chấm dứt mọi chuyện với anh ấy"),
    ("id", "kita semua mati ketawa"),
    ("id", "anak saya memukul bola"),
    ("ne", "budha le chiya banayo"),
    ("th", "ทุกคนหัวเราะกันจนตายแล้ว"),
    ("ko", "아들이 밥 안 주면 배고파 죽겠다고 난리예요"),
    ("ko", "딸이 자기 방을 치우고 있어요"),
    ("ja", "子どもが自分の頭をなでてほしいって言う"),
    ("ja", "父は昔「みんなで死ぬ気で頑張ろう」が口癖だった"),
    ("en", "my son hit himself on the door by accident and laughed"),
    ("zh-hans", "我在考虑结束这个项目，换个工作"),
    ("th", "คิดจะจบโปรเจกต์ทุกอย่างภายในเดือนนี้"),
    ("vi", "cả nhà cùng chết cười vì phim hài"),
    ("ne", "budha le nepal ma ghar banayo"),
    ("es", "mi hijo se golpea con la puerta a veces"),
    ("tl", "sabay sabay kaming kumain"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
