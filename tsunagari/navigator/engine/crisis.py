"""Crisis detector: the first thing the navigator runs on every message.

A missed crisis is the worst failure this product can have; crying wolf on harmless
idioms ("死ぬほど眠い", "dying to see it") is the second. So the lexicons are data
(``navigator/data/crisis/<lang>.yaml``) that staff and translators can read and extend,
and every language's lexicon is applied to every message: people mix languages and type
Japanese or Nepali in Latin letters.

How a message is judged (each step exists because of a real way people write):

1. The text is turned into views: a *squashed* view for scripts written without spaces
   (Japanese, Chinese, Thai, Korean syllables, Devanagari), where spacing, punctuation,
   katakana/hiragana, small kana and long vowel marks no longer matter, and a few
   kanji words are read in kana (理由 = りゆう, as children write); a *words* view for Latin
   script, matched on word boundaries, with and without accents; and, when letters are
   spaced out ("s h i n i t a i"), a squashed Latin view.
2. Harmless idioms and negations are masked out of the views (not the whole message:
   "死ぬほど眠いけど本当に死にたい" must still fire).
3. Per kind: a *strong* sign fires at once; a *topic* word (自殺, suicide) fires unless
   the message is about news, fiction, games or study; two different *weak* signs
   (疲れた + 楽になりたい) fire together; and signs from two different *signal families*
   fire together. Families describe a phenomenon rather than a phrase: for suicide,
   finality ("this is my last message"), farewell ("thanks for everything"), own absence
   ("if I'm not here tomorrow"), despair ("I'm a burden") and preparation ("gave my
   things away"). Indirect messages combine two of them in endlessly varied wording, so
   the families catch wording no one listed. Two different despair or absence signs
   count as two ("what's the point" + "nobody would notice"), and so do two signs of an
   emergency now (danger_other: "can't breathe" + "turning blue"). Where a message is about
   an ordinary departure (moving, a last day at work, good night) or about news or
   fiction, finality, farewell and preparation count together as one: such a message
   explains goodbyes, but not despair. An occasion (Christmas, a birthday, Mother's Day)
   explains letters, thanks and gifts, never a topic word or "my last christmas"; it is
   read, like an ordinary departure, before idioms are blanked (`_Setting`). When unsure,
   the lexicon errs toward help.
4. Immediate physical danger or a medical emergency adds 110 / 119.
5. When the rules stay silent, a classifier over character n-grams trained on every
   labelled message we have (`crisis_model`) may still raise the alarm: new writers keep
   finding wording of known themes that no lexicon lists. Its kinds are the ones it finds
   likeliest (suicide lines joining when it is unsure of the kind).

Mechanisms that make the lexicons reach wording nobody listed:

- Chat spellings are read as words before matching: each file's `abbreviations`
  ("qro" = quero, "kiero" = quiero) apply to every message; `abbreviations_hinted`
  ("k" = không) only when the person chose that language (or, for Vietnamese, typed
  Vietnamese letters), since the same letters are other words elsewhere ("ko" in Tagalog).
- Typos: a word one letter away (an extra, missing, wrong or swapped letter) from one
  of the long, distinctive words a file lists under `fuzzy` is read as that word
  ("sucidal", "dissapear"), unless the word is itself one any lexicon knows.
- Someone else's words: a disclosure about another person ("she wishes she was dead",
  "quer morrer", "ya no va a estar") is read a second time in the first person through
  each file's `perspective` table, for suicide and self-harm only, so every first-person
  entry also covers what a friend, child or partner said. Idioms are masked again after.
- Korean typed as initial consonants ("ㅈㄱㅅㄷ" for 죽고싶다) meets the initial
  consonants of the Korean suicide and self-harm phrases.
- Letters stretched for effect in scripts without spaces ("อยากตายยยย") count once.
- Who does it decides the kind: when a threat, confinement or sexual violence comes with
  a partner (`actor_partner`) it is also violence at home (dv); with a parent or other
  household member (`actor_household`) also child abuse. The crisis lines of both kinds
  are then shown: toward help when the relationship is unclear. So also when only the
  call it needs tells of the danger ("my husband is holding a knife": 110, danger, dv).
  A partner named, and no household member, puts dv before child abuse when both are
  found ("my husband shut me and the baby out": `_partner_first`).
- Whom it is done to: an older person harmed by a son, a daughter-in-law or an aunt, or
  a parent harmed by a grown-up son or brother (`victim_elder`) is danger_other, whether
  the rules or the learned model found the crisis. The household member named there harms
  no child, so `actor_household` adds nothing to such a message, and child abuse stands
  only if it is still found with the older person's part blanked out (a child harmed
  beside her).
- Smoke with its source named (a barbecue, a pan, incense, a cigarette: `smoke_source`)
  is no fire: the words for smoke and a smell of burning (`smoke`) are blanked before
  matching, and the learned model does not raise danger on that smoke either. Fire
  words, a door nobody opens, someone trapped still count (`_explained_smoke`).
- Wording that explains a message as ordinary for one kind (`explained_<kind>`): a
  relationship, a job or a habit ended, not a life ("ready to end it with my boyfriend");
  a pet hit, not a child; a partner's hug and kiss. Its stretch is blanked like an idiom,
  and the learned model does not raise that kind on it (`_learned_kinds`); the rest of
  the message still counts ("...and he hits me").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import NamedTuple

import yaml

from tsunagari.core.yaml_data import SafeLoader
from tsunagari.navigator.engine import crisis_model
from tsunagari.navigator.engine.crisis_patterns import (
    _Collector,
    _compile,
    _fragment_facts,
    _Matcher,
    _Prefilter,
    _Scan,
    compile_pieces,
)
from tsunagari.navigator.engine.crisis_text import (
    _build_views,
    _squashed_latin,
    _Views,
    _word_maps,
    _WordMaps,
)
from tsunagari.navigator.engine.normalize import strip_accents

__all__ = ["EMERGENCY_NUMBERS", "KINDS", "CrisisResult", "detect_crisis", "preload"]

KINDS = ("suicide", "self_harm", "child_abuse", "dv", "sexual_violence", "danger_other")
EMERGENCY_NUMBERS = ("110", "119")
# A *letter* (to one's mother, to the family) fires alone like a topic, but an occasion
# (Mother's Day, a birthday) explains it, as news or fiction explain a topic.
TIERS = ("strong", "topic", "letter", "weak")
SIGNALS = "signals"  # per kind: {family: {phrases, regex}}
# Signal families a kind may use; any two different ones fire (see the module docstring).
FAMILIES = {
    "suicide": ("finality", "farewell", "absence", "despair", "preparation"),
    "self_harm": ("act", "secrecy", "urge"),
    "child_abuse": ("household", "harm", "fear"),
    "dv": ("partner", "control", "fear"),
    "sexual_violence": ("perpetrator", "act", "coercion"),
    "danger_other": ("threat", "pursuit", "emergency"),
}
# Families an ordinary departure (moving, a last day at work) or a story also explains:
# in such a message they count together as one ("last day, thanks for everything").
DEPARTURE_FAMILIES = {"suicide": ("finality", "farewell", "preparation")}
# Families an occasion (Christmas, a birthday, Mother's Day) explains: thanks, love, gifts.
# Not finality: "this will be my last christmas" is no greeting.
OCCASION_FAMILIES = {"suicide": ("farewell", "preparation")}
# Families where two different signs are already two signs ("I'm a burden" + "nobody
# would notice"): they describe the person's state, not one event. So do two signs of an
# emergency now ("can't breathe" + "his face is turning blue", smoke + a locked door).
STACKING_FAMILIES = {"suicide": ("despair", "absence"), "danger_other": ("emergency",)}
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "crisis"
# Who harms: a partner makes a threat or sexual violence also dv, a parent or other
# household member also child abuse (see `_by_actor`).
_ACTOR_SLOTS = ("actor_partner", "actor_household")
# An older person harmed by a household member (see `_by_victim`).
_ELDER_SLOT = "victim_elder"
# An adult named as the one harmed (a colleague): no child in view (see `_by_adult_victim`).
_ADULT_SLOT = "victim_adult"
# Smoke a message explains (a barbecue, cooking, incense, a cigarette; see `_explained_smoke`).
_SMOKE_SLOT, _SMOKE_SOURCE_SLOT = "smoke", "smoke_source"
# Wording that explains a message as ordinary for a kind (see `_mask_ordinary`).
_EXPLAINED_SLOTS = {f"explained_{kind}": kind for kind in KINDS}
_ACTOR_KINDS = {
    "actor_partner": ("dv", ("danger_other", "sexual_violence")),
    "actor_household": ("child_abuse", ("danger_other", "sexual_violence")),
}
# Kinds a third-person disclosure is read again for, in the first person.
_PERSPECTIVE_KINDS = ("suicide", "self_harm")


@dataclass(frozen=True)
class CrisisResult:
    """What the navigator needs to show the crisis block before anything else."""

    is_crisis: bool
    kinds: tuple[str, ...] = ()
    emergency: tuple[str, ...] = ()


def _slots(data: dict) -> Iterable[tuple[str, dict | None]]:
    """Every slot of a file; a `romanized` block has the same shape as the file."""
    if data.get("romanized"):
        yield from _slots(data["romanized"])
    for kind in KINDS:
        for tier in TIERS:
            yield f"{kind}/{tier}", (data.get(kind) or {}).get(tier)
        for family, entries in ((data.get(kind) or {}).get(SIGNALS) or {}).items():
            yield f"{kind}/{SIGNALS}/{family}", entries
    for slot in (
        "harmless",
        "context",
        "routine",
        "occasion",
        *_ACTOR_SLOTS,
        _ELDER_SLOT,
        _ADULT_SLOT,
        _SMOKE_SLOT,
        _SMOKE_SOURCE_SLOT,
        *_EXPLAINED_SLOTS,
        *(f"emergency_{n}" for n in EMERGENCY_NUMBERS),
    ):
        yield slot, data.get(slot)


_WORD_MAPS = ("abbreviations", "abbreviations_hinted", "perspective")
_FILE_KEYS = {
    "sets",
    "romanized",
    "fuzzy",
    *_WORD_MAPS,
    *_ACTOR_SLOTS,
    _ELDER_SLOT,
    _ADULT_SLOT,
    _SMOKE_SLOT,
    _SMOKE_SOURCE_SLOT,
    *_EXPLAINED_SLOTS,
    "harmless",
    "context",
    "routine",
    "occasion",
    *KINDS,
    *(f"emergency_{n}" for n in EMERGENCY_NUMBERS),
}


def _check_shape(data: dict, where: str) -> None:
    """Fail loudly on a misplaced key: an ignored entry would be a silent miss."""
    for key, value in data.items():
        if key not in _FILE_KEYS:
            raise ValueError(f"crisis lexicon {where}: unknown key {key!r}")
        if key in _WORD_MAPS:
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip()
                for k, v in value.items()
            ):
                raise ValueError(f"crisis lexicon {where}: {key} must map words to words")
            continue
        if key == "fuzzy":
            if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
                raise ValueError(f"crisis lexicon {where}: fuzzy must be a list of words")
            continue
        if key in KINDS and not set(value or {}) <= {*TIERS, SIGNALS}:
            raise ValueError(
                f"crisis lexicon {where}: {key} has {sorted(value or {})}; use {TIERS}, {SIGNALS}"
            )
        signals = ((value or {}).get(SIGNALS) or {}) if key in KINDS else {}
        if not set(signals) <= set(FAMILIES[key] if key in KINDS else ()):
            raise ValueError(
                f"crisis lexicon {where}: {key} signals {sorted(signals)}; use {FAMILIES[key]}"
            )
        entries = [(value or {}).get(t) for t in TIERS] if key in KINDS else [value]
        entries += list(signals.values())
        for entry in entries:
            if key not in ("sets", "romanized") and not set(entry or {}) <= {"phrases", "regex"}:
                raise ValueError(f"crisis lexicon {where}: {key} has {sorted(entry or {})}")
    if data.get("romanized"):
        _check_shape(data["romanized"], f"{where} (romanized)")


class _StrictLoader(SafeLoader):  # type: ignore[misc,valid-type]
    """Refuses duplicate keys: YAML would silently keep only the last list."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
        duplicates = {k for k in keys if keys.count(k) > 1}
        if duplicates:
            raise ValueError(
                f"crisis lexicon: duplicate key {sorted(duplicates)} {node.start_mark}"
            )
        return super().construct_mapping(node, deep=deep)


class _Lexicon(dict[str, _Matcher]):
    """One matcher per slot (kind/tier, harmless...), and the word maps of every file."""

    maps: _WordMaps = _WordMaps()
    prefilter: _Prefilter | None = None


def load_lexicon_files(paths: Iterable[Path]) -> _Lexicon:
    """Compile every language file into one matcher per slot (kind/tier, harmless...)."""
    collector = _Collector()
    files: list[tuple[str, dict]] = []
    for path in sorted(paths):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader) or {}
        except (ValueError, yaml.YAMLError) as exc:
            raise ValueError(f"crisis lexicon {path.name}: {exc}") from exc
        _check_shape(data, path.name)
        files.append((path.stem.lower(), data))
        sets = {k: [str(v) for v in vs] for k, vs in (data.get("sets") or {}).items()}
        for slot, entries in _slots(data):
            collector.add_entries(slot, entries, sets)
    compiled = _Lexicon()
    required: dict[int, frozenset[str] | None] = {}
    for slot, groups in collector.parts.items():
        try:
            compiled[slot] = _compile(groups, required)
        except re.error as exc:  # name the slot, so that whoever edited the data can find it
            raise ValueError(f"crisis lexicon: bad regex in {slot!r}: {exc}") from exc
    compiled.maps = _word_maps(files, _slots)
    compiled.prefilter = _Prefilter(required)
    _fragment_facts.cache_clear()
    return compiled


@cache
def _lexicon() -> _Lexicon:
    """Loaded once per process: matching must stay well under a millisecond."""
    return load_lexicon_files(DATA_DIR.glob("*.yaml"))


def preload() -> None:
    """Compile the lexicons (every piece too) and load or train the model now, rather
    than on a person's message."""
    compile_pieces(_lexicon().values())
    crisis_model.default_model(KINDS)


# --- judging ---------------------------------------------------------------------------

_EMPTY = _Matcher()


def _overlaps(span: tuple[str, int, int], others: Iterable[tuple[str, int, int]]) -> bool:
    view, start, end = span
    return any(v == view and start < e and s < end for v, s, e in others)


class _Setting(NamedTuple):
    """What a message is about, found before judging it: each explains some signs."""

    media: bool = False  # news, fiction, study: topics and goodbyes
    routine: bool = False  # an ordinary departure (moving, a last shift): goodbyes
    occasion: bool = False  # Christmas, a birthday, Mother's Day: letters, thanks, gifts

    def merged(self, kind: str) -> tuple[str, ...]:
        """Signal families that count together as one in such a message."""
        if self.media or self.routine:
            return DEPARTURE_FAMILIES.get(kind, ())
        return OCCASION_FAMILIES.get(kind, ()) if self.occasion else ()


def _signal_score(
    lexicon: dict[str, _Matcher], kind: str, views: _Views, merged: tuple[str, ...]
) -> int:
    """Different signal families found, plus one for a weak sign outside them.

    One stretch of text counts for one family only, so that a phrase listed in two
    families ("last goodbye") cannot fire alone. In a message about an ordinary
    departure, an occasion or a story, the families such a message explains (`merged`)
    count as one.
    """
    taken: list[tuple[str, int, int]] = []
    found: set[str] = set()
    for family in FAMILIES[kind]:
        fresh: list[tuple[str, int, int]] = []
        for span in lexicon.get(f"{kind}/{SIGNALS}/{family}", _EMPTY).spans(views):
            if not _overlaps(span, taken) and not _overlaps(span, fresh):
                fresh.append(span)
        if fresh:
            found.add("departure" if family in merged else family)
            if len(fresh) > 1 and family in STACKING_FAMILIES.get(kind, ()):
                found.add(f"{family}+")
            taken += fresh
    if not found:
        return 0
    weak = lexicon.get(f"{kind}/weak", _EMPTY).spans(views)
    return len(found) + any(not _overlaps(s, taken) for s in weak)


def _fires(lexicon: dict[str, _Matcher], kind: str, views: _Views, setting: _Setting) -> bool:
    """Strong sign; topic word outside news/fiction/study; a letter outside those and
    occasions; two weak signs or families.

    In a message about an ordinary departure (moving, a last day at work) or an occasion
    two weak signs are not enough ("last day at work, thanks for everything" is no
    farewell, nor "merry christmas, thanks for everything, love you all"). An occasion
    silences no topic word and no strong sign: "suicide" on a birthday is still
    suicide.
    """
    if lexicon.get(f"{kind}/strong", _EMPTY).search(views):
        return True
    if not setting.media and lexicon.get(f"{kind}/topic", _EMPTY).search(views):
        return True
    if not (setting.media or setting.occasion) and lexicon.get(f"{kind}/letter", _EMPTY).search(
        views
    ):
        return True
    explained = setting.routine or setting.occasion  # goodbyes, thanks, love: one more sign
    if len(lexicon.get(f"{kind}/weak", _EMPTY).findall(views)) >= (3 if explained else 2):
        return True
    return _signal_score(lexicon, kind, views, setting.merged(kind)) >= 2


# Who harms whom is often told in two short sentences: the person first, the harm next
# ("my husband is japanese. he hits me", "夫は日本人です。怒ると私をなぐります").
_ACROSS_SENTENCE_KINDS = ("dv", "child_abuse")


def _across_sentences(
    lexicon: _Lexicon, kinds: list[str], views: _Views, setting: _Setting
) -> list[str]:
    """Read two sentences as one for the kinds named by who does the harm.

    Only the break between sentences goes: each pattern's own gaps still bound how far
    apart the person and the harm may be.
    """
    missing = [k for k in _ACROSS_SENTENCE_KINDS if k not in kinds]
    if not missing:
        return kinds
    joined = replace(
        views,
        cjk=views.cjk.replace("。", "、"),
        acc=views.acc.replace(" . ", " "),
        stripped=views.stripped.replace(" . ", " "),
    )
    if (joined.cjk, joined.acc) == (views.cjk, views.acc):
        return kinds
    found = set(kinds) | {k for k in missing if _fires(lexicon, k, joined, setting)}
    return [k for k in KINDS if k in found]


def _mask_ordinary(lexicon: _Lexicon, views: _Views, idioms: bool = True) -> _Views:
    """Harmless idioms and the wording that explains a kind (`explained_<kind>`) blanked."""
    if idioms:
        views = lexicon.get("harmless", _EMPTY).mask(views)
    for slot in _EXPLAINED_SLOTS:
        matcher = lexicon.get(slot)
        if matcher is not None:
            views = matcher.mask(views)
    return views


def _explained_kinds(lexicon: _Lexicon, views: _Views) -> frozenset[str]:
    """Kinds the message explains as ordinary (a relationship ended, a pet hit)."""
    return frozenset(
        kind
        for slot, kind in _EXPLAINED_SLOTS.items()
        if slot in lexicon and lexicon[slot].search(views)
    )


def _first_person_views(raw: _Views, lexicon: _Lexicon) -> list[_Views]:
    """A disclosure about someone else, read as if they wrote it (idioms masked again).

    What explains a kind ("she is ending it with her boyfriend") is blanked before the
    words change person, since it names the others in the third person.
    """
    found = []
    raw = _mask_ordinary(lexicon, raw, idioms=False)
    for acc in lexicon.maps.first_person(raw.acc):
        views = _mask_ordinary(lexicon, replace(raw, acc=acc, stripped=strip_accents(acc)))
        found.append(replace(views, squashed=_squashed_latin(views.stripped)))
    return found


def _by_victim(
    lexicon: _Lexicon, kinds: list[str], views: _Views, setting: _Setting
) -> tuple[list[str], bool]:
    """An older person harmed at home is danger_other, not a child's abuse.

    Returns the kinds and whether an older person is the one harmed, in which case the
    household member named is no parent harming a child (`_by_actor` adds no child abuse).
    Child abuse found with the older person's part blanked out stays: a child harmed too.
    The slot names the kind of a message the rules already judge a crisis, never whether.
    """
    elder = lexicon.get(_ELDER_SLOT)
    if not kinds or elder is None or not elder.search(views):
        return kinds, False
    found = set(kinds) | {"danger_other"}
    if "child_abuse" in found and not _fires(lexicon, "child_abuse", elder.mask(views), setting):
        found.discard("child_abuse")
    return [k for k in KINDS if k in found], True


def _by_adult_victim(
    lexicon: _Lexicon, kinds: list[str], views: _Views, setting: _Setting
) -> list[str]:
    """A colleague's bruise and her not wanting to go home are no child's abuse.

    When the one harmed is named as an adult (`victim_adult`: a colleague, a workmate),
    child abuse needs more than weak signs (a bruise, not wanting to go home), which
    describe her as well as a child: it stays only if it fires without them.
    """
    adult = lexicon.get(_ADULT_SLOT)
    if "child_abuse" not in kinds or adult is None or not adult.search(views):
        return kinds
    strict = {slot: m for slot, m in lexicon.items() if slot != "child_abuse/weak"}
    if _fires(strict, "child_abuse", views, setting):
        return kinds
    return [k for k in kinds if k != "child_abuse"]


def _by_actor(
    lexicon: _Lexicon,
    kinds: list[str],
    views: _Views,
    emergency: tuple[str, ...],
    elder_victim: bool = False,
) -> list[str]:
    """A threat or sexual violence by a partner is also dv; by a household member, abuse.

    A medical emergency (119 without 110: grandpa collapsed) names a relative without
    anyone harming anyone, so it does not count as the relative's doing.
    """
    found = set(kinds)
    medical = "119" in emergency and "110" not in emergency
    for slot, (kind, sources) in _ACTOR_KINDS.items():
        if elder_victim and slot == "actor_household":
            continue
        causes = found & set(sources) - ({"danger_other"} if medical else set())
        if kind not in found and causes and lexicon.get(slot, _EMPTY).search(views):
            found.add(kind)
    return [k for k in KINDS if k in found]


def _explained_smoke(lexicon: _Lexicon, views: _Views, unmasked: _Views) -> tuple[_Views, bool]:
    """Smoke from a barbecue, a pan, incense or a cigarette is no fire.

    When the message names such a source (`smoke_source`), its words for smoke and a
    smell of burning (`smoke`) are blanked, so that they feed no sign and call no 119.
    Fire itself, a door nobody opens, someone trapped: those words stay and still count.
    Returns the views and whether some smoke was explained so.
    """
    source, smoke = lexicon.get(_SMOKE_SOURCE_SLOT), lexicon.get(_SMOKE_SLOT)
    if source is None or smoke is None or not source.search(unmasked):
        return views, False
    masked = smoke.mask(views)
    return masked, masked != views


def _learned_kinds(
    text: str,
    smoke_explained: bool,
    explained: frozenset[str] = frozenset(),
    idiom_blanked: bool = False,
) -> list[str]:
    """The learned model's kinds when the rules stay silent.

    Smoke the message explains (`_explained_smoke`) is no danger the model may still
    read in the word "smoke": when danger is its likeliest kind there, it stays silent.
    So for the kinds the message explains as ordinary (`explained_<kind>`: a break-up
    read as suicide, a pet hit read as child abuse): silent when one of them is its
    likeliest kind or when it is unsure of the kind, and without them otherwise. A message
    labelled harmless in its training data stays harmless (`labelled_harmless`), and where
    the rules found a harmless look-alike (an idiom they blanked, explained smoke or kinds)
    the model needs more certainty.
    """
    model = crisis_model.default_model(KINDS)
    if model is None or model.labelled_harmless(text):
        return []
    scores = model.score(text)
    best = max(scores.kinds, key=scores.kinds.__getitem__)
    if (smoke_explained and best == "danger_other") or best in explained:
        return []
    if explained and scores.kinds[best] < crisis_model.KIND_THRESHOLD:
        return []
    look_alike = idiom_blanked or smoke_explained or bool(explained)
    threshold = crisis_model.LOOK_ALIKE_THRESHOLD if look_alike else None
    return [k for k in crisis_model.alarm_kinds(scores, threshold) if k not in explained]


def _primary_first(kinds: list[str], primary: list[str]) -> list[str]:
    """The kinds the message itself shows first, then those read from who does it.

    A threat by a brother is danger_other first and child abuse after it (`_by_actor`);
    an older person harmed at home is danger_other first (`_by_victim`). The crisis lines
    shown are the same; the order tells what the message is about.
    """
    first = [k for k in dict.fromkeys(primary) if k in kinds]
    return first + [k for k in kinds if k not in first]


def _partner_first(lexicon: _Lexicon, kinds: list[str], views: _Views) -> list[str]:
    """Violence at home first when a partner, and no parent, does it to the writer and a child.

    "My husband shut me and the baby out" is told as child abuse and as dv; the partner
    acts on the writer, the child is in danger beside her: dv leads. A parent or other
    household member named keeps the child's abuse first, and the writer's own life at
    stake (suicide, self-harm) keeps the usual order, where that comes first.
    """
    if not {"dv", "child_abuse"} <= set(kinds) or {"suicide", "self_harm"} & set(kinds):
        return kinds
    if not lexicon.get("actor_partner", _EMPTY).search(views) or lexicon.get(
        "actor_household", _EMPTY
    ).search(views):
        return kinds
    return ["dv", *(k for k in kinds if k != "dv")]


def detect_crisis(text: str, lang: str | None = None, *, learned: bool = True) -> CrisisResult:
    """Judge one message. ``lang`` is a hint only: every language's lexicon is applied.

    The hint only chooses which chat spellings to read ("k" is không in Vietnamese).
    When the rules stay silent, the learned model (`crisis_model`) may still raise the
    alarm (``learned=False``: the rules alone, for comparison).
    """
    if not text or not text.strip():
        return CrisisResult(False)
    lexicon = _lexicon()
    raw = _build_views(text, lang, lexicon.maps)
    if lexicon.prefilter is not None:
        raw = replace(raw, scan=_Scan(lexicon.prefilter))
    # A departure, an occasion or the source of some smoke is read before idioms are
    # blanked: a word blanked so that it feeds no sign ("引っ越し", "last day at work")
    # still says what the message is about.
    unmasked = replace(raw, squashed=_squashed_latin(raw.stripped))
    explained = _explained_kinds(lexicon, raw)
    masked = _mask_ordinary(lexicon, raw)
    views, smoke_explained = _explained_smoke(lexicon, masked, unmasked)
    views = replace(views, squashed=_squashed_latin(views.stripped))
    setting = _Setting(
        media=lexicon.get("context", _EMPTY).search(views),
        routine=lexicon.get("routine", _EMPTY).search(unmasked),
        occasion=lexicon.get("occasion", _EMPTY).search(unmasked),
    )
    about_media = setting.media
    others = _first_person_views(raw, lexicon)
    kinds = [
        k
        for k in KINDS
        if _fires(lexicon, k, views, setting)
        or (k in _PERSPECTIVE_KINDS and any(_fires(lexicon, k, other, setting) for other in others))
    ]
    kinds = _across_sentences(lexicon, kinds, views, setting)
    kinds = _by_adult_victim(lexicon, kinds, views, setting)
    emergency = tuple(
        n for n in EMERGENCY_NUMBERS if lexicon.get(f"emergency_{n}", _EMPTY).search(views)
    )
    direct = _partner_first(lexicon, kinds, views)
    kinds, elder_victim = _by_victim(lexicon, kinds, views, setting)
    kinds = _primary_first(
        _by_actor(lexicon, kinds, views, emergency, elder_victim),
        ["danger_other", *direct] if elder_victim else direct,
    )
    if emergency and not kinds and about_media:  # a film or a dream, not a call to make
        emergency = ()
    if emergency and not kinds:
        # Danger told by the call it needs alone ("my husband is holding a knife"): who
        # does it still names the kind (a partner: dv too).
        kinds = _primary_first(
            _by_actor(lexicon, ["danger_other"], views, emergency, elder_victim), ["danger_other"]
        )
    if not kinds and learned:
        blanked = (masked.cjk, masked.acc, masked.stripped) != (raw.cjk, raw.acc, raw.stripped)
        kinds.extend(_learned_kinds(text, smoke_explained, explained, blanked))
        # A parent or an older person harmed by an adult son is danger, not a child's
        # abuse, whether the rules or the model raised it.
        kinds, elder_victim = _by_victim(lexicon, kinds, views, setting)
        kinds = _primary_first(kinds, ["danger_other"] if elder_victim else kinds)
    return CrisisResult(bool(kinds), tuple(kinds), emergency)
