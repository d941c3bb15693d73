"""Crisis detector: the dev set, our own cases in all 11 languages, and normalisation.

The dev set (shared/eval/dev-crisis.yaml) is read at test time. Our own cases
(crisis_own.yaml beside this file) are written by us, not copied from dev: a held-out set
by other people judges the detector, so these exist to catch regressions on wording the
dev set does not contain (romanized Japanese and Nepali, full/half width, spaced-out
letters, typos, children's wording).
No case contains method details of suicide or self-harm.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from tsunagari.navigator.engine.crisis import (
    KINDS,
    CrisisResult,
    detect_crisis,
    load_lexicon_files,
)
from tsunagari.navigator.engine.crisis_text import _words_form
from tsunagari.navigator.engine.normalize import fold_kana, normalize, squash, strip_accents

DEV_SET = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev-crisis.yaml"
# Fresh batches written before tuning (see crisis_fresh/README.md): every item must pass.
FRESH_DIR = Path(__file__).resolve().parent / "crisis_fresh"
# Our own cases, crisis and harmless (the learned crisis model trains on them too).
OWN_FILE = Path(__file__).resolve().parent / "crisis_own.yaml"


def _dev_items() -> list:
    """One param per dev item; a single skipped param when the file is not there."""
    if not DEV_SET.exists():
        reason = f"dev crisis set not found at {DEV_SET} (shared/ is not beside the clone)"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="dev-set-absent")]
    items = yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))
    return [pytest.param(item, id=f"{item['id']}-{item['lang']}") for item in items]


@pytest.mark.parametrize("item", _dev_items())
def test_dev_message_is_judged_as_labelled(item: dict) -> None:
    result = detect_crisis(item["text"], item["lang"])
    assert result.is_crisis is item["crisis"], item["text"]
    if item["crisis"]:
        assert item["kind"] in result.kinds, (item["text"], result.kinds)


def _fresh_items() -> list:
    """One param per item of every fresh batch and of the harmless probe."""
    params = []
    for path in sorted(FRESH_DIR.glob("batch_*.yaml")) + sorted(FRESH_DIR.glob("harmless_*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        for number, item in enumerate(items, 1):
            params.append(pytest.param(item, id=f"{path.stem}-{number:02d}-{item['lang']}"))
    return params


@pytest.mark.parametrize("item", _fresh_items())
def test_fresh_batch_message_is_judged_as_labelled(item: dict) -> None:
    result = detect_crisis(item["text"], item["lang"])
    assert result.is_crisis is item["crisis"], (item["text"], result.kinds)
    if item["crisis"]:
        assert item["kind"] in result.kinds, (item["text"], result.kinds)


def test_fresh_batches_are_there_and_cover_all_eleven_languages() -> None:
    langs = {"ja", "en", "zh-hans", "ko", "pt", "es", "tl", "th", "vi", "ne", "id"}
    items = [p.values[0] for p in _fresh_items()]
    assert {i["lang"] for i in items if i["crisis"]} == langs
    assert {i["lang"] for i in items if not i["crisis"]} == langs


OWN_CASES = yaml.safe_load(OWN_FILE.read_text(encoding="utf-8"))
OWN_CRISIS = [(c["lang"], c["kind"], c["text"]) for c in OWN_CASES if c["crisis"]]
OWN_HARMLESS = [(c["lang"], c["text"]) for c in OWN_CASES if not c["crisis"]]

# fmt: off
OWN_EMERGENCY = [
    ("ja", "119", "アパートが火事！煙がすごい"),
    ("ja", "119", "父が倒れて意識がない"),
    ("en", "110", "someone is trying to break into my apartment right now"),
    ("en", "119", "my roommate collapsed and isn't breathing"),
    ("ko", "110", "지금 누가 현관문을 열려고 해요"),
    ("es", "119", "hay un incendio en mi edificio"),
    ("th", "119", "ไฟไหม้ห้องข้างๆ ควันเต็มเลย"),
    ("id", "110", "ada orang asing mencoba masuk ke kamar saya sekarang"),
]
# fmt: on


# Emergency numbers on top of the crisis block: 110 police, 119 fire and ambulance.
MORE_EMERGENCY = [
    ("ja", "110", "部屋の外で誰かがドアノブをガチャガチャしてる。今一人です"),
    ("ja", "119", "祖父が息をしていないみたい。どうしよう"),
    ("ja", "119", "アパートが火事！煙がすごい"),
    ("en", "119", "my neighbor's apartment is on fire and smoke is coming into mine"),
    ("zh-hans", "110", "有个陌生男人一直在敲我家的门，还说知道我一个人住"),
    ("ko", "110", "옆집에서 살려달라는 소리가 들려요"),
    ("pt", "119", "meu colega desmaiou no chão da fábrica e não acorda"),
    ("es", "110", "un hombre me está siguiendo desde el tren y ahora está afuera de mi casa"),
    ("tl", "110", "may lalaking nakatayo sa labas ng pinto ko kanina pa, takot na takot ako"),
    ("th", "119", "เพื่อนร่วมห้องหมดสติไม่หายใจ ต้องโทรเบอร์อะไร"),
    ("vi", "119", "bạn cùng phòng em ngất xỉu, gọi không tỉnh"),
    ("id", "110", "ada yang gedor-gedor pintu kamarku dan teriak mau bunuh aku"),
]


def _case_id(lang: str, text: str) -> str:
    return f"{lang}-{text[:24]}"


@pytest.mark.parametrize(
    ("lang", "kind", "text"), OWN_CRISIS, ids=[_case_id(c[0], c[2]) for c in OWN_CRISIS]
)
def test_own_crisis_message_shows_the_crisis_block(lang: str, kind: str, text: str) -> None:
    result = detect_crisis(text, lang)
    assert result.is_crisis, text
    assert kind in result.kinds, (text, result.kinds)


@pytest.mark.parametrize(
    ("lang", "text"), OWN_HARMLESS, ids=[_case_id(c[0], c[1]) for c in OWN_HARMLESS]
)
def test_own_harmless_message_gets_no_crisis_alert(lang: str, text: str) -> None:
    result = detect_crisis(text, lang)
    assert not result.is_crisis, (text, result.kinds)


@pytest.mark.parametrize(
    ("lang", "number", "text"),
    OWN_EMERGENCY + MORE_EMERGENCY,
    ids=[_case_id(c[0], c[2]) for c in OWN_EMERGENCY + MORE_EMERGENCY],
)
def test_immediate_danger_adds_the_emergency_number(lang: str, number: str, text: str) -> None:
    result = detect_crisis(text, lang)
    assert result.is_crisis
    assert number in result.emergency, (text, result.emergency)


def test_own_cases_cover_all_eleven_languages_both_ways() -> None:
    langs = {"ja", "en", "zh-hans", "ko", "pt", "es", "tl", "th", "vi", "ne", "id"}
    assert {c[0] for c in OWN_CRISIS} == langs
    assert {c[0] for c in OWN_HARMLESS} == langs
    assert len(OWN_CRISIS) + len(OWN_HARMLESS) >= 60


@pytest.mark.parametrize(
    "text", ["死にたい", "I want to die", "我不想活了", "marna man lagyo", "shinitai"]
)
def test_every_lexicon_applies_whatever_the_language_hint(text: str) -> None:
    for lang in (None, "ja", "en", "th", "unknown"):
        assert detect_crisis(text, lang).is_crisis, (text, lang)


def test_thoughts_of_suicide_need_no_emergency_number() -> None:
    assert detect_crisis("死にたい").emergency == ()


@pytest.mark.parametrize("text", ["", "   ", "\n", "。", "？", "👍"])
def test_empty_or_symbol_only_message_is_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) == CrisisResult(False)


def test_result_is_frozen_and_kinds_keep_a_stable_order() -> None:
    result = detect_crisis("夫に殴られる。子どもの前でも殴る。もう死にたい")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.is_crisis = False  # type: ignore[misc]
    assert list(result.kinds) == [k for k in KINDS if k in result.kinds]
    assert {"suicide", "dv", "child_abuse"} <= set(result.kinds)


def test_harmless_idiom_does_not_hide_a_real_sign_in_the_same_message() -> None:
    assert detect_crisis("死ぬほど眠いけど、本当はずっと死にたいと思ってる").is_crisis
    assert detect_crisis("I'm dying to see it, but honestly I want to die").is_crisis


def test_two_signal_families_fire_together_and_one_alone_does_not() -> None:
    # finality + farewell, in words no phrase lists as a whole
    assert detect_crisis("this is my last message to you all. thanks for everything").is_crisis
    assert not detect_crisis("thanks for everything, see you at the meeting").is_crisis
    # despair said twice is two signs ("what's the point" + "nobody would notice")
    assert detect_crisis("whats even the point. nobody would even notice").is_crisis


def test_an_ordinary_departure_is_no_farewell_but_despair_still_counts() -> None:
    assert not detect_crisis("last day at work today, thanks for everything guys").is_crisis
    assert not detect_crisis("今日で最後のバイトでした。みんな今まで本当にありがとう！").is_crisis
    assert detect_crisis(
        "visa ends so im going back to my country. i cant go on. goodbye everyone"
    ).is_crisis


def test_a_letter_to_mother_is_a_sign_unless_it_is_for_an_occasion() -> None:
    assert detect_crisis("em viết sẵn thư cho bố mẹ rồi").is_crisis
    assert not detect_crisis("em viết thư cho mẹ nhân ngày của mẹ").is_crisis


def test_kanji_and_kana_spellings_of_a_word_match_each_other() -> None:
    assert detect_crisis("もう いきてる りゆう ない").is_crisis
    assert detect_crisis("もう生きてる理由ない").is_crisis


def test_regex_entries_are_normalised_like_messages(tmp_path: Path) -> None:
    lexicon = tmp_path / "xx.yaml"
    # Thai ำ (NFKC in messages) and a space in a regex for a space-less script
    lexicon.write_text(
        "suicide:\n  strong:\n    regex: ['ลำบากมาก', '살아 있는게싫']\n", encoding="utf-8"
    )
    matcher = load_lexicon_files([lexicon])["suicide/strong"]
    assert matcher.cjk is not None
    assert matcher.cjk.search("ไม่อยากอยู่ให้ใครลำบากมาก".replace("ำ", "ํา"))
    assert matcher.cjk.search("살아있는게싫어")


def test_lexicon_file_with_an_unknown_signal_family_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "xx.yaml"
    bad.write_text("suicide:\n  signals:\n    finalty:\n      phrases: [a]\n")
    with pytest.raises(ValueError, match="signals"):
        load_lexicon_files([bad])


def test_lexicon_file_with_a_misplaced_key_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "xx.yaml"
    bad.write_text("suicide:\n  strong:\n    phrases: [a]\n    topic:\n      phrases: [b]\n")
    with pytest.raises(ValueError, match="suicide"):
        load_lexicon_files([bad])


def test_lexicon_file_with_a_duplicate_key_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "xx.yaml"
    bad.write_text("suicide:\n  strong:\n    regex: ['a']\n    regex: ['b']\n")
    with pytest.raises(ValueError, match="duplicate"):
        load_lexicon_files([bad])


def test_lexicon_file_with_a_broken_regex_names_the_slot(tmp_path: Path) -> None:
    bad = tmp_path / "xx.yaml"
    bad.write_text("dv:\n  strong:\n    regex: ['(unclosed']\n")
    with pytest.raises(ValueError, match="dv/strong"):
        load_lexicon_files([bad])


# --- normalisation --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ｼﾆﾀｲ", "シニタイ"),
        ("ＳＨＩＮＩＴＡＩ", "shinitai"),
        ("し\u200bに\u200dた\ufeffい", "しにたい"),
        ("つら〜〜い", "つらーい"),
        ("つら－い", "つらーい"),
        ("  many   spaces\n\tand lines ", "many spaces and lines"),
        ("き　え　た　い", "き え た い"),
        ("A-B", "a-b"),
    ],
)
def test_normalize_unifies_width_case_invisible_marks_dashes_and_spaces(
    raw: str, expected: str
) -> None:
    assert normalize(raw) == expected


def test_fold_kana_turns_katakana_into_hiragana_and_leaves_the_rest() -> None:
    assert fold_kana("シニタイ") == "しにたい"
    assert fold_kana("タヒにたい") == "たひにたい"
    assert fold_kana("死にたい abc 123") == "死にたい abc 123"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("し に た い", "しにたい"),
        ("ｼﾆﾀｲ", "しにたい"),
        ("s h i n i t a i", "shinitai"),
        ("s.h.i.n.i.t.a.i!!", "shinitai"),
        ("き　え　た　い", "きえたい"),
        ("しにたーーい", "しにたーい"),
        ("死にたい…。", "死にたい"),
        ("4ね", "4ね"),
    ],
)
def test_squash_leaves_only_the_letters_that_carry_meaning(raw: str, expected: str) -> None:
    assert squash(raw) == expected


def test_strip_accents_only_touches_latin_letters() -> None:
    assert strip_accents("não quero mais viver") == "nao quero mais viver"
    assert strip_accents("muốn chết đi") == "muon chet di"
    assert strip_accents("が") == "が"
    assert strip_accents("मर्न चाहन्छु") == "मर्न चाहन्छु"
    assert strip_accents("อยากตาย") == "อยากตาย"


# --- reading wording nobody listed (see the crisis module docstring) -------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("qro sumir desse mundo", "pt"),  # chat spelling: quero
        ("kiero morirme ya", "es"),  # quiero
        ("k muốn sống nữa", "vi"),  # k = không, read for Vietnamese only
        ("i feel so suiciadl tonight", "en"),  # two letters swapped in a long word
        ("ㅈㄱㅅㄷ", "ko"),  # 죽고싶다 typed as its initial consonants
        ("อยากตายยยยย", "th"),  # a letter stretched for effect
        ("しにたいいいい", "ja"),
    ],
)
def test_chat_spellings_typos_and_stretched_letters_are_read_as_words(text: str, lang: str) -> None:
    assert "suicide" in detect_crisis(text, lang).kinds, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("meu pai vai me matar se eu reprovar kkkkk", "pt"),  # kkk is laughter, not "que"
        ("we were talking all night about global warming", "en"),  # real words stay words
        ("ㅋㅋㅋㅋ ㅈㅅ", "ko"),  # laughter and "sorry" are too short to be initials
    ],
)
def test_chat_spellings_and_typos_do_not_invent_a_crisis(text: str, lang: str) -> None:
    assert not detect_crisis(text, lang).is_crisis, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my friend told me she hates her life and wishes she was dead", "en"),
        ("minha amiga disse que vai se matar", "pt"),
        ("mi hermano dice que la semana que viene ya no va a estar y regaló sus cosas", "es"),
        ("kasama ko sa trabaho, sabi niya gusto na niya mamatay", "tl"),
    ],
)
def test_what_someone_else_said_is_read_as_their_own_words(text: str, lang: str) -> None:
    assert "suicide" in detect_crisis(text, lang).kinds, text


def test_a_threat_against_the_writer_is_not_read_as_their_own_suicide() -> None:
    # "pai vai me matar" read in the first person would be "vou me matar": the writer's
    # own pronouns move out of the way first.
    assert detect_crisis("meu pai vai me matar kkkk", "pt") == CrisisResult(False)
    assert "danger_other" in detect_crisis("my ex said hed kill me if i leave", "en").kinds
    # a threat by someone else is no suicide, however it is reported
    for text in ("my ex said hed kill me if i leave", "she said shed kill me"):
        assert "suicide" not in detect_crisis(text, "en", learned=False).kinds, text
    assert "suicide" in detect_crisis("i wish someone would just kill me", "en").kinds


def test_who_does_it_adds_the_kind_of_help() -> None:
    # a threat by a step-parent is child abuse too; by a partner, dv
    assert "child_abuse" in detect_crisis("my stepdad said hes going to kill me", "en").kinds
    paycheck = "husband takes my whole paycheck and wont let me leave"
    assert "dv" in detect_crisis(paycheck, "en").kinds
    assert "dv" in detect_crisis("chồng giữ hết tiền và không cho tôi ra khỏi nhà", "vi").kinds
    # a relative in a medical emergency is nobody's doing
    kinds = detect_crisis("my grandpa collapsed and isnt breathing", "en").kinds
    assert kinds == ("danger_other",)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "隣のおばあさん、同居の孫に毎晩怒鳴られて殴られてるみたい。腕にあざがあった"),
        ("ja", "同居してる息子に叩かれる。わたしはもう85歳です"),
        ("en", "my uncle locks grandma in her room and shoves her when he is drunk"),
        ("tl", "si lolo binubugbog ng tito ko pag lasing, may pasa sya sa mukha"),
        ("es", "mi tío le pega a mi abuelita y le quita su pensión"),
    ],
)
def test_an_older_person_harmed_at_home_is_danger_not_child_abuse(lang: str, text: str) -> None:
    # a grandmother, a son or an aunt named as household members harm no child here:
    # the elder-abuse lines come first, not 189 and the child guidance centre
    assert detect_crisis(text, lang, learned=False).kinds == ("danger_other",)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("ja", "近所のおじさんに体を触られた", "sexual_violence"),
        ("ja", "友達のお父さんに殴られた", "danger_other"),
        ("zh-hans", "邻居叔叔老是摸我", "sexual_violence"),
        ("zh-hans", "隔壁阿姨打我", "danger_other"),
        ("tl", "hinipuan ako ni kuya sa church", "sexual_violence"),
        ("tl", "sinampal ako ni ate na kapitbahay", "danger_other"),
        ("id", "om tetangga suka pegang-pegang badan aku", "sexual_violence"),
        ("id", "kakak kelas megang dada aku", "sexual_violence"),
        ("th", "ลุงข้างบ้านชอบจับตัวหนู", "sexual_violence"),
        ("th", "ป้าข้างบ้านตีหนู", "danger_other"),
        ("vi", "chú hàng xóm hay sờ vào người em", "sexual_violence"),
        ("vi", "bác hàng xóm đánh em", "danger_other"),
    ],
)
def test_a_neighbour_called_uncle_or_aunt_is_no_household_member(
    lang: str, text: str, kind: str
) -> None:
    # kinship words name neighbours, a friend's parent or people at church too: what they
    # do is still a crisis, but no child abuse read from who does it (actor_household)
    assert detect_crisis(text, lang, learned=False).kinds == (kind,)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "おじさんに体を触られる"),
        ("zh-hans", "叔叔摸我的身体"),
        ("tl", "hinipuan ako ng tito ko"),
        ("id", "om aku suka pegang badan aku"),
        ("th", "ลุงชอบจับตัวหนู"),
        ("vi", "chú em hay sờ vào người em"),
    ],
)
def test_an_uncle_named_alone_is_still_read_as_family(lang: str, text: str) -> None:
    assert "child_abuse" in detect_crisis(text, lang, learned=False).kinds


@pytest.mark.parametrize(
    "text",
    ["택시 기사님이 성추행을 했어", "대리기사가 성희롱했어요", "택시 기사가 스토킹하는 것 같아요"],
)
def test_a_korean_driver_is_no_news_article(text: str) -> None:
    # 기사 is a news article and a driver: only an article read or named silences a topic
    assert detect_crisis(text, "ko", learned=False).is_crisis


def test_a_korean_news_article_still_explains_a_topic_word() -> None:
    for text in ("인터넷 기사 보니까 성추행 사건 많더라", "기사에 성추행 사건이 나왔어"):
        assert not detect_crisis(text, "ko", learned=False).is_crisis, text


def test_a_child_harmed_beside_an_older_person_is_still_child_abuse() -> None:
    text = "祖母が叔父に殴られてる。ぼくも父にたたかれる"
    assert "child_abuse" in detect_crisis(text, "ja", learned=False).kinds
    kinds = detect_crisis("my uncle shoves grandma and my dad hits me", "en", learned=False).kinds
    assert "child_abuse" in kinds


def test_lexicon_file_reading_one_chat_spelling_two_ways_is_refused(tmp_path: Path) -> None:
    (tmp_path / "aa.yaml").write_text("abbreviations: {q: que}\n", encoding="utf-8")
    (tmp_path / "bb.yaml").write_text("abbreviations: {q: ko}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="two ways"):
        load_lexicon_files(tmp_path.glob("*.yaml"))


def test_a_word_typed_in_vietnamese_is_not_read_as_the_same_letters_without_marks() -> None:
    # "sống" (to live) once read as English "song", a context word that silences topics
    text = "em cứ nghĩ đến tự vẫn, sống mệt mỏi quá"
    assert "suicide" in detect_crisis(text, "vi").kinds
    assert "suicide" in detect_crisis(text, "vi", learned=False).kinds


def test_a_number_with_its_unit_is_not_read_as_letters() -> None:
    # "3rd" once became "erd" ("3" read as "e" as in "d13"); digits inside a word still are letters
    assert _words_form("my 3rd graders at 5am") == " my 3rd graders at 5am "
    assert _words_form("k1ll mys3lf") == " kill myself "
    assert "suicide" in detect_crisis("i want to k1ll mys3lf", "en").kinds


def test_a_harmless_word_blanked_out_does_not_cut_its_sentence_in_two() -> None:
    # 打电话 (to phone) is blanked so that 打 is not read as hitting; the ex-partner before
    # it and the threat after it are still one sentence
    assert "dv" in detect_crisis("前男友打电话说要让我好看", "zh-hans", learned=False).kinds


@pytest.mark.parametrize(
    "text",
    [
        "てんちょう が まいにち わたし を たたく。 にほんご わからない から と いう",
        "社長が毎日私を殴る。国に帰りたい",
        "バイト先の店長がわたしをたたく",
    ],
)
def test_an_adult_hit_by_a_boss_is_danger_not_child_abuse(text: str) -> None:
    """A child's kana 'わたし を たたく' is child abuse; a boss named before it is an
    assault at work: the crisis lines for danger, not the children's lines."""
    assert detect_crisis(text, "ja", learned=False).kinds == ("danger_other",)


def test_a_pat_on_the_shoulder_from_a_boss_is_no_assault() -> None:
    assert not detect_crisis("課長に肩をたたかれて、よくやったと言われた。うれしい", "ja").is_crisis
    child = detect_crisis("ママがぼくをたたく。こわい", "ja", learned=False)
    assert child.kinds == ("child_abuse",)


# Families behind the child-abuse, dv and sexual-violence misses of blind batch 23, in
# every language: a child who flinches or freezes and marks a fall does not leave (seen by a
# carer, a co-worker, a maid); a cane, a belt or a slipper, and a child back bruised from the
# other parent; a burn as punishment; an in-law or cousin touching a child at night; a blow
# taken from a partner and worse if she tells; a manager who ties the visa to drinking, then
# gropes; a driver who locks the doors; forced, the act not named (a male student).
B23_FAMILY_CRISIS = [
    (
        "ja",
        "child_abuse",
        "保育士です。お母さんが迎えに来ると体がこわばる子がいて、首の後ろにあざを見つけました",
    ),
    (
        "ja",
        "child_abuse",
        "パート先の同僚が連れてくる3歳の子、母親が手を上げるたびにびくっとする。今日はほっぺに手の跡があった",
    ),
    ("ja", "child_abuse", "となりの家の子、父親の声がするとかたまってしまう。腕にあざが何個もある"),
    (
        "en",
        "child_abuse",
        (
            "i babysit for a family next door. the little girl flinches "
            "when her dad raises his voice and she has bruises on her "
            "upper arms"
        ),
    ),
    (
        "en",
        "child_abuse",
        ("my coworker's son cowers whenever she lifts her hand, and i saw a handprint on his back"),
    ),
    (
        "en",
        "child_abuse",
        (
            "im a nanny. the 5 year old freezes when her mom comes to "
            "pick her up and today she had a bruise behind her ear"
        ),
    ),
    (
        "zh-hans",
        "child_abuse",
        "我在幼儿园工作，有个孩子一看到妈妈抬手就缩起来，今天耳朵后面有淤青",
    ),
    ("zh-hans", "child_abuse", "同事带她3岁的儿子来店里，她一举手孩子就躲，脸上还有巴掌印"),
    (
        "ko",
        "child_abuse",
        "어린이집 교사인데 한 아이가 엄마가 손만 들어도 움찔하고 오늘 귀 뒤에 멍이 있었어요",
    ),
    (
        "ko",
        "child_abuse",
        "가사도우미로 일하는데 집주인 아이가 엄마한테 꼬집혀서 팔이 시퍼렇게 멍들었어요",
    ),
    (
        "pt",
        "child_abuse",
        (
            "sou babá, o menino de 4 anos se encolhe toda vez que a mãe "
            "levanta a mão e hoje tinha marca de mão no rosto"
        ),
    ),
    (
        "pt",
        "child_abuse",
        (
            "trabalho de diarista e a filha da patroa vive com roxos nos "
            "braços, a mãe belisca ela até ficar roxa"
        ),
    ),
    (
        "es",
        "child_abuse",
        (
            "soy niñera y la niña de 4 años se encoge cada vez que su "
            "papá levanta la mano, hoy tenía un moretón detrás de la "
            "oreja"
        ),
    ),
    (
        "es",
        "child_abuse",
        (
            "trabajo de empleada doméstica y la señora pellizca a su "
            "hijo de 3 años hasta dejarlo morado"
        ),
    ),
    (
        "tl",
        "child_abuse",
        (
            "kasambahay ako, yung anak ng amo ko 4 years old, lagi "
            "kinukurot ng nanay nya hanggang mangitim ang braso"
        ),
    ),
    (
        "tl",
        "child_abuse",
        (
            "yung pamangkin ng katrabaho ko napapapikit at umiiwas pag "
            "tinataas ng tatay nya ang kamay, may pasa sa leeg"
        ),
    ),
    ("th", "child_abuse", ("หนูเป็นพี่เลี้ยงเด็ก เด็กสามขวบสะดุ้งทุกครั้งที่แม่ยกมือ วันนี้มีรอยช้ำหลังหู")),
    ("th", "child_abuse", "ลูกนายจ้างอายุสี่ขวบโดนแม่หยิกจนตัวเขียวบ่อยๆ"),
    (
        "vi",
        "child_abuse",
        ("em làm giúp việc, đứa con 4 tuổi của chủ hay bị mẹ nó véo đến bầm tím cả người"),
    ),
    (
        "vi",
        "child_abuse",
        ("đứa bé nhà hàng xóm cứ thấy bố giơ tay là co rúm lại, hôm nay có vết bầm sau tai"),
    ),
    ("ne", "child_abuse", ("म घरमा काम गर्छु, मालिकको ४ वर्षको छोरालाई आमाले चिमोटेर जिउ निलो बनाउँछिन्")),
    ("ne", "child_abuse", ("malik ko 4 barsa ko chhora lai aama le chimotera jiu nilo banauchhin")),
    (
        "id",
        "child_abuse",
        (
            "aku pengasuh, anak umur 4 thn itu selalu ketakutan tiap "
            "ibunya angkat tangan, hari ini ada memar di belakang telinga"
        ),
    ),
    ("id", "child_abuse", "anak tetangga sering dicubit bapaknya sampe lebam biru2"),
    (
        "ja",
        "child_abuse",
        "継子が元夫の家から帰ってくると、いつも背中にあざがある。スリッパでたたかれるって言ってる",
    ),
    ("ja", "child_abuse", "じいちゃんが よっぱらうと つえで ぼくと いもうとを たたく"),
    (
        "en",
        "child_abuse",
        (
            "my stepson comes back from his dad's place covered in "
            "bruises, says he gets hit with a belt when he makes a mess"
        ),
    ),
    (
        "en",
        "child_abuse",
        ("grandpa gets drunk and whips me and my brother with a stick until our legs are red"),
    ),
    ("zh-hans", "child_abuse", "继子每次从他爸家回来身上都是青一块紫一块，说他爸用拖鞋打他"),
    ("zh-hans", "child_abuse", "爷爷喝酒以后就用棍子打我和妹妹，腿上都是红印"),
    ("ko", "child_abuse", "의붓아들이 친아빠 집에 다녀오면 멍투성이예요. 슬리퍼로 맞는대요"),
    ("ko", "child_abuse", "할아버지가 술 마시면 회초리로 저랑 동생 다리를 때려요"),
    (
        "pt",
        "child_abuse",
        ("meu avô bebe e bate em mim e no meu irmão com uma vara até ficar vermelho"),
    ),
    (
        "pt",
        "child_abuse",
        ("minha enteada volta da casa da mãe dela toda roxa, diz que apanha de cinto"),
    ),
    (
        "es",
        "child_abuse",
        (
            "mi hijastro vuelve de la casa de su papá lleno de "
            "moretones, dice que le pegan con la chancla"
        ),
    ),
    (
        "es",
        "child_abuse",
        (
            "mi abuelo toma y nos pega con una vara a mi hermano y a mí "
            "hasta dejarnos las piernas rojas"
        ),
    ),
    (
        "tl",
        "child_abuse",
        ("pag lasing si lolo pinapalo nya kami ng kapatid ko ng kahoy hanggang mamula binti namin"),
    ),
    (
        "tl",
        "child_abuse",
        (
            "yung stepson ko pag-uwi galing sa bahay ng tatay nya puro "
            "pasa, pinapalo daw sya ng tsinelas"
        ),
    ),
    ("th", "child_abuse", "ปู่เมาแล้วเอาไม้ตีหนูจนขาเป็นรอย"),
    ("th", "child_abuse", ("ลูกเลี้ยงกลับจากบ้านพ่อเขามามีรอยช้ำเต็มตัว บอกว่าโดนตีด้วยเข็มขัด")),
    ("vi", "child_abuse", ("ông nội say rượu là lấy roi đánh em với em gái đến lằn đỏ cả chân")),
    (
        "vi",
        "child_abuse",
        ("con riêng của chồng em mỗi lần ở nhà mẹ nó về là đầy vết bầm, nói bị đánh bằng dép"),
    ),
    ("ne", "child_abuse", "हजुरबुबा रक्सी खाएपछि लट्ठीले मलाई र भाइलाई कुट्नुहुन्छ"),
    ("ne", "child_abuse", ("hajurbuba raksi khayepachhi latthi le malai ra bhai lai kutnuhunchha")),
    (
        "id",
        "child_abuse",
        ("kakek kalo mabuk suka mukul aku sama adek pake rotan sampe kaki merah"),
    ),
    (
        "id",
        "child_abuse",
        (
            "anak tiri aku tiap pulang dari rumah bapaknya badannya "
            "memar, katanya dipukul pake sandal"
        ),
    ),
    ("ja", "child_abuse", "母が怒ると妹の手をコンロの火に押し付ける。妹はまだ6歳"),
    (
        "en",
        "child_abuse",
        ("my mom held my little sister's hand over the stove because she was angry. she's only 6"),
    ),
    ("en", "child_abuse", "my stepdad burns me with his cigarette when i talk back"),
    ("zh-hans", "child_abuse", "妈妈生气的时候用烧热的勺子烫妹妹的手，妹妹才6岁"),
    ("ko", "child_abuse", "엄마가 화나면 동생 손을 가스레인지 불에 지져요. 동생은 6살이에요"),
    (
        "pt",
        "child_abuse",
        ("minha mãe queimou a mão da minha irmãzinha no fogão de castigo, ela só tem 6 anos"),
    ),
    ("es", "child_abuse", ("mi mamá le quemó la mano a mi hermanita en la estufa como castigo")),
    (
        "tl",
        "child_abuse",
        ("pinaso ni mama yung kamay ng kapatid ko sa kalan kasi nagalit sya, 6 yrs old lang sya"),
    ),
    ("th", "child_abuse", "แม่โกรธแล้วเอามือน้องไปจี้ไฟที่เตา น้องเพิ่งหกขวบ"),
    ("vi", "child_abuse", "mẹ giận lên là dí tay em gái vào bếp lửa, em mới 6 tuổi"),
    ("ne", "child_abuse", "बुबाले रिसाएर भाइको हात आगोमा पोलिदिनुभयो"),
    ("ne", "child_abuse", "aama le risaera bahini ko haat chulo ma polidinubhayo"),
    (
        "id",
        "child_abuse",
        ("ibu kalau marah nyundut tangan adikku pake rokok, adikku baru 6 tahun"),
    ),
    (
        "ja",
        "child_abuse",
        "姉の家に泊まると、義兄が夜中に布団に入ってきて体をさわってくる。中学生です",
    ),
    (
        "ja",
        "child_abuse",
        ("ane no danna ga yoru ni heya ni haitte kite karada wo sawaru. mada 13sai"),
    ),
    ("ja", "child_abuse", ("itoko no oniisan ga yoru ni futon ni haitte kuru. shougakusei desu")),
    (
        "en",
        "child_abuse",
        (
            "when i stay at my sister's, her husband comes into my room "
            "at night and touches me. i'm 13"
        ),
    ),
    (
        "en",
        "child_abuse",
        ("my brother in law touches me at night when everyone is asleep. im in middle school"),
    ),
    ("zh-hans", "child_abuse", "暑假住在姐姐家，姐夫晚上进我房间摸我身体。我才初中"),
    ("ko", "child_abuse", "언니 집에 가면 형부가 밤에 제 방에 들어와서 몸을 만져요. 중학생이에요"),
    (
        "pt",
        "child_abuse",
        (
            "quando durmo na casa da minha irmã o marido dela entra no "
            "meu quarto de noite e me toca. tenho 13 anos"
        ),
    ),
    (
        "pt",
        "child_abuse",
        ("meu cunhado fica passando a mão em mim de noite quando todo mundo dorme, tenho 12 anos"),
    ),
    (
        "es",
        "child_abuse",
        (
            "cuando me quedo en casa de mi hermana, mi cuñado entra a mi "
            "cuarto de noche y me toca. tengo 13"
        ),
    ),
    (
        "tl",
        "child_abuse",
        ("pag nakikitulog ako sa ate ko, hinahawakan ako ng bayaw ko sa gabi. 13 pa lang ako"),
    ),
    ("th", "child_abuse", ("ตอนไปนอนบ้านพี่สาว พี่เขยชอบเข้ามาจับตัวหนูตอนกลางคืน หนูอยู่ ม.2")),
    (
        "vi",
        "child_abuse",
        ("mỗi lần ngủ lại nhà chị gái, anh rể hay vào phòng sờ người em lúc đêm. em mới 13 tuổi"),
    ),
    ("ne", "child_abuse", ("दिदीको घरमा बस्दा भिनाजुले राति मेरो जिउ छुनुहुन्छ। म १३ वर्षकी हुँ")),
    (
        "ne",
        "child_abuse",
        ("didi ko ghar ma basda bhinaju le rati mero jiu chhunuhunchha. ma 13 barsa ki hu"),
    ),
    (
        "id",
        "child_abuse",
        (
            "kalo nginep di rumah kakak, kakak ipar suka masuk kamar "
            "malem2 trus pegang2 badan aku. aku masih smp"
        ),
    ),
    ("pt", "dv", ("levei um tapa na cara do meu namorado ontem porque demorei pra responder")),
    (
        "pt",
        "dv",
        ("meu marido me deu um soco no estômago e disse que se eu contar pra alguém vai ser pior"),
    ),
    (
        "es",
        "dv",
        ("ayer me dio un puñetazo en el estómago mi esposo porque la cena no estaba lista"),
    ),
    ("es", "dv", ("recibí una cachetada de mi novio y dice que si le cuento a alguien será peor")),
    (
        "en",
        "dv",
        ("took a punch to the stomach from my husband last night because dinner was late"),
    ),
    (
        "en",
        "dv",
        ("my boyfriend punched me in the stomach and said if i tell anyone it'll be worse"),
    ),
    ("ja", "dv", "夫にお腹を殴られた。誰かに言ったらもっとひどいことになるって"),
    ("zh-hans", "dv", "老公一拳打在我肚子上，说我敢告诉别人就更惨"),
    ("ko", "dv", "남편한테 배를 주먹으로 맞았어요. 누구한테 말하면 더 심해질 거래요"),
    (
        "tl",
        "dv",
        (
            "sinuntok ako ng asawa ko sa tiyan kasi late yung hapunan, "
            "pag nagsumbong daw ako mas malala"
        ),
    ),
    ("th", "dv", ("สามีต่อยท้องฉันเพราะข้าวเย็นเสร็จช้า บอกว่าถ้าไปบอกใครจะโดนหนักกว่านี้")),
    ("vi", "dv", ("chồng đấm vào bụng em vì cơm tối trễ, còn dọa nếu nói với ai thì sẽ tệ hơn")),
    ("ne", "dv", ("श्रीमानले मेरो पेटमा मुक्का हाने, कसैलाई भनिस् भने अझ नराम्रो हुन्छ भन्छन्")),
    (
        "id",
        "dv",
        (
            "suami nonjok perut aku gara2 makan malem telat, katanya "
            "kalo aku ngadu bakal lebih parah"
        ),
    ),
    ("zh-hans", "sexual_violence", "老板说要续合同就得陪他喝酒，喝完以后在车上对我动手动脚"),
    ("zh-hans", "sexual_violence", "店长喝完酒把我拉进仓库乱摸我"),
    (
        "ja",
        "sexual_violence",
        "店長にビザの更新をしてほしいなら飲みに付き合えと言われ、そのあと個室で体を触られた",
    ),
    (
        "en",
        "sexual_violence",
        (
            "my manager said if i want my visa renewed i have to drink "
            "with him, then he groped me in the back room"
        ),
    ),
    (
        "ko",
        "sexual_violence",
        "사장님이 비자 연장하려면 술 같이 마셔야 한다고 하더니 룸에서 몸을 더듬었어요",
    ),
    (
        "pt",
        "sexual_violence",
        (
            "o gerente disse que pra renovar meu visto eu tinha que "
            "beber com ele, depois me apalpou no depósito"
        ),
    ),
    (
        "es",
        "sexual_violence",
        (
            "el encargado dijo que si quiero renovar la visa tengo que "
            "tomar con él, después me manoseó en el almacén"
        ),
    ),
    (
        "tl",
        "sexual_violence",
        (
            "sabi ng manager kung gusto ko ma-renew visa ko sumama ako "
            "uminom, tapos hinipuan nya ko sa bodega"
        ),
    ),
    ("th", "sexual_violence", ("ผู้จัดการบอกว่าถ้าอยากต่อวีซ่าต้องไปกินเหล้ากับเขา แล้วก็ลวนลามหนูในห้อง")),
    (
        "vi",
        "sexual_violence",
        ("quản lý nói muốn gia hạn visa thì phải đi nhậu với ổng, xong ổng sàm sỡ em trong kho"),
    ),
    (
        "ne",
        "sexual_violence",
        ("म्यानेजरले भिसा नवीकरण गर्न रक्सी खान साथ दिनुपर्छ भने, अनि कोठामा मेरो जिउ छाम्यो"),
    ),
    (
        "id",
        "sexual_violence",
        (
            "manajer bilang kalo mau perpanjang visa harus nemenin dia "
            "minum, abis itu dia grepe2 aku di gudang"
        ),
    ),
    (
        "en",
        "sexual_violence",
        ("the taxi driver locked the doors and put his hand up my skirt before letting me out"),
    ),
    (
        "en",
        "sexual_violence",
        ("uber driver locked the car and grabbed my thigh, wouldn't let me out"),
    ),
    ("ja", "sexual_violence", "タクシーの運転手にドアをロックされて、太ももの間に手を入れられた"),
    ("zh-hans", "sexual_violence", "网约车司机把车门锁了，把手伸到我两腿之间"),
    ("ko", "sexual_violence", "택시 기사가 문을 잠그고 제 다리 사이에 손을 넣었어요"),
    (
        "pt",
        "sexual_violence",
        ("o motorista do uber trancou as portas e passou a mão entre as minhas pernas"),
    ),
    (
        "es",
        "sexual_violence",
        ("el chofer del taxi cerró las puertas con seguro y me metió la mano entre las piernas"),
    ),
    ("tl", "sexual_violence", ("ni-lock ng grab driver yung pinto tapos hinawakan nya hita ko")),
    ("th", "sexual_violence", "คนขับแท็กซี่ล็อกประตูแล้วเอามือล้วงระหว่างขาหนู"),
    ("vi", "sexual_violence", "tài xế grab khóa cửa xe rồi thò tay vào giữa hai chân em"),
    ("ne", "sexual_violence", "ट्याक्सी ड्राइभरले ढोका लक गरेर मेरो तिघ्रामा हात हाल्यो"),
    (
        "id",
        "sexual_violence",
        ("driver ojol ngunci pintu mobil trus tangannya masuk ke selangkangan aku"),
    ),
    ("ja", "sexual_violence", "先輩に飲み会の後、無理やりされました"),
    ("ja", "sexual_violence", "部活の先輩に部屋で無理矢理されて、男なのに誰にも言えません"),
    ("ja", "sexual_violence", "bukatsu no senpai ni muriyari saremashita. otoko desu"),
    (
        "en",
        "sexual_violence",
        (
            "a senior guy on my team forced himself on me after a party. "
            "i'm a guy and don't know if i can even report this"
        ),
    ),
    ("zh-hans", "sexual_violence", "社团的男学长聚会后在他家强迫了我，我是男生不知道能不能说"),
    (
        "ko",
        "sexual_violence",
        "동아리 선배(남자)한테 술자리 끝나고 억지로 당했어요. 남자인데 상담해도 되는지 모르겠어요",
    ),
    (
        "pt",
        "sexual_violence",
        ("um veterano me forçou depois da festa, sou homem e não sei se posso denunciar"),
    ),
    (
        "es",
        "sexual_violence",
        ("un compañero mayor me forzó después de la fiesta, soy hombre y no sé si puedo denunciar"),
    ),
]
B23_FAMILY_HARMLESS = [
    ("ja", "息子が花火の音にびくっとして泣いた。かわいかった"),
    ("ja", "サッカーで転んで耳の後ろにあざができた。もう痛くない"),
    ("en", ("my dog flinches when i lift my hand to throw the ball, he's just excited lol")),
    ("en", "got a bruise behind my ear from a hockey puck last night"),
    ("zh-hans", "我家狗狗一看我举手就躲，以为要洗澡哈哈"),
    ("ko", "축구하다가 넘어져서 무릎에 멍이 들었어요"),
    ("pt", ("meu cachorro se encolhe quando levanto a mão pra jogar a bolinha kkk")),
    ("es", "me salió un moretón en la pierna jugando fútbol"),
    ("tl", "may pasa ako sa tuhod kasi nadapa ako sa basketball"),
    ("th", "ล้มตอนเล่นบอลเลยมีรอยช้ำที่เข่า"),
    ("vi", "chơi đá bóng bị ngã nên đầu gối bầm tím"),
    ("ne", "फुटबल खेल्दा लडेर घुँडामा निलो दाग भयो"),
    ("id", "jatoh pas main futsal, lutut memar biru"),
    ("ja", "おじいちゃんが杖をついて散歩に出かけた"),
    ("en", ("my son came back from his dad's place sunburnt, they went to the beach all weekend")),
    ("zh-hans", "爷爷拄着拐杖去公园下棋了"),
    ("pt", ("meu filho voltou da casa do pai todo queimado de sol, foram pra praia")),
    ("es", "mi abuela me tiró la chancla de broma jaja"),
    ("th", "คุณตาใช้ไม้เท้าเดินไปวัดทุกเช้า"),
    ("id", "kakek jalan pagi pake tongkat ke masjid"),
    ("ja", "料理中にコンロで手をやけどしちゃった"),
    ("en", "burned my hand on the stove making pancakes lol"),
    ("zh-hans", "做饭的时候不小心烫到手了"),
    ("pt", "queimei a mão no fogão fazendo janta"),
    ("es", "me quemé la mano con la estufa haciendo la cena"),
    ("tl", "napaso ako sa kalan habang nagluluto"),
    ("ne", "खाना पकाउँदा चुलोमा मेरो हात पोल्यो"),
    ("id", "tanganku kena panci panas pas masak"),
    ("ja", "gikei ga yoru ni denwa shite kita. kekkon no soudan datta"),
    ("en", "my brother in law came over at night to fix the sink"),
    ("zh-hans", "姐夫晚上来家里帮我修电脑"),
    ("ko", "형부가 밤에 와서 컴퓨터 고쳐줬어요"),
    ("pt", "meu cunhado veio de noite consertar o chuveiro"),
    ("es", "mi cuñado vino en la noche a arreglar la tubería"),
    ("tl", "dumating si bayaw kagabi para ayusin yung gripo"),
    ("th", "พี่เขยมาช่วยซ่อมก๊อกน้ำตอนกลางคืน"),
    ("vi", "anh rể tối qua qua sửa vòi nước giúp"),
    ("id", "kakak ipar dateng malem2 benerin keran"),
    ("pt", "levei um soco na aula de boxe hoje, tô todo dolorido"),
    ("es", "recibí un puñetazo en la clase de boxeo jaja"),
    ("en", "took a punch to the stomach in sparring today, still sore"),
    ("ja", "ボクシングの練習でお腹にパンチをもらった"),
    ("zh-hans", "店长说想续签证的话要准备在职证明，喝完酒我们就回家了"),
    ("ja", "店長とビザの更新の話をしたあと飲みに行った。楽しかった"),
    ("en", ("my manager helped me renew my visa and we went for drinks to celebrate")),
    (
        "en",
        (
            "the rideshare driver locked the doors because of the child "
            "lock, i had to ask him to open it"
        ),
    ),
    ("en", ("put your hand between my legs to hold the bottle while i open it")),
    ("ja", "タクシーの運転手がドアのロックを開けてくれなくて少し焦った"),
    ("zh-hans", "网约车司机把车门锁了，说是儿童锁，我下车了"),
    ("pt", ("o motorista do uber trancou as portas por segurança e me deixou em casa")),
    ("ja", "先輩に無理やり飲み会に連れて行かれました"),
    ("ja", "無理やり笑顔を作らされました。疲れた"),
    ("en", "my senior forced me to go to the party, it was awful lol"),
]


@pytest.mark.parametrize(("lang", "kind", "text"), B23_FAMILY_CRISIS)
def test_b23_family_crisis_is_found_by_the_rules(lang: str, kind: str, text: str) -> None:
    assert kind in detect_crisis(text, lang, learned=False).kinds, text


@pytest.mark.parametrize(("lang", "text"), B23_FAMILY_HARMLESS)
def test_b23_family_near_miss_is_no_crisis(lang: str, text: str) -> None:
    assert not detect_crisis(text, lang, learned=False).is_crisis, text


# --- families of session 9: everyday smoke and knives, affection, assault at work, kana ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "お線香の煙が部屋にこもる"),
        ("ja", "サンマを焼いたら台所に煙がいっぱい"),
        ("ja", "となりの人のタバコの煙がベランダから入ってくる"),
        ("en", "my kitchen is full of smoke because I burnt the toast again"),
        ("en", "it smells like smoke in the hallway because someone was grilling fish"),
        ("es", "hay humo en el departamento porque se me quemó el arroz, ya abrí las ventanas"),
        ("pt", "a fumaça do churrasco do vizinho entra em casa"),
        ("th", "ทำอาหารแล้วควันเต็มครัว"),
        ("ne", "khana pakauda dhuwa aayo"),
        ("zh-hans", "楼下烧烤的烟飘进我家"),
        ("ko", "삼겹살 구웠더니 연기가 나서 환기했어요"),
        ("tl", "may usok sa kusina kasi nagluluto ako ng tuyo"),
        ("vi", "nướng cá khói bốc lên đầy bếp"),
        ("id", "asap keluar dari dapur waktu bakar ikan"),
    ],
)
def test_smoke_from_cooking_incense_or_a_cigarette_is_no_fire(lang: str, text: str) -> None:
    assert not detect_crisis(text, lang).is_crisis, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "隣の部屋から煙が出ていて、ノックしても誰も出ない"),
        ("en", "there is smoke coming from next door and nobody answers the door"),
        ("es", "huele a quemado en la noche y no sé de dónde viene"),
        ("pt", "tá saindo fumaça do apartamento do lado e ninguém atende"),
        ("zh-hans", "隔壁冒烟了，敲门没人开"),
        ("zh-hans", "楼道里全是烟"),
        ("ko", "옆집에서 연기가 나는데 아무도 문을 안 열어요"),
        ("th", "ควันออกมาจากห้องข้างๆ เคาะแล้วไม่มีใครเปิด"),
        ("vi", "khói bốc ra từ phòng bên cạnh, gõ cửa không ai mở"),
        ("id", "asap keluar dari kamar sebelah, diketuk tidak ada yang buka"),
    ],
)
def test_smoke_nobody_explains_is_still_danger(lang: str, text: str) -> None:
    assert "danger_other" in detect_crisis(text, lang, learned=False).kinds, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "bawa pisau buat potong kue ulang tahun"),
        ("ja", "ケーキを切るナイフを持ってきて"),
        ("en", "peeling apples with a knife for the kids"),
        ("es", "corté la fruta con un cuchillo"),
        ("pt", "comprei um jogo de facas novo"),
        ("zh-hans", "拿刀来切蛋糕"),
        ("ko", "케이크 자를 칼 가져와"),
        ("vi", "mang dao ra cắt bánh sinh nhật"),
        ("th", "เอามีดมาตัดเค้กหน่อย"),
        ("tl", "magdala ka ng kutsilyo para hiwain ang cake"),
        ("ne", "cake katna chakku lyau"),
    ],
)
def test_a_knife_for_a_cake_or_fruit_is_no_threat(lang: str, text: str) -> None:
    assert not detect_crisis(text, lang).is_crisis, text


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "he pulled a knife on me", "danger_other"),
        ("en", "my husband held a knife to my throat", "dv"),
        ("ja", "包丁を首に当てられた", "danger_other"),
        ("es", "me puso un cuchillo en el cuello", "danger_other"),
        ("pt", "encostou uma faca no meu pescoço", "danger_other"),
        ("id", "ada orang nodong pisau ke aku di jalan", "danger_other"),
        ("tl", "tinutukan ako ng kutsilyo", "danger_other"),
        ("th", "มีผู้ชายเอามีดจ่อคอฉัน", "danger_other"),
        ("vi", "có người kề dao vào cổ tôi", "danger_other"),
        ("ne", "उसले चक्कु देखाएर धम्की दियो", "danger_other"),
        ("zh-hans", "有人拿刀威胁我", "danger_other"),
        ("ko", "남편이 칼을 들고 죽인다고 해요", "dv"),
        ("ko", "모르는 사람이 칼을 들이댔어요", "danger_other"),
    ],
)
def test_a_knife_held_at_someone_is_still_danger(lang: str, text: str, kind: str) -> None:
    assert kind in detect_crisis(text, lang, learned=False).kinds, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my sister kissed my son goodnight"),
        ("en", "grandma hugged my daughter and kissed her on the cheek"),
        ("vi", "bà hôn cháu chúc ngủ ngon"),
        ("vi", "dì ôm hôn con trai tôi"),
        ("zh-hans", "姐姐亲了亲我儿子说晚安"),
        ("ko", "할머니가 손녀를 안아주셨어요"),
        ("ja", "夫が毎晩子どもをお風呂に入れてくれる"),
    ],
)
def test_affection_in_a_family_said_plainly_is_no_abuse(lang: str, text: str) -> None:
    assert not detect_crisis(text, lang).is_crisis, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "he touches me when mom is out"),
        ("en", "my stepdad made me kiss him and keep it secret"),
        ("en", "my uncle kisses me on the mouth and tells me not to tell"),
        ("pt", "meu padrasto me obriga a beijar ele e diz pra não contar"),
        ("zh-hans", "继父逼我亲他，还让我保密"),
        ("tl", "hinahalikan ako ng tito ko sa labi at sabi wag sabihin"),
        ("id", "om aku suka cium bibir aku dan bilang jangan bilang siapa siapa"),
    ],
)
def test_a_kiss_or_touch_made_secret_is_still_sexual_violence(lang: str, text: str) -> None:
    assert "sexual_violence" in detect_crisis(text, lang, learned=False).kinds, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my boss hits me"),
        ("en", "a coworker punched me at work"),
        ("zh-hans", "老板打我"),
        ("ko", "사장이 때려요"),
        ("pt", "meu patrão me bate"),
        ("es", "el encargado me dio una cachetada"),
        ("tl", "binugbog ako ng boss ko"),
        ("th", "เจ้านายตีฉัน"),
        ("vi", "ông chủ đánh tôi"),
        ("ne", "मालिकले मलाई कुट्छ"),
        ("ne", "malik le malai kutchha"),
        ("id", "majikan sering mukul aku"),
    ],
)
def test_an_adult_hit_by_a_boss_is_danger_in_every_language(lang: str, text: str) -> None:
    kinds = detect_crisis(text, lang, learned=False).kinds
    assert "danger_other" in kinds, text
    assert not {"child_abuse", "dv"} & set(kinds), (text, kinds)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my boss hit the roof when he saw the report"),
        ("zh-hans", "老板拍了拍我的肩膀说干得好"),
        ("pt", "meu chefe bateu na mesa na reunião"),
        ("th", "หัวหน้าตบไหล่ชมว่าทำดี"),
        ("tl", "tinapik ako ng boss ko sa balikat"),
    ],
)
def test_a_boss_who_hits_no_one_is_no_assault(lang: str, text: str) -> None:
    assert not detect_crisis(text, lang).is_crisis, text


@pytest.mark.parametrize(
    "text",
    [
        "あーむかつく！テスト最悪",
        "ママ あ むかえに きて",
        "じしょ うまく ひけない",
        "かんじ しょうがない",
        "それは むりすか？",
        "ともだち かんけい で なやんでる",
        "ひとの きもち かんがえて",
    ],
)
def test_two_kana_words_meeting_do_not_spell_a_crisis_word(text: str) -> None:
    assert not detect_crisis(text, "ja").is_crisis, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("アムカしちゃった", "self_harm"),
        ("じしょう が やめられない", "self_harm"),
        ("またりすかしちゃった", "self_harm"),
        ("でんしゃで ちかんされた", "sexual_violence"),
        ("ちかんが こわい でんしゃ のれない", "sexual_violence"),
    ],
)
def test_the_kana_crisis_words_still_fire_alone(text: str, kind: str) -> None:
    assert kind in detect_crisis(text, "ja", learned=False).kinds, text


# --- Batch 23 families (crisA): suicide, self-harm, danger; written for these tests, no batch text.

B23_CRISIS = [
    # living itself grown hateful, in dialect and kana (Tohoku, Kansai, romaji)
    ("ja", "suicide", "もう生きてんのもやんだ、なんもかもやんだ"),
    ("ja", "suicide", "また落ぢだ。生ぎでるのもやんだぐなった"),
    ("ja", "suicide", "いきてるのも いやに なった"),
    ("ja", "suicide", "ikiteru no mo iya ni natta"),
    ("ja", "suicide", "生きとるのもしんどなってきた、もう生きとうない"),
    ("ja", "suicide", "親に合わせる顔がない。もう生きていたくない"),
    # wishing one's life were over, ending everything, being a burden
    ("tl", "suicide", "minsan naiisip ko tapusin na lang lahat para di na ako pabigat sa kanila"),
    ("tl", "suicide", "gusto ko na lang tapusin ang buhay ko, pabigat lang ako"),
    ("ne", "suicide", "yo jindagi chhito sakiye hunthyo jasto lagcha"),
    ("ne", "suicide", "ma ghar ma sabai ko lagi bojh matra hu, jiwan sakiye hunthyo"),
    ("ne", "suicide", "यो जिन्दगी छिटो सकिए हुन्थ्यो जस्तो लाग्छ"),
    ("es", "suicide", "ojalá mi vida se acabara pronto, solo soy una carga"),
    ("pt", "suicide", "queria que minha vida acabasse logo, só sou um peso pra todos"),
    ("id", "suicide", "pengen hidupku cepet berakhir aja, cuma jadi beban keluarga"),
    ("vi", "suicide", "ước gì cuộc đời này kết thúc sớm, em chỉ là gánh nặng"),
    ("en", "suicide", "i wish my life would just be over soon, im only a burden to them"),
    # marks that someone else (a teacher, a coach) sees as self-inflicted
    ("pt", "self_harm", "viu cortes no braço do meu filho que parecem feitos por ele mesmo"),
    ("pt", "self_harm", "a escola disse que minha filha tem marcas nas pernas que ela mesma fez"),
    ("en", "self_harm", "the school nurse saw cuts on my daughter's arm that look self-inflicted"),
    (
        "en",
        "self_harm",
        "her coach noticed marks on her thighs that look like she did them herself",
    ),
    (
        "es",
        "self_harm",
        "la maestra vio heridas en los brazos de mi hija que parecen hechas por ella misma",
    ),
    ("ja", "self_harm", "担任から娘の腕に自分でつけたような傷があると言われた"),
    ("zh-hans", "self_harm", "老师说女儿手臂上的伤像是她自己弄的"),
    ("ko", "self_harm", "선생님이 딸 팔에 스스로 낸 것 같은 상처가 있다고 했어요"),
    ("id", "self_harm", "guru liat luka di paha anakku yang kayaknya dibuat sendiri"),
    (
        "tl",
        "self_harm",
        "nakita ng teacher yung mga sugat sa braso ng anak ko na parang siya mismo ang gumawa",
    ),
    ("vi", "self_harm", "cô giáo thấy vết cắt trên tay con gái tôi giống như tự làm"),
    ("th", "self_harm", "ครูเห็นรอยแผลที่แขนลูกสาว เหมือนเขาทำตัวเอง"),
    # someone swept away by a river or the sea, drowning (not a business going under)
    ("ja", "danger_other", "海で弟が波にさらわれた"),
    ("ja", "danger_other", "友達が川に流されて見えない"),
    ("ja", "danger_other", "かわで ともだちが ながされた"),
    ("ja", "danger_other", "tomodachi ga kawa de nagasareta"),
    ("en", "danger_other", "my friend got swept away by the river and i cant see him"),
    ("en", "danger_other", "my son is drowning in the sea"),
    ("es", "danger_other", "a mi amigo se lo llevó la corriente del río"),
    ("pt", "danger_other", "meu amigo foi levado pela correnteza do rio"),
    ("tl", "danger_other", "natangay ng agos ng ilog yung kaibigan ko"),
    ("id", "danger_other", "temenku keseret arus sungai, ga keliatan lagi"),
    ("vi", "danger_other", "bạn em bị nước cuốn trôi ở sông"),
    ("th", "danger_other", "เพื่อนถูกน้ำพัดไปในแม่น้ำ"),
    ("zh-hans", "danger_other", "朋友在河里被水冲走了"),
    ("ko", "danger_other", "친구가 강물에 떠내려갔어요"),
    ("ne", "danger_other", "साथीलाई खोलाले बगायो"),
    # chest pain with a cold sweat, pallor or being unable to stand
    ("en", "danger_other", "my husband has crushing chest pain and is sweating a lot"),
    ("ja", "danger_other", "父が胸が痛いと言って冷や汗をかいて立てない"),
    ("es", "danger_other", "mi papá tiene un dolor fuerte en el pecho y está sudando frío"),
    ("pt", "danger_other", "meu pai tá com uma dor forte no peito, suando frio e pálido"),
    ("tl", "danger_other", "si papa masakit daw ang dibdib, pawis na pawis at namumutla"),
    ("id", "danger_other", "bapak nyeri dada hebat, keringet dingin, pucet"),
    ("vi", "danger_other", "bố em đau ngực dữ dội, vã mồ hôi lạnh"),
    ("zh-hans", "danger_other", "我爸胸口剧痛，出冷汗，脸色发白"),
    ("ko", "danger_other", "아빠가 가슴이 너무 아프다고 식은땀을 흘려요"),
    ("th", "danger_other", "พ่อเจ็บหน้าอกมาก เหงื่อแตก หน้าซีด"),
    ("ne", "danger_other", "बुबाको छाती धेरै दुखेको छ, चिसो पसिना आइरहेको छ"),
    # a fall from a height (scaffolding, a roof) and unable to move
    ("pt", "danger_other", "meu pai caiu do telhado e não consegue mexer as pernas"),
    ("en", "danger_other", "my coworker fell off the scaffolding and cant feel his legs"),
    ("ja", "danger_other", "同僚が足場から落ちて足が動かない"),
    ("es", "danger_other", "mi compañero se cayó del andamio y no puede mover las piernas"),
    ("tl", "danger_other", "nahulog sa scaffolding yung katrabaho ko, di maigalaw ang paa"),
    ("id", "danger_other", "temen kerja jatuh dari perancah, kakinya ga bisa digerakin"),
    ("vi", "danger_other", "đồng nghiệp ngã từ giàn giáo xuống, không cử động được chân"),
    ("zh-hans", "danger_other", "同事从脚手架上摔下来，腿动不了"),
    ("ko", "danger_other", "동료가 비계에서 떨어져서 다리를 못 움직여요"),
    ("th", "danger_other", "เพื่อนร่วมงานตกนั่งร้าน ขยับขาไม่ได้"),
    ("ne", "danger_other", "साथी मचानबाट खस्यो, खुट्टा चलाउन सक्दैन"),
    # a stranger showing a knife and saying he will wait (not a knife for cake or a trick)
    (
        "es",
        "danger_other",
        "un hombre me mostró un cuchillo en la calle y me dijo que me va a esperar",
    ),
    (
        "en",
        "danger_other",
        "a guy on the train showed me a knife and said he'll wait for me at the exit",
    ),
    ("ja", "danger_other", "電車で知らない男にナイフを見せられて、出口で待ってると言われた"),
    (
        "pt",
        "danger_other",
        "um cara no ônibus me mostrou uma faca e disse que vai me esperar na saída",
    ),
    ("tl", "danger_other", "may lalaki sa jeep na naglabas ng kutsilyo at sinabing aabangan ako"),
    (
        "id",
        "danger_other",
        "ada cowok di kereta nunjukin pisau ke aku, katanya nungguin aku di pintu keluar",
    ),
    ("vi", "danger_other", "có thằng trên tàu rút dao ra dọa em, bảo sẽ chờ em ở cửa ra"),
    ("zh-hans", "danger_other", "地铁上有个男的给我看刀，说在出口等我"),
    ("ko", "danger_other", "지하철에서 어떤 남자가 칼을 보여주면서 출구에서 기다리겠대요"),
    ("th", "danger_other", "มีผู้ชายบนรถไฟเอามีดให้ดู บอกว่าจะรอที่ทางออก"),
    ("ne", "danger_other", "बसमा एक जनाले चक्कु देखाएर बाहिर पर्खिन्छु भन्यो"),
    # a threat to throw acid (not a chemistry lesson or a documentary)
    ("vi", "danger_other", "có người lạ cứ nhắn tin dọa tạt axit vào mặt em"),
    ("vi", "danger_other", "no doa tat axit em neu khong tra tien"),
    ("en", "danger_other", "someone keeps texting that he'll throw acid on my face if i don't pay"),
    ("ja", "danger_other", "金を払わないと顔に硫酸をかけると脅されている"),
    ("es", "danger_other", "me amenaza con echarme ácido en la cara si no le pago"),
    ("pt", "danger_other", "ele ameaçou jogar ácido no meu rosto"),
    ("tl", "danger_other", "tinatakot ako na bubuhusan ng asido ang mukha ko"),
    ("id", "danger_other", "aku diancam mau disiram air keras kalo ga bayar"),
    ("zh-hans", "danger_other", "有人威胁要往我脸上泼硫酸"),
    ("ko", "danger_other", "돈 안 주면 얼굴에 염산 뿌리겠다고 협박해요"),
    ("th", "danger_other", "มีคนขู่จะสาดน้ำกรดใส่หน้า"),
    ("ne", "danger_other", "पैसा नदिए मुखमा एसिड छ्याप्छु भनेर धम्की दिन्छ"),
    # a limb caught in a machine and bleeding (not a past accident, not a period)
    ("ne", "danger_other", "मेसिनमा हात फस्यो, धेरै रगत बगिरहेको छ"),
    ("ne", "danger_other", "factory ma sathi ko haat machine ma paryo, dherai ragat bagiracha"),
    (
        "en",
        "danger_other",
        "my friend's hand got caught in the machine at the factory, so much blood",
    ),
    ("ja", "danger_other", "工場で同僚の手が機械に挟まって血が止まらない"),
    (
        "es",
        "danger_other",
        "a mi compañero se le quedó la mano atrapada en la máquina y sangra mucho",
    ),
    ("pt", "danger_other", "a mão do meu colega ficou presa na máquina, tá sangrando muito"),
    ("tl", "danger_other", "naipit ang kamay ng katrabaho ko sa makina, ang daming dugo"),
    ("id", "danger_other", "tangan temen kejepit mesin di pabrik, darahnya banyak banget"),
    ("vi", "danger_other", "tay bạn em bị kẹt vào máy, chảy máu nhiều lắm"),
    ("zh-hans", "danger_other", "同事的手被机器卷进去了，流了很多血"),
    ("ko", "danger_other", "동료 손이 기계에 끼어서 피가 많이 나요"),
    ("th", "danger_other", "มือเพื่อนติดเครื่องจักร เลือดออกเยอะมาก"),
    # an electric shock and no response
    ("id", "danger_other", "adikku kesetrum, skrg ga sadarkan diri"),
    ("id", "danger_other", "bapak kesetrum terus pingsan ga bangun2"),
    ("en", "danger_other", "my brother got electrocuted and he's not responding"),
    ("ja", "danger_other", "弟が感電して意識がない"),
    ("es", "danger_other", "mi hermano se electrocutó y no reacciona"),
    ("pt", "danger_other", "meu irmão levou um choque na tomada e desmaiou"),
    ("tl", "danger_other", "nakuryente si kuya, walang malay"),
    ("vi", "danger_other", "em trai bị điện giật, bất tỉnh rồi"),
    ("zh-hans", "danger_other", "弟弟触电了，昏迷不醒"),
    ("ko", "danger_other", "동생이 감전돼서 의식이 없어요"),
    ("th", "danger_other", "น้องโดนไฟดูด หมดสติ"),
    ("ne", "danger_other", "भाइलाई करेन्ट लागेर बेहोस भयो"),
    # bored to death: an idiom
    ("id", "suicide", "capek, bosen hidup, mau mati aja"),
    # a parent "will kill me" over a mishap, with a laugh: an idiom
    ("tl", "danger_other", "papatayin daw ako ni tatay pag umuwi ako, may dala siyang itak"),
    # a drama or film episode about a kidnapped child
    ("ja", "danger_other", "娘が知らない男に車で連れ去られた"),
]
B23_HARMLESS = [
    # living itself grown hateful, in dialect and kana (Tohoku, Kansai, romaji)
    ("ja", "雨ばっかで外さ出るのもやんだぐなった"),
    ("ja", "仕事行ぐのもやんだ、早ぐ週末になれ"),
    ("ja", "試験落ちて親に合わせる顔がない"),
    # wishing one's life were over, ending everything, being a burden
    ("tl", "tapusin na lang natin lahat ng assignment ngayong gabi"),
    ("tl", "pabigat ako sa team namin sa basketball haha"),
    ("ne", "yo kaam chhito sakiye hunthyo, thakiyo"),
    ("ne", "jhola dherai bojh bhayo, saman dherai cha"),
    # marks that someone else (a teacher, a coach) sees as self-inflicted
    ("pt", "os machucados do meu filho foram feitos no futebol"),
    ("en", "the scratches on his legs look like they're from the cat"),
    ("es", "mi hija hizo ella misma el pastel"),
    ("ja", "娘のひざの傷は自転車で転んだときのものです"),
    # someone swept away by a river or the sea, drowning (not a business going under)
    ("ja", "雰囲気に流されて買っちゃった"),
    ("ja", "川で流しそうめんした"),
    ("en", "i'm drowning in homework this week"),
    ("pt", "tô me afogando em trabalho"),
    ("id", "tenggelam dalam tugas kuliah"),
    ("en", "my small business is going under this year"),
    # chest pain with a cold sweat, pallor or being unable to stand
    ("en", "chest is sore after the gym yesterday"),
    ("ja", "筋トレで胸が筋肉痛"),
    ("es", "me duele el pecho de tanto reír"),
    # a fall from a height (scaffolding, a roof) and unable to move
    ("pt", "caí da escada ontem, só ficou um roxo"),
    ("id", "jatuh dari kasur, males bgt ga bisa bangun pagi"),
    ("ja", "自転車で転んで足が痛い"),
    # a stranger showing a knife and saying he will wait (not a knife for cake or a trick)
    ("es", "mi abuelo me enseñó su navaja suiza de colección"),
    ("en", "my friend showed me the knife he bought for camping"),
    ("en", "he showed me a knife trick and then we were waiting for the bus"),
    ("id", "mama ngeluarin pisau buat motong kue, tunggu bentar ya"),
    ("vi", "bà rút dao ra gọt táo, đợi chút nhé"),
    ("zh-hans", "妈妈拿出刀切菜，叫我等一下"),
    # a threat to throw acid (not a chemistry lesson or a documentary)
    ("vi", "tạt nước vào mặt cho tỉnh ngủ"),
    ("en", "acid reflux is killing me tonight"),
    ("id", "disiram air pas ulang tahun sama temen"),
    ("ja", "理科の実験で硫酸をかけると紙が黒くなった"),
    ("vi", "xem phim tài liệu về nạn nhân bị tạt axit, thương quá"),
    # a limb caught in a machine and bleeding (not a past accident, not a period)
    ("ne", "नाकबाट अलिकति रगत आयो"),
    ("ne", "कारखानामा मेसिनमा हात च्यापियो, औंला भाँचियो। रोउसाई पाइन्छ कि?"),
    ("en", "my hand got caught in a machine at work last month, can i get compensation"),
    ("id", "lagi haid hari kedua, darahnya banyak banget, perut kram"),
    ("vi", "tay em bị kẹt vào máy tháng trước, công ty có bồi thường không"),
    ("zh-hans", "上个月手被机器夹住了，骨折了，能申请工伤吗"),
    # an electric shock and no response
    ("id", "kesetrum dikit pas nyolok charger, kaget doang"),
    ("id", "ga sadar udah jam 3 pagi"),
    ("en", "got a little shock from the socket, i'm fine"),
    ("ja", "静電気でビリッときた"),
    # bored to death: an idiom
    ("id", "libur ujan mulu, bosen setengah mati"),
    ("id", "gabut bgt mau mati bosen rasanya"),
    ("en", "so bored i could die"),
    ("es", "me muero de aburrimiento en casa"),
    ("pt", "tô morrendo de tédio nesse feriado"),
    ("tl", "mamamatay na ako sa bagot dito sa bahay"),
    ("ja", "退屈すぎて死にそう"),
    ("ko", "심심해 죽겠다 진짜"),
    ("zh-hans", "周末在家无聊死了"),
    ("vi", "chán muốn chết, mưa cả tuần"),
    ("th", "เบื่อจะตายแล้ว ฝนตกทั้งวัน"),
    ("ne", "boring le marna lagyo yaar"),
    # a parent "will kill me" over a mishap, with a laugh: an idiom
    ("tl", "papatayin ako ni mama pag nalaman nyang nabasag ko yung plato haha"),
    ("tl", "lagot ako kay nanay, papatayin ako, naiwan ko yung payong lol"),
    ("en", "mom's gonna kill me, i broke her favourite mug lol"),
    ("ja", "皿割っちゃった、母さんに殺される笑"),
    ("es", "mi mamá me va a matar, quemé el arroz jaja"),
    ("pt", "minha mãe vai me matar, queimei o arroz kkkk"),
    ("id", "mampus nyokap bakal bunuh aku nih, nasinya gosong wkwk"),
    ("vi", "mẹ giết em mất, em làm cháy nồi cơm rồi haha"),
    # a drama or film episode about a kidnapped child
    ("ja", "誘拐ドラマの最終回見て泣いた"),
    ("ja", "映画で子どもがさらわれるシーン、母親になってからは見られない"),
    ("en", "watched a crime show episode where a kid gets kidnapped, so hard as a parent"),
    ("es", "vi una serie donde secuestran a un niño y lloré"),
]


@pytest.mark.parametrize(
    ("lang", "kind", "text"), B23_CRISIS, ids=[_case_id(c[0], c[2]) for c in B23_CRISIS]
)
def test_batch_23_families_are_found_with_their_kind(lang: str, kind: str, text: str) -> None:
    """Families behind batch 23's misses, carried to every language where they apply:
    dialect weariness of living, a life wished over, marks seen as self-made, drowning, a
    heart attack, a fall, a machine, an electric shock, a knife shown, an acid threat."""
    assert kind in detect_crisis(text, lang, learned=False).kinds, text


@pytest.mark.parametrize(
    ("lang", "text"), B23_HARMLESS, ids=[_case_id(c[0], c[1]) for c in B23_HARMLESS]
)
def test_batch_23_near_misses_raise_no_alarm(lang: str, text: str) -> None:
    """The same words in everyday frames: bored to death, "mum will kill me lol", a drama
    episode, drowning in homework, a little shock from a socket, a machine accident last
    month, a heavy period, a knife for cake, acid in a chemistry lesson."""
    assert not detect_crisis(text, lang, learned=False).is_crisis, text
