"""Crisis detector, part 1: a message and the lexicon entries seen the same ways.

Views of a message (squashed for scripts without spaces, words with and without accents,
spaced-out letters joined again), kana readings of a few kanji words, and the word maps
(chat spellings, typos, someone else's words) that rewrite words before matching. Internal
to `crisis`: the names stay private to the detector.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tsunagari.navigator.engine.normalize import fold_kana, normalize, strip_accents

if TYPE_CHECKING:
    from tsunagari.navigator.engine.crisis_patterns import _Scan

# Every slot of a lexicon file with its entries (`crisis._slots`).
SlotReader = Callable[[dict], Iterable[tuple[str, dict | None]]]

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
# letter) sits in ないしょ (a secret), さいしょ (at first), いしょう (a costume), and in
# katakana loanwords (オーディション reads おでいしょん once small kana are full size); and with the
# spaces gone, two words meet ("ともだち かんけい" holds ちかん). In the
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
        # Katakana loanwords once their small ィ reads full size: オーディション,
        # コンディション(ナー), エディション, トラディショナル.
        "いしょん",
        "いしょな",
    ),
    # アムカ (arm cutting) in "あーむかつく", "あ むかえに きて", "まあ むかしは".
    "あむか": (
        "あむかつ",
        "あむかえ",
        "あむかい",
        "あむかう",
        "あむかしは",
        "あむかしの",
        "あむかしから",
    ),
    # じしょう (自傷) where a word ends in じ before しょう...: "じしょ うまく" (辞書),
    # "かんじ しょうがない", "ごじ しょうがっこう".
    "じしょう": (
        "じしょうまく",
        "じしょうりば",
        "じしょうがない",
        "じしょうがっこう",
        "じしょうがくせい",
        "じしょうがく",
        "じしょうかい",
        "じしょうねん",
        "じしょうじょ",
        "じしょうひん",
        "じしょうにん",
    ),
    # リスカ in casual "むりすか" (無理っすか) and "ありすか" (Alice ...).
    "りすか": ("むりすか", "ありすか"),
    # ちかん (痴漢) where a word ends in ち before かん...: "ともだち かんけい",
    # "きもち かんがえて", "きもち かんしゃ", "まち かんばん".
    "ちかん": (
        "ちかんけい",
        "ちかんがえ",
        "ちかんしゃ",
        "ちかんどう",
        "ちかんこく",
        "ちかんばん",
        "ちかんたん",
        "ちかんじょう",
        "ちかんせん",
        "ちかんきょう",
        "ちかんごし",
        "ちかんり",
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


def _words_of(data: dict, slots: SlotReader) -> set[str]:
    """Every Latin word a file's entries use (phrases, regex literals, sets)."""
    words: set[str] = set()
    texts: list[str] = []
    for _, entries in slots(data):
        texts += [str(x) for x in (entries or {}).get("phrases") or ()]
        texts += [str(x) for x in (entries or {}).get("regex") or ()]
    for items in (data.get("sets") or {}).values():
        texts += [str(x) for x in items]
    for text in texts:
        words.update(_WORD_IN_REGEX.findall(strip_accents(normalize(text))))
    return words


def _word_maps(files: list[tuple[str, dict]], slots: SlotReader) -> _WordMaps:
    """Merge the files' word maps; two files reading one word differently is an error."""
    always: dict[str, str] = {}
    hinted: dict[str, dict[str, str]] = {}
    perspective: dict[str, tuple[str, ...]] = {}
    fuzzy: dict[str, set[str]] = {}
    known: set[str] = set()
    for code, data in files:
        known |= _words_of(data, slots)
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
