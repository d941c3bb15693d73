"""The learned crisis safety net: what it learns, and how it joins the rules.

The messages the default model trains on are judged as labelled in test_crisis.py; that
proves nothing about new wording, so these tests train on a few messages written here
and check what the model makes of others it has not seen, and train once on every file
but one fresh batch to check what it catches there.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tsunagari.navigator.engine import crisis_model
from tsunagari.navigator.engine.crisis import KINDS, detect_crisis
from tsunagari.navigator.engine.crisis_model import CrisisModel, Example, Scores, alarm_kinds

NAVIGATOR_TESTS = Path(__file__).resolve().parents[1]

# fmt: off
TOY = [
    Example("もう消えたい", "ja", True, "suicide"),
    Example("消えてしまいたい。疲れた", "ja", True, "suicide"),
    Example("しにたい", "ja", True, "suicide"),
    Example("生きてるのがつらい、消えたい", "ja", True, "suicide"),
    Example("夫に殴られる", "ja", True, "dv"),
    Example("夫が毎晩殴ってくる", "ja", True, "dv"),
    Example("彼氏に殴られた", "ja", True, "dv"),
    Example("i want to disappear forever", "en", True, "suicide"),
    Example("i just want to disappear", "en", True, "suicide"),
    Example("my husband hits me", "en", True, "dv"),
    Example("my boyfriend hits me when he drinks", "en", True, "dv"),
    Example("死ぬほど眠い", "ja", False),
    Example("お腹すいて死にそう", "ja", False),
    Example("消しゴムが消えた", "ja", False),
    Example("夫と買い物に行った", "ja", False),
    Example("夫が料理を作ってくれた", "ja", False),
    Example("i am dying to see that movie", "en", False),
    Example("my phone battery disappeared so fast", "en", False),
    Example("my husband cooked dinner", "en", False),
    Example("we went shopping with my boyfriend", "en", False),
]
# fmt: on


@pytest.fixture(scope="module")
def toy() -> CrisisModel:
    return CrisisModel(KINDS).fit(TOY)


def test_model_reads_a_new_wording_of_a_learned_crisis(toy: CrisisModel) -> None:
    assert toy.score("ほんとに消えたいよ").probability > 0.5
    assert toy.score("i really want to disappear now").probability > 0.5


def test_model_keeps_a_learned_idiom_harmless(toy: CrisisModel) -> None:
    assert toy.score("今日も死ぬほど眠い").probability < 0.5
    assert toy.score("my husband cooked for us").probability < 0.5


def test_the_kind_heads_tell_the_kinds_apart(toy: CrisisModel) -> None:
    assert toy.score("夫にまた殴られた").likely_kinds() == ("dv",)
    assert toy.score("もう消えたい").likely_kinds() == ("suicide",)


def test_a_message_with_nothing_the_model_has_seen_raises_no_alarm(toy: CrisisModel) -> None:
    scores = toy.score("👍")
    assert scores.probability == 0.0
    assert alarm_kinds(scores) == ()


def test_training_is_deterministic() -> None:
    a, b = CrisisModel(KINDS).fit(TOY), CrisisModel(KINDS).fit(TOY)
    assert a.vocab == b.vocab
    assert np.array_equal(a.weights, b.weights)


def test_suicide_lines_join_a_kind_the_model_is_unsure_of() -> None:
    others = dict.fromkeys(KINDS, 0.01)
    assert Scores(0.95, others | {"dv": 0.8}).likely_kinds() == ("dv",)
    assert Scores(0.95, others | {"dv": 0.3}).likely_kinds() == ("suicide", "dv")
    both = Scores(0.95, others | {"dv": 0.7, "child_abuse": 0.6}).likely_kinds()
    assert both == ("child_abuse", "dv")


def test_below_the_threshold_the_model_raises_no_alarm() -> None:
    kinds = dict.fromkeys(KINDS, 0.9)
    assert alarm_kinds(Scores(crisis_model.THRESHOLD - 0.01, kinds)) == ()
    assert alarm_kinds(Scores(crisis_model.THRESHOLD, kinds)) != ()


def test_a_well_read_message_needs_less_certainty_than_a_short_one() -> None:
    kinds = dict.fromkeys(KINDS, 0.9)
    between = (crisis_model.WELL_READ_THRESHOLD + crisis_model.THRESHOLD) / 2
    assert alarm_kinds(Scores(between, kinds, well_read=True)) != ()
    assert alarm_kinds(Scores(between, kinds, well_read=False)) == ()
    below = crisis_model.WELL_READ_THRESHOLD - 0.01
    assert alarm_kinds(Scores(below, kinds, well_read=True)) == ()
    # An explicit threshold (a harmless look-alike the rules found) wins over both.
    assert alarm_kinds(Scores(between, kinds, well_read=True), crisis_model.THRESHOLD) == ()


@pytest.mark.parametrize(
    ("text", "well_read"),
    [
        ("もう消えたい", False),
        ("I want to disappear", False),
        # Some forty words' worth: three sentences in Japanese, five lines of English.
        (
            "夫が毎晩お酒を飲んで大声を出し、子どもの前で私を突き飛ばします。"
            "昨日は壁に頭をぶつけて、病院では転んだと言いました。実家にも言えず、"
            "お金も夫が管理しているので、どこに逃げればいいのかわかりません",
            True,
        ),
        (
            "My husband drinks every night and shouts, and yesterday he pushed me into the wall "
            "in front of the children. At the hospital I said I fell. I cannot tell my family "
            "and he keeps all the money, so I have no idea where I could go with the kids, or "
            "who would even believe me if I asked for help somewhere",
            True,
        ),
    ],
)
def test_a_message_is_well_read_by_its_known_features(text: str, well_read: bool) -> None:
    model = crisis_model.default_model(KINDS)
    assert model is not None
    assert model.score(text).well_read is well_read


def test_latin_letters_need_more_features_to_be_well_read() -> None:
    """Four n-grams a letter in Latin script, about three a character in Japanese."""
    model = crisis_model.default_model(KINDS)
    assert model is not None
    english = "my boss won't let me quit and keeps my last pay, what can I do about it now"
    assert not model.score(english).well_read
    assert len(model._feature_ids(english)) >= crisis_model.WELL_READ_FEATURES


class _Fixed:
    """A stand-in model that reads every message the same way."""

    def __init__(self, probability: float, kinds: dict[str, float]):
        self.scores = Scores(probability, dict.fromkeys(KINDS, 0.01) | kinds)

    def score(self, text: str) -> Scores:
        return self.scores

    def labelled_harmless(self, text: str) -> bool:
        return False


def test_the_model_raises_the_alarm_when_the_rules_are_silent(monkeypatch) -> None:
    monkeypatch.setattr(crisis_model, "default_model", lambda kinds: _Fixed(0.97, {"dv": 0.8}))
    result = detect_crisis("今日は散歩に行った", "ja")
    assert result.is_crisis
    assert result.kinds == ("dv",)
    assert not detect_crisis("今日は散歩に行った", "ja", learned=False).is_crisis


def test_when_the_rules_fire_their_kinds_stand(monkeypatch) -> None:
    monkeypatch.setattr(crisis_model, "default_model", lambda kinds: _Fixed(0.97, {"dv": 0.8}))
    assert detect_crisis("死にたい", "ja").kinds == ("suicide",)


def test_a_doubtful_model_leaves_a_harmless_message_alone(monkeypatch) -> None:
    monkeypatch.setattr(crisis_model, "default_model", lambda kinds: _Fixed(0.6, {"dv": 0.8}))
    assert not detect_crisis("今日は散歩に行った", "ja").is_crisis


def test_without_labelled_crises_the_rules_work_alone(monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "ordinary.yaml").write_text('- {lang: en, text: "hello"}\n', encoding="utf-8")
    monkeypatch.setattr(crisis_model, "TRAINING_SOURCES", ((tmp_path, "*.yaml"),))
    crisis_model.default_model.cache_clear()
    try:
        assert crisis_model.default_model(KINDS) is None
    finally:
        crisis_model.default_model.cache_clear()


@pytest.mark.slow
def test_on_a_batch_it_never_saw_the_model_catches_crises_without_crying_wolf() -> None:
    """Trained on every file but fresh batch 09 (and the later one): the held-out figure.

    Leave-one-file-out on the files of the day: the model alone found 47 of batch 09's 80
    crises with no false alarm (bench/crisis_generalisation.py prints every fold).
    """
    held = {"batch_09.yaml", "batch_10.yaml"}
    files = [p for p in crisis_model.training_files() if p.name not in held]
    model = CrisisModel(KINDS).fit(crisis_model.examples_from_files(files))
    batch = crisis_model.examples_from_files([NAVIGATOR_TESTS / "crisis_fresh" / "batch_09.yaml"])
    crises = [ex for ex in batch if ex.crisis]
    caught = [ex for ex in crises if alarm_kinds(model.score(ex.text))]
    false_alarms = [ex for ex in batch if not ex.crisis and alarm_kinds(model.score(ex.text))]
    assert len(caught) >= 0.5 * len(crises), len(caught)
    assert len(false_alarms) <= 1, [ex.text for ex in false_alarms]


def test_ordinary_requests_by_other_writers_rarely_raise_the_alarm() -> None:
    """The held-out scenarios (scenarios_pending) are never trained on: at most 5 % false
    alarms. (The tuned batches of scenarios_fresh are training data since session 17.)"""
    paths = sorted((NAVIGATOR_TESTS / "scenarios_pending").glob("*.yaml"))
    harmless = [ex for ex in crisis_model.examples_from_files(paths) if not ex.crisis]
    alarms = [ex.text for ex in harmless if detect_crisis(ex.text, ex.lang).is_crisis]
    assert len(alarms) <= 0.05 * len(harmless), alarms


def test_a_stored_model_reads_messages_exactly_as_the_trained_one(
    toy: CrisisModel, tmp_path: Path
) -> None:
    toy.save(tmp_path / "m.npz")
    loaded = CrisisModel.load(tmp_path / "m.npz", KINDS)
    for text in ("ほんとに消えたいよ", "my husband cooked for us", "今日は散歩に行った"):
        assert loaded.score(text) == toy.score(text)
    assert loaded.harmless == toy.harmless


def test_a_message_labelled_harmless_stays_harmless_in_any_width_or_case(
    toy: CrisisModel,
) -> None:
    assert toy.labelled_harmless("夫と買い物に行った")
    assert toy.labelled_harmless("My Husband cooked dinner!")
    assert toy.labelled_harmless("ｼﾇﾎﾄﾞﾈﾑｲ") is toy.labelled_harmless("シヌホドネムイ")
    assert not toy.labelled_harmless("夫に殴られる")  # a crisis, labelled as one
    assert not toy.labelled_harmless("夫と買い物に行ったら殴られた")


def test_the_model_is_silent_on_a_message_labelled_harmless(monkeypatch) -> None:
    class Labelled(_Fixed):
        def labelled_harmless(self, text: str) -> bool:
            return text == "今日は散歩に行った"

    monkeypatch.setattr(crisis_model, "default_model", lambda kinds: Labelled(0.97, {"dv": 0.8}))
    assert not detect_crisis("今日は散歩に行った", "ja").is_crisis
    assert detect_crisis("今日は公園に行った", "ja").is_crisis


def test_beside_a_harmless_look_alike_the_model_needs_more_certainty(monkeypatch) -> None:
    """An idiom the rules blank (死ぬほど眠い) asks for LOOK_ALIKE_THRESHOLD, not THRESHOLD."""
    between = (crisis_model.THRESHOLD + crisis_model.LOOK_ALIKE_THRESHOLD) / 2
    monkeypatch.setattr(crisis_model, "default_model", lambda kinds: _Fixed(between, {"dv": 0.8}))
    assert detect_crisis("今日は散歩に行った", "ja").is_crisis
    assert not detect_crisis("今日は死ぬほど眠い", "ja").is_crisis
    sure = crisis_model.LOOK_ALIKE_THRESHOLD
    monkeypatch.setattr(crisis_model, "default_model", lambda kinds: _Fixed(sure, {"dv": 0.8}))
    assert detect_crisis("今日は死ぬほど眠い", "ja").is_crisis


def test_a_model_stored_for_other_kinds_is_refused(toy: CrisisModel, tmp_path: Path) -> None:
    toy.save(tmp_path / "m.npz")
    with pytest.raises(ValueError, match="other kinds"):
        CrisisModel.load(tmp_path / "m.npz", ("suicide", "dv"))


def _toy_files(folder: Path) -> None:
    lines = [
        f"- {{lang: {ex.lang}, text: {ex.text!r}, crisis: {str(ex.crisis).lower()}"
        + (f", kind: {ex.kind}}}" if ex.kind else "}")
        for ex in TOY
    ]
    (folder / "toy.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_default_model_is_stored_once_and_trained_again_when_its_data_change(
    monkeypatch, tmp_path: Path
) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    data.mkdir()
    _toy_files(data)
    monkeypatch.setattr(crisis_model, "TRAINING_SOURCES", ((data, "*.yaml"),))
    monkeypatch.setenv("TSUNAGARI_CACHE_DIR", str(cache))
    crisis_model.default_model.cache_clear()
    try:
        first = crisis_model.default_model(KINDS)
        stored = list(cache.glob("crisis-model-*.npz"))
        assert first is not None
        assert len(stored) == 1
        crisis_model.default_model.cache_clear()
        monkeypatch.setattr(CrisisModel, "fit", lambda self, examples: pytest.fail("trained"))
        again = crisis_model.default_model(KINDS)
        assert again is not None
        assert again.score("もう消えたい") == first.score("もう消えたい")
        monkeypatch.undo()
        monkeypatch.setattr(crisis_model, "TRAINING_SOURCES", ((data, "*.yaml"),))
        monkeypatch.setenv("TSUNAGARI_CACHE_DIR", str(cache))
        with (data / "toy.yaml").open("a", encoding="utf-8") as handle:
            handle.write(
                '- {lang: en, text: "nobody would miss me", crisis: true, kind: suicide}\n'
            )
        crisis_model.default_model.cache_clear()
        crisis_model.default_model(KINDS)
        assert len(list(cache.glob("crisis-model-*.npz"))) == 2
    finally:
        crisis_model.default_model.cache_clear()


def test_a_damaged_stored_model_is_trained_again(monkeypatch, tmp_path: Path) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    data.mkdir()
    _toy_files(data)
    monkeypatch.setattr(crisis_model, "TRAINING_SOURCES", ((data, "*.yaml"),))
    monkeypatch.setenv("TSUNAGARI_CACHE_DIR", str(cache))
    path = crisis_model.stored_model_path(crisis_model.training_files(), KINDS)
    cache.mkdir()
    path.write_bytes(b"not a model")
    crisis_model.default_model.cache_clear()
    try:
        model = crisis_model.default_model(KINDS)
        assert model is not None
        assert model.score("ほんとに消えたいよ").probability > 0.5
        assert CrisisModel.load(path, KINDS).score("しにたい") == model.score("しにたい")
    finally:
        crisis_model.default_model.cache_clear()
