"""Six families of indirect crisis wording in all 11 languages (crisisR): our own probes.

Read by the rules alone (``learned=False``): the lexicons must carry each family.

1. Suicide told by a third party: warning signs in a colleague, friend, student or relative
   (clearing out a desk or a room little by little, giving belongings away, an unexpected
   "thank you for everything until now", empty eyes, settling affairs). Silent: a colleague
   retiring or moving who says goodbye, spring cleaning, clothes that no longer fit given away.
2. Suicide: the writer as a burden whose absence would be better ("better for everyone if I
   didn't come back one day", "nothing left to hold on to"), after ruin: a lost harvest and
   debts, an exam failed again on borrowed family money, a lost job hidden from the family.
   Silent: better if I don't come to the party, better off without that car.
3. Suicide: wanting to follow a dead person ("I want to go where he is", 後を追いたい,
   "ato wo oitai"), and dialect wishes to end everything (いっそ何もかも終わりにしたか).
   Silent: visiting a grave, following a dead person's footsteps in a career.
4. Self-harm told by a third party: self-inflicted wounds seen on a roommate, a client, a
   student or a teammate (blood on the sheets, many plasters, long sleeves in summer, "I did
   it myself, don't tell my parents"). Silent: a sports injury, a kitchen accident, plasters
   after a vaccination.
5. Self-harm: taking it out on one's own body, punishing the body after humiliation (also in
   half-width katakana). Silent: a punching bag, a punishing workout.
6. Harmless: "want to die" as a laughing exaggeration about homework or maths, and a driving
   instructor or passenger shouting "we'll die!" at a near-miss while learning to drive.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. Suicide: warning signs seen in someone else.
    (
        "ja",
        "suicide",
        "同僚が最近デスクの私物を少しずつ片付けていて、辞める予定もないのに「今まで本当にありがとう」って言われた",
    ),
    (
        "ja",
        "suicide",
        "友達が大事にしてたものを人にあげていて、目がうつろ。身辺整理してるみたいで心配",
    ),
    (
        "ja",
        "suicide",
        "生徒が持ち物をクラスの子に配ってて、転校の予定もないのに「先生、今までお世話になりました」って",
    ),
    (
        "en",
        "suicide",
        (
            "my coworker has been clearing out his desk bit by bit and yesterday he "
            "thanked me for everything, but he isn't leaving the company"
        ),
    ),
    (
        "en",
        "suicide",
        (
            "my friend gave away her guitar and her books and said thank you for "
            "everything until now, her eyes look so empty"
        ),
    ),
    (
        "en",
        "suicide",
        (
            "one of my students is giving his belongings away to classmates and "
            "seems to be settling his affairs, his eyes look so empty"
        ),
    ),
    (
        "zh-hans",
        "suicide",
        "同事最近一点点清理自己的办公桌，还突然跟我说谢谢你一直以来的照顾，可他根本没打算辞职",
    ),
    ("zh-hans", "suicide", "我朋友把心爱的东西都送人了，眼神空空的，好像在交代后事"),
    ("zh-hans", "suicide", "我的学生把自己的东西分给同学，还跟我说老师谢谢你这段时间的一切"),
    (
        "ko",
        "suicide",
        (
            "회사 동료가 요즘 책상을 조금씩 정리하더니 "
            "그만둘 계획도 없는데 그동안 고마웠다고 인사를 했어요"
        ),
    ),
    (
        "ko",
        "suicide",
        "친구가 아끼던 물건을 다 나눠주고 눈빛이 텅 비어 있어요. 신변정리를 하는 것 같아요",
    ),
    (
        "ko",
        "suicide",
        "제 학생이 자기 물건을 반 친구들에게 나눠주면서 선생님 지금까지 감사했어요라고 했어요",
    ),
    (
        "pt",
        "suicide",
        (
            "meu colega de trabalho está esvaziando a mesa aos poucos e me agradeceu "
            "por tudo, mas ele não vai sair da empresa"
        ),
    ),
    (
        "pt",
        "suicide",
        (
            "minha amiga deu todas as coisas dela e disse obrigada por tudo até "
            "aqui, o olhar dela está vazio"
        ),
    ),
    (
        "pt",
        "suicide",
        (
            "um aluno meu está dando os pertences dele pros colegas e parece estar "
            "deixando tudo em ordem, o olhar dele anda vazio"
        ),
    ),
    (
        "es",
        "suicide",
        (
            "mi compañero de trabajo está vaciando su escritorio poco a poco y me "
            "dio las gracias por todo, pero no piensa dejar el trabajo"
        ),
    ),
    (
        "es",
        "suicide",
        (
            "mi amiga regaló todas sus cosas y me dijo gracias por todo hasta ahora, "
            "tiene la mirada vacía"
        ),
    ),
    (
        "es",
        "suicide",
        (
            "un alumno mío está regalando sus pertenencias a sus compañeros y "
            "dejando todo en orden, tiene la mirada perdida"
        ),
    ),
    (
        "tl",
        "suicide",
        (
            "yung katrabaho ko unti-unting nililinis yung mesa niya at nagpasalamat "
            "sa akin sa lahat, pero hindi naman siya aalis sa trabaho"
        ),
    ),
    (
        "tl",
        "suicide",
        (
            "ipinamimigay ng kaibigan ko lahat ng gamit niya at sabi niya salamat sa "
            "lahat, wala nang buhay ang mga mata niya"
        ),
    ),
    (
        "tl",
        "suicide",
        (
            "yung estudyante ko pinamimigay ang mga gamit niya sa mga kaklase at "
            "parang inaayos na niya ang lahat, nagpasalamat pa siya sa akin sa lahat"
        ),
    ),
    (
        "th",
        "suicide",
        ("เพื่อนร่วมงานค่อยๆ เก็บของบนโต๊ะทีละนิด แล้วจู่ๆ ก็ขอบคุณสำหรับทุกอย่างที่ผ่านมา ทั้งที่ไม่ได้จะลาออก"),
    ),
    ("th", "suicide", "เพื่อนแจกของรักของตัวเองให้คนอื่นหมดเลย แววตาดูว่างเปล่า"),
    ("th", "suicide", "นักเรียนของฉันแจกของส่วนตัวให้เพื่อนในห้อง แล้วบอกว่าขอบคุณครูสำหรับทุกอย่าง"),
    (
        "vi",
        "suicide",
        (
            "đồng nghiệp của tôi dọn dần bàn làm việc, rồi đột nhiên cảm ơn tôi vì "
            "tất cả, dù anh ấy không hề định nghỉ việc"
        ),
    ),
    (
        "vi",
        "suicide",
        "bạn tôi đem cho hết đồ quý của mình, ánh mắt trống rỗng, như đang thu xếp hậu sự",
    ),
    (
        "vi",
        "suicide",
        (
            "học sinh của tôi đem đồ đạc cho các bạn trong lớp và nói cảm ơn cô vì "
            "tất cả từ trước đến nay"
        ),
    ),
    (
        "ne",
        "suicide",
        (
            "मेरो सहकर्मीले बिस्तारै आफ्नो टेबल खाली गर्दैछ, जागिर छोड्ने योजना नभए "
            "पनि अहिलेसम्मको सबैको लागि धन्यवाद भन्यो"
        ),
    ),
    ("ne", "suicide", "मेरो साथीले आफ्ना प्यारा सामानहरू सबै बाँडिदियो, उसको आँखा खाली खाली देखिन्छ"),
    (
        "ne",
        "suicide",
        "mero sathi le aafno saman sabai baadi diyo, ahile samma ko sabai ko lagi dhanyabad bhanyo",
    ),
    (
        "id",
        "suicide",
        (
            "rekan kerja saya membereskan mejanya sedikit demi sedikit dan tiba-tiba "
            "berterima kasih atas segalanya, padahal dia tidak berencana keluar"
        ),
    ),
    ("id", "suicide", "teman saya membagikan semua barang kesayangannya, tatapannya kosong"),
    (
        "id",
        "suicide",
        (
            "murid saya membagi-bagikan barangnya ke teman sekelas dan bilang terima "
            "kasih untuk semuanya selama ini"
        ),
    ),
    # 2. Suicide: a burden whose absence would be better, after ruin.
    ("ja", "suicide", "いつか私が帰ってこなかったら、みんなにとってその方がいいのかもしれない"),
    ("ja", "suicide", "米が不作で借金ばかり。家族は俺がいない方が楽だろう"),
    (
        "ja",
        "suicide",
        "親から借りたお金で受けた資格試験にまた落ちた。生きてる一日一日が負担になるだけ",
    ),
    ("ja", "suicide", "仕事をクビになったのを家族に隠してる。もうしがみつくものが何もない"),
    ("en", "suicide", "maybe it would be better for everyone if I didn't come back one day"),
    (
        "en",
        "suicide",
        "the harvest failed and the debts keep piling up, my family would be better off without me",
    ),
    (
        "en",
        "suicide",
        (
            "failed the licensing exam again with money borrowed from my parents, "
            "every extra day I stay alive just costs them more"
        ),
    ),
    (
        "en",
        "suicide",
        "lost my job and I'm hiding it from my family, there's nothing left to hold on to",
    ),
    ("zh-hans", "suicide", "也许哪天我不回来了，对大家都更好"),
    ("zh-hans", "suicide", "庄稼全毁了还欠了一身债，家里没有我会更好"),
    ("zh-hans", "suicide", "借了家里的钱又没考过执照，我多活一天都是拖累"),
    ("zh-hans", "suicide", "丢了工作一直瞒着家里，已经没有什么可以撑下去的了"),
    ("ko", "suicide", "언젠가 내가 돌아오지 않으면 모두에게 그게 더 나을지도 몰라"),
    ("ko", "suicide", "농사 망하고 빚만 늘었어. 가족들은 내가 없는 게 나아"),
    ("ko", "suicide", "부모님 돈 빌려서 자격시험 또 떨어졌어. 하루 더 사는 것도 짐일 뿐이야"),
    ("ko", "suicide", "실직한 걸 가족한테 숨기고 있어. 이제 붙잡을 게 아무것도 없어"),
    ("pt", "suicide", "talvez fosse melhor pra todo mundo se um dia eu não voltasse"),
    (
        "pt",
        "suicide",
        "perdi a colheita e as dívidas só aumentam, minha família ficaria melhor sem mim",
    ),
    (
        "pt",
        "suicide",
        (
            "reprovei de novo no exame com dinheiro emprestado da família, cada dia "
            "a mais que eu vivo é um peso"
        ),
    ),
    (
        "pt",
        "suicide",
        "perdi o emprego e escondo da família, não tenho mais nada em que me segurar",
    ),
    ("es", "suicide", "tal vez sería mejor para todos si un día no regreso"),
    ("es", "suicide", "se perdió la cosecha y las deudas crecen, mi familia estaría mejor sin mí"),
    (
        "es",
        "suicide",
        (
            "reprobé otra vez el examen con dinero prestado de mi familia, cada día "
            "más que sigo vivo es una carga"
        ),
    ),
    (
        "es",
        "suicide",
        "perdí el trabajo y se lo oculto a mi familia, ya no me queda nada a qué aferrarme",
    ),
    ("tl", "suicide", "baka mas mabuti para sa lahat kung isang araw hindi na ako bumalik"),
    (
        "tl",
        "suicide",
        "nasira ang ani at baon kami sa utang, mas mabuti ang pamilya ko kung wala ako",
    ),
    (
        "tl",
        "suicide",
        (
            "bumagsak ulit ako sa board exam gamit ang perang hiniram sa pamilya, "
            "pabigat lang ako bawat araw na buhay pa ako"
        ),
    ),
    (
        "tl",
        "suicide",
        "natanggal ako sa trabaho at tinatago ko sa pamilya, wala na akong makapitan",
    ),
    ("th", "suicide", "บางทีถ้าวันหนึ่งฉันไม่กลับมา ทุกคนอาจจะดีกว่านี้"),
    ("th", "suicide", "นาข้าวเสียหายหมด หนี้ก็ท่วม ครอบครัวคงดีกว่าถ้าไม่มีฉัน"),
    ("th", "suicide", "สอบใบประกอบวิชาชีพตกอีกแล้วทั้งที่ยืมเงินที่บ้านมา อยู่ต่ออีกวันก็เป็นภาระเปล่าๆ"),
    ("th", "suicide", "ตกงานแล้วปิดบังที่บ้านไว้ ไม่เหลืออะไรให้ยึดเหนี่ยวแล้ว"),
    ("vi", "suicide", "có lẽ một ngày nào đó tôi không quay về thì tốt hơn cho mọi người"),
    ("vi", "suicide", "mất mùa, nợ nần chồng chất, gia đình không có tôi sẽ tốt hơn"),
    (
        "vi",
        "suicide",
        "vay tiền gia đình mà lại trượt kỳ thi chứng chỉ, sống thêm ngày nào là gánh nặng ngày đó",
    ),
    ("vi", "suicide", "mất việc rồi mà giấu gia đình, chẳng còn gì để bám víu nữa"),
    ("ne", "suicide", "सायद एक दिन म फर्केर नआए सबैका लागि राम्रो होला"),
    ("ne", "suicide", "बाली नष्ट भयो, ऋण थुप्रियो, म नभए परिवार खुसी हुन्छ"),
    (
        "ne",
        "suicide",
        "परिवारबाट पैसा सापटी लिएर फेरि लाइसेन्स परीक्षा फेल भएँ, बाँचेको हरेक दिन बोझ मात्र हो",
    ),
    ("ne", "suicide", "जागिर गएको कुरा परिवारबाट लुकाएको छु, अब समात्ने केही बाँकी छैन"),
    ("id", "suicide", "mungkin lebih baik buat semua orang kalau suatu hari aku tidak pulang"),
    ("id", "suicide", "panen gagal dan utang menumpuk, keluargaku lebih baik tanpa aku"),
    (
        "id",
        "suicide",
        (
            "gagal ujian lisensi lagi padahal pakai uang pinjaman keluarga, setiap "
            "hari aku hidup cuma jadi beban"
        ),
    ),
    (
        "id",
        "suicide",
        "kena PHK dan aku sembunyikan dari keluarga, sudah tidak ada lagi pegangan hidup",
    ),
    # 3. Suicide: following the dead; dialect wishes to end everything.
    ("ja", "suicide", "夫が亡くなってから、私も後を追いたいとばかり考えてる"),
    ("ja", "suicide", "母が死んでしもうて、わしも母のところへ行きたい"),
    ("ja", "suicide", "もういっそ何もかも終わりにしたか"),
    ("ja", "suicide", "なんかもう全部終わりにしたいわ"),
    ("ja", "suicide", "なんもかんも終わりにしてえ"),
    ("ja", "suicide", "kare ga shinde kara ato wo oitai"),
    ("en", "suicide", "since my husband died I just want to go where he is"),
    ("en", "suicide", "my son passed away and I want to follow him"),
    ("en", "suicide", "ever since mum died all I can think about is joining her"),
    ("zh-hans", "suicide", "老公走了以后，我也想跟着他去"),
    ("zh-hans", "suicide", "妈妈去世了，我想去她那里陪她"),
    ("ko", "suicide", "남편이 세상을 떠난 뒤로 나도 그 사람 곁으로 가고 싶어"),
    ("ko", "suicide", "엄마가 돌아가셨는데 나도 따라가고 싶어"),
    ("pt", "suicide", "desde que meu marido morreu eu só quero ir para onde ele está"),
    ("pt", "suicide", "minha mãe faleceu e eu quero ir atrás dela"),
    ("es", "suicide", "desde que murió mi esposo solo quiero irme con él"),
    ("es", "suicide", "mi hijo falleció y quiero ir a donde está él"),
    ("tl", "suicide", "simula nang mamatay ang asawa ko gusto ko na ring sumunod sa kanya"),
    ("tl", "suicide", "pumanaw si nanay at gusto ko nang pumunta kung nasaan siya"),
    ("th", "suicide", "ตั้งแต่สามีเสียไป ฉันก็อยากตามเขาไป"),
    ("th", "suicide", "แม่เสียแล้ว อยากไปอยู่กับแม่ที่นั่นด้วย"),
    ("vi", "suicide", "từ khi chồng mất, tôi chỉ muốn đi theo anh ấy"),
    ("vi", "suicide", "mẹ mất rồi, tôi muốn đến chỗ mẹ"),
    ("ne", "suicide", "श्रीमान् बित्नुभएपछि म पनि उहाँकहाँ जान्छु जस्तो लाग्छ"),
    ("ne", "suicide", "आमा बित्नुभयो, म पनि आमाको पछि जान चाहन्छु"),
    ("id", "suicide", "sejak suamiku meninggal aku cuma ingin menyusulnya"),
    ("id", "suicide", "ibu sudah meninggal, aku ingin pergi ke tempat ibu berada"),
    # 4. Self-harm seen on someone else.
    (
        "ja",
        "self_harm",
        "ルームメイトのシーツに血がついてて、腕に絆創膏がいっぱい。自分でやったから親には言わないでって",
    ),
    ("ja", "self_harm", "担当してる利用者さんが夏なのに長袖で、腕の傷を見たら自分でつけたって"),
    (
        "ja",
        "self_harm",
        "部活のチームメイトの腕に絆創膏がたくさん。自分でしたって、顧問には言わないでって言われた",
    ),
    (
        "en",
        "self_harm",
        (
            "my roommate had blood on her sheets and lots of plasters on her arm, "
            "she said she did it herself and begged me not to tell her parents"
        ),
    ),
    (
        "en",
        "self_harm",
        (
            "one of my clients wears long sleeves in the middle of summer and I saw "
            "the wounds, he said he did it to himself"
        ),
    ),
    (
        "en",
        "self_harm",
        (
            "a teammate showed me marks on her arm she made herself and asked me not "
            "to tell the adviser"
        ),
    ),
    ("zh-hans", "self_harm", "室友床单上有血，胳膊上贴了好多创可贴，她说是自己弄的，别告诉她爸妈"),
    (
        "zh-hans",
        "self_harm",
        "我的学生大夏天还穿长袖，手臂上全是伤，他说是自己弄的，叫我别告诉辅导员",
    ),
    (
        "ko",
        "self_harm",
        (
            "룸메이트 침대 시트에 피가 묻어 있고 팔에 밴드가 잔뜩 붙어 있어요. "
            "자기가 한 거라고 부모님께 말하지 말래요"
        ),
    ),
    (
        "ko",
        "self_harm",
        "우리 팀원이 한여름에도 긴팔만 입는데 팔에 상처가 많아요. 스스로 낸 상처래요",
    ),
    (
        "pt",
        "self_harm",
        (
            "minha colega de quarto tinha sangue no lençol e o braço cheio de "
            "curativos, disse que foi ela mesma e pediu pra não contar aos pais"
        ),
    ),
    (
        "pt",
        "self_harm",
        (
            "um aluno meu usa manga comprida no verão e tem feridas no braço, ele "
            "disse que se machuca de propósito"
        ),
    ),
    (
        "es",
        "self_harm",
        (
            "mi compañera de cuarto tenía sangre en las sábanas y muchas curitas en "
            "el brazo, dijo que se lo hizo ella misma y que no le dijera a sus padres"
        ),
    ),
    (
        "es",
        "self_harm",
        (
            "un alumno usa manga larga en pleno verano y tiene heridas en el brazo, "
            "me dijo que se las hace él mismo"
        ),
    ),
    (
        "tl",
        "self_harm",
        (
            "may dugo sa kumot ng roommate ko at ang daming band-aid sa braso niya, "
            "sinaktan daw niya ang sarili niya, wag ko raw sabihin sa magulang niya"
        ),
    ),
    (
        "tl",
        "self_harm",
        (
            "yung estudyante ko laging naka-long sleeves kahit tag-init at may mga "
            "sugat sa braso, siya raw mismo ang gumawa"
        ),
    ),
    ("th", "self_harm", "รูมเมทมีเลือดติดผ้าปูที่นอน แขนแปะพลาสเตอร์เต็มไปหมด บอกว่าทำตัวเอง อย่าบอกพ่อแม่"),
    ("th", "self_harm", "นักเรียนของฉันใส่แขนยาวตลอดแม้หน้าร้อน แขนมีแผลเยอะ เขาบอกว่าทำร้ายตัวเอง"),
    (
        "vi",
        "self_harm",
        (
            "bạn cùng phòng có máu trên ga giường, tay dán đầy băng cá nhân, bạn ấy "
            "bảo tự làm và đừng nói với bố mẹ"
        ),
    ),
    (
        "vi",
        "self_harm",
        (
            "học sinh của tôi mặc áo dài tay cả mùa hè, trên tay có nhiều vết "
            "thương, em ấy nói tự làm mình đau"
        ),
    ),
    (
        "ne",
        "self_harm",
        ("मेरो रुममेटको तन्नामा रगत थियो, हातभरि पट्टी छ, उसले आफैंले गरेको हो भनी, आमाबुबालाई नभन्नु भनी"),
    ),
    ("ne", "self_harm", "mero sathi le aafu lai chot puraucha, haat ma dherai ghau chha"),
    (
        "id",
        "self_harm",
        (
            "teman sekamarku ada darah di seprainya dan lengannya penuh plester, "
            "katanya dia melukai dirinya sendiri dan jangan bilang ke orang tuanya"
        ),
    ),
    (
        "id",
        "self_harm",
        (
            "muridku selalu pakai lengan panjang walau musim panas, ada banyak luka "
            "di lengannya, katanya dia sendiri yang melakukannya"
        ),
    ),
    # 5. Self-harm: taking it out on one's own body.
    ("ja", "self_harm", "職場で恥をかかされると、自分の体に八つ当たりしてしまう"),
    ("ja", "self_harm", "ｼﾞﾌﾞﾝﾉｶﾗﾀﾞｷｽﾞﾂｹﾃﾙ"),
    ("ja", "self_harm", "バカにされた夜は罰として自分の体を痛めつけてる"),
    ("en", "self_harm", "whenever I get humiliated I take it out on my own body"),
    ("en", "self_harm", "after they laughed at me I punished my body again"),
    ("zh-hans", "self_harm", "每次被羞辱，我就拿自己的身体出气"),
    ("zh-hans", "self_harm", "被当众嘲笑以后，我又惩罚了自己的身体"),
    ("ko", "self_harm", "무시당하면 제 몸에 화풀이를 해요"),
    ("ko", "self_harm", "창피를 당하고 나서 또 내 몸을 벌했어"),
    ("pt", "self_harm", "quando sou humilhada, eu desconto no meu próprio corpo"),
    ("pt", "self_harm", "depois que riram de mim, castiguei meu corpo de novo"),
    ("es", "self_harm", "cuando me humillan me desquito con mi cuerpo"),
    ("es", "self_harm", "después de que se burlaron de mí volví a castigar mi cuerpo"),
    ("tl", "self_harm", "pag napapahiya ako, sa katawan ko binubuhos ang galit ko"),
    ("tl", "self_harm", "pagkatapos nila akong pagtawanan, pinarusahan ko ulit ang katawan ko"),
    ("th", "self_harm", "เวลาโดนทำให้อับอาย ฉันก็ระบายกับร่างกายตัวเอง"),
    ("th", "self_harm", "หลังโดนหัวเราะเยาะ ฉันลงโทษร่างกายตัวเองอีกแล้ว"),
    ("vi", "self_harm", "mỗi lần bị làm nhục, tôi trút giận lên chính cơ thể mình"),
    ("vi", "self_harm", "sau khi bị cười nhạo, tôi lại trừng phạt cơ thể mình"),
    ("ne", "self_harm", "अपमानित हुँदा म आफ्नै शरीरमा रिस पोख्छु"),
    ("ne", "self_harm", "सबैले हाँसेपछि मैले फेरि आफ्नो शरीरलाई सजाय दिएँ"),
    ("id", "self_harm", "kalau dipermalukan, aku melampiaskan ke tubuhku sendiri"),
    ("id", "self_harm", "setelah ditertawakan, aku menghukum tubuhku lagi"),
    # More wordings of the families above; a laugh alone silences no wish to die.
    ("en", "suicide", "honestly my family would be better off if i didn't come home one day"),
    ("es", "suicide", "mi familia estaría mejor si un día no despierto"),
    ("ja", "suicide", "息子が最近部屋の物を少しずつ片付けてて、目に生気がない"),
    ("zh-hans", "suicide", "我女儿最近把喜欢的东西都送给同学了，眼神也很空洞"),
    ("ko", "suicide", "아빠가 돌아가신 뒤로 아빠 곁으로 가고 싶다는 생각만 해"),
    ("pt", "suicide", "meu pai morreu e eu só penso em ir atrás dele"),
    (
        "en",
        "self_harm",
        (
            "my brother wears hoodies even in summer and there were lots of plasters "
            "on his arm, he made me promise not to tell our parents"
        ),
    ),
    ("en", "suicide", "i want to die lol"),
    ("zh-hans", "suicide", "我想死哈哈哈"),
    ("ja", "suicide", "宿題終わらないし本気で死にたい。誰にも必要とされてない"),
]

HARMLESS = [
    # 1. A colleague retiring or moving, spring cleaning, clothes given away.
    ("ja", "同僚が来月定年退職で、少しずつデスクを片付けて「今までありがとう」と挨拶してくれた"),
    ("ja", "春の大掃除で、サイズが合わなくなった服を姪にあげた"),
    (
        "en",
        "my colleague is retiring next month, he cleared out his desk and said goodbye to everyone",
    ),
    ("en", "did some spring cleaning and gave away clothes that no longer fit"),
    ("zh-hans", "同事下个月退休，这几天在收拾桌子，跟大家道别"),
    ("zh-hans", "春季大扫除，把穿不下的衣服送给了表妹"),
    ("ko", "동료가 다음 달 퇴직이라 책상을 정리하고 작별 인사를 했어요"),
    ("ko", "봄맞이 대청소하면서 작아진 옷을 조카에게 줬어요"),
    ("pt", "meu colega vai se aposentar mês que vem, esvaziou a mesa e se despediu de todos"),
    ("pt", "fiz faxina de primavera e doei as roupas que não me servem mais"),
    ("es", "mi compañero se jubila el mes que viene, vació su escritorio y se despidió de todos"),
    ("es", "hice limpieza de primavera y regalé la ropa que ya no me queda"),
    (
        "tl",
        (
            "magreretiro na yung katrabaho ko sa susunod na buwan kaya nililinis "
            "niya ang mesa niya at nagpaalam"
        ),
    ),
    ("tl", "nag-general cleaning ako at pinamigay ko yung mga damit na hindi na kasya"),
    ("th", "เพื่อนร่วมงานจะเกษียณเดือนหน้า เลยเก็บโต๊ะและบอกลาทุกคน"),
    ("th", "ทำความสะอาดบ้านแล้วเอาเสื้อผ้าที่ใส่ไม่ได้แล้วไปให้หลาน"),
    ("vi", "đồng nghiệp tôi tháng sau nghỉ hưu nên dọn bàn và chào tạm biệt mọi người"),
    ("vi", "dọn nhà đầu xuân, tôi đem cho mấy bộ quần áo không còn vừa"),
    ("ne", "मेरो सहकर्मी अर्को महिना रिटायर हुँदैछ, टेबल खाली गरेर सबैसँग बिदा माग्यो"),
    ("ne", "सरसफाइ गर्दा नमिल्ने लुगाहरू भान्जीलाई दिएँ"),
    ("id", "rekan kerja saya pensiun bulan depan, dia membereskan mejanya dan berpamitan"),
    ("id", "bersih-bersih rumah, baju yang sudah tidak muat saya kasih ke keponakan"),
    # 2. Better if I don't come to the party; better off without that car.
    ("ja", "今日の飲み会は私が行かない方がいいかも"),
    ("ja", "あの古い車はない方がいいよ"),
    ("en", "it's probably better for everyone if I don't come to the party tonight"),
    ("en", "we'd be better off without that old car"),
    ("zh-hans", "今晚的聚会我还是不去比较好"),
    ("zh-hans", "没有那辆旧车我们会更轻松"),
    ("ko", "오늘 회식에는 내가 안 가는 게 나을 것 같아"),
    ("ko", "그 낡은 차는 없는 게 나아"),
    ("pt", "acho melhor eu não ir na festa hoje"),
    ("pt", "a gente fica melhor sem aquele carro velho"),
    ("es", "mejor no voy a la fiesta esta noche"),
    ("es", "estaríamos mejor sin ese coche viejo"),
    ("tl", "mas mabuti siguro kung hindi ako pupunta sa party mamaya"),
    ("tl", "mas mabuti kung wala na yung lumang kotse"),
    ("th", "ฉันไม่ไปงานเลี้ยงคืนนี้น่าจะดีกว่า"),
    ("th", "ไม่มีรถคันเก่านั้นดีกว่า"),
    ("vi", "chắc tôi không đi dự tiệc tối nay thì hơn"),
    ("vi", "không có cái xe cũ đó thì tốt hơn"),
    ("ne", "आज पार्टीमा म नगएकै राम्रो होला"),
    ("ne", "त्यो पुरानो गाडी नभए नै राम्रो"),
    ("id", "mendingan aku tidak datang ke pesta malam ini"),
    ("id", "lebih baik tanpa mobil tua itu"),
    # 3. A grave visit; a dead person's footsteps in a career.
    ("ja", "亡くなった祖父のお墓参りに行きたい"),
    ("ja", "亡くなった父の後を追って医者の道に進みたい"),
    ("en", "I want to visit my dad's grave this weekend"),
    ("en", "I want to follow in my late father's footsteps and become a doctor"),
    ("zh-hans", "想去给去世的爷爷扫墓"),
    ("zh-hans", "我想追随已故父亲的脚步当医生"),
    ("ko", "돌아가신 할아버지 산소에 가고 싶어"),
    ("ko", "돌아가신 아버지의 뒤를 이어 의사가 되고 싶어"),
    ("pt", "quero visitar o túmulo do meu pai que faleceu"),
    ("pt", "quero seguir os passos do meu falecido avô na medicina"),
    ("es", "quiero visitar la tumba de mi padre que murió"),
    ("es", "quiero seguir los pasos de mi difunto abuelo y ser médico"),
    ("tl", "gusto kong dalawin ang puntod ng tatay kong pumanaw"),
    ("tl", "gusto kong sundan ang yapak ng yumao kong lolo bilang doktor"),
    ("th", "อยากไปไหว้หลุมศพพ่อที่เสียไปแล้ว"),
    ("th", "อยากเดินตามรอยคุณปู่ที่เสียไปแล้วในการเป็นหมอ"),
    ("vi", "tôi muốn đi thăm mộ bố đã mất"),
    ("vi", "tôi muốn theo bước người ông đã khuất để làm bác sĩ"),
    ("ne", "बित्नुभएका बुबाको समाधिमा जान मन छ"),
    ("ne", "स्वर्गीय हजुरबुबाको पदचिन्ह पछ्याएर डाक्टर बन्न चाहन्छु"),
    ("id", "aku ingin ziarah ke makam ayah yang sudah meninggal"),
    ("id", "aku ingin mengikuti jejak almarhum kakek jadi dokter"),
    ("ja", "ato wo tsuide isha ni naritai"),
    # 4. A sports injury, a kitchen accident, plasters after a vaccination.
    ("ja", "チームメイトが試合で足をけがして絆創膏を貼ってる"),
    ("ja", "予防接種のあと腕に絆創膏を貼ってもらった"),
    ("en", "my teammate hurt his knee in the game and has plasters on it"),
    ("en", "got a plaster on my arm after the flu vaccination"),
    ("zh-hans", "队友比赛时扭伤了脚，贴了创可贴"),
    ("zh-hans", "打完疫苗胳膊上贴了创可贴"),
    ("ko", "팀원이 경기 중에 발목을 다쳐서 밴드를 붙였어요"),
    ("ko", "예방접종 맞고 팔에 밴드 붙였어"),
    ("pt", "meu colega de time se machucou no jogo e está com curativo no joelho"),
    ("pt", "coloquei um curativo no braço depois da vacina"),
    ("es", "mi compañero de equipo se lastimó en el partido y tiene una curita en la rodilla"),
    ("es", "me pusieron una curita en el brazo después de la vacuna"),
    ("tl", "na-injure yung kasama ko sa team sa laro kaya may band-aid siya sa tuhod"),
    ("tl", "may band-aid ako sa braso pagkatapos ng bakuna"),
    ("th", "เพื่อนร่วมทีมเจ็บข้อเท้าตอนแข่งเลยแปะพลาสเตอร์"),
    ("th", "แปะพลาสเตอร์ที่แขนหลังฉีดวัคซีน"),
    ("vi", "đồng đội bị trật chân khi thi đấu nên dán băng cá nhân"),
    ("vi", "dán băng cá nhân ở tay sau khi tiêm vắc-xin"),
    ("ne", "टिमको साथीलाई खेलमा खुट्टामा चोट लाग्यो र पट्टी लगायो"),
    ("ne", "खोप लगाएपछि हातमा पट्टी टाँसें"),
    ("id", "teman setimku cedera saat pertandingan jadi lututnya diplester"),
    ("id", "lenganku diplester setelah vaksin"),
    # 5. A punching bag; a punishing workout.
    ("ja", "むかついたらサンドバッグに八つ当たりしてる"),
    ("ja", "ジムで体をいじめ抜くきついトレーニングをした"),
    ("en", "I take my anger out on the punching bag"),
    ("en", "that was a punishing workout at the gym today"),
    ("zh-hans", "生气的时候我就去打沙袋出气"),
    ("zh-hans", "今天健身房的训练太狠了，全身都在抗议"),
    ("ko", "화나면 샌드백에 화풀이해"),
    ("ko", "헬스장에서 몸을 혹사시키는 운동을 했다"),
    ("pt", "desconto a raiva no saco de pancadas"),
    ("pt", "o treino de hoje na academia castigou meu corpo"),
    ("es", "me desquito con el saco de boxeo"),
    ("es", "fue un entrenamiento de castigo en el gimnasio"),
    ("tl", "sa punching bag ko binubuhos ang galit ko"),
    ("tl", "grabe ang workout sa gym, parusa sa katawan"),
    ("th", "โกรธก็ไประบายกับกระสอบทราย"),
    ("th", "วันนี้ออกกำลังกายหนักจนร่างกายทรมาน"),
    ("vi", "tôi trút giận lên bao cát"),
    ("vi", "buổi tập gym hôm nay đúng là hành xác"),
    ("ne", "रिस उठ्दा पन्चिङ ब्यागमा पोख्छु"),
    ("ne", "आज जिममा शरीरलाई सजाय दिने जस्तो कडा व्यायाम गरें"),
    ("id", "aku melampiaskan marah ke samsak"),
    ("id", "latihan di gym hari ini menyiksa badan banget"),
    # 6. "Want to die" laughing about homework; "we'll die!" at a near-miss learning to drive.
    ("ja", "数学の宿題むずすぎて死にたいwww"),
    ("ja", "教習所で縁石にぶつかりそうになって、教官が「死ぬ死ぬ！」って叫んでた笑"),
    ("en", "this homework makes me want to die lol"),
    ("en", "my driving instructor yelled we're gonna die when I nearly hit a truck"),
    ("zh-hans", "这道题做得我想死哈哈哈"),
    ("zh-hans", "练车的时候差点撞上，教练大喊要死了要死了"),
    ("ko", "수학 숙제 때문에 죽고 싶다 ㅋㅋㅋ"),
    ("ko", "운전 연수 중에 차가 튀어나와서 강사님이 우리 죽는다고 소리쳤어"),
    ("pt", "essa lição de matemática me dá vontade de morrer kkkk"),
    ("pt", "na autoescola o instrutor gritou vamos morrer quando quase bati"),
    ("es", "esta tarea de mate me da ganas de morir jajaja"),
    ("es", "el instructor de manejo gritó nos vamos a matar cuando casi choco"),
    ("tl", "ang hirap ng math homework gusto ko nang mamatay haha"),
    ("tl", "sumigaw yung driving instructor ko na mamamatay tayo nung muntik akong bumangga"),
    ("th", "การบ้านเลขยากจนอยากตาย555"),
    ("th", "ครูสอนขับรถตะโกนว่าตายแน่ๆ ตอนเกือบชน"),
    ("vi", "bài tập toán này làm tao muốn chết haha"),
    ("vi", "thầy dạy lái hét lên chết mất khi tôi suýt tông xe"),
    ("ne", "यो गृहकार्यले त मर्न मन लाग्यो हाहा"),
    ("ne", "ड्राइभिङ सिक्दा ठोक्किन लाग्दा गुरु मरियो भनेर कराउनुभयो"),
    ("id", "PR matematika ini bikin pengen mati wkwk"),
    ("id", "instruktur nyetir teriak kita mati nih waktu hampir nabrak"),
    # More look-alikes.
    ("en", "my roommate hurt her ankle and asked me not to tell her parents"),
    ("en", "since my grandpa died I want to follow him into medicine"),
    ("ja", "練習で膝を擦りむいて絆創膏たくさん貼った。親には言わないで"),
    ("ja", "転勤する先輩がデスクを少しずつ片付けて、今までありがとうって"),
]


# Batch 26 (crisis_pending), wording the families above did not reach: a burden "good for
# anyone" gone, a laugh later in the same sentence, an instructor's scolding shout.
CRISIS += [
    ("zh-hans", "suicide", "哪天我要是不回来了，对谁都好吧"),
    ("zh-hans", "suicide", "要是我再也不回家了，对谁都更好"),
]
HARMLESS += [
    ("zh-hans", "物理题写得我想死，出题的人太狠了吧哈哈哈"),
    ("zh-hans", "要是我不回家吃饭，对谁都好，省得做饭"),
    ("id", "belajar nyetir tadi hampir nabrak, instrukturnya bentak mau mati lu?! wkwk"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
