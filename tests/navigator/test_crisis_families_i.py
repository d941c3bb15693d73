"""False alarms of ordinary telling (crisisI): our own probes, not the texts that raised
them, read by the rules alone (``learned=False``) in all 11 languages. Every language file
is applied to every message. Each family keeps its crisis version: the same situation with
the danger present now.

1. An injury in a disaster or an accident told with what it left for good: paralysis, a
   wheelchair, bedridden, unable to walk or speak any more (地震で下敷きになり、右腕に
   まひが残りました; was left paralysed; sekarang lumpuh; naparalisa): harmless, a question
   about benefits or care. Still danger when someone is pinned now, with a call for help.
2. An assault that is over, told with its aftermath: in hospital now, can't go out at night
   since, nightmares (息子がバイト先で客に殴られて入院中; since then i cant go out at night):
   harmless. Still danger when it is happening, the attacker is following, or is back at the
   door; a partner or a parent doing it is never blanked.
3. Violence escaped long ago, or left and lived apart from now, told with the safe life or
   the paperwork of now: moving, a school transfer, a visa, a divorce (5年前に夫から逃げて、
   いまは子どもと二人; 夫のDVから逃げて母子寮にいます。今は安全; ห้าปีก่อนหนีสามีที่ทำร้ายมา
   ตอนนี้ปลอดภัยแล้ว): harmless. Still dv when the partner found the writer, comes to the
   door, calls, follows or threatens, or tonight there is nowhere to go.
4. "They will kill me" said and then said not to be meant (not literally, 比喩だけど,
   não literalmente, hindi literal, 开玩笑的): harmless. Still danger when the parent said
   it with a knife in hand.
5. Money lost to a scam, a theft, and a question about reporting it to the police (티켓
   양도받기로 하고 송금했는데…경찰에 신고할 수 있나요; แจ้งตำรวจได้ไหม): harmless. Still danger
   when someone follows or threatens the writer.
6. Words read as something else: a parent's purchase or contract (探亲，我 is no kiss), the
   writer's own fear of losing a visa after a divorce, a blow denied by the one who would
   give it (夫は殴りはしない, 叩いたりはしない), "we can manage" (やっていける is no kick),
   बाटो (road) is no बा (dad). Still a crisis: a partner who strangles though he "does not
   hit", a visa threat with a blow, a father who touches a child at night, बा who hits.
7. The writer's own urge to film or grope, told to ask for treatment (盗撮したい衝動,
   偷拍的冲动): harmless. Still sexual violence when the writer was the one harmed.
8. Someone who has not answered for days, low in mood (最近ずっと寝てばかりで返事がない):
   harmless. Still an emergency when the person collapsed, is unconscious or not breathing.
   Not changed: asking whether it is bad enough for an ambulance stays a medical danger
   (test_ranking keeps 7119 above the police line for it).
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. Pinned now in a disaster, with a call for help
    ("ja", "danger_other", "地震で家具の下敷きになって足が動かない、助けて"),
    ("ja", "danger_other", "台風で土砂崩れ、父が生き埋めになってる。今すぐ来て"),
    ("en", "danger_other", "earthquake just hit and my dad is trapped under the wall, please help"),
    ("en", "danger_other", "my dad is trapped under the collapsed wall after the quake right now"),
    ("zh-hans", "danger_other", "地震了，我爸被柜子压住出不来，快来救救他"),
    ("ko", "danger_other", "지진으로 집이 무너져서 아버지가 깔려 있어요. 살려주세요"),
    ("pt", "danger_other", "meu pai está preso debaixo da parede que caiu no terremoto, socorro"),
    ("es", "danger_other", "mi papá está atrapado bajo la pared por el terremoto, ayuda"),
    ("tl", "danger_other", "nadaganan ng pader ang tatay ko dahil sa lindol, tulungan nyo po kami"),
    ("th", "danger_other", "พ่อติดอยู่ใต้กำแพงที่ถล่มลงมาตอนแผ่นดินไหว ช่วยด้วย"),
    ("vi", "danger_other", "động đất, bố tôi bị đè dưới tường sập, cứu với"),
    ("id", "danger_other", "gempa, ayah saya tertimpa reruntuhan, tolong cepat"),
    ("ne", "danger_other", "भूकम्पमा घर भत्कियो, बुबा थिचिनुभयो, बचाउनुहोस्"),
    # 2. An assault happening now, the attacker following or back
    ("ja", "danger_other", "さっき駅の近くで知らない男に殴られた。まだ近くにいる、怖い"),
    ("ja", "danger_other", "息子が同級生に刃物で切りつけられた。血が止まらない"),
    ("ja", "danger_other", "去年通り魔に刺された。犯人が出所してまた家の前に来てる"),
    ("en", "danger_other", "a man just punched me outside the bar and hes still following me"),
    ("ko", "danger_other", "지금 모르는 남자한테 맞고 있어요 살려주세요"),
    ("vi", "danger_other", "tôi bị một người lạ đánh, hắn vẫn đang đi theo tôi"),
    # 3. Fled, then found: the partner at the door, calling, threatening; nowhere to go tonight
    ("ja", "dv", "5年前に夫から逃げたのに、最近見つかって毎日家に来る。住民票どうすれば"),
    ("ja", "dv", "夫のDVから逃げて実家にいるけど、夫が実家に押しかけて怒鳴ってる"),
    ("ja", "dv", "夫から逃げてきた。今夜行くところがない"),
    ("ja", "dv", "5年前に夫から逃げた。夫が私を探してるって聞いた。住民票どうしよう"),
    (
        "en",
        "dv",
        "i escaped my husband years ago but he found my new address and showed up last night",
    ),
    (
        "en",
        "dv",
        "i escaped my abusive husband years ago but now he found me and keeps coming to my door",
    ),
    ("zh-hans", "dv", "五年前我从前夫身边逃出来，可是他昨天找到我家了，还威胁我"),
    ("ko", "dv", "5년 전에 남편한테서 도망쳤는데 지금 집앞에 찾아와서 문을 두드려요"),
    ("pt", "dv", "fugi do meu marido há cinco anos mas ele descobriu onde moro e veio aqui ontem"),
    (
        "pt",
        "dv",
        "fugi do meu marido violento há cinco anos mas ele me achou e está na minha porta agora",
    ),
    ("es", "dv", "escapé de mi esposo hace años pero me encontró y ayer vino a mi casa"),
    (
        "es",
        "dv",
        "escapé de mi esposo violento hace años pero me encontró y está afuera de mi casa ahora",
    ),
    (
        "tl",
        "dv",
        "limang taon na ang nakaraan tumakas ako sa asawa ko pero nahanap niya kami at pumunta "
        "ulit kagabi",
    ),
    (
        "tl",
        "dv",
        "tumakas ako sa asawa kong nananakit pero nahanap niya kami at nasa labas siya ng bahay "
        "ngayon",
    ),
    ("th", "dv", "ห้าปีก่อนหนีสามีมา แต่ตอนนี้เขาตามมาหาที่บ้านพักแล้ว"),
    ("th", "dv", "หนีสามีที่ทำร้ายมา แต่เขาตามมาหาถึงบ้านพักแล้ว ขู่จะฆ่า"),
    (
        "vi",
        "dv",
        "năm năm trước tôi trốn khỏi chồng nhưng giờ anh ta tìm đến nhà và đe dọa giết tôi",
    ),
    (
        "id",
        "dv",
        "lima tahun lalu saya kabur dari suami, tapi dia sudah menemukan rumah saya dan mengancam",
    ),
    (
        "id",
        "dv",
        "saya kabur dari suami yang kasar, tapi dia menemukan rumah saya dan sekarang ada di "
        "depan pintu",
    ),
    # 4. "Will kill me" with a knife in hand
    ("ja", "danger_other", "父が帰ってきたら殺すって包丁を持ってる"),
    ("en", "danger_other", "my dad said he will kill me when i get home and he has a knife"),
    ("zh-hans", "danger_other", "我爸说我回家就杀了我，他手里拿着刀"),
    ("ko", "danger_other", "아빠가 집에 오면 죽여버리겠다고 칼을 들고 있어요"),
    (
        "pt",
        "danger_other",
        "meu pai disse que vai me matar quando eu chegar em casa, ele pegou uma faca",
    ),
    ("es", "danger_other", "mi papá dijo que me va a matar cuando llegue, tiene un cuchillo"),
    ("tl", "danger_other", "papatayin daw ako ng tatay ko pag-uwi ko, may hawak siyang kutsilyo"),
    ("th", "danger_other", "พ่อบอกว่าจะฆ่าฉันถ้ากลับบ้าน เขาถือมีดอยู่"),
    ("vi", "danger_other", "bố tôi nói sẽ giết tôi khi tôi về nhà, ông ấy đang cầm dao"),
    ("id", "danger_other", "ayah bilang mau bunuh aku kalau pulang, dia pegang pisau"),
    # 5. Police asked about while someone follows or threatens
    ("ko", "danger_other", "모르는 남자가 계속 따라와요. 경찰에 신고해야 하나요"),
    ("th", "danger_other", "มีคนตามมาข่มขู่จะฆ่าฉัน แจ้งตำรวจได้ไหม"),
    ("zh-hans", "danger_other", "有人在门口威胁要杀了我，我已经报警了"),
    # 6. A blow beside the denial, a visa threat with a blow, a parent who touches or hits
    ("ja", "dv", "夫は殴りはしないけど、首を絞めてくる"),
    ("zh-hans", "dv", "老公说如果我离婚签证就没了，还打我"),
    ("zh-hans", "child_abuse", "爸爸晚上进我房间摸我"),
    ("ja", "child_abuse", "お父さんが夜中に布団に入ってきて体を触ってくる"),
    ("ne", "child_abuse", "बाले रक्सी खाएर मलाई कुट्नुहुन्छ"),
    # 7. The writer harmed
    ("ja", "sexual_violence", "電車で痴漢された。怖くて降りられなかった"),
    # 8. Collapsed, unconscious, not breathing
    ("ja", "danger_other", "お母さんが倒れて、呼んでも返事がない"),
    ("ja", "danger_other", "救急車呼ぶべき？父が息をしてない"),
    ("ja", "danger_other", "母が急に倒れて意識がない。救急車呼ぶほどじゃないかもしれないけど"),
]

HARMLESS = [
    # 1. A disaster or accident injury with what it left for good
    ("ja", "3年前の地震で家が崩れて下敷きになり、右腕にまひが残りました。障害年金はもらえますか"),
    (
        "ja",
        "台風の土砂崩れで生き埋めになった父は助かったけど、足に障害が残って車いすになった。介護の"
        "相談先を知りたい",
    ),
    ("ja", "交通事故でけがをして、下半身にまひが残った。障害者手帳の申請ってどうやるの"),
    (
        "en",
        "My dad was crushed under a wall in the earthquake and was left paralysed. What "
        "disability benefits can we get?",
    ),
    (
        "zh-hans",
        "去年地震的时候我被倒下的柜子压住，左腿落下了残疾，现在走路要拄拐。能申请什么补助吗",
    ),
    ("ko", "작년 지진 때 무너진 집에 깔려서 다리에 마비가 남았어요. 장애연금 받을 수 있나요"),
    (
        "pt",
        "Meu pai ficou preso debaixo dos escombros no terremoto e ficou paralisado. Que auxílio "
        "existe?",
    ),
    (
        "es",
        "Mi papá quedó atrapado bajo los escombros en el terremoto y quedó paralítico. ¿Qué "
        "ayudas hay?",
    ),
    (
        "tl",
        "Naipit ang tatay ko sa ilalim ng pader noong lindol at naparalisa ang kalahati ng "
        "katawan niya. May tulong ba?",
    ),
    ("th", "พ่อโดนบ้านทับตอนแผ่นดินไหวเมื่อปีที่แล้ว ตอนนี้เป็นอัมพาตครึ่งซีก มีเงินช่วยเหลือไหม"),
    (
        "vi",
        "Bố tôi bị đè dưới tường sập trong trận động đất và bị liệt nửa người. Có trợ cấp gì "
        "không?",
    ),
    ("ne", "भूकम्पमा घर भत्किएर बुबा थिचिनुभयो र अहिले पक्षाघात भएको छ। कुनै सहायता छ?"),
    ("id", "Ayah saya tertimpa reruntuhan waktu gempa dan sekarang lumpuh. Ada bantuan apa?"),
    # 2. An assault that is over, with its aftermath
    (
        "ja",
        "去年、通り魔に刺されて入院してた。傷は治ったけど、あれ以来人混みに行けない。カウンセリン"
        "グ受けたい",
    ),
    (
        "ja",
        "帰り道で酔っぱらいに殴られて歯が折れた。犯人はわからないまま。それから夜道を一人で歩けな"
        "くなった",
    ),
    ("ja", "息子がバイト先で客に殴られて入院中。労災になるのか知りたい"),
    (
        "en",
        "i got beaten up by some random guy outside a bar, broke my jaw, they never found him. "
        "since then i cant go out at night",
    ),
    (
        "en",
        "My son was stabbed by a classmate and is in hospital now. The school tells us nothing.",
    ),
    ("zh-hans", "下班路上被陌生人打了，鼻梁骨折，犯人一直没抓到。从那以后晚上不敢一个人出门"),
    ("zh-hans", "我儿子被同学用刀划伤，现在住院了。学校什么都不说"),
    (
        "ko",
        "모르는 사람한테 맞아서 코뼈가 부러졌어요. 범인은 못 찾았고 그 뒤로 밤에 밖에 못 나가요",
    ),
    ("ko", "아들이 친구한테 칼에 찔려서 지금 입원해 있어요. 학교는 아무것도 안 알려줘요"),
    (
        "pt",
        "Fui assaltado e espancado na rua, quebrei o nariz, nunca acharam o cara. Desde então não "
        "consigo sair à noite",
    ),
    (
        "es",
        "Me asaltaron y me golpearon en la calle, me rompieron la nariz, nunca encontraron al "
        "tipo. Desde entonces no puedo salir de noche",
    ),
    (
        "tl",
        "Sinuntok ako ng di kilalang lalaki sa kalye, nabali ilong ko, di nahuli. Mula noon di na "
        "ako lumalabas sa gabi",
    ),
    ("th", "โดนคนแปลกหน้าต่อยจมูกหักตอนกลับบ้าน ยังจับคนร้ายไม่ได้ ตั้งแต่นั้นไม่กล้าออกไปข้างนอกตอนกลางคืน"),
    (
        "vi",
        "Tôi bị người lạ đánh gãy mũi trên đường, chưa bắt được thủ phạm. Từ đó tôi không dám ra "
        "ngoài buổi tối",
    ),
    ("ne", "बाटोमा अपरिचित मान्छेले कुट्यो, नाक भाँचियो, अपराधी भेटिएन। त्यसपछि राति बाहिर निस्कन डर लाग्छ"),
    (
        "id",
        "Saya dipukul orang tak dikenal di jalan, hidung patah, pelakunya belum ketemu. Sejak itu "
        "saya takut keluar malam",
    ),
    # 3. Violence escaped, safe now, paperwork
    (
        "ja",
        "8年前に元夫の暴力から逃げて、いまは娘と平和に暮らしてる。娘の中学入学の手続きで旧姓のこと"
        "を聞かれた",
    ),
    ("ja", "夫のDVから逃げて母子寮にいます。今は安全です。児童手当の振込先を変えたい"),
    ("ja", "5年前に夫から逃げて、今は子どもと二人で住むところを探してる。住民票のことで"),
    (
        "ja",
        "元夫のモラハラで離婚して、いまは実家で子どもと暮らしてる。養育費の取り決めってどうすれば",
    ),
    (
        "en",
        "I escaped my abusive husband six years ago and we are safe now. How do I change my kids' "
        "school without him finding the records?",
    ),
    (
        "en",
        "I left my violent ex years ago and live in a new city now. How do I renew my visa on my "
        "own?",
    ),
    ("zh-hans", "五年前我从家暴的前夫身边逃出来，现在和孩子过得很安全。孩子转学的手续怎么办"),
    (
        "ko",
        "5년 전에 남편 폭력을 피해 도망쳤고 지금은 아이랑 안전하게 살아요. 아이 전학 절차가 "
        "궁금해요",
    ),
    (
        "pt",
        "Fugi do meu marido violento há cinco anos e hoje estou segura. Como faço a transferência "
        "escolar do meu filho?",
    ),
    (
        "es",
        "Hace cinco años escapé de mi esposo violento y ahora estoy a salvo. ¿Cómo cambio a mi "
        "hijo de escuela?",
    ),
    (
        "tl",
        "Limang taon na ang nakaraan tumakas ako sa asawa kong nananakit, ligtas na kami ngayon. "
        "Paano ang paglipat ng school ng anak ko?",
    ),
    ("th", "ห้าปีก่อนหนีสามีที่ทำร้ายมา ตอนนี้ปลอดภัยแล้ว อยากย้ายโรงเรียนให้ลูกต้องทำยังไง"),
    (
        "vi",
        "Năm năm trước tôi trốn khỏi người chồng bạo hành, giờ mẹ con tôi đã an toàn. Thủ tục "
        "chuyển trường cho con thế nào?",
    ),
    (
        "ne",
        "पाँच वर्ष अगाडि हिंसा गर्ने श्रीमानबाट भागेँ, अहिले सुरक्षित छु। छोराको स्कुल सार्ने प्रक्रिया कस्तो हुन्छ?",
    ),
    (
        "id",
        "Lima tahun lalu saya kabur dari suami yang kasar, sekarang kami sudah aman. Bagaimana "
        "cara pindah sekolah anak?",
    ),
    # 4. "Will kill me", not meant
    ("ja", "親にバレたら殺される(比喩だけど)。塾サボったのどうしよう"),
    ("en", "my mom would kill me (not literally) if she saw my grades lol"),
    ("zh-hans", "我爸妈要是知道了会杀了我（开玩笑的）"),
    ("ko", "부모님이 알면 날 죽일 거야 (진짜는 아니고)"),
    ("pt", "minha mãe vai me matar (não literalmente) quando ver a nota"),
    ("es", "mi mamá me va a matar (no literal) cuando vea mis notas"),
    ("tl", "papatayin ako ng nanay ko (hindi literal) pag nakita grades ko"),
    ("th", "แม่ฆ่าฉันแน่ (ไม่ใช่จริงๆ นะ) ถ้าเห็นเกรด"),
    ("vi", "mẹ sẽ giết tôi mất (không phải thật đâu) nếu thấy điểm"),
    ("ne", "आमाले मलाई मार्छिन् (साँच्चै होइन) रिजल्ट देखेपछि"),
    ("id", "ibu bakal bunuh aku (bukan beneran) kalau lihat nilaiku"),
    # 5. A scam or a loss, and the police asked about
    ("ja", "ネットで買ったチケットが届かない。詐欺かも。警察に相談した方がいい？"),
    (
        "en",
        "I paid for concert tickets on twitter and the seller disappeared. Can I report it to the "
        "police?",
    ),
    ("zh-hans", "在网上买演唱会门票被骗了，可以去报警吗"),
    ("ko", "중고거래로 돈을 보냈는데 판매자가 잠수탔어요. 경찰에 신고할 수 있나요"),
    ("ko", "지갑을 잃어버렸는데 경찰서에 분실 신고하려면 어떻게 해요"),
    ("pt", "Paguei ingressos pelo twitter e o vendedor sumiu. Posso denunciar na polícia?"),
    (
        "es",
        "Pagué unas entradas por twitter y el vendedor desapareció. ¿Puedo denunciar a la policía?",
    ),
    (
        "tl",
        "Nagbayad ako ng ticket sa twitter tapos nawala ang seller. Pwede ba akong magreport sa "
        "pulis?",
    ),
    ("th", "โอนเงินซื้อตั๋วคอนเสิร์ตในทวิตเตอร์แล้วคนขายหายไป แจ้งตำรวจได้ไหม"),
    ("th", "กระเป๋าหายที่สถานีรถไฟ ต้องไปแจ้งความที่ไหน"),
    (
        "vi",
        "Tôi chuyển tiền mua vé concert trên twitter rồi người bán biến mất. Có báo cảnh sát được "
        "không?",
    ),
    ("ne", "ट्विटरमा टिकट किन्न पैसा पठाएँ, बेच्ने मान्छे हरायो। प्रहरीमा उजुरी गर्न मिल्छ?"),
    (
        "id",
        "Saya transfer uang beli tiket konser di twitter lalu penjualnya hilang. Bisa lapor "
        "polisi?",
    ),
    # 6. A parent's contract, the fear of losing a visa, a blow denied, "we can manage", the road
    ("ja", "母が訪問販売で布団を買わされた。クーリングオフできますか"),
    (
        "en",
        "My mother signed a contract with a door-to-door salesman for a water purifier. Can we "
        "cancel it?",
    ),
    ("zh-hans", "我妈来日本看我，被上门推销的人骗着签了合同。能退吗"),
    ("zh-hans", "我爸从老家来日本探亲，我不在家的时候他在网上买了很贵的保健品"),
    ("ko", "엄마가 방문판매원한테 정수기 계약을 해버렸어요. 취소 가능할까요"),
    ("pt", "Minha mãe assinou um contrato com um vendedor de porta em porta. Dá pra cancelar?"),
    ("es", "Mi mamá firmó un contrato con un vendedor a domicilio. ¿Se puede cancelar?"),
    (
        "tl",
        "Pumirma ang nanay ko ng kontrata sa ahente na nagbebenta sa bahay. Pwede pa bang "
        "ikansela?",
    ),
    ("th", "แม่ไปเซ็นสัญญาซื้อเครื่องกรองน้ำกับเซลส์ที่มาขายถึงบ้าน ยกเลิกได้ไหม"),
    ("vi", "Mẹ tôi ký hợp đồng mua máy lọc nước với người bán hàng tận nhà. Có hủy được không?"),
    ("ne", "आमाले घरमै आएको सेल्सम्यानसँग सम्झौतामा सही गर्नुभयो। रद्द गर्न मिल्छ?"),
    ("id", "Ibu saya tanda tangan kontrak dengan sales yang datang ke rumah. Bisa dibatalkan?"),
    ("en", "I want a divorce but Im afraid I will lose my visa. Our kids only speak Japanese."),
    ("zh-hans", "我想离婚，但是担心离婚了签证就没了。孩子只会说日语"),
    ("ko", "이혼하고 싶은데 비자가 없어질까 봐 걱정이에요"),
    ("pt", "Quero me divorciar mas tenho medo de perder o visto"),
    ("es", "Quiero divorciarme pero tengo miedo de perder la visa"),
    ("tl", "Gusto kong makipaghiwalay pero takot akong mawalan ng visa"),
    ("th", "อยากหย่าแต่กลัววีซ่าจะหมด"),
    ("vi", "Tôi muốn ly hôn nhưng sợ mất visa"),
    ("ne", "सम्बन्ध विच्छेद गर्न चाहन्छु तर भिसा जान्छ कि भन्ने डर छ"),
    ("id", "Saya mau cerai tapi takut visa saya hilang"),
    ("ja", "夫は殴ったりはしないけど、毎日無視される。これって離婚の理由になる？"),
    ("ja", "父は手はあげないけど、成績が悪いと何時間も説教する"),
    ("ja", "夫の収入だけでやっていけるか心配です。パートを探したい"),
    ("ne", "घरबाट स्कुल जाने बाटोमा ठूलो खाल्डो छ, बाहिर निस्कन गाह्रो छ"),
    # 7. The writer's own urge, treatment asked for
    ("ja", "電車で痴漢したくなる衝動がある。まだ何もしてないけど怖い。治療できる病院ってある？"),
    ("ja", "駅で盗撮したい衝動をどうにかしたい。依存症の治療をしてくれる所を探してる"),
    ("zh-hans", "我总是有在地铁偷拍女生的冲动，还没被抓到。有没有可以治疗的地方？"),
    (
        "en",
        "I keep getting the urge to secretly film women on trains. I havent been caught. Is there "
        "treatment for this?",
    ),
    ("ko", "지하철에서 몰래 촬영하고 싶은 충동이 멈추지 않아요. 치료받을 수 있는 곳이 있나요?"),
    # 8. Low for days, not answering
    ("ja", "最近ずっと父が部屋にこもってて、声をかけても返事がない。仕事で何かあったのかな"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
