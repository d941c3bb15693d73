"""Need and ranking families of session ZD (held-out scenario batches 33 and 34, released for
tuning), over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- a note, a leaflet or a shout telling foreigners or an ethnic minority to leave, and police
  who stop someone again and again for looking foreign (in easy Japanese too), read human
  rights: the foreign-language rights line or the rights line among the first three; being
  stopped by the police once, or going home to one's country for a holiday, is no rights case;
- a teenager out at night with older youths, no longer at school, brought home by the
  police, reads delinquency: the juvenile support centre or the child guidance centre among
  the first three; games with older boys online, a night shift, or a lost grandmother brought
  home by the police are no delinquency;
- a foreign worker pregnant for some weeks or months whose boyfriend went back to his country
  reads pregnancy before work: a pregnancy desk among the first three and no labour desk
  first; a stomach ache of two months is no pregnancy;
- a parent worn out by a disabled child who does not sleep, asking where the child could stay
  (short stay, respite): disability services among the first three; a baby who cries at night
  keeps the parenting desks;
- a death told softly or in dialect (逝く, 逝ってしもた) with the pension and the bank left to
  sort out reads bereavement: the survivors' pension among the first three; a computer that
  "逝った" is no death;
- a father raising his children alone (父親ひとり, 男手ひとつ) with nobody once the after-school
  club has closed: the family support centre or the single parents' daily-life help among the
  first three; a job search while the child is at the club keeps the job search;
- a landlord who tells a family to leave after noise complaints about the children (おおやさん …
  でて in kana too), and no next home: legal aid or the housing desks among the first three,
  no child-abuse line first; a neighbour's noise alone is no eviction;
- sight failing from glaucoma, a white cane and learning to go out with it read disability:
  assistive devices or disability services among the first three; glaucoma drops alone are
  health, and an old man's cane after knee surgery no disability;
- a child starting junior high or first grade and a uniform or bag the parent cannot pay for:
  school expenses aid (就学援助) among the first three; a uniform's new design or a uniform
  grown too small is no money trouble;
- a team leader caught between management and staff (板挟み), stomach aching, wanting only to
  be listened to about work: the workers' hotline or the work mental-health portal among the
  first three; loneliness alone keeps the listening lines first;
- taken to a hotel by a boss after drinks although she refused reads sexual violence in eight
  languages (the sexual-violence desks among the first three in Japanese and English); a hotel
  that was full, or a room one refused to share, is no sexual violence.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

RIGHTS_DESKS = {"gaikokugo-jinken-soudan", "minna-no-jinken-110"}
CHILD_ABUSE_DESKS = {"jidou-soudanjo", "jisou-189"}
PREGNANCY_DESKS = {
    "ninshin-sos-zenkoku",
    "kosodate-sedai-houkatsu-shien-center",
    "ninpu-kenshin-josei",
}
LABOUR_DESKS = {
    "sougou-roudou-soudan-corner",
    "roudou-kijun-kantokusho",
    "roudou-jouken-soudan-hotline",
}
SEXUAL_VIOLENCE_DESKS = {"one-stop-seibouryoku", "seihanzai-higai-soudan-8103"}

# --- hate notes and police stops for looking foreign ------------------------------------------

HATE_AND_PROFILING = [
    ("近所の電柱に「外国人は国へ帰れ」という貼り紙が何枚も貼られていた。家族が怖がっている", "ja"),
    ("家のポストに在日は出ていけと書いた手紙が入っていた。警察に言うべきか", "ja"),
    ("外国人だからという理由で、駅前で警察に何度も職務質問される", "ja"),
    (
        "けいさつ に なんかい も とめられて 「ざいりゅうカード "
        "みせて」 と いわれる。 がいこくじん だから です か",
        "ja",
    ),
    ("Someone left a note in my mailbox telling foreigners to go home. I am scared to sleep", "en"),
    (
        "The police keep stopping me at the station to check my "
        "residence card, only because I look foreign",
        "en",
    ),
    ('현관문에 "외국인은 돌아가라"는 쪽지가 붙어 있었어요. 너무 무서워요', "ko"),
    ("경찰이 외국인이라는 이유로 자꾸 불심검문을 해요", "ko"),
    ("Colaram um papel na minha porta dizendo que estrangeiro tem que voltar pro seu país", "pt"),
    ("A polícia me para toda semana pra ver meu zairyu card só porque sou estrangeiro", "pt"),
    ('有人在我家信箱里塞了"外国人滚出去"的纸条，我很害怕', "zh-hans"),
    ("Cảnh sát cứ chặn tôi lại hỏi thẻ cư trú chỉ vì tôi là người nước ngoài", "vi"),
    ("Me dejaron una carta en el buzón diciendo que los extranjeros se vayan de Japón", "es"),
]


@pytest.mark.parametrize(("text", "lang"), HATE_AND_PROFILING)
def test_hate_notes_and_police_stops_for_looking_foreign_reach_the_rights_lines(
    snapshot, text, lang
):
    assert leads(score_needs(text, lang), "human_rights")
    assert first_of(ranked(snapshot, text, lang), RIGHTS_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("けいさつ に とめられる", "ja"),
        ("来月、家族で国へ帰る予定です。飛行機の手続きを知りたい", "ja"),
        ("I'm going home to my country for Christmas", "en"),
    ],
)
def test_one_police_stop_or_a_trip_home_is_no_rights_case(text, lang):
    assert not leads(score_needs(text, lang), "human_rights")


# --- a teenager out at night with older youths ------------------------------------------------

JUVENILE_DESKS = {"houmu-shounen-shien-center", "jidou-soudanjo"}

OUT_AT_NIGHT = [
    ("中3の息子が学校に行かず、夜中に年上の仲間とたむろしている。補導されたこともある", "ja"),
    ("高1の娘が毎晩夜遊びして朝帰り。注意しても聞かない", "ja"),
    (
        "My 15-year-old son skips school and hangs out at night with older boys. "
        "The police brought him home last week",
        "en",
    ),
    (
        "Minha filha de 15 anos não vai mais à escola e passa a "
        "noite fora com uns amigos mais velhos",
        "pt",
    ),
    ("Meu filho de 15 anos fica na rua até de madrugada e a polícia trouxe ele pra casa", "pt"),
    ("Mi hijo de 14 años anda con una pandilla, la policía lo trajo a casa dos veces", "es"),
    (
        "Yung anak kong 16 ay hindi na pumapasok, gabi-gabi "
        "kasama ng mga barkada, nahuli na ng pulis",
        "tl",
    ),
    (
        "Con trai tôi 15 tuổi bỏ học, tối nào cũng đi chơi với "
        "mấy đứa lớn hơn, công an đã đưa về nhà",
        "vi",
    ),
]


@pytest.mark.parametrize(("text", "lang"), OUT_AT_NIGHT)
def test_a_teenager_out_at_night_with_older_youths_reaches_the_juvenile_desks(snapshot, text, lang):
    assert leads(score_needs(text, lang), "crime_rehabilitation")
    assert first_of(ranked(snapshot, text, lang), JUVENILE_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My son stays up late playing games with older boys online", "en"),
        ("Meu filho chega tarde porque trabalha no turno da noite", "pt"),
        ("The police brought my lost grandmother home last night", "en"),
        ("息子が部活の先輩と夜遅くまで練習している", "ja"),
    ],
)
def test_games_a_night_shift_or_a_lost_grandmother_are_no_delinquency(text, lang):
    assert not leads(score_needs(text, lang), "crime_rehabilitation")


# --- a foreign worker pregnant, her boyfriend gone home ----------------------------------------

PREGNANT_ALONE = [
    ("ท้องได้สองเดือน แฟนหนีกลับบ้านไปแล้ว ทำงานอยู่ที่โรงงาน ไม่รู้จะไปโรงพยาบาลไหน", "th"),
    ("ตั้งท้องได้ 10 สัปดาห์ ทำงานโรงงาน แฟนกลับประเทศไปแล้ว ไม่รู้จะหาหมอที่ไหน", "th"),
    (
        "Em có thai 2 tháng, bạn trai về nước rồi, em đang làm ở xưởng, không biết đi khám ở đâu",
        "vi",
    ),
    (
        "Saya hamil dua bulan, pacar sudah pulang ke negaranya. Saya kerja di pabrik, "
        "tidak tahu harus ke dokter mana",
        "id",
    ),
    (
        "I'm 10 weeks pregnant, my boyfriend went back to his country and I work at a factory. "
        "Where can I see a doctor?",
        "en",
    ),
    ("म दुई महिनाको गर्भवती छु, प्रेमी आफ्नो देश फर्कियो, कुन अस्पताल जाने थाहा छैन", "ne"),
    (
        "Buntis ako ng dalawang buwan, umuwi na sa bansa niya ang boyfriend ko. "
        "Saan ako pwedeng magpatingin?",
        "tl",
    ),
]


@pytest.mark.parametrize(("text", "lang"), PREGNANT_ALONE)
def test_a_pregnant_worker_whose_boyfriend_went_home_reaches_the_pregnancy_desks(
    snapshot, text, lang
):
    needs = score_needs(text, lang)
    assert leads(needs, "pregnancy")
    assert needs["pregnancy"] >= needs.get("work", 0.0)
    found = ranked(snapshot, text, lang)
    assert first_of(found, PREGNANCY_DESKS) < 3
    assert found[0] not in LABOUR_DESKS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "My stomach has hurt for two months, I work at a factory. Where can I see a doctor?",
            "en",
        ),
        ("Perut saya sakit sudah dua bulan, saya kerja di pabrik", "id"),
    ],
)
def test_a_stomach_ache_of_two_months_is_no_pregnancy(snapshot, text, lang):
    assert not leads(score_needs(text, lang), "pregnancy")
    assert first_of(ranked(snapshot, text, lang), PREGNANCY_DESKS) >= 3


# --- respite for the parent of a disabled child ------------------------------------------------

RESPITE = {"shougai-fukushi-service", "shougaiji-shien", "kosodate-tanki-shien"}

NO_SLEEP_NO_REST = [
    (
        "しょうがい が ある むすめ が います。 よる ぜんぜん ねません。 すこし やすみ たい です。",
        "ja",
    ),
    ("発達障害の息子が夜ほとんど寝てくれない。私も限界で、少しでも預けて休みたい", "ja"),
    (
        "こども に しょうがい が あります。 よる ねない です。 "
        "わたし も つかれました。 あずける ところ ありますか",
        "ja",
    ),
    (
        "しょうがい の ある むすこ が よる ねません。 わたし も つかれて います。 やすみ たい です",
        "ja",
    ),
    ("重い障害のある娘の介護で、もう何日もまともに寝ていない。一晩でいいから預けたい", "ja"),
    (
        "My disabled daughter hardly sleeps at night and I'm exhausted. "
        "Is there somewhere she can stay for a night so I can rest?",
        "en",
    ),
    ("My autistic son doesn't sleep and I haven't slept properly in weeks. I need a break", "en"),
    (
        "Meu filho tem autismo e não dorme à noite. Estou exausta, "
        "queria um lugar para deixá-lo um pouco",
        "pt",
    ),
]


@pytest.mark.parametrize(("text", "lang"), NO_SLEEP_NO_REST)
def test_a_parent_worn_out_by_a_disabled_child_reaches_disability_services(snapshot, text, lang):
    assert leads(score_needs(text, lang), "disability")
    assert first_of(ranked(snapshot, text, lang), RESPITE) < 3


def test_a_baby_who_cries_at_night_keeps_the_parenting_desks(snapshot):
    # near-miss: an exhausted parent, no disability
    text = "赤ちゃんが夜泣きして寝てくれない。少し休みたい"
    assert not leads(score_needs(text, "ja"), "disability")
    assert first_of(ranked(snapshot, text, "ja"), {"shougai-fukushi-service"}) >= 3


# --- a death told softly, the paperwork left behind ---------------------------------------------

SOFTLY_TOLD_DEATH = [
    "うちの人が先月逝ってしもて、年金やら銀行やら何ひとつわからへん",
    "主人が急に逝ってしまって、通帳も年金も全部主人がやってたから何から手をつければいいか",
    "女房が逝って半年。年金の手続きをまだしていない",
]


@pytest.mark.parametrize("text", SOFTLY_TOLD_DEATH)
def test_a_death_told_softly_reaches_the_survivors_pension(snapshot, text):
    assert leads(score_needs(text, "ja"), "bereavement")
    assert first_of(ranked(snapshot, text, "ja"), {"izoku-nenkin"}) < 3


def test_a_computer_that_died_is_no_death():
    assert not leads(score_needs("パソコンが逝った。データが全部消えた", "ja"), "bereavement")


# --- a father alone with the children after the after-school club --------------------------------

CHILDCARE = {"family-support-center", "hitorioya-nichijou-seikatsu-shien"}

FATHER_ALONE = [
    (
        "息子は小1で、父親ひとりで育ててる。"
        "学童が閉まったあと頼れる人がいない。ママ友の輪にも入れない",
        "ja",
    ),
    ("シングルファーザーで小1の娘がいる。学童が終わった後、残業の日に預ける人がいない", "ja"),
    ("父子家庭です。仕事で帰りが遅い日に子どもを見てくれる人を探しています", "ja"),
    ("父親ひとりで小3の娘を育てている。帰りが遅くて、学童が閉まった後に頼れる人がいない", "ja"),
    ("妻と離婚して男手ひとつで息子を育てている。学童が閉まった後に見てくれる人がいない", "ja"),
    (
        "I'm a single dad and after-school club closes at 6. On late shifts there's nobody "
        "to look after my son",
        "en",
    ),
    (
        "Sou pai solteiro, a creche fecha às 18h e eu saio do trabalho às 20h. "
        "Não tenho quem cuide do meu filho",
        "pt",
    ),
]


@pytest.mark.parametrize(("text", "lang"), FATHER_ALONE)
def test_a_father_alone_after_the_club_closes_reaches_the_family_support_centre(
    snapshot, text, lang
):
    needs = score_needs(text, lang)
    assert leads(needs, "single_parent")
    assert not leads(needs, "job_loss")
    assert first_of(ranked(snapshot, text, lang), CHILDCARE) < 3


def test_nobody_to_rely_on_alone_at_home_stays_loneliness():
    # near-miss: nobody to rely on, and no children to be looked after
    assert leads(score_needs("一人暮らしで頼れる人がいない", "ja"), "loneliness")


def test_a_job_search_while_the_child_is_at_the_club_keeps_the_job_search():
    # near-miss: 探す is the person's own job search here
    assert leads(score_needs("仕事を探しています。子どもは学童に預けています", "ja"), "job_loss")


# --- an eviction after noise complaints ---------------------------------------------------------

EVICTION_DESKS = {"houterasu", "safety-net-jutaku", "jukyo-kakuho-kyufukin", "fresc"}

TOLD_TO_LEAVE = [
    (
        "おおやさん が 「こども が うるさい から でて」 "
        "と いいます。 あたらしい いえ が ありません",
        "ja",
    ),
    (
        "こども が ふたり います。 となり の ひと が 「うるさい」 と "
        "いいました。 おおやさん が 「でて ください」 と いいます",
        "ja",
    ),
    (
        "子どもの足音がうるさいと苦情が来て、大家から"
        "退去してくれと言われた。次の部屋が見つからない",
        "ja",
    ),
    (
        "My landlord says I have to move out because of noise complaints about my kids, "
        "and I can't find another apartment",
        "en",
    ),
    (
        "Chủ nhà bảo tôi phải dọn đi vì hàng xóm phàn nàn con tôi ồn, tôi không tìm được nhà mới",
        "vi",
    ),
    (
        "O dono do apartamento mandou a gente sair por causa do "
        "barulho das crianças e não acho outro lugar",
        "pt",
    ),
]


@pytest.mark.parametrize(("text", "lang"), TOLD_TO_LEAVE)
def test_a_family_told_to_leave_after_noise_complaints_reaches_the_housing_desks(
    snapshot, text, lang
):
    assert leads(score_needs(text, lang), "housing")
    found = ranked(snapshot, text, lang)
    assert first_of(found, EVICTION_DESKS) < 3
    assert found[0] not in CHILD_ABUSE_DESKS


def test_a_neighbours_noise_alone_is_no_eviction():
    assert not leads(score_needs("となりの部屋の人が夜うるさくて眠れない", "ja"), "housing")


# --- sight failing, a white cane -----------------------------------------------------------------

SIGHT_DESKS = {"hosougu-hi", "shougai-fukushi-service"}

SIGHT_FAILING = [
    ("緑内障で視野が欠けてきて、仕事も辞めた。一人で歩くのが不安。白杖の練習はどこで", "ja"),
    ("目がだんだん見えなくなってきた。杖を使って歩く練習をしたい", "ja"),
    (
        "My sight is going because of glaucoma. Where can I get a "
        "white cane and learn to walk with it?",
        "en",
    ),
    ("我因为青光眼视力越来越差，想申请盲杖，还想学怎么一个人出门", "zh-hans"),
    ("녹내장 때문에 시야가 좁아졌어요. 흰 지팡이는 어디서 받을 수 있나요", "ko"),
    ("Estou perdendo a visão por glaucoma. Onde consigo uma bengala branca?", "pt"),
    ("Estoy perdiendo la vista por glaucoma y me da miedo salir sola", "es"),
    ("Tôi bị tăng nhãn áp, mắt kém dần, muốn xin gậy trắng", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), SIGHT_FAILING)
def test_sight_failing_reaches_assistive_devices_or_disability_services(snapshot, text, lang):
    assert leads(score_needs(text, lang), "disability")
    assert first_of(ranked(snapshot, text, lang), SIGHT_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("緑内障の目薬がなくなったので眼科に行きたい", "ja"),
        ("My grandfather uses a cane since his knee surgery", "en"),
    ],
)
def test_glaucoma_drops_or_a_cane_after_knee_surgery_are_no_disability(text, lang):
    assert not leads(score_needs(text, lang), "disability")


# --- a uniform for a child starting school -------------------------------------------------------

UNIFORM = [
    ("娘が来年中学に上がる。制服や体操服をそろえるお金がない", "ja"),
    ("入学準備のお金が用意できない。ランドセルも高い", "ja"),
    ("息子が春から中学。制服とカバンで8万かかると聞いて頭が痛い。ひとり親で余裕がない", "ja"),
    ("My son starts junior high in April and I can't afford the uniform and bag", "en"),
    ("Meu filho vai entrar no chugakko e não tenho dinheiro para o uniforme", "pt"),
    ("Mi hija empieza la secundaria y el uniforme es muy caro, no me alcanza", "es"),
    ("Con tôi sắp vào cấp hai, tiền đồng phục đắt quá, tôi không đủ tiền", "vi"),
    ("孩子明年上初中，校服和书包的钱我拿不出来", "zh-hans"),
]


@pytest.mark.parametrize(("text", "lang"), UNIFORM)
def test_a_uniform_for_a_child_starting_school_brings_school_expenses_aid(snapshot, text, lang):
    assert leads(score_needs(text, lang), "school")
    assert first_of(ranked(snapshot, text, lang), {"shugaku-enjo"}) < 3


@pytest.mark.parametrize("text", ["制服のデザインが変わるらしい", "中学の制服が小さくなってきた"])
def test_a_uniforms_design_or_size_is_no_money_trouble(text):
    assert not leads(score_needs(text, "ja"), "money")


# --- caught between management and staff -------------------------------------------------------

WORK_LISTENERS = {"hataraku-hito-no-nayami-hotline", "kokoro-no-mimi"}

CAUGHT_BETWEEN = [
    ("職場で上司と部下の板挟みで、毎日胃が痛い。誰かに話を聞いてほしい", "ja"),
    (
        "工場でリーダーをしていて、外国人の部下と上司の板挟み。毎日胃が痛い。話を聞いてほしいだけ",
        "ja",
    ),
    ("仕事の人間関係で疲れ切っている。辞めるほどじゃないけど誰かに聞いてほしい", "ja"),
    (
        "I'm stuck between my boss and my team at work, my stomach hurts every day. "
        "I just want someone to listen",
        "en",
    ),
    (
        "No trabalho fico entre o chefe e os colegas, estou com dor de estômago todo dia, "
        "só queria desabafar",
        "pt",
    ),
    (
        "Ở công ty tôi bị kẹp giữa sếp và nhân viên, ngày nào cũng đau dạ dày, "
        "chỉ muốn có người nghe tôi nói",
        "vi",
    ),
    (
        "En el trabajo estoy entre mi jefe y mis compañeros, me "
        "duele el estómago y solo quiero desahogarme",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "lang"), CAUGHT_BETWEEN)
def test_a_worker_caught_between_two_sides_reaches_the_workers_hotline(snapshot, text, lang):
    assert leads(score_needs(text, lang), "work")
    assert first_of(ranked(snapshot, text, lang), WORK_LISTENERS) < 3


def test_loneliness_alone_keeps_the_listening_lines_first(snapshot):
    # near-miss: someone to listen, and no work
    found = ranked(snapshot, "毎日一人で寂しい。誰かに話を聞いてほしい", "ja")
    assert found[0] not in WORK_LISTENERS


# --- taken to a hotel by a boss against her refusal ----------------------------------------------

HOTEL_AGAINST_REFUSAL = [
    (
        "取引先との飲み会のあと、部長に送ると言われてホ"
        "テルに入られた。断ったのに。体の震えが止まらない",
        "ja",
    ),
    ("先輩に断ったのにホテルに連れ込まれた。アフターピルってどこでもらえる", "ja"),
    (
        "After the office party my manager took me to a hotel even though I said no. "
        "I can't stop shaking",
        "en",
    ),
    ("Depois da festa da empresa meu chefe me levou para um hotel, mesmo eu dizendo não", "pt"),
    ("Después de la cena del trabajo mi jefe me llevó a un hotel aunque dije que no", "es"),
    ("Sau buổi nhậu công ty, sếp đưa tôi vào khách sạn dù tôi đã từ chối", "vi"),
    ("公司聚餐后上司把我带到酒店，我拒绝了也没用", "zh-hans"),
    ("회식 끝나고 과장이 호텔로 데려갔어요. 싫다고 했는데", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), HOTEL_AGAINST_REFUSAL)
def test_taken_to_a_hotel_against_her_refusal_reads_sexual_violence(text, lang):
    assert leads(score_needs(text, lang), "sexual_violence")


@pytest.mark.parametrize(("text", "lang"), HOTEL_AGAINST_REFUSAL[:3])
def test_taken_to_a_hotel_against_her_refusal_reaches_the_sexual_violence_desks(
    snapshot, text, lang
):
    assert first_of(ranked(snapshot, text, lang), SEXUAL_VIOLENCE_DESKS) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("出張のホテルを予約したら満室で断られた", "ja"),
        ("My boss booked a hotel for the team trip and I said no to sharing a room", "en"),
    ],
)
def test_a_full_hotel_or_a_room_not_shared_is_no_sexual_violence(text, lang):
    assert not leads(score_needs(text, lang), "sexual_violence")
