"""Crisis families from crisisAX (misses and false alarms of crisis batch 34 and the crisis
lines of scenario batches 33 and 34), in our own words, read by the rules alone
(``learned=False``). Every language file is applied to every message.

1. A goodbye told through a future appointment: a booking cancelled or no longer needed, "I
   won't be in this world by then", belongings given away, "done after this month": suicide,
   in all 11 languages (the future clause "by the time my hair grows I'll be gone" fires alone).
   A parent asking a child whether it would be all right if the parent were gone: suicide
   (ja, en, zh-hans, ko, pt, es, tl, th, vi, id). Also "better to be gone than go to work
   tomorrow" and a carer afraid of vanishing together with the one cared for (ja).
2. Self-harm told of oneself or of a child, a sibling or a friend: hitting or scratching one's
   own body until it bleeds or bruises ("自分で自分の顔を叩く"), new wounds with "it calms me when
   it hurts", hidden under long sleeves: self_harm, in all 11 languages.
3. A child shut in a dark closet or storeroom until night or morning, a meal taken away, a
   parent who slaps in a child's word (ほっぺをぶつ), a parent away for days with no food in the
   house: child_abuse (ja kana, es, id, ne and the rest already read).
4. Violence at home through money and papers: a partner keeping the pay, the bank card or the
   passport and slapping or shoving when asked for money; a door locked with the key taken; a
   phone read and a bruise waited out; "if you run, next time your face"; Kyushu くらす: dv.
5. Sexual violence by a boss, a landlord, an owner: pinned down, groped, hugged from behind,
   "I kept saying no and he didn't stop"; filmed naked or changing and shared, sextortion on a
   video call, waking up undressed after a drinking party, an adult asking a child to undress
   for photos: sexual_violence, in all 11 languages.
6. Danger now: a minor gone to meet someone met online, not back, the phone off, or kept in
   his flat; a small child missing now; a house on fire with someone inside; a man who has
   stalked her for months standing outside now; a threat to the family after backing out of a
   "job"; someone sleeping in a car or outside in freezing cold: danger_other.

Silent look-alikes: "I want to die" over a haircut or a dye job gone wrong (ja, ko, en, zh-hans,
pt, es, id); a fan's idol marrying ("my life is over, see you in the next life"); a TV drama's
wife beaten by her husband, talked over as a story (while "the drama made me think, my husband
hits me too" still fires); scratching an itch (eczema, bites) until it bleeds, a pet's
scratches; slapping one's own face to get psyched up; a cancelled appointment with a move or a
trip; a parent away on a business trip for days; a landlord's inspection; an evening without
dinner or a frightening walk home alone, with a partner named.

Before: crisis batch 34 rules 37/66 (both 53, first kind 50), 4/33 false alarms; scenario
batches 33/34 crises shown 16/26. Themes 1-6 were silent by the rules in most of the languages
listed, and the haircut, idol and drama look-alikes fired. After: rules 66/66, first kind
66, no false alarm; scenario crises 26/26.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    (
        "ja",
        "suicide",
        (
            "来月の予約、取り消しておいてください。次に来ることはもうないと思うので。"
            "長いあいだお世話になりました"
        ),
    ),
    ("ja", "suicide", "次の予約はもういりません。髪が伸びる頃には私はもうこの世にいないので"),
    (
        "ja",
        "suicide",
        (
            "tsugi no yoyaku wa mou iranai. sono koro ni wa boku wa mou kono "
            "yo ni inai kara. nagai aida arigatou"
        ),
    ),
    (
        "en",
        "suicide",
        ("please cancel my next appointment, I won't be around by then. thank you for everything"),
    ),
    (
        "en",
        "suicide",
        (
            "cancel my sessions for next month, I won't be needing them. "
            "I've been giving my things away this week"
        ),
    ),
    (
        "en",
        "suicide",
        (
            "pretty sure I'm done after this week. gave my guitar to my brother. "
            "don't tell anyone ok"
        ),
    ),
    ("zh-hans", "suicide", "下个月的预约帮我取消吧，到那时候我已经不在了。谢谢你这些年的照顾"),
    (
        "ko",
        "suicide",
        ("다음 달 예약 취소해 주세요. 그때쯤이면 저는 이 세상에 없을 거예요. 그동안 감사했어요"),
    ),
    (
        "ko",
        "suicide",
        ("이제 예약할 일이 없을 것 같아요. 그동안 잘해 주셔서 고마웠어요. 마지막 인사예요"),
    ),
    (
        "pt",
        "suicide",
        ("pode cancelar meu horário do mês que vem, não vou estar mais aqui. obrigada por tudo"),
    ),
    (
        "pt",
        "suicide",
        ("deixei minhas coisas com a minha irmã. não aguento mais ficar neste mundo"),
    ),
    (
        "es",
        "suicide",
        ("cancela mi cita del próximo mes, para entonces ya no voy a estar. gracias por todo"),
    ),
    (
        "tl",
        "suicide",
        ("pakicancel na lang yung appointment ko next month, wala na ako non. salamat sa lahat"),
    ),
    ("th", "suicide", ("ช่วยยกเลิกนัดเดือนหน้าให้ด้วย ตอนนั้นฉันคงไม่อยู่บนโลกนี้แล้ว ขอบคุณสำหรับทุกอย่าง")),
    (
        "vi",
        "suicide",
        (
            "hủy giúp em lịch hẹn tháng sau nhé, lúc đó em không còn trên "
            "đời này nữa. cảm ơn chị vì tất cả"
        ),
    ),
    (
        "ne",
        "suicide",
        ("अर्को महिनाको बुकिङ रद्द गरिदिनुहोस्, त्यतिबेला म यो संसारमा हुन्न होला। सबै कुराको लागि धन्यवाद"),
    ),
    (
        "id",
        "suicide",
        (
            "tolong batalkan janji bulan depan ya, waktu itu aku sudah tidak "
            "ada di dunia ini. makasih untuk semuanya"
        ),
    ),
    (
        "ja",
        "suicide",
        ("おかあさん ずっと ないてて、おかあさんが いなくなっても だいじょうぶ？ って きかれた"),
    ),
    ("ja", "suicide", ("パパが夜中に泣きながら、パパがいなくなっても平気かって聞いてきた。こわい")),
    (
        "en",
        "suicide",
        ("mom was crying all night and asked me if I'd be okay if she wasn't here anymore"),
    ),
    (
        "es",
        "suicide",
        ("mi mamá lloró toda la noche y me preguntó si estaría bien si ella ya no estuviera"),
    ),
    (
        "pt",
        "suicide",
        (
            "minha mãe chorou a noite toda e perguntou se eu ficaria bem "
            "se ela não estivesse mais aqui"
        ),
    ),
    ("ko", "suicide", "엄마가 밤새 울다가 엄마 없어도 괜찮겠냐고 물어봤어요. 무서워요"),
    ("zh-hans", "suicide", "妈妈哭了一整夜，问我如果妈妈不在了我会不会没事"),
    (
        "ja",
        "self_harm",
        ("娘が不安になると自分の腕を血が出るまでひっかいてるみたいで、夏でも長袖しか着ない"),
    ),
    ("ja", "self_harm", "弟は怒られると自分で自分の頭を何度も叩くんです。止めても止まらない"),
    (
        "ja",
        "self_harm",
        (
            "ともだちが うでに あたらしい きずが いっぱい あって、いたいと "
            "おちつくって いってた。じぶんで したって"
        ),
    ),
    (
        "en",
        "self_harm",
        (
            "my sister scratches her arms until they bleed whenever she's "
            "anxious, she only wears long sleeves now"
        ),
    ),
    ("en", "self_harm", "I keep hitting myself in the face until I'm bruised when I mess up"),
    ("zh-hans", "self_harm", "我女儿一紧张就抓自己的胳膊直到流血，夏天也只穿长袖"),
    ("zh-hans", "self_harm", "我发现表妹手臂上全是新的划痕，她说难受的时候就自己划，划完就冷静了"),
    (
        "ko",
        "self_harm",
        ("동생이 스트레스 받으면 자기 팔을 피가 날 때까지 긁어요. 여름에도 긴팔만 입어요"),
    ),
    ("ko", "self_harm", "저는 실수하면 제 허벅지를 멍이 들 때까지 때려요"),
    (
        "pt",
        "self_harm",
        (
            "minha filha se arranha até sangrar quando fica nervosa e esconde "
            "com blusa de manga comprida"
        ),
    ),
    (
        "es",
        "self_harm",
        ("mi hermano se golpea la cabeza hasta dejarse moretones cuando lo regañan"),
    ),
    ("es", "self_harm", "me rasguño los brazos hasta sangrar cuando me pongo ansiosa"),
    (
        "tl",
        "self_harm",
        ("yung pamangkin ko kinakalmot niya sarili niya hanggang dumugo pag nai-stress siya"),
    ),
    ("th", "self_harm", "ลูกสาวเครียดทีไรจะเกาแขนตัวเองจนเลือดออก หน้าร้อนก็ใส่แต่แขนยาว"),
    ("vi", "self_harm", "em gái tôi mỗi lần căng thẳng là tự cào tay mình đến chảy máu"),
    ("ne", "self_harm", "मेरो छोरीले तनाव हुँदा आफ्नो हात रगत नआउन्जेल कन्याउँछे"),
    (
        "id",
        "self_harm",
        (
            "adikku kalau cemas suka menggaruk tangannya sampai berdarah,"
            " terus pakai baju lengan panjang"
        ),
    ),
    (
        "ja",
        "child_abuse",
        (
            "ままに しかられると くらい ものおきに いれられて、よるまで だしてもらえない。"
            "ごはんも ぬき"
        ),
    ),
    (
        "ja",
        "child_abuse",
        ("継父に怒られるたびに押し入れに閉じ込められて、朝まで出してもらえないんです"),
    ),
    (
        "ja",
        "child_abuse",
        ("隣の家の子、お母さんが何日も帰ってこなくて、冷蔵庫も空っぽらしい。まだ小学生なのに"),
    ),
    ("ja", "child_abuse", "ぱぱが おこると ほっぺを ぶつ。きのうも ぶたれた"),
    (
        "en",
        "child_abuse",
        ("when my stepdad gets angry he locks me in the closet all night with no dinner"),
    ),
    (
        "en",
        "child_abuse",
        (
            "the kids next door say their mom hasn't been home for days and "
            "there's no food in the house"
        ),
    ),
    (
        "zh-hans",
        "child_abuse",
        "爸爸一生气就把我关在黑黑的柜子里，一直到早上都不放我出来，也不给饭吃",
    ),
    ("zh-hans", "child_abuse", "邻居家两个小孩说妈妈好几天没回家了，冰箱里什么吃的都没有"),
    (
        "ko",
        "child_abuse",
        ("아빠가 화나면 저를 어두운 창고에 가둬요. 아침까지 안 꺼내 주고 밥도 안 줘요"),
    ),
    ("ko", "child_abuse", "옆집 아이들이 엄마가 며칠째 집에 안 들어왔대요. 냉장고도 텅 비었대요"),
    (
        "pt",
        "child_abuse",
        ("minha mãe me tranca no armário escuro até de manhã quando fica brava, sem comida"),
    ),
    (
        "pt",
        "child_abuse",
        ("as crianças do vizinho disseram que a mãe não volta pra casa há dias e não tem comida"),
    ),
    (
        "es",
        "child_abuse",
        (
            "mi papá me encierra en el armario oscuro toda la noche cuando "
            "se enoja y no me da de comer"
        ),
    ),
    (
        "es",
        "child_abuse",
        ("los niños de al lado dicen que su mamá no ha vuelto a casa en días y no tienen comida"),
    ),
    (
        "tl",
        "child_abuse",
        (
            "pag galit si papa kinukulong niya ako sa madilim na aparador "
            "hanggang umaga, walang pagkain"
        ),
    ),
    (
        "tl",
        "child_abuse",
        (
            "yung mga bata sa kapitbahay ilang araw na daw hindi umuuwi nanay "
            "nila, wala silang makain"
        ),
    ),
    ("th", "child_abuse", "พ่อโกรธทีไรจะขังหนูไว้ในตู้มืดๆ จนถึงเช้า ไม่ให้กินข้าว"),
    ("th", "child_abuse", "เด็กข้างบ้านบอกว่าแม่ไม่กลับบ้านมาหลายวันแล้ว ในบ้านไม่มีอะไรกินเลย"),
    ("vi", "child_abuse", "bố mỗi lần giận là nhốt em vào tủ tối đến sáng, không cho ăn"),
    (
        "vi",
        "child_abuse",
        (
            "mấy đứa nhỏ nhà bên nói mẹ chúng nó mấy ngày rồi không về nhà,"
            " trong nhà không còn gì ăn"
        ),
    ),
    ("ne", "child_abuse", ("बुबा रिसाउँदा मलाई अँध्यारो कोठामा बिहानसम्म थुनिदिनुहुन्छ, खाना पनि दिनुहुन्न")),
    (
        "id",
        "child_abuse",
        ("kalau ayah marah aku dikurung di lemari gelap sampai pagi, nggak dikasih makan"),
    ),
    (
        "id",
        "child_abuse",
        (
            "anak-anak tetangga bilang ibunya sudah berhari-hari nggak pulang "
            "dan nggak ada makanan di rumah"
        ),
    ),
    (
        "ja",
        "dv",
        ("夫に給料もキャッシュカードも全部取り上げられて、文句を言ったら床に突き飛ばされた"),
    ),
    ("ja", "dv", ("彼氏にお金ぜんぶ取られよって、渡さんかったらくらされる。家に帰るのがこわい")),
    (
        "ja",
        "dv",
        ("返信はしないでください。主人が私の携帯を毎日見ているので。顔のあざが消えたら連絡します"),
    ),
    ("ja", "dv", "寝てる間に夫に髪を切られた。逃げたら次は顔だって言われた"),
    (
        "en",
        "dv",
        (
            "my husband takes my whole paycheck and my bank card, and when "
            "I asked for some money he slapped me"
        ),
    ),
    (
        "en",
        "dv",
        (
            "please don't text back, my boyfriend checks my phone. I'll contact "
            "you when the bruises fade"
        ),
    ),
    ("zh-hans", "dv", "老公把我的工资卡和护照都拿走了，我一要钱他就打我耳光"),
    ("ko", "dv", "남편이 제 월급이랑 카드를 다 가져가고 돈 달라고 하면 뺨을 때려요"),
    (
        "pt",
        "dv",
        ("meu marido pega todo o meu salário e meu cartão, e quando peço dinheiro ele me bate"),
    ),
    (
        "pt",
        "dv",
        (
            "ele ficou com meu salário todo e quando reclamei me empurrou,"
            " agora me tranca em casa e leva a chave"
        ),
    ),
    (
        "es",
        "dv",
        (
            "mi esposo me quita todo el sueldo y la tarjeta, y cuando le "
            "pido dinero me da una cachetada"
        ),
    ),
    (
        "tl",
        "dv",
        (
            "kinukuha ng asawa ko lahat ng sweldo ko at passport ko, pag "
            "humingi ako sinasampal niya ako"
        ),
    ),
    ("th", "dv", "สามีเอาเงินเดือนกับพาสปอร์ตฉันไปหมด ขอเงินทีไรโดนตบ"),
    ("vi", "dv", "chồng tôi giữ hết lương và hộ chiếu của tôi, hễ xin tiền là bị tát"),
    ("ne", "dv", "श्रीमानले मेरो सबै तलब र पासपोर्ट राख्छन्, पैसा माग्दा थप्पड हान्छन्"),
    (
        "id",
        "dv",
        ("suamiku ambil semua gajiku dan pasporku, kalau aku minta uang langsung ditampar"),
    ),
    (
        "en",
        "sexual_violence",
        (
            "my landlord keeps coming into my room while I'm getting dressed,"
            " yesterday he pinned me to the wall and groped me"
        ),
    ),
    (
        "en",
        "sexual_violence",
        (
            "the owner of the shop hugs me from behind and touches my body "
            "when we're alone, says he'll fire me if I tell"
        ),
    ),
    (
        "ja",
        "sexual_violence",
        (
            "バイト先の店長に閉店後、休憩室で押さえつけられて体を触られた。"
            "やめてって何回も言ったのに"
        ),
    ),
    (
        "ja",
        "sexual_violence",
        "大家さんが勝手に部屋に入ってきて、後ろから抱きつかれて体をさわられた",
    ),
    ("zh-hans", "sexual_violence", "老板趁没人的时候把我按在墙上乱摸，我一直说不要他也不停"),
    ("zh-hans", "sexual_violence", "房东经常趁我换衣服的时候进来，昨天从后面抱住我摸我的身体"),
    (
        "ko",
        "sexual_violence",
        ("사장님이 가게 문 닫고 나서 저를 벽에 밀어붙이고 몸을 만졌어요. 싫다고 했는데도요"),
    ),
    (
        "pt",
        "sexual_violence",
        ("o dono da loja me prendeu contra a parede e passou a mão em mim, eu pedi pra parar"),
    ),
    (
        "es",
        "sexual_violence",
        ("el dueño del piso entró mientras me cambiaba y me empujó contra la pared y me manoseó"),
    ),
    (
        "tl",
        "sexual_violence",
        (
            "yung amo ko pag wala yung asawa niya tinatawag ako sa kwarto "
            "tapos hinihipuan ako sa katawan"
        ),
    ),
    ("th", "sexual_violence", ("เจ้าของร้านกอดฉันจากข้างหลังแล้วลูบคลำตัวฉันตอนไม่มีใคร บอกว่าถ้าฟ้องจะไล่ออก")),
    (
        "vi",
        "sexual_violence",
        "ông chủ tiệm ôm tôi từ phía sau rồi sờ soạng người tôi lúc không có ai",
    ),
    (
        "ne",
        "sexual_violence",
        ("साहुले पछाडिबाट अँगालो हालेर मेरो शरीर छाम्छ, नाइँ भन्दा काम बाट निकाल्छु भन्छ"),
    ),
    (
        "id",
        "sexual_violence",
        (
            "bos ku meluk aku dari belakang terus meraba-raba badanku waktu "
            "sepi, katanya kalau lapor aku dipecat"
        ),
    ),
    (
        "en",
        "sexual_violence",
        ("he shoved me up against the door and grabbed me, I kept saying stop and he wouldn't"),
    ),
    ("zh-hans", "sexual_violence", "他把我按在沙发上，我一直说不要，他还是不停"),
    (
        "tl",
        "sexual_violence",
        "yung landlord namin hinihipuan ako kung saan-saan pag wala ibang tao",
    ),
    ("ne", "sexual_violence", "कारखानाको मालिकले एक्लो पारेर पछाडिबाट अँगालो हाल्छ र शरीर छाम्छ"),
    (
        "ja",
        "sexual_violence",
        ("上司に送るって言われて、そのままホテルに連れて行かれた。嫌だって断ったのに"),
    ),
    ("ja", "sexual_violence", "更衣室で着がえてるところを男子にかってに撮られた"),
    ("ja", "sexual_violence", "飲み会で酔わされて、気づいたら服を着てなかった"),
    (
        "ja",
        "sexual_violence",
        ("先輩たちに着替えてるところを勝手に撮られて、その動画がクラスのグループに回ってる"),
    ),
    (
        "ja",
        "sexual_violence",
        ("飲み会で酔いつぶれて、気づいたら裸の写真を撮られてた。誰にも言うなって言われてる"),
    ),
    (
        "ja",
        "sexual_violence",
        (
            "ネットで知り合った人とビデオ通話したら裸を録画されてて、お金を払わないとばら"
            "まくって言われた"
        ),
    ),
    (
        "ja",
        "sexual_violence",
        (
            "きんじょの おじさんが ふく ぬいで しゃしん とらせてって いう。"
            "ないしょだよって おかしを くれる"
        ),
    ),
    (
        "en",
        "sexual_violence",
        (
            "someone recorded me naked on a video call and says he'll send "
            "it to my school unless I pay tonight"
        ),
    ),
    (
        "en",
        "sexual_violence",
        (
            "the older guys filmed me changing in the locker room and now "
            "it's going around in their group chat"
        ),
    ),
    ("zh-hans", "sexual_violence", "有人偷拍我在更衣室换衣服的视频，现在在群里传"),
    ("zh-hans", "sexual_violence", "视频聊天的时候被录了裸体，对方说不给钱就发给我所有的同学"),
    ("ko", "sexual_violence", "영상통화하다가 알몸이 녹화됐는데 돈 안 보내면 학교에 뿌린대요"),
    (
        "ko",
        "sexual_violence",
        "선배들이 탈의실에서 옷 갈아입는 걸 몰래 찍어서 단톡방에 돌리고 있어요",
    ),
    (
        "pt",
        "sexual_violence",
        (
            "um cara gravou eu pelada numa chamada de vídeo e diz que vai "
            "mandar pra escola se eu não pagar"
        ),
    ),
    (
        "es",
        "sexual_violence",
        ("me grabaron desnuda en una videollamada y dicen que lo mandan a mi escuela si no pago"),
    ),
    (
        "tl",
        "sexual_violence",
        (
            "may nag-record sa akin na hubad sa video call at ikakalat daw "
            "sa school kung hindi ako magbayad"
        ),
    ),
    ("th", "sexual_violence", ("มีคนอัดวิดีโอตอนฉันโป๊ตอนวิดีโอคอล บอกว่าถ้าไม่โอนเงินจะส่งให้เพื่อนที่โรงเรียน")),
    (
        "vi",
        "sexual_violence",
        (
            "có người quay lại lúc em khỏa thân khi gọi video và dọa gửi "
            "cho cả trường nếu không chuyển tiền"
        ),
    ),
    (
        "id",
        "sexual_violence",
        (
            "ada yang rekam aku telanjang waktu video call dan ngancam sebar "
            "ke sekolah kalau nggak bayar"
        ),
    ),
    ("ne", "sexual_violence", ("भिडियो कलमा मेरो नाङ्गो भिडियो रेकर्ड गरेर पैसा नदिए स्कुलमा पठाउँछु भन्छ")),
    (
        "ja",
        "danger_other",
        (
            "15歳の娘がネットで知り合った男に会いに行ったきり、昨日から帰ってこない。"
            "電話もつながらない"
        ),
    ),
    (
        "ja",
        "danger_other",
        ("中3の妹がゲームで知り合った男の家にいて、外に出してもらえないって連絡がきた"),
    ),
    (
        "en",
        "danger_other",
        (
            "my 14 year old went to meet a guy she met online last night "
            "and still isn't home, her phone is off"
        ),
    ),
    (
        "en",
        "danger_other",
        (
            "my friend's daughter, 15, ran off with a man from an online "
            "game and texted that he won't let her leave his flat"
        ),
    ),
    ("zh-hans", "danger_other", "我15岁的女儿昨天去见网上认识的男人，到现在还没回家，电话也关机了"),
    (
        "ko",
        "danger_other",
        (
            "열다섯 살 딸이 인터넷에서 만난 남자를 만나러 나가서 어제부터 "
            "안 들어와요. 전화도 꺼져 있어요"
        ),
    ),
    (
        "pt",
        "danger_other",
        (
            "minha filha de 15 anos foi encontrar um homem que conheceu na "
            "internet ontem e não voltou, o celular tá desligado"
        ),
    ),
    (
        "es",
        "danger_other",
        (
            "mi hija de 15 años salió a ver a un hombre que conoció por internet "
            "y no ha vuelto desde ayer, tiene el celular apagado"
        ),
    ),
    (
        "tl",
        "danger_other",
        (
            "yung anak kong 15 nakipagkita sa lalaking nakilala niya online "
            "kahapon, hanggang ngayon hindi pa umuuwi, patay ang cellphone"
        ),
    ),
    ("th", "danger_other", ("ลูกสาวอายุ 14 ไปเจอผู้ชายที่รู้จักในเน็ตตั้งแต่เมื่อวาน ยังไม่กลับบ้าน โทรไปก็ปิดเครื่อง")),
    (
        "vi",
        "danger_other",
        (
            "con gái 15 tuổi của tôi đi gặp một người đàn ông quen trên mạng "
            "từ hôm qua đến giờ chưa về, điện thoại tắt máy"
        ),
    ),
    (
        "ne",
        "danger_other",
        ("मेरी १५ वर्षकी छोरी अनलाइनमा चिनेको केटालाई भेट्न हिजो गएकी, अझै घर फर्केकी छैन, फोन बन्द छ"),
    ),
    (
        "id",
        "danger_other",
        (
            "anak perempuanku 15 tahun pergi ketemu cowok yang dikenal di "
            "internet dari kemarin belum pulang, hpnya mati"
        ),
    ),
    ("ja", "danger_other", "三歳の息子が公園でいなくなった。もう一時間さがしてるけど見つからない"),
    (
        "en",
        "danger_other",
        (
            "my 4 year old disappeared at the park, we've been looking for "
            "an hour and can't find him"
        ),
    ),
    (
        "ne",
        "danger_other",
        ("mero 3 barsa ko chhori bazar ma harai, ek ghanta bhayo khojda pani bhetiena"),
    ),
    ("ne", "danger_other", "मेरो तीन वर्षको छोरा पार्कबाट हरायो, दुई घण्टा भयो कतै भेटिएन"),
    (
        "id",
        "danger_other",
        "anakku umur 3 tahun hilang di taman, sudah dua jam dicari belum ketemu",
    ),
    (
        "tl",
        "danger_other",
        ("nawawala yung 3 taong gulang kong anak sa park, dalawang oras na naming hinahanap"),
    ),
    (
        "en",
        "danger_other",
        ("the house next door is on fire and the old man who lives there hasn't come out yet"),
    ),
    ("ja", "danger_other", "向かいの家が燃えていて、二階のおばあさんがまだ出てきていない"),
    (
        "ja",
        "danger_other",
        ("何か月もつきまとってきた客が、いま店の前に立ってる。あの子が帰るのを待ってるみたい"),
    ),
    (
        "en",
        "danger_other",
        (
            "the customer who has been following her for months is standing "
            "outside the shop right now waiting for her"
        ),
    ),
    (
        "ja",
        "danger_other",
        "闇バイトに応募してしまって、やめるって言ったら家族を襲うって脅されてる",
    ),
    ("ja", "danger_other", "追い出されて一週間、ずっと車で寝てる。夜は氷点下で震えが止まらない"),
    ("ja", "danger_other", "こうえん で おばあさん が そと で ねて います。 とても さむい です"),
    ("ja", "suicide", "あんな職場に戻るくらいなら、消えたほうがマシだと思う"),
    ("ja", "suicide", "介護がもう限界で、父と一緒にいなくなってしまいたいと思う夜がある"),
    (
        "ja",
        "sexual_violence",
        (
            "先輩に家まで送るって言われて、そのまま部屋に入られた。やめてって言ったのに。"
            "緊急避妊薬ってどこで買えるの"
        ),
    ),
    ("ja", "dv", "彼氏が給料を全部管理してて、逆らうと殴られる。今日も帰るのが怖い"),
    ("ja", "dv", "彼氏に『出て行ったら次はお前の番だ』って言われた。逃げたら次は顔だって"),
    ("zh-hans", "sexual_violence", "经理下班后把我按在桌子上，我一再说不要，他也不停"),
    (
        "ko",
        "suicide",
        ("선생님, 다음 달 레슨 예약은 취소할게요. 그동안 정말 감사했어요. 마지막 인사 드려요"),
    ),
    ("pt", "suicide", "dei minhas roupas pra minha prima. não quero mais viver neste mundo"),
    (
        "tl",
        "dv",
        ("yung mister ko tinatago ang sweldo ko at passport ko, pag nagreklamo ako sinasampal ako"),
    ),
    ("tl", "sexual_violence", "pag gabi na pumapasok si boss sa kwarto namin tapos ako hinihipuan"),
    (
        "id",
        "child_abuse",
        (
            "adikku cerita pamannya yang tinggal serumah suka masuk waktu "
            "dia lagi mandi, umurnya baru 8 tahun"
        ),
    ),
    (
        "ja",
        "dv",
        ("ドラマ見てて思ったんだけど、私も夫に殴られてるのかもしれない、これってDVなのかな"),
    ),
]

HARMLESS = [
    (
        "en",
        (
            "please cancel my next appointment, I'm moving to Osaka next "
            "month. thank you for everything"
        ),
    ),
    (
        "ja",
        ("来月の予約はキャンセルでお願いします。転勤で引っ越すので。長い間ありがとうございました"),
    ),
    ("en", ("can you cancel thursday? I won't be around, I'm on a business trip that week")),
    ("es", "cancela mi cita del próximo mes, voy a estar de viaje. gracias"),
    ("pt", ("pode cancelar meu horário, vou viajar e não vou estar aqui no mês que vem")),
    ("ja", ("ママが出張でいなくなっても平気？って聞いたら、平気って言われてちょっとさみしい")),
    ("en", ("I asked my son if he'd be okay while I'm away on the work trip and he said yes")),
    ("ko", "다음 달 예약 취소해 주세요. 이사 가게 됐어요. 그동안 감사했어요"),
    ("en", "I'm done after this week, finally finished my exams!"),
    ("en", "the puppy scratched my legs until they bled when we played"),
    ("ko", "고양이가 제 팔을 피가 날 때까지 긁었어요. 소독하면 될까요"),
    ("id", "kucingku mencakar tanganku sampai berdarah, perlu ke dokter nggak"),
    ("ja", "アトピーで夜中に腕を血が出るまでかいてしまう。いい皮膚科ありますか"),
    ("ja", "試合前に自分で自分の顔を叩いて気合を入れた"),
    (
        "en",
        ("my son has eczema and scratches his arms until they bleed at night, which cream helps?"),
    ),
    ("en", "mosquito bites all over, I scratched them till they bled lol"),
    ("ko", "아토피 때문에 팔을 피가 날 때까지 긁어요. 피부과 추천해 주세요"),
    ("es", ("tengo alergia y me rasco los brazos hasta sangrar, qué crema me recomiendan")),
    ("pt", "meu filho tem dermatite e se coça até sangrar, qual pomada usar"),
    ("th", "ลูกเป็นผื่นคัน เกาแขนตัวเองจนเลือดออก ควรไปหาหมอผิวหนังที่ไหน"),
    ("vi", "con tôi bị dị ứng, ngứa quá tự cào tay đến chảy máu, nên đi khám ở đâu"),
    ("id", ("anakku alergi dan gatal, menggaruk tangannya sampai berdarah, salep apa yang bagus")),
    ("zh-hans", "孩子湿疹很痒，抓自己的胳膊直到流血，去哪个医院好"),
    ("ja", "夫が今日も帰ってこないから、夜ご飯なしでいいや"),
    ("ja", "彼氏に送ってもらえなくて、夜道を一人で帰るのが怖い"),
    ("ja", "子どもの頃、いたずらして押し入れに入れられたのを笑い話にしてる"),
    ("ja", "夫が出張で何日も帰ってこない。冷蔵庫が空っぽだから買い物行かなきゃ"),
    (
        "en",
        (
            "my husband has been away for days on a work trip, the fridge "
            "is empty so I'm going shopping"
        ),
    ),
    ("en", ("we keep the kids' snacks locked in the closet so they don't eat them all")),
    ("ja", "夫が家計を管理しているので、私はお小遣い制です。これって普通？"),
    ("en", ("my husband manages our money and gives me an allowance, is that normal?")),
    ("pt", "meu marido cuida do dinheiro da casa, eu recebo uma mesada"),
    ("ja", "美容院で前髪切りすぎて、夫に笑われた"),
    ("ja", ("パパが出張で何日も帰ってこない。冷蔵庫が空っぽだからママと買い物に行った")),
    (
        "en",
        (
            "my landlord came in to fix the sink while I was at work, is "
            "he allowed to enter without notice?"
        ),
    ),
    ("ja", "大家さんが勝手に部屋に入ってきて点検していった。これって違法ですか"),
    ("ja", "更衣室で着替えてるところを撮影するのは禁止ですって貼り紙がしてあった"),
    (
        "en",
        (
            "the photographer took pictures of us changing into our costumes "
            "backstage for the school play album"
        ),
    ),
    ("ja", "推しのライブ、写真撮影OKだったから動画いっぱい撮った"),
    ("zh-hans", "老板从后面拍了拍我的肩膀，说我今天表现很好"),
    ("ja", "店長が閉店後に休憩室でまかないを作ってくれた"),
    (
        "en",
        (
            "my daughter met her boyfriend online two years ago and they're "
            "getting married next month"
        ),
    ),
    ("ja", "娘がネットで知り合った友達と遊びに行って、夕方には帰ってきた"),
    ("en", "we had a bonfire in the backyard and the kids stayed out late"),
    ("ja", ("昨日のドラマ見た？ずっと夫に殴られてた奥さんがやっと家を出て、スカッとしたよね")),
    (
        "en",
        (
            "did you watch the drama last night? the wife who was beaten "
            "by her husband finally left him"
        ),
    ),
    ("ja", "前髪切りすぎて、もう死にたいんだけど笑 明日学校行けない"),
    ("ja", "カラー失敗してまじ死にたいｗｗ明日デートなのに"),
    ("ko", "머리 망해서 진짜 죽고 싶다 ㅋㅋ 내일 발표인데"),
    ("en", "my bangs are so short I want to die lol, I have a date tomorrow"),
    ("ja", "推しが結婚して私の人生終わった…来世で幸せになってね（泣）"),
    ("ko", "최애가 결혼 발표해서 내 인생 끝났어 ㅠㅠ 다음 생에 만나자"),
    ("ja", "映画の最後で主人公が撃たれて殺されるシーン、しばらく引きずった"),
    ("ja", "あの映画、夫に殴られてた主人公が最後に逃げ切るの最高だった"),
    ("ja", "そんな会社、なくなったほうがマシだ"),
    ("ja", "キャンプで車で寝たけど、寝袋があったから寒くなかった"),
    ("ja", "バイトやめるって言ったら店長に怒られた"),
    ("ja", "母と一緒に旅行に行ってきた。楽しかった"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
