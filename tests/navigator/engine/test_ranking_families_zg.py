"""Need and ranking families of session ZG, over the real seed catalog.

Our own probe messages, with near-misses:
- a loan the person never took out (借りた覚えのない, a lost licence used to borrow, identity
  theft) is a consumer and police matter, not their debt: the consumer hotline or the police
  comes before debt counselling; a debt the person owns still reads debt;
- a fake virus warning paid with prepaid or gift cards (サポート詐欺), and goods an older
  parent was talked into buying, read consumer trouble and reach the consumer hotline first
  or second; an older parent's watch-over alone stays with the community support centre;
- years of work missing from the pension record (年金記録, ねんきん定期便) are a pension matter
  for the pension office, not a work dispute; an employer that does not enrol a worker stays
  with the labour desks;
- a death in an accident on the job (in kanji, in kana as a learner writes it, in English) is
  workers' accident insurance, not crime-victim support; a hit-and-run after work stays a
  crime;
- a cough that will not stop, tuberculosis, fear of a disease that passes to others reads
  health and reaches the public health centre; a child's fever does not lead there.
"""

import pytest

from tests.navigator.engine.ranked import first_of, leads, ranked
from tsunagari.navigator.engine.needs import score_needs

CONSUMER_OR_POLICE = {"shouhisha-hotline-188", "keisatsu-soudan-9110"}
DEBT_COUNSELLING = {"jcco-credit-counseling"}

# --- a loan the person never took out ----------------------------------------------------------

NEVER_BORROWED = [
    ("借りた覚えのないカードローンの督促状が届いた", "ja"),
    ("去年なくした運転免許証で、誰かが勝手に私の名前でお金を借りたらしい", "ja"),
    ("財布を落としてから、身に覚えのない借金の請求が届く", "ja"),
    ("I got a letter from a loan company but I never borrowed any money", "en"),
    ("Someone used my name to take out a loan", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NEVER_BORROWED)
def test_a_loan_never_taken_out_reads_consumer_trouble_first(text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "consumer_trouble")
    assert needs["consumer_trouble"] >= needs.get("debt", 0.0)


@pytest.mark.parametrize(("text", "lang"), NEVER_BORROWED)
def test_a_loan_never_taken_out_reaches_the_consumer_hotline_or_police_before_debt_counselling(
    snapshot, text, lang
):
    ids = ranked(snapshot, text, lang)
    assert first_of(ids, CONSUMER_OR_POLICE) < 2
    assert first_of(ids, CONSUMER_OR_POLICE) < first_of(ids, DEBT_COUNSELLING)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("消費者金融の借金が返せない", "ja"),
        ("夫が勝手に借金をしていた", "ja"),
        ("I can't repay my consumer loan", "en"),
    ],
)
def test_a_debt_the_person_owns_still_reads_debt(snapshot, text, lang):
    assert leads(score_needs(text, lang), "debt")
    assert "consumer_trouble" not in score_needs(text, lang)
    assert ranked(snapshot, text, lang)[0] in DEBT_COUNSELLING | {"houterasu"}


# --- a fake virus warning, an older parent talked into buying ------------------------------------

SUPPORT_SCAM = [
    ("祖母のタブレットに偽のウイルス警告が出て、コンビニで電子マネーを買わされた", "ja"),
    ("パソコンにウイルスの警告画面が出て、電話したらギフトカードの番号を教えてと言われた", "ja"),
    ("My mother is 75. A virus warning popped up, she called the number, bought gift cards", "en"),
    ("A pop up said my computer has a virus and the man on the phone wants gift card codes", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SUPPORT_SCAM)
def test_a_fake_virus_warning_reaches_the_consumer_hotline_first(snapshot, text, lang):
    assert leads(score_needs(text, lang), "consumer_trouble")
    assert ranked(snapshot, text, lang)[0] == "shouhisha-hotline-188"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("80歳の父がサポート詐欺にあったみたい", "ja"),
        ("My 82-year-old father fell for a tech support scam", "en"),
    ],
)
def test_a_named_support_scam_reaches_the_consumer_hotline_and_the_police_first(
    snapshot, text, lang
):
    # "was scammed" names a fraud already done: the police consultation line is as right
    # a first answer as the consumer hotline, so both come first and second, either way
    assert leads(score_needs(text, lang), "consumer_trouble")
    assert set(ranked(snapshot, text, lang)[:2]) == CONSUMER_OR_POLICE


@pytest.mark.parametrize(
    "text",
    [
        "高齢の母が訪問販売で高い布団を買わされた",
        "一人暮らしの祖父が、訪問してきた業者と高額なリフォームを契約させられた",
    ],
)
def test_an_older_parent_talked_into_buying_reaches_the_consumer_hotline(snapshot, text):
    assert leads(score_needs(text, "ja"), "consumer_trouble")
    assert first_of(ranked(snapshot, text, "ja"), {"shouhisha-hotline-188"}) < 2


def test_an_older_parents_watch_over_alone_stays_with_the_community_centre(snapshot):
    text = "母が一人暮らしで心配です。見守りをお願いしたい"
    assert "consumer_trouble" not in score_needs(text, "ja")
    assert ranked(snapshot, text, "ja")[0] == "chiiki-houkatsu-shien-center"


# --- years missing from the pension record ------------------------------------------------------

PENSION_RECORD = [
    ("年金の記録に昔勤めていた会社の期間が入っていない", "ja"),
    ("ねんきん定期便に働いていた5年間が載っていない", "ja"),
    ("若い頃に勤めた会社の分が年金に入っていない", "ja"),
    ("My pension record is missing the five years I worked at a company", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PENSION_RECORD)
def test_years_missing_from_the_pension_record_reach_the_pension_office(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "older_age")
    assert needs["older_age"] > needs.get("work", 0.0)
    assert ranked(snapshot, text, lang)[0] == "rourei-nenkin"


def test_an_employer_not_enrolling_a_worker_stays_with_the_labour_desks(snapshot):
    text = "会社が厚生年金に入れてくれない"
    assert "older_age" not in score_needs(text, "ja")
    assert "rourei-nenkin" not in ranked(snapshot, text, "ja")[:3]


# --- a death in an accident on the job ----------------------------------------------------------

WORK_ACCIDENT_DEATH = [
    ("夫が仕事中の事故で死んだ。家族は何かもらえる？", "ja"),
    ("兄が工事現場の事故で亡くなった。会社は何も言ってこない", "ja"),
    ("おっと が しごと の じこ で しんだ。 わたし と こども は どう なる", "ja"),
    ("My brother died in an accident at work. Can his family get money?", "en"),
    ("My husband was killed in a construction accident and the company says nothing", "en"),
]


@pytest.mark.parametrize(("text", "lang"), WORK_ACCIDENT_DEATH)
def test_a_death_in_an_accident_on_the_job_reaches_workers_accident_insurance(snapshot, text, lang):
    needs = score_needs(text, lang)
    assert leads(needs, "work")
    assert "crime_victims" not in needs
    assert first_of(ranked(snapshot, text, lang), {"rousai-hoken"}) < 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("仕事帰りに交通事故にあった。相手は逃げた", "ja"),
        ("I was hit by a car on my way home and the driver drove off", "en"),
    ],
)
def test_a_hit_and_run_after_work_stays_a_crime(text, lang):
    assert "crime_victims" in score_needs(text, lang)


# --- a cough that will not stop, a disease that passes to others ---------------------------------

CONTAGIOUS_WORRY = [
    ("咳が1か月止まらない。家族にうつる病気だったら怖い", "ja"),
    ("結核かもしれないと不安です", "ja"),
    ("3週間くらい咳が続いていて、家族にうつらないか心配", "ja"),
    ("I have been coughing for weeks and I'm scared it is contagious", "en"),
    ("Could I have tuberculosis? Where can I get tested?", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CONTAGIOUS_WORRY)
def test_fear_of_a_contagious_disease_reaches_the_public_health_centre(snapshot, text, lang):
    assert leads(score_needs(text, lang), "health")
    assert first_of(ranked(snapshot, text, lang), {"hokenjo"}) < 2


def test_a_childs_fever_does_not_lead_to_the_public_health_centre(snapshot):
    assert ranked(snapshot, "子どもが熱を出した", "ja")[0] != "hokenjo"
