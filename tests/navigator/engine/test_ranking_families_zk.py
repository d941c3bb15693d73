"""Need and ranking families of session ZK, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- a deaf person (ろう者, sordo, 聋人) asking for a sign-language interpreter reads disability,
  not a foreign resident's need for an interpreter, and reaches the disability services among
  the first three; a foreign resident who asks for an interpreter still reads foreign residents;
- a landlord, a manager or anyone who lets themself into one's room without consent reads
  crime, and the police consultation line comes among the first three; a rent rise, an
  announced inspection or a deposit kept read no crime;
- an older person whose contractor or seller took money in advance and vanished reaches the
  consumer hotline first, the community support centre after; an older person's own
  forgetfulness, care or loneliness still reaches the community support centre first;
- a worker who cannot take a day off (仕事を休めない, time off work) has lost no job, and an
  older father who lives alone or is left alone at home is no single father; a job lost or a
  father raising his children alone still reads so;
- attacked or bitten by an animal (a bear, a dog) is an injury, not sexual violence or a
  crime; an attack by a person still reads both;
- wrongly accused of groping (痴漢冤罪) is a legal matter that reaches legal aid, not the
  sexual-violence desks; being groped still reads sexual violence;
- a widowed person who says they have no children reads neither raising children nor being a
  single parent; a widowed parent raising children still reads single parent.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

DISABILITY_SERVICES = {"shougai-fukushi-service", "shougaisha-shugyo-seikatsu-shien-center"}
POLICE = "keisatsu-soudan-9110"
CONSUMER_HOTLINE = "shouhisha-hotline-188"
COMMUNITY_CENTRE = "chiiki-houkatsu-shien-center"
HELLO_WORK = {"hellowork", "hellowork-kyujin-hotline"}
LEGAL_AID = "houterasu"
SEXUAL_VIOLENCE_DESKS = {
    "one-stop-seibouryoku",
    "seihanzai-higai-soudan-8103",
    "dansei-seibouryoku-hotline",
    "cure-time",
}
SINGLE_PARENT_SERVICES = {
    "hitorioya-seikatsu-koujou",
    "jidou-fuyou-teate",
    "boshi-katei-shugyo-jiritsu-center",
    "hitorioya-nichijou-seikatsu-shien",
    "boshi-fushi-kafu-fukushi-shikin",
}

# --- a deaf person and a sign-language interpreter ---------------------------------------------

DEAF = [
    ("ろう者です。役所に行くとき手話通訳をお願いできるところはありますか", "ja"),
    ("聴覚障害があって電話が使えない。手話で相談できる窓口を知りたい", "ja"),
    ("I am deaf and need a sign language interpreter when I go to the city office", "en"),
    ("Soy sorda y necesito un intérprete de lengua de señas para ir al ayuntamiento", "es"),
    ("Sou surdo e preciso de um intérprete de libras para ir à prefeitura", "pt"),
    ("저는 청각장애가 있어서 전화를 못 해요. 수어 통역을 받을 수 있나요", "ko"),
    ("我是聋人，去区役所办手续需要手语翻译", "zh-hans"),
    ("Tôi bị điếc, cần người phiên dịch ngôn ngữ ký hiệu khi đi làm thủ tục", "vi"),
    ("Saya tunarungu dan butuh juru bahasa isyarat untuk ke kantor kota", "id"),
]


@pytest.mark.parametrize(("text", "lang"), DEAF)
def test_a_deaf_person_asking_for_an_interpreter_reads_disability(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "disability")
    assert not leads(needs, "foreign_residents")


@pytest.mark.parametrize(("text", "lang"), DEAF)
def test_a_deaf_person_reaches_the_disability_services(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), DISABILITY_SERVICES) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("病院で通訳してほしい。日本語がよくわからない", "ja"),
        ("I need an interpreter at the ward office, my Japanese is not good", "en"),
        ("Necesito un intérprete en el hospital, no hablo japonés", "es"),
    ],
)
def test_a_foreign_resident_asking_for_an_interpreter_still_reads_foreign_residents(text, lang):
    assert leads(score_needs(text, lang), "foreign_residents")


# --- someone who lets themself into one's room -------------------------------------------------

INTRUDING_LANDLORD = [
    ("大家さんが留守の間に合鍵で勝手に部屋に入ってくる。一人暮らしなので怖い", "ja"),
    ("管理会社の人が無断で部屋に入っていたみたい。物の位置が変わっていた", "ja"),
    ("My landlord lets himself into my flat while I'm at work without asking", "en"),
    ("El casero entra a mi cuarto sin avisar cuando estoy trabajando", "es"),
    ("O dono da casa entra no meu quarto sem permissão quando eu saio", "pt"),
    ("Pemilik kos masuk ke kamar saya tanpa izin waktu saya di luar", "id"),
    ("Chủ nhà tự ý vào phòng tôi lúc tôi vắng nhà", "vi"),
    ("집주인이 허락 없이 제 방에 들어와요. 무서워요", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), INTRUDING_LANDLORD)
def test_someone_who_lets_themself_into_ones_room_reads_crime(text, lang):
    assert leads(score_needs(text, lang), "crime_victims")


@pytest.mark.parametrize(("text", "lang"), INTRUDING_LANDLORD)
def test_someone_who_lets_themself_into_ones_room_reaches_the_police_line(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), {POLICE}) < 3


def test_a_landlord_entering_in_chinese_reads_crime():
    assert leads(score_needs("房东趁我上班的时候擅自进我的房间", "zh-hans"), "crime_victims")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("大家から来週部屋の点検に入りますと連絡があった", "ja"),
        ("大家に来月から家賃を上げると言われた", "ja"),
        ("My landlord won't give my deposit back", "en"),
        ("El casero no quiere arreglar la calefacción", "es"),
    ],
)
def test_an_ordinary_landlord_dispute_reads_no_crime(text, lang):
    assert not leads(score_needs(text, lang), "crime_victims")


# --- an older person's money taken by a contractor or seller ----------------------------------

CONTRACTOR_VANISHED = [
    ("年金暮らしです。外壁の修理を頼んで前金を払ったら、業者と連絡がつかなくなった", "ja"),
    ("78歳の母が屋根の工事の前金を払ったのに業者に電話がつながらない", "ja"),
    ("I'm 74 and a contractor took my deposit for the roof and disappeared", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CONTRACTOR_VANISHED)
def test_an_older_persons_vanished_contractor_reaches_the_consumer_hotline_first(
    snapshot, text, lang
):
    assert leads(score_needs(text, lang), "consumer_trouble")
    ids = ranked(snapshot, text, lang)
    assert ids[0] == CONSUMER_HOTLINE
    assert COMMUNITY_CENTRE in ids[:5]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tenho 76 anos, paguei adiantado a reforma do telhado e a empresa sumiu", "pt"),
        ("Tengo 77 años, pagué un anticipo por la reparación del techo y desapareció", "es"),
        ("年金暮らしの父が訪問販売で高い健康器具を買わされた", "ja"),
    ],
)
def test_an_older_persons_sale_or_advance_keeps_the_consumer_hotline_high(snapshot, text, lang):
    assert leads(score_needs(text, lang), "consumer_trouble")
    assert first_of(ranked(snapshot, text, lang), {CONSUMER_HOTLINE}) < 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("83歳の母が一人暮らしで、最近同じことを何度も聞く", "ja"),
        ("年金暮らしで足腰が弱って、買い物に行くのがつらい", "ja"),
        ("76歳の父の介護で、ヘルパーさんを頼みたい", "ja"),
    ],
)
def test_an_older_persons_own_worry_still_reaches_the_community_centre_first(snapshot, text, lang):
    assert ranked(snapshot, text, lang)[0] == COMMUNITY_CENTRE


# --- a day off work one cannot take; a father alone at home ----------------------------------

NO_DAY_OFF = [
    ("母の通院に付き添いたいのに仕事を休めない", "ja"),
    ("母がショートステイを嫌がっている。平日は仕事を休めないので困っている", "ja"),
    ("子どもが熱を出しても仕事を休めない職場です", "ja"),
    ("I can't get time off work to take my father to his hospital appointments", "en"),
    ("No puedo faltar al trabajo para cuidar a mi madre enferma", "es"),
    ("Não posso faltar ao trabalho para levar meu pai ao médico", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), NO_DAY_OFF)
def test_a_day_off_one_cannot_take_is_no_lost_job(text, lang):
    assert not leads(score_needs(text, lang), "job_loss")


@pytest.mark.parametrize(("text", "lang"), [t for t in NO_DAY_OFF if t[1] == "ja"])
def test_a_day_off_one_cannot_take_does_not_lead_to_hello_work(snapshot, text, lang):
    assert first_of(ranked(snapshot, text, lang), HELLO_WORK) >= 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("会社が倒産して仕事がない", "ja"),
        ("病気で仕事を休んでいたら解雇された", "ja"),
        ("I lost my job last month and I'm looking for work", "en"),
        ("Perdí el trabajo y no encuentro otro", "es"),
    ],
)
def test_a_lost_job_still_reads_job_loss(text, lang):
    assert leads(score_needs(text, lang), "job_loss")


@pytest.mark.parametrize(
    "text",
    [
        "83歳の父が一人暮らしで、最近物忘れがひどい",
        "仕事の間、認知症の父を一人で家に置いておくのが心配",
    ],
)
def test_an_older_father_alone_at_home_is_no_single_father(snapshot, text):
    assert not leads(score_needs(text, "ja"), "single_parent")
    assert first_of(ranked(snapshot, text, "ja"), SINGLE_PARENT_SERVICES) >= 5


@pytest.mark.parametrize(
    "text", ["妻が亡くなって、父一人で小学生の息子を育てています", "父一人、子一人の父子家庭です"]
)
def test_a_father_raising_his_children_alone_still_reads_single_parent(text):
    assert leads(score_needs(text, "ja"), "single_parent")


# --- attacked by an animal ----------------------------------------------------------------------

ANIMAL_ATTACK = [
    ("山菜採りの途中でクマに襲われて腕を縫った。入院費が払えるか不安", "ja"),
    ("散歩中に野良犬に襲われて足をかまれた。治療費はどうなるのか", "ja"),
    ("My grandfather was attacked by a bear near his farm and needs surgery", "en"),
    ("Mi abuelo fue atacado por un oso y está en el hospital", "es"),
    ("Meu filho foi mordido por um cachorro na rua e precisa de pontos", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), ANIMAL_ATTACK)
def test_an_animal_attack_is_an_injury_not_sexual_violence_or_crime(text, lang):
    needs = score_needs(text, lang)
    assert not leads(needs, "sexual_violence")
    assert not leads(needs, "crime_victims")


@pytest.mark.parametrize(
    ("text", "lang"),
    [("帰り道で知らない男に襲われた", "ja"), ("犬の散歩中に男に襲われた", "ja")],
)
def test_an_attack_by_a_person_still_reads_crime(text, lang):
    assert leads(score_needs(text, lang), "crime_victims")


def test_an_attack_by_a_man_in_english_still_reads_crime():
    assert leads(score_needs("I was attacked by a man near the station", "en"), "crime_victims")


# --- wrongly accused of groping ------------------------------------------------------------------

WRONGLY_ACCUSED = [
    ("通勤の電車で痴漢と間違えられて駅で話を聞かれた。私はやっていない", "ja"),
    ("痴漢に間違えられたことが会社に伝わって、出勤停止になった", "ja"),
    ("Me acusaron injustamente de tocar a una mujer en el metro", "es"),
    ("Fui acusado injustamente de assédio no ônibus e a empresa me afastou", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), WRONGLY_ACCUSED)
def test_a_wrongful_accusation_of_groping_reads_legal_not_sexual_violence(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "legal")
    assert not leads(needs, "sexual_violence")


@pytest.mark.parametrize(("text", "lang"), WRONGLY_ACCUSED)
def test_a_wrongful_accusation_reaches_legal_aid_before_the_sexual_violence_desks(
    snapshot, text, lang
):
    ids = ranked(snapshot, text, lang)
    assert first_of(ids, {LEGAL_AID}) < 2
    assert first_of(ids, {LEGAL_AID}) < first_of(ids, SEXUAL_VIOLENCE_DESKS)


def test_an_english_wrongful_accusation_reads_legal():
    needs = score_needs("I was wrongly accused of groping someone on the bus", "en")
    assert leads(needs, "legal")
    assert not leads(needs, "sexual_violence")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("電車で痴漢にあった", "ja"),
        ("A man groped me on the train", "en"),
        ("Un hombre me tocó en el tren", "es"),
    ],
)
def test_being_groped_still_reads_sexual_violence(text, lang):
    assert leads(score_needs(text, lang), "sexual_violence")


# --- widowed with no children --------------------------------------------------------------------

NO_CHILDREN = [
    ("妻に先立たれました。子どももいないので、家が静かすぎる", "ja"),
    ("夫が亡くなりました。子どもはいません。年金の手続きがわかりません", "ja"),
    ("My husband passed away in spring and we had no children", "en"),
    ("Mi esposa murió el año pasado y no tuvimos hijos", "es"),
    ("Minha esposa faleceu e não temos filhos", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), NO_CHILDREN)
def test_a_widowed_person_with_no_children_reads_no_single_parent(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "bereavement")
    assert not leads(needs, "single_parent")
    assert not leads(needs, "child_rearing")
    assert first_of(ranked(snapshot, text, lang), SINGLE_PARENT_SERVICES) >= 5


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("夫が亡くなって、子ども二人を一人で育てています", "ja"),
        ("My wife died and I'm raising our two kids alone", "en"),
    ],
)
def test_a_widowed_parent_raising_children_still_reads_single_parent(text, lang):
    assert leads(score_needs(text, lang), "single_parent")
