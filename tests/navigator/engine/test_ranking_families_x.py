"""Need and ranking families of session X, over the real seed catalog.

Our own probe messages (none taken from the tuning or held-out sets), with near-misses:
- a home helper or care worker who speaks of a client (利用者), the client's family or a
  resident who died on their shift speaks of their own job: work (the labour desks, the
  lines for workers), not caring for a family member, and a client's son who shouts is no
  violence at home. A family carer who has a helper come keeps the care desks;
- a tenant told by the landlord or the agent to leave, or refused a renewal, has a legal
  question (a landlord needs a just reason): legal aid comes among the first three, and a
  lease that is not renewed is no lost job;
- sleeping outdoors (a park, a riverbank, a tent, the street) is homelessness with no money
  for a room, also at an older age: the self-reliance desk, the temporary shelter, public
  assistance and registered rentals come before the desks for old age and care; one told to
  enter a facility is no carer placing a parent there;
- an older neighbour not seen for days, with papers or mail piling up, and an older man who
  finds no place to go or group to join: the community support centre and the minsei-iin;
  the newspapers piling up are no addiction. (Some wordings of the unseen neighbour raise
  a suicide alarm from the crisis model; crisis data is left to the crisis helpers.)
  A grown child choosing a care home for a parent keeps the care desks.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

# --- a care worker's own job -------------------------------------------------------------

WORKERS_HELP = {
    "sougou-roudou-soudan-corner",
    "hataraku-hito-no-nayami-hotline",
    "kokoro-no-mimi",
    "roudou-kijun-kantokusho",
    "roudou-jouken-soudan-hotline",
}
FAMILY_CARE = {"kaigo-hoken-zaitaku", "kaigo-kyugyo-seido", "kaigo-kyugyo-kyufu"}

CARE_WORKERS = [
    ("ヘルパーとして働いています。利用者さんの家族から暴言を言われ続けてつらい", "ja"),
    ("訪問介護の仕事で、利用者の娘さんにいつも大声で責められる。事業所は我慢してと言うだけ", "ja"),
    ("介護施設で働いてる。夜勤中に利用者さんが亡くなって、自分のせいかと眠れない", "ja"),
    ("i work as a home helper and a client's daughter keeps yelling at me and filming me", "en"),
    (
        "im a care worker at a nursing home. a resident died during my night shift "
        "and i cant stop thinking about it",
        "en",
    ),
    (
        "caregiver ako sa nursing home, yung lolo na inaalagaan ko namatay sa night shift ko",
        "tl",
    ),
    ("tôi là thực tập sinh kaigo, cụ bà tôi chăm sóc đã mất trong ca đêm của tôi", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), CARE_WORKERS)
def test_a_care_worker_reaches_the_desks_for_workers(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "work")
    assert "violence_at_home" not in needs
    found = ranked(snapshot, text, lang)
    assert first_of(found, WORKERS_HELP) < 3
    if lang == "ja":
        assert not FAMILY_CARE & set(found[:3])


def test_a_care_worker_with_a_client_in_indonesian_is_no_family_carer():
    text = "saya perawat lansia di jepang, kemarin nenek yang saya rawat meninggal saat shift malam"
    needs = score_needs(text, "id")
    assert "caregiving" not in needs
    assert leads(needs, "work")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a family carer who has a helper come: the care desks stay
        ("母の介護でヘルパーさんに来てもらってる。事業所を変えたい", "ja"),
        ("父の訪問介護のヘルパーさんが来なくなった。ケアマネにどう言えばいい", "ja"),
    ],
)
def test_a_family_carer_with_a_helper_keeps_the_care_desks(snapshot, text, lang):
    assert leads(score_needs(text, lang), "caregiving")
    found = ranked(snapshot, text, lang)
    assert first_of(found, {"chiiki-houkatsu-shien-center", "kaigo-hoken-zaitaku"}) == 0


# --- a tenant told to leave ------------------------------------------------------------

EVICTED = [
    ("大家に出てけって言われたんだけど", "ja"),
    ("大家さんが建て替えるから立ち退いてほしいって。どうしたらいい", "ja"),
    ("75歳のひとり暮らし。次の契約更新はしないと不動産屋に言われた", "ja"),
    ("my landlord told me to move out by the end of the month, i always paid rent on time", "en"),
    ("房东突然让我下个月搬走，我一直按时交房租", "zh-hans"),
    ("집주인이 계약 갱신을 안 해주겠다고 해요. 20년 살았는데", "ko"),
    ("o dono do apartamento mandou eu sair ate o fim do mes", "pt"),
    ("el dueño del departamento me dijo que me vaya en dos semanas", "es"),
    ("pinapaalis ako ng landlord ko kahit nagbabayad ako ng upa", "tl"),
    ("chủ nhà bảo tôi phải dọn ra khỏi phòng trong tháng này", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), EVICTED)
def test_a_tenant_told_to_leave_reaches_legal_aid(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "legal")
    assert "houterasu" in ranked(snapshot, text, lang)[:4]


def test_a_short_eviction_in_japanese_puts_legal_aid_first(snapshot):
    assert ranked(snapshot, "大家から出てけと言われました", "ja")[0] == "houterasu"


def test_a_lease_not_renewed_is_no_lost_job():
    needs = score_needs("不動産屋から部屋の契約更新はしないと言われた", "ja")
    assert "job_loss" not in needs


def test_a_job_contract_not_renewed_stays_a_lost_job(snapshot):
    # near-miss: a temp worker's contract
    text = "派遣の契約を更新しないと会社に言われた。来月から仕事がない"
    assert leads(score_needs(text, "ja"), "job_loss")
    assert "houterasu" not in ranked(snapshot, text, "ja")[:1]


# --- sleeping outdoors ---------------------------------------------------------------

HOMELESS_HELP = {
    "seikatsu-konkyusha-jiritsu-soudan",
    "ichiji-seikatsu-shien",
    "seikatsu-hogo",
    "safety-net-jutaku",
    "jukyo-kakuho-kyufukin",
}
OLD_AGE_DESKS = {"chiiki-houkatsu-shien-center", "kaigo-hoken-shisetsu", "kaigo-hoken-zaitaku"}

ROUGH_SLEEPERS = [
    ("公園で寝泊まりしている。67歳。アパートに住みたい", "ja"),
    ("河川敷で寝てる。もう年だし、生活保護ってやつは受けられるのか", "ja"),
    ("im 68 and ive been sleeping in a park for months. can i get my own apartment", "en"),
    ("tenho 69 anos e durmo na rua faz um ano, queria um quarto so meu", "pt"),
    ("tengo 70 años y duermo en la calle desde hace meses, quiero un cuarto propio", "es"),
    ("68 na ako at natutulog ako sa parke, gusto ko ng sariling kwarto", "tl"),
]


@pytest.mark.parametrize(("text", "lang"), ROUGH_SLEEPERS)
def test_sleeping_outdoors_reaches_the_desks_for_homelessness(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "housing")
    assert leads(needs, "money")
    found = ranked(snapshot, text, lang)
    assert found[0] in HOMELESS_HELP


def test_sleeping_outdoors_in_chinese_reaches_a_homelessness_desk(snapshot):
    text = "我今年70岁，在公园里睡了半年了，想有个自己的住处"
    assert first_of(ranked(snapshot, text, "zh-hans"), HOMELESS_HELP) < 3


def test_one_told_to_enter_a_facility_from_a_tent_is_no_carer():
    text = "川べりでテント生活をしてる。役所の人に施設に入れと言われたが相部屋は嫌だ"
    needs = score_needs(text, "ja")
    assert "caregiving" not in needs
    assert leads(needs, "housing")


def test_a_child_choosing_a_care_home_keeps_the_care_desks(snapshot):
    # near-miss: a grown child placing an old parent in a facility
    text = "78歳の父を施設に入れるか迷っている"
    assert leads(score_needs(text, "ja"), "caregiving")
    assert first_of(ranked(snapshot, text, "ja"), OLD_AGE_DESKS) == 0


# --- an older neighbour not seen, an older man with nowhere to go -----------------------

WATCH_OVER = {"chiiki-houkatsu-shien-center", "minsei-iin"}

NEIGHBOUR_UNSEEN = [
    ("隣のおじいさんをここ数日見かけない。郵便受けに新聞がたまっている", "ja"),
    ("となりの おばあさん きのうから みかけません。しんぶん たまって います", "ja"),
    ("i havent seen the old man next door for days and his mail is piling up", "en"),
    ("隔壁的老爷爷好几天没出门了，信箱里塞满了报纸", "zh-hans"),
    ("nao vejo o vizinho idoso faz quatro dias, a caixa de correio esta cheia", "pt"),
    ("ba hôm nay không thấy bà cụ hàng xóm ra ngoài, hộp thư đầy báo", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), NEIGHBOUR_UNSEEN)
def test_an_older_neighbour_not_seen_reaches_the_watch_over_desks(snapshot, text, lang):
    assert leads(score_needs(text, lang), "older_age")
    assert first_of(ranked(snapshot, text, lang), WATCH_OVER) < 2


NOWHERE_TO_GO = [
    ("老人クラブに行っても女性ばかりで話の輪に入れない。男ひとりで行ける場所はないか", "ja"),
    ("地域のサロンに顔を出したが居づらかった。年寄りの男が気軽に行ける集まりを知りたい", "ja"),
]


@pytest.mark.parametrize(("text", "lang"), NOWHERE_TO_GO)
def test_an_older_man_with_nowhere_to_go_reaches_the_community_desks(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "older_age")
    assert first_of(ranked(snapshot, text, lang), WATCH_OVER) < 2


def test_a_neighbours_newspaper_is_no_addiction():
    assert "dependence" not in score_needs("隣の家の新聞がたまっている", "ja")
