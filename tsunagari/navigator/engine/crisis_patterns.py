"""Crisis detector, part 2: lexicon entries compiled into patterns, and a first pass.

Phrases and regexes of every language file become one alternation per slot and view
(`_Matcher`); an Aho-Corasick automaton over the strings each pattern requires
(`_Prefilter`, ADR 0010) tells which patterns can match a message at all. Internal to
`crisis`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple, TypeVar

import ahocorasick

from tsunagari.navigator.engine.crisis_text import (
    _AFTER,
    _BEFORE,
    _INDIC_FOLD,
    _MASKED,
    _NON_LATIN,
    _SMALL_KANA,
    _cjk_form,
    _guard_contained,
    _kana_readings,
    _Views,
    _words_form,
)
from tsunagari.navigator.engine.normalize import fold_kana, normalize, strip_accents

try:  # the regex syntax tree, only to speed matching up with a first-character guard
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: match without the guard
    sre = _parser = None

_MACRO = re.compile(r"\{([a-z_]+)\}")
_BUILTINS = {
    "cjk": {"gap": "[^。]{0,12}", "far": "[^。]{0,30}", "sent": "[^。]{0,60}"},
    "latin": {"gap": "(?:[^ .]+ ){0,3}", "far": "(?:[^ .]+ ){0,8}", "sent": "(?:[^ .]+ ){0,20}"},
}


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


class _LazyPattern:
    """A fragment's own pattern, compiled the first time the first pass lets it run.

    The pieces double the regex work of loading the lexicon (each promising fragment is
    compiled alone as well as inside its slot's alternation), and a message wakes only a
    few of them: a process that answers one question (`tsunagari ask`) compiles those
    few. A web process compiles them all at start-up (`compile_pieces`), before any
    request. Two threads compiling the same piece at once both get an equal pattern.
    """

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        found = self._compiled
        if found is None:
            found = self._compiled = re.compile(self.source)
        return found

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled().search(text, pos)


Span = tuple[int, int]


class _Pieces(NamedTuple):
    ids: frozenset[int]  # of the patterns, as the first pass knows them
    by_id: dict[int, _LazyPattern]
    # The pieces of single fragments, in the alternation's order (`_alternation_source`),
    # and the one alternation of the fragments that promise no string, if any.
    ranked: tuple[int, ...] = ()
    rest: int | None = None

    def spans(self, pattern: re.Pattern[str], text: str, live: frozenset[int]) -> list[Span]:
        """`(start, end)` of each match of `pattern.finditer(text)`, where `pattern` is the
        alternation these pieces are cut from and `live` the pieces that can match `text`.

        Only the live pieces run. The alternation matches at the leftmost position where
        any fragment does, with the first fragment (in its order) that matches there, and
        goes on after the match; a fragment that cannot match `text` (not live) changes
        none of that. When the piece of the promising fragments and that of the others
        match at one position, or a match is empty, the alternation itself decides.
        """
        pieces = [self.by_id[n] for n in self.ranked if n in live]
        rest = self.by_id[self.rest] if self.rest is not None and self.rest in live else None
        if not pieces and rest is None:
            return []
        if rest is not None:
            pieces.append(rest)
        last = len(pieces) - 1
        ahead = [piece.search(text) for piece in pieces]  # each piece's next match
        found: list[Span] = []
        while True:
            best: re.Match[str] | None = None
            for number, match in enumerate(ahead):
                if match is None:
                    continue
                if best is None or match.start() < best.start():
                    best = match
                elif rest is not None and number == last and match.start() == best.start():
                    return _spans(pattern, text)
            if best is None:
                return found
            pos = best.end()
            if pos == best.start():
                return _spans(pattern, text)
            found.append(best.span())
            for number, match in enumerate(ahead):
                if match is not None and match.start() < pos:
                    ahead[number] = pieces[number].search(text, pos)


def compile_pieces(matchers: Iterable[_Matcher]) -> int:
    """Compile every piece now (a web process, before its first request); how many."""
    lazy = [p for m in matchers for ps in m.pieces.values() for p in ps.by_id.values()]
    for piece in lazy:
        piece.compiled()
    return len(lazy)


@dataclass(frozen=True)
class _Matcher:
    """One compiled alternation per view; None where a slot has nothing for that view.

    `pieces` holds the same alternation cut up, per view: each fragment that promises a
    string on its own, and one alternation of those that do not. `search` runs only the
    pieces the first pass allows; a match of the alternation is a match of one of them,
    so the answer is the same (the alternation of a slot in which one fragment promises
    nothing would otherwise be run whole on every message). `spans`, `findall` and `mask`
    find the alternation's very matches with them (`_Pieces.spans`): a slot's alternation
    holds hundreds of fragments, each tried at every position, where a message wakes a few.
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
            (view, *span)
            for name, view, pattern, text in self._named_pairs(views)
            if pattern is not None and text
            for span in self._matches(name, pattern, text, views)
        ]

    def findall(self, views: _Views) -> set[str]:
        """Distinct matches; "más" and "mas" (the same words in two views) count once."""
        found: set[str] = set()
        if self._idle(views):
            return found
        for name, _view, pattern, text in self._named_pairs(views):
            if pattern is not None and text:
                found.update(
                    strip_accents(text[start:end]).strip()
                    for start, end in self._matches(name, pattern, text, views)
                )
        return found

    def _matches(self, name: str, pattern: re.Pattern[str], text: str, views: _Views) -> list[Span]:
        """The spans of `pattern.finditer(text)` (`pattern` is this matcher's `name` field),
        found by the pieces the first pass allows when there are pieces."""
        if not _can_match(pattern, text, views):
            return []
        pieces = self.pieces.get(name)
        if views.scan is None or pieces is None:
            return _spans(pattern, text)
        return pieces.spans(pattern, text, views.scan.live(text))

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
        cjk = views.cjk
        if self.cjk and cjk:
            cut = self._matches("cjk", self.cjk, cjk, views)  # what `self.cjk.sub` replaces
            cjk = "".join(_pasted(cjk, cut, _MASKED)) if cut else cjk
        spans: list[Span] = []
        for name, _view, pattern, text in self._named_pairs(views):
            if name in ("acc", "ascii", "stripped") and pattern is not None and text:
                spans += self._matches(name, pattern, text, views)
        acc, stripped = views.acc, views.stripped
        if len(acc) != len(stripped):  # never expected; then each view keeps its own spans
            acc = self.acc.sub(" . ", acc) if self.acc else acc
            spans = [s for p in (self.ascii, self.stripped) if p for s in _spans(p, stripped)]
        for start, end in spans:
            blank = " " + "." * (end - start - 2) + " " if end - start > 2 else " " * (end - start)
            acc = acc[:start] + blank + acc[end:]
            stripped = stripped[:start] + blank + stripped[end:]
        return replace(views, cjk=cjk, acc=acc, stripped=stripped)


def _can_match(pattern: re.Pattern[str], text: str, views: _Views) -> bool:
    """False when `text` lacks every string the pattern's matches contain."""
    return views.scan is None or views.scan.allows(pattern, text)


def _spans(pattern: re.Pattern[str], text: str) -> list[Span]:
    return [m.span() for m in pattern.finditer(text)]


def _pasted(text: str, spans: list[Span], paste: str) -> Iterator[str]:
    """`text` with `paste` in place of each span (as `re.sub` replaces its matches)."""
    end = 0
    for start, stop in spans:
        yield text[end:start]
        yield paste
        end = stop
    yield text[end:]


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
        elif op is sre.ASSERT:
            # What a positive lookahead or lookbehind requires is in the text too: a
            # whole-message condition ("^(?=.*A)(?=.*B)") needs one of A's strings.
            inner = _required(av[1])
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
    return re.compile(_alternation_source(fragments, latin))


def _alternation_source(fragments: list[str], latin: bool) -> str:
    return _ordered_source(_in_order(fragments), latin)


def _in_order(fragments: list[str]) -> list[str]:
    """The alternation's order of its fragments: the longest first."""
    return sorted(set(fragments), key=len, reverse=True)


def _ordered_source(unique: list[str], latin: bool) -> str:
    body = _start_guard(unique) + "(?:" + "|".join(unique) + ")"
    return f"{_BEFORE}{body}{_AFTER}" if latin else body


def _compile(groups: dict[str, list[str]], required: dict[int, frozenset[str] | None]) -> _Matcher:
    """One alternation per view, and its pieces; each pattern's required strings go into
    `required`."""
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
        pieces[group] = _pieces(fragments, latin, required)
    ids = {id(p) for p in compiled.values()}.union(*(p.ids for p in pieces.values()))
    return _Matcher(**compiled, pieces=pieces, ids=frozenset(ids))


_P = TypeVar("_P", re.Pattern[str], _LazyPattern)


def _filed(pattern: _P, fragments: list[str], required: dict[int, frozenset[str] | None]) -> _P:
    """Note the strings one of which every match of `pattern` contains."""
    strings = _required_strings(fragments)
    if required.get(id(pattern), strings) != strings:
        strings = None  # one compiled pattern for two sources (re's cache): always run it
    required[id(pattern)] = strings
    return pattern


def _pieces(
    fragments: list[str], latin: bool, required: dict[int, frozenset[str] | None]
) -> _Pieces:
    """Each fragment that promises a string alone; those that promise none together, in
    the order they have in the alternation of all (`_Pieces.spans` relies on it)."""
    unique = _in_order(fragments)
    promising = [f for f in unique if _required_strings([f])]
    rest = [f for f in unique if f not in set(promising)]
    found = [
        _filed(_LazyPattern(_alternation_source([f], latin)), [f], required) for f in promising
    ]
    ranked = tuple(id(pattern) for pattern in found)
    if rest:
        found.append(_filed(_LazyPattern(_ordered_source(rest, latin)), rest, required))
    by_id = {id(pattern): pattern for pattern in found}
    return _Pieces(frozenset(by_id), by_id, ranked, id(found[-1]) if rest else None)
