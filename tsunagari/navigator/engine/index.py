"""Per-snapshot search structures, built once per catalog snapshot and then reused.

BM25 (bm25s) over our own service texts — Japanese texts analysed with Sudachi, English
with words — plus the facts ranking needs for each service, precomputed.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

import bm25s
import numpy as np

from tsunagari.catalog.hours import OpenState
from tsunagari.catalog.snapshot import CatalogSnapshot, PerSnapshot, ServiceEntry
from tsunagari.navigator.engine.analysis import index_tokens, lexicon_language, tokenize
from tsunagari.navigator.engine.config import GENERAL_LINES, ranking_weights
from tsunagari.navigator.engine.needs import (
    LEXICON_LANGUAGES,
    MessageReading,
    build_lexicon,
    decayed_total,
    lexicon_hits,
)
from tsunagari.navigator.engine.shortlist import ServiceArrays, build_arrays

# bm25s sets its own logger to DEBUG when imported; its progress notes are noise here.
logging.getLogger("bm25s").setLevel(logging.WARNING)

TEXT_FIELDS_FOR_SEARCH = ("name", "summary", "for_whom", "what_you_get")
# Every language has its own BM25 over our texts in it; Japanese and English are built with
# the index, the others on their first message, or all at once by a web process's start-up
# (navigator/startup.py), whose workers then share them.
INDEX_LANGS = LEXICON_LANGUAGES
EAGER_LANGS = ("ja", "en")
FIELD_WEIGHTS = {"terms": 1.0, "texts": 0.5}


# Kinds of service that hand out or lend money (給付, 貸付).
MONEY_AID_KINDS = frozenset({"benefit", "loan"})


@dataclass(frozen=True)
class ServiceFeatures:
    entry: ServiceEntry
    need_weights: dict[str, float]
    is_general: bool
    is_child_facing: bool
    is_adult_only: bool
    is_child_only: bool
    is_period_only: bool
    is_narrow: bool = False  # a program for one specific situation (ranking.yaml `narrow`)
    gives_money: bool = False  # a benefit or loan for money trouble (ranking.yaml `money_aid`)


@dataclass
class CatalogIndex:
    snapshot: CatalogSnapshot
    features: tuple[ServiceFeatures, ...]
    bm25: dict[str, bm25s.BM25]
    arrays: ServiceArrays
    term_lexicons: dict[str, Any] = field(default_factory=dict)  # lang -> search-term lexicon
    term_members: dict[str, np.ndarray] = field(default_factory=dict)  # term list -> services
    _lock: threading.Lock = field(init=False, repr=False)
    # Open-now states of the minute last asked about (see `open_states`).
    _open_now: tuple[datetime, dict[int, OpenState]] | None = field(
        default=None, init=False, repr=False
    )
    _whole_minutes: bool = field(default=True, init=False, repr=False)

    def term_scores(self, reading: MessageReading) -> np.ndarray:
        """0..1 per service: how many of its search terms ("家賃 払えない", "evicted") the
        message contains, matched as phrases with inflection, kana and accents handled
        (the need lexicons' machinery), saturating like need scores. Services sharing one
        list of terms (a program copied to every municipality) are matched once."""
        total = np.zeros(len(self.features))
        hits = lexicon_hits(reading, self.term_lexicons.get)
        for key, weights in hits.items():
            total[self.term_members[key]] += decayed_total(weights)
        return 1.0 - np.exp(-total)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._whole_minutes = all(
            moment.second == 0 and moment.microsecond == 0
            for f in self.features
            for contact in f.entry.contacts
            if contact.schedule is not None
            for period in contact.schedule.periods
            for moment in (period.start, period.end)
        )

    def open_states(self, local: datetime) -> dict[int, OpenState]:
        """Open-now state by service position, for the minute of `local` (naive Japan time),
        filled by the caller as services are asked about: within one minute every request
        shares them. Hours are whole minutes (weekly windows always, periods unless one has
        seconds: then the key is the moment itself), so the state cannot change within it.
        Only a moment and catalog positions are kept, nothing of a request."""
        key = local.replace(second=0, microsecond=0) if self._whole_minutes else local
        found = self._open_now
        if found is None or found[0] != key:
            found = (key, {})
            self._open_now = found  # one assignment: a concurrent request keeps its own
        return found[1]

    def retriever(self, lang: str, field_name: str) -> bm25s.BM25 | None:
        """The BM25 of one language and field, built on first use for the lazy languages."""
        key = f"{lang}:{field_name}"
        if key not in self.bm25 and lang in INDEX_LANGS and self.features:
            with self._lock:
                if key not in self.bm25:
                    self.bm25.update(_retrievers(self.features, lang, _TokenCache()))
        return self.bm25.get(key)

    def build_all_languages(self) -> None:
        """Build the lazy languages now: a process that forks workers builds them once."""
        for lang in INDEX_LANGS:
            for field_name in FIELD_WEIGHTS:
                self.retriever(lang, field_name)

    def text_scores(
        self, text: str, lang: str, reading: MessageReading | None = None
    ) -> np.ndarray:
        """BM25 of the message against each service, in the index language nearest `lang`.

        Two fields, each scaled to its best match: the words people use for the service's
        situations (search terms) count more than our descriptions of it. `reading`, when
        given, is the message's reading: its Japanese analysis gives the query tokens.
        """
        index_lang = lexicon_language(lang) if lexicon_language(lang) in INDEX_LANGS else "ja"
        tokens = _read_tokens(reading, text, index_lang)
        if tokens is None:
            tokens = search_tokens(text, index_lang)
        total = np.zeros(len(self.features))
        if not tokens:
            return total
        for field_name, weight in FIELD_WEIGHTS.items():
            retriever = self.retriever(index_lang, field_name)
            if retriever is not None:
                total += weight * _scaled(np.asarray(bm25_scores(retriever, tokens), dtype=float))
        return total


def bm25_scores(retriever: bm25s.BM25, tokens: list[str]) -> np.ndarray:
    """`retriever.get_scores(tokens)`, with one `np.add.at` over the postings of every token.

    bm25s runs one `np.add.at` per query token, and a message has a dozen: on a catalog
    like ours the call, not the adding, is the cost. The postings are taken in query order,
    and `add.at` adds in the order it is given, so every service gets the same float32 sums
    as before. Long postings (a country-wide catalog) are added token by token as bm25s
    does: gathering them first would copy more than the calls cost.
    """
    if retriever.nonoccurrence_array is not None:  # methods we do not use: as bm25s does it
        return np.asarray(retriever.get_scores(tokens))
    vocab = retriever.vocab_dict
    postings = retriever.scores
    scores = np.zeros(postings["num_docs"], dtype=np.dtype(retriever.dtype))
    ids = [vocab[token] for token in tokens if token in vocab]
    if not ids:
        return scores
    found = np.asarray(ids, dtype=np.dtype(retriever.int_dtype))
    indptr = postings["indptr"]
    starts = indptr[found]
    lengths = indptr[found + 1] - starts
    # Where each token's postings begin in `data`, repeated for each of its postings, plus
    # the posting's place in the concatenation minus where that token's run starts there.
    ends = np.cumsum(lengths)
    indices, data = postings["indices"], postings["data"]
    if int(ends[-1]) > _GATHERED_POSTINGS * len(ids):
        for start, end in zip(starts.tolist(), (starts + lengths).tolist(), strict=True):
            np.add.at(scores, indices[start:end], data[start:end])
        return scores
    places = np.repeat(starts - (ends - lengths), lengths) + np.arange(int(ends[-1]))
    np.add.at(scores, indices[places], data[places])
    return scores


# Mean postings per query token up to which they are gathered for one `add.at` (measured:
# 2x faster at 40, slower from about 1,000, 3x slower at 20,000).
_GATHERED_POSTINGS = 512


def _read_tokens(reading: MessageReading | None, text: str, lang: str) -> list[str] | None:
    """`search_tokens(text, lang)` from the reading's analysis when it has one for `lang`."""
    if reading is None or reading.text != text:
        return None
    for code, _share, analysis, _keys in reading.parts:
        if code == lang and (tokens := index_tokens(analysis)) is not None:
            stop = stopwords(lang)
            return [token for token in tokens if token not in stop and len(token) > 0]
    return None


def _scaled(scores: np.ndarray) -> np.ndarray:
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else scores


# Kinds a person contacts themselves (as opposed to benefits someone applies for).
CONTACT_KINDS = frozenset({"hotline", "consultation_desk", "place_to_go", "information"})


def features_of(entry: ServiceEntry, positions: list[float]) -> ServiceFeatures:
    weights: dict[str, float] = {}
    for place, need in enumerate(entry.needs):
        weights[need] = positions[min(place, len(positions) - 1)]
    audience = entry.audience
    contacted = entry.kind in CONTACT_KINDS
    # A line a child reaches out to, not a benefit about children that parents apply for.
    child_line = contacted and (
        "children" in audience.groups or (audience.max_age is not None and audience.max_age <= 20)
    )
    return ServiceFeatures(
        entry=entry,
        need_weights=weights,
        is_general=entry.id in GENERAL_LINES,
        is_child_facing=child_line,
        is_adult_only=audience.min_age is not None and audience.min_age >= 18,
        is_child_only=contacted and audience.max_age is not None and audience.max_age <= 20,
        is_period_only=entry.runs_in_periods,
        is_narrow=entry.id in narrow_services(),
        gives_money=entry.kind in MONEY_AID_KINDS and "money" in entry.needs,
    )


def search_tokens(text: str, lang: str) -> list[str]:
    """Tokens for BM25, without the words that say nothing about a service."""
    stop = stopwords(lang)
    return [token for token in tokenize(text, lang) if token not in stop and len(token) > 0]


@cache
def narrow_services() -> frozenset[str]:
    return frozenset(ranking_weights().get("narrow", {}).get("services", ()))


@cache
def stopwords(lang: str) -> frozenset[str]:
    return frozenset(ranking_weights().get("search", {}).get("stopwords", {}).get(lang, ()))


def document_text(entry: ServiceEntry, lang: str, field_name: str = "texts") -> str:
    """Our texts about the service, or the words people use for its situations."""
    if field_name == "terms":
        return " ".join(entry.search_terms.get(lang, ()))
    texts = entry.texts.get(lang) or {}
    return " ".join(texts.get(name, "") for name in TEXT_FIELDS_FOR_SEARCH)


def build_index(snapshot: CatalogSnapshot, positions: list[float]) -> CatalogIndex:
    features = tuple(features_of(entry, positions) for entry in snapshot.services)
    indexes: dict[str, bm25s.BM25] = {}
    arrays = build_arrays(features)
    if not features:  # an empty catalog still answers (crisis information, no services)
        return CatalogIndex(snapshot=snapshot, features=features, bm25=indexes, arrays=arrays)
    tokens = _TokenCache()
    for lang in EAGER_LANGS:
        indexes.update(_retrievers(features, lang, tokens))
    lexicons, members = _term_lexicons(features)
    return CatalogIndex(
        snapshot=snapshot,
        features=features,
        bm25=indexes,
        arrays=arrays,
        term_lexicons=lexicons,
        term_members=members,
    )


def _retrievers(
    features: tuple[ServiceFeatures, ...], lang: str, tokens: _TokenCache
) -> dict[str, bm25s.BM25]:
    """BM25 over each field of every service, in one language."""
    built = {}
    for field_name in FIELD_WEIGHTS:
        corpus = [
            tokens.get(document_text(f.entry, lang, field_name), lang) or ["∅"] for f in features
        ]
        retriever = bm25s.BM25()
        retriever.index(corpus, show_progress=False)
        built[f"{lang}:{field_name}"] = retriever
    return built


def _term_lexicons(
    features: tuple[ServiceFeatures, ...],
) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """Per language, one lexicon whose keys are the distinct lists of search terms, and for
    each key the services that carry that list."""
    lists: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for position, f in enumerate(features):
        for lang, terms in f.entry.search_terms.items():
            if terms:
                lists.setdefault((lang, tuple(terms)), []).append(position)
    data: dict[str, dict[str, dict[str, list[str]]]] = {}
    members: dict[str, np.ndarray] = {}
    for n, ((lang, terms), positions) in enumerate(lists.items()):
        key = f"{lang}:{n}"
        data.setdefault(lang, {})[key] = {"terms": list(terms)}
        members[key] = np.array(positions, dtype=np.int64)
    return {lang: build_lexicon(d, lang) for lang, d in data.items()}, members


class _TokenCache:
    """Identical texts (a program's text copied to every municipality) are analysed once."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], list[str]] = {}

    def get(self, text: str, lang: str) -> list[str]:
        key = (text, lang)
        if key not in self.seen:
            self.seen[key] = search_tokens(text, lang)
        return self.seen[key]


_indexes: PerSnapshot[CatalogIndex] = PerSnapshot(
    lambda snapshot: build_index(snapshot, list(ranking_weights()["need"]["position"]))
)


def index_for(snapshot: CatalogSnapshot) -> CatalogIndex:
    """The index of this snapshot (kept for the last few snapshots only)."""
    return _indexes.get(snapshot)
