"""The learned ranking model: what it learns from labelled scenarios, and how it joins the rules.

The default model trains on the fresh scenario batches; what it does for those texts says
nothing about new wording, so these tests train on a few situations written here and look
at messages it has not seen, and check the ranking with and without the model.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.navigator.engine import ranking, service_model
from tsunagari.navigator.engine.config import ranking_weights
from tsunagari.navigator.engine.crisis import CrisisResult
from tsunagari.navigator.engine.index import index_for
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.service_model import Labelled, ServiceModel
from tsunagari.navigator.engine.types import NavigationRequest

AT = datetime.fromisoformat("2026-11-25T14:00:00+09:00")

# fmt: off
TOY = [
    Labelled("家賃が払えなくて追い出されそう", "ja", "adult", ("rent-aid",), ("money-desk",)),
    Labelled("家賃を滞納して退去を求められた", "ja", "adult", ("rent-aid", "money-desk")),
    Labelled("アパートの家賃が払えない", "ja", "adult", ("rent-aid",)),
    Labelled("給料が払われない。残業代も出ない", "ja", "adult", ("labour-desk",)),
    Labelled("会社が給料を払ってくれない", "ja", "adult", ("labour-desk",)),
    Labelled("残業代が一円も出ない", "ja", "adult", ("labour-desk",), ("money-desk",)),
    Labelled("I can't pay my rent this month", "en", "adult", ("rent-aid", "foreign-desk")),
    Labelled("my boss doesn't pay my salary", "en", "adult", ("labour-desk", "foreign-desk")),
    Labelled("学校でいじめられてる", "ja", "child", ("child-line",)),
    Labelled("クラスでいじめられてつらい", "ja", "child", ("child-line",)),
]
# fmt: on


@pytest.fixture(scope="module")
def toy() -> ServiceModel:
    return ServiceModel().fit(TOY)


def best(model: ServiceModel, text: str, lang: str = "ja", audience: str = "adult") -> str:
    scores = model.scores(text, lang, audience)
    return model.services[int(np.argmax(scores))]


def test_unseen_wording_of_a_learned_situation_scores_its_services_first(toy: ServiceModel) -> None:
    assert best(toy, "今月の家賃がはらえません") == "rent-aid"
    assert best(toy, "バイト先が給料を払わない") == "labour-desk"
    assert best(toy, "いじめられてる。学校いきたくない", audience="child") == "child-line"


def test_a_text_with_nothing_known_scores_nothing(toy: ServiceModel) -> None:
    assert not toy.scores("ฮัลโหล", "th", "elder").any()


def test_unknown_words_score_by_the_audience_alone(toy: ServiceModel) -> None:
    """Children's messages were all about bullying here: the audience itself says so."""
    first = toy.scores("ฮัลโหล", "th", "child")
    assert np.allclose(first, toy.scores("สวัสดีครับ", "th", "child"))
    assert toy.services[int(np.argmax(first))] == "child-line"


def test_scores_are_above_each_services_base_rate(toy: ServiceModel) -> None:
    """A service given for many messages gets no lift from a message unlike them."""
    scores = dict(zip(toy.services, toy.scores("家賃が払えない", "ja", "adult"), strict=True))
    assert scores["rent-aid"] > 0.2
    assert scores["labour-desk"] < 0.05


def test_a_line_given_to_everyone_writing_a_language_is_lifted_by_the_message_not_the_language(
    toy: ServiceModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both English messages were given the foreign residents' desk: the rules already know
    the language, so the model lifts that desk far less than with one base for everyone."""
    monkeypatch.setattr(service_model, "LANGUAGE_BASE_WEIGHT", 1e9)
    one_base = ServiceModel().fit(TOY)
    message = "my rent is late again"
    lifted = dict(zip(toy.services, toy.scores(message, "en", "adult"), strict=True))
    before = dict(zip(one_base.services, one_base.scores(message, "en", "adult"), strict=True))
    assert lifted["foreign-desk"] < before["foreign-desk"] - 0.1
    assert best(toy, "家賃が払えない") == best(one_base, "家賃が払えない") == "rent-aid"


def test_scores_follow_a_catalogs_order_and_skip_unknown_services(toy: ServiceModel) -> None:
    ids = ("labour-desk", "not-in-training", "rent-aid")
    found = toy.scores_for(ids, "家賃が払えない", "ja", "adult")
    direct = dict(zip(toy.services, toy.scores("家賃が払えない", "ja", "adult"), strict=True))
    assert found.tolist() == pytest.approx([direct["labour-desk"], 0.0, direct["rent-aid"]])


def test_a_stored_model_scores_as_the_trained_one(toy: ServiceModel, tmp_path: Path) -> None:
    path = tmp_path / "service-model-test.npz"
    toy.save(path)
    loaded = ServiceModel.load(path)
    for text, lang in (("家賃が払えない", "ja"), ("給料が出ない", "ja"), ("my rent is late", "en")):
        assert np.allclose(loaded.scores(text, lang, "adult"), toy.scores(text, lang, "adult"))


def test_a_damaged_file_is_refused(toy: ServiceModel, tmp_path: Path) -> None:
    path = tmp_path / "service-model-test.npz"
    toy.save(path)
    with np.load(path) as data:
        arrays = {k: data[k] for k in data.files}
    np.savez(path, **{**arrays, "weights": arrays["weights"][:-1]})
    with pytest.raises(ValueError, match="inconsistent"):
        ServiceModel.load(path)


def test_the_default_model_trains_on_the_fresh_batches_only() -> None:
    paths = service_model.training_files()
    assert paths
    assert all(p.parent.name == "scenarios_fresh" for p in paths)
    model = service_model.default_model()
    assert model is not None
    assert model.trained_on == sum(1 for ex in service_model.examples_from_files(paths) if ex.good)


def without_model(monkeypatch: pytest.MonkeyPatch) -> None:
    weights = ranking_weights()
    monkeypatch.setattr(ranking, "ranking_weights", lambda: {**weights, "learned": {"weight": 0}})


def ranked(request: NavigationRequest) -> list[str]:
    return [m.service_id for m in navigate(SNAPSHOT, request).matches]


SNAPSHOT = snapshot_from_seed_files()


def test_words_get_learned_scores_and_a_zero_weight_turns_them_off() -> None:
    index = index_for(SNAPSHOT)
    request = NavigationRequest(text="家賃が払えない", lang="ja", at=AT)
    weights = ranking_weights()
    assert ranking.learned_scores(index, request, CrisisResult(False), weights).any()
    off = {**weights, "learned": {"weight": 0.0}}
    assert not ranking.learned_scores(index, request, CrisisResult(False), off).any()


def test_a_guided_step_without_words_ranks_as_without_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    request = NavigationRequest(text="", lang="ja", answers={"worry": "need:money"}, at=AT)
    learned = ranked(request)
    without_model(monkeypatch)
    assert ranked(request) == learned


def test_the_model_reorders_but_crisis_lines_stay_on_top(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a crisis the lines that fit lead with and without the model, the same lines."""
    request = NavigationRequest(text="もう死にたい。誰にも言えない", lang="ja", at=AT, limit=40)
    crisis_lines = {e.id for e in SNAPSHOT.services if "suicide" in e.crisis_kinds}

    def leading_lines(ids: list[str]) -> set[str]:
        first_other = next(k for k, i in enumerate(ids) if i not in crisis_lines)
        return set(ids[:first_other])

    learned = ranked(request)
    without_model(monkeypatch)
    rules = ranked(request)
    assert leading_lines(learned) == leading_lines(rules)
    assert len(leading_lines(learned)) >= 3
