"""Five crisis families from blind batch 19 (crisisZ): our own probes, not the batch's
texts, read by the rules alone (``learned=False``) in all 11 languages. Every language file
is applied to every message.

1. A parent who keeps hitting their own small child: again, many times, every day, with
   bruises or marks, or unable to stop (娘をまた叩いちゃった, i keep hitting my 4 year old,
   这个星期已经打了儿子好几次): child abuse. Silent: a near miss told as over and the
   child not hit (手をあげそうになって…叩いてはいない), a question how to discipline
   without hitting, a tap once years ago, a child woken roughly (叩き起こす), a son who
   hits his sister, a parent who never hits. Not changed: crisisJ's "almost hit a child
   and scared of myself" stays a crisis.
2. After a death, wishing to go over there, where the dead one is (わたしもそっちに
   行けば会えるのかな, if i go over there too ill see her again, 我是不是也去那边就能
   见到她了): suicide. Silent: an older person of faith who will meet the dead again in
   heaven some day, a grave visit, going over there to a living friend's town, a
   hospital or a funeral trip, the other side of a street.
3. A parent named first and the blow told far later in a long sentence, a teen beaten
   when the parent checks the phone (meu pai lê tudo no meu celular e se vê que falei
   com algum menino ele me bate; お父さんが…わかると、わたしのことを殴ります): child
   abuse. Silent: a parent who reads the phone and scolds, takes it away or knocks on
   the door, a parent who never hits (nunca encostou em mim, 她从来不打我), a senior who
   hits at school, a father who hit long ago and left.
4. A child's bruise from a fall, a nursery or school that will report it to the child
   guidance centre, parents afraid the child will be taken (儿子在家摔了一跤脸上有
   淤青…通知儿童相谈所): harmless. Still child abuse when the carer says it was no fall
   but a blow (転んだって言ったけど、本当は私が叩いた; i told them he fell but the
   truth is i hit him; 我们说是摔倒的，其实是她爸打的).
5. An assault in the past told with its legal aftermath: police report, the attacker's
   lawyer, a settlement, a trial (居酒屋で殴られて前歯が折れた。被害届を出したら
   相手の弁護士から示談の電話): harmless. Still danger when the attacker is there now
   (standing outside my apartment, 今うちの家の前にいる) or threatens to do it again
   (また殴りに行くって脅された).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. A parent who keeps hitting their own small child and cannot stop
    (
        "ja",
        "child_abuse",
        "3歳の息子に毎日のように手が出てしまう。今日もお尻をたたきすぎて赤くはれた。やめたいのに"
        "やめられない",
    ),
    (
        "ja",
        "child_abuse",
        "娘をまた叩いちゃった。今週もう4回目。ほっぺに指のあとが残ってる。自分が止められない",
    ),
    (
        "ja",
        "child_abuse",
        "イライラすると子供を何度もぶってしまいます。腕にあざがいくつもある。誰か助けて",
    ),
    ("ja", "child_abuse", "4さいのむすこをたたくのが止まらない。きのうはあしにあざができた"),
    (
        "en",
        "child_abuse",
        "i keep hitting my 4 year old when he wont listen. i hate myself but i cant stop",
    ),
    (
        "en",
        "child_abuse",
        "I smacked my daughter again today and left a bruise on her leg. It's happening almost "
        "every day now",
    ),
    (
        "en",
        "child_abuse",
        "my toddler has marks on his arms because of me. i lose my temper and hit him over and "
        "over",
    ),
    ("zh-hans", "child_abuse", "我控制不住自己，这个星期已经打了四岁的儿子好几次，他胳膊上都青了"),
    ("zh-hans", "child_abuse", "女儿一哭闹我就忍不住打她，打完后悔，下次还是打，停不下来"),
    ("zh-hans", "child_abuse", "我老是打孩子，屁股上全是红印子，我很怕我自己"),
    ("ko", "child_abuse", "다섯 살 딸을 자꾸 때려요. 멈추고 싶은데 화가 나면 손이 먼저 나가요"),
    ("ko", "child_abuse", "아들을 또 때렸어요. 이번 주만 벌써 네 번째고 팔에 멍까지 들었어요"),
    (
        "ko",
        "child_abuse",
        "요즘 애를 하루에도 몇 번씩 때리고 있어요. 엉덩이에 자국이 남았어요. 어떻게 멈춰야 할지 "
        "모르겠어요",
    ),
    (
        "vi",
        "child_abuse",
        "tôi cứ đánh con gái 4 tuổi mỗi khi nó khóc, tay nó bầm hết rồi, tôi không dừng lại được",
    ),
    ("vi", "child_abuse", "Mình lại đánh con nữa rồi, tuần này là lần thứ năm. Mình sợ chính mình"),
    (
        "vi",
        "child_abuse",
        "con trai 3 tuổi bị em đánh nhiều lần, mông nó có vết bầm, em muốn dừng mà không được",
    ),
    (
        "tl",
        "child_abuse",
        "Lagi kong napapalo ang anak kong 5 taon, may pasa na siya sa braso. Hindi ko mapigilan "
        "sarili ko",
    ),
    (
        "tl",
        "child_abuse",
        "Araw-araw ko na lang pinapalo ang anak ko kapag nagagalit ako. Gusto kong tumigil pero "
        "di ko kaya",
    ),
    (
        "tl",
        "child_abuse",
        "Sinampal ko ulit ang baby ko, ilang beses na ngayong linggo. Natatakot na ako sa sarili "
        "ko",
    ),
    (
        "pt",
        "child_abuse",
        "Eu bato no meu filho de 4 anos quase todo dia, ele ficou com roxo no braço. Não consigo "
        "parar",
    ),
    (
        "pt",
        "child_abuse",
        "bati na minha filha de novo hoje, já é a terceira vez essa semana. tenho medo de mim "
        "mesma",
    ),
    (
        "pt",
        "child_abuse",
        "Perco a cabeça e dou tapa na minha pequena, ela tá com marcas nas pernas. preciso de "
        "ajuda pra parar",
    ),
    (
        "es",
        "child_abuse",
        "Le pego a mi hijo de 5 años cada vez que no me hace caso y ya tiene moretones. No puedo "
        "parar",
    ),
    (
        "es",
        "child_abuse",
        "Volví a pegarle a mi hija hoy, ya van varias veces esta semana. Me doy miedo",
    ),
    (
        "es",
        "child_abuse",
        "le doy nalgadas muy fuertes a mi niño casi a diario y le quedan marcas, no me puedo "
        "controlar",
    ),
    (
        "id",
        "child_abuse",
        "Aku sering memukul anakku yang umur 4 tahun, tangannya sampai memar. Aku mau berhenti "
        "tapi tidak bisa",
    ),
    (
        "id",
        "child_abuse",
        "Tadi aku pukul anak lagi, sudah berkali-kali minggu ini. Aku takut sama diriku sendiri",
    ),
    (
        "id",
        "child_abuse",
        "saya terus-terusan mukulin anak saya kalau dia rewel, pantatnya ada bekas biru",
    ),
    ("th", "child_abuse", "ฉันตีลูกสาวอายุ 4 ขวบบ่อยมาก แขนเขาช้ำไปหมด อยากหยุดแต่หยุดไม่ได้"),
    ("th", "child_abuse", "วันนี้ตีลูกอีกแล้ว อาทิตย์นี้หลายครั้งแล้ว กลัวตัวเองมาก"),
    ("th", "child_abuse", "เวลาโมโหฉันก็ตีลูกทุกวัน ก้นเขามีรอยเขียวเต็มไปหมด"),
    (
        "ne",
        "child_abuse",
        "म मेरो ४ वर्षको छोरालाई बारम्बार कुट्छु, उसको हातमा नीलो दाग छ। रोक्न सकिरहेको छैन",
    ),
    ("ne", "child_abuse", "आज फेरि छोरीलाई पिटें, यो हप्ता धेरै पटक भयो। आफैंसँग डर लाग्छ"),
    (
        "ne",
        "child_abuse",
        "रिस उठ्दा म बच्चालाई हान्छु, उसको शरीरभरि डाम छ, मलाई रोक्न मद्दत चाहियो",
    ),
    # 2. Wishing to go over there, to a friend or relative who died
    ("ja", "suicide", "去年死んだおばあちゃんにすごく会いたい。ぼくもそっちに行ったら会えるかな"),
    ("ja", "suicide", "親友が亡くなった。あっちの世界に行けばまた話せるのかな。わたしも行きたい"),
    ("ja", "suicide", "お兄ちゃんが死んでから、兄のいるところへ行きたいって毎日思う"),
    ("ja", "suicide", "ままがしんじゃった。ぼくもままのところにいきたい"),
    (
        "en",
        "suicide",
        "my best friend died last month. maybe if i go over there too ill see her again",
    ),
    ("en", "suicide", "grandpa passed away and I just want to go to where he is now"),
    (
        "en",
        "suicide",
        "since my brother died i keep thinking i should cross over to the other side so we can "
        "be together",
    ),
    ("zh-hans", "suicide", "奶奶去世了，我是不是也去那边就能见到她了"),
    ("zh-hans", "suicide", "最好的朋友走了，我想去另一个世界找他"),
    ("zh-hans", "suicide", "爸爸死了以后，我总想跟着他去那边"),
    ("ko", "suicide", "할머니가 돌아가셨어요. 나도 거기로 가면 할머니 만날 수 있을까요"),
    ("ko", "suicide", "제일 친한 친구가 죽었어. 나도 그쪽으로 가고 싶어"),
    ("ko", "suicide", "엄마 돌아가신 뒤로 엄마 곁으로 가고 싶다는 생각만 들어요"),
    ("vi", "suicide", "bạn thân mình mất rồi. nếu mình cũng sang bên đó thì có gặp lại nó không"),
    ("vi", "suicide", "Bà mất rồi, con chỉ muốn đi theo bà thôi"),
    ("vi", "suicide", "từ khi mẹ mất tôi chỉ muốn sang thế giới bên kia với mẹ"),
    (
        "tl",
        "suicide",
        "Namatay na yung bestfriend ko. Kung pumunta rin kaya ako doon, magkikita kami ulit?",
    ),
    ("tl", "suicide", "Wala na si lola. Gusto ko na lang sumunod sa kanya"),
    ("tl", "suicide", "Simula nung mamatay si mama, gusto ko na ring pumunta kung nasaan siya"),
    ("pt", "suicide", "meu melhor amigo morreu. se eu for pra lá também será que encontro ele?"),
    ("pt", "suicide", "A vó faleceu e eu só quero ir ficar com ela onde ela está"),
    ("pt", "suicide", "desde que minha mãe morreu penso em ir pro outro lado junto dela"),
    ("es", "suicide", "Mi mejor amiga murió. ¿Si me voy yo también para allá la volveré a ver?"),
    ("es", "suicide", "Se murió mi abuelo y solo quiero irme con él"),
    ("es", "suicide", "desde que falleció mi hermano quiero irme al otro lado con él"),
    (
        "id",
        "suicide",
        "Sahabatku meninggal. Kalau aku juga pergi ke sana, apa aku bisa ketemu dia lagi?",
    ),
    ("id", "suicide", "Nenek sudah meninggal, aku cuma mau nyusul nenek"),
    ("id", "suicide", "sejak ibu meninggal aku pengen ikut ibu ke alam sana"),
    ("th", "suicide", "เพื่อนสนิทตายแล้ว ถ้าฉันไปอยู่ที่นั่นด้วยจะได้เจอเขาอีกไหม"),
    ("th", "suicide", "ยายเสียแล้ว หนูอยากตามยายไป"),
    ("th", "suicide", "ตั้งแต่แม่เสีย ฉันอยากไปอยู่กับแม่ที่โลกโน้น"),
    ("ne", "suicide", "मेरो मिल्ने साथी बित्यो। म पनि त्यहाँ गएँ भने उसलाई भेट्न पाउँछु होला?"),
    ("ne", "suicide", "हजुरआमा बित्नुभयो, म पनि उहाँकहाँ जान चाहन्छु"),
    ("ne", "suicide", "आमा बितेदेखि म पनि आमाकहाँ जान मन लाग्छ"),
    # 3. A parent named first, "hits me" far later (a teen's phone checked)
    (
        "ja",
        "child_abuse",
        "中2です。お父さんが毎晩わたしのスマホを勝手に見て、男子とLINEしてるのがわかると、わたし"
        "のことを殴ります",
    ),
    (
        "ja",
        "child_abuse",
        "母はわたしのケータイのメッセージを全部チェックしてて、気に入らない相手がいると髪をつかん"
        "で叩いてくる",
    ),
    (
        "ja",
        "child_abuse",
        "うちの親父、俺のスマホの履歴をいちいち調べて、女子とやりとりしてたら顔をぶってくる",
    ),
    (
        "en",
        "child_abuse",
        "im 15 and my dad goes through my whole phone every night and if he finds out i texted a "
        "boy he beats me",
    ),
    (
        "en",
        "child_abuse",
        "my mom checks all my messages and whenever she sees something she doesnt like she slaps "
        "me across the face",
    ),
    (
        "en",
        "child_abuse",
        "My stepdad makes me hand over my phone after school, reads everything, and when he "
        "finds a chat with my friends he hits me with his belt",
    ),
    ("zh-hans", "child_abuse", "我14岁，我爸每天晚上都翻我的手机，只要看到我和男生聊天就打我"),
    (
        "zh-hans",
        "child_abuse",
        "妈妈偷看我所有的微信聊天记录，发现我跟同学说她坏话以后就拿衣架抽我",
    ),
    ("zh-hans", "child_abuse", "继父每天查我手机，要是看到我给男同学发消息，他就狠狠揍我一顿"),
    (
        "ko",
        "child_abuse",
        "중3인데 아빠가 매일 밤 제 핸드폰을 다 뒤져보고 남자애랑 연락한 게 보이면 저를 때려요",
    ),
    (
        "ko",
        "child_abuse",
        "엄마가 제 카톡을 전부 확인하는데 마음에 안 드는 대화가 있으면 뺨을 때려요",
    ),
    (
        "ko",
        "child_abuse",
        "새아빠가 학교 끝나면 폰을 뺏어서 다 읽어보고, 친구랑 한 대화가 나오면 벨트로 저를 때려요",
    ),
    (
        "vi",
        "child_abuse",
        "em 15 tuổi, bố em tối nào cũng lục điện thoại của em, hễ thấy em nhắn tin với bạn trai "
        "là bố đánh em",
    ),
    ("vi", "child_abuse", "mẹ đọc hết tin nhắn của mình, thấy gì không vừa ý là tát mình"),
    (
        "vi",
        "child_abuse",
        "Dượng bắt em nộp điện thoại mỗi tối, đọc hết mọi thứ, thấy em chat với bạn là lấy thắt "
        "lưng đánh em",
    ),
    (
        "tl",
        "child_abuse",
        "15 na ako. Binabasa ng tatay ko lahat ng nasa cellphone ko at pag nakita niyang may "
        "ka-chat akong lalaki, sinasaktan niya ako",
    ),
    (
        "tl",
        "child_abuse",
        "Chinecheck ni mama lahat ng messages ko, tapos kapag may nabasa siyang ayaw niya, "
        "sinasampal niya ako",
    ),
    (
        "tl",
        "child_abuse",
        "Yung stepdad ko kinukuha phone ko gabi-gabi, binabasa lahat, at pag may nakita siyang "
        "chat sa barkada, binubugbog niya ako",
    ),
    (
        "pt",
        "child_abuse",
        "tenho 14 anos e minha mãe pega meu celular toda noite, quando acha alguma conversa que "
        "não gosta ela me bate com o cinto",
    ),
    (
        "pt",
        "child_abuse",
        "Meu padrasto fica fuçando minhas mensagens e sempre que encontra algo com meus amigos "
        "ele me dá tapa na cara",
    ),
    (
        "pt",
        "child_abuse",
        "meu pai controla tudo que eu faço no whatsapp e quando descobre que mandei mensagem pra "
        "algum garoto ele me espanca",
    ),
    (
        "es",
        "child_abuse",
        "tengo 15 y mi papá revisa todo mi celular cada noche, y si ve que hablé con algún chico "
        "me pega",
    ),
    (
        "es",
        "child_abuse",
        "Mi mamá lee todos mis mensajes y cuando encuentra algo que no le gusta me da cachetadas",
    ),
    (
        "es",
        "child_abuse",
        "mi padrastro me quita el teléfono al llegar de la escuela, lo revisa todo y si "
        "encuentra chats con mis amigas me golpea con el cinturón",
    ),
    (
        "id",
        "child_abuse",
        "Aku 15 tahun. Ayahku tiap malam ngecek semua isi HP-ku, dan kalau dia lihat aku chat "
        "sama cowok, dia mukul aku",
    ),
    (
        "id",
        "child_abuse",
        "Ibu baca semua pesanku, terus kalau ada yang dia nggak suka, dia nampar aku",
    ),
    (
        "id",
        "child_abuse",
        "Ayah tiriku ambil HP-ku tiap pulang sekolah, dibaca semua, dan kalau ketemu chat sama "
        "teman aku dipukul pakai ikat pinggang",
    ),
    ("th", "child_abuse", "หนูอายุ 15 พ่อเปิดดูโทรศัพท์หนูทุกคืน ถ้าเห็นว่าคุยกับผู้ชายพ่อจะตีหนู"),
    ("th", "child_abuse", "แม่อ่านแชทหนูทุกอัน ถ้าเจออะไรที่ไม่ชอบก็ตบหน้าหนู"),
    (
        "th",
        "child_abuse",
        "พ่อเลี้ยงยึดมือถือผมทุกเย็น อ่านทุกอย่าง ถ้าเจอแชทกับเพื่อนก็เอาเข็มขัดฟาดผม",
    ),
    (
        "ne",
        "child_abuse",
        "म १५ वर्षकी हुँ। बुबाले हरेक राति मेरो मोबाइल हेर्नुहुन्छ, कुनै केटासँग कुरा गरेको देख्नुभयो भने मलाई कुट्नुहुन्छ",
    ),
    (
        "ne",
        "child_abuse",
        "आमाले मेरो सबै म्यासेज पढ्नुहुन्छ र मन नपरेको केही भेटे मलाई थप्पड हान्नुहुन्छ",
    ),
    (
        "ne",
        "child_abuse",
        "सौतेनी बुबाले स्कुलबाट आएपछि फोन खोसेर सबै पढ्छन्, साथीसँगको च्याट भेटे पेटीले मलाई पिट्छन्",
    ),
    # 4. The bruise a nursery will report: a parent who says they (or the partner) hit the child
    (
        "ja",
        "child_abuse",
        "保育園が息子のあざを見て児相に通告するって。転んだって言ったけど、本当は私が叩いてできた"
        "あざです",
    ),
    (
        "ja",
        "child_abuse",
        "学校から娘のけがのことで児童相談所に連絡が行くらしい。階段から落ちたことにしてるけど、夫"
        "が毎晩娘を殴ってる",
    ),
    (
        "ja",
        "child_abuse",
        "幼稚園に児相へ通報すると言われた。うちの子は転んだんじゃない、私がカッとなって何度もぶっ"
        "たから",
    ),
    (
        "en",
        "child_abuse",
        "daycare is reporting the bruise on my son to the child guidance center. i told them he "
        "fell but the truth is i hit him",
    ),
    (
        "en",
        "child_abuse",
        "the school says they'll call child services about my daughters bruises. we said she "
        "fell down the stairs, but my husband beats her",
    ),
    (
        "en",
        "child_abuse",
        "the nursery will report us to the child consultation centre. it wasnt a fall, I smacked "
        "him hard again and again",
    ),
    ("zh-hans", "child_abuse", "保育园看到儿子的淤青说要通知儿童相谈所。我说是摔的，其实是我打的"),
    ("zh-hans", "child_abuse", "学校要联系儿童相谈所。我们说女儿是摔倒的，其实是她爸每天晚上打她"),
    ("zh-hans", "child_abuse", "幼儿园要报告儿相了。孩子不是摔的，是我一生气就狠狠打了他好几次"),
    (
        "ko",
        "child_abuse",
        "어린이집에서 아들 멍을 보고 아동상담소에 신고한대요. 넘어졌다고 했지만 사실은 제가 "
        "때렸어요",
    ),
    (
        "ko",
        "child_abuse",
        "학교에서 딸 멍 때문에 아동상담소에 연락한대요. 계단에서 넘어졌다고 했는데 사실 남편이 "
        "매일 밤 딸을 때려요",
    ),
    (
        "ko",
        "child_abuse",
        "유치원이 아동상담소에 알린대요. 넘어진 게 아니라 제가 화나서 아이를 여러 번 세게 때렸어요",
    ),
    (
        "vi",
        "child_abuse",
        "nhà trẻ thấy vết bầm của con nên sẽ báo trung tâm tư vấn trẻ em. tôi nói là con bị ngã "
        "nhưng thật ra là tôi đánh con",
    ),
    (
        "vi",
        "child_abuse",
        "trường sẽ báo trung tâm tư vấn trẻ em về vết bầm của con gái. bọn mình nói con ngã cầu "
        "thang, nhưng thật ra chồng mình tối nào cũng đánh con",
    ),
    (
        "vi",
        "child_abuse",
        "nhà trẻ sẽ báo lên trung tâm. con không phải bị ngã, là do tôi nóng lên đánh con mạnh "
        "nhiều lần",
    ),
    (
        "tl",
        "child_abuse",
        "Ire-report ng daycare sa child guidance center ang pasa ng anak ko. Sabi ko nadapa siya "
        "pero ang totoo pinalo ko siya",
    ),
    (
        "tl",
        "child_abuse",
        "Tatawag ang school sa jidou soudanjo dahil sa pasa ng anak ko. Sinabi naming nahulog "
        "siya sa hagdan pero ang totoo binubugbog siya ng asawa ko gabi-gabi",
    ),
    (
        "tl",
        "child_abuse",
        "Ire-report na kami ng daycare. Hindi siya nadapa, ako ang nakapalo sa kanya nang "
        "malakas nang ilang beses",
    ),
    (
        "pt",
        "child_abuse",
        "A creche viu o roxo do meu filho e vai denunciar ao centro de orientação infantil. Eu "
        "disse que ele caiu, mas na verdade fui eu que bati nele",
    ),
    (
        "pt",
        "child_abuse",
        "a escola vai avisar o centro de orientação por causa dos roxos da minha filha. dissemos "
        "que ela caiu da escada, mas meu marido bate nela toda noite",
    ),
    (
        "pt",
        "child_abuse",
        "a creche vai comunicar o jidou soudanjo. não foi queda, eu perdi a cabeça e bati forte "
        "nele várias vezes",
    ),
    (
        "es",
        "child_abuse",
        "La guardería vio el moretón de mi hijo y lo va a reportar al centro de orientación "
        "infantil. Dije que se cayó pero la verdad es que yo le pegué",
    ),
    (
        "es",
        "child_abuse",
        "la escuela va a llamar al centro de orientación por los moretones de mi hija. dijimos "
        "que se cayó de la escalera pero mi esposo le pega todas las noches",
    ),
    (
        "es",
        "child_abuse",
        "la guardería nos va a reportar. no fue una caída, perdí el control y le pegué fuerte "
        "varias veces",
    ),
    (
        "id",
        "child_abuse",
        "Penitipan anak lihat memar anakku dan mau lapor ke pusat konsultasi anak. Aku bilang "
        "dia jatuh, padahal sebenarnya aku yang memukulnya",
    ),
    (
        "id",
        "child_abuse",
        "Sekolah mau lapor ke jidou soudanjo soal memar anak perempuanku. Kami bilang dia jatuh "
        "dari tangga, padahal suamiku memukulinya tiap malam",
    ),
    (
        "id",
        "child_abuse",
        "Penitipan mau melaporkan kami. Dia bukan jatuh, aku emosi dan memukulnya keras "
        "berkali-kali",
    ),
    (
        "th",
        "child_abuse",
        "เนิร์สเซอรี่เห็นรอยช้ำของลูกแล้วจะแจ้งศูนย์ให้คำปรึกษาเด็ก ฉันบอกว่าลูกล้ม แต่ความจริงฉันตีเขาเอง",
    ),
    (
        "th",
        "child_abuse",
        "โรงเรียนจะแจ้งศูนย์เด็กเรื่องรอยช้ำของลูกสาว เราบอกว่าตกบันได แต่จริงๆ สามีตีลูกทุกคืน",
    ),
    ("th", "child_abuse", "อนุบาลจะแจ้งศูนย์แล้ว ลูกไม่ได้ล้ม ฉันโมโหแล้วตีเขาแรงๆ หลายครั้ง"),
    (
        "ne",
        "child_abuse",
        "हाइकुएनले छोराको डाम देखेर बाल परामर्श केन्द्रलाई खबर गर्छ रे। मैले लडेको भनें, तर "
        "साँच्चै मैले नै उसलाई कुटेको हुँ",
    ),
    (
        "ne",
        "child_abuse",
        "स्कुलले छोरीको डामबारे बाल केन्द्रलाई भन्छ रे। हामीले भर्याङबाट लडी भन्यौं तर साँच्चै "
        "श्रीमानले हरेक राति उसलाई पिट्छन्",
    ),
    (
        "ne",
        "child_abuse",
        "हाइकुएनले रिपोर्ट गर्छ रे। ऊ लडेको होइन, मैले रिसले धेरै पटक जोडले हानें",
    ),
    # 5. The one who assaulted the writer there now, or threatening again
    (
        "ja",
        "danger_other",
        "前に殴ってきた男と示談の話をしてたけど、断ったら『また殴りに行くからな』って脅された。怖"
        "い",
    ),
    ("ja", "danger_other", "殴られて被害届を出した相手が、今うちの家の前にいる。どうしよう"),
    ("ja", "danger_other", "示談を断ったら、殴った相手が職場の前で待ち伏せしてる。今も外にいる"),
    (
        "en",
        "danger_other",
        "the guy who punched me at the bar found out i wont settle and now he texts that he'll "
        "come find me and finish the job",
    ),
    (
        "en",
        "danger_other",
        "the man who beat me up last month is standing outside my apartment right now, I "
        "reported him to the police",
    ),
    (
        "en",
        "danger_other",
        "after I refused the settlement, the guy who attacked me showed up at my work and said "
        "he'd hit me again",
    ),
    ("zh-hans", "danger_other", "打我的那个人知道我不和解，就发消息说要再来找我算账"),
    ("zh-hans", "danger_other", "上个月打我的那个男的现在就在我家楼下，我已经报过警了"),
    ("zh-hans", "danger_other", "拒绝和解后，打我的人跑到我公司门口，说还要再打我"),
    (
        "ko",
        "danger_other",
        "저를 때린 사람이 합의 안 해주면 또 찾아와서 때리겠다고 문자를 보냈어요",
    ),
    (
        "ko",
        "danger_other",
        "지난달 저를 폭행한 남자가 지금 우리 집 앞에 서 있어요. 신고는 이미 했어요",
    ),
    ("ko", "danger_other", "합의를 거절했더니 때린 사람이 회사 앞까지 와서 다시 때린다고 했어요"),
    (
        "vi",
        "danger_other",
        "thằng đánh tôi biết tôi không chịu hòa giải nên nhắn tin dọa sẽ tìm đến đánh tôi nữa",
    ),
    (
        "vi",
        "danger_other",
        "người đàn ông đánh tôi tháng trước đang đứng trước nhà tôi ngay bây giờ",
    ),
    (
        "vi",
        "danger_other",
        "tôi từ chối hòa giải, thế là kẻ đánh tôi đến tận chỗ làm và nói sẽ đánh tôi lần nữa",
    ),
    (
        "tl",
        "danger_other",
        "Nalaman ng sumuntok sa akin na ayaw kong makipag-areglo kaya nag-text siya na babalikan "
        "niya ako at bubugbugin ulit",
    ),
    (
        "tl",
        "danger_other",
        "Nandito ngayon sa labas ng bahay ko ang lalaking bumugbog sa akin noong isang buwan",
    ),
    (
        "tl",
        "danger_other",
        "Tinanggihan ko ang areglo, tapos pumunta sa trabaho ko yung nanakit sa akin at sinabing "
        "sasaktan niya ulit ako",
    ),
    (
        "pt",
        "danger_other",
        "o cara que me bateu no bar soube que não vou aceitar o acordo e mandou mensagem dizendo "
        "que vai me pegar de novo",
    ),
    (
        "pt",
        "danger_other",
        "o homem que me espancou mês passado está parado na frente da minha casa agora",
    ),
    (
        "pt",
        "danger_other",
        "recusei o acordo e o sujeito que me agrediu apareceu no meu trabalho dizendo que vai me "
        "bater de novo",
    ),
    (
        "es",
        "danger_other",
        "el tipo que me golpeó en el bar se enteró de que no voy a aceptar el acuerdo y me "
        "escribió que va a venir a buscarme otra vez",
    ),
    (
        "es",
        "danger_other",
        "el hombre que me pegó el mes pasado está parado frente a mi casa ahora mismo",
    ),
    (
        "es",
        "danger_other",
        "rechacé el acuerdo y el que me agredió apareció en mi trabajo diciendo que me va a "
        "volver a pegar",
    ),
    (
        "id",
        "danger_other",
        "Orang yang memukulku tahu aku nggak mau damai, terus dia kirim pesan bakal datang dan "
        "mukul aku lagi",
    ),
    (
        "id",
        "danger_other",
        "Laki-laki yang memukuliku bulan lalu sekarang berdiri di depan rumahku",
    ),
    (
        "id",
        "danger_other",
        "Aku menolak damai, lalu orang yang memukulku datang ke tempat kerjaku dan bilang akan "
        "memukulku lagi",
    ),
    (
        "th",
        "danger_other",
        "คนที่ต่อยฉันรู้ว่าฉันไม่ยอมไกล่เกลี่ย เลยส่งข้อความมาว่าจะมาหาแล้วต่อยอีก",
    ),
    ("th", "danger_other", "ผู้ชายที่ทำร้ายฉันเดือนที่แล้วกำลังยืนอยู่หน้าบ้านฉันตอนนี้"),
    ("th", "danger_other", "ฉันไม่ยอมไกล่เกลี่ย คนที่ต่อยฉันเลยมาที่ทำงานแล้วบอกว่าจะทำร้ายฉันอีก"),
    (
        "ne",
        "danger_other",
        "मलाई कुट्ने मान्छेले म मिलापत्र गर्दिनँ भन्ने थाहा पाएर फेरि आएर कुट्छु भनेर म्यासेज पठायो",
    ),
    ("ne", "danger_other", "गत महिना मलाई कुट्ने मान्छे अहिले मेरो घर बाहिर उभिएको छ"),
    (
        "ne",
        "danger_other",
        "मिलापत्र अस्वीकार गरेपछि मलाई कुट्ने मान्छे मेरो काममा आयो र फेरि कुट्छु भन्यो",
    ),
]

HARMLESS = [
    # 1. A near miss told as over, how not to hit, a tap long ago, a child who hits a sibling
    (
        "ja",
        "2歳の娘に手をあげそうになって、自分でびっくりした。叩いてはいない。どうやって気持ちを落"
        "ち着ければいい？",
    ),
    ("ja", "叩かずに叱る方法を知りたいです。3歳の息子がいうことを聞かなくて"),
    (
        "ja",
        "何年も前に一度だけ、息子の手をぺしっと軽くたたいたことがある。今でも思い出して後悔してる",
    ),
    (
        "en",
        "I almost smacked my son today but I stopped, went to another room and didn't touch him. "
        "How do I keep calm?",
    ),
    ("en", "how do you discipline a 3 year old without hitting or yelling"),
    (
        "en",
        "years ago I tapped my daughter's hand once when she reached for the hot stove and I "
        "still think about it",
    ),
    ("zh-hans", "今天差点对孩子动手，把自己吓坏了，还好忍住了没打"),
    ("zh-hans", "怎样不打不骂地管教三岁的孩子？"),
    ("zh-hans", "好多年前我轻轻拍过一次女儿的手，现在想起来还觉得内疚"),
    ("ko", "아이한테 손을 올릴 뻔해서 너무 무서웠어요. 때리지는 않았어요"),
    ("ko", "때리지 않고 훈육하는 방법 좀 알려주세요"),
    ("ko", "몇 년 전에 딱 한 번 아이 손등을 톡 친 적이 있는데 아직도 마음에 걸려요"),
    ("vi", "hôm nay suýt nữa tôi đánh con, may mà kìm lại được. làm sao để bớt nóng giận?"),
    ("vi", "làm sao dạy con mà không phải đánh?"),
    ("vi", "mấy năm trước tôi có phát nhẹ vào tay con một lần, đến giờ vẫn áy náy"),
    (
        "tl",
        "Muntik ko nang mapalo ang anak ko kanina, buti napigilan ko. Paano ba kontrolin ang "
        "galit?",
    ),
    ("tl", "Paano disiplinahin ang bata nang hindi namamalo?"),
    ("pt", "Quase bati no meu filho hoje e fiquei assustada. Não bati, mas como controlo a raiva?"),
    ("pt", "Como educar uma criança de 3 anos sem bater?"),
    (
        "pt",
        "há muitos anos dei um tapinha na mão da minha filha uma vez só e ainda me sinto culpada",
    ),
    (
        "es",
        "Casi le pego a mi hijo hoy y me asusté. Me fui a otro cuarto. ¿Cómo controlo el enojo?",
    ),
    ("es", "¿Cómo disciplinar a un niño pequeño sin pegarle?"),
    (
        "id",
        "Hampir saja aku memukul anakku tadi, untung bisa menahan diri. Gimana cara "
        "mengendalikan emosi?",
    ),
    ("id", "Bagaimana cara mendisiplinkan anak tanpa memukul?"),
    ("th", "วันนี้เกือบตีลูก ตกใจตัวเองมาก แต่ห้ามใจไว้ได้ ไม่ได้ตี"),
    ("th", "จะสอนลูกยังไงโดยไม่ต้องตี"),
    ("ne", "आज छोरालाई हान्न लागेको थिएँ, आफैं डराएँ, तर हानिनँ"),
    ("ne", "बच्चालाई नपिटी कसरी अनुशासन सिकाउने?"),
    ("ja", "毎朝息子を叩き起こしてるけど、いつも起きない"),
    ("ja", "娘を叩いたことは一度もないです。毎日ちゃんと話を聞いてます"),
    ("en", "my son hit his sister again today, how do i stop it"),
    ("zh-hans", "我从来不打孩子，每天都好好跟他讲道理"),
    # 2. Meeting the dead again someday in heaven, a grave visit, going over there to a place
    (
        "ja",
        "亡くなった主人とは、いつかあの世でまた会えると信じております。それまでは元気に暮らします",
    ),
    ("ja", "来週、亡くなった友達のお墓参りに行って、会ってくるつもり"),
    ("ja", "母が入院してる病院はちょっと遠いけど、週末そっちに行けば会えるかな"),
    (
        "en",
        "My husband passed ten years ago. I'm 82 and I believe we'll meet again in heaven when "
        "the Lord calls me. Till then I keep busy with my garden",
    ),
    ("en", "going to visit my mom's grave tomorrow to talk to her"),
    ("en", "my friend moved to osaka, I'll go over there next month and see her"),
    ("zh-hans", "老伴走了十年了，我相信将来在天堂会再见面，现在我好好过日子"),
    ("zh-hans", "清明节要去给妈妈扫墓，去看看她"),
    ("zh-hans", "朋友搬去大阪了，下个月我过去那边看她"),
    (
        "ko",
        "남편이 세상을 떠난 지 5년이에요. 언젠가 천국에서 다시 만나겠지요. 그날까지 잘 지낼 거예요",
    ),
    ("ko", "내일 친구 산소에 가서 인사하고 올 거예요"),
    ("ko", "친구가 부산으로 이사 갔는데 다음 달에 거기로 가서 만날 거야"),
    (
        "vi",
        "Ông nhà tôi mất đã lâu. Tôi tin một ngày nào đó sẽ gặp lại ông trên thiên đàng. Giờ tôi "
        "vẫn sống vui với con cháu",
    ),
    ("vi", "mai mình đi thăm mộ bạn"),
    ("vi", "bạn mình chuyển lên Tokyo, tháng sau mình qua bên đó gặp nó"),
    (
        "tl",
        "Pumanaw na ang asawa ko. Alam kong magkikita kami ulit sa langit balang araw, sa tamang "
        "panahon ng Diyos. Sa ngayon masaya ako sa mga apo ko",
    ),
    ("tl", "Bibisitahin ko ang puntod ng kaibigan ko bukas"),
    ("tl", "Lumipat na si ate sa Osaka, pupunta ako doon next month para makita siya"),
    (
        "pt",
        "Meu marido faleceu há dez anos. Sei que um dia vou reencontrá-lo no céu, quando Deus "
        "quiser. Até lá sigo firme com meus netos",
    ),
    ("pt", "amanhã vou ao cemitério visitar o túmulo da minha amiga"),
    ("pt", "minha amiga mudou pra Osaka, mês que vem vou lá ver ela"),
    (
        "es",
        "Mi esposo falleció hace años. Algún día me reuniré con él en el cielo, cuando Dios "
        "quiera. Mientras tanto, sigo con mis nietos",
    ),
    ("es", "Mañana voy a visitar la tumba de mi amiga"),
    ("es", "mi amiga se mudó a Nagoya, el mes que viene voy para allá a verla"),
    (
        "id",
        "Suami saya sudah meninggal. Saya yakin suatu hari akan bertemu lagi di surga, kalau "
        "Allah mengizinkan. Sekarang saya jalani hidup dengan tenang",
    ),
    ("id", "besok aku ziarah ke makam sahabatku"),
    ("id", "temanku pindah ke Osaka, bulan depan aku ke sana ketemu dia"),
    (
        "th",
        "สามีเสียไปหลายปีแล้ว สักวันคงได้พบกันอีกครั้งบนสวรรค์ ตอนนี้ยายก็ใช้ชีวิตไปอย่างสงบกับหลานๆ",
    ),
    ("th", "พรุ่งนี้จะไปไหว้หลุมศพเพื่อน"),
    ("th", "เพื่อนย้ายไปโอซาก้า เดือนหน้าจะไปหาที่นั่น"),
    (
        "ne",
        "श्रीमान बित्नुभएको धेरै वर्ष भयो। एक दिन स्वर्गमा फेरि भेट होला, भगवानको इच्छा। अहिले "
        "नातिनातिनासँग शान्तिले बाँचिरहेको छु",
    ),
    ("ne", "भोलि साथीको चिहानमा फूल चढाउन जान्छु"),
    ("ne", "साथी ओसाका सर्यो, अर्को महिना त्यहाँ गएर भेट्छु"),
    ("ja", "祖父が亡くなった。来月向こうに行けば親戚みんなに会える"),
    (
        "en",
        "my grandma died in osaka. if i go over there too for the funeral i will see my cousins "
        "again",
    ),
    ("en", "my dad died and I crossed to the other side of the street when I saw his old friend"),
    ("zh-hans", "爷爷去世了，下个月我去那边参加葬礼"),
    # 3. A parent who reads the phone and scolds, takes it away, knocks on the door; no blow
    (
        "ja",
        "お父さんがわたしのスマホを毎日チェックしてきて、男子と話したらめっちゃ怒られる。うざい",
    ),
    (
        "ja",
        "母がLINEを勝手に見て、友達とのやりとりに口出ししてくる。叩かれたりはしないけど、しんどい",
    ),
    ("en", "my dad reads all my texts and yells at me if i talk to boys, it's so annoying"),
    (
        "en",
        "my mom checks my phone and takes it away when she sees I texted a boy, she never hits "
        "me tho",
    ),
    ("zh-hans", "我爸老是翻我手机，看到我和男生聊天就骂我，烦死了"),
    ("zh-hans", "妈妈每天检查我的聊天记录，还没收手机，但她从来不打我"),
    ("ko", "아빠가 내 폰을 맨날 검사하고 남자애랑 톡하면 엄청 잔소리해. 짜증나"),
    ("ko", "엄마가 제 메시지를 다 보고 폰을 압수해요. 때리지는 않아요"),
    ("vi", "bố cứ kiểm tra điện thoại của em, thấy nhắn với con trai là mắng, bực quá"),
    ("vi", "mẹ đọc tin nhắn của mình rồi tịch thu điện thoại, nhưng mẹ không bao giờ đánh mình"),
    (
        "tl",
        "Binabasa ni papa lahat ng text ko tapos pinapagalitan ako pag may ka-text akong lalaki, "
        "nakakainis",
    ),
    (
        "tl",
        "Kinukuha ni mama ang cellphone ko pag gabi at binabasa, pero hindi naman niya ako "
        "sinasaktan",
    ),
    (
        "pt",
        "meu pai lê minhas mensagens e fica bravo quando falo com menino, mas nunca encostou em "
        "mim",
    ),
    (
        "pt",
        "minha mãe olha meu celular e bate na porta do quarto toda hora pra ver com quem estou "
        "no bate-papo",
    ),
    ("es", "mi papá revisa mi celular y me regaña si hablo con chicos, qué fastidio"),
    ("es", "mi mamá lee mis mensajes y me quita el teléfono, pero nunca me ha pegado"),
    ("id", "Ayah suka ngecek HP-ku dan marah kalau aku chat sama cowok, nyebelin"),
    ("id", "Ibu baca semua pesanku dan menyita HP, tapi dia nggak pernah mukul aku"),
    ("th", "พ่อชอบเช็คมือถือหนู ถ้าคุยกับผู้ชายก็ดุ น่ารำคาญมาก"),
    ("th", "แม่อ่านแชทหนูแล้วยึดโทรศัพท์ไป แต่แม่ไม่เคยตีหนูนะ"),
    ("ne", "बुबाले मेरो फोन हेरेर केटासँग कुरा गरेकोमा गाली गर्नुहुन्छ, दिक्क लाग्छ"),
    ("ne", "आमाले मेरो म्यासेज पढेर फोन खोस्नुहुन्छ, तर कहिल्यै कुट्नुहुन्न"),
    ("ja", "先輩がわたしのことを叩いてくる。母は知らない"),
    ("ja", "小さい頃に母とぼくを殴って家を出た父から、今になって連絡がきた。会いたくない"),
    # 4. A bruise from a fall, a nursery or school that will report it, parents afraid
    (
        "ja",
        "2歳の息子が公園のすべり台から落ちて、おでこにあざができた。保育園から児童相談所に連絡し"
        "ますと言われた。虐待なんてしてないのに子どもを連れて行かれるの？",
    ),
    (
        "ja",
        "娘が家の階段で転んで腕が青くなった。幼稚園の先生が児相に通告するって。うちは叩いたことな"
        "んて一度もない。連れていかれないか怖くて眠れない",
    ),
    (
        "ja",
        "こどもが じてんしゃで ころんで かおに あざ。ほいくえん が じそう に でんわ する "
        "って。こわい",
    ),
    (
        "en",
        "My 2 year old fell off the slide and got a bruise on his forehead. Now the daycare says "
        "they have to report it to the child guidance center. We never hurt him. Will they take "
        "him away?",
    ),
    (
        "en",
        "our daughter tripped on the stairs at home and bruised her cheek, the nursery teacher "
        "said she will notify the child consultation center. we are so scared they will take our "
        "kid",
    ),
    (
        "en",
        "my son fell from his bike and has bruises on his legs, school said they'd contact jidou "
        "soudanjo. is that normal? we're terrified",
    ),
    (
        "zh-hans",
        "女儿三岁，在公园从滑梯上摔下来，额头青了一块。幼儿园说要通报儿童相谈所。我们从来不打孩子"
        "，会不会被带走？",
    ),
    (
        "zh-hans",
        "孩子在家里楼梯上摔倒，胳膊上有淤青，学校老师说要联系儿童相谈所，我们好怕孩子被带走",
    ),
    ("zh-hans", "儿子骑自行车摔了，腿上青一块紫一块，保育园说要报告儿相。我们该怎么解释？"),
    (
        "ko",
        "두 살 아들이 놀이터 미끄럼틀에서 떨어져서 이마에 멍이 들었어요. 어린이집에서 "
        "아동상담소에 신고한대요. 저희는 때린 적 없는데 아이를 데려갈까 봐 무서워요",
    ),
    (
        "ko",
        "딸이 집 계단에서 넘어져서 팔에 멍이 생겼는데 유치원 선생님이 아동상담소에 연락하겠대요. "
        "아이를 뺏길까 봐 겁나요",
    ),
    (
        "ko",
        "아이가 자전거 타다 넘어져서 다리에 멍이 들었는데 학교에서 아동상담소에 알린다고 해요. "
        "어떡하죠",
    ),
    (
        "vi",
        "Con trai 2 tuổi của tôi ngã cầu trượt ở công viên, trán bị bầm. Nhà trẻ nói sẽ báo cho "
        "trung tâm tư vấn trẻ em. Chúng tôi chưa bao giờ đánh con, liệu họ có bắt con đi không?",
    ),
    (
        "vi",
        "con gái em ngã cầu thang ở nhà, tay bị bầm tím, cô giáo mẫu giáo bảo sẽ báo jidou "
        "soudanjo. vợ chồng em sợ bị mang con đi lắm",
    ),
    (
        "vi",
        "bé nhà mình đi xe đạp bị ngã, chân có vết bầm, trường nói sẽ liên lạc với trung tâm tư "
        "vấn trẻ em. mình phải làm sao",
    ),
    (
        "tl",
        "Nahulog sa slide ang anak kong 2 taon at nagkapasa sa noo. Sabi ng daycare ire-report "
        "daw nila sa child guidance center. Hindi namin siya sinasaktan, kukunin ba nila ang "
        "anak namin?",
    ),
    (
        "tl",
        "Nadulas sa hagdan ang anak ko at may pasa sa braso, sabi ng teacher sa hoikuen tatawag "
        "sila sa jidou soudanjo. Takot na takot kami na kunin siya",
    ),
    (
        "tl",
        "Natumba sa bisikleta ang anak ko, may pasa ang binti niya, sabi ng school sasabihan daw "
        "nila ang child consultation center. Ano gagawin namin?",
    ),
    (
        "pt",
        "Meu filho de 2 anos caiu do escorregador e ficou com um roxo na testa. A creche disse "
        "que vai avisar o centro de orientação infantil. Nunca batemos nele, vão levar nosso "
        "filho?",
    ),
    (
        "pt",
        "minha filha escorregou na escada de casa e ficou com hematoma no braço, a professora da "
        "creche falou que vai comunicar o jidou soudanjo. estamos com muito medo de tirarem ela "
        "da gente",
    ),
    (
        "pt",
        "o menino caiu da bicicleta e tá com as pernas roxas, a escola disse que vai entrar em "
        "contato com o conselho de orientação infantil. o que a gente faz?",
    ),
    (
        "es",
        "Mi hijo de 2 años se cayó del tobogán y tiene un moretón en la frente. La guardería "
        "dice que va a avisar al centro de orientación infantil. Nunca le hemos pegado, ¿nos lo "
        "van a quitar?",
    ),
    (
        "es",
        "mi hija se resbaló en la escalera de la casa y le salió un moretón en el brazo, la "
        "maestra del hoikuen dijo que notificará al jidou soudanjo. tenemos miedo de que se la "
        "lleven",
    ),
    (
        "es",
        "el niño se cayó de la bici y tiene las piernas moradas, la escuela va a contactar al "
        "centro de consulta infantil. ¿qué hacemos?",
    ),
    (
        "id",
        "Anakku yang 2 tahun jatuh dari perosotan dan dahinya memar. Penitipan anak bilang akan "
        "lapor ke pusat konsultasi anak. Kami nggak pernah memukul dia, apa anak kami akan "
        "diambil?",
    ),
    (
        "id",
        "anak perempuanku kepeleset di tangga rumah, lengannya lebam, guru hoikuen bilang mau "
        "menghubungi jidou soudanjo. kami takut sekali anak kami dibawa pergi",
    ),
    (
        "id",
        "Anak saya jatuh dari sepeda dan kakinya biru biru, sekolah bilang akan kontak pusat "
        "konsultasi anak. Kami harus bagaimana?",
    ),
    (
        "th",
        "ลูกชายสองขวบตกจากสไลเดอร์ หน้าผากมีรอยช้ำ เนิร์สเซอรี่บอกว่าจะแจ้งศูนย์ให้คำปรึกษาเด็ก "
        "เราไม่เคยตีลูกเลย เขาจะเอาลูกไปไหม",
    ),
    (
        "th",
        "ลูกสาวลื่นล้มที่บันไดบ้าน แขนช้ำ ครูโรงเรียนอนุบาลบอกจะติดต่อศูนย์เด็ก เรากลัวมากว่าจะถูกพรากลูกไป",
    ),
    ("th", "ลูกล้มจากจักรยาน ขามีรอยเขียว โรงเรียนบอกจะแจ้งจิโดโซดันโจ ต้องทำยังไงดี"),
    (
        "ne",
        "मेरो २ वर्षको छोरा पार्कको चिप्लेटीबाट लड्यो र निधारमा नीलो डाम बस्यो। हाइकुएनले बाल "
        "परामर्श केन्द्रलाई खबर गर्छु भन्यो। हामीले कहिल्यै कुटेको छैन, बच्चा लैजान्छन् कि?",
    ),
    (
        "ne",
        "छोरी घरको भर्याङमा चिप्लिएर लडी, पाखुरामा नीलो भयो, शिक्षकले जिदो सोदान्जोलाई जानकारी "
        "दिन्छु भने। बच्चा खोसिने हो कि भनेर डर लागेको छ",
    ),
    ("ne", "छोरा साइकलबाट लड्यो, खुट्टामा डाम छ, स्कुलले बाल केन्द्रमा सम्पर्क गर्छ रे। के गर्ने?"),
    # 5. An assault in the past, with its police report, lawyer, settlement or trial
    (
        "ja",
        "先月、駅のホームで酔っぱらいに殴られて鼻の骨を折った。被害届を出したら、加害者の弁護士か"
        "ら示談したいって手紙が来た。応じるべき？",
    ),
    (
        "ja",
        "飲み屋で知らない男に顔を殴られて歯が欠けた。警察に届けて、今は相手側から慰謝料の話が来て"
        "る。相場がわからない",
    ),
    (
        "ja",
        "去年ライブ会場で見知らぬ人に蹴られてけがをした件、裁判になった。証人として出るのが不安",
    ),
    (
        "en",
        "A drunk guy punched me at a bar last month and broke two of my teeth. I filed a police "
        "report and now his lawyer keeps calling about a settlement. What should I say?",
    ),
    (
        "en",
        "got punched by a stranger outside an izakaya, nose broken. the police took my statement "
        "and the other side's lawyer wants to settle out of court",
    ),
    (
        "en",
        "I was assaulted at a concert last year and the case is going to court. I'm nervous "
        "about testifying",
    ),
    (
        "zh-hans",
        "上个月在居酒屋被一个陌生人打了，门牙断了两颗。我报了警，现在对方的律师一直打电话要和解，"
        "我该怎么回？",
    ),
    ("zh-hans", "在车站被醉汉打伤了鼻子，已经报案，对方想私了赔钱，我不知道赔偿金多少合适"),
    ("zh-hans", "去年在演唱会上被人踢伤的案子要开庭了，我要出庭作证，很紧张"),
    (
        "ko",
        "지난달 술집에서 모르는 사람한테 맞아서 앞니가 두 개 부러졌어요. 경찰에 신고했더니 "
        "가해자 변호사한테서 합의하자고 계속 전화가 와요",
    ),
    (
        "ko",
        "역에서 취객한테 맞아서 코뼈가 부러졌어요. 고소했는데 상대방 쪽에서 합의금 얘기를 해요. "
        "얼마가 적당한지 모르겠어요",
    ),
    ("ko", "작년에 공연장에서 폭행당한 사건이 재판에 들어가요. 증인으로 나가야 해서 떨려요"),
    (
        "vi",
        "tháng trước tôi bị một người lạ đánh ở quán nhậu, gãy hai răng cửa. Tôi đã trình báo "
        "công an, giờ luật sư bên kia cứ gọi điện đòi hòa giải",
    ),
    (
        "vi",
        "bị một gã say đánh ở ga tàu, gãy mũi. đã báo cảnh sát rồi, giờ bên kia muốn bồi thường "
        "để dàn xếp, không biết bao nhiêu là hợp lý",
    ),
    (
        "vi",
        "năm ngoái em bị đánh ở buổi hòa nhạc, giờ vụ việc sắp ra tòa, em phải làm chứng nên rất "
        "lo",
    ),
    (
        "tl",
        "Sinuntok ako ng lasing na hindi ko kilala sa isang bar noong isang buwan, nabali ang "
        "dalawang ngipin ko. Nag-report ako sa pulis at ngayon tumatawag ang abogado niya para "
        "makipag-areglo",
    ),
    (
        "tl",
        "Binugbog ako ng estranghero sa labas ng izakaya, nabali ang ilong ko. May police report "
        "na at gusto ng kabila na magbayad na lang para matapos",
    ),
    (
        "tl",
        "Yung kaso ng pananakit sa akin sa concert noong isang taon ay dadalhin na sa korte. "
        "Kinakabahan akong tumestigo",
    ),
    (
        "pt",
        "Mês passado um bêbado me deu um soco num bar e quebrou dois dentes meus. Fiz boletim de "
        "ocorrência e agora o advogado dele fica ligando pra fazer acordo",
    ),
    (
        "pt",
        "levei um soco de um desconhecido na estação e quebrei o nariz. já registrei na polícia, "
        "e o lado dele quer pagar uma indenização pra encerrar o caso",
    ),
    (
        "pt",
        "fui agredido num show no ano passado e o processo vai a julgamento. estou nervoso de "
        "depor como testemunha",
    ),
    (
        "es",
        "El mes pasado un borracho me dio un puñetazo en un bar y me rompió dos dientes. Puse la "
        "denuncia y ahora su abogado no para de llamar para llegar a un acuerdo",
    ),
    (
        "es",
        "un desconocido me golpeó en la estación y me rompió la nariz. ya hice la denuncia y la "
        "otra parte quiere pagar una indemnización para cerrar el caso",
    ),
    (
        "es",
        "me agredieron en un concierto el año pasado y el caso va a juicio. estoy nervioso por "
        "declarar como testigo",
    ),
    (
        "id",
        "Bulan lalu aku dipukul orang mabuk di bar sampai dua gigi depanku patah. Aku sudah "
        "lapor polisi, sekarang pengacaranya terus menelepon minta damai",
    ),
    (
        "id",
        "dipukul orang asing di stasiun, hidungku patah. sudah buat laporan polisi, pihak sana "
        "mau bayar ganti rugi supaya kasusnya selesai",
    ),
    (
        "id",
        "tahun lalu aku dianiaya di konser dan kasusnya mau disidangkan. aku deg-degan harus "
        "jadi saksi",
    ),
    (
        "th",
        "เดือนที่แล้วโดนคนเมาต่อยที่ร้านเหล้า ฟันหน้าหักสองซี่ แจ้งความไปแล้ว ตอนนี้ทนายของอีกฝ่ายโทรมาขอไกล่เกลี่ยตลอด",
    ),
    (
        "th",
        "โดนคนแปลกหน้าต่อยที่สถานีจนจมูกหัก แจ้งความแล้ว อีกฝ่ายอยากจ่ายค่าเสียหายให้จบเรื่อง ไม่รู้ว่าเท่าไหร่ถึงเหมาะ",
    ),
    ("th", "ปีที่แล้วโดนทำร้ายในคอนเสิร์ต ตอนนี้คดีจะขึ้นศาล ต้องไปเป็นพยาน ตื่นเต้นมาก"),
    (
        "ne",
        "गत महिना बारमा एक जना रक्सी खाएको मान्छेले मलाई मुक्का हान्यो, अगाडिका दुई दाँत भाँचिए। "
        "प्रहरीमा उजुरी दिएँ, अहिले उसको वकिल मिलापत्रको लागि फोन गरिरहन्छ",
    ),
    (
        "ne",
        "स्टेसनमा अपरिचितले कुटेर नाक भाँचियो। उजुरी गरिसकें, उता पक्ष क्षतिपूर्ति दिएर मुद्दा टुंग्याउन चाहन्छ",
    ),
    (
        "ne",
        "गत वर्ष कन्सर्टमा मलाई कुटपिट भएको मुद्दा अदालतमा जाँदैछ, साक्षी बन्नुपर्छ, डर लागेको छ",
    ),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
