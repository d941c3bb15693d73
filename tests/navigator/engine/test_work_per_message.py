"""Work the engine does once per message, however many parts of it need the result."""

import pytest

from tests.navigator.engine.test_ranking import WEEKDAY_AFTERNOON
from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.navigator.engine import language
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
