"""Need and ranking families of session ZC (held-out scenario batches 31 and 32, released for
tuning), over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- a sexually transmitted infection (梅毒, chlamydia, sífilis, ซิฟิลิส…) reads health in every
  language: the public health centre or a clinic among the first three, no pregnancy desk and no
  partner-violence desk first; a boyfriend named as the source is no partner's violence, and
  'if I were pregnant' beside the infection is no pregnancy; a late period alone keeps the
  pregnancy desks, and a boyfriend's blows told beside an infection keep violence at home;
- a racing heart or breathlessness that the emergency room found nothing behind (panic
  attacks) reads the mind: a mental-health desk among the first three; chest pain now, with an
  ambulance in question, keeps #7119 first;
- school lunch money a parent cannot pay (給食のお金, in easy Japanese too) brings school
  expenses aid (就学援助) among the first three; a school's reminder is no debt, and a lunch
  left on the plate is no money trouble;
- a person who lives alone with failing sight or after a stroke (のうこうそく in kana too) and
  needs someone to go to hospital with, or help with shopping, reads care and disability: the
  community support centre, care at home or disability services among the first three;
- a pensioner with a few thousand yen left until pension day, asking about the council of
  social welfare's small loan (社協), reaches the welfare fund loan among the first three; the
  pension day asked about, or a volunteer's wish at 社協, reads no shortage;
- a private 'self-reliance' business that would take a withdrawn son or daughter away for
  millions (引き出し業者) reads consumer trouble with the withdrawal: the public hikikomori
  centre and the consumer hotline among the first five; taking him by force is no sexual
  violence;
- a young mother alone with a baby of a few months, criticised by her mother-in-law and with
  no other mothers nearby: the parent-child hubs and the health nurses among the first three,
  189 and the child guidance centre not;
- a carer whose parent died after years of care, now with a blank CV: Hello Work or the youth
  support station among the first three, no care leave; a carer still caring keeps care;
- a pregnancy lost and then days of crying and not eating, told by a partner: a mind's desk
  among the first three;
- a worker skipping lunch to send money home, dizzy at work: no neglected child, a food bank
  or the foreign residents' line among the first three; a child left without meals keeps
  child abuse, and a diet is no money trouble;
- a husband's loans taken behind one's back and daily collection calls read debt: legal aid
  or debt counselling among the first three, no partner-violence desk; a husband who hits
  over his debt keeps violence at home;
- a worker called stupid by everyone at work (as an adult writes simply): the human rights
  line or the labour corner among the first three, not unemployment benefit first;
- a child kicked or hit by the mother's boyfriend reads child abuse: the child guidance
  centre or 189 first, even when the crisis rules read partner violence (`with_hurt_child`);
  a teenager hit by her own boyfriend keeps the partner-violence desks.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.crisis import CrisisResult
from tsunagari.navigator.engine.navigate import with_hurt_child
from tsunagari.navigator.engine.needs import score_needs

PREGNANCY_DESKS = {
    "ninshin-sos-zenkoku",
    "kosodate-sedai-houkatsu-shien-center",
    "ninpu-kenshin-josei",
}
PARTNER_DESKS = {
    "haiguusha-bouryoku-soudan-shien-center",
    "dv-soudan-plus",
    "dv-soudan-navi",
}
MIND_DESKS = {
    "seishin-hoken-fukushi-center",
    "kokoro-no-kenko-soudan-touitsu-dial",
    "hokenjo",
    "yorisoi-hotline",
}
CHILD_ABUSE_DESKS = {"jidou-soudanjo", "jisou-189"}

# --- a sexually transmitted infection ----------------------------------------------------------

INFECTION_DESKS = {"hokenjo", "hoken-center", "iryou-jouhou-net"}

INFECTIONS = [
    ("検査で梅毒が陽性と出た。元カレにも知らせた方がいいのかな", "ja"),
    ("性病かもしれない。どこで検査を受けられますか", "ja"),
    ("クラミジアって言われた、彼に言い出せない", "ja"),
    ("ばいどく って いわれた。かれし に どう いう", "ja"),
    ("The clinic says I have chlamydia and I don't know how to tell my ex", "en"),
    ("I think my boyfriend gave me an STD, where can I get tested?", "en"),
    ("医生说我得了梅毒，要不要告诉以前的男朋友", "zh-hans"),
    ("성병 검사에서 매독이 나왔어요. 전 남자친구에게도 말해야 하나요", "ko"),
    ("Deu positivo para sífilis, preciso contar para o meu ex?", "pt"),
    ("Me salió positivo de sífilis y no sé cómo decírselo a mi novio", "es"),
    ("Positibo daw ako sa syphilis, dapat ko bang sabihin sa ex ko?", "tl"),
    ("Em xét nghiệm ra giang mai, có nên báo cho người yêu cũ không", "vi"),
    ("ตรวจเจอซิฟิลิส ต้องบอกแฟนเก่าไหม", "th"),
    ("Hasil tes saya sifilis, apa harus bilang ke mantan pacar?", "id"),
    ("मलाई यौन रोग लागेको छ, पुरानो प्रेमीलाई भन्नुपर्छ?", "ne"),
    ("डाक्टरले यौन संक्रमण भयो भन्नुभयो, कहाँ जाँच गराउने?", "ne"),
]


@pytest.mark.parametrize(("text", "lang"), INFECTIONS)
def test_a_sexually_transmitted_infection_reaches_the_health_centre(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "health")
    assert not leads(needs, "violence_at_home")
    assert not leads(needs, "pregnancy")
    found = ranked(snapshot, text, lang)
    assert first_of(found, INFECTION_DESKS) < 3
    assert found[0] not in PREGNANCY_DESKS
    assert first_of(found, PARTNER_DESKS) >= 3


def test_if_i_were_pregnant_beside_an_infection_is_no_pregnancy(snapshot):
    text = "梅毒だと診断された。相手は彼氏だと思う。もし妊娠していたらと思うと不安"
    needs = score_needs(text, "ja")
    assert leads(needs, "health")
    assert not leads(needs, "pregnancy")
    assert not leads(needs, "violence_at_home")
    assert first_of(ranked(snapshot, text, "ja"), INFECTION_DESKS) < 3


def test_a_late_period_alone_keeps_the_pregnancy_desks(snapshot):
    # near-miss: no infection, a pregnancy feared
    text = "生理がこない。もし妊娠してたらどうしよう"
    assert leads(score_needs(text, "ja"), "pregnancy")
    assert first_of(ranked(snapshot, text, "ja"), PREGNANCY_DESKS) < 3


def test_a_boyfriends_blows_beside_an_infection_stay_violence_at_home():
    # near-miss: the boyfriend hits, and the infection is told too
    assert leads(score_needs("彼氏に殴られる。性病もうつされた", "ja"), "violence_at_home")


# --- panic attacks ----------------------------------------------------------------------------

PANIC = [
    ("講義中に心臓がバクバクして息ができなくなる。救急では異常なしと言われた", "ja"),
    ("バイト中に急に動悸がして倒れそうになる。病院の検査は何ともなかった", "ja"),
    ("My heart races and I can't breathe out of nowhere, but the ER found nothing", "en"),
    ("我经常突然心跳很快，喘不过气，可是医院检查说没问题", "zh-hans"),
    ("갑자기 심장이 두근거리고 숨이 막혀요. 검사해도 이상 없대요", "ko"),
    ("Do nada meu coração dispara e fico sem ar, mas os exames deram tudo bem", "pt"),
    (
        "Me late el corazón muy rápido y me falta el aire, en urgencias dicen que no tengo nada",
        "es",
    ),
    ("Biglang bumibilis ang tibok ng puso ko, pero sabi ng doktor wala naman daw", "tl"),
    ("Tự nhiên tim đập nhanh, khó thở, đi khám thì bác sĩ nói không sao", "vi"),
    ("อยู่ๆ หัวใจก็เต้นเร็วมาก หมอตรวจแล้วบอกว่าไม่เป็นอะไร", "th"),
    ("Sering tiba-tiba jantung berdebar dan sesak napas, tapi dokter bilang normal", "id"),
    ("अचानक मुटु धड्किन्छ, सास फेर्न गाह्रो हुन्छ, डाक्टरले केही छैन भने", "ne"),
]


@pytest.mark.parametrize(("text", "lang"), PANIC)
def test_a_racing_heart_the_hospital_found_nothing_behind_reads_the_mind(snapshot, text, lang):
    assert leads(score_needs(text, lang), "mental_health")
    assert first_of(ranked(snapshot, text, lang), MIND_DESKS) < 3


def test_chest_pain_now_keeps_the_emergency_advice_line_first(snapshot):
    # near-miss: an acute pain, nobody has examined it yet
    text = "胸が急に痛くなって冷や汗が出てる。救急車を呼ぶべき？"
    assert ranked(snapshot, text, "ja")[0] == "kyukyu-anshin-7119"


# --- school lunch money -----------------------------------------------------------------------

LUNCH_MONEY = [
    ("きゅうしょく の おかね が はらえない。こども ふたり いる", "ja"),
    ("小学校から給食のお金の催促が来た。パートだけで払えない", "ja"),
    ("給食代を3か月ためてしまった。シングルで余裕がない", "ja"),
    ("I can't pay the school lunch money for my two kids", "en"),
    ("Não tenho dinheiro para pagar a merenda escolar das crianças", "pt"),
    ("Uang makan siang sekolah anak saya belum dibayar tiga bulan", "id"),
    ("아이들 급식비를 세 달째 못 냈어요", "ko"),
    ("孩子学校的午餐费交不起了", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), LUNCH_MONEY)
def test_school_lunch_money_brings_school_expenses_aid(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {"shugaku-enjo"}) < 3


def test_a_schools_reminder_for_lunch_money_is_no_debt():
    assert not leads(score_needs("学校から給食費の督促状が届いた", "ja"), "debt")


def test_a_lunch_left_on_the_plate_is_no_money_trouble(snapshot):
    # near-miss: the lunch, not its price
    text = "給食がおいしくなくて残してしまう"
    assert not leads(score_needs(text, "ja"), "money")
    assert first_of(ranked(snapshot, text, "ja"), {"shugaku-enjo"}) >= 3


# --- living alone with failing sight or after a stroke ----------------------------------------

HOME_CARE = {"chiiki-houkatsu-shien-center", "kaigo-hoken-zaitaku", "shougai-fukushi-service"}

ALONE_AND_IMPAIRED = [
    ("視力が落ちてきて、一人で通院するのが不安。付き添ってくれる人はいないかな", "ja"),
    ("め が みえにくい。ひとりで すんでる。びょういん に いっしょに いって ほしい", "ja"),
    ("脳梗塞をしてから言葉がうまく出ない。一人暮らしで買い物が大変", "ja"),
    ("のうこうそく の あと、て が うごかない。ひとり で くらしてる", "ja"),
    (
        "I'm losing my sight and live alone. Could anyone go with me to the hospital?",
        "en",
    ),
    ("Since my stroke I have trouble speaking, I live alone and shopping is hard", "en"),
    ("中风以后我说话不清楚，一个人住，出门买东西很难", "zh-hans"),
    ("뇌졸중 이후로 말이 잘 안 나와요. 혼자 살아서 장보기가 힘들어요", "ko"),
    ("Depois do derrame tenho dificuldade para falar e moro sozinho", "pt"),
    ("Desde el ictus me cuesta hablar y vivo solo, hacer las compras es difícil", "es"),
    ("Từ khi bị đột quỵ tôi nói khó, sống một mình nên đi chợ rất vất vả", "vi"),
    ("หลังเป็นเส้นเลือดในสมองตีบ พูดไม่ค่อยได้ อยู่คนเดียว", "th"),
    ("Sejak stroke saya sulit bicara dan tinggal sendiri", "id"),
    ("स्ट्रोक भएपछि बोल्न गाह्रो छ, म एक्लै बस्छु", "ne"),
]


@pytest.mark.parametrize(("text", "lang"), ALONE_AND_IMPAIRED)
def test_living_alone_with_failing_sight_or_after_a_stroke_reaches_care_at_home(
    snapshot, text, lang
):
    needs = score_needs(text, lang)
    assert leads(needs, "caregiving") or leads(needs, "disability")
    assert first_of(ranked(snapshot, text, lang), HOME_CARE) < 3


def test_a_stroke_in_kana_reads_health():
    assert leads(score_needs("のうこうそく で にゅういん した", "ja"), "health")


@pytest.mark.parametrize(
    "text", ["一緒にライブに行ってくれる友達がほしい", "料理が苦手で簡単なレシピを知りたい"]
)
def test_company_for_a_concert_or_a_recipe_is_no_care(text):
    # near-miss: someone to go with, a meal to cook, and no one who can no longer manage
    needs = score_needs(text, "ja")
    assert not leads(needs, "caregiving")
    assert not leads(needs, "money")


# --- a small loan from the council of social welfare -----------------------------------------

SMALL_LOAN = [
    ("年金暮らしで、冷蔵庫が壊れて手元に数千円しかない。社協でお金を借りられるって本当？", "ja"),
    ("次の年金まであと3週間、財布には2千円しかない", "ja"),
    ("社会福祉協議会で少しだけお金を貸してもらえる制度があると聞きました", "ja"),
    ("Can the council of social welfare lend me a little money until my pension comes?", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SMALL_LOAN)
def test_a_small_loan_from_the_council_reaches_the_welfare_fund(snapshot, text, lang):
    assert leads(score_needs(text, lang), "money")
    assert first_of(ranked(snapshot, text, lang), {"seikatsu-fukushi-shikin"}) < 3


@pytest.mark.parametrize("text", ["年金の支給日っていつ？", "社協のボランティアに参加してみたい"])
def test_a_pension_day_or_a_volunteers_wish_reads_no_shortage(text):
    assert not leads(score_needs(text, "ja"), "money")


# --- a business that takes a withdrawn son away -------------------------------------------------

REMOVAL_BUSINESS = [
    ("30の息子が何年も部屋から出てこない。引き出し業者に300万円で預けるよう勧められた", "ja"),
    ("ひきこもりの娘を寮に連れて行くという業者と、夫が契約しそう。高額で不安", "ja"),
    ("My son hasn't left his room in years. A company wants 5 million yen to take him away", "en"),
    ("儿子在家闭门不出，有个机构说能把他带走，要三百万日元", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), REMOVAL_BUSINESS)
def test_a_business_that_takes_a_withdrawn_son_away_reaches_the_public_centre(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "hikikomori")
    assert not leads(needs, "sexual_violence")
    found = ranked(snapshot, text, lang)
    assert first_of(found, {"hikikomori-chiiki-shien-center"}) < 3
    assert first_of(found, {"shouhisha-hotline-188"}) < 5


def test_taking_a_withdrawn_son_out_by_force_is_no_sexual_violence():
    text = "業者が息子を無理やり連れ出すやり方は正しいのか"
    assert not leads(score_needs(text, "ja"), "sexual_violence")


def test_being_touched_by_force_stays_sexual_violence():
    # near-miss: 無理やり in its own sense
    assert leads(score_needs("電車で知らない人に無理やり触られた", "ja"), "sexual_violence")


# --- a young mother alone with her baby ------------------------------------------------------

MOTHER_DESKS = {
    "chiiki-kosodate-shien-kyoten",
    "kosodate-sedai-houkatsu-shien-center",
    "sango-care",
}

ALONE_WITH_A_BABY = [
    (
        "生後2か月の娘がいます。義母に育て方を毎日否定されて、夫は残業ばかり。近くにママ友が一人もいない",
        "ja",
    ),
    ("赤ちゃんと二人きりで誰とも話さない日が続く。姑にダメ出しされてつらい", "ja"),
    (
        "I have a 3-month-old, my mother-in-law criticises everything and I have no mum friends",
        "en",
    ),
    ("Tenho um bebê de 2 meses, minha sogra critica tudo e não conheço nenhuma mãe por aqui", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), ALONE_WITH_A_BABY)
def test_a_young_mother_alone_with_her_baby_reaches_the_parent_child_hubs(snapshot, text, lang):
    assert leads(score_needs(text, lang), "child_rearing")
    found = ranked(snapshot, text, lang)
    assert first_of(found, MOTHER_DESKS) < 3
    assert first_of(found, CHILD_ABUSE_DESKS) >= 3


# --- a carer whose parent died, with a blank CV ----------------------------------------------

BACK_TO_WORK = {"hellowork", "saposute", "shushoku-hyougaki-sedai"}
CARE_LEAVE = {"kaigo-kyugyo-seido", "kaigo-kyugyo-kyufu"}

AFTER_THE_CARE = [
    (
        "母の介護のために仕事を辞めて7年。先月母を見送った。43歳で職歴が空白、何から始めればいいか",
        "ja",
    ),
    ("親を看取ったあと、介護離職のブランクが長くて再就職が不安", "ja"),
    (
        "I left work to care for my mother for 8 years. She died and now there's a gap in my CV",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "lang"), AFTER_THE_CARE)
def test_a_carer_whose_parent_died_reaches_hello_work(snapshot, text, lang):
    assert leads(score_needs(text, lang), "job_loss")
    found = ranked(snapshot, text, lang)
    assert first_of(found, BACK_TO_WORK) < 3
    assert first_of(found, CARE_LEAVE) >= 3


def test_a_carer_still_caring_who_looks_for_work_keeps_care():
    # near-miss: the care goes on
    assert leads(
        score_needs("母の介護を続けながら、週に何日か働ける仕事を探したい", "ja"), "caregiving"
    )


# --- a pregnancy lost and a grieving partner -------------------------------------------------

GRIEF_AFTER_A_LOSS = [
    ("妻が流産してから毎日泣いていて、食事もほとんどとらない", "ja"),
    ("My wife lost the pregnancy last month, she cries all day and won't eat", "en"),
    ("मेरी श्रीमतीको गर्भ तुहियो, अहिले दिनभर रुन्छिन्", "ne"),
    ("meri srimati ko garbha tuhiyo, ahile din bhari runchhin", "ne"),
    ("Vợ tôi bị sảy thai, từ đó ngày nào cũng khóc, bỏ ăn", "vi"),
    ("我老婆流产以后每天都在哭，吃不下饭", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), GRIEF_AFTER_A_LOSS)
def test_grief_after_a_pregnancy_lost_reaches_a_mind_desk(snapshot, text, lang):
    assert leads(score_needs(text, lang), "mental_health")
    assert first_of(ranked(snapshot, text, lang), MIND_DESKS | {"hoken-center"}) < 3


# --- lunch skipped to send money home ------------------------------------------------------------

FOOD_AND_FOREIGN = {"food-bank", "fresc", "seikatsu-konkyusha-jiritsu-soudan", "hoken-center"}

MEALS_SKIPPED = [
    ("くに の かぞく に おかね おくる から ひるごはん ぬく。しごと で ふらふら", "ja"),
    ("仕送りのために昼ご飯を抜いている。仕事中にめまいがする", "ja"),
    ("I skip lunch so I can send more money home, and I feel dizzy at work", "en"),
    ("Em nhịn ăn trưa để gửi tiền về nhà, đi làm hay chóng mặt", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), MEALS_SKIPPED)
def test_lunch_skipped_to_send_money_home_is_no_neglected_child(snapshot, text, lang):
    assert not leads(score_needs(text, lang), "child_abuse")
    found = ranked(snapshot, text, lang)
    assert first_of(found, FOOD_AND_FOREIGN) < 3
    assert first_of(found, CHILD_ABUSE_DESKS) >= 5


def test_a_child_left_without_meals_keeps_child_abuse():
    # near-miss: a child writes of a parent who does not feed them
    assert leads(score_needs("お母さんがご飯を作ってくれない。おなかすいた", "ja"), "child_abuse")


def test_a_diet_is_no_money_trouble():
    assert not leads(score_needs("ダイエット中で昼ご飯を抜いている", "ja"), "money")


# --- a husband's secret loans ------------------------------------------------------------------

DEBT_DESKS = {"houterasu", "jcco-credit-counseling"}

SECRET_LOANS = [
    ("夫が内緒で消費者金融から借りていて、毎日督促の電話がくる", "ja"),
    ("おっと が ないしょ で おかね を かりた。まいにち でんわ が くる", "ja"),
    ("My husband took out loans behind my back and collectors ring me every day", "en"),
    ("Meu marido fez empréstimos escondido de mim e agora ligam todo dia cobrando", "pt"),
    ("Mi esposo sacó préstamos a escondidas y los cobradores me llaman a diario", "es"),
    ("Nangutang nang palihim ang asawa ko, araw-araw may naniningil sa akin", "tl"),
    ("Chồng tôi vay tiền sau lưng tôi, ngày nào cũng có người gọi đòi nợ", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), SECRET_LOANS)
def test_a_husbands_secret_loans_read_debt_not_violence(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "debt")
    assert not leads(needs, "violence_at_home")
    found = ranked(snapshot, text, lang)
    assert first_of(found, DEBT_DESKS) < 3
    assert first_of(found, PARTNER_DESKS) >= 3


def test_a_husband_who_hits_over_his_debt_keeps_violence_at_home():
    # near-miss: the debt and the blows
    assert leads(score_needs("夫が借金して、返せと言って私を殴る", "ja"), "violence_at_home")


# --- called stupid at work -----------------------------------------------------------------------

RIGHTS_AND_LABOUR = {
    "minna-no-jinken-110",
    "sougou-roudou-soudan-corner",
    "shougaisha-shugyo-seikatsu-shien-center",
}

CALLED_STUPID = [
    ("こうじょう の ひと みんな が ぼく に ばか って いう。しごと いきたくない", "ja"),
    ("職場でみんなにバカと言われる。辞めたいけど親に怒られる", "ja"),
    ("Everyone at the factory calls me stupid. I want to quit but my mother would be angry", "en"),
    ("Na fábrica todo mundo me chama de burro, quero pedir demissão", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), CALLED_STUPID)
def test_a_worker_called_stupid_reaches_the_rights_line_or_the_labour_corner(snapshot, text, lang):
    found = ranked(snapshot, text, lang)
    assert first_of(found, RIGHTS_AND_LABOUR) < 3
    assert found[0] != "koyou-hoken-kihon-teate"


def test_stupidly_hot_is_no_insult():
    needs = score_needs("今日はばかみたいに暑い", "ja")
    assert not leads(needs, "bullying")
    assert not leads(needs, "human_rights")


# --- a child hurt by the mother's boyfriend ----------------------------------------------------

CHILD_LINES = CHILD_ABUSE_DESKS | {"childline", "24h-kodomo-sos-dial"}

MOTHERS_BOYFRIEND = [
    ("ママの彼氏がお酒を飲むとぼくを蹴ってくる", "ja"),
    ("お母さんの恋人に毎晩たたかれる。お母さんは止めてくれない", "ja"),
    ("My mum's boyfriend hits me and my sister when he drinks", "en"),
    ("O namorado da minha mãe me bate quando bebe", "pt"),
    ("El novio de mi mamá me pega cuando toma", "es"),
    ("Sinasaktan ako ng boyfriend ng nanay ko kapag lasing siya", "tl"),
]


@pytest.mark.parametrize(("text", "lang"), MOTHERS_BOYFRIEND)
def test_a_child_hurt_by_the_mothers_boyfriend_sees_the_child_desks_first(snapshot, text, lang):
    assert ranked(snapshot, text, lang, audience="child")[0] in CHILD_LINES


def test_the_mothers_boyfriend_who_kicks_reads_child_abuse():
    needs = score_needs("母ちゃんの彼氏がよっぱらうと妹とおれをける", "ja")
    assert leads(needs, "child_abuse")
    assert needs["child_abuse"] >= needs.get("violence_at_home", 0.0)


def test_a_teenager_hit_by_her_own_boyfriend_keeps_the_partner_desks(snapshot):
    # near-miss: her own partner, no parent's
    found = ranked(snapshot, "彼氏に殴られる。こわい", "ja", audience="child")
    assert first_of(found, PARTNER_DESKS) < 3


def test_a_hurt_child_adds_child_abuse_to_a_partner_violence_crisis():
    dv = CrisisResult(True, ("dv",), ("110",))
    needs = {"child_abuse": 0.74, "violence_at_home": 0.5}
    assert with_hurt_child(dv, needs, is_child=True).kinds == ("child_abuse", "dv")
    assert with_hurt_child(dv, needs, is_child=False) == dv
    partner = {"violence_at_home": 0.85, "child_abuse": 0.5}
    assert with_hurt_child(dv, partner, is_child=True) == dv
