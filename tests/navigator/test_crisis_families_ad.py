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
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. marks seen on a child who asks the adult not to tell
    ("ja", "child_abuse", "家庭教師をしてる小4の子の腕に指の形のあざがあって、先生だれにも言わないでって頼まれた"),
    ("ja", "child_abuse", "ならいごとの せいとの せなかに やけどの あとが あって、ないしょに してねって いわれた"),
    ("en", "child_abuse", "one of the kids i coach had hand shaped bruises on his neck and begged me not to tell anyone"),
    ("en", "child_abuse", "my piano student has welts on her legs and made me promise not to tell her parents"),
    ("zh-hans", "child_abuse", "我辅导的那个小学生胳膊上有手指印的淤青，她求我不要告诉任何人"),
    ("ko", "child_abuse", "과외하는 초등학생 팔에 손가락 모양 멍이 있는데 아무한테도 말하지 말라고 부탁했어요"),
    ("pt", "child_abuse", "a menina que eu dou aula tem marcas de dedos no braço e me pediu pra não contar pra ninguém"),
    ("es", "child_abuse", "el niño al que le doy clases tiene moretones en forma de dedos y me pidió que no le dijera a nadie"),
    ("tl", "child_abuse", "yung batang tinuturuan ko may pasa na hugis daliri sa braso at nakiusap na wag ko daw sabihin kahit kanino"),
    ("th", "child_abuse", "เด็กที่ผมสอนพิเศษมีรอยช้ำเป็นรูปนิ้วที่แขน แล้วขอร้องว่าอย่าบอกใคร"),
    ("vi", "child_abuse", "bé mà tôi dạy kèm có vết bầm hình ngón tay trên tay và xin tôi đừng nói với ai"),
    ("ne", "child_abuse", "मैले पढाउने बच्चाको हातमा औँलाको डाम छ, उसले कसैलाई नभन्नु भनेर बिन्ती गर्यो"),
    ("id", "child_abuse", "murid les aku ada memar bentuk jari di lengannya, dia minta aku jangan bilang siapa siapa"),
    # 2. a relative selling or sending naked pictures of a child
    ("ja", "child_abuse", "姉が5歳の娘の裸の写真を知らない男にお金で売ってるのを見てしまった"),
    ("en", "child_abuse", "my cousin is selling naked pictures of her 7 year old daughter to men online"),
    ("en", "child_abuse", "found out my brother in law sends nude photos of his little boy to strangers for money"),
    ("zh-hans", "child_abuse", "我表姐把她六岁女儿的裸照发给陌生人换钱"),
    ("ko", "child_abuse", "언니가 다섯 살 딸의 알몸 사진을 모르는 남자들한테 돈 받고 보내고 있어요"),
    ("pt", "child_abuse", "minha prima vende fotos da filha de 5 anos pelada pra estranhos na internet"),
    ("es", "child_abuse", "mi tía manda fotos de su niña desnuda a desconocidos a cambio de dinero"),
    ("tl", "child_abuse", "yung tita ko nagbebenta ng hubad na litrato ng anak niya sa mga foreigner online"),
    ("th", "child_abuse", "พี่สาวส่งรูปโป๊ของลูกสาววัยห้าขวบให้ผู้ชายแปลกหน้าเพื่อแลกเงิน"),
    ("vi", "child_abuse", "chị họ tôi bán ảnh khỏa thân của con gái 5 tuổi cho người lạ trên mạng"),
    ("ne", "child_abuse", "मेरो दिदीले आफ्नो सानी छोरीको नाङ्गो फोटो पैसाको लागि अपरिचितलाई पठाउँछिन्"),
    ("id", "child_abuse", "sepupuku jual foto telanjang anaknya yang umur 6 tahun ke orang asing"),
    # 3. a child wondering about becoming a star in the sky
    ("ja", "suicide", "ぼくなんか おほしさまに なって そらから みてる ほうが いいのかな"),
    ("ja", "suicide", "わたしも星になって空から見てたほうがみんなうれしいかも"),
    ("en", "suicide", "maybe it would be better if i became a star and watched everyone from the sky"),
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
    ("ja", "dv", "夫にスマホを解約されて実家の番号もブロックされた。昨日は髪をつかんで引きずり回された"),
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
    ("ja", "child_abuse", "おねしょするたび、おばあちゃんが甥っ子に冷たい水をかけてベランダに立たせてる"),
    ("en", "child_abuse", "my nephew is 4 and his grandma throws ice cold water on him every time he wets the bed"),
    ("en", "child_abuse", "every time my 5 year old niece wets the bed her grandma pours ice cold water over her"),
    ("id", "child_abuse", "tiap ngompol adikku yang 4 tahun disiram air es sama nenek terus disuruh berdiri di teras"),
    ("id", "child_abuse", "keponakanku disiram air dingin sama neneknya tiap ngompol terus disuruh berdiri di luar"),
    ("tl", "child_abuse", "binubuhusan ng lola ng malamig na tubig ang pamangkin ko tuwing naiihi sa kama"),
    ("vi", "child_abuse", "bà nội dội nước đá lên cháu tôi mỗi lần bé tè dầm rồi bắt đứng ngoài hiên"),
    ("pt", "child_abuse", "a avó joga água gelada no meu sobrinho de 4 anos toda vez que ele faz xixi na cama"),
    ("es", "child_abuse", "la abuela le echa agua helada a mi sobrino cada vez que moja la cama"),
    # 6. forced into her room after refusing
    ("ja", "sexual_violence", "飲み会のあと先輩に家までついてこられて、何度も断ったのに部屋に押し入られた"),
    ("en", "sexual_violence", "he walked me home after dinner and forced his way into my apartment even though i said no again and again"),
    ("zh-hans", "sexual_violence", "吃完饭他跟我回家，我拒绝了好几次他还是强行进了我房间"),
    ("ko", "sexual_violence", "식사 후에 집까지 따라와서 몇 번이나 거절했는데 억지로 방에 들어왔어요"),
    ("pt", "sexual_violence", "depois do jantar ele me seguiu até em casa e entrou à força no meu quarto mesmo eu dizendo não"),
    ("es", "sexual_violence", "después de la cena me siguió a casa y se metió a la fuerza en mi cuarto aunque le dije que no"),
    ("tl", "sexual_violence", "sinundan niya ako pauwi pagkatapos ng dinner at pumasok siya sa kwarto ko kahit ilang beses akong tumanggi"),
    ("th", "sexual_violence", "หลังกินข้าวเขาตามมาถึงห้อง ฉันปฏิเสธหลายครั้งแต่เขาดันเข้ามาในห้อง"),
    ("vi", "sexual_violence", "sau bữa ăn anh ta theo tôi về nhà và cố xông vào phòng dù tôi đã từ chối nhiều lần"),
    ("ne", "sexual_violence", "खाना खाएपछि उसले घरसम्म पछ्यायो र मैले धेरै पटक नाइँ भन्दा पनि जबरजस्ती कोठामा पस्यो"),
    ("id", "sexual_violence", "habis makan dia ngikutin aku sampai kos dan maksa masuk kamar padahal udah aku tolak berkali kali"),
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
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
