"""Three ordinary worries the rules took for a crisis (crisisT): our own probes, 11 languages.

Read by the rules alone (``learned=False``).

1. A parent's worry about what becomes of a dependent son or daughter after the parent dies
   (親亡き後: "when I die, who will look after my son?"). Still suicide: wanting to die, taking
   the child along, a decision or a date beside it.
2. A question or a request about who will care for the children or a parent during one's own
   hospital stay, surgery or chemotherapy ("¿Quién cuida a mis hijos esos días?"). Still
   suicide: the children entrusted with despair or a goodbye ("cuiden a mis hijos por mí, ya no
   puedo más"), or a wish to die beside the question.
3. A disaster injury in the past told with its aftermath (crushed in last year's earthquake and
   bedridden now, hurt in a flood and still in rehabilitation). Still danger: someone trapped
   or hurt now, an aftershock with someone under the rubble now.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    ("ja", "suicide", "この子を連れて死にたい。私が死んだらこの子はどうなるのか"),
    ("ja", "suicide", "もう死にたい。この子がどうなろうともうどうでもいい"),
    ("ja", "suicide", "私が死んだ後のことはもう決めました。今夜です"),
    ("ja", "suicide", "私が死んだらこの子はどうなるのか。もう一緒に連れて行くしかないと決めました"),
    ("ja", "suicide", "私が死んだらこの子はどうなるのか。もう死にたい"),
    ("en", "suicide", "I want to die and take him with me"),
    ("en", "suicide", "I want to die now, what happens to him doesn't matter anymore"),
    ("en", "suicide", "after I'm gone he'll manage. I've decided, tonight"),
    (
        "en",
        "suicide",
        ("if I die who will look after my son. I've decided, tonight I'm taking him with me"),
    ),
    ("en", "suicide", "if I die, who will take care of my son? I've decided, tonight"),
    ("zh-hans", "suicide", "我想带着儿子一起去死"),
    ("zh-hans", "suicide", "我现在就想死，他以后怎么样都无所谓了"),
    ("zh-hans", "suicide", "我死了以后儿子怎么办。我想带着他一起去死"),
    ("ko", "suicide", "아이를 데리고 같이 죽고 싶어요"),
    ("ko", "suicide", "그냥 지금 죽고 싶어요, 애가 어떻게 되든 상관없어요"),
    ("ko", "suicide", "내가 죽으면 아들은 어떻게 될까. 그래서 아들을 데리고 같이 가기로 결심했어"),
    ("pt", "suicide", "quero morrer e levar ele comigo"),
    ("pt", "suicide", "quero morrer agora, o que vai acontecer com ele não importa mais"),
    ("es", "suicide", "quiero morirme y llevármelo conmigo"),
    ("es", "suicide", "quiero morir ya, lo que pase con él ya no me importa"),
    ("tl", "suicide", "gusto ko nang mamatay at isama ang anak ko"),
    (
        "tl",
        "suicide",
        ("gusto ko nang mamatay ngayon, wala na akong pakialam kung ano mangyari sa kanya"),
    ),
    ("th", "suicide", "อยากตายแล้วพาลูกไปด้วย"),
    ("th", "suicide", "อยากตายตอนนี้เลย ลูกจะเป็นยังไงก็ช่างมัน"),
    ("vi", "suicide", "tôi muốn chết và mang con theo"),
    ("vi", "suicide", "tôi muốn chết ngay bây giờ, nó ra sao cũng mặc kệ"),
    ("ne", "suicide", "छोरालाई पनि लिएर मर्न मन छ"),
    ("ne", "suicide", "अहिले नै मर्न मन छ, उसलाई जे भए पनि वास्ता छैन"),
    ("id", "suicide", "aku ingin mati dan membawa anakku bersamaku"),
    ("id", "suicide", "aku mau mati sekarang, terserah apa yang terjadi padanya"),
    ("ja", "suicide", "子どもたちをお願いします。もう限界です、さようなら"),
    ("ja", "suicide", "私がいなくなったら子どもたちをよろしく。もう疲れた"),
    ("ja", "suicide", "入院中、子どもを誰に見てもらえばいいですか。もう消えたい"),
    ("en", "suicide", "please take care of my kids for me, I can't go on anymore"),
    ("en", "suicide", "take care of my kids for me. thank you for everything, goodbye"),
    (
        "en",
        "suicide",
        ("who will look after my kids while I'm in hospital? honestly I just want to kill myself"),
    ),
    ("zh-hans", "suicide", "帮我照顾好我的孩子，我撑不下去了"),
    ("zh-hans", "suicide", "以后孩子就拜托你了，我不想活了"),
    ("ko", "suicide", "우리 애들 부탁해. 이제 더는 못 버티겠어"),
    ("ko", "suicide", "내가 죽으면 아들은 누가 돌봐줄까요. 그냥 죽고 싶어요"),
    ("pt", "suicide", "cuidem dos meus filhos por mim, não aguento mais"),
    ("pt", "suicide", "cuida da minha filha, eu vou embora pra sempre"),
    ("pt", "suicide", "quem cuida dos meus filhos enquanto estou internada? quero morrer"),
    ("es", "suicide", "cuiden a mis hijos por mí, ya no puedo más"),
    ("es", "suicide", "cuida a mis hijas, me voy para siempre"),
    ("es", "suicide", "¿Quién cuida a mis hijos esos días? Ya no quiero vivir"),
    ("tl", "suicide", "alagaan nyo ang mga anak ko para sa akin, hindi ko na kaya"),
    ("tl", "suicide", "pag namatay ako, sino ang mag-aalaga sa anak ko? gusto ko nang mamatay"),
    ("th", "suicide", "ฝากดูแลลูกด้วยนะ ฉันไม่ไหวแล้ว"),
    ("th", "suicide", "ฝากเลี้ยงลูกด้วย ลาก่อน"),
    ("vi", "suicide", "nhờ mọi người chăm sóc con tôi giúp, tôi không chịu nổi nữa"),
    ("vi", "suicide", "chăm sóc giúp các con nhé, vĩnh biệt"),
    ("ne", "suicide", "मेरा बच्चाहरूको ख्याल राख्नु, अलविदा, म अब बाँच्न सक्दिनँ"),
    ("ne", "suicide", "छोराको जिम्मा दिएँ, सबैलाई धन्यवाद, बिदा"),
    ("id", "suicide", "titip anak-anakku ya, selamat tinggal"),
    ("id", "suicide", "tolong jagain anak-anakku, aku sudah gak sanggup lagi"),
    ("ja", "danger_other", "地震で家が倒れて母が下敷きになっています。助けて"),
    ("ja", "danger_other", "去年の地震でも家が傷んでいて、今また余震で母が下敷きになっています"),
    ("ja", "danger_other", "余震でまた家が崩れて、父が瓦礫の下敷きになっています"),
    (
        "ja",
        "danger_other",
        "去年の地震で下敷きになって今も車いすです。今また余震で母が家具の下敷きになってる",
    ),
    ("en", "danger_other", "aftershock just hit, my dad is trapped under the rubble right now"),
    (
        "en",
        "danger_other",
        (
            "we were hurt in the flood two years ago and now the water is "
            "rising again and my dad is trapped in the house"
        ),
    ),
    ("en", "danger_other", "the house collapsed in the earthquake and my mum is trapped under it"),
    ("zh-hans", "danger_other", "房子塌了，我妈被压住了，救命"),
    ("zh-hans", "danger_other", "余震又来了，我爸被压在下面出不来"),
    ("zh-hans", "danger_other", "房子塌了，我妈被墙压住了，救命"),
    ("ko", "danger_other", "지진으로 집이 무너져서 엄마가 갇혀 있어요 살려주세요"),
    ("ko", "danger_other", "여진이 와서 아버지가 지금 무너진 벽 밑에 깔려 있어요"),
    ("ko", "danger_other", "지진으로 집이 무너져서 엄마가 옷장 밑에 깔렸어요"),
    ("pt", "danger_other", "teve outro tremor e meu pai está preso debaixo dos escombros agora"),
    ("pt", "danger_other", "a casa desabou e minha mãe está presa embaixo da parede, socorro"),
    ("es", "danger_other", "hubo una réplica y mi papá está atrapado bajo los escombros ahora"),
    ("es", "danger_other", "se cayó la casa y mi mamá está atrapada debajo de la pared, ayuda"),
    ("tl", "danger_other", "may aftershock at naipit ngayon si tatay sa ilalim ng guho"),
    ("tl", "danger_other", "gumuho ang bahay at nadaganan ng pader si nanay, tulong"),
    ("th", "danger_other", "บ้านพังแม่ติดอยู่ข้างใต้ ช่วยด้วย"),
    ("th", "danger_other", "อาฟเตอร์ช็อกมาอีกแล้ว ตึกถล่มทับพ่อ"),
    ("vi", "danger_other", "dư chấn lại đến, bố tôi vẫn bị kẹt dưới đống đổ nát"),
    ("vi", "danger_other", "nhà sập đè mẹ tôi rồi, cứu với"),
    ("ne", "danger_other", "फेरि पराकम्प आयो, बुबा अझै भग्नावशेषमुनि थिचिएर हुनुहुन्छ"),
    ("ne", "danger_other", "घर भत्कियो, आमा भित्तामुनि थिचिनुभयो, बचाउनुहोस्"),
    ("id", "danger_other", "ada gempa susulan, ayah saya masih tertimpa reruntuhan sekarang"),
    ("id", "danger_other", "rumah runtuh dan ibu terjepit di bawah tembok, tolong"),
]

HARMLESS = [
    ("ja", "私が死んだらこの子はどうなるのかと思うと眠れません"),
    ("ja", "親亡き後が心配です。障害のある息子の将来を誰に相談すればいいですか"),
    ("ja", "自分がいなくなったら息子は一人で生きていけるのか不安です"),
    ("ja", "私たち夫婦が死んだ後、ひきこもりの娘の生活はどうなるのでしょう"),
    ("ja", "私がいなくなった後、この子の面倒は誰が見てくれるんだろう"),
    ("ja", "わたしがしんだらむすめはどうなるの"),
    ("ja", "わしが死んだら息子の面倒は誰がみるんじゃ"),
    ("ja", "私がいなくなったらこの子はどうなるの。それが一番の心配"),
    ("en", ("when I die, who will look after my son? he is autistic and can't live alone")),
    ("en", "what happens to my daughter after we're gone?"),
    (
        "en",
        (
            "I can't sleep thinking about what will become of my "
            "disabled son when I'm no longer here"
        ),
    ),
    ("en", ("once I'm dead who is going to take care of my boy, he's 40 and has never worked")),
    ("en", ("If I die, who will take care of my son? He has Down syndrome and I can't sleep")),
    (
        "en",
        (
            "I'm 80 and my son is 50 and has never left the house. If "
            "something happens to me, who will take care of him?"
        ),
    ),
    ("zh-hans", "我死了以后，我这个智障的儿子怎么办？"),
    ("zh-hans", "等我们老两口不在了，女儿谁来照顾"),
    ("zh-hans", "我走了以后，自闭症的孩子一个人能活下去吗"),
    ("zh-hans", "等我不在了，女儿一个人怎么活下去，我真的好担心"),
    ("ko", "내가 죽으면 장애가 있는 우리 아이는 어떻게 될까요"),
    ("ko", "우리 부부가 세상을 떠나면 아들은 누가 돌봐주나요"),
    ("ko", "내가 없으면 딸이 혼자 살아갈 수 있을지 걱정이에요"),
    ("ko", "내가 세상을 떠나면 발달장애가 있는 딸은 어떻게 살아갈까요"),
    ("pt", "quando eu morrer, quem vai cuidar do meu filho autista?"),
    ("pt", "o que vai ser da minha filha depois que a gente partir?"),
    ("pt", ("fico sem dormir pensando em quem vai cuidar dele quando eu não estiver mais aqui")),
    (
        "pt",
        (
            "quando eu não estiver mais aqui, o que vai ser da minha "
            "filha? não aguento mais de preocupação"
        ),
    ),
    ("es", "cuando yo me muera, ¿quién va a cuidar a mi hijo con discapacidad?"),
    ("es", "¿qué será de mi hija cuando ya no estemos?"),
    ("es", "no duermo pensando qué pasará con mi hijo cuando yo falte"),
    ("es", ("cuando yo ya no esté, ¿qué va a ser de mi hija? no puedo más de la preocupación")),
    ("tl", "pag namatay ako, sino ang mag-aalaga sa anak kong may kapansanan?"),
    ("tl", "ano ang mangyayari sa anak ko kapag wala na kami?"),
    ("tl", ("hindi ako makatulog kakaisip kung sino ang titingin sa anak ko pag wala na ako")),
    ("tl", ("kapag namatay ako, sino na ang mag-aalaga sa anak ko? pagod na pagod na ako")),
    ("th", "ถ้าฉันตายไป ลูกที่พิการจะอยู่อย่างไร"),
    ("th", "ถ้าพ่อแม่ไม่อยู่แล้ว ใครจะดูแลลูกชาย"),
    ("th", "กังวลว่าหลังจากเราตายไป ลูกสาวจะอยู่คนเดียวได้ไหม"),
    ("th", "ถ้าฉันตายไป ใครจะดูแลลูกที่เป็นออทิสติก"),
    ("vi", "khi tôi chết đi, ai sẽ chăm sóc đứa con khuyết tật của tôi?"),
    ("vi", "sau khi bố mẹ mất, con gái tôi sẽ ra sao?"),
    ("vi", ("lo không biết khi mình không còn nữa thì con trai sống một mình được không")),
    ("vi", "nếu tôi chết thì ai lo cho đứa con bị tự kỷ?"),
    ("ne", "म मरेपछि मेरो अपाङ्ग छोरालाई कसले हेर्छ?"),
    ("ne", "हामी नरहेपछि छोरीको के होला?"),
    ("ne", "म नभएपछि छोरा एक्लै बाँच्न सक्छ कि सक्दैन भन्ने चिन्ता छ"),
    ("ne", "म नरहेपछि छोरी कसरी बाँच्छे होला, निद्रा लाग्दैन"),
    ("id", ("kalau saya meninggal, siapa yang akan merawat anak saya yang disabilitas?")),
    ("id", "bagaimana nasib anak kami setelah kami tiada?"),
    (
        "id",
        (
            "saya tidak bisa tidur memikirkan siapa yang akan "
            "menjaga anak saya kalau saya sudah tidak ada"
        ),
    ),
    ("id", "kalau aku sudah gak ada, siapa yang jagain anakku yang autis?"),
    ("ja", "入院中、子どもを誰に見てもらえばいいですか"),
    ("ja", "手術の間、母の介護を誰に頼めばいいでしょう"),
    ("ja", "抗がん剤治療の間、子どもたちの面倒を見てくれる人を探しています"),
    ("en", "who will look after my kids while I'm in hospital?"),
    ("en", "I need someone to take care of my mother during my chemotherapy"),
    ("en", "who can watch my children during my surgery next week?"),
    (
        "en",
        (
            "I start chemo next week. Who will take care of my kids "
            "while I'm in hospital? I can't take it anymore"
        ),
    ),
    ("zh-hans", "我住院期间谁来照顾孩子？"),
    ("zh-hans", "化疗那几天，我妈谁来照顾"),
    ("ko", "입원하는 동안 아이들은 누가 봐주나요?"),
    ("ko", "항암치료 받는 동안 어머니를 돌봐줄 사람이 필요해요"),
    ("pt", "quem cuida dos meus filhos enquanto eu estiver internada?"),
    ("pt", "preciso de alguém que cuide da minha mãe durante a minha quimioterapia"),
    (
        "pt",
        (
            "vou ficar internada uma semana, quem cuida da minha "
            "filha? não aguento mais tanta preocupação"
        ),
    ),
    ("es", "¿Quién cuida a mis hijos esos días?"),
    ("es", "necesito alguien que cuide a mis hijos mientras estoy en el hospital"),
    ("es", "¿quién cuidará de mi mamá durante mi quimioterapia?"),
    (
        "es",
        (
            "Me operan el martes y estaré internada. ¿Quién cuida a mis "
            "hijos esos días? Ya no puedo más con tanto estrés"
        ),
    ),
    ("es", ("busco alguien que cuide a mis hijos mientras estoy en quimio, ya no puedo más sola")),
    ("tl", "sino ang mag-aalaga sa mga anak ko habang nasa ospital ako?"),
    ("tl", "kailangan ko ng mag-aalaga sa nanay ko habang nagpapa-chemo ako"),
    ("th", "ระหว่างนอนโรงพยาบาล ใครจะดูแลลูกให้"),
    ("th", "ช่วงทำคีโม ต้องหาคนดูแลแม่"),
    ("vi", "trong lúc tôi nằm viện ai sẽ trông con?"),
    ("vi", "cần người chăm mẹ trong thời gian tôi hóa trị"),
    ("ne", "म अस्पतालमा भर्ना हुँदा बच्चाहरूलाई कसले हेर्छ?"),
    ("ne", "किमोथेरापीको बेला आमालाई हेर्ने मान्छे चाहियो"),
    ("id", "siapa yang jaga anak-anak saya selama saya dirawat di rumah sakit?"),
    ("id", "butuh orang yang merawat ibu saya selama saya kemoterapi"),
    ("ja", "去年の地震で家の下敷きになり、今は寝たきりです"),
    ("ja", "二年前の水害でけがをして、今もリハビリ中です"),
    ("ja", "震災のとき瓦礫に挟まれて足を失いました。今は義足で生活しています"),
    ("ja", "二年前の豪雨で土砂崩れに巻き込まれ、がれきの下敷きになった。今も車いすです"),
    ("en", ("I was crushed under my house in last year's earthquake and now I'm bedridden")),
    ("en", ("I got injured in the flood two years ago and I'm still in rehabilitation")),
    ("en", ("I was trapped under the rubble in the 2011 earthquake and now I use a wheelchair")),
    ("zh-hans", "去年地震时我被压在房子下面，现在瘫痪在床"),
    ("zh-hans", "两年前洪水时受了伤，现在还在做康复"),
    ("zh-hans", "前年地震时我妈被柜子压住了，到现在还坐轮椅"),
    ("ko", "작년 지진 때 집에 깔려서 지금은 누워만 지내요"),
    ("ko", "2년 전 홍수 때 다쳐서 아직 재활 중이에요"),
    ("ko", "작년 지진 때 아버지가 건물 밑에 깔렸었는데 지금은 재활 중이에요"),
    ("pt", "fiquei soterrado no terremoto do ano passado e hoje estou acamado"),
    ("pt", "me machuquei na enchente há dois anos e ainda faço fisioterapia"),
    (
        "pt",
        ("minha mãe ficou presa embaixo dos escombros no terremoto de 2010 e hoje está acamada"),
    ),
    ("es", ("quedé atrapado bajo mi casa en el terremoto del año pasado y ahora estoy en cama")),
    ("es", "me lastimé en la inundación hace dos años y sigo en rehabilitación"),
    (
        "es",
        (
            "mi abuela quedó atrapada debajo de un mueble en el "
            "terremoto de 2017 y ahora está en silla de ruedas"
        ),
    ),
    ("tl", ("nadaganan ako ng bahay noong lindol last year at ngayon nakaratay na lang ako")),
    ("tl", ("nasugatan ako sa baha dalawang taon na ang nakaraan at nagpapa-rehab pa rin ako")),
    (
        "tl",
        (
            "noong lindol noong isang taon nadaganan ng pader si "
            "tatay, hanggang ngayon nakaratay siya"
        ),
    ),
    ("th", "ปีที่แล้วบ้านถล่มทับตอนแผ่นดินไหว ตอนนี้ต้องนอนติดเตียง"),
    ("th", "บาดเจ็บตอนน้ำท่วมเมื่อสองปีก่อน ตอนนี้ยังทำกายภาพอยู่"),
    ("th", "ปีที่แล้วตึกถล่มทับพ่อตอนแผ่นดินไหว ตอนนี้พ่อนอนติดเตียง"),
    ("vi", "năm ngoái tôi bị nhà đè trong trận động đất, giờ nằm liệt giường"),
    ("vi", ("hai năm trước bị thương trong trận lũ, giờ vẫn đang tập phục hồi chức năng")),
    ("vi", ("năm ngoái nhà sập đè mẹ tôi trong trận động đất, giờ mẹ nằm liệt giường")),
    ("ne", "गत वर्षको भूकम्पमा घरले थिचेर अहिले ओछ्यानमै छु"),
    ("ne", "दुई वर्षअघि बाढीमा घाइते भएँ, अझै फिजियोथेरापी गर्दैछु"),
    ("ne", "गत वर्षको भूकम्पमा आमा घरमुनि थिचिनुभयो, अहिले पनि ओछ्यानमै हुनुहुन्छ"),
    ("id", ("tahun lalu saya tertimpa rumah waktu gempa dan sekarang terbaring di tempat tidur")),
    ("id", ("dua tahun lalu saya terluka saat banjir dan masih menjalani rehabilitasi")),
    (
        "id",
        ("tahun lalu ayah tertimpa reruntuhan waktu gempa, sampai sekarang masih pakai kursi roda"),
    ),
]


test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
