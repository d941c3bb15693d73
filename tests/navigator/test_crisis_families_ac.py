"""Crisis families from blind batch crisisAC: our own probes, not the batch's texts, read by
the rules alone (``learned=False``). Every language file is applied to every message.

1. Sexual violence at work or after forced drink: a boss, line leader, foreman, employer or
   interpreter who pins her and squeezes or grabs breasts, bottom or thighs (apertou a minha
   bunda, 胸をもまれた, meremas dadaku, chhati chhoyo), puts a hand inside her clothes
   (pinasok niya ang kamay niya sa damit ko), kisses her neck, forces himself on her
   (กอดปล้ำ, ปล้ำฉัน), or makes her drink and drags her up to a hotel room (ép em uống
   rượu rồi kéo em lên phòng khách sạn, jabarjasti raksi ... hotel ko kotha); something put
   in a friend's drink and she is now dizzy and cannot stand (ใส่อะไรลงในเบียร์ ... ลุกไม่ขึ้น).
   Silent: a breast self-check, a boss taking an arm to show a machine, a hand in a pocket for
   keys, a mother's kiss on the forehead, hugging a child, a drink recipe, a boss leading a
   meeting in a hotel room, made to take fever medicine, squeezing paper.
2. Someone who fell (from a roof, a ladder, the stairs) or was beaten, now not answering
   when called, not moving, breathing strangely, bleeding from an ear (불러도 대답이 없고,
   叫他也不回答, เรียกแล้วไม่ตอบ, ayaw nang gumising, bolauda pani boldainan): danger.
   Silent: a friend not answering a chat, a phone that fell down the stairs, a fall told as
   over and fine.
3. A tsunami or storm warning while someone is out at sea, fishing or on the shore and cannot
   be reached (phone off, nobody answers, not back): danger. Silent: a drill, a film, a past
   disaster, a warning lifted and everyone back, a question what to do, friends fishing who
   do not answer with no warning.
4. A mother-in-law (姑, しゅうとめ, 婆婆, 시어머니, sogra, suegra, biyenan, แม่สามี, mẹ chồng,
   mertua, sasu) or another in-law hitting the writer, often daily, the husband only
   watching: danger (dv too where the husband is named). Silent: a mother-in-law who phones,
   cooks, hits the gym, whisks eggs, beats a cake batter or a mattress, plays mahjong.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    (
        "pt",
        "sexual_violence",
        "o encarregado da fábrica me encurralou no depósito e apalpou minhas coxas, "
        "amanhã vejo ele de novo",
    ),
    (
        "pt",
        "sexual_violence",
        "meu chefe me pegou pelos peitos no almoxarifado e disse pra eu ficar quieta",
    ),
    ("pt", "sexual_violence", "o lider do turno apertou a minha bunda na frente da maquina e riu"),
    (
        "es",
        "sexual_violence",
        "el encargado de la fábrica me acorraló en el almacén y me apretó los pechos",
    ),
    ("es", "sexual_violence", "mi jefe me metió la mano dentro de la blusa en la bodega"),
    (
        "tl",
        "sexual_violence",
        "yung supervisor namin pinasok yung kamay nya sa blouse ko habang nasa stockroom",
    ),
    (
        "tl",
        "sexual_violence",
        "ang amo ko ipinasok ang kamay niya sa damit ko kagabi, takot na ako",
    ),
    ("tl", "sexual_violence", "hinalikan ako ng manager sa leeg sa bodega kahit umiiwas ako"),
    ("th", "sexual_violence", "หัวหน้างานที่โรงงานล็อกห้องแล้วปล้ำฉัน หนีออกมาได้"),
    ("th", "sexual_violence", "เจ้าของร้านกอดปล้ำหนูในห้องเก็บของ"),
    ("th", "sexual_violence", "เพื่อนบอกว่ามีคนใส่อะไรลงในเบียร์ ตอนนี้เขามึนมาก ลุกไม่ขึ้น"),
    ("vi", "sexual_violence", "quản lý ép em uống bia rồi lôi em vào phòng nhà nghỉ"),
    (
        "vi",
        "sexual_violence",
        "sếp người nhật kéo tôi lên phòng khách sạn sau buổi nhậu, tôi không chống lại được",
    ),
    ("vi", "sexual_violence", "ong chu ep em uong ruou roi keo em vao phong khach san"),
    (
        "en",
        "sexual_violence",
        "the line leader pinned me against the lockers and squeezed my breasts",
    ),
    (
        "en",
        "sexual_violence",
        "my supervisor forced me to drink soju then dragged me up to a hotel room",
    ),
    ("ja", "sexual_violence", "班長にロッカーに押し付けられて胸をもまれた"),
    ("ja", "sexual_violence", "通訳の人に無理やりお酒を飲まされてホテルの部屋に連れ込まれた"),
    ("zh-hans", "sexual_violence", "组长把我按在储物柜上摸我胸"),
    ("zh-hans", "sexual_violence", "翻译逼我喝酒然后把我拉到酒店房间"),
    ("ko", "sexual_violence", "반장이 탈의실에서 나를 사물함에 밀어붙이고 가슴을 만졌어요"),
    ("ko", "sexual_violence", "사장이 억지로 술을 먹이고 모텔 방으로 끌고 갔어요"),
    ("id", "sexual_violence", "mandor pabrik memojokkan aku di gudang lalu meremas dadaku"),
    (
        "id",
        "sexual_violence",
        "penerjemah memaksa aku minum alkohol lalu menyeret aku ke kamar hotel",
    ),
    ("ne", "sexual_violence", "factory ko leader le malai godam ma lagera chhati chhoyo"),
    ("ne", "sexual_violence", "hakim le jabarjasti raksi khuwayera hotel ko kotha ma lagyo"),
]

CRISIS += [
    ("ko", "danger_other", "할머니가 계단에서 넘어지셨는데 불러도 대답이 없으세요"),
    ("ko", "danger_other", "형이 사다리에서 떨어졌는데 대답을 안 하고 숨소리가 이상해"),
    ("tl", "danger_other", "nahulog si tatay sa hagdan, hindi na gumagalaw at may dugo sa tenga"),
    (
        "tl",
        "danger_other",
        "sinuntok ng foreman yung kasama ko, ayaw nang gumising at hindi sumasagot",
    ),
    ("ne", "danger_other", "dai chhat bata khasnu bhayo, bolauda pani boldainan"),
    ("ne", "danger_other", "sathi lai kutyo, aba chalcha ni chaina, kaan bata ragat aairahechha"),
    ("en", "danger_other", "my dad fell off the ladder and hes not answering when i call his name"),
    ("ja", "danger_other", "父が屋根から落ちて、呼んでも返事がない"),
    ("zh-hans", "danger_other", "爸爸从梯子上摔下来，叫他也不回答"),
    ("es", "danger_other", "mi papá se cayó del techo y no responde cuando le hablo"),
    ("pt", "danger_other", "meu pai caiu da escada e não responde quando chamo"),
    ("vi", "danger_other", "bố em ngã từ mái nhà xuống, gọi không trả lời"),
    ("th", "danger_other", "พ่อตกจากหลังคา เรียกแล้วไม่ตอบ"),
    ("id", "danger_other", "bapak jatuh dari atap, dipanggil tidak menjawab"),
]

HARMLESS = [
    ("pt", "apertei os seios para ver se tinha caroço, vou marcar mamografia"),
    ("pt", "meu chefe me pegou pelo braço pra mostrar a máquina nova"),
    ("tl", "pinasok niya ang kamay niya sa bulsa ng jacket para kunin ang susi"),
    ("tl", "hinalikan ako ng nanay ko sa noo bago ako umalis"),
    ("th", "กอดลูกแน่นๆ ก่อนนอน"),
    ("th", "ใส่อะไรลงในเบียร์ให้อร่อยดี"),
    ("vi", "sếp dẫn cả nhóm lên phòng khách sạn họp"),
    ("vi", "ép em uống thuốc hạ sốt rồi cho em đi ngủ"),
    ("en", "my supervisor made me drink water then took me to the hotel room to rest"),
    ("es", "me apreté el pecho por el dolor y fui al médico"),
    ("ja", "胸がもやもやして班長に相談した"),
    ("zh-hans", "组长把我拉到会议室开会"),
    ("ko", "사장님이 회식에서 술을 권했어요"),
    ("id", "mandor meremas kertas lalu membuangnya"),
    ("ne", "leader le malai godam ma kaam garna pathayo"),
]

HARMLESS += [
    ("ko", "친구가 카톡에 대답이 없어요"),
    ("tl", "nahulog yung cellphone ko sa hagdan, hindi na gumagana"),
    ("ne", "sathi le phone uthaudaina, risayo hola"),
    ("ja", "父が転んだけど呼んだらすぐ返事した"),
    ("ko", "어제 넘어졌는데 지금은 괜찮아요. 친구가 카톡에 대답이 없어요"),
]
CRISIS += [
    (
        "ne",
        "danger_other",
        "tsunami aauchha bhanera siren bajyo, buwa dunga ma samundra gaeko, phone lagdaina",
    ),
    ("ne", "danger_other", "सुनामीको चेतावनी आयो, साथीहरू समुद्र किनारमा छन्, फोन उठाउँदैनन्"),
    (
        "en",
        "danger_other",
        "theres a tsunami warning and my brother went out fishing on the boat this morning, "
        "his phone is off",
    ),
    ("ja", "danger_other", "津波警報が出てるのに夫が朝から漁に出たまま電話に出ない"),
    ("zh-hans", "danger_other", "海啸警报响了，我爸早上出海打鱼，电话打不通"),
    ("ko", "danger_other", "쓰나미 경보가 떴는데 친구들이 바닷가에 낚시하러 가서 전화를 안 받아요"),
    (
        "pt",
        "danger_other",
        "alerta de tsunami e meu marido foi pescar no mar cedo, ele não atende o celular",
    ),
    (
        "es",
        "danger_other",
        "hay alerta de tsunami y mis amigos se fueron a pescar a la playa, "
        "nadie contesta el teléfono",
    ),
    (
        "tl",
        "danger_other",
        "may tsunami warning, yung mga kasama ko nasa dagat nangingisda, walang sumasagot sa tawag",
    ),
    ("th", "danger_other", "มีเตือนสึนามิ เพื่อนออกไปหาปลาที่ทะเลตั้งแต่เช้า โทรไม่ติด"),
    (
        "vi",
        "danger_other",
        "có cảnh báo sóng thần mà bố em ra biển đánh cá từ sáng, gọi không nghe máy",
    ),
    (
        "id",
        "danger_other",
        "ada peringatan tsunami, suamiku melaut sejak subuh, teleponnya nggak diangkat",
    ),
]
HARMLESS += [
    ("ne", "tsunami ko barema school ma padhdai chhu, samundra kasto hunchha"),
    ("en", "the tsunami warning was lifted and everyone came back from the beach safe"),
    ("ja", "津波警報は解除されて、夫も漁から無事に帰ってきた"),
    ("zh-hans", "海啸演习的时候手机打不通很正常吗"),
    ("ko", "쓰나미 영화 봤는데 바닷가 장면이 무서웠어요"),
    ("pt", "o que fazer se tiver alerta de tsunami quando estou pescando?"),
    ("tl", "nasa dagat kami nangingisda kahapon, ang saya"),
    ("th", "สึนามิในหนังน่ากลัวมาก"),
    ("vi", "sóng thần năm 2011 ở nhật rất khủng khiếp"),
    ("id", "latihan evakuasi tsunami di sekolah hari ini"),
    ("es", "mis amigos se fueron a pescar y no contestan, seguro están ocupados"),
]
CRISIS += [
    ("ja", "danger_other", "しゅうとめ に まいにち たたかれます"),
    ("ja", "danger_other", "姑に毎日叩かれてる。夫は見てるだけ"),
    ("ja", "danger_other", "義母が毎日わたしを殴ります、こわい"),
    ("en", "danger_other", "my mother in law slaps me every day and my husband just watches"),
    ("zh-hans", "danger_other", "婆婆天天打我，老公只是看着"),
    ("ko", "danger_other", "시어머니가 매일 저를 때려요. 남편은 보고만 있어요"),
    ("pt", "danger_other", "minha sogra me bate todo dia e meu marido só olha"),
    ("es", "danger_other", "mi suegra me pega todos los días y mi esposo solo mira"),
    ("tl", "danger_other", "sinasaktan ako ng biyenan ko araw araw, nanonood lang asawa ko"),
    ("th", "danger_other", "แม่สามีตบหน้าฉันทุกวัน สามีได้แต่ดู"),
    ("vi", "danger_other", "mẹ chồng ngày nào cũng đánh em, chồng chỉ đứng nhìn"),
    ("id", "danger_other", "ibu mertua memukul aku setiap hari, suami cuma diam"),
    ("ne", "danger_other", "sasu le malai dinahu kutchhin, shrimaan herera basnuhunchha"),
    ("ne", "danger_other", "सासूले मलाई दिनहुँ कुट्छिन्"),
]
HARMLESS += [
    ("ja", "姑に毎日電話で小言を言われる"),
    ("ja", "しゅうとめ が まいにち ごはん を つくって くれます"),
    ("en", "my mother in law hits the gym every day"),
    ("zh-hans", "婆婆天天打麻将"),
    ("ko", "시어머니가 매일 전화해요"),
    ("pt", "minha sogra bate o bolo todo dia"),
    ("tl", "binibisita ako ng biyenan ko araw araw"),
    ("th", "แม่สามีตีไข่ทำขนม"),
    ("vi", "mẹ chồng đánh trứng làm bánh"),
    ("id", "ibu mertua memukul kasur tiap pagi"),
    ("es", "mi suegra me llama todos los días"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
