"""Crisis families from crisisAD: our own probes, not the batches' texts, read by the rules
alone (``learned=False``). Every language file is applied to every message.

1. An adult who teaches, coaches or looks after a child (tutor, teacher, coach, nursery
   worker, babysitter, neighbour) sees marks a fall does not leave (bruises shaped like
   fingers or a hand, burns, welts) and the child asks them not to tell or to keep it
   secret: child abuse. Silent: a child who asks to keep a bad mark at school or a surprise
   secret with no mark; a bruise from sport told openly.
2. A parent or other relative who sends or sells naked or sexual pictures or videos of a
   child to strangers or for money: child abuse. Silent: bath photos sent to a grandmother,
   children's clothes sold online with photos, paying a studio for a child's portraits.
3. A child who wonders whether it would be better to become a star and watch from the sky
   (dying, in a child's image): suicide. Silent: a grandmother who became a star and watches
   over us (grief), wanting to become a pop star, looking at the stars.
4. A husband or boyfriend who drags the writer by the hair (with her phone cut or her family
   blocked beside it): dv. Silent: a hairdresser, a husband who braids her hair.
5. A grandmother or other relative who punishes a small grandchild, nephew or niece with
   ice-cold water or by making them stand outside in the cold: child abuse.
6. A man who followed her home after a meal or drinks and forced his way into her room
   though she refused again and again: sexual violence. Silent: a friend who came in for
   tea, a child who barges into a room, a closet (押し入れ).

Look-alikes that were raising the alarm, quietened as families:

7. A parent told that their own child secretly filmed, groped or harassed someone (the
   writer's child is the one who did it), with nothing happening to the writer.
8. Someone accused of groping or harassment (saying it is not true), questioned by police
   or suspended: the writer is the accused, not a victim.
9. A nurse, carer or care worker hit by a patient or a resident at work: a workplace
   injury, no danger now (a patient's violence at home, a partner, a threat now still count).
10. A partner who went back to their country and does not answer messages (a marriage, a
    divorce, a visa question): no unconscious person.
11. An adult without a family register (無戸籍) because the mother, fleeing violence long
    ago, never registered the birth: no violence now.
12. Thrown out by a partner days, weeks or months ago and staying with a friend (a housing or
    visa question); violence, tonight or children in the cold still count.
13. The police already came, took photos and left (graffiti on a shop): no call to make.
14. A grown son, brother or in-law who lives with an old parent (an age of 60-99 or elderly)
    and hits or shoves her: danger (elder abuse), not a child's abuse; a grandparent who hits
    the child writing stays child abuse. Silent: a brother who looks after their old mother.

Family 2 asks for the writer's own relative: a stranger's pictures found for sale online are a
report to make (the police, the internet hotline), not this family.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. marks seen on a child who asks the adult not to tell
    (
        "ja",
        "child_abuse",
        "家庭教師をしてる小4の子の腕に指の形のあざがあって、先生だれにも言わないでって頼まれた",
    ),
    (
        "ja",
        "child_abuse",
        "ならいごとの せいとの せなかに やけどの あとが あって、ないしょに してねって いわれた",
    ),
    (
        "en",
        "child_abuse",
        "one of the kids i coach had hand shaped bruises on his neck and begged me not to tell "
        "anyone",
    ),
    (
        "en",
        "child_abuse",
        "my piano student has welts on her legs and made me promise not to tell her parents",
    ),
    ("zh-hans", "child_abuse", "我辅导的那个小学生胳膊上有手指印的淤青，她求我不要告诉任何人"),
    (
        "ko",
        "child_abuse",
        "과외하는 초등학생 팔에 손가락 모양 멍이 있는데 아무한테도 말하지 말라고 부탁했어요",
    ),
    (
        "pt",
        "child_abuse",
        "a menina que eu dou aula tem marcas de dedos no braço e me pediu pra não contar pra "
        "ninguém",
    ),
    (
        "es",
        "child_abuse",
        "el niño al que le doy clases tiene moretones en forma de dedos y me pidió que no le "
        "dijera a nadie",
    ),
    (
        "tl",
        "child_abuse",
        "yung batang tinuturuan ko may pasa na hugis daliri sa braso at nakiusap na wag ko daw "
        "sabihin kahit kanino",
    ),
    ("th", "child_abuse", "เด็กที่ผมสอนพิเศษมีรอยช้ำเป็นรูปนิ้วที่แขน แล้วขอร้องว่าอย่าบอกใคร"),
    (
        "vi",
        "child_abuse",
        "bé mà tôi dạy kèm có vết bầm hình ngón tay trên tay và xin tôi đừng nói với ai",
    ),
    ("ne", "child_abuse", "मैले पढाउने बच्चाको हातमा औँलाको डाम छ, उसले कसैलाई नभन्नु भनेर बिन्ती गर्यो"),
    (
        "id",
        "child_abuse",
        "murid les aku ada memar bentuk jari di lengannya, dia minta aku jangan bilang siapa siapa",
    ),
    # 2. a relative selling or sending naked pictures of a child
    ("ja", "child_abuse", "姉が5歳の娘の裸の写真を知らない男にお金で売ってるのを見てしまった"),
    (
        "en",
        "child_abuse",
        "my cousin is selling naked pictures of her 7 year old daughter to men online",
    ),
    (
        "en",
        "child_abuse",
        "found out my brother in law sends nude photos of his little boy to strangers for money",
    ),
    ("zh-hans", "child_abuse", "我表姐把她六岁女儿的裸照发给陌生人换钱"),
    (
        "ko",
        "child_abuse",
        "언니가 다섯 살 딸의 알몸 사진을 모르는 남자들한테 돈 받고 보내고 있어요",
    ),
    (
        "pt",
        "child_abuse",
        "minha prima vende fotos da filha de 5 anos pelada pra estranhos na internet",
    ),
    (
        "es",
        "child_abuse",
        "mi tía manda fotos de su niña desnuda a desconocidos a cambio de dinero",
    ),
    (
        "tl",
        "child_abuse",
        "yung tita ko nagbebenta ng hubad na litrato ng anak niya sa mga foreigner online",
    ),
    ("th", "child_abuse", "พี่สาวส่งรูปโป๊ของลูกสาววัยห้าขวบให้ผู้ชายแปลกหน้าเพื่อแลกเงิน"),
    ("vi", "child_abuse", "chị họ tôi bán ảnh khỏa thân của con gái 5 tuổi cho người lạ trên mạng"),
    ("ne", "child_abuse", "मेरो दिदीले आफ्नो सानी छोरीको नाङ्गो फोटो पैसाको लागि अपरिचितलाई पठाउँछिन्"),
    ("id", "child_abuse", "sepupuku jual foto telanjang anaknya yang umur 6 tahun ke orang asing"),
    # 3. a child wondering about becoming a star in the sky
    ("ja", "suicide", "ぼくなんか おほしさまに なって そらから みてる ほうが いいのかな"),
    ("ja", "suicide", "わたしも星になって空から見てたほうがみんなうれしいかも"),
    (
        "en",
        "suicide",
        "maybe it would be better if i became a star and watched everyone from the sky",
    ),
    ("zh-hans", "suicide", "我是不是变成星星在天上看着大家会更好"),
    ("ko", "suicide", "나는 별이 되어서 하늘에서 보는 게 더 나을까"),
    ("pt", "suicide", "acho que seria melhor eu virar uma estrelinha e olhar todo mundo lá do céu"),
    ("es", "suicide", "sería mejor que yo me convierta en estrellita y los mire desde el cielo"),
    ("tl", "suicide", "mas okay siguro kung maging bituin na lang ako at manood mula sa langit"),
    ("th", "suicide", "หนูไปเป็นดาวแล้วมองทุกคนจากบนฟ้าจะดีกว่าไหม"),
    ("vi", "suicide", "có lẽ con hóa thành ngôi sao rồi nhìn mọi người từ trên trời thì tốt hơn"),
    ("ne", "suicide", "म तारा बनेर आकाशबाट हेरेको भए राम्रो हुन्थ्यो कि"),
    ("id", "suicide", "mungkin lebih baik aku jadi bintang dan lihat semua dari langit"),
    # 4. dragged by the hair by a partner
    (
        "ja",
        "dv",
        "夫にスマホを解約されて実家の番号もブロックされた。昨日は髪をつかんで引きずり回された",
    ),
    ("en", "dv", "my husband blocked my family on my phone and yesterday he dragged me by my hair"),
    ("zh-hans", "dv", "老公把我手机停了，还拉黑我娘家，昨天揪着我头发在地上拖"),
    ("ko", "dv", "남자친구가 제 머리채를 잡고 방으로 끌고 갔어요"),
    ("pt", "dv", "meu marido me arrastou pelo cabelo pela casa ontem"),
    ("es", "dv", "mi esposo me jaló del pelo y me arrastró por la cocina"),
    ("tl", "dv", "kinaladkad ako ng asawa ko sa buhok kagabi"),
    ("th", "dv", "แฟนกระชากผมฉันแล้วลากไปในห้อง"),
    ("vi", "dv", "chồng nắm tóc tôi rồi kéo lê trên sàn nhà"),
    ("ne", "dv", "श्रीमानले मेरो कपाल समातेर घिसार्नुभयो"),
    ("id", "dv", "suamiku jambak rambutku terus nyeret aku ke kamar"),
    # 5. a grandmother's cold-water punishment of a small child
    (
        "ja",
        "child_abuse",
        "おねしょするたび、おばあちゃんが甥っ子に冷たい水をかけてベランダに立たせてる",
    ),
    (
        "en",
        "child_abuse",
        "my nephew is 4 and his grandma throws ice cold water on him every time he wets the bed",
    ),
    (
        "en",
        "child_abuse",
        "every time my 5 year old niece wets the bed her grandma pours ice cold water over her",
    ),
    (
        "id",
        "child_abuse",
        "tiap ngompol adikku yang 4 tahun disiram air es sama nenek terus disuruh berdiri di teras",
    ),
    (
        "id",
        "child_abuse",
        "keponakanku disiram air dingin sama neneknya tiap ngompol terus disuruh berdiri di luar",
    ),
    (
        "tl",
        "child_abuse",
        "binubuhusan ng lola ng malamig na tubig ang pamangkin ko tuwing naiihi sa kama",
    ),
    (
        "vi",
        "child_abuse",
        "bà nội dội nước đá lên cháu tôi mỗi lần bé tè dầm rồi bắt đứng ngoài hiên",
    ),
    (
        "pt",
        "child_abuse",
        "a avó joga água gelada no meu sobrinho de 4 anos toda vez que ele faz xixi na cama",
    ),
    ("es", "child_abuse", "la abuela le echa agua helada a mi sobrino cada vez que moja la cama"),
    # 7-12: what stays a crisis beside the quietened look-alikes
    ("ja", "sexual_violence", "高1の息子が、更衣室で同級生に盗撮されてたって学校から連絡がきた"),
    ("en", "danger_other", "a patient is hitting me right now on the ward, help"),
    ("pt", "suicide", "meu marido voltou pro brasil e sumiu, eu não aguento mais, quero morrer"),
    ("tl", "dv", "pinalayas ako ng asawa ko ngayong gabi, nasa labas kami ng anak ko sa lamig"),
    # 6. forced into her room after refusing
    (
        "ja",
        "sexual_violence",
        "飲み会のあと先輩に家までついてこられて、何度も断ったのに部屋に押し入られた",
    ),
    (
        "en",
        "sexual_violence",
        "he walked me home after dinner and forced his way into my apartment even though i said "
        "no again and again",
    ),
    ("zh-hans", "sexual_violence", "吃完饭他跟我回家，我拒绝了好几次他还是强行进了我房间"),
    (
        "ko",
        "sexual_violence",
        "식사 후에 집까지 따라와서 몇 번이나 거절했는데 억지로 방에 들어왔어요",
    ),
    (
        "pt",
        "sexual_violence",
        "depois do jantar ele me seguiu até em casa e entrou à força no meu quarto mesmo eu "
        "dizendo não",
    ),
    (
        "es",
        "sexual_violence",
        "después de la cena me siguió a casa y se metió a la fuerza en mi cuarto aunque le dije "
        "que no",
    ),
    (
        "tl",
        "sexual_violence",
        "sinundan niya ako pauwi pagkatapos ng dinner at pumasok siya sa kwarto ko kahit ilang "
        "beses akong tumanggi",
    ),
    ("th", "sexual_violence", "หลังกินข้าวเขาตามมาถึงห้อง ฉันปฏิเสธหลายครั้งแต่เขาดันเข้ามาในห้อง"),
    (
        "vi",
        "sexual_violence",
        "sau bữa ăn anh ta theo tôi về nhà và cố xông vào phòng dù tôi đã từ chối nhiều lần",
    ),
    (
        "ne",
        "sexual_violence",
        "खाना खाएपछि उसले घरसम्म पछ्यायो र मैले धेरै पटक नाइँ भन्दा पनि जबरजस्ती कोठामा पस्यो",
    ),
    (
        "id",
        "sexual_violence",
        "habis makan dia ngikutin aku sampai kos dan maksa masuk kamar padahal udah aku tolak "
        "berkali kali",
    ),
    # 14. an old parent hit by a grown son or brother she lives with; a child hit by a grandparent
    ("pt", "danger_other", "meu irmão mora com a nossa mãe de 82 anos e bate nela quando bebe"),
    (
        "pt",
        "danger_other",
        "meu cunhado empurra a minha sogra idosa quando fica nervoso, ela tem marcas no braço",
    ),
    ("es", "danger_other", "mi hermano vive con nuestra madre de 80 años y le pega cuando toma"),
    (
        "en",
        "danger_other",
        "my brother lives with our 80 year old mother and hits her when he drinks",
    ),
    (
        "ja",
        "danger_other",
        "実家で兄が80歳の母に酒を飲むと手をあげるらしい。母から泣いて電話があった",
    ),
    ("zh-hans", "danger_other", "我哥和八十岁的妈妈住，一喝酒就打她"),
    ("ko", "danger_other", "오빠가 여든 넘은 엄마랑 사는데 술만 마시면 엄마를 때려요"),
    (
        "tl",
        "danger_other",
        "yung kuya ko nakatira kasama si nanay na 80 na, sinasaktan niya pag lasing",
    ),
    ("th", "danger_other", "พี่ชายอยู่กับแม่อายุ 80 พอเมาก็ตีแม่"),
    ("vi", "danger_other", "anh trai tôi ở với mẹ 80 tuổi, cứ say rượu là đánh mẹ"),
    (
        "id",
        "danger_other",
        "kakakku tinggal sama ibu yang udah 80 tahun, kalau mabuk dia mukul ibu",
    ),
    ("ne", "danger_other", "मेरो दाइ ८० वर्षकी आमासँग बस्छन्, रक्सी खाएपछि आमालाई कुट्छन्"),
    ("en", "child_abuse", "my 70 year old grandpa hits me when i dont finish my homework"),
    ("pt", "child_abuse", "meu avô de 70 anos me bate quando eu não faço a lição"),
]

HARMLESS = [
    # 1. a secret without a mark, a mark without a secret
    ("ja", "生徒にテストの点数はお母さんに内緒にしてって頼まれた"),
    ("en", "my student asked me not to tell her mom about the surprise birthday party"),
    ("en", "the boy i coach got a bruise from dodgeball and laughed about it"),
    ("zh-hans", "我辅导的学生求我不要告诉她妈妈她考试没考好"),
    ("ko", "과외 학생이 시험 점수는 엄마한테 말하지 말라고 했어요"),
    ("pt", "minha aluna pediu pra não contar pra mãe dela que ela tirou nota baixa"),
    ("es", "mi alumno me pidió que no le dijera a su mamá que reprobó el examen"),
    ("tl", "yung estudyante ko nakiusap na wag sabihin sa nanay niya yung mababang grade niya"),
    ("th", "นักเรียนขอร้องว่าอย่าบอกแม่เรื่องคะแนนสอบ"),
    ("vi", "học sinh xin tôi đừng nói với mẹ bé về điểm kiểm tra"),
    ("id", "murid les aku minta jangan bilang ke mamanya soal nilai ulangannya"),
    # 2. children's photos with nothing sexual
    ("ja", "孫のお風呂の写真をおばあちゃんに送ったら喜んでた"),
    ("en", "i sell my kids old clothes online with photos of them wearing it"),
    ("en", "we paid the studio for my daughter's birthday photos"),
    ("zh-hans", "我把女儿洗澡的照片发给了奶奶"),
    ("ja", "ネットで知らない子どもの裸の画像が売られてるのを見つけた。どこに通報すればいい"),
    ("en", "someone on a forum is selling naked pictures of a girl, where do i report it"),
    ("pt", "vendo roupas usadas da minha filha na internet com fotos"),
    ("es", "mandé fotos de mi bebé en la bañera a su abuela"),
    ("tl", "nagbebenta ako ng lumang damit ng anak ko online"),
    ("vi", "tôi gửi ảnh con tắm cho bà nội xem"),
    ("id", "aku kirim foto anakku mandi ke neneknya"),
    # 3. stars and the sky
    ("ja", "おばあちゃんは星になって空から見てるよってママが言ってた"),
    ("ja", "しょうらいは アイドルの スターに なりたい"),
    ("en", "grandpa became a star and watches over us from the sky"),
    ("en", "i want to become a star on broadway someday"),
    ("zh-hans", "奶奶变成星星在天上看着我们"),
    ("ko", "할머니는 별이 되어서 하늘에서 우리를 보고 계셔"),
    ("pt", "meu sonho é virar uma estrela da música"),
    ("es", "quiero ser una estrella del fútbol"),
    ("tl", "gusto kong maging bituin sa showbiz"),
    ("th", "อยากเป็นดาราดัง"),
    ("vi", "tối nay nằm ngắm sao trên trời đẹp quá"),
    ("id", "pengen jadi bintang film"),
    # 4. hair without violence
    ("ja", "美容院で髪をひっぱられて痛かった"),
    ("en", "my husband braided my hair for the wedding"),
    ("ko", "남편이 내 머리를 묶어 줬어요"),
    ("pt", "meu marido penteou meu cabelo hoje"),
    ("vi", "chồng tôi cắt tóc cho tôi"),
    # 6. a room entered with consent or by a child
    ("ja", "押し入れを片付けたら昔のアルバムが出てきた"),
    ("en", "my friend walked me home after dinner and came in for tea"),
    ("es", "mi hijo se metió en mi cuarto para enseñarme su dibujo"),
    ("id", "abis makan temen aku mampir ke kos buat ngobrol"),
    # 7. the writer's own child did it
    ("ja", "中2の息子が電車で痴漢をしたと警察から連絡があった。親としてどうすればいいのか"),
    ("ja", "高校生の娘がクラスの子を盗撮してたらしい。学校に呼ばれた"),
    (
        "en",
        "the school called: my 15 year old son secretly filmed a girl in the changing room. how "
        "do i talk to him",
    ),
    ("zh-hans", "学校通知我，我儿子偷拍了女同学换衣服，我不知道该怎么教育他"),
    ("ko", "고등학생 아들이 같은 반 여학생을 몰래 촬영했다고 학교에서 연락이 왔어요"),
    ("pt", "a escola ligou dizendo que meu filho filmou escondido uma colega no vestiário"),
    (
        "es",
        "del colegio me avisaron que mi hijo grabó a escondidas a una compañera en el vestuario",
    ),
    (
        "tl",
        "tumawag ang school, yung anak kong lalaki daw ay palihim na nag video sa kaklase niyang "
        "babae habang nagbibihis",
    ),
    ("th", "โรงเรียนโทรมาบอกว่าลูกชายแอบถ่ายเพื่อนผู้หญิงตอนเปลี่ยนเสื้อผ้า"),
    ("vi", "nhà trường báo con trai tôi quay lén bạn nữ cùng lớp trong phòng thay đồ"),
    ("ne", "स्कुलबाट फोन आयो, मेरो छोराले साथी केटीलाई लुकेर भिडियो खिचेछ"),
    ("id", "sekolah nelpon, anakku ketahuan ngerekam diam diam teman ceweknya di ruang ganti"),
    # 8. the writer accused of groping
    ("ja", "電車で痴漢に間違えられて駅員室に連れて行かれた。やってないのにどうすれば"),
    (
        "en",
        "a customer accused me of groping her during a massage, it is not true, now the police "
        "want to question me",
    ),
    ("zh-hans", "一个女顾客诬告我在按摩时猥亵她，警察叫我去做笔录"),
    ("ko", "손님이 제가 성추행했다고 신고했는데 저는 그런 적이 없어요"),
    ("pt", "uma cliente me acusou de assédio na massagem mas é mentira, a polícia me chamou"),
    ("es", "una clienta me acusó de manosearla en el masaje pero no es verdad"),
    ("tl", "inakusahan ako ng customer na hinipuan ko daw siya habang minamasahe pero hindi totoo"),
    ("th", "ลูกค้าผู้หญิงกล่าวหาว่าผมลวนลามตอนนวด แต่ไม่จริงเลย"),
    ("vi", "một khách nữ tố tôi sàm sỡ khi mát xa nhưng không đúng sự thật"),
    ("ne", "एक ग्राहकले मैले छोएको झूटो आरोप लगाइन्, प्रहरीले बोलायो"),
    ("id", "ada pelanggan cewek nuduh aku melecehkan dia waktu pijat, padahal nggak"),
    # 9. hit by a patient at work
    ("ja", "介護の仕事で利用者さんに殴られてあざができた。上司は仕方ないって言う"),
    (
        "en",
        "im a nurse and a patient punched me on the night shift last week, my manager says it "
        "comes with the job",
    ),
    ("zh-hans", "我是护士，上周夜班被病人打了，领导说这很正常"),
    ("ko", "간호사인데 지난주 야간 근무 때 환자한테 맞았어요. 병원은 흔한 일이래요"),
    ("pt", "sou enfermeira e um paciente me bateu no plantão, o hospital diz que é normal"),
    (
        "es",
        "soy enfermera y un paciente me golpeó en el turno de noche, mi jefa dice que es normal",
    ),
    ("tl", "nurse ako, sinuntok ako ng pasyente noong isang linggo sa night shift"),
    ("th", "เป็นพยาบาล โดนคนไข้ต่อยตอนเข้าเวรดึกเมื่ออาทิตย์ที่แล้ว"),
    ("vi", "tôi là điều dưỡng, tuần trước bị bệnh nhân đánh trong ca đêm"),
    ("ne", "म नर्स हुँ, गएको हप्ता रातको सिफ्टमा बिरामीले मलाई कुट्यो"),
    ("id", "aku perawat, minggu lalu dipukul pasien waktu shift malam"),
    # 10. a partner gone home abroad, not answering
    ("ja", "夫がフィリピンに帰ってから連絡が取れない。離婚したいけど日本でできる？"),
    (
        "en",
        "my husband went back to his country a year ago and stopped answering. can i divorce him "
        "here?",
    ),
    ("zh-hans", "老公回国以后就联系不上了，我想离婚，在日本可以办吗"),
    ("ko", "남편이 본국으로 돌아간 뒤 연락이 안 돼요. 일본에서 이혼할 수 있나요"),
    ("pt", "meu marido voltou pro brasil e sumiu, nao responde nada. posso me divorciar aqui?"),
    ("es", "mi esposo se fue a su país y no contesta nada, quiero divorciarme aquí"),
    (
        "tl",
        "umuwi ng pinas ang asawa ko at hindi na sumasagot, pwede ba akong mag file ng divorce "
        "dito",
    ),
    ("th", "สามีกลับประเทศไปแล้วติดต่อไม่ได้เลย อยากหย่าที่ญี่ปุ่นได้ไหม"),
    ("vi", "chồng tôi về nước rồi không liên lạc được, tôi muốn ly hôn ở nhật"),
    ("ne", "श्रीमान नेपाल फर्किएपछि सम्पर्कमा छैनन्, जापानमै सम्बन्धविच्छेद गर्न मिल्छ"),
    ("id", "suamiku pulang ke negaranya terus nggak bisa dihubungi, bisa cerai di jepang?"),
    # 11. no family register
    ("ja", "40歳で戸籍がない。母が父のDVから逃げてて出生届を出さなかったから、健康保険もない"),
    (
        "ja",
        "30代だけど無戸籍。母が昔DVから逃げてて出生届を出せなかったらしい。今から戸籍は作れる？",
    ),
    (
        "en",
        "i have no koseki because my mother fled domestic violence and never registered my birth",
    ),
    ("zh-hans", "我没有户籍，因为妈妈当年躲避家暴没给我报出生"),
    ("ko", "엄마가 가정폭력을 피해 도망쳐서 출생신고를 안 해서 저는 호적이 없어요"),
    (
        "pt",
        "não tenho registro porque minha mãe fugiu da violência doméstica e nunca registrou meu "
        "nascimento",
    ),
    (
        "es",
        "no tengo registro porque mi madre huyó de la violencia doméstica y nunca registró mi "
        "nacimiento",
    ),
    (
        "tl",
        "wala akong birth registration kasi tumakas si nanay sa pang aabuso ng tatay ko noon at "
        "hindi ako nairehistro",
    ),
    ("vi", "tôi không có hộ tịch vì mẹ trốn bạo lực gia đình nên không khai sinh cho tôi"),
    (
        "id",
        "aku nggak punya akta lahir karena dulu ibu kabur dari kdrt dan nggak daftarin kelahiranku",
    ),
    # 12. thrown out by a spouse weeks ago
    ("tl", "pinalayas ako ng asawa ko 3 linggo na, nakikitira ako sa kaibigan. paano visa ko"),
    ("ja", "1か月前に妻に家を追い出されて今は友達の家にいる。ビザはどうなる"),
    (
        "en",
        "my wife kicked me out three weeks ago, i am staying at a friends place. what happens to "
        "my visa",
    ),
    # 13. graffiti, police already came
    ("ko", "가게 셔터에 또 낙서가 있었어요. 경찰은 사진만 찍고 갔어요"),
    ("ja", "店のシャッターにまた差別的な落書き。警察は写真を撮って帰っただけ"),
    # 14. an old parent cared for
    ("pt", "meu irmão mora com a nossa mãe de 82 anos e cuida dela muito bem"),
    ("es", "mi hermano vive con nuestra madre de 80 años y la lleva al médico"),
    ("en", "my brother lives with our 80 year old mother and drives her to the clinic"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
