"""Need and ranking families of session ZM, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- 賭ける counts by its kanji only: read as かける it matched every 電話をかける, 出かける,
  話しかける or 間違えかける and read an addiction; betting money still reads one;
- a widow or widower afraid to part with the ashes or to be alone after a spouse's death
  grieves and reads no partner's violence (ja, en); a living husband who frightens still does;
- a worker left alone on every shift (一人体制, a one-person shop) with no break or no time to
  eat, exhausted and near mistakes, reads work (no empty purse, no neglected child, no
  childcare alone) and reaches the workers' lines and labour desks; ワンオペ育児 is still
  child-rearing;
- a parent or grandparent living in a group home (their medicines, their sleep) reads care for
  an older person, and the 先生 who prescribes is a doctor, not a teacher: the community support
  centre comes first; a disabled son's group home still reads disability, a class group still
  reads bullying, a teacher still reads school;
- picking one's skin or biting one's nails and unable to stop is a compulsion of the mind
  (mental health, no addiction), and the mental-health centre comes among the first three;
  drinking one cannot stop still reads an addiction;
- work one cannot do or go to for grief or illness (仕事もできない, can't work) is a job still
  held, not a job lost; letting go of someone is no dismissal; a closed company or a dismissal
  still reads a lost job;
- a death far away (back home, across the country) with no way to go back for the funeral, and
  tears that keep coming: grief for the listening lines, which come among the first three (ja,
  easy ja, en, tl, vi, pt, es, id, zh, ne, ko); a funeral one will attend reads no loneliness.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

WORKERS_LINES = {
    "hataraku-hito-no-nayami-hotline",
    "kokoro-no-mimi",
    "roudou-jouken-soudan-hotline",
    "roudou-kijun-kantokusho",
    "sougou-roudou-soudan-corner",
}
COMMUNITY_CENTRE = "chiiki-houkatsu-shien-center"
MENTAL_HEALTH_CENTRE = "seishin-hoken-fukushi-center"
LISTENING_LINES = {"yorisoi-hotline", "kokoro-no-hotto-chat", "jishi-izoku-soudan-dial"}
DV_DESKS = {"haiguusha-bouryoku-soudan-shien-center", "dv-soudan-plus", "dv-soudan-navi"}

# --- かける is no gambling -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母に毎日電話をかけているけど、最近元気がない",
        "出かけるのが億劫で、週末はずっと家にいる",
        "近所の人に話しかけるのが苦手です",
        "仕事で発注を間違えかけて、上司に注意された",
    ],
)
def test_kakeru_of_a_call_or_an_outing_reads_no_addiction(text):
    assert not leads(score_needs(text, "ja"), "dependence")


@pytest.mark.parametrize(
    "text",
    ["夫が競馬にお金を賭けてしまう", "借金してまで賭けることをやめられない"],
)
def test_betting_money_still_reads_an_addiction(text):
    assert leads(score_needs(text, "ja"), "dependence")


# --- a widow afraid after a death ------------------------------------------------------------

WIDOWED = [
    ("夫が亡くなって2年、遺骨を手元に置いたまま。手放すのが怖くて毎日話しかけています", "ja"),
    ("主人に先立たれてから、夜ひとりでいるのが怖い", "ja"),
    ("妻が死んで一年、仏壇の前から離れるのがこわい", "ja"),
    ("My husband passed away last year and I'm scared to scatter his ashes", "en"),
    ("Since my wife died I am afraid of being in the house at night", "en"),
]


@pytest.mark.parametrize(("text", "lang"), WIDOWED)
def test_fear_after_a_spouses_death_reads_grief_not_violence(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "bereavement")
    assert not leads(needs, "violence_at_home")


@pytest.mark.parametrize(("text", "lang"), WIDOWED)
def test_fear_after_a_spouses_death_reaches_no_violence_desk_first(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), DV_DESKS) >= 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("夫が怒鳴るので怖い。家に帰りたくない", "ja"),
        ("I'm scared of my husband, he hits me when he drinks", "en"),
    ],
)
def test_a_living_husband_who_frightens_still_reads_violence(text, lang):
    assert leads(score_needs(text, lang), "violence_at_home")


# --- alone on every shift with no break ------------------------------------------------------

ALONE_ON_SHIFT = [
    ("店がワンオペで休憩もなく、昼ごはんを食べる暇もない。ふらふらでミスが増えた", "ja"),
    ("人手が足りなくて毎日ひとりで回してる。昼休みもなくてもう限界", "ja"),
    ("うちの店舗はずっと一人体制で、昼も食べてない。このままだと事故を起こしそう", "ja"),
    (
        "I run the shop alone every shift with no lunch break and I nearly made a serious mistake",
        "en",
    ),
    ("trabalho sozinho no turno, sem intervalo para almoçar, e quase errei por cansaço", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), ALONE_ON_SHIFT)
def test_a_worker_alone_on_shift_reads_work(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "work")
    for other in ("money", "child_abuse", "child_rearing"):
        assert not leads(needs, other)


@pytest.mark.parametrize(("text", "lang"), ALONE_ON_SHIFT)
def test_a_worker_alone_on_shift_reaches_the_workers_lines(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), WORKERS_LINES) < 3


def test_childcare_alone_still_reads_child_rearing():
    assert leads(score_needs("ワンオペ育児で休む暇もない。夫は帰りが遅い", "ja"), "child_rearing")


# --- a parent in a group home ----------------------------------------------------------------

PARENT_IN_GROUP_HOME = [
    ("グループホームにいる母が、先生に薬を増やされてから一日中ぼんやりしている", "ja"),
    ("祖母がグループホームに入ってから薬が増えて、面会しても話ができない", "ja"),
    (
        "My mother is in a dementia group home and sleeps all day since her new medicine",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "lang"), PARENT_IN_GROUP_HOME)
def test_a_parent_in_a_group_home_reads_care(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "caregiving")
    for other in ("school", "relationships", "bullying"):
        assert not leads(needs, other)


@pytest.mark.parametrize(("text", "lang"), PARENT_IN_GROUP_HOME)
def test_a_parent_in_a_group_home_reaches_the_community_centre_first(snapshot, text, lang):
    assert ranked(snapshot, text, lang)[0] == COMMUNITY_CENTRE


def test_a_disabled_sons_group_home_still_reads_disability():
    assert leads(
        score_needs("知的障害のある息子がグループホームに入れるか相談したい", "ja"), "disability"
    )


def test_a_class_group_and_a_teacher_still_read_bullying_and_school():
    needs = score_needs("クラスのグループから外されて先生も助けてくれない", "ja")
    assert leads(needs, "bullying")
    assert leads(needs, "school")


# --- skin picking and nail biting ------------------------------------------------------------

PICKING = [
    ("指の皮をむしるのがやめられない。血が出てもやってしまう", "ja"),
    ("爪を噛むのが止められなくて、指先がぼろぼろ。大人なのに恥ずかしい", "ja"),
    ("I can't stop picking the skin on my fingers until they bleed", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PICKING)
def test_skin_picking_reads_the_mind_not_an_addiction(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "mental_health")
    assert not leads(needs, "dependence")


@pytest.mark.parametrize(("text", "lang"), PICKING)
def test_skin_picking_reaches_the_mental_health_centre(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {MENTAL_HEALTH_CENTRE}) < 3


def test_drinking_one_cannot_stop_still_reads_an_addiction():
    assert leads(score_needs("お酒がやめられない", "ja"), "dependence")


# --- work one cannot do is no job lost -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("母が亡くなってから涙が止まらず、仕事もできない", "ja"),
        ("うつで仕事に行けない日が続いている", "ja"),
        ("仕事ができないと上司に言われる", "ja"),
        ("Since my mother died I cry all the time and I can't work", "en"),
        ("I can't let them go, his clothes are still in the wardrobe", "en"),
    ],
)
def test_work_one_cannot_do_is_no_lost_job(text, lang):
    assert not leads(score_needs(text, lang), "job_loss")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("会社が倒産して仕事がない", "ja"),
        ("病気で仕事に行けなくなってクビになった。次の仕事が見つからない", "ja"),
        ("I was let go from my job last week", "en"),
    ],
)
def test_a_job_gone_still_reads_job_loss(text, lang):
    assert leads(score_needs(text, lang), "job_loss")


# --- a death far away, no way back for the funeral -------------------------------------------

FUNERAL_MISSED = [
    ("父が亡くなったのに、国に帰れず葬式にも出られなかった。毎日泣いている", "ja"),
    ("祖母の葬式に行けなかった。最後に会いたかった", "ja"),
    (
        "くに の ちち が しにました。 おそうしき に いけません でした。 ずっと なみだ が でます",
        "ja",
    ),
    ("My mother died back home and I couldn't go back for the funeral. I keep crying", "en"),
    ("Namatay ang tatay ko sa probinsya at hindi ako nakauwi sa libing. Lagi akong umiiyak", "tl"),
    ("Bố tôi mất ở quê, tôi không về được để dự đám tang. Tôi khóc mãi", "vi"),
    ("Meu pai morreu no Brasil e eu não pude ir ao enterro. Choro todos os dias", "pt"),
    ("Mi papá murió en Perú y no pude ir al funeral. Lloro todos los días", "es"),
    ("Ayah saya meninggal di kampung dan saya tidak bisa pulang untuk pemakaman", "id"),
    ("我爸爸在老家去世了，我没能回去参加葬礼，一直在哭", "zh-hans"),
    ("मेरो बुबा नेपालमा बित्नुभयो, म अन्त्येष्टिमा जान सकिनँ। धेरै रुन्छु", "ne"),
    ("아버지가 고향에서 돌아가셨는데 장례식에 못 갔어요. 계속 눈물이 나요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), FUNERAL_MISSED)
def test_a_funeral_missed_far_away_reads_grief_to_be_heard(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "bereavement")
    assert leads(needs, "loneliness")


@pytest.mark.parametrize(("text", "lang"), FUNERAL_MISSED)
def test_a_funeral_missed_far_away_reaches_the_listening_lines(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), LISTENING_LINES) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("来週は祖父の葬式で帰省します。香典はいくら包めばいいか", "ja"),
        ("I'm flying home next week for my grandfather's funeral", "en"),
    ],
)
def test_a_funeral_one_will_attend_reads_no_loneliness(text, lang):
    assert not leads(score_needs(text, lang), "loneliness")
