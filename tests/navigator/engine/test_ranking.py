"""Ranking behaviour over the real seed catalog (no database: the engine is pure Python)."""

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tsunagari.catalog.records import load_national_records
from tsunagari.catalog.snapshot import Area, CatalogSnapshot
from tsunagari.navigator.engine.index import index_for
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.types import NavigationRequest

JST = ZoneInfo("Asia/Tokyo")
WEEKDAY_AFTERNOON = datetime(2026, 11, 25, 14, 0, tzinfo=JST)
SUNDAY_3AM = datetime(2026, 11, 29, 3, 0, tzinfo=JST)


def ask(snapshot, text, **fields):
    fields.setdefault("at", WEEKDAY_AFTERNOON)
    return navigate(snapshot, NavigationRequest(text=text, **fields))


def ids(result):
    return [m.service_id for m in result.matches]


def test_every_answer_has_at_least_ten_services(snapshot):
    for text in ("", "家賃が払えない", "??", "hello"):
        assert len(ask(snapshot, text).matches) >= 10


def test_ended_services_are_never_returned(snapshot):
    ended = {r["id"] for r in load_national_records() if r["status"] == "ended"}
    assert len(ended) == 8
    for text in ("コロナで休業した", "特別定額給付金", "不妊治療の助成", "緊急小口資金"):
        assert not ended.intersection(ids(ask(snapshot, text)))


def test_a_suicidal_message_puts_suicide_crisis_lines_first(snapshot):
    result = ask(snapshot, "もう死にたい", at=SUNDAY_3AM)
    assert result.crisis.is_crisis
    first = snapshot.by_id[result.matches[0].service_id]
    assert "suicide" in first.crisis_kinds


def test_a_closed_crisis_line_never_ranks_above_an_open_or_unknown_one(snapshot):
    result = ask(snapshot, "死にたい", at=SUNDAY_3AM)
    crisis_matches = [
        m for m in result.matches if "suicide" in snapshot.by_id[m.service_id].crisis_kinds
    ]
    assert crisis_matches
    states = [m.open_state.value for m in crisis_matches]
    if "closed" in states:
        first_closed = states.index("closed")
        assert all(state == "closed" for state in states[first_closed:])


def test_partner_violence_puts_dv_lines_first(snapshot):
    result = ask(snapshot, "my husband hits me every night", lang="en")
    assert "dv" in result.crisis.kinds
    assert "dv" in snapshot.by_id[result.matches[0].service_id].crisis_kinds


def test_a_child_sees_child_facing_desks_first(snapshot):
    result = ask(snapshot, "学校でいじめられてる", audience="child")
    top = [snapshot.by_id[i] for i in ids(result)[:3]]
    assert all("children" in s.audience.groups or s.audience.max_age for s in top)


def test_an_adult_is_not_sent_to_child_only_lines(snapshot):
    child_only = {
        s.id
        for s in snapshot.services
        if s.audience.max_age is not None and s.audience.max_age <= 18
    }
    assert child_only
    assert not child_only.intersection(ids(ask(snapshot, "学校の先生との関係に悩んでいる")))


def test_a_foreign_language_user_is_told_when_a_service_is_japanese_only(snapshot):
    result = ask(snapshot, "I lost my job and cannot pay rent", lang="en")
    codes = {r.code for m in result.matches for r in m.reasons}
    assert "japanese_only" in codes or "speaks_language" in codes


def test_a_period_only_line_is_shown_only_inside_its_period(snapshot):
    line = "kodoku-koritsu-soudan-dial-9999"
    inside = datetime(2024, 5, 3, 12, 0, tzinfo=JST)
    assert line in ids(ask(snapshot, "寂しくて誰とも話していない", at=inside, limit=30))
    assert line not in ids(ask(snapshot, "寂しくて誰とも話していない", limit=30))


def test_a_municipal_desk_ranks_first_there_and_is_not_shown_elsewhere(snapshot):
    desk = replace(
        snapshot.by_id["seikatsu-konkyusha-jiritsu-soudan"],
        id="ichihara-seikatsu-soudan",
        area=Area(level="municipality", code="122190"),
    )
    services = (*snapshot.services, desk)
    local = CatalogSnapshot(
        services=services, needs=snapshot.needs, by_id={s.id: s for s in services}
    )
    here = ids(ask(local, "お金がなくて生活が苦しい", municipality="122190"))
    elsewhere = ids(ask(local, "お金がなくて生活が苦しい", municipality="131041"))
    assert here[0] == "ichihara-seikatsu-soudan"
    assert "ichihara-seikatsu-soudan" not in elsewhere
    assert "ichihara-seikatsu-soudan" not in ids(ask(local, "お金がなくて生活が苦しい"))


def test_every_match_says_why_it_fits(snapshot):
    result = ask(snapshot, "借金が返せない")
    assert all(m.reasons for m in result.matches)


def test_a_vague_message_gets_one_clarifying_question(snapshot):
    result = ask(snapshot, "なんか")
    assert result.question is not None
    assert len(result.matches) >= 10


# --- Groups a service is made for ------------------------------------------------------


def test_a_desk_for_new_graduates_is_not_offered_to_an_older_job_seeker(snapshot):
    """Nothing places a 52-year-old in the 'youth' group: the new-graduate desk drops."""
    older = ids(ask(snapshot, "52歳、会社をリストラされた。次の仕事を探している"))
    student = ids(ask(snapshot, "大学4年、就活がうまくいかず内定がない"))
    assert "shinsotsu-ouen-hellowork" in student[:3]
    assert "shinsotsu-ouen-hellowork" not in older[:10]


def test_the_legal_line_for_suicide_bereaved_fits_them_not_every_bereaved_person(snapshot):
    widowed = ids(ask(snapshot, "夫が病気で亡くなり、相続と借金のことがわからない"))
    bereaved_by_suicide = ids(ask(snapshot, "兄が自殺した。アパートの大家から損害賠償を請求された"))
    assert "jishi-izoku-houritsu-hotline" in bereaved_by_suicide[:5]
    assert "jishi-izoku-houritsu-hotline" not in widowed[:5]


def test_a_foreign_language_alone_does_not_penalise_desks_for_foreign_residents(snapshot):
    english = ids(ask(snapshot, "I lost my job and I have no money for food", lang="en"))
    japanese = ids(ask(snapshot, "仕事をなくして、食べるお金もない"))
    assert "fresc" in english[:6]
    assert "fresc" not in japanese


# --- Search terms as phrases -----------------------------------------------------------


def test_a_services_own_search_terms_are_found_with_inflection(snapshot):
    """'社長が逃げた' is a search term of the wage guarantee; '社長が逃げて' must meet it."""
    answer = ask(snapshot, "社長が逃げて給料がもらえない")
    # Second to the labour consultation corner since the learned model's 26 batches (session
    # 17); what this test is about is that the inflected phrase is found at all.
    assert "miharai-chingin-tatekae" in ids(answer)[:2]
    match = next(m for m in answer.matches if m.service_id == "miharai-chingin-tatekae")
    assert any(reason.code == "words_match" for reason in match.reasons)


def test_a_narrow_program_needs_words_of_its_own_situation(snapshot):
    """The job-ad hotline is for a job that was not as advertised, not for any work worry."""
    vague = ids(ask(snapshot, "仕事がつらくて毎日しんどい。職場の人間関係も最悪"))
    own_words = ids(ask(snapshot, "入社したら求人票と給料が違った"))
    assert "hellowork-kyujin-hotline" not in vague[:5]
    assert own_words[0] == "hellowork-kyujin-hotline"


@pytest.mark.parametrize(
    ("text", "lang", "service"),
    [
        ("preciso de um banco de alimentos", "pt", "food-bank"),
        ("โรงอาหารสำหรับเด็ก", "th", "kodomo-shokudou"),
    ],
)
def test_our_texts_in_the_persons_language_are_searched(snapshot, text, lang, service):
    """BM25 runs over the catalog texts in the person's own language (built on first use)."""
    index = index_for(snapshot)
    scores = index.text_scores(text, lang)
    assert index.features[int(scores.argmax())].entry.id == service


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my coworkers bully me every day and i want to die"),
        ("es", "mis compañeros del trabajo me hacen bullying y quiero morirme"),
        ("pt", "meus colegas de trabalho me humilham todo dia e eu quero morrer"),
    ],
)
def test_an_adults_crisis_puts_the_lines_for_adults_before_a_childrens_line(snapshot, lang, text):
    result = ask(snapshot, text, lang=lang)
    assert result.crisis.is_crisis
    assert "24h-kodomo-sos-dial" not in ids(result)[:5]


def test_a_parent_in_a_childs_crisis_still_sees_the_childrens_line(snapshot):
    result = ask(snapshot, "my son is bullied at school and he says he wants to die", lang="en")
    assert result.crisis.is_crisis
    assert "24h-kodomo-sos-dial" in ids(result)[:3]


def test_a_child_in_a_suicidal_crisis_sees_childline_among_the_first_when_it_is_open(snapshot):
    evening = datetime(2026, 11, 25, 17, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    result = ask(snapshot, "もう しにたい。だれにも いえない", audience="child", at=evening)
    assert result.crisis.is_crisis
    assert "childline" in ids(result)[:3]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "最近、駅から家までずっと同じ男の人がついてくる。一人暮らしで怖い"),
        ("en", "someone keeps following me from the station to my apartment, im scared"),
        ("th", "มีผู้ชายเดินตามฉันจากสถานีถึงบ้านทุกคืน ฉันอยู่คนเดียว กลัวมาก"),
        ("tl", "may lalaking sumusunod sa akin mula station hanggang bahay gabi gabi"),
    ],
)
def test_a_person_followed_home_sees_the_police_consultation_line_first(snapshot, lang, text):
    result = ask(snapshot, text, lang=lang)
    assert "danger_other" in result.crisis.kinds
    assert ids(result)[0] == "keisatsu-soudan-9110"


# Refused because of a disability or an assistance dog (入店拒否, 乗車拒否): discrimination,
# for the human rights line (みんなの人権110番), not only disability services.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ja",
            "全盲で盲導犬と暮らしてます。お店もタクシーも『犬はちょっと』って断られる。説明するのにもう疲れました",
        ),
        ("ja", "車椅子だからってレストランに入るのを断られた。悔しい"),
        ("en", "im blind and restaurants keep refusing my guide dog, i am so tired of explaining"),
        ("zh-hans", "我是盲人，出租车看到导盲犬就拒载，已经好几次了"),
        ("ko", "안내견이랑 다니는데 식당에서 계속 거절당해요"),
        ("pt", "sou cega e o restaurante recusou meu cão guia de novo"),
        ("es", "soy ciego y en la tienda no me dejaron entrar con mi perro guía"),
        ("vi", "em bị khiếm thị, quán ăn từ chối không cho chó dẫn đường vào"),
        ("tl", "bulag ako at hindi pinapasok ng restaurant ang guide dog ko"),
        ("th", "ฉันตาบอด ร้านอาหารปฏิเสธไม่ให้สุนัขนำทางเข้า"),
        ("id", "saya tunanetra, restoran menolak anjing pemandu saya, ditolak terus"),
        ("ne", "म दृष्टिविहीन हुँ, रेस्टुरेन्टले गाइड कुकुर भएकोले पस्न दिएन"),
    ],
)
def test_a_person_refused_for_an_assistance_dog_or_a_wheelchair_sees_the_rights_line(
    snapshot, lang, text
):
    # 外国語人権相談ダイヤル is the same human rights consultation in the person's language
    rights_lines = {"minna-no-jinken-110"} | (
        {"gaikokugo-jinken-soudan"} if lang != "ja" else set()
    )
    assert rights_lines & set(ids(ask(snapshot, text, lang=lang))[:2])


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ja", "犬を飼いたいけどマンションで断られた"), ("en", "the landlord said no dogs allowed")],
)
def test_a_pet_refused_by_a_landlord_is_no_rights_case(snapshot, lang, text):
    assert ids(ask(snapshot, text, lang=lang))[0] != "minna-no-jinken-110"


def test_a_medical_danger_keeps_7119_above_the_police_line(snapshot):
    night = datetime(2026, 11, 26, 1, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    text = "夜中に夫が急に何度も吐いて熱が39度ある。救急車を呼ぶほどなのかわからない"
    found = ids(ask(snapshot, text, at=night))
    assert found.index("kyukyu-anshin-7119") < found.index("keisatsu-soudan-9110")


SCHOOL_MONEY_AID = {"shugaku-enjo", "koutou-kyouiku-shugaku-shien", "koukou-shugaku-shienkin"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "学校に行きたくない"),
        ("ja", "がっこう いきたくない。ともだち いない"),
        ("en", "i dont want to go to school anymore"),
        ("pt", "não quero mais ir pra escola"),
    ],
)
def test_a_child_who_does_not_want_to_go_to_school_is_not_sent_to_school_fee_aid(
    snapshot, lang, text
):
    found = ids(ask(snapshot, text, lang=lang, audience="child"))[:6]
    assert not SCHOOL_MONEY_AID & set(found)


def test_a_parent_who_cannot_pay_school_lunches_still_sees_school_aid(snapshot):
    assert "shugaku-enjo" in ids(ask(snapshot, "子どもの給食費が払えない"))[:5]
