"""Work the engine does once per message, however many parts of it need the result."""

from pathlib import Path

import pytest
import yaml

from tests.navigator.engine.test_ranking import WEEKDAY_AFTERNOON
from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.navigator.engine import crisis_model, language, needs
from tsunagari.navigator.engine.analysis import (
    analyze,
    index_tokens,
    message_keys,
    token_keys,
    tokenize,
)
from tsunagari.navigator.engine.crisis import KINDS
from tsunagari.navigator.engine.index import index_for
from tsunagari.navigator.engine.language import detect_language, read_evidence
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.types import NavigationRequest

TEXTS = [
    "I lost my job and I can't pay the rent",
    "tôi bị mất việc",
    "toi bi mat viec",
    "shigoto ga nakute tsurai desu",
    "malai paisa chaina, kaam pani chaina",
    "Meu marido me bate",
    "help",
    "ok",
    "仕事をクビになった",
    "生活保護申請",
    "외로워",
    "",
]
CHOICES = [None, "ja", "ja-easy", "en", "es", "pt", "tl", "id", "vi", "ne", "ko", "zh-hans"]


@pytest.mark.parametrize("text", TEXTS)
def test_a_guess_from_shared_evidence_is_the_guess_from_the_text(text: str) -> None:
    evidence = read_evidence(text)
    for chosen in CHOICES:
        assert detect_language(text, chosen, evidence) == detect_language(text, chosen), chosen


def test_lingua_reads_a_message_once_per_request(monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot = snapshot_from_seed_files()
    calls: list[str] = []
    real = language._lingua_ranking

    def counted(text: str) -> list[tuple[str, float]]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(language, "_lingua_ranking", counted)
    request = NavigationRequest(
        text="I lost my job and I can't pay the rent", lang="en", at=WEEKDAY_AFTERNOON
    )
    navigate(snapshot, request)
    assert len(calls) == 1


def _messages() -> list[tuple[str, str]]:
    root = Path(__file__).resolve().parents[1]
    found = []
    for path in (
        root / "scenarios_fresh" / "batch_01.yaml",
        root / "crisis_fresh" / "batch_08.yaml",
    ):
        found += [(str(i["text"]), str(i["lang"])) for i in yaml.safe_load(path.read_text())]
    return found


def test_the_first_pass_finds_every_term_the_full_index_would() -> None:
    """Terms are looked up by their anchors (a first piece, a reading, their rarest word);
    the terms that match are exactly those found through every term's character and
    first-word keys (`Term.index_keys`, which each message key set covers)."""
    index = index_for(snapshot_from_seed_files())
    lexicons = [needs._lexicon(code) for code in needs.LEXICON_LANGUAGES]
    lexicons += list(index.term_lexicons.values())
    tried = matched = 0
    for text, lang in _messages():
        for code in {lang, "en", "ja"}:
            analysis = analyze(text, code)
            keys = message_keys(analysis)
            for lexicon in lexicons:
                full = [e for e in lexicon.entries if e.term.index_keys() & keys]
                expected = [e for e in full if e.term.matches(analysis)]
                found = lexicon.candidates(analysis, token_keys(analysis))
                assert [e for e in found if e.term.matches(analysis)] == expected, (text, code)
                tried, matched = tried + len(found), matched + len(expected)
    assert matched > 100  # the messages do match terms
    assert tried < 20 * matched  # and few terms are tried for each that matches


def test_the_crisis_model_reads_the_features_it_was_trained_on() -> None:
    """Its n-grams are found in one pass over the text: the same ids as `features` gives."""
    model = crisis_model.default_model(KINDS)
    assert model is not None
    texts = [text for text, _lang in _messages()] + ["", " ", "w:ab b:x y", "ｓ ｈ ｉ"]
    for text in texts:
        expected = sorted(
            i for gram in crisis_model.features(text) if (i := model.vocab.get(gram)) is not None
        )
        assert model._feature_ids(text) == expected, text


def test_bm25_reads_the_japanese_query_from_the_message_analysis() -> None:
    """Sudachi reads a Japanese message once: its query tokens come from that analysis."""
    for text, _lang in [*_messages(), ("やちん はらえない", "ja"), ("", "ja")]:
        assert index_tokens(analyze(text, "ja")) == tokenize(text, "ja"), text
    assert index_tokens(analyze("I lost my job", "en")) is None
