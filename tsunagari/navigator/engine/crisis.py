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
   count as two ("what's the point" + "nobody would notice"). Where a message is about
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
  are then shown: toward help when the relationship is unclear.
- Whom it is done to: an older person harmed by a son, a daughter-in-law or an aunt
  (`victim_elder`) is elder abuse, danger_other. The household member named there harms
  no child, so `actor_household` adds nothing to such a message, and child abuse stands
  only if it is still found with the older person's part blanked out (a child harmed
  beside her).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick
import yaml

from tsunagari.navigator.engine import crisis_model
from tsunagari.navigator.engine.normalize import fold_kana, normalize, strip_accents

try:  # the regex syntax tree, only to speed matching up with a first-character guard
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: match without the guard
    sre = _parser = None

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
# would notice"): they describe the person's state, not one event.
STACKING_FAMILIES = {"suicide": ("despair", "absence")}
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "crisis"
# Who harms: a partner makes a threat or sexual violence also dv, a parent or other
# household member also child abuse (see `_by_actor`).
_ACTOR_SLOTS = ("actor_partner", "actor_household")
# An older person harmed by a household member (see `_by_victim`).
_ELDER_SLOT = "victim_elder"
# An adult named as the one harmed (a colleague): no child in view (see `_by_adult_victim`).
_ADULT_SLOT = "victim_adult"
_ACTOR_KINDS = {
    "actor_partner": ("dv", ("danger_other", "sexual_violence")),
    "actor_household": ("child_abuse", ("danger_other", "sexual_violence")),
}
# Kinds a third-person disclosure is read again for, in the first person.
_PERSPECTIVE_KINDS = ("suicide", "self_harm")
# Typo tolerance: only for words this long, and only one edit away.
_FUZZY_MIN = 6

_LATIN = "0-9a-z\u00c0-\u024f\u1e00-\u1eff"
_BEFORE, _AFTER = f"(?<![{_LATIN}])", f"(?![{_LATIN}])"
_NON_LATIN = re.compile(
    "[\u0900-\u097f\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f"
    "\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
# Letters only Vietnamese uses: a message containing them is typed with full accents,
# so accent-free matching (where "tự tử" and "từ từ" collide) is not needed.
_VIETNAMESE = re.compile("[ăđơư\u1ea0-\u1ef9]")
_SENTENCE_END = re.compile(r"[。.!?！？;；।॥…\n]+")
_APOSTROPHES = re.compile("['’‘ʼ`´]")
_REPEATS = re.compile(f"([{_LATIN[3:]}])\\1{{2,}}")
_SPACED_OUT = re.compile(f"(?:(?<= )[{_LATIN}] ){{3,}}")
_LEET = str.maketrans("013457@$", "oieastas")
# Digits standing for letters ("k1ll", "d13"); a number followed by its unit or ordinal
# ("3rd", "5am", "90s") is left alone.
_LEET_TOKEN = re.compile(
    r"(?<![^\s])(?![0-9]+[a-z]+(?!\S))(?=[a-z0-9@$]{0,24}[a-z])(?=[a-z0-9@$]{0,24}[0-9@$])"
    r"[a-z0-9@$]{2,25}(?!\S)"
)
_INDIC_FOLD = str.maketrans(
    {
        "\u0901": "\u0902",
        "\u0940": "\u093f",
        "\u0942": "\u0941",
        "\u0908": "\u0907",
        "\u090a": "\u0909",
        "\u093c": None,
    }
)
# Small kana typed for effect ("しにたぃ", "きえたぁい") read as their full-size letters.
_SMALL_KANA = str.maketrans("ぁぃぅぇぉゎ", "あいうえおわ")
# Words children and learners write in kana ("いきてる りゆう ない"): read in kana both in
# messages and in entries, so that an entry in either script matches both. Only words
# with one reading, and only whole words, so no other word changes.
_KANA_READINGS = {
    "理由": "りゆう",
    "意味": "いみ",
    "価値": "かち",
    "自分": "じぶん",
    "限界": "げんかい",
    "無理": "むり",
    "迷惑": "めいわく",
    "家族": "かぞく",
    "希望": "きぼう",
    "未来": "みらい",
    "居場所": "いばしょ",
    "必要": "ひつよう",
    "最後": "さいご",
    "永遠": "えいえん",
    "二度と": "にどと",
    "全部": "ぜんぶ",
    "毎日": "まいにち",
    "毎晩": "まいばん",
    "毎朝": "まいあさ",
    "部屋": "へや",
    "学校": "がっこう",
    "先生": "せんせい",
    "友達": "ともだち",
    "彼氏": "かれし",
    "旦那": "だんな",
    "一人": "ひとり",
    "生き": "いき",
    "子供": "こども",
    "子ども": "こども",
    "大事": "だいじ",
    "大切": "たいせつ",
    "勇気": "ゆうき",
    "人生": "じんせい",
    "遺書": "いしょ",
}
_KANA_WORD = re.compile("|".join(sorted(_KANA_READINGS, key=len, reverse=True)))
# A short kana reading is also a piece of longer everyday words: いしょ (遺書, a farewell
# letter) sits in ないしょ (a secret), さいしょ (at first), いしょう (a costume). In the
# squashed view word boundaries are gone, so an entry's reading never matches inside one
# of the words listed here (longest match wins), while "いしょ かいた" still does.
_KANA_CONTAINED = {
    "いしょ": (
        "ないしょ",
        "さいしょ",
        "めいしょ",
        "せいしょ",
        "ゆいしょ",
        "よいしょ",
        "こいしょ",
        "たいしょ",
        "かいしょ",
        "いしょう",
        "いしょく",
    ),
}


def _contained_guard(reading: str, words: tuple[str, ...]) -> str:
    """The reading with lookarounds that reject it inside each of `words`."""
    before, after = [], []
    for word in words:
        at = word.index(reading)
        if word[:at]:
            before.append(f"(?<!{re.escape(word[:at])})")
        if word[at + len(reading) :]:
            after.append(f"(?!{re.escape(word[at + len(reading) :])})")
    return "".join(dict.fromkeys(before)) + re.escape(reading) + "".join(dict.fromkeys(after))


_CONTAINED_GUARDS = {r: _contained_guard(r, words) for r, words in _KANA_CONTAINED.items()}
# In an entry, a listed longer word ("ないしょって") stays as written; only the bare
# reading is guarded.
_CONTAINED_WORD = re.compile(
    "|".join(
        sorted({*_KANA_CONTAINED, *(w for ws in _KANA_CONTAINED.values() for w in ws)}, key=len)[
            ::-1
        ]
    )
)


def _kana_readings(text: str) -> str:
    return _KANA_WORD.sub(lambda m: _KANA_READINGS[m.group()], text)


def _guard_contained(pattern: str) -> str:
    """A compiled entry whose bare short readings do not match inside longer words."""
    return _CONTAINED_WORD.sub(lambda m: _CONTAINED_GUARDS.get(m.group(), m.group()), pattern)


_MACRO = re.compile(r"\{([a-z_]+)\}")
_BUILTINS = {
    "cjk": {"gap": "[^。]{0,12}", "far": "[^。]{0,30}", "sent": "[^。]{0,60}"},
    "latin": {"gap": "(?:[^ .]+ ){0,3}", "far": "(?:[^ .]+ ){0,8}", "sent": "(?:[^ .]+ ){0,20}"},
}


@dataclass(frozen=True)
class CrisisResult:
    """What the navigator needs to show the crisis block before anything else."""

    is_crisis: bool
    kinds: tuple[str, ...] = ()
    emergency: tuple[str, ...] = ()


# --- views -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Views:
    """One message seen the ways the lexicon entries are written for."""

    cjk: str
    acc: str
    stripped: str
    vietnamese: bool
    squashed: str | None
    scan: _Scan | None = None  # which patterns can match these texts (None: try them all)


def _is_dropped(char: str) -> bool:
    """Punctuation, symbols and spaces carry no meaning for phrase matching."""
    return unicodedata.category(char)[0] in "PSZ"


# What a harmless idiom is blanked to in the squashed view: a mark no entry contains, not
# a sentence end, so that the words around it stay one sentence ("前男友还每天换号打给我，
# 说不复合就让我好看" once lost its partner when 打给我 was blanked).
_MASKED = "〓"
# A letter typed three times or more for effect ("อยากตายยยย", "しにたいいい") counts once.
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")


def _cjk_form(base: str) -> str:
    """Squashed form for scripts without spaces; sentence ends kept as 。 (gaps stop there)."""
    text = _SENTENCE_END.sub("。", fold_kana(base))
    text = "".join(c for c in text if c == "。" or not _is_dropped(c))
    text = text.replace("ー", "").translate(_INDIC_FOLD).translate(_SMALL_KANA)
    text = _STRETCHED.sub(r"\1", text)
    return re.sub("。+", "。", _kana_readings(text))


def _words_form(base: str, spelled: frozenset[str] = frozenset()) -> str:
    """Space-separated words, sentence ends as " . ", stretched letters cut ("diiie").

    Digits inside a word are letters ("k1ll"), except in chat spellings a file lists
    (`spelled`): there a digit is a sound ("every1", "gr8"), read by the abbreviations.
    """
    text = _SENTENCE_END.sub(" . ", _APOSTROPHES.sub("", base))
    text = "".join(" " if c != "." and _is_dropped(c) else c for c in text)
    text = _LEET_TOKEN.sub(
        lambda m: m.group() if m.group() in spelled else m.group().translate(_LEET), text
    )
    text = _REPEATS.sub(r"\1", text)
    return " " + " ".join(text.split()) + " "


def _squashed_latin(words: str) -> str | None:
    """Letters joined again when someone spaced them out ("k i l l  m y s e l f")."""
    if not _SPACED_OUT.search(words):
        return None
    return "".join(c for c in words if c not in " .")


_LATIN_LETTER = re.compile(f"[{_LATIN[3:]}]")


def _build_views(text: str, lang: str | None = None, maps: _WordMaps | None = None) -> _Views:
    """A view a script cannot appear in stays empty: half the work for most messages."""
    base = normalize(text.replace("\n", " . "))
    vietnamese = bool(_VIETNAMESE.search(base))
    cjk = _cjk_form(base) if _NON_LATIN.search(base) else ""
    acc = (
        _words_form(base, maps.spelled if maps else frozenset())
        if _LATIN_LETTER.search(base)
        else ""
    )
    if acc and maps is not None:
        acc = maps.rewrite(acc, lang, vietnamese)
    return _Views(cjk, acc, strip_accents(acc), vietnamese, None)


# --- words read as other words: chat spellings, typos, someone else's words -------------

_WORD_IN_REGEX = re.compile(f"[{_LATIN[3:]}]+")


def _map_key(word: str) -> str:
    """A key matches the word exactly as typed (lower case): "noi" is not "nói"."""
    return normalize(word)


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _one_edit(a: str, b: str) -> bool:
    """One letter inserted, dropped, replaced, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    return a[i + 1 :] == b[i + 1 :] or (
        i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    )


@dataclass(frozen=True)
class _WordMaps:
    """Per-word readings gathered from every file (see the module docstring)."""

    always: dict[str, str] = field(default_factory=dict)
    hinted: dict[str, dict[str, str]] = field(default_factory=dict)  # language -> map
    # word -> its readings: one per language that reads it differently ("me" is "you" in
    # English, "te" in Spanish and Portuguese)
    perspective: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fuzzy: dict[str, frozenset[str]] = field(default_factory=dict)  # deletion -> words
    known: frozenset[str] = frozenset()  # words some entry uses: never read as a typo
    spelled: frozenset[str] = frozenset()  # chat spellings with digits ("every1"): not leet

    def _typo(self, word: str) -> str | None:
        if len(word) < _FUZZY_MIN - 1 or word in self.known or not word.isalpha():
            return None
        found = {
            w for key in _deletions(word) for w in self.fuzzy.get(key, ()) if _one_edit(word, w)
        }
        return found.pop() if len(found) == 1 else None

    def rewrite(self, acc: str, lang: str | None, vietnamese: bool) -> str:
        """Chat spellings and typos read as the words they stand for."""
        hinted = [m for code, m in self.hinted.items() if _same_language(code, lang)]
        hinted += [self.hinted["vi"]] if vietnamese and "vi" in self.hinted else []
        words = acc.split(" ")
        changed = False
        spaced_out = bool(_SPACED_OUT.search(acc))  # "s o r r y": letters, not words
        for i, word in enumerate(words):
            if not word or word == "." or (spaced_out and len(word) == 1):
                continue
            new = next((m[word] for m in hinted if word in m), None) or self.always.get(word)
            if new is None and self.fuzzy and not vietnamese:
                new = self._typo(strip_accents(word))
            if new is not None:
                words[i], changed = new, True
        return " ".join(words) if changed else acc

    def first_person(self, acc: str) -> list[str]:
        """The message as if its writer said it of themself; [] when nothing changes.

        A word two languages read differently gives one text per reading, so that each
        language's reading is whole in one of them.
        """
        if not self.perspective or not acc:
            return []
        words = acc.split(" ")
        found = [
            (i, self.perspective[w]) for i, w in enumerate(words) if w and w in self.perspective
        ]
        texts = []
        for n in range(max((len(readings) for _, readings in found), default=0)):
            for i, readings in found:
                words[i] = readings[min(n, len(readings) - 1)]
            texts.append(" ".join(words))
        return texts


def _same_language(code: str, lang: str | None) -> bool:
    if not lang:
        return False
    hint = lang.strip().lower().replace("_", "-")
    return hint == code or hint.split("-")[0] == code.split("-")[0]


def _words_of(data: dict) -> set[str]:
    """Every Latin word a file's entries use (phrases, regex literals, sets)."""
    words: set[str] = set()
    texts: list[str] = []
    for _, entries in _slots(data):
        texts += [str(x) for x in (entries or {}).get("phrases") or ()]
        texts += [str(x) for x in (entries or {}).get("regex") or ()]
    for items in (data.get("sets") or {}).values():
        texts += [str(x) for x in items]
    for text in texts:
        words.update(_WORD_IN_REGEX.findall(strip_accents(normalize(text))))
    return words


def _word_maps(files: list[tuple[str, dict]]) -> _WordMaps:
    """Merge the files' word maps; two files reading one word differently is an error."""
    always: dict[str, str] = {}
    hinted: dict[str, dict[str, str]] = {}
    perspective: dict[str, tuple[str, ...]] = {}
    fuzzy: dict[str, set[str]] = {}
    known: set[str] = set()
    for code, data in files:
        known |= _words_of(data)
        for word, reading in (data.get("abbreviations") or {}).items():
            k, v = _map_key(word), _words_form(normalize(reading)).strip()
            if always.get(k, v) != v:
                raise ValueError(f"crisis lexicon {code}: abbreviations {word!r} is read two ways")
            always[k] = v
        for word, reading in (data.get("perspective") or {}).items():
            k, v = _map_key(word), _words_form(normalize(reading)).strip()
            if v not in perspective.get(k, ()):
                perspective[k] = (*perspective.get(k, ()), v)
        hint = hinted.setdefault(code, {})
        for word, reading in (data.get("abbreviations_hinted") or {}).items():
            hint[_map_key(word)] = _words_form(normalize(reading)).strip()
        for word in data.get("fuzzy") or ():
            bare = strip_accents(normalize(word))
            if len(bare) >= _FUZZY_MIN and bare.isalpha():
                for key in _deletions(bare):
                    fuzzy.setdefault(key, set()).add(bare)
    known |= {w for pair in always.items() for w in pair}
    known |= {w for k, readings in perspective.items() for w in (k, *readings)}
    keys = {*always, *(k for m in hinted.values() for k in m)}
    return _WordMaps(
        always,
        {c: m for c, m in hinted.items() if m},
        perspective,
        {k: frozenset(v) for k, v in fuzzy.items()},
        frozenset(known),
        frozenset(k for k in keys if any(c.isdigit() for c in k)),
    )


# --- compiling the lexicon -------------------------------------------------------------


def _is_cjk(source: str) -> bool:
    return bool(_NON_LATIN.search(source))


def _cjk_phrase(phrase: str) -> str:
    return _guard_contained(re.escape(_cjk_form(normalize(phrase))))


def _latin_phrase(phrase: str) -> str:
    """Words joined by single spaces; "*" matches the rest of a word (stems, suffixes)."""
    words = _words_form(normalize(phrase.replace("*", "\x00"))).split()
    return " ".join("[^ .]*".join(map(re.escape, w.split("\x00"))) for w in words)


def _expand(source: str, sets: dict[str, list[str]], group: str) -> str:
    """Replace {name} by an alternation of the file's set, or by a builtin gap."""

    def repl(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in _BUILTINS[group]:
            return _BUILTINS[group][name]
        return "(?:" + "|".join(_set_item(item, group) for item in sets[name]) + ")"

    return _MACRO.sub(repl, source)


def _set_item(item: str, group: str) -> str:
    """A set item is a phrase, or a regular expression when written "re:..."."""
    if item.startswith("re:"):
        return _prep_cjk_regex(item[3:]) if group == "cjk" else item[3:]
    return _cjk_phrase(item) if group == "cjk" else _latin_phrase(item)


def _prep_cjk_regex(source: str) -> str:
    """Regexes see squashed text: NFKC letters, hiragana only, no spaces or long vowels.

    NFKC is applied letter by letter outside ASCII, so that the regex syntax stays as it
    is while letters take the form the message has (Thai ำ becomes ํา, ｶ becomes カ).
    Spaces are dropped as in the text ("살아 있는" is written as people type it).
    """
    source = "".join(c if c.isascii() else unicodedata.normalize("NFKC", c) for c in source)
    source = source.replace(" ", "")
    source = fold_kana(source).replace("ー", "").translate(_INDIC_FOLD).translate(_SMALL_KANA)
    return _guard_contained(_kana_readings(source))


def _regex_group(source: str, sets: dict[str, list[str]]) -> str:
    raw = _MACRO.sub(lambda m: " ".join(sets.get(m.group(1), [])), source)
    if _is_cjk(raw):
        return "cjk"
    return "ascii" if raw.isascii() else "acc"


# Korean typed as initial consonants only ("ㅈㄱㅅㄷ" = 죽고싶다): the phrases of these
# slots also match as their initials. Three letters at least: fewer meet chat shorthand
# ("ㅈㅅ" is also 죄송, sorry).
_CHOSEONG_SLOTS = ("suicide/strong", "self_harm/strong")
_CHOSEONG_MIN = 3
_HANGUL_FIRST, _HANGUL_LAST, _HANGUL_BLOCK = 0xAC00, 0xD7A3, 588


def _choseong(phrase: str) -> str | None:
    """The initial consonants of an all-Hangul phrase, as NFKC gives typed jamo."""
    letters = [c for c in phrase if not c.isspace()]
    if len(letters) < _CHOSEONG_MIN or not all(
        _HANGUL_FIRST <= ord(c) <= _HANGUL_LAST for c in letters
    ):
        return None
    return "".join(chr(0x1100 + (ord(c) - _HANGUL_FIRST) // _HANGUL_BLOCK) for c in letters)


class _Collector:
    """Regex fragments per slot and view, gathered from every language file."""

    def __init__(self) -> None:
        self.parts: dict[str, dict[str, list[str]]] = {}

    def add(self, slot: str, group: str, fragment: str) -> None:
        self.parts.setdefault(slot, {}).setdefault(group, []).append(fragment)

    def add_phrase(self, slot: str, phrase: str) -> None:
        if _is_cjk(phrase):
            self.add(slot, "cjk", _cjk_phrase(phrase))
            initials = _choseong(phrase) if slot in _CHOSEONG_SLOTS else None
            if initials:
                self.add(slot, "cjk", re.escape(initials))
            return
        encoded = _latin_phrase(phrase)
        if phrase.isascii():
            self.add(slot, "ascii", encoded)
            return
        self.add(slot, "acc", encoded)
        self.add(slot, "stripped", _latin_phrase(strip_accents(normalize(phrase))))

    def add_regex(self, slot: str, source: str, sets: dict[str, list[str]]) -> None:
        group = _regex_group(source, sets)
        if group == "cjk":
            source = _prep_cjk_regex(source)
        self.add(slot, group, _expand(source, sets, "cjk" if group == "cjk" else "latin"))

    def add_entries(self, slot: str, entries: dict | None, sets: dict[str, list[str]]) -> None:
        for phrase in (entries or {}).get("phrases") or ():
            self.add_phrase(slot, str(phrase))
        for source in (entries or {}).get("regex") or ():
            self.add_regex(slot, str(source), sets)


class _Pieces(NamedTuple):
    ids: frozenset[int]  # of the patterns, as the first pass knows them
    by_id: dict[int, re.Pattern[str]]


@dataclass(frozen=True)
class _Matcher:
    """One compiled alternation per view; None where a slot has nothing for that view.

    `pieces` holds the same alternation cut up, per view: each fragment that promises a
    string on its own, and one alternation of those that do not. `search` runs only the
    pieces the first pass allows; a match of the alternation is a match of one of them,
    so the answer is the same (the alternation of a slot in which one fragment promises
    nothing would otherwise be run whole on every message).
    """

    cjk: re.Pattern[str] | None = None
    acc: re.Pattern[str] | None = None
    ascii: re.Pattern[str] | None = None
    stripped: re.Pattern[str] | None = None
    squashed: re.Pattern[str] | None = None
    pieces: dict[str, _Pieces] = field(default_factory=dict, compare=False)
    # Every pattern above and in `pieces` (their `id()`): when none of them can match any
    # text of a message, the matcher answers at once. Most slots are idle for a message,
    # and walking their views one by one was most of the cost of a judgement.
    ids: frozenset[int] = field(default=frozenset(), compare=False)

    def _idle(self, views: _Views) -> bool:
        return views.scan is not None and self.ids.isdisjoint(views.scan.anywhere(views))

    def _named_pairs(
        self, views: _Views
    ) -> Iterable[tuple[str, str, re.Pattern[str] | None, str | None]]:
        """(field, view, pattern, text); the accented and accent-free views share positions."""
        yield "cjk", "cjk", self.cjk, views.cjk
        yield "acc", "latin", self.acc, views.acc
        # Entries without accents meet accent-free text ("nao aguento" = "não aguento"),
        # except in a message typed in Vietnamese, where the marks make the word: there
        # "song" (a song) is not "sống" (to live).
        yield "ascii", "latin", self.ascii, views.acc if views.vietnamese else views.stripped
        if not views.vietnamese:
            yield "stripped", "latin", self.stripped, views.stripped
        yield "squashed", "squashed", self.squashed, views.squashed

    def spans(self, views: _Views) -> list[tuple[str, int, int]]:
        """Where the matches are: (view, start, end)."""
        if self._idle(views):
            return []
        return [
            (view, *m.span())
            for _name, view, pattern, text in self._named_pairs(views)
            if pattern is not None and text and _can_match(pattern, text, views)
            for m in pattern.finditer(text)
        ]

    def findall(self, views: _Views) -> set[str]:
        """Distinct matches; "más" and "mas" (the same words in two views) count once."""
        found: set[str] = set()
        if self._idle(views):
            return found
        for _name, _view, pattern, text in self._named_pairs(views):
            if pattern is not None and text and _can_match(pattern, text, views):
                found.update(strip_accents(m.group()).strip() for m in pattern.finditer(text))
        return found

    def search(self, views: _Views) -> bool:
        if self._idle(views):
            return False
        for name, _view, pattern, text in self._named_pairs(views):
            if pattern is None or not text:
                continue
            pieces = self.pieces.get(name)
            if views.scan is None or pieces is None:
                if _can_match(pattern, text, views) and pattern.search(text):
                    return True
            elif any(pieces.by_id[n].search(text) for n in pieces.ids & views.scan.live(text)):
                return True
        return False

    def mask(self, views: _Views) -> _Views:
        """Blank out harmless idioms so that they cannot feed a crisis pattern.

        The accented and accent-free views are aligned letter by letter, so an idiom
        found in either is blanked in both ("mãe vai me matar ... kkk" must not leave
        "vai me matar" behind in the accent-free view).
        """
        if self._idle(views):
            return views
        live = self._live(views)
        cjk = live.cjk.sub(_MASKED, views.cjk) if live.cjk else views.cjk
        spans = [m.span() for m in live.acc.finditer(views.acc)] if live.acc else []
        if live.ascii:
            text = views.acc if views.vietnamese else views.stripped
            spans += [m.span() for m in live.ascii.finditer(text)]
        if live.stripped and not views.vietnamese:
            spans += [m.span() for m in live.stripped.finditer(views.stripped)]
        acc, stripped = views.acc, views.stripped
        if len(acc) != len(stripped):  # never expected; then each view keeps its own spans
            acc = self.acc.sub(" . ", acc) if self.acc else acc
            spans = [s for p in (self.ascii, self.stripped) if p for s in _spans(p, stripped)]
        for start, end in spans:
            blank = " " + "." * (end - start - 2) + " " if end - start > 2 else " " * (end - start)
            acc = acc[:start] + blank + acc[end:]
            stripped = stripped[:start] + blank + stripped[end:]
        return replace(views, cjk=cjk, acc=acc, stripped=stripped)

    def _live(self, views: _Views) -> _Matcher:
        """This matcher without the patterns that cannot match the texts they would read."""
        if views.scan is None:
            return self
        texts = {
            "cjk": views.cjk,
            "acc": views.acc,
            "ascii": views.acc if views.vietnamese else views.stripped,
            "stripped": views.stripped,
        }

        def alive(name: str) -> re.Pattern[str] | None:
            pattern: re.Pattern[str] | None = getattr(self, name)
            text = texts[name]
            return pattern if pattern and text and _can_match(pattern, text, views) else None

        return replace(
            self,
            cjk=alive("cjk"),
            acc=alive("acc"),
            ascii=alive("ascii"),
            stripped=alive("stripped"),
        )


def _can_match(pattern: re.Pattern[str], text: str, views: _Views) -> bool:
    """False when `text` lacks every string the pattern's matches contain."""
    return views.scan is None or views.scan.allows(pattern, text)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


# --- a first pass over every pattern at once ---------------------------------------------
#
# Most messages match few of the lexicon's patterns, yet each pattern would scan the whole
# message. Each pattern is therefore filed under literal strings one of which every match
# of it contains (from each alternative, its longest run of plain letters, or the choices
# of a group), and one Aho-Corasick pass over a text finds which of them occur. A pattern
# none of whose strings occur cannot match and is not run: answers never change, only
# their cost. A pattern that promises no string (a character class or a wildcard first)
# is always run.


def _required(items: Iterable[tuple]) -> frozenset[str] | None:
    """Strings one of which every match of this parsed regex contains (None: none known)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        inner: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                inner = _required(sub)
        elif op is sre.BRANCH:
            choices = [_required(branch) for branch in av[1]]
            if choices and all(choices):
                inner = frozenset().union(*choices)  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _required(av[2])
        elif op is sre.ATOMIC_GROUP:
            inner = _required(av)
        if inner:
            found.append(inner)
    if run:
        found.append(frozenset({"".join(run)}))
    if not found:
        return None
    # The most selective: the shortest string as long as possible, then the fewest strings.
    return max(found, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _required_strings(fragments: Iterable[str]) -> frozenset[str] | None:
    """The strings one of which any match of the alternation of `fragments` contains."""
    if _parser is None:
        return None
    strings: set[str] = set()
    for fragment in fragments:
        facts = _fragment_facts(fragment)
        if facts is None or not facts.required:
            return None
        strings |= facts.required
    return frozenset(strings)


class _Facts(NamedTuple):
    required: frozenset[str] | None
    first_chars: frozenset[str] | None
    can_be_empty: bool


@cache
def _fragment_facts(fragment: str) -> _Facts | None:
    """What the first pass and the start guard need of one fragment (None: it does not
    parse), read from one parse: a fragment sits in several patterns (its slot's
    alternation and its own piece), and parsing is most of the cost of loading."""
    assert _parser is not None
    try:
        parsed = _parser.parse(fragment)
    except re.error:
        return None
    required = None if parsed.state.flags & re.IGNORECASE else _required(parsed)
    first, empty = _first_chars(parsed)
    return _Facts(required, None if first is None else frozenset(first), empty)


class _Prefilter:
    """Every pattern of the lexicon filed under its required strings, in one automaton.

    Patterns are known by `id()` (they live as long as the lexicon): hashing a compiled
    pattern hashes its whole program, which costs more than the search it would save.
    """

    def __init__(self, required: dict[int, frozenset[str] | None]) -> None:
        self.always = frozenset(p for p, strings in required.items() if strings is None)
        by_string: dict[str, set[int]] = {}
        for pattern, strings in required.items():
            for string in strings or ():
                by_string.setdefault(string, set()).add(pattern)
        self.patterns = [frozenset(ps) for ps in by_string.values()]
        self.automaton = ahocorasick.Automaton()
        for number, string in enumerate(by_string):
            self.automaton.add_word(string, number)
        if by_string:
            self.automaton.make_automaton()
        self.empty = not by_string

    def live(self, text: str) -> frozenset[int]:
        """The patterns (their `id()`) that can match `text`."""
        if self.empty:
            return self.always
        numbers = {number for _end, number in self.automaton.iter(text)}
        return self.always.union(*(self.patterns[n] for n in numbers))


class _Scan:
    """The prefilter's answers for the texts of one message, kept for that message only."""

    def __init__(self, prefilter: _Prefilter) -> None:
        self.prefilter = prefilter
        self.seen: dict[str, frozenset[int]] = {}
        self.views: dict[tuple[str, str, str, str], frozenset[int]] = {}

    def live(self, text: str) -> frozenset[int]:
        found = self.seen.get(text)
        if found is None:
            found = self.seen[text] = self.prefilter.live(text)
        return found

    def allows(self, pattern: re.Pattern[str], text: str) -> bool:
        return id(pattern) in self.live(text)

    def anywhere(self, views: _Views) -> frozenset[int]:
        """The patterns that can match some text of `views` (each reads one of them)."""
        key = (views.cjk, views.acc, views.stripped, views.squashed or "")
        found = self.views.get(key)
        if found is None:
            found = self.views[key] = frozenset().union(*(self.live(t) for t in key if t))
        return found


def _first_chars(items: Iterable[tuple]) -> tuple[set[str] | None, bool]:
    """Characters a parsed regex can start with (None: any), and whether it can be empty."""
    chars: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            found = _class_chars(av)
            return (None if found is None else chars | found), False
        if op is sre.BRANCH:
            results = [_first_chars(branch) for branch in av[1]]
        elif op is sre.SUBPATTERN:
            results = [_first_chars(av[3])]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            results = [_first_chars(av[2])]
            results.append((set(), av[0] == 0))
        else:
            return None, False
        if any(found is None for found, _ in results):
            return None, False
        chars.update(*(found for found, _ in results if found))
        if not any(empty for _, empty in results):
            return chars, False
    return chars, True


def _class_chars(items: Iterable[tuple]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 2000:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return chars


def _start_guard(fragments: list[str]) -> str:
    """A lookahead on the possible first characters: most positions fail at once."""
    chars: set[str] = set()
    if _parser is None:
        return ""
    for fragment in fragments:
        facts = _fragment_facts(fragment)
        if facts is None or facts.first_chars is None or facts.can_be_empty:
            return ""
        chars |= facts.first_chars
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def _alternation(fragments: list[str], latin: bool) -> re.Pattern[str]:
    unique = sorted(set(fragments), key=len, reverse=True)
    body = _start_guard(unique) + "(?:" + "|".join(unique) + ")"
    return re.compile(f"{_BEFORE}{body}{_AFTER}" if latin else body)


def _is_searched(slot: str) -> bool:
    """Slots asked only whether they match at all (`_Matcher.search`)."""
    return slot.endswith(("/strong", "/topic", "/letter")) or slot in (
        "context",
        "routine",
        "occasion",
        *_ACTOR_SLOTS,
        _ELDER_SLOT,
        _ADULT_SLOT,
        *(f"emergency_{n}" for n in EMERGENCY_NUMBERS),
    )


def _compile(
    groups: dict[str, list[str]], required: dict[int, frozenset[str] | None], split: bool = False
) -> _Matcher:
    """One alternation per view, and its pieces when `split`; each pattern's required
    strings go into `required`."""
    sources = {g: f for g, f in groups.items() if g != "cjk"}
    if "cjk" in groups:
        sources["cjk"] = groups["cjk"]
    squashed = [
        f.replace(" ", "") for g in ("ascii", "stripped") for f in groups.get(g, ()) if "(" not in f
    ]
    if squashed:
        sources["squashed"] = squashed
    compiled: dict[str, re.Pattern[str]] = {}
    pieces: dict[str, _Pieces] = {}
    for group, fragments in sources.items():
        latin = group not in ("cjk", "squashed")
        compiled[group] = _filed(_alternation(fragments, latin), fragments, required)
        if split:
            pieces[group] = _pieces(fragments, latin, required)
    ids = {id(p) for p in compiled.values()}.union(*(p.ids for p in pieces.values()))
    return _Matcher(**compiled, pieces=pieces, ids=frozenset(ids))


def _filed(
    pattern: re.Pattern[str], fragments: list[str], required: dict[int, frozenset[str] | None]
) -> re.Pattern[str]:
    """Note the strings one of which every match of `pattern` contains."""
    strings = _required_strings(fragments)
    if required.get(id(pattern), strings) != strings:
        strings = None  # one compiled pattern for two sources (re's cache): always run it
    required[id(pattern)] = strings
    return pattern


def _pieces(
    fragments: list[str], latin: bool, required: dict[int, frozenset[str] | None]
) -> _Pieces:
    """Each fragment that promises a string alone; those that promise none together."""
    unique = sorted(set(fragments), key=len, reverse=True)
    promising = [f for f in unique if _required_strings([f])]
    rest = [f for f in unique if f not in set(promising)]
    found = [_filed(_alternation([f], latin), [f], required) for f in promising]
    if rest:
        found.append(_filed(_alternation(rest, latin), rest, required))
    by_id = {id(pattern): pattern for pattern in found}
    return _Pieces(frozenset(by_id), by_id)


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


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: faster


class _StrictLoader(_BaseLoader):  # type: ignore[misc,valid-type]
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
            compiled[slot] = _compile(groups, required, split=_is_searched(slot))
        except re.error as exc:  # name the slot, so that whoever edited the data can find it
            raise ValueError(f"crisis lexicon: bad regex in {slot!r}: {exc}") from exc
    compiled.maps = _word_maps(files)
    compiled.prefilter = _Prefilter(required)
    _fragment_facts.cache_clear()
    return compiled


@cache
def _lexicon() -> _Lexicon:
    """Loaded once per process: matching must stay well under a millisecond."""
    return load_lexicon_files(DATA_DIR.glob("*.yaml"))


def preload() -> None:
    """Compile the lexicons and train the model now (seconds) rather than on a message."""
    _lexicon()
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


def _first_person_views(raw: _Views, lexicon: _Lexicon) -> list[_Views]:
    """A disclosure about someone else, read as if they wrote it (idioms masked again)."""
    found = []
    for acc in lexicon.maps.first_person(raw.acc):
        views = lexicon.get("harmless", _EMPTY).mask(
            replace(raw, acc=acc, stripped=strip_accents(acc))
        )
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


def _primary_first(kinds: list[str], primary: list[str]) -> list[str]:
    """The kinds the message itself shows first, then those read from who does it.

    A threat by a brother is danger_other first and child abuse after it (`_by_actor`);
    an older person harmed at home is danger_other first (`_by_victim`). The crisis lines
    shown are the same; the order tells what the message is about.
    """
    first = [k for k in dict.fromkeys(primary) if k in kinds]
    return first + [k for k in kinds if k not in first]


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
    views = lexicon.get("harmless", _EMPTY).mask(raw)
    views = replace(views, squashed=_squashed_latin(views.stripped))
    # A departure or an occasion is read before idioms are blanked: a word blanked so
    # that it feeds no sign ("引っ越し", "last day at work") still says what the message
    # is about.
    unmasked = replace(raw, squashed=_squashed_latin(raw.stripped))
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
    direct = kinds
    kinds, elder_victim = _by_victim(lexicon, kinds, views, setting)
    kinds = _primary_first(
        _by_actor(lexicon, kinds, views, emergency, elder_victim),
        ["danger_other", *direct] if elder_victim else direct,
    )
    if emergency and not kinds and about_media:  # a film or a dream, not a call to make
        emergency = ()
    if emergency and not kinds:
        kinds.append("danger_other")
    if not kinds and learned and (model := crisis_model.default_model(KINDS)) is not None:
        kinds.extend(crisis_model.alarm_kinds(model.score(text)))
    return CrisisResult(bool(kinds), tuple(kinds), emergency)
