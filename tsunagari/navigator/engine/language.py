"""Which language a person wrote in, so the right lexicon reads their words.

Non-Latin scripts are decided by Unicode block (cheap and certain). Han-only text is
ambiguous between Japanese and Chinese, so it looks for characters only one of them
uses; Latin-script text goes to lingua, restricted to the six Latin-script languages we
serve (lingua has no Nepali, and romanised Japanese is not a language it knows), with
small function-word lists for romanised Japanese and Nepali. Whenever the evidence is
thin, the language the person chose in the interface wins: a wrong switch is worse than
no switch. See shared/reference/library-measurements.md §4 for the measurements.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from tsunagari.core.languages import EASY_JAPANESE, LANGUAGE_CODES
from tsunagari.navigator.engine.normalize import normalize, strip_accents

__all__ = ["LanguageGuess", "TextEvidence", "detect_language", "read_evidence"]

_LATIN_CODES = ("en", "es", "pt", "tl", "id", "vi")
_CJK_CHOICES = ("ja", EASY_JAPANESE, "zh-hans")
# Choices that can be written in the script of a detected language: Latin letters
# also carry romanised Japanese and Nepali.
_LATIN_CHOICES = (*_LATIN_CODES, "ja", EASY_JAPANESE, "ne")
_SCRIPT_CHOICES = {
    "latin": _LATIN_CHOICES,
    "cjk": _CJK_CHOICES,
    "hangul": ("ko",),
    "thai": ("th",),
    "deva": ("ne",),
}


def _wordset(words: str) -> frozenset[str]:
    """A set of space-separated words (keeps the long lists below readable)."""
    return frozenset(words.split())


# Shinjitai and kokuji: written this way in Japanese, differently in both simplified
# and traditional Chinese.
_JA_ONLY = set(
    "気円払働込駅歳県楽薬悩様険済労児剤図関変戦単伝広応売読続経験転齢帰営沢壊弁断継雑隠"
    "悪実発権検価覚勧観歓稲届恵浜畑峠辻枠匂栃拠挙獣従渋縦粋酔穏拝囲圧殴頼亀団姫"
)
# Simplified-only characters (and Chinese function words Japanese does not use).
_ZH_ONLY = set(
    "们这个说没钱读话让请饭时间书亲护电职场业东车长门问开见贷费谈访设认调疗养给对为还"
    "么吗吧呢欢乐药恼样险济劳儿图关变战单传广应卖续经验转龄归营坏断继杂隐恶实发权检"
    "价觉劝观吃喝找帮该怎哪谁她它啊呀经过现"
)

# Romanised Japanese and Nepali: distinctive words count 1, short ambiguous ones 0.5.
_ROMAJI_JA = _wordset(
    "desu masu deshita watashi boku atashi shigoto okane nai nakute shinitai kietai "
    "tasukete sabishii tsurai kowai arimasen dekinai wakaranai kaisha gakkou kazoku "
    "onegai doushitara doushite doko nihongo nani kara made shitai naru suru shita "
    "imasu shimasu kudasai"
)
_ROMAJI_JA_WEAK = _wordset("ni wo ga no wa de to mo yo ne")
_ROMAN_NE = _wordset(
    "malai mero mera hami timi tapai chha chhu chhan chaina chhaina chhainan hoina "
    "hunchha huncha garna garnu garne garchu gareko bhayo bhaye bhane paisa sakdina "
    "sakina dherai kasari kina pani"
)
_ROMAN_NE_WEAK = _wordset("ma ho ko lai le ra ki kaam kam cha")
# Very common words per Latin-script language: lingua is unsure on short phone texts
# (it spreads English over Tagalog) and on Vietnamese typed without diacritics.
_FUNCTION_WORDS = {
    "en": _wordset("i my me the and to is am have has can cant dont not no of it he she we you"),
    "es": _wordset("yo mi me el la los las y que no tengo estoy es por para con una un"),
    "pt": _wordset("eu meu minha me o os as e que nao tenho estou esta com uma um pra"),
    "tl": _wordset("ako ko ang ng sa mga na hindi ako akong siya ako po ba ito wala"),
    "id": _wordset("saya aku tidak yang dan di ke ini itu ada untuk dengan tapi sudah"),
    "vi": _wordset("toi em anh chi khong duoc cua la co roi minh viec con voi cho nguoi"),
}
_ROMAJI_PATTERN = re.compile(
    r"^(?:(?:[kgsztdnhbpmyrwfjv]|sh|ch|ts)?y?[aiueo]|n|[kstpgdbc](?=[kstpgdbc]))+$"
)
_WORD = re.compile(r"[^\W\d_]+")
_SURE_LETTERS = 8  # fewer Latin letters never make a sure guess


@dataclass(frozen=True)
class LanguageGuess:
    """A language code (one of LANGUAGE_CODES) and whether the text itself proves it."""

    code: str
    confident: bool


class TextEvidence:
    """What a message says about its own language, whatever language the person chose.

    Reading it (normalisation, letters per script, lingua on Latin letters) is most of the
    cost of a guess. A request reads it once and shares it between its guesses (the answer's
    and the lexicons'); it lives no longer than the request.
    """

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.counts = _script_counts(norm)
        self._words: list[str] | None = None
        self._ranking: list[tuple[str, float]] | None = None
        # Guesses made so far, by the language chosen: the answer's guess and the lexicons'
        # ask with the same choice for most languages, and the second is then free.
        self.guesses: dict[str | None, LanguageGuess] = {}

    def words(self) -> list[str]:
        if self._words is None:
            self._words = _WORD.findall(strip_accents(self.norm))
        return self._words

    def latin_ranking(self) -> list[tuple[str, float]]:
        if self._ranking is None:
            self._ranking = _latin_ranking(self.norm, self.words())
        return self._ranking


def read_evidence(text: str) -> TextEvidence:
    return TextEvidence(normalize(text))


def detect_language(
    text: str, chosen: str | None, evidence: TextEvidence | None = None
) -> LanguageGuess:
    """Guess the language of a message; `chosen` is the interface language, if any.

    Unsure guesses return `chosen` (when given) with confident=False, so callers can
    suggest a switch instead of forcing one. `evidence`, when given, must be
    `read_evidence(text)`.
    """
    chosen = chosen if chosen in LANGUAGE_CODES else None
    evidence = evidence or read_evidence(text)
    guess = evidence.guesses.get(chosen)
    if guess is None:
        guess = evidence.guesses[chosen] = _guess(evidence, chosen)
    return guess


def _guess(evidence: TextEvidence, chosen: str | None) -> LanguageGuess:
    norm, counts = evidence.norm, evidence.counts
    if sum(counts.values()) == 0:
        return LanguageGuess(chosen or "ja", False)
    scripts = {**counts, "cjk": counts["kana"] + counts["han"]}
    del scripts["kana"], scripts["han"]
    script = max(scripts, key=lambda k: scripts[k])
    if script == "latin":
        return _detect_latin(evidence, chosen, counts["latin"])
    if script == "cjk" and counts["kana"] == 0:
        return _detect_han(norm, chosen)
    code = {"cjk": "ja", "hangul": "ko", "thai": "th", "deva": "ne"}[script]
    return _with_choice(code, chosen, confident=scripts[script] >= 2, script=script)


def _with_choice(
    code: str, chosen: str | None, *, confident: bool, script: str = "latin"
) -> LanguageGuess:
    """Keep easy Japanese when the person chose it; prefer the choice when unsure,
    if the choice can be written in the text's script (never English for 孤独)."""
    if code == "ja" and chosen == EASY_JAPANESE:
        return LanguageGuess(EASY_JAPANESE, confident)
    if not confident and chosen and chosen in _SCRIPT_CHOICES[script]:
        return LanguageGuess(chosen, False)
    return LanguageGuess(code, confident)


def mostly_latin(text: str) -> bool:
    """Whether most letters of a message are Latin ones (full-width letters count, after
    normalisation): the crisis model needs more of its features on such a message."""
    counts = _script_counts(normalize(text))
    return counts["latin"] * 2 > sum(counts.values())


def _script_counts(text: str) -> dict[str, int]:
    """Letters per script; marks and digits are not counted."""
    counts = {"latin": 0, "kana": 0, "han": 0, "hangul": 0, "thai": 0, "deva": 0}
    for char in text:
        code = ord(char)
        if char in "ー・":  # normalize() turns dashes after any CJK into ー: no evidence
            continue
        if 0x3041 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF:
            counts["kana"] += 1
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or char == "々":
            counts["han"] += 1
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            counts["hangul"] += 1
        elif 0x0E00 <= code <= 0x0E7F:
            counts["thai"] += 1
        elif 0x0900 <= code <= 0x097F:
            counts["deva"] += 1
        elif char.isalpha() and code < 0x2000:
            counts["latin"] += 1
    return counts


def _detect_han(text: str, chosen: str | None) -> LanguageGuess:
    """Han-only text: Japanese-only vs simplified-only characters decide, else the choice.

    生活保護申請 has no Japanese-only character (護 and 請 are also traditional Chinese,
    which people choosing Chinese may write), so it stays with the chosen language;
    without a CJK choice, Japanese is likelier here.
    """
    ja = sum(c in _JA_ONLY for c in text)
    zh = sum(c in _ZH_ONLY for c in text)
    if zh > ja and zh >= 1:
        return _with_choice("zh-hans", chosen, confident=zh >= 2 and ja == 0, script="cjk")
    if ja > zh:
        return _with_choice("ja", chosen, confident=ja >= 2 and zh == 0, script="cjk")
    if chosen in _CJK_CHOICES:
        return LanguageGuess(chosen, False)
    return LanguageGuess("ja", False)  # Japan: kanji-only text is likelier Japanese


def _detect_latin(evidence: TextEvidence, chosen: str | None, letters: int) -> LanguageGuess:
    """Romanised Japanese/Nepali by function words, else lingua over the six languages."""
    words = evidence.words()
    romaji = _hits(words, _ROMAJI_JA, _ROMAJI_JA_WEAK)
    if romaji >= 1 and _romaji_share(words) >= 0.8:
        return _with_choice("ja", chosen, confident=romaji >= 2 and len(words) >= 2)
    roman_ne = _hits(words, _ROMAN_NE, _ROMAN_NE_WEAK)
    if roman_ne >= 2 and roman_ne * 3 >= len(words):
        return _with_choice("ne", chosen, confident=roman_ne >= 3)
    if chosen in _LATIN_CODES and (letters < _SURE_LETTERS or len(words) < 2):
        return LanguageGuess(chosen, False)  # too short for any ranking to be sure
    ranked = evidence.latin_ranking()
    if not ranked:
        return LanguageGuess(chosen or "en", False)
    best, value = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    sure = letters >= _SURE_LETTERS and len(words) >= 2 and value >= 0.5 and value - second >= 0.2
    if chosen in _LATIN_CODES and not sure:
        return LanguageGuess(chosen, False)
    return _with_choice(best, chosen, confident=sure)


def _latin_ranking(text: str, words: list[str]) -> list[tuple[str, float]]:
    """Lingua's confidence plus 0.2 per common word of the language (at most 3 count)."""
    scores = dict(_lingua_ranking(text))
    for code, common in _FUNCTION_WORDS.items():
        scores[code] = scores.get(code, 0.0) + 0.2 * min(3, sum(w in common for w in words))
    return sorted(scores.items(), key=lambda item: -item[1])


def _hits(words: list[str], strong: frozenset[str], weak: frozenset[str]) -> float:
    """Function-word evidence: 1 per distinctive word, 0.5 per short ambiguous one."""
    return sum(1.0 if w in strong else 0.5 if w in weak else 0.0 for w in words)


def _romaji_share(words: list[str]) -> float:
    """Share of words that spell only Japanese syllables (kana in Latin letters)."""
    if not words:
        return 0.0
    return sum(bool(_ROMAJI_PATTERN.match(w)) for w in words) / len(words)


_LOCK = threading.Lock()
_DETECTOR: list[Any] = []


def _detector() -> Any:
    """Build lingua once, lazily: loading its models takes about a second."""
    with _LOCK:
        if not _DETECTOR:
            from lingua import Language, LanguageDetectorBuilder

            languages = [
                Language.ENGLISH,
                Language.SPANISH,
                Language.PORTUGUESE,
                Language.TAGALOG,
                Language.INDONESIAN,
                Language.VIETNAMESE,
            ]
            builder = LanguageDetectorBuilder.from_languages(*languages)
            _DETECTOR.append(builder.with_preloaded_language_models().build())
    return _DETECTOR[0]


_ISO = {"EN": "en", "ES": "es", "PT": "pt", "TL": "tl", "ID": "id", "VI": "vi"}


def _lingua_ranking(text: str) -> list[tuple[str, float]]:
    """Our codes with lingua's confidence, best first."""
    values = _detector().compute_language_confidence_values(text)
    return [(_ISO[v.language.iso_code_639_1.name], v.value) for v in values]
