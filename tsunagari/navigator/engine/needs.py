"""From a person's own words to scores over the need taxonomy (catalog/data/needs.yaml).

The lexicons are data (navigator/data/needs/<lang>.yaml): per need, terms people
really use, in three strengths. Editors can read and extend them without touching code,
and a wrong match can be traced to one line. A message is analysed once per lexicon
language (analysis.py), so inflection, hiragana-only writing and missing accents are
handled there, not by listing every variant here.

Scores are 0..1 and saturate: several hits for one need raise it with diminishing
returns, so one long message does not drown the others.
"""

from __future__ import annotations

import math
import re
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick

from tsunagari.core.yaml_data import read_yaml
from tsunagari.navigator.engine.analysis import (
    Analysis,
    Term,
    analyze,
    anchors,
    char_keys,
    compile_term,
    lexicon_language,
    plain_term,
    token_keys,
)
from tsunagari.navigator.engine.language import TextEvidence, detect_language

__all__ = [
    "CLEAR",
    "LEXICON_LANGUAGES",
    "MessageReading",
    "build_lexicon",
    "decayed_total",
    "is_vague",
    "lexicon_hits",
    "preload",
    "read_message",
    "saturate",
    "score_needs",
    "with_adult_hit",
    "with_disabled_child",
    "with_older_victim",
    "with_partner_victim",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "needs"
LEXICON_LANGUAGES = ("ja", "en", "zh-hans", "ko", "pt", "es", "tl", "th", "vi", "ne", "id")
_LATIN = frozenset({"en", "es", "pt", "tl", "id", "vi"})
WEIGHTS = {"strong": 1.0, "terms": 0.7, "weak": 0.35}
CLEAR = 0.45  # a need at or above this is "understood"; one ordinary term reaches it
_DECAY = 0.5  # each further hit for the same need counts half the previous one
_ENGLISH_SHARE = 0.8  # English words inside another Latin-script language (Taglish…)
_MIN_SCORE = 0.05
_STRAY = WEIGHTS["weak"]  # one weak word alone, next to a clear need, is noise


@dataclass(frozen=True)
class _Entry:
    need: str
    weight: float
    term: Term


@dataclass(frozen=True)
class _Lexicon:
    """One language's entries and where to find the ones a message could match.

    Entries are filed under their anchors (`analysis.anchors`): word keys in `index`, first
    pieces and readings in two Aho-Corasick automata (one pass over the message's flat
    text and one over its reading find them all). Trying only those keeps a message at a
    few dozen candidates among thousands of terms.
    """

    entries: tuple[_Entry, ...]
    index: dict[str, tuple[int, ...]]  # word keys; character keys of terms without anchors
    flat: Any = None  # automaton: a first piece -> the entries it anchors
    reading: Any = None  # automaton: a reading -> the entries it anchors
    char_keyed: bool = False  # some entries are filed under character keys (`index_keys`)
    keyset: frozenset[str] = frozenset()
    # Phrases that use a need's word in another sense (see `build_lexicon`), filed under
    # their anchors like the terms: 介護職 is a job, so 介護 in it is no family carer's word.
    senses: _Lexicon | None = None
    # (need, phrase) -> the need's entries with a part found inside the phrase, filled as
    # phrases are met (a phrase may come from another lexicon reading the same message).
    inside: dict[tuple[str, str], frozenset[int]] = field(default_factory=dict, compare=False)

    def senses_in(self, analysis: Analysis, keys: frozenset[str]) -> list[tuple[str, str]]:
        """(need, phrase) of each phrase of `senses` the message holds (its anchors first)."""
        if self.senses is None:
            return []
        return [
            (entry.need, entry.term.text)
            for entry in self.senses.candidates(analysis, keys)
            if entry.term.matches(analysis)
        ]

    def explained(self, found: list[tuple[str, str]], code: str) -> frozenset[int]:
        """Entries whose word is used in another sense by one of the `found` phrases."""
        ids: set[int] = set()
        for need, phrase in found:
            known = self.inside.get((need, phrase))
            if known is None:
                known = self.inside[need, phrase] = _inside(need, phrase, self.entries, code)
            ids.update(known)
        return frozenset(ids)

    def candidates(
        self, analysis: Analysis, keys: frozenset[str], left_out: frozenset[int] = frozenset()
    ) -> list[_Entry]:
        """Entries that could match a message (its `token_keys` given), in file order,
        but those `left_out` (words the message uses in another sense)."""
        if self.char_keyed:
            keys = keys | char_keys(analysis)
        found: set[int] = set()
        for key in keys & self.keyset:
            found.update(self.index[key])
        for automaton, text in ((self.flat, analysis.flat), (self.reading, analysis.reading)):
            if automaton is not None and text:
                for _end, ids in automaton.iter(text):
                    found.update(ids)
        return [self.entries[i] for i in sorted(found - left_out)]


def score_needs(text: str, lang: str, reading: MessageReading | None = None) -> dict[str, float]:
    """Need id → score in 0..1, best first; empty when nothing is understood.

    `lang` is the language the person chose or that was detected; the text's own
    script can add a lexicon (Japanese words typed in an English session still count).
    Once some need is clear, a need resting on one weak word ("母" in a question
    about care) is dropped, so the ranking does not spread over unrelated services.
    """
    hits = lexicon_hits(reading or read_message(text, lang), _lexicon)
    for need, weight in _age_hints(text):
        hits[need].append(weight)
    scores = {need: saturate(weights) for need, weights in hits.items()}
    if any(score >= CLEAR for score in scores.values()):
        scores = {n: s for n, s in scores.items() if len(hits[n]) > 1 or hits[n][0] > _STRAY}
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    return {need: round(score, 3) for need, score in ranked if score >= _MIN_SCORE}


@dataclass(frozen=True)
class MessageReading:
    """A message analysed once for every lexicon language that reads it, so that need
    lexicons and services' search terms share one analysis (Sudachi is the costly part)."""

    text: str
    parts: tuple[tuple[str, float, Analysis, frozenset[str]], ...]  # code, share, analysis, keys


def read_message(text: str, lang: str, evidence: TextEvidence | None = None) -> MessageReading:
    """`evidence`, when given, is `language.read_evidence(text)` (shared with other guesses)."""
    parts = []
    for code, share in _lexicon_plan(text, lang, evidence):
        analysis = analyze(text, code)
        parts.append((code, share, analysis, token_keys(analysis)))
    return MessageReading(text, tuple(parts))


def lexicon_hits(
    reading: MessageReading, lexicon_for: Callable[[str], _Lexicon | None]
) -> dict[str, list[float]]:
    """Key → the weights of its terms found in the message, over every lexicon that reads it.

    A phrase of another sense found by one lexicon holds for all of them: "caregiver" read
    by the English lexicon in "bilang caregiver sa nursing home" is a job too.
    """
    hits: dict[str, list[float]] = defaultdict(list)
    lexicons = [(lexicon_for(code), code, share, a, keys) for code, share, a, keys in reading.parts]
    found = [s for lexicon, _, _, a, k in lexicons if lexicon for s in lexicon.senses_in(a, k)]
    for lexicon, code, share, analysis, keys in lexicons:
        if lexicon is None:
            continue
        left_out = lexicon.explained(found, code) if found and lexicon.senses else frozenset()
        best: dict[tuple[str, tuple[tuple[str, ...], ...]], float] = {}
        for entry in lexicon.candidates(analysis, keys, left_out):
            if entry.term.matches(analysis):
                key = (entry.need, entry.term.sense)
                best[key] = max(best.get(key, 0.0), entry.weight * share)
        for (need, _sense), weight in best.items():
            hits[need].append(weight)
    return hits


def saturate(weights: list[float]) -> float:
    """Diminishing sum of the hits, mapped to 0..1."""
    return 1.0 - math.exp(-decayed_total(weights))


def decayed_total(weights: list[float]) -> float:
    """Each further hit counts half the previous one (best first)."""
    ordered = sorted(weights, reverse=True)
    return sum(w * _DECAY**i for i, w in enumerate(ordered))


# Needs that say a child is part of the situation (a parent's or a teacher's worry).
_CHILD_CONTEXT = ("child_rearing", "school", "pregnancy")


def with_older_victim(scores: dict[str, float], *, is_child: bool) -> dict[str, float]:
    """An adult's message about an older person being hurt is elder abuse (高齢者虐待), not
    child abuse: words such as 叩く, あざ, 怒鳴られる or "bate nela" feed both needs, and when
    old age is the clearer one and no child is in view, the harm is read as violence at home
    (地域包括支援センター, police consultation) instead of sending the person to 児童相談所.
    A child writing about a grandparent who hits them keeps child abuse.
    """
    abuse = scores.get("child_abuse", 0.0)
    older = scores.get("older_age", 0.0)
    if is_child or not abuse or older < CLEAR or older <= abuse:
        return scores
    if any(scores.get(need, 0.0) >= CLEAR for need in _CHILD_CONTEXT):
        return scores
    moved = {n: s for n, s in scores.items() if n != "child_abuse"}
    moved["violence_at_home"] = max(moved.get("violence_at_home", 0.0), abuse)
    return dict(sorted(moved.items(), key=lambda item: -item[1]))


# Needs that a hitting word feeds as well as violence at home (叩く, 殴られる, "hits me").
_HIT_NEEDS = ("child_abuse", "bullying")


def with_partner_victim(
    scores: dict[str, float], reading: MessageReading | None, *, is_child: bool
) -> dict[str, float]:
    """An adult's message about a partner who hurts them is violence at home (DV), not
    child abuse or bullying: 殴られる, 叩く or "he hits me" feed all three needs, and the
    partner's words (夫 + 殴る, 彼氏 + 暴力, DV, "my husband") make violence at home the
    clearer one. Then the hitting words' other readings are dropped, so that 児童相談所 and
    24時間子供SOSダイヤル do not come up in an adult's DV answer. They stay when a child is
    in view (a child's need, or any word for one's child: 子ども, 息子, "my son", filho…),
    since a child may be hurt too or watching, and when the writer is a child.
    """
    home = scores.get("violence_at_home", 0.0)
    if is_child or home < CLEAR or not any(0 < scores.get(n, 0.0) < home for n in _HIT_NEEDS):
        return scores
    if _child_in_view(scores, reading):
        return scores
    return {n: s for n, s in scores.items() if not (n in _HIT_NEEDS and s < home)}


def with_adult_hit(
    scores: dict[str, float], reading: MessageReading | None, *, is_child: bool
) -> dict[str, float]:
    """An adult writing about being hit, with no child in view, is not writing about child
    abuse: 殴る, 叩く, "hits me" or "bate" feed child abuse as well as violence at home and
    bullying, and a boss, a neighbour or an unnamed person who hits an adult is no case for
    児童相談所. When no term of child abuse's own (a parent who hits, 虐待, ネグレクト…, i.e.
    none shared with violence at home or bullying) is in the message, child abuse is dropped,
    ties included. It stays for a child writer, and whenever a child is in view (a child's
    need, or any word for one's child), as in `with_partner_victim`.
    """
    if is_child or reading is None or not scores.get("child_abuse"):
        return scores
    if _child_in_view(scores, reading) or lexicon_hits(reading, _abuse_own_words):
        return scores
    return {n: s for n, s in scores.items() if n != "child_abuse"}


def _child_in_view(scores: dict[str, float], reading: MessageReading | None) -> bool:
    """A child's need is clear, or the message names one's child (子ども, 息子, "my son")."""
    if any(scores.get(need, 0.0) >= CLEAR for need in _CHILD_CONTEXT):
        return True
    return reading is not None and bool(lexicon_hits(reading, _child_words))


# Needs that say the writer's own work is what changed (a job left, hours cut).
_JOB_NEEDS = ("job_loss", "work")


def with_disabled_child(scores: dict[str, float], text: str, *, is_child: bool) -> dict[str, float]:
    """A parent of a disabled child asking about money is asking about the child's
    allowances (特別児童扶養手当, 障害児福祉手当), whatever else the message tells: a parent
    who left a job to care for the child ("仕事をやめて付きっきり", "quit my job to care for
    her") reads job loss and work as strongly as the disability, and their benefits would
    come first. When disability and raising a child are both clear and money is asked
    about, disability becomes the leading need, raising children the next, and the job
    needs come after both. A grown-up son or daughter ("30歳の息子", "来月20歳") is no
    child's allowance case and is left alone.
    """
    disability = scores.get("disability", 0.0)
    if is_child or disability < CLEAR or not scores.get("money"):
        return scores
    if scores.get("child_rearing", 0.0) < CLEAR:
        return scores
    if any(not _is_child_age(match.group(0)) for match in _CHILD_AGE.finditer(text)):
        return scores
    top = max(scores.values())
    moved = dict(scores)
    moved["disability"] = top
    moved["child_rearing"] = max(scores.get("child_rearing", 0.0), round(top - 0.01, 3))
    for need in _JOB_NEEDS:
        if need in moved:
            moved[need] = min(moved[need], round(moved["child_rearing"] - 0.01, 3))
    return dict(sorted(moved.items(), key=lambda item: (-item[1], item[0] != "disability")))


def is_vague(scores: dict[str, float]) -> bool:
    """True when no need is clearly understood: then ask one clarifying question."""
    return not scores or max(scores.values()) < CLEAR


def preload() -> None:
    """Load every lexicon, the Japanese dictionary and the language detector now.

    The first message would otherwise pay about two seconds; call this at start-up.
    """
    for code in LEXICON_LANGUAGES:
        score_needs("", code)
        _lexicon(code)
        _child_words(code)
        _abuse_own_words(code)
    detect_language("warm up", None)


def _lexicon_plan(
    text: str, lang: str, evidence: TextEvidence | None = None
) -> list[tuple[str, float]]:
    """Which lexicons read this message, and how much each one counts."""
    base = lexicon_language(lang)
    chosen = base if base in LEXICON_LANGUAGES else None  # e.g. a locale we do not serve
    detected = lexicon_language(detect_language(text, chosen, evidence).code)
    plan = [(code, 1.0) for code in dict.fromkeys((chosen, detected)) if code]
    if "en" not in dict(plan) and any(code in _LATIN or _mostly_latin(text) for code, _ in plan):
        plan.append(("en", _ENGLISH_SHARE))
    return plan


def _mostly_latin(text: str) -> bool:
    """Latin letters dominate (romanised Japanese, English words in a Japanese session)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) * 2 > len(letters)


_AGE = re.compile(
    r"(\d{2,3})\s*(?:歳|才|代|세|살|岁|歲|대|tuoi|tuổi|anos|años|taon|tahun|[- ]?years?|yo\b|वर्ष|ปี)"
    r"|(?:age|aged|edad|idade|umur|edad ko|อายุ|उमेर|nianling|年龄)\s*(\d{2,3})"
    # an age before the word an older person uses of themself: "79のじいさん", "80の一人もん"
    r"|(?<!\d)(\d{2,3})\s*の?\s*(?:じいさん|ばあさん|爺さん|婆さん|じじい|ばばあ|爺|婆|年寄り|としより|老人"
    r"|一人もん|ひとりもん|独りもん|独り者|一人者|じいちゃん|ばあちゃん|おじいさん|おばあさん)"
    # an age before the person themself: "85の私には", "82のわたし", "90の身"
    r"|(?<![\d.,])(\d{2,3})\s*の\s*(?:私|わたし|あたし|自分|身|わし|ワシ|俺|おれ|僕)"
    # two digits opening a sentence with で, as an older person writes their age: "。90で屋根に"
    r"|(?:^|[。！？!?\n])(\d{2})で(?![\d万円%％歳才時分人回日週年割])"
    # a Tagalog age: "85 na ako", "80 taong gulang"
    r"|\b(\d{2,3})\s+(?:na\s+ako|taong\s+gulang)\b"
    # a parent's or partner's age written beside them, as short messages do: "母78が", "74の父"
    r"|(?:母|父|祖母|祖父|夫|妻|義母|義父|姑|舅)\s*(\d{2,3})(?=[がはもの、。\s(（]|$)"
    r"|(?<!\d)(\d{2,3})\s*の\s*(?:母|父|祖母|祖父|夫|妻|義母|義父|姑|舅)"
    # an age signed at the very end, as a short message often closes: "…ありますか 70"
    # (not an amount left: "あと 70", "残り 70")
    r"|[\s、。,.](?<!あと\s)(?<!残り\s)(?<!約\s)(\d{2})\s*$"
    # "I'm 74, ...", "tengo 80 y", "tenho 70.": an age said alone after "I am" / "I have"
    r"|\b(?:i'?m|i am|tengo|tenho|ako ay)\s+(\d{2,3})(?=\s*(?:[,.!?;]|$|and\b|y\b|e\b|at\b|na\b))"
    # an age written bare, as older people often do: "81です", "私は79", "72でひとり"
    r"|(?:^|[\s。、,私僕俺わしは今年もう])(\d{2,3})(?:です|だ(?=[。、\s,]|$|けど|が)|で(?=ひとり|一人|独り|、|\s*$)|。|、|になる|になった)"
    # an age in brackets after a person, as Japanese writing gives it: "母の私(68)", "父（82）"
    r"|[(（]\s*(\d{2,3})\s*(?:歳|才)?\s*[)）]"
    # "this year I turn / am": 我今年71了, 今年で80, 올해 76이에요
    r"|(?:今年\s*|今年で|올해\s*)(\d{2,3})(?=\s*(?:了|になる|になった|이에요|예요|입니다|이야|[。、,.!?\s]|$))",
    re.IGNORECASE,
)


# A child's age next to the word for one's child ("8歳の息子", "my 3-year-old daughter",
# "3歳と1歳を一人で見てる",
# "mi hijo de 12 años", "con trai em 3 tuổi"): the person is raising a child.
_CHILD_AGE = re.compile(
    r"\d{1,2}\s*(?:歳|才|か月|ヶ月|カ月|ヵ月)の?(?:息子|娘|子|長男|長女|次男|次女|赤ちゃん|孫)"
    r"|\b\d{1,2}[- ]?(?:year|yr|month)s?[- ]?old\s+(?:son|daughter|kid|child|baby|boy|girl)"
    # "my 4 year old" (the child left unsaid); 3岁的儿子 in Chinese
    r"|\bmy\s+\d{1,2}[- ]?(?:year|yr|month)s?[- ]?old\b"
    r"|\d{1,2}\s*(?:岁|个月)的?(?:儿子|女儿|孩子|宝宝|小孩|孙子|孙女)"
    r"|\b(?:filh[oa]|hij[oa]|niet[oa]|net[oa]|anak)\s+(?:(?:de|saya|umur|ku|ko|mi|tiene|tem|yang)\s+){0,2}\d{1,2}\s*"
    r"(?:anos|años|meses|tahun|bulan|taon|buwan)"
    r"|\bcon\s+(?:trai|gái|gai)?\s*(?:em|tôi|toi|mình|minh)?\s*\d{1,2}\s*(?:tuổi|tuoi|tháng|thang)"
    r"|\d{1,2}\s*(?:살|개월)\s*(?:아들|딸|아이|아기)"
    # a school year beside one's child: 中2の娘, 小学3年の息子, 高1の息子
    r"|(?:小|中|高|小学|中学|高校)\s*[1-6１-６一二三四五六]\s*(?:年生?)?の?(?:息子|娘|子|長男|長女|次男|次女)"
    r"|\b(?:filh[oa]|hij[oa]|son|daughter)\s+(?:tiene|tem|is|has)\s+\d{1,2}\s*(?:anos|años|years?)"
    # children's ages listed together, as parents do: 3歳と1歳, 7さい と 9さい
    r"|\d{1,2}\s*(?:歳|才|さい)\s*(?:と|、|,)\s*\d{1,2}\s*(?:歳|才|さい)",
    re.IGNORECASE,
)


_MONTHS = re.compile(r"か月|ヶ月|カ月|ヵ月|month|meses|bulan|tháng|thang|개월", re.IGNORECASE)
_CHILD_YEARS = 18  # a son or daughter older than this is grown up: no longer "raising a child"


def _is_child_age(phrase: str) -> bool:
    """ "8歳の息子" is a child; "30歳の娘" is a grown-up daughter (a parent's worry, not
    child-rearing); any age in months is a baby."""
    if _MONTHS.search(phrase):
        return True
    digits = re.search(r"\d{1,2}", phrase)
    return digits is not None and int(digits.group(0)) <= _CHILD_YEARS


def _age_hints(text: str) -> list[tuple[str, float]]:
    """A stated age of 65 or more says 'older age' in any language, as surely as the
    lexicon's strongest words (an older person who signs "…76" is telling who they are); a
    child's age next to 'my son / daughter' says 'raising children'."""
    hints = []
    if any(_is_child_age(match.group(0)) for match in _CHILD_AGE.finditer(text)):
        hints.append(("child_rearing", WEIGHTS["terms"]))
    for match in _AGE.finditer(text):
        age = int(next(group for group in match.groups() if group))
        if age >= 65:
            hints.append(("older_age", WEIGHTS["strong"]))
            break
    return hints


_LOCK = threading.Lock()
_CACHE: dict[str, _Lexicon] = {}


def _lexicon(code: str) -> _Lexicon:
    """Load and compile one language's lexicon once per process."""
    return _once(_CACHE, code, _load)


_CHILD_CACHE: dict[str, _Lexicon] = {}


def _child_words(code: str) -> _Lexicon:
    """Words for one's child in one language: every term of its `child_rearing` need."""
    return _once(_CHILD_CACHE, code, _load_child_words)


def _load_child_words(code: str) -> _Lexicon:
    tiers = _data(code).get("child_rearing") or {}
    return build_lexicon({"child_rearing": tiers}, code)


def _once(cache: dict[str, _Lexicon], code: str, load: Callable[[str], _Lexicon]) -> _Lexicon:
    """`load(code)` once per process, even when two requests ask for it at the same time."""
    found = cache.get(code)
    if found is None:
        with _LOCK:
            found = cache.get(code)
            if found is None:
                found = cache[code] = load(code)
    return found


_ABUSE_CACHE: dict[str, _Lexicon] = {}


def _abuse_own_words(code: str) -> _Lexicon:
    """Child abuse's own terms in one language: those that no term of violence at home or
    bullying contains (叩く, 殴る, "hit", "bruise" are found in 夫 + 叩く, 殴られる + 逃げる,
    "hits me"; 親 + 殴る, 虐待, "my dad hits" are its own)."""
    lexicon = _ABUSE_CACHE.get(code)
    if lexicon is None:
        with _LOCK:
            lexicon = _ABUSE_CACHE.get(code)
            if lexicon is None:
                data = _data(code)
                others = [
                    analyze(plain_term(str(term)), code)
                    for need in _HIT_SHARING
                    for tier, terms in (data.get(need) or {}).items()
                    if tier != _OTHER_SENSES
                    for term in terms or ()
                ]
                spellings = [
                    compile_term(str(term), code)
                    for need in _HIT_SHARING
                    for tier, terms in (data.get(need) or {}).items()
                    if tier != _OTHER_SENSES
                    for term in terms or ()
                    if "+" not in str(term)
                ]
                own = {
                    tier: [t for t in terms or () if not _shared(str(t), code, others, spellings)]
                    for tier, terms in (data.get("child_abuse") or {}).items()
                    if tier not in ("weak", _OTHER_SENSES)
                }
                lexicon = build_lexicon({"child_abuse": own}, code)
                _ABUSE_CACHE[code] = lexicon
    return lexicon


# Needs whose hitting words child abuse shares.
_HIT_SHARING = ("violence_at_home", "bullying")


def _shared(term: str, code: str, others: list[Analysis], spellings: list[Term]) -> bool:
    """A child-abuse term that a term of the other needs holds (叩く in 夫 + 叩く), or a
    written form (=なぐられる) that is a spelling of one of their words (殴られる)."""
    compiled = compile_term(term, code)  # once, not once per term of the other needs
    if any(compiled.matches(other) for other in others):
        return True
    if not term.startswith("="):
        return False
    spelled = analyze(term.removeprefix("="), code)
    return any(other.matches(spelled) for other in spellings)


def _load(code: str) -> _Lexicon:
    """Read <code>.yaml ({need_id: {strong|terms|weak: [term, …]}}) and index it."""
    return build_lexicon(_data(code), code)


@cache
def _data(code: str) -> dict[str, Any]:
    """<code>.yaml as read (empty when the language has none): parsed once per process,
    although the need lexicon, the child words and child abuse's own words all read it."""
    path = DATA_DIR / f"{code}.yaml"
    return (read_yaml(path) if path.exists() else None) or {}


def build_lexicon(data: dict[str, dict[str, list[str]]], code: str) -> _Lexicon:
    """Compile {key: {strong|terms|weak|other_senses: [term, …]}} (a need, or a service's
    search terms).

    `other_senses` lists phrases in which one of the need's words means something else: a
    care worker's 介護職 or 介護士 is a job, not a family member's care; "会社が連休" is a
    holiday, not a work problem. When the message holds such a phrase, every term of the
    need with a part found inside the phrase (介護, 介護 + 始める) is left out; the need's
    other words (老人ホーム, 親の世話) still count. A word has no other way to say "not in
    this sense", and listing the phrase once keeps the reading traceable to one line.
    """
    entries: list[_Entry] = []
    senses: list[_Entry] = []
    for need, tiers in data.items():
        for tier, terms in (tiers or {}).items():
            if tier == _OTHER_SENSES:
                senses.extend(_Entry(need, 0.0, compile_term(str(t), code)) for t in terms or ())
                continue
            weight = WEIGHTS[tier]
            entries.extend(_Entry(need, weight, compile_term(str(t), code)) for t in terms or ())
    indexed = _indexed(entries)
    return replace(indexed, senses=_indexed(senses)) if senses else indexed


def _indexed(entries: list[_Entry]) -> _Lexicon:
    """The entries filed under their anchors (see `_Lexicon`)."""
    frequency: dict[str, int] = defaultdict(int)
    for entry in entries:
        for part in entry.term.parts[:1]:
            for word in {*part.tokens, *part.accented, *part.kana}:
                frequency[f"w:{word}"] += 1
                frequency[f"p:{word[:2]}"] += 1
    index: dict[str, list[int]] = defaultdict(list)
    flat: dict[str, list[int]] = defaultdict(list)
    reading: dict[str, list[int]] = defaultdict(list)
    char_keyed = False
    for i, entry in enumerate(entries):
        found = anchors(entry.term, lambda key: frequency.get(key, 0))
        if found is None:
            char_keyed = True
            for key in entry.term.index_keys():
                index[key].append(i)
            continue
        for key in found.words:
            index[key].append(i)
        if found.flat:
            flat[found.flat].append(i)
        if found.reading:
            reading[found.reading].append(i)
    return _Lexicon(
        tuple(entries),
        {key: tuple(ids) for key, ids in index.items()},
        _automaton(flat),
        _automaton(reading),
        char_keyed,
        frozenset(index),
    )


_OTHER_SENSES = "other_senses"


def _inside(need: str, phrase: str, entries: tuple[_Entry, ...], code: str) -> frozenset[int]:
    """The need's entries with a part found inside a phrase of `other_senses`."""
    words = analyze(plain_term(phrase), code)
    return frozenset(
        i
        for i, entry in enumerate(entries)
        if entry.need == need
        and any(Term(entry.term.text, (part,)).matches(words) for part in entry.term.parts)
    )


def _automaton(strings: dict[str, list[int]]) -> Any:
    """One Aho-Corasick automaton over the strings, each giving its entries; None if empty."""
    if not strings:
        return None
    automaton = ahocorasick.Automaton()
    for string, ids in strings.items():
        automaton.add_word(string, tuple(ids))
    automaton.make_automaton()
    return automaton
