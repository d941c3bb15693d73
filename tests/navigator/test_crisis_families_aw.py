"""Crisis families from crisisAW (misses and false alarms of crisis batch 33 and the crisis
lines of scenario batches 31 and 32), in our own words, read by the rules alone
(``learned=False``). Every language file is applied to every message.

1. A heart attack happening now: someone clutching the chest or crumpled over it, with a cold
   sweat, an ashen or grey face, or answers growing weaker: danger_other with 119, in all 11
   languages. Silent: chest pain for weeks when climbing stairs (a doctor's question),
   heartburn, a heart that "almost stopped" at a horror film.
2. Debt collectors or loan sharks threatening to harm the family if one does not pay, often
   naming a child's or a sibling's school; older pupils or youths demanding money each week with
   a beating if it is not brought: danger_other. Silent: a dunning letter, daily calls about a
   debt a spouse took in secret, with no threat of harm; "pay or I tell your parents" about a
   fine for quitting a club job.
3. Someone in danger from the cold now: an old man or woman sitting outside in the cold, hands
   icy, speech confused, no home: danger_other. Silent: "it's cold today", cold hands skiing.
4. Trafficking and confinement: a minor led away by a stranger "for work" and shaking with
   fear, a man met online who paid the fare, keeps her papers and says she must work it off,
   a roommate taken by a broker who writes "they locked me up here, save me": danger_other.
   Silent: a job found through an agency with a dormitory, asking whether an agent is licensed.
5. Sexual exploitation by a boss or a housing manager: a massage-parlour boss forcing her into a
   room with male customers while holding her passport, a dormitory manager who comes into her
   room while she sleeps and gropes her, threatening to have the company send her home:
   sexual_violence. Silent: a "fine" for quitting a hostess club or a girls' bar with a threat
   to tell her parents (labour trouble), a dorm manager's room checks.
6. Silent look-alikes: gamers shouting "you're dead" and "I almost fainted" over a night of
   games, a thriller about a woman followed home, old parents planning for "when we are gone"
   (a will, money management for a son who stays home), a tractor accident last year that left
   a wheelchair and debts, a co-worker who fainted in the heat yesterday (a labour question), a
   company that would take a withdrawn son to its dormitory.

Before: themes 1-5 were silent or read without sexual violence in most languages (ja, zh-hans,
ko, th, vi, ne, id most of all); of theme 6 the rules read danger_other on the gamers, the
thriller, the past accident, the fainting and the parents' plans, and dv on the company. The
parents' plans fired through a disaster entry (ja) whose ways of staying in a disaster's path
stood outside its group, so that "家から出ない" alone read as danger; they are grouped now.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. a heart attack now
    (
        "ja",
        "danger_other",
        "夫が胸を押さえてしゃがみこんだ。冷や汗がひどくて、返事もだんだんできなくなってきた",
    ),
    ("ja", "danger_other", "隣の席のおじさんが胸をおさえて動かない。汗びっしょりで顔が灰色っぽい"),
    (
        "ja",
        "danger_other",
        "おきゃくさんが むねを おさえて うずくまって います。あせが いっぱいで かおが しろいです",
    ),
    ("ja", "danger_other", "ｵﾔｼﾞｶﾞ ﾑﾈ ｵｻｴﾃ ｳｽﾞｸﾏｯﾃﾙ。ﾋﾔｱｾ ｽｺﾞｲ ｶｵﾏｯｻｵ"),
    ("ja", "danger_other", "otto ga mune wo osaete uzukumatte, hiyaase ga sugoi. kaoiro mo warui"),
    (
        "ja",
        "danger_other",
        "おとんが胸押さえてうずくまっとる、冷や汗だらだらで呼んでも声が小そうなってきた",
    ),
    (
        "en",
        "danger_other",
        "my dad is clutching his chest and sweating buckets, he's gone grey and barely answering "
        "me",
    ),
    ("zh-hans", "danger_other", "我爸突然捂着胸口蹲下去，满头冷汗，脸色发灰，叫他回应越来越弱"),
    (
        "ko",
        "danger_other",
        "아버지가 가슴을 움켜쥐고 주저앉으셨어요. 식은땀을 흘리고 얼굴이 잿빛이에요",
    ),
    (
        "pt",
        "danger_other",
        "meu marido tá com a mão no peito, suando frio e ficando cinza, quase não responde",
    ),
    (
        "es",
        "danger_other",
        "mi abuelo se agarra el pecho, suda frío y está pálido, casi no me contesta",
    ),
    (
        "tl",
        "danger_other",
        "Hawak ng tatay ko ang dibdib niya, pinagpapawisan ng malamig at namumutla, halos hindi "
        "na sumasagot",
    ),
    ("th", "danger_other", "พ่อกุมหน้าอกแล้วทรุดลง เหงื่อแตกเย็นเฉียบ หน้าซีดมาก เรียกแล้วตอบเบาลงเรื่อยๆ"),
    (
        "vi",
        "danger_other",
        "Bố em ôm ngực gục xuống, vã mồ hôi lạnh, mặt tái xám, gọi thì trả lời yếu dần",
    ),
    ("ne", "danger_other", "मेरो साथी छाती समातेर थचक्क बस्यो, चिसो पसिना आएको छ, अनुहार सेतो भयो"),
    (
        "ne",
        "danger_other",
        "buwa chhati samatera basnu bhayo, chiso pasina aairaxa, bolaunda jawaf kam hudai chha",
    ),
    (
        "id",
        "danger_other",
        "bapak gw megangin dada terus jongkok, keringet dingin, mukanya pucat banget, dipanggil "
        "jawabnya makin lemah",
    ),
    # 2. debt collectors threatening the family
    (
        "ja",
        "danger_other",
        "借金取りから電話で、今日中に払わんかったら次は家族に手を出すって。弟の学校まで知ってた",
    ),
    (
        "ja",
        "danger_other",
        "闇金の人が家まで来て、明日までに返さないと子どもがどうなっても知らないぞって言われた",
    ),
    (
        "ja",
        "danger_other",
        "yamikin no hito ni, asu made ni kaesanakattara kazoku ni te wo dasu zo tte odosareta",
    ),
    (
        "ja",
        "danger_other",
        "おかねを かりた ひとが きて、はらわないと こどもを けがさせる と いいました",
    ),
    ("ja", "danger_other", "ｼｬｯｷﾝ ｶｴｾﾅｲﾅﾗ ﾑｽﾒﾆ ﾃｦﾀﾞｽｿﾞｯﾃ ﾃﾞﾝﾜｶﾞｷﾀ"),
    (
        "en",
        "danger_other",
        "the loan shark said if I don't pay by friday they'll hurt my kids, they know which "
        "school they go to",
    ),
    ("zh-hans", "danger_other", "高利贷的人说今天不还钱就对我家人动手，连我女儿在哪个学校都知道"),
    (
        "ko",
        "danger_other",
        "사채업자가 오늘까지 안 갚으면 가족을 가만 안 두겠다고 했어요. 동생 학교까지 알고 있어요",
    ),
    (
        "pt",
        "danger_other",
        "o agiota disse que se eu não pagar até sexta vai machucar minha família, ele sabe a "
        "escola do meu filho",
    ),
    (
        "es",
        "danger_other",
        "el prestamista dijo que si no le pago hoy le va a hacer daño a mi familia, sabe dónde "
        "estudia mi hija",
    ),
    (
        "tl",
        "danger_other",
        "Yung pinagkautangan ko sa 5-6, sabi kapag hindi ako nagbayad ngayon sasaktan nila ang "
        "pamilya ko",
    ),
    ("th", "danger_other", "เจ้าหนี้นอกระบบขู่ว่าถ้าไม่จ่ายวันนี้จะทำร้ายครอบครัว เขารู้ด้วยว่าลูกเรียนที่ไหน"),
    (
        "vi",
        "danger_other",
        "bọn cho vay nặng lãi dọa nếu hôm nay không trả thì sẽ xử gia đình tôi, chúng biết cả "
        "trường của con tôi",
    ),
    ("ne", "danger_other", "ऋण दिने मान्छेले आज पैसा तिरेनौ भने परिवारलाई मार्छु भनेर धम्की दियो"),
    (
        "id",
        "danger_other",
        "rentenir ngancem kalau gak bayar hari ini keluargaku bakal dihajar, mereka tau sekolah "
        "adikku",
    ),
    # 2b. money demanded with a threat of a beating
    (
        "ja",
        "danger_other",
        "部活のOBに毎月5千円払えって言われとる。払わんかったらしめるぞって。もう小遣いない",
    ),
    (
        "ja",
        "danger_other",
        "せんぱいが おかね もってこないと なぐるって いう。こわくて がっこう いけない",
    ),
    (
        "en",
        "danger_other",
        "some older kids said if I don't bring them money every monday they'll beat me up after "
        "school",
    ),
    ("ko", "danger_other", "형들이 매주 돈 안 가져오면 죽여버린다고 협박해요"),
    ("zh-hans", "danger_other", "高年级的人说我明天不交保护费就打我"),
    (
        "pt",
        "danger_other",
        "os caras do bairro falaram que se eu não pagar até sábado vão me espancar",
    ),
    ("vi", "danger_other", "mấy đứa lớp trên dọa nếu không đưa tiền thì đánh tao nhừ tử"),
    (
        "id",
        "danger_other",
        "kakak kelas malak aku tiap minggu, kalo gak setor katanya aku digebukin",
    ),
    ("th", "danger_other", "รุ่นพี่ขู่ว่าถ้าไม่ส่งเงินให้ทุกอาทิตย์จะซ้อมให้น่วม"),
    ("ne", "danger_other", "केटाहरूले हरेक हप्ता पैसा नल्याएमा कुट्छौं भन्छन्"),
    # 3. out in the cold now
    (
        "ja",
        "danger_other",
        "こうえんの ベンチに おばあさんが ずっと すわって います。さむくて ふるえて、なまえを "
        "きいても こたえられません",
    ),
    (
        "ja",
        "danger_other",
        "雪の中、駅の外でホームレスっぽいおじいさんが座り込んでる。"
        "手が氷みたいに冷たくて話がかみ合わない",
    ),
    (
        "en",
        "danger_other",
        "there's an old homeless man slumped outside in the snow, his hands are ice cold and "
        "he's not making sense",
    ),
    ("zh-hans", "danger_other", "店门口有个老人坐在雪地里，手冰凉，说话糊里糊涂，说他没有家"),
    (
        "ko",
        "danger_other",
        "편의점 앞에 할아버지가 추운데 계속 앉아 계세요. 손이 얼음장이고 말씀을 잘 못 "
        "알아듣겠어요. 집이 없대요",
    ),
    (
        "pt",
        "danger_other",
        "tem um senhor sentado na calçada nesse frio, as mãos geladas, falando coisas sem "
        "sentido, disse que não tem casa",
    ),
    (
        "es",
        "danger_other",
        "hay un señor mayor sentado afuera con este frío, tiene las manos heladas y habla "
        "confundido, dice que no tiene casa",
    ),
    (
        "tl",
        "danger_other",
        "May matandang lalaki na nakaupo sa labas sa sobrang lamig, nanlalamig ang kamay at "
        "hindi na maintindihan ang sinasabi",
    ),
    ("th", "danger_other", "มีคุณลุงนั่งอยู่หน้าร้านท่ามกลางอากาศหนาว มือเย็นเฉียบ พูดจาสับสน บอกว่าไม่มีบ้าน"),
    (
        "vi",
        "danger_other",
        "có ông cụ ngồi ngoài trời lạnh trước cửa hàng, tay lạnh ngắt, nói năng lẫn lộn, bảo "
        "không có nhà",
    ),
    (
        "ne",
        "danger_other",
        "पसल बाहिर जाडोमा एक जना बूढा बा बसिरहनुभएको छ, हात एकदम चिसो छ, बोली बुझिँदैन, घर छैन भन्नुहुन्छ",
    ),
    (
        "id",
        "danger_other",
        "ada kakek duduk di luar kedinginan, tangannya dingin banget, ngomongnya ngelantur, "
        "katanya gak punya rumah",
    ),
    # 4. trafficking and confinement
    (
        "ja",
        "danger_other",
        "家出中っぽい中学生の子が、知らない男に『仕事紹介するから来い』って車に乗せられそうになっ"
        "てる。怖がって泣いてる",
    ),
    (
        "ja",
        "danger_other",
        "ネットで知り合った人に東京までの交通費を出してもらったら、"
        "身分証を取られて『その分働いて返せ』と言われた",
    ),
    (
        "ja",
        "danger_other",
        "ともだちが しごとを くれる ひとに ついていって、『とじこめられてる たすけて』って "
        "メッセージが きた",
    ),
    (
        "ja",
        "danger_other",
        "店の前で、中学生くらいの女の子が見知らぬおっさんに『ええバイトあるで』言われて車に乗せら"
        "れかけとる",
    ),
    (
        "en",
        "danger_other",
        "my roommate went with an agent who promised her a job and now she texts 'they locked me "
        "in, help me' and won't pick up",
    ),
    (
        "en",
        "danger_other",
        "a guy she met on insta bought her bus ticket, took her passport and says she owes him "
        "and has to work it off",
    ),
    (
        "zh-hans",
        "danger_other",
        "网上认识的男人给我买了机票，现在扣着我的证件，说我要干活把钱还清才能走",
    ),
    (
        "ko",
        "danger_other",
        "채팅으로 알게 된 남자가 비행기표를 사줬는데 지금 제 여권을 가져가서 일해서 갚으라고 해요",
    ),
    (
        "pt",
        "danger_other",
        "minha prima foi com um agenciador que prometeu emprego, agora mandou mensagem 'me "
        "trancaram aqui, me ajuda'",
    ),
    (
        "es",
        "danger_other",
        "un hombre que conoció por internet le pagó el pasaje, le quitó el pasaporte y dice que "
        "tiene que pagarle trabajando",
    ),
    (
        "tl",
        "danger_other",
        "Yung pinsan ko sumama sa recruiter na nangakong may trabaho, ngayon nag-text 'kinulong "
        "nila ako dito, tulungan mo ako'",
    ),
    ("th", "danger_other", "เพื่อนไปกับนายหน้าที่บอกว่ามีงานให้ ตอนนี้ส่งข้อความมาว่า 'เขาขังฉันไว้ ช่วยด้วย'"),
    (
        "vi",
        "danger_other",
        "em gái tôi đi theo môi giới hứa có việc làm, giờ nhắn 'họ nhốt em ở đây, cứu em' rồi "
        "không nghe máy",
    ),
    (
        "ne",
        "danger_other",
        "mero didi lai agent le kaam dinchhu bhanera lagyo, ahile 'malai thunera rakheka chhan, "
        "bachau' bhanne message aayo",
    ),
    (
        "ne",
        "danger_other",
        "दलालले काम दिन्छु भनेर लगेको साथीले 'मलाई यहाँ थुनेर राखेका छन्, बचाऊ' भन्ने म्यासेज पठायो",
    ),
    (
        "id",
        "danger_other",
        "temenku dibawa calo katanya mau dikasih kerja, sekarang chat 'aku dikurung di sini, "
        "tolong' terus hp nya mati",
    ),
    # 5. sexual exploitation by a boss or a housing manager
    (
        "ja",
        "sexual_violence",
        "寮の管理人が夜中に合鍵で部屋に入ってきて、寝てる私の体を触る。"
        "誰かに言ったら会社に言って帰国させるって",
    ),
    (
        "ja",
        "sexual_violence",
        "マッサージ店のオーナーに、男の客と個室に入れと言われる。断るとパスポートを返さないって",
    ),
    (
        "en",
        "sexual_violence",
        "the dorm manager lets himself in at night and gropes me while I sleep, says he'll get "
        "me sent home if I tell",
    ),
    (
        "zh-hans",
        "sexual_violence",
        "宿舍管理员晚上趁我睡觉进房间摸我，说敢告诉别人就让公司把我送回国",
    ),
    (
        "ko",
        "sexual_violence",
        "기숙사 관리인이 밤에 방에 들어와서 자는 저를 더듬어요. 말하면 회사에 얘기해서 본국으로 "
        "돌려보내겠대요",
    ),
    (
        "pt",
        "sexual_violence",
        "o dono da casa de massagem me obriga a entrar no quarto com os clientes homens e não "
        "devolve meu passaporte",
    ),
    (
        "es",
        "sexual_violence",
        "el encargado de la residencia entra a mi cuarto cuando duermo y me manosea, dice que si "
        "hablo me mandan de vuelta",
    ),
    (
        "tl",
        "sexual_violence",
        "Pinipilit ako ng amo ko sa massage parlor na pumasok sa kwarto kasama ang lalaking "
        "customer, hindi raw ibabalik ang passport ko",
    ),
    ("th", "sexual_violence", "ผู้จัดการหอพักเข้ามาในห้องตอนฉันหลับแล้วลวนลาม ขู่ว่าจะบอกบริษัทให้ส่งกลับประเทศ"),
    (
        "vi",
        "sexual_violence",
        "chủ tiệm massage ép tôi vào phòng với khách nam, nói không chịu thì không trả hộ chiếu",
    ),
    (
        "ne",
        "sexual_violence",
        "होस्टेलको म्यानेजर राति सुतेको बेला कोठामा आएर शरीर छुन्छ, कसैलाई भने कम्पनीलाई भनेर देश फर्काइदिन्छु भन्छ",
    ),
    (
        "id",
        "sexual_violence",
        "bos panti pijat maksa aku masuk kamar sama tamu laki-laki, katanya paspor gak dibalikin "
        "kalau nolak",
    ),
    ("th", "sexual_violence", "เจ้าของร้านนวดสั่งให้ฉันเข้าห้องไปกับแขกผู้ชาย ถ้าไม่ทำจะยึดพาสปอร์ตไว้"),
    (
        "vi",
        "sexual_violence",
        "ông quản lý nhà trọ cứ nửa đêm mở cửa vào lúc tôi đang ngủ rồi sờ soạng, dọa báo công "
        "ty cho tôi về nước",
    ),
    (
        "en",
        "sexual_violence",
        "my boss at the spa makes me go into a private room with male clients and won't give "
        "back my passport",
    ),
]

HARMLESS = [
    # 1. a chest that is no emergency now
    ("ja", "一ヶ月くらい前から階段をのぼると胸が痛くなる。何科に行けばいいですか"),
    ("ja", "食べすぎて胸やけがひどい。よく効く薬ある？"),
    ("ja", "ホラー映画で心臓止まるかと思ったｗ"),
    ("en", "I've had chest tightness on the stairs for a few weeks, which doctor should I see"),
    ("en", "that horror movie nearly gave me a heart attack lol"),
    ("ne", "दुई हप्तादेखि हिँड्दा छाती दुख्छ र सास फेर्न गाह्रो हुन्छ, कुन डाक्टरकहाँ जाने?"),
    ("zh-hans", "最近几周爬楼梯胸口有点闷，应该挂哪个科"),
    ("pt", "azia forte depois da feijoada, qual remédio é bom?"),
    ("ja", "ランニングの後、胸を押さえて息を整えた。汗がすごかった"),
    ("th", "กุมหน้าอกตอนเห็นบิล เหงื่อแตกเลย 555"),
    ("vi", "ôm ngực vì hồi hộp trước kỳ thi, đổ mồ hôi"),
    ("es", "se agarra el pecho de la risa, pálido de tanto reír"),
    # 2. a debt with no threat of harm
    ("ja", "カード会社から督促状が届いた。分割にしてもらえますか"),
    ("ja", "おっと が かりた おかね の でんわ が まいにち きます。どう したら いいですか"),
    ("en", "debt collectors keep calling me every day about an old credit card, can they do that?"),
    ("es", "me llegó una carta de cobranza del banco, ¿puedo negociar la deuda?"),
    ("id", "debt collector pinjol nelponin tiap hari, gimana cara lapor ke OJK"),
    ("vi", "công ty tài chính gọi điện nhắc nợ mỗi ngày, tôi nên làm gì"),
    ("en", "if you don't pay the electricity bill by friday they'll cut off the power, right?"),
    ("id", "kalau gak bayar listrik nanti dipadamkan ya?"),
    ("ja", "家賃を払わないと追い出されるって大家さんに言われた。どうしよう"),
    ("ja", "借金の返済が遅れたら家族に連絡が行くって本当ですか"),
    ("zh-hans", "网贷催收每天打电话，说不还钱就联系我家人，怎么办"),
    ("ko", "사채 안 갚으면 가족한테 연락한다고 하네요. 어떻게 해야 하나요"),
    ("pt", "se eu não pagar o aluguel até sexta vão me despejar?"),
    # 3. cold, and no one in danger
    ("ja", "今日はほんとに寒いね、手が冷たくてかじかむ"),
    ("ja", "スキー場で手袋を忘れて手が冷たかった笑"),
    ("en", "so cold today, my hands are freezing on the way to work"),
    ("ko", "스키 타다가 손이 너무 시려웠어요"),
    ("th", "วันนี้หนาวมาก มือเย็นไปหมดเลย"),
    ("tl", "sobrang lamig sa labas, si lolo nakaupo sa harap ng bahay nagkakape, okay lang siya"),
    (
        "en",
        "an old man at the bus stop in the snow asked me which bus goes downtown, he seemed lost",
    ),
    # 4. jobs and agents, no one held
    ("ja", "友達が派遣会社の紹介で新しい仕事を始めた。寮もあるらしい"),
    ("en", "a recruiter offered me a job in osaka with dorm housing, is this agency legit?"),
    ("ne", "एजेन्टले जापानमा काम दिन्छु भन्यो, कति पैसा लाग्छ?"),
    ("id", "temenku dapet kerja lewat agen resmi, gimana cara cek agennya terdaftar"),
    ("ja", "バイトが終わって父が車で迎えに来てくれた"),
    # 5. labour trouble at a club or a dorm, nothing sexual
    (
        "ja",
        "キャバクラを辞めたいと言ったら罰金20万払えと言われた。払わないと親に言うって。"
        "払う義務ありますか",
    ),
    ("ja", "寮の管理人さんが毎朝ゴミ出しのことで部屋に来る。ちょっとうるさい"),
    ("en", "my boss at the massage place says I have to pay a fee if I quit without notice"),
    ("vi", "quản lý ký túc xá kiểm tra phòng mỗi tuần, hơi phiền"),
    ("ja", "お客さんと個室に入るよう言われた。カラオケ店のバイトで、注文を取りに"),
    # 6. games, films, plans for later, past accidents, a labour question
    (
        "id",
        "main ml sampe subuh, kalah terus sampe mau pingsan wkwk, temen gw teriak 'mati lo' tiap "
        "teamfight",
    ),
    (
        "id",
        "nonton film horor, ada adegan cewek diikutin hantu sampe rumah, gw jadi takut ke kamar "
        "mandi",
    ),
    (
        "en",
        "watched a stalker thriller last night, the woman gets followed home and now I'm jumpy lol",
    ),
    (
        "ja",
        "息子は十年家から出ん。わしらが死んだら年金の手続きはどうなるんか、遺言を書いとこうと思う",
    ),
    ("ja", "3年前にバイクで転倒して下敷きになり、今は車いすです。働ける場所を探しています"),
    (
        "tl",
        "Noong isang linggo may nahimatay sa pabrika dahil sa init, ano ang pwede naming ireklamo?",
    ),
    (
        "ja",
        "主人は、部屋から出てこない娘を業者に頼んで無理やり連れ出すと言っています。"
        "それでいいのでしょうか",
    ),
    (
        "ja",
        "ガールズバー辞めるって言ったら違約金15万。払わないと実家にバラすぞって店長に言われてる",
    ),
    ("ja", "夫が内緒で借金してたみたい。毎日督促の電話が来て怖い。どこに相談すれば"),
    ("ja", "感動して胸を押さえた。涙で顔がぐしゃぐしゃ"),
    ("en", "she clutched her chest and fell over laughing at my joke"),
    ("ja", "雪の日に駅前でおじいさんに道を聞かれた。なまりが強くて話がよくわからなかった"),
    ("en", "the agency kept me on hold for an hour, can someone help me understand the contract"),
    ("id", "calo tiket konser bilang kamar hotel udah dikunci buat kita, tolong transfer DP"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
