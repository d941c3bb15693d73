"""Text → forms that lexicon terms and search indexes can match, per language.

Each writing system needs its own view of a message:
- Japanese: SudachiPy lemmas (`normalized_form`, so 払えず/払えない meet at 払う), plus
  the reading of the kana that Sudachi could not resolve, so that hiragana-only and
  easy Japanese ("やちん はらえない") still match terms written in kanji; kana words that
  Sudachi only pieces together from other words (かいしゃ as か + 医者) are read by sound.
- Chinese and Thai have no spaces: matching is by substring, indexing by 2-grams.
- Korean and Nepali attach particles to words: substring matching of stems.
- Latin-script languages: lowercase words without accents (people often skip them).

Lexicon terms go through the same analysis as messages (`compile_term`), so an editor
writes a term once, naturally, and every variant of the message still meets it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tsunagari.core.japanese import sudachi_tokenizer
from tsunagari.core.languages import base_language
from tsunagari.navigator.engine.normalize import (
    fold_kana,
    normalize,
    squash,
    squash_normalized,
    strip_accents,
)

__all__ = [
    "Analysis",
    "Anchors",
    "Term",
    "analyze",
    "anchors",
    "char_keys",
    "compile_term",
    "index_tokens",
    "lexicon_language",
    "message_keys",
    "token_keys",
    "tokenize",
]

SUBSTRING_LANGS = frozenset({"zh-hans", "th", "ko", "ne"})
_NO_SPACE_LANGS = frozenset({"zh-hans", "th"})
_WORD = re.compile(r"\w+")
_APOSTROPHES = re.compile("['’`]")
# An English possessive or contraction's 's is dropped before the other apostrophes, so that
# "my son's teacher" holds the word "son" (not "sons") for terms such as "teacher + son".
_APOSTROPHE_S = re.compile(r"(?<=\w)['’`]s\b")
_WORD_GAP = 2  # other words allowed between the words of a phrase
_JA_GAP = 1  # Japanese lemmas are denser (particles are gone): one word between
_CHAR_GAP = 6  # other characters allowed between the pieces of a substring phrase
_MIN_READING = 3  # shorter kana readings match too much by chance
_MIN_KANA_SURFACE = 4  # kana-only terms shorter than this match inside other words


@dataclass(frozen=True)
class Analysis:
    """One message, analysed for one lexicon language.

    `flat` is the text for substring matching; `tokens` are words (Latin scripts) or
    Japanese content lemmas; `reading` is the Japanese message in hiragana.
    """

    lang: str
    flat: str
    tokens: tuple[str, ...]
    reading: str = ""
    vocab: frozenset[str] = frozenset()  # the tokens again, for a cheap first check
    starts: frozenset[int] = frozenset()  # offsets in `reading` where a word begins
    accented: bool = False  # Vietnamese typed with diacritics: match them exactly
    gap: int = _WORD_GAP  # other tokens allowed between the words of a phrase
    blockers: frozenset[int] = frozenset()  # token positions a phrase may not skip
    sound_starts: frozenset[int] = frozenset()  # offsets in `reading` of words read by sound
    # Japanese: Sudachi's words for the message, kept so that the BM25 query tokens are read
    # from them rather than from a second analysis (`index_tokens`). Lives with the request.
    morphemes: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class _Part:
    """One `+`-separated part of a term; it matches through any of its channels."""

    flat: tuple[str, ...]  # pieces in order (substring channel)
    tokens: tuple[str, ...] = ()  # words or lemmas in order (token channel)
    prefix: tuple[bool, ...] = ()  # per token: a trailing * means "word starts with"
    reading: str = ""  # Japanese: hiragana stem of the term's reading
    accented: tuple[str, ...] = ()  # Vietnamese: the words with their diacritics
    kana: tuple[str, ...] = ()  # Japanese: each lemma in kana (取れる → とれる)
    # For the token channel (plain and accented words): per further word, the tokens one of
    # which the message must have for the words to be found in order. A cheap first check:
    # most phrases whose first word is in a message lack a later one.
    later: tuple[frozenset[str], ...] = field(init=False, default=())
    later_accented: tuple[frozenset[str], ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "later", _later_tokens(self.tokens, self.prefix, self.kana))
        object.__setattr__(
            self, "later_accented", _later_tokens(self.accented, self.prefix, self.kana)
        )


def _later_tokens(
    words: Sequence[str], prefix: Sequence[bool], kana: Sequence[str]
) -> tuple[frozenset[str], ...]:
    """For each word after the first that must equal a token: the word or its kana.

    Words matched by their start (`*`) and words without a known form are left out: the
    check may only ever be weaker than `_tokens_in_order`.
    """
    found = []
    for k in range(1, len(words)):
        if k >= len(prefix) or prefix[k] or (kana and k >= len(kana)):
            continue
        found.append(frozenset({words[k], kana[k]} if kana else {words[k]}))
    return tuple(found)


@dataclass(frozen=True)
class Term:
    """A compiled lexicon term: every part must occur somewhere in the message."""

    text: str
    parts: tuple[_Part, ...]

    def matches(self, analysis: Analysis) -> bool:
        """True when each part is found by at least one channel."""
        return all(_part_matches(part, analysis) for part in self.parts)

    @property
    def sense(self) -> tuple[tuple[str, ...], ...]:
        """What the term says once spelling is set aside: 子ども, 子供 and こども (or ご飯が
        ない and ごはんがない) are one word written three ways, so they count as one clue."""
        return tuple(part.tokens or part.flat for part in self.parts)

    def index_keys(self) -> frozenset[str]:
        """Index keys: a message lacking all of them cannot match (see `message_keys`).

        Looking terms up by key instead of trying all of them keeps a message at a
        few hundred microseconds with thousands of terms.
        """
        part = self.parts[0]
        keys = {_char_key(piece) for piece in part.flat[:1]}
        for words in (part.tokens, part.accented, part.kana):
            if words:
                keys.add(f"p:{words[0][:2]}" if part.prefix[0] else f"w:{words[0]}")
        if part.reading:
            keys.add(_char_key(part.reading))
        return frozenset(keys)


def message_keys(analysis: Analysis) -> frozenset[str]:
    """Every key a term of this message could be indexed under (`Term.index_keys`)."""
    return token_keys(analysis) | char_keys(analysis)


def token_keys(analysis: Analysis) -> frozenset[str]:
    """The message's words as keys: `w:` a whole token, `p:` its first two letters."""
    return frozenset({f"w:{t}" for t in analysis.tokens} | {f"p:{t[:2]}" for t in analysis.tokens})


def char_keys(analysis: Analysis) -> frozenset[str]:
    """Every one or two characters of the flat text and of the reading, as keys."""
    keys: set[str] = set()
    for text in (analysis.flat, analysis.reading):
        keys.update(f"c:{text[i : i + 2]}" for i in range(len(text)))
        keys.update(f"c:{char}" for char in text)
    return frozenset(keys)


@dataclass(frozen=True)
class Anchors:
    """What a message must contain for a term to match, as a first pass looks it up.

    Each is a necessary condition of one channel of the term's first part: its first piece
    inside the flat text, its reading inside the reading, or one of its words among the
    tokens (`w:` a whole token, `p:` a token's first two letters). A term none of whose
    anchors is in a message cannot match it.
    """

    flat: str = ""
    reading: str = ""
    words: frozenset[str] = frozenset()


def anchors(term: Term, frequency: Callable[[str], int]) -> Anchors | None:
    """The anchors of a term. Of a phrase's words, the one whose keys the fewest terms
    share (`frequency`) stands for the phrase: any of them must be in the message.

    None when a word key cannot be told (a one-letter word start such as "1*"): such a term
    is looked up by its `index_keys`.
    """
    part = term.parts[0]
    words: set[str] = set()
    for variant in (part.tokens, part.accented):
        if not variant:
            continue
        if not part.prefix or (part.prefix[0] and len(variant[0]) < 2):
            return None
        first = {f"p:{variant[0][:2]}"} if part.prefix[0] else {f"w:{variant[0]}"}
        if part.kana:
            first.add(f"p:{part.kana[0][:2]}" if part.prefix[0] else f"w:{part.kana[0]}")
        options = [frozenset(first)]
        options += [
            frozenset(f"w:{word}" for word in later)
            for later in _later_tokens(variant, part.prefix, part.kana)
        ]
        words |= min(options, key=lambda keys: sum(map(frequency, keys)))
    return Anchors(part.flat[0] if part.flat else "", part.reading, frozenset(words))


def _char_key(text: str) -> str:
    """First two characters (a one-character term keys on itself)."""
    return f"c:{text[:2]}"


def lexicon_language(lang: str) -> str:
    """Easy Japanese is read with the Japanese lexicon."""
    return base_language(lang)


def analyze(text: str, lang: str) -> Analysis:
    """Analyse a message once; every term of the lexicon is then matched against it."""
    lang = lexicon_language(lang)
    if lang == "ja":
        normalized = normalize(text)
        morphemes = sudachi_tokenizer().tokenize(normalized)
        affirmed = _without_negated_nouns(morphemes)
        flat = squash(affirmed) if affirmed is not None else squash_normalized(normalized)
        if affirmed is not None:
            morphemes = sudachi_tokenizer().tokenize(affirmed)
        lemmas, reading, starts, blockers, sounds = _japanese("", morphemes, by_sound=True)
        return Analysis(
            lang,
            flat,
            tuple(lemmas),
            reading,
            frozenset(lemmas),
            starts,
            gap=_JA_GAP,
            blockers=blockers,
            sound_starts=sounds,
            morphemes=morphemes,
        )
    if lang in SUBSTRING_LANGS:
        flat = squash(text) if lang in _NO_SPACE_LANGS else normalize(text)
        return Analysis(lang, flat, ())
    accented = lang == "vi" and _has_diacritics(text)
    # English words read inside Vietnamese keep the Vietnamese marks: "gãy" (broken) and
    # "gầy" (thin) must not become the English "gay".
    words = _words(text, keep_accents=accented or (lang != "vi" and _looks_vietnamese(text)))
    return Analysis(lang, " ".join(words), tuple(words), "", frozenset(words), accented=accented)


def index_tokens(analysis: Analysis) -> list[str] | None:
    """`tokenize(text, "ja")` of the analysed message, from its Sudachi words; None when
    the analysis is not Japanese."""
    if analysis.lang != "ja" or analysis.morphemes is None:
        return None
    return _japanese_index_tokens("", analysis.morphemes)


def tokenize(text: str, lang: str) -> list[str]:
    """Tokens for a BM25 index or query (service texts and messages alike)."""
    lang = lexicon_language(lang)
    if lang == "ja":
        return _japanese_index_tokens(normalize(text))
    if lang in _NO_SPACE_LANGS:
        return _bigrams(squash(text))
    if lang == "ko":
        words = _words(text)
        return words + [g for w in words for g in _bigrams(w) if len(w) > 2]
    return _words(text)


def compile_term(term: str, lang: str) -> Term:
    """Analyse a lexicon term the way messages are analysed.

    Syntax: words separated by spaces must appear in this order, close together
    ("no one to talk to", "家賃 払えない"); `+` joins parts that may appear anywhere in
    the message ("夫 + 亡くなる"); a trailing `*` on a Latin word matches any ending; a
    leading `=` on a Japanese part matches its written form and reading only, not its
    lemmas ("=死ねって" must not match 死にたい); a leading `^` leaves out the reading
    (^亡くなる must not match できなくなる).
    """
    lang = lexicon_language(lang)
    parts = tuple(_compile_part(p.strip(), lang) for p in term.split("+") if p.strip())
    return Term(term, parts)


def plain_term(term: str) -> str:
    """A lexicon term's words with the syntax of `compile_term` taken out (`+` becomes a
    space; `=` and `^` go): the term read as a plain phrase, e.g. as a message."""
    return term.replace("+", " ").replace("=", "").replace("^", "")


def _compile_part(part: str, lang: str) -> _Part:
    """One part, in the channels its language uses."""
    if lang == "ja":
        return _compile_japanese(part)
    if lang in SUBSTRING_LANGS:
        pieces = normalize(part).split()
        if lang in _NO_SPACE_LANGS:
            pieces = [squash(p) for p in pieces]
        return _Part(tuple(p for p in pieces if p))
    # A message's words are split at hyphens (_WORD), so a term's must be too: "part-time",
    # "na-scam" and "di-bully" are two words on both sides.
    raw = _without_apostrophes(strip_accents(normalize(part))).replace("-", " ").split()
    words = tuple(w.rstrip("*") for w in raw)
    accented = tuple(_words(part, keep_accents=True)) if lang == "vi" else ()
    return _Part((), words, tuple(w.endswith("*") for w in raw), accented=accented)


def _part_matches(part: _Part, analysis: Analysis) -> bool:
    """Substring channel, then token channel, then (Japanese) reading channel."""
    if part.flat and _pieces_in_order(part.flat, analysis.flat):
        return True
    accented = analysis.accented and bool(part.accented)
    words = part.accented if accented else part.tokens
    if words and _could_match(words, part.prefix, part.kana, analysis):
        vocab = analysis.vocab
        later = part.later_accented if accented else part.later
        if not any(vocab.isdisjoint(tokens) for tokens in later) and _tokens_in_order(
            words, part.prefix, part.kana, analysis
        ):
            return True
        # A word read by its sound (ざいりゅうかーど) holds the first lemma's kana (ざいりゅう)
        # but not the next one's: the term's reading may still begin there.
        return bool(part.reading and analysis.sound_starts) and _reading_at_word_start(
            part.reading, analysis, analysis.sound_starts
        )
    return bool(part.reading) and _reading_at_word_start(part.reading, analysis)


def _reading_at_word_start(
    reading: str, analysis: Analysis, starts: frozenset[int] | None = None
) -> bool:
    """The term's reading begins where a word begins (not だんな inside そうだんなんて);
    `starts`, when given, are the only word starts that count."""
    if starts is None:
        starts = analysis.starts
    found = analysis.reading.find(reading)
    while found >= 0:
        if found in starts:
            return True
        found = analysis.reading.find(reading, found + 1)
    return False


def _could_match(
    words: Sequence[str], prefix: Sequence[bool], kana: Sequence[str], analysis: Analysis
) -> bool:
    """Cheap test on the first token before the ordered scan."""
    if prefix[0]:
        return words[0] in analysis.flat
    return words[0] in analysis.vocab or (bool(kana) and kana[0] in analysis.vocab)


def _pieces_in_order(pieces: Sequence[str], text: str) -> bool:
    """Each piece occurs after the previous one, at most _CHAR_GAP characters later."""
    start = text.find(pieces[0])
    while start >= 0:
        end = start + len(pieces[0])
        for piece in pieces[1:]:
            found = text.find(piece, end, end + _CHAR_GAP + len(piece))
            if found < 0:
                break
            end = found + len(piece)
        else:
            return True
        start = text.find(pieces[0], start + 1)
    return False


def _tokens_in_order(
    words: Sequence[str], prefix: Sequence[bool], kana: Sequence[str], analysis: Analysis
) -> bool:
    """The words appear in order, with at most `analysis.gap` other tokens between,
    none of them a blocker (in Japanese a noun or a negation: "家にお金がない" is not
    "家がない"). A Japanese lemma also matches its kana form, which Sudachi keeps for
    verbs typed in kana (連絡がとれない → とれる)."""
    tokens = analysis.tokens

    def same(k: int, token: str) -> bool:
        if prefix[k]:
            return token.startswith(words[k])
        return token == words[k] or (bool(kana) and token == kana[k])

    def next_match(k: int, pos: int) -> int:
        for j in range(pos + 1, min(len(tokens), pos + 2 + analysis.gap)):
            if same(k, tokens[j]):
                return j
            if j in analysis.blockers:
                break
        return -1

    for start, token in enumerate(tokens):
        if not same(0, token):
            continue
        pos = start
        for k in range(1, len(words)):
            pos = next_match(k, pos)
            if pos < 0:
                break
        else:
            return True
    return False


def _words(text: str, *, keep_accents: bool = False) -> list[str]:
    """Lowercase words, without accents unless asked; apostrophes dropped ("cant"), and an
    English 's with them ("son's" is "son")."""
    text = normalize(text) if keep_accents else strip_accents(normalize(text))
    return _WORD.findall(_without_apostrophes(text))


def _without_apostrophes(text: str) -> str:
    return _APOSTROPHES.sub("", _APOSTROPHE_S.sub("", text))


_VIETNAMESE_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def _looks_vietnamese(text: str) -> bool:
    """Two or more letters only Vietnamese uses among the Latin-script languages we read."""
    return sum(c in _VIETNAMESE_LETTERS for c in text.lower()) >= 2


def _has_diacritics(text: str) -> bool:
    """Vietnamese typed with its marks (most words carry one) rather than bare ASCII."""
    return any(not c.isascii() and c.isalpha() for c in text)


def _bigrams(text: str) -> list[str]:
    """Character 2-grams (a lone character stays a 1-gram)."""
    if len(text) < 2:
        return [text] if text else []
    return [text[i : i + 2] for i in range(len(text) - 1)]


# --- Japanese ---------------------------------------------------------------------

_NEGATIONS = frozenset({"ない", "ず", "ぬ", "ん", "無い"})
_DROPPED_POS = frozenset({"助詞", "補助記号", "空白", "記号"})
_BLOCKING_POS = frozenset({"名詞", "代名詞"})
_KEPT_PARTICLES = frozenset({"だけ", "しか", "ばかり"})  # "私だけ" is not just "私"
_INFLECTING = frozenset({"動詞", "形容詞", "助動詞"})


def _japanese(
    text: str, morphemes: Any = None, *, by_sound: bool = False
) -> tuple[list[str], str, frozenset[int], frozenset[int], frozenset[int]]:
    """Content lemmas (negation unified to ない, wish kept as たい), the reading of
    the kana-written words, the offsets in it where each word starts, the lemma
    positions a phrase may not skip (nouns, ない, たい) and the offsets where a word read
    by its sound starts. `morphemes`, when given, are Sudachi's words for `text`.
    `by_sound`: kana words that Sudachi could only piece together from fragments are read
    as their sound (`_sound_spans`), as messages are."""
    lemmas: list[str] = []
    reading: list[str] = []
    starts: list[int] = []
    sounds: list[int] = []
    blockers: set[int] = set()
    offset = 0
    if morphemes is None:
        morphemes = sudachi_tokenizer().tokenize(text)
    words = list(morphemes)
    spans = _sound_spans(words) if by_sound else {}
    skip_to = 0
    for n, morpheme in enumerate(words):
        if n < skip_to:
            continue
        if n in spans:
            skip_to = spans[n]
            sound = _sound(words[n:skip_to])
            sounds.append(offset)
            # Pieces Sudachi left in kana still begin words there (しょう + がく + せい:
            # 学生 at がく), as before; pieces it made kanji of (か + 医者) do not.
            inner = offset
            for piece in words[n:skip_to]:
                if not _has_kanji(piece.normalized_form()) or inner == offset:
                    starts.append(inner)
                inner += len(piece.surface())
            reading.append(sound)
            offset += len(sound)
            blockers.add(len(lemmas))
            lemmas.append(sound)
            continue
        pos = morpheme.part_of_speech()[0]
        if pos in ("空白", "補助記号"):
            if by_sound and morpheme.surface() in _WORD_BREAKS:
                # a term's reading does not run over a sentence's end (…ました。かいしゃ is
                # no たかい, 他界)
                reading.append("。")
                offset += 1
            continue
        kana = _unresolved_reading(morpheme)
        starts.append(offset)
        reading.append(kana)
        offset += len(kana)
        lemma = _content_lemma(*_word(words, n))
        if lemma:
            if _blocks(morpheme.part_of_speech()) or lemma in ("ない", "たい"):
                blockers.add(len(lemmas))
            lemmas.append(lemma)
            lemmas.extend(_numeral_units(morpheme))
    return lemmas, "".join(reading), frozenset(starts), frozenset(blockers), frozenset(sounds)


# Kana words that Sudachi can only read by piecing them from fragments. Someone writing in
# kana (a learner, a child: かいしゃ, ざいりゅうカード, にゅうかん) writes
# words Sudachi knows only in kanji, and it reads them as whatever kana words fit: か +
# 医者 (a doctor), 際 + 竜 + カード, にゅう + 彼. Such a stretch is read as its sound instead,
# one word whose kana meets the reading of a lexicon term (会社, 在留カード, 入管) and the
# kana of its lemmas. Only where a kana word begins (after a space, a sentence's punctuation
# or the start) and only in two shapes no kana word has: a one- or two-kana particle or auxiliary
# followed by a noun (か + 医者, し + やく + しょ), or a run of two or more short nouns and
# adverbs (two morae or fewer each: ざい + りゅう, にゅう + かん). Words Sudachi reads whole
# (とうさん → 父さん, きゅうしょく → 給食) are left as it reads them.
_FUNCTION_POS = frozenset({"助詞", "助動詞"})
_FRAGMENT_POS = frozenset({"名詞", "代名詞", "副詞", "接尾辞", "形状詞"})
_NOUN_POS = frozenset({"名詞", "代名詞"})
_SMALL_KANA = frozenset("ぁぃぅぇぉゃゅょゎっァィゥェォャュョヮッー")


def _sound_spans(words: Sequence[Any]) -> dict[int, int]:
    """Start → end (exclusive) of each stretch of words to be read by its sound."""
    spans: dict[int, int] = {}
    n = 0
    while n < len(words):
        if _begins_kana_word(words, n):
            end = _fragment_run(words, n)
            if end > n:
                spans[n] = end
                n = end
                continue
        n += 1
    return spans


_WORD_BREAKS = frozenset("。、．，.,!?！？…")


def _begins_kana_word(words: Sequence[Any], n: int) -> bool:
    """Word n is kana and begins the message, or follows a space or a sentence's
    punctuation (after a closing quote, 『…』って, a particle is at home)."""
    if not _is_kana(words[n].surface()):
        return False
    if n == 0:
        return True
    before = words[n - 1]
    return before.part_of_speech()[0] == "空白" or before.surface() in _WORD_BREAKS


def _fragment_run(words: Sequence[Any], n: int) -> int:
    """End of the fragments starting at word n (n itself when it starts none)."""
    first = words[n]
    start = n
    if first.part_of_speech()[0] in _FUNCTION_POS and len(first.surface()) <= 2:
        if n + 1 >= len(words) or not _is_kana(words[n + 1].surface()):
            return n
        if words[n + 1].part_of_speech()[0] not in _NOUN_POS:
            return n
        start = n + 1
    # Fragments, then the suffixes that end a word (じい + ちゃん, けいむ + しょ, く + やく + しょ).
    end = heads = start
    while end < len(words) and _is_fragment(words[end]):
        suffix = words[end].part_of_speech()[0] == "接尾辞"
        if not suffix and heads < end:
            break  # a word after a suffix is another word (じいちゃん + ばあちゃん)
        end += 1
        heads += not suffix
        while end < len(words) and words[end].surface() == "ー":
            end += 1
    if start > n:  # a particle that cannot begin a word: read the noun after it with it
        return max(end, start + 1)
    return end if heads - start >= 2 else n


def _is_fragment(morpheme: Any) -> bool:
    """A short hiragana noun or adverb: two morae or fewer (katakana words such as ビザ are
    loanwords Sudachi knows)."""
    surface = morpheme.surface()
    if morpheme.part_of_speech()[0] not in _FRAGMENT_POS or not _is_hiragana(surface):
        return False
    return sum(c not in _SMALL_KANA for c in surface) <= 2


def _has_kanji(text: str) -> bool:
    return any(0x4E00 <= ord(c) <= 0x9FFF or c == "々" for c in text)


def _is_kana(text: str) -> bool:
    """Hiragana, katakana and the long vowel mark only."""
    return bool(text) and all(0x3041 <= ord(c) <= 0x30FF for c in text)


def _sound(words: Sequence[Any]) -> str:
    """The words' kana as one hiragana word."""
    return fold_kana("".join(m.surface() for m in words))


def _numeral_units(morpheme: Any) -> list[str]:
    """万 and 億 of a numeral: Sudachi turns 「5万」 into 50000, so a term such as
    「日給 + 万」 (a day's pay in the tens of thousands, a lure of 闇バイト) would never
    meet the amount it is written for."""
    if morpheme.part_of_speech()[1] != "数詞":
        return []
    written, normal = morpheme.surface(), morpheme.normalized_form()
    return [unit for unit in ("万", "億") if unit in written and unit not in normal]


# Nouns that say how, not what: 「わけじゃない」 ("it isn't that…") negates no situation.
_FORMAL_NOUNS = frozenset({"訳", "事", "物", "筈", "の", "積もり", "感じ", "程", "所"})
_NOUN_RUN_POS = frozenset({"名詞", "接尾辞", "接頭辞"})


def _without_negated_nouns(morphemes: Any) -> str | None:
    """The message without the situations it says are not its own, or None when it says
    none: 「ひとり親じゃない」, 「障害者ではない」, 「病気でもない」 deny the word before the
    copula, so that word is no clue to a need or a service (「ひとりじゃない」 is not
    loneliness). Verb negations (払えない) are what terms are made of and stay."""
    words = [(m.surface(), m.part_of_speech(), m.normalized_form()) for m in morphemes]
    dropped: set[int] = set()
    for n, (_surface, pos, lemma) in enumerate(words):
        if lemma != "無い" or pos[0] != "形容詞" or n < 2:
            continue
        copula = n - 1
        if words[copula][0] in ("は", "も"):
            copula -= 1
        if copula < 1 or words[copula][0] not in ("じゃ", "で"):
            continue
        start = copula
        while start > 0 and words[start - 1][1][0] in _NOUN_RUN_POS:
            start -= 1
        if start == copula or words[copula - 1][2] in _FORMAL_NOUNS:
            continue
        if _asked(words, n + 1):
            continue
        dropped.update(range(start, n + 1))
    if not dropped:
        return None
    return "".join(surface for n, (surface, _p, _l) in enumerate(words) if n not in dropped)


# After じゃない / ではない: the copula's endings and the nominaliser (んです, のでしょう,
# なかった), which leave a sentence asking or telling alike.
_QUESTION_MARKS = frozenset({"?", "？"})
_NOMINALISERS = frozenset({"ん", "の"})


def _asked(words: Sequence[tuple[str, Any, str]], n: int) -> bool:
    """The じゃない ending at word n-1 is asked, not told: 「差別じゃないですか」,
    「モラハラではないでしょうか」, 「ストーカーじゃないの？」, 「発達障害じゃないかと心配」
    put the word forward (a rhetorical question, a suspicion) rather than deny it. A question mark
    or か after the copula's endings asks; 「じゃないかもしれない」 ("may not be") and
    「じゃないですよね」 (seeking agreement that it is not) still deny, as do
    「じゃないです」, 「じゃないんです」 and 「じゃないけど」."""
    while n < len(words):
        surface, pos, _lemma = words[n]
        if pos[0] == "助動詞" or (pos[0] == "助詞" and surface in _NOMINALISERS):
            n += 1
            continue
        if surface in _QUESTION_MARKS:
            return True
        if surface == "か" and pos[0] == "助詞":
            return not (n + 1 < len(words) and words[n + 1][0] == "も")
        return False
    return False


def _blocks(pos: Sequence[str]) -> bool:
    """Nouns change what a phrase is about; adverb-like nouns (全部, 毎日) do not."""
    return pos[0] in _BLOCKING_POS and pos[2] != "副詞可能"


def _japanese_index_tokens(text: str, morphemes: Any = None) -> list[str]:
    """Lemmas plus their readings, so that a hiragana query ("はらえない" → はらう)
    meets a service text written in kanji (払えない → 払う, はらう)."""
    tokens: list[str] = []
    if morphemes is None:
        morphemes = sudachi_tokenizer().tokenize(text)
    words = list(morphemes)
    spans = _sound_spans(words)
    skip_to = 0
    for n, morpheme in enumerate(words):
        if n < skip_to:
            continue
        if n in spans:
            skip_to = spans[n]
            tokens.append(_sound(words[n:skip_to]))
            continue
        lemma = _content_lemma(*_word(words, n))
        if lemma:
            tokens.append(lemma)
            kana = fold_kana(morpheme.normalized_form_morpheme().reading_form())
            if kana != lemma and _is_hiragana(kana):
                tokens.append(kana)
    return tokens


def _word(morphemes: Sequence[Any], n: int) -> tuple[str, str]:
    """(part of speech, lemma) of the n-th word, with two of Sudachi's misreadings of kana
    put right: 「おかね」 is お金; after a noun, 「たりない」 is 足りない (「年金たりない」,
    「お金たりない」), which Sudachi splits into the particle たり and ない ("doing
    things like…")."""
    morpheme = morphemes[n]
    pos = morpheme.part_of_speech()[0]
    if morpheme.surface() == "かね" and n > 0 and morphemes[n - 1].normalized_form() == "御":
        return "名詞", "金"  # kana 「おかね」 is お金, which Sudachi leaves as an unknown かね
    if (
        morpheme.surface() == "たり"
        and pos in ("助詞", "助動詞")
        and 0 < n < len(morphemes) - 1
        and morphemes[n - 1].part_of_speech()[0] == "名詞"
        and morphemes[n + 1].normalized_form() in _NEGATIONS
    ):
        return "動詞", "足りる"
    return pos, morpheme.normalized_form()


def _content_lemma(pos: str, lemma: str) -> str | None:
    """Keep words that carry meaning; particles and politeness go, negation stays."""
    if lemma in _NEGATIONS:
        return "ない"
    if pos == "助動詞":
        return "たい" if lemma == "たい" else None
    if pos == "助詞":
        return lemma if lemma in _KEPT_PARTICLES else None
    if pos in _DROPPED_POS or lemma == "御":  # お/ご: お金 = 金, but 再就職 ≠ 就職
        return None
    return fold_kana(lemma.lower())


def _unresolved_reading(morpheme: Any) -> str:
    """The reading of a word Sudachi could not resolve to kanji; other words as lemma.

    The reading channel is for kana that Sudachi leaves as kana ("やちん はらえない").
    Where Sudachi resolved a word (とうさん → 父さん, 休職), its lemma stands in the
    reading, so a homophone term (倒産, 求職) cannot match through the reading.
    """
    lemma = morpheme.normalized_form()
    if any(0x4E00 <= ord(c) <= 0x9FFF or c == "々" for c in lemma + morpheme.surface()):
        return lemma.lower()
    return _kana(morpheme.reading_form(), morpheme.surface())


def _kana(reading: str, surface: str) -> str:
    """Hiragana reading; Sudachi gives unknown words their surface or キゴウ."""
    folded = fold_kana(reading)
    if all(0x3041 <= ord(c) <= 0x309F or c == "ー" for c in folded):
        return folded
    return fold_kana(surface.lower())


def _compile_japanese(part: str) -> _Part:
    """Surface, lemma and reading channels, each only where it is safe.

    Short kana terms would match inside other words as substrings ("バイ" in
    "なければいい"), and a term whose lemmas are only ない/たい would match any
    negation ("亡き" → 無い), so those channels are left out for such terms.
    """
    exact, no_reading = part.startswith("="), part.startswith("^")
    part = part.lstrip("=^")
    flat = squash(part)
    kana_only = all(0x3041 <= ord(c) <= 0x30FF for c in flat)
    lemmas = _japanese(normalize(part))[0]
    kana = _lemma_kana(normalize(part))
    if exact or set(lemmas) <= {"ない", "たい"}:
        lemmas, kana = [], []
    if no_reading:
        kana = []
    too_short = len(flat) < (_MIN_KANA_SURFACE if kana_only else 2)  # 心 inside 心臓
    reading = "" if no_reading else _term_reading(part)
    # A kana term is found through its reading, which must begin a word: as a bare
    # substring "けられる" (蹴られる) would match inside "続けられる".
    surface = () if too_short or (kana_only and reading) else (flat,)
    prefix = (False,) * len(lemmas)
    return _Part(surface, tuple(lemmas), prefix, reading, kana=tuple(kana))


def _lemma_kana(text: str) -> list[str]:
    """The kana of each content lemma, aligned with `_japanese(text)[0]`."""
    out: list[str] = []
    for morpheme in sudachi_tokenizer().tokenize(text):
        lemma = _content_lemma(morpheme.part_of_speech()[0], morpheme.normalized_form())
        if lemma:
            kana = fold_kana(morpheme.normalized_form_morpheme().reading_form())
            usable = _is_hiragana(kana) and len(kana) >= _MIN_READING  # not よう = 酔う
            out.append(kana if usable else lemma)
            out.extend(_numeral_units(morpheme))
    return out


def _is_hiragana(text: str) -> bool:
    """Only hiragana and the long vowel mark (Sudachi's reading of real words)."""
    return bool(text) and all(0x3041 <= ord(c) <= 0x309F or c == "ー" for c in text)


def _term_reading(term: str) -> str:
    """The term's reading minus a final inflecting kana, so ない also meets なくて.

    Too-short readings are dropped: "いみ" or "はは" would match by chance.
    """
    morphemes = [m for m in sudachi_tokenizer().tokenize(normalize(term)) if m.surface().strip()]
    if not morphemes:
        return ""
    reading = "".join(_kana(m.reading_form(), m.surface()) for m in morphemes)
    if morphemes[-1].part_of_speech()[0] in _INFLECTING and len(reading) > _MIN_READING:
        reading = reading[:-1]
    return reading if len(reading) >= _MIN_READING else ""
