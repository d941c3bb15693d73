"""Crisis families from blind batch G (crisisG): our own probes, not the batch's texts,
read by the rules alone (``learned=False``) in all 11 languages. Every language file is
applied to every message.

1. Trapped in water now: the ice broke and someone fell in, clinging to its edge and
   unable to climb out, or a leg stuck in mud with the water already at the knees, the
   rising water told in the next sentence (氷が割れて落ちた; 발이 빠져서 안 나와요.
   물이 무릎까지): danger, 119. Silent: everyone safe on the shore, a boot stuck for
   fun, a cracked windscreen, a glass of ice.
2. A medical danger told by a layperson without its name: a child's fever for days and
   now bleeding gums or nose, limp (dengue warning signs), altitude sickness with
   confusion, unable to walk and vomiting, romanized Nepali included: danger, 119.
   Silent: a cold, gums that bleed when brushing, a trek planned.
3. Suicide told indirectly: a date set for the end (今年いっぱいで終わりにする, 年は
   越さない) beside tidying up; never wishing to have lived (sana hindi na lang ako
   nabuhay); not wanting to be anywhere any more; affairs settled, the dog given away
   and nothing needed any more; following the dead husband (उहाँकै पछि जान्छु); no way
   out and wanting it over for good. Silent: ending a job at the year's end, cleaning
   before the new year, a shop's "nothing more, thanks", going after a brother to a town.
4. Self-harm as taking it out on oneself (me desquito conmigo misma, じぶんに あたって
   しまう) beside not being able to stop. Silent: taking it out on a brother, a pillow,
   the gym.
5. Child abuse hidden or far from the act: a parent who orders the child to say a bruise
   came from a fall; a parent named far before the blow in romaji; a young child made to
   work as a servant and kept from school. Silent: a real fall, a daughter who helps
   happily after school.
6. Violence at home told in two sentences in kana: the partner named first, the kick to
   me in the next (きのうは わたしを けりました). Silent: a husband who kicks a ball.
7. Sexual violence by a professional who touched far more than the work needed (a
   tattoo artist, a masseur, a physiotherapist), the writer froze. Silent: a screen that
   froze, a wall touched up.
8. A care worker who sees staff hit or slap the residents of a care home: elder abuse,
   danger_other. Silent: kind staff, a birthday party.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    # 1. Trapped in water now
    (
        "ja",
        "danger_other",
        "スケートしてたら弟の足もとの氷が割れて落ちちゃった。ふちにしがみついてるけど自分では"
        "あがれない",
    ),
    (
        "ja",
        "danger_other",
        "潮干狩りで娘の足が泥にはまって抜けない。もう潮が満ちてきて腰まで来てる",
    ),
    (
        "ja",
        "danger_other",
        "kawa no koori ga warete tomodachi ga ochita. fuchi ni tsukamatteru kedo agarenai",
    ),
    (
        "en",
        "danger_other",
        "my uncle walked out on the frozen pond and the ice gave way under him. hes hanging "
        "onto the edge and cant pull himself out",
    ),
    (
        "en",
        "danger_other",
        "my sons leg is stuck in the mud out on the flats and wont come out. the water is "
        "already up to his knees",
    ),
    (
        "ko",
        "danger_other",
        "저수지에서 얼음낚시 하는데 아빠 발밑 얼음이 깨지면서 빠졌어요. 가장자리 잡고 있는데 "
        "못 올라와요",
    ),
    (
        "ko",
        "danger_other",
        "바닷가 뻘에서 동생 다리가 빠져서 안 빠져요. 바닷물이 벌써 허리까지 올라왔어요",
    ),
    ("zh-hans", "danger_other", "在湖上钓鱼，我爸脚下的冰突然裂开掉下去了，现在抓着冰边爬不上来"),
    ("zh-hans", "danger_other", "赶海的时候我妈的腿陷在泥里拔不出来。潮水已经涨到膝盖了"),
    (
        "pt",
        "danger_other",
        "o gelo do lago quebrou e meu primo caiu na água. está segurando na borda mas não "
        "consegue sair",
    ),
    (
        "pt",
        "danger_other",
        "a perna da minha filha afundou na lama do mangue e não sai. a maré já está subindo "
        "até o joelho",
    ),
    (
        "es",
        "danger_other",
        "se rompió el hielo de la laguna y mi hermano cayó al agua. está agarrado al borde y "
        "no puede salir",
    ),
    (
        "es",
        "danger_other",
        "mi papá se quedó atascado en el fango de la playa y no puede sacar las piernas. la "
        "marea ya está subiendo",
    ),
    (
        "tl",
        "danger_other",
        "nabutas ang yelo sa lawa at nahulog si kuya sa tubig. nakakapit siya sa gilid pero "
        "hindi makaahon",
    ),
    (
        "tl",
        "danger_other",
        "naipit sa putik ang paa ni nanay sa dalampasigan at hindi matanggal. tumataas na "
        "ang tubig dagat hanggang tuhod",
    ),
    ("th", "danger_other", "น้ำแข็งบนทะเลสาบแตกแล้วพ่อตกลงไปในน้ำ เกาะขอบอยู่แต่ขึ้นมาเองไม่ได้"),
    ("th", "danger_other", "ขาของแม่ติดโคลนที่ชายหาดดึงไม่ออก น้ำทะเลขึ้นมาถึงเข่าแล้ว"),
    (
        "vi",
        "danger_other",
        "băng trên hồ bị nứt và bố tôi rơi xuống nước. ông đang bám vào mép băng nhưng không "
        "tự leo lên được",
    ),
    (
        "vi",
        "danger_other",
        "chân mẹ tôi bị lún trong bùn ở bãi triều không rút ra được. nước đã dâng lên tới "
        "đầu gối rồi",
    ),
    (
        "ne",
        "danger_other",
        "पोखरीको हिउँ फुटेर भाइ पानीमा खस्यो। किनारा समातेर बसेको छ तर आफैं माथि आउन सक्दैन",
    ),
    ("ne", "danger_other", "आमाको खुट्टा हिलोमा फसेर निस्कँदैन। पानी घुँडासम्म बढिसक्यो"),
    (
        "id",
        "danger_other",
        "es di danau retak dan ayah saya jatuh ke air. dia pegangan di pinggir tapi tidak "
        "bisa naik sendiri",
    ),
    (
        "id",
        "danger_other",
        "kaki adik saya terjebak di lumpur pantai dan tidak bisa lepas. air laut sudah naik "
        "sampai lutut",
    ),
    # 2. A medical danger told without its name
    (
        "tl",
        "danger_other",
        "apat na araw nang may lagnat si bunso, ngayon dumudugo na ang gilagid nya at ang "
        "tamlay na",
    ),
    (
        "tl",
        "danger_other",
        "nilalagnat ang anak ko tapos dumudugo ang ilong at gilagid, ayaw nang gumalaw",
    ),
    (
        "en",
        "danger_other",
        "my son has had a fever for 4 days and now his gums are bleeding and hes so lethargic",
    ),
    (
        "en",
        "danger_other",
        "daughter running a high fever since tuesday, now her nose and gums keep bleeding",
    ),
    ("ja", "danger_other", "息子が3日熱が続いてて、今日は歯ぐきから血が出てぐったりしてる"),
    ("ja", "danger_other", "むすめが ねつが さがらなくて はなぢと はぐきから ちが とまらない"),
    ("ko", "danger_other", "아이가 사흘째 열이 나는데 이제 잇몸에서 피가 나고 축 처져 있어요"),
    ("zh-hans", "danger_other", "孩子发烧三天了，现在牙龈和鼻子一直出血，整个人没精神"),
    (
        "pt",
        "danger_other",
        "meu filho está com febre há 3 dias e agora a gengiva está sangrando e ele está "
        "muito molinho",
    ),
    (
        "es",
        "danger_other",
        "mi hija tiene fiebre desde hace tres días y ahora le sangran las encías y la nariz",
    ),
    ("th", "danger_other", "ลูกเป็นไข้มาสามวันแล้ว ตอนนี้เลือดออกตามไรฟันและซึมมาก"),
    ("vi", "danger_other", "con tôi sốt 3 ngày rồi, giờ chảy máu chân răng và mũi, lừ đừ lắm"),
    (
        "ne",
        "danger_other",
        "छोरालाई तीन दिनदेखि ज्वरो छ, अहिले गिजाबाट रगत आइरहेको छ र एकदम लखतरान छ",
    ),
    (
        "id",
        "danger_other",
        "anak saya demam sudah 3 hari sekarang gusinya berdarah dan lemas sekali",
    ),
    (
        "ne",
        "danger_other",
        "trek ma dai lai lekh lagyo, kura bujhdaina, hidna sakdaina, bomit garirako cha",
    ),
    (
        "ne",
        "danger_other",
        "annapurna base camp ma sathi lai altitude sickness bhayo, bolna sakdaina ra banta "
        "garirako cha",
    ),
    ("ja", "danger_other", "登山中に友達が高山病みたいで、話が通じないし歩けないし何度も吐いてる"),
    (
        "en",
        "danger_other",
        "on the trek my friend got altitude sick, hes not making sense, cant walk and keeps "
        "throwing up",
    ),
    # 3. Suicide told indirectly
    ("ja", "suicide", "年内で全部終わりにするって決めた。年はこさない。もう荷物も整理しはじめた"),
    ("ja", "suicide", "誕生日がきたら終わりにするってきめてる。だれにも言ってない"),
    (
        "ja",
        "suicide",
        "kotoshi ippai de owari ni suru tte kimeta. toshi wa kosanai. heya mo sukoshi zutsu "
        "katazuke hajimeta",
    ),
    (
        "en",
        "suicide",
        "i've decided this is my last christmas. started giving my stuff away already",
    ),
    ("en", "suicide", "honestly i dont want to exist anywhere anymore, im just tired"),
    ("en", "suicide", "i dont want to be anywhere anymore. i dont want to be here or anywhere"),
    (
        "en",
        "suicide",
        "i wont be around for the new year. ive already sorted my things out and told nobody",
    ),
    (
        "es",
        "suicide",
        "ya no le hallo salida a nada, solo quiero que todo esto se acabe pa siempre",
    ),
    ("es", "suicide", "no le hallo sentido a seguir, quiero que esto se termine para siempre"),
    (
        "es",
        "suicide",
        "ya dejé todo arreglado, pagué mis deudas y regalé a mi perro. ya no necesito nada más",
    ),
    (
        "pt",
        "suicide",
        "deixei tudo organizado, doei minhas coisas e dei meu cachorro pra vizinha. agora "
        "não preciso de mais nada",
    ),
    ("pt", "suicide", "já decidi que não passo deste ano. comecei a arrumar as minhas coisas"),
    ("pt", "suicide", "não quero estar em lugar nenhum, nem aqui nem lá. só cansei"),
    ("tl", "suicide", "sana hindi na lang ako nabuhay, pabigat lang ako sa pamilya"),
    ("tl", "suicide", "sana di na lang ako nabuhay sa mundong ito"),
    (
        "tl",
        "suicide",
        "naayos ko na lahat ng gamit ko at binigay ko na yung aso ko. wala na akong kailangan",
    ),
    ("ne", "suicide", "श्रीमान् बित्नुभयो, अब म पनि उहाँकै पछि जान्छु"),
    ("ne", "suicide", "बुबा गएपछि म पनि उहाँको पछि लाग्न चाहन्छु"),
    ("ne", "suicide", "aba ma pani unkai pachhi janchhu jasto lagchha"),
    (
        "ko",
        "suicide",
        "올해까지만 살기로 했어요. 새해는 안 맞을 거예요. 방도 조금씩 정리하고 있어요",
    ),
    ("ko", "suicide", "남편 따라 저도 가고 싶어요. 아이들은 친정에 맡겼어요"),
    ("zh-hans", "suicide", "我已经决定今年年底就结束一切，不会过年了，东西都在慢慢收拾"),
    ("zh-hans", "suicide", "真希望我从来没活过"),
    ("zh-hans", "suicide", "我哪里都不想存在了，这里不想，老家也不想，只是累了"),
    ("th", "suicide", "ตัดสินใจแล้วว่าจะจบทุกอย่างภายในปีนี้ จะไม่อยู่ถึงปีใหม่ เริ่มเก็บของแล้ว"),
    ("th", "suicide", "ไม่น่าเกิดมาเลย อยากให้ทุกอย่างจบลงตลอดไป"),
    (
        "vi",
        "suicide",
        "tôi đã quyết định sẽ kết thúc mọi thứ trước cuối năm. sẽ không đón tết nữa. đã bắt "
        "đầu dọn dẹp đồ đạc",
    ),
    ("vi", "suicide", "ước gì tôi chưa từng được sinh ra, tôi chỉ muốn mọi thứ kết thúc mãi mãi"),
    (
        "id",
        "suicide",
        "aku sudah putuskan tahun ini semuanya selesai. tidak akan lewat tahun baru. barang "
        "barang sudah mulai kubereskan",
    ),
    ("id", "suicide", "andai aku tidak pernah hidup. aku cuma mau semua ini berakhir selamanya"),
    # 4. Self-harm as taking it out on oneself
    (
        "es",
        "self_harm",
        "cada vez que mi papá me grita me desquito conmigo misma y ya no puedo parar",
    ),
    ("es", "self_harm", "me desquito con mi cuerpo cuando estoy mal, no sé cómo dejar de hacerlo"),
    (
        "en",
        "self_harm",
        "every time the coach humiliates me i take it out on myself at night and i cant stop",
    ),
    ("en", "self_harm", "i keep taking it out on my own body and i dont know how to stop"),
    (
        "pt",
        "self_harm",
        "quando minha mãe me humilha eu desconto em mim mesma à noite, não consigo parar",
    ),
    (
        "ja",
        "self_harm",
        "コーチに怒られるたびに夜に自分の体に八つ当たりしちゃう。やめ方がわからない",
    ),
    ("ja", "self_harm", "いやなことがあると じぶんに あたって しまう。やめられない"),
    ("ko", "self_harm", "코치한테 혼날 때마다 밤에 제 몸에 화풀이해요. 멈추는 법을 모르겠어요"),
    ("zh-hans", "self_harm", "每次被教练羞辱，晚上我就拿自己的身体出气，停不下来"),
    (
        "tl",
        "self_harm",
        "tuwing pinapahiya ako ng coach, sa sarili ko binubuhos sa gabi. hindi ko na mapigilan",
    ),
    ("th", "self_harm", "ทุกครั้งที่โค้ชด่าต่อหน้าคนอื่น ตอนกลางคืนฉันก็ลงที่ตัวเอง หยุดไม่ได้"),
    (
        "vi",
        "self_harm",
        "mỗi lần bị huấn luyện viên sỉ nhục là đêm đó tôi lại trút giận lên cơ thể mình, "
        "không dừng được",
    ),
    (
        "id",
        "self_harm",
        "setiap kali dipermalukan pelatih aku melampiaskannya ke tubuhku sendiri di malam "
        "hari, tidak bisa berhenti",
    ),
    ("ne", "self_harm", "कोचले गाली गर्दा राति आफ्नै शरीरमा रिस पोख्छु, रोक्न सक्दिन"),
    # 5. Child abuse hidden or far from the act
    (
        "ja",
        "child_abuse",
        "パパに ぜったい いうなって いわれてるから せんせいには ころんだって いった。ほんとは ぱぱ",
    ),
    (
        "ja",
        "child_abuse",
        "おかあさんに あざのこと だれにも いっちゃだめって いわれた。ころんだことに しなさいって",
    ),
    (
        "ja",
        "child_abuse",
        "ofukuro ni heya de sumaho toriagerarete kabe ni oshitsukerarete nagurareta",
    ),
    (
        "en",
        "child_abuse",
        "dad told me to tell the nurse i fell off my bike. the bruises on my back are from him",
    ),
    (
        "en",
        "child_abuse",
        "my mom said if anyone asks about the marks i have to say i fell down the stairs. i didnt",
    ),
    (
        "es",
        "child_abuse",
        "mi papá me dijo que si preguntan por los moretones diga que me caí. no me caí",
    ),
    (
        "pt",
        "child_abuse",
        "meu pai mandou eu dizer que caí da escada se perguntarem dos roxos. não foi isso",
    ),
    ("ko", "child_abuse", "아빠가 멍 물어보면 넘어졌다고 하라고 했어요. 사실은 아니에요"),
    ("zh-hans", "child_abuse", "爸爸让我说背上的淤青是摔倒的，不许告诉别人，其实不是"),
    (
        "tl",
        "child_abuse",
        "sabi ni papa sabihin ko daw na nadapa ako kapag may nagtanong sa pasa ko. hindi totoo",
    ),
    ("th", "child_abuse", "พ่อบอกให้บอกครูว่ารอยช้ำเพราะหกล้ม ห้ามบอกใคร จริงๆ ไม่ใช่"),
    (
        "vi",
        "child_abuse",
        "bố bảo nếu ai hỏi vết bầm thì nói là bị ngã, cấm nói với ai. thật ra không phải",
    ),
    (
        "id",
        "child_abuse",
        "ayah bilang kalau ada yang tanya memar ini bilang saja jatuh. sebenarnya bukan",
    ),
    ("ne", "child_abuse", "बुबाले कसैले सोधे नीलो दाग लडेर भएको भन् भन्नुभएको छ। खास त्यस्तो होइन"),
    (
        "ne",
        "child_abuse",
        "छिमेकीको घरमा ८ वर्षको केटो काम गर्छ, स्कुल जान दिंदैनन्, गल्ती गरे कुट्छन्",
    ),
    (
        "en",
        "child_abuse",
        "the neighbours have a 9 year old girl working as their maid, she doesnt go to "
        "school and they slap her when she makes mistakes",
    ),
    (
        "tl",
        "child_abuse",
        "yung kapitbahay may batang katulong na 10 taong gulang, hindi pinapapasok sa school "
        "at sinasaktan kapag nagkamali",
    ),
    (
        "id",
        "child_abuse",
        "tetangga punya pembantu anak umur 10 tahun, tidak boleh sekolah dan dipukul kalau salah",
    ),
    # 6. Violence at home told in two sentences
    ("ja", "dv", "夫は私が友だちと会うといつもおこります。きのうは台所で私をけりました"),
    ("ja", "dv", "おっとは わたしが しごとに いくと おこる。きのう へやで わたしを なぐりました"),
    (
        "ja",
        "dv",
        "かれし は わたし が ばいと に いくと きげん が わるくなります。せんしゅう は わたし "
        "を たたきました",
    ),
    # 7. Touched far more than the work needed
    (
        "en",
        "sexual_violence",
        "the massage therapist touched way more than the massage needed and i froze",
    ),
    (
        "en",
        "sexual_violence",
        "the photographer said the pose meant taking my bra off and then touched me way more "
        "than needed. i froze",
    ),
    (
        "ja",
        "sexual_violence",
        "整体の先生が施術だと言って必要以上に体をさわってきて、固まって何も言えなかった",
    ),
    (
        "es",
        "sexual_violence",
        "el fisioterapeuta me tocó mucho más de lo necesario y me quedé paralizada",
    ),
    ("pt", "sexual_violence", "o tatuador me tocou muito mais do que precisava e eu congelei"),
    ("ko", "sexual_violence", "타투이스트가 필요 이상으로 몸을 만져서 얼어붙었어요"),
    ("zh-hans", "sexual_violence", "纹身师摸我摸得远远超过需要，我当时僵住了"),
    (
        "tl",
        "sexual_violence",
        "hinawakan ako ng masahista nang higit sa kailangan at natigilan ako",
    ),
    ("th", "sexual_violence", "ช่างสักจับตัวฉันเกินกว่าที่จำเป็น ฉันตัวแข็งทำอะไรไม่ถูก"),
    ("vi", "sexual_violence", "thợ xăm sờ người tôi nhiều hơn mức cần thiết và tôi đứng hình"),
    (
        "id",
        "sexual_violence",
        "tukang pijat menyentuh tubuhku lebih dari yang perlu dan aku membeku",
    ),
    ("ne", "sexual_violence", "मसाज गर्नेले आवश्यकभन्दा धेरै छोयो, म जमेँ"),
    # 8. Staff hitting the residents of a care home
    (
        "tl",
        "danger_other",
        "nagtatrabaho ako sa nursing home at nakikita kong sinasampal ng isang staff ang mga "
        "lolo tuwing gabi",
    ),
    (
        "en",
        "danger_other",
        "i work at a care home and i keep seeing a coworker slap and scream at the residents "
        "on night shift",
    ),
    (
        "ja",
        "danger_other",
        "介護施設で働いてますが、夜勤の職員が入居者のおばあさんを何度も叩いているのを見ました",
    ),
    (
        "ja",
        "danger_other",
        "かいごしせつ で はたらいてます。やきん の スタッフ が おじいさん を たたいて います",
    ),
    (
        "ko",
        "danger_other",
        "요양원에서 일하는데 야간 근무 직원이 할머니들을 때리고 소리지르는 걸 여러 번 봤어요",
    ),
    ("zh-hans", "danger_other", "我在养老院工作，经常看到一个员工夜班时打老人、骂老人"),
    (
        "pt",
        "danger_other",
        "trabalho numa casa de repouso e vi várias vezes uma funcionária batendo nos idosos "
        "no plantão da noite",
    ),
    (
        "es",
        "danger_other",
        "trabajo en un asilo y he visto varias veces a un cuidador pegarle a los abuelitos "
        "en el turno de noche",
    ),
    (
        "th",
        "danger_other",
        "ฉันทำงานที่บ้านพักคนชรา เห็นพนักงานคนหนึ่งตบตีคุณยายหลายครั้งตอนเวรกลางคืน",
    ),
    (
        "vi",
        "danger_other",
        "tôi làm ở viện dưỡng lão, nhiều lần thấy một nhân viên tát và quát các cụ vào ca đêm",
    ),
    (
        "id",
        "danger_other",
        "saya kerja di panti jompo dan beberapa kali melihat staf menampar para lansia saat "
        "shift malam",
    ),
    (
        "ne",
        "danger_other",
        "म वृद्धाश्रममा काम गर्छु, रातिको सिफ्टमा एक कर्मचारीले बूढाबूढीलाई कुटेको धेरै पटक देखेँ",
    ),
]

HARMLESS = [
    # 1. Trapped in water now
    ("ja", "氷が割れる音がして怖かったけど、みんな無事に岸に戻れた"),
    ("ja", "潮干狩りで泥にはまって長靴が抜けなくて笑った"),
    ("en", "the ice on the windshield cracked when i poured water on it"),
    ("en", "we got stuck in the mud with the car last weekend but a farmer pulled us out"),
    ("ko", "갯벌 체험에서 장화가 빠져서 웃겼어요"),
    # 2. A medical danger told without its name
    ("tl", "may lagnat ako at sipon lang, magpapahinga na lang ako"),
    ("en", "my gums bleed when i brush, should i see a dentist"),
    ("ja", "歯ぐきから血が出るのは歯周病ですか"),
    ("ne", "arko mahina everest trek jaane plan cha, altitude sickness bata kasari bachne?"),
    ("es", "tengo fiebre y me sangró un poco la nariz por el aire seco, ya estoy mejor"),
    # 3. Suicide told indirectly
    ("ja", "今年いっぱいで仕事を終わりにするって決めてる。来年から田舎に帰る"),
    ("ja", "年は越さないうちに大掃除を終わらせたい"),
    ("en", "i dont want to be anywhere near that office anymore lol"),
    ("pt", "paguei todas as contas do mês e deixei tudo arrumado antes da viagem"),
    ("es", "quiero que esta semana de exámenes se acabe ya"),
    ("tl", "buti na lang nabuhay ako sa panahon ng internet haha"),
    ("ne", "दाइ गएपछि म पनि उहाँकै पछि काठमाडौं जान्छु"),
    # 4. Self-harm as taking it out on oneself
    ("es", "me desquité con mi hermano en el partido de fútbol jaja"),
    ("en", "i took it out on my pillow and then went to sleep, feeling better now"),
    ("pt", "descontei minha raiva na academia hoje"),
    ("ja", "弟に八つ当たりしちゃった、あとで謝る"),
    # 5. Child abuse hidden or far from the act
    ("ja", "転んだってお医者さんに言ったら、本当に転んだから心配いらないって"),
    ("en", "i told the nurse i fell off my bike, which is true, i was showing off"),
    ("ne", "छिमेकीको छोरी स्कुल पछि घरको काममा सघाउँछे, खुसी छे"),
    # 6. Violence at home told in two sentences
    ("ja", "夫はサッカーが好きです。きのうは公園でボールをけりました"),
    # 7. Touched far more than the work needed
    (
        "en",
        "the tattoo artist said the placement would hurt more than expected and i froze for "
        "a sec lol",
    ),
    ("en", "my screen froze while the physio was explaining the exercises"),
    # 8. Staff hitting the residents of a care home
    ("tl", "nagtatrabaho ako sa nursing home, mabait ang mga staff sa mga lola"),
    ("en", "the care home staff threw a birthday party for the residents"),
    ("ja", "介護施設の夜勤は大変だけど、おじいさんたちに感謝される"),
    # More near misses
    ("en", "dad told me to tell grandma i fell asleep early so she wouldnt call"),
    ("en", "the painter touched up the wall more than needed, now its patchy"),
    ("ko", "남편 따라 저도 일본에 가고 싶어요. 아이들은 친정에 맡기려고요"),
    ("zh-hans", "我们决定今年年底就结束这个项目，东西都在慢慢收拾"),
    ("pt", "não preciso de mais nada, obrigada, só a conta por favor"),
    ("es", "ya no necesito nada más de la tienda, gracias"),
    ("ne", "छिमेकीको घरमा काम गर्ने दिदीले स्कुल पछि पढ्न सिकाउनुहुन्छ"),
    ("th", "น้ำแข็งในแก้วละลายหมดแล้ว"),
    ("id", "es teh di gelas pecah, jatuh ke lantai"),
    ("vi", "tôi làm ở viện dưỡng lão, các cụ rất quý nhân viên"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
