"""A learned safety net beside the crisis rules: character n-grams and logistic regression.

The rules in `crisis.py` catch what their lexicons list, and every new batch of messages
by a new writer showed the same gap: known themes in wording no one listed (0.50 recall on
batch 09 before tuning). A classifier over character n-grams, trained on every labelled
message we have, reads such wording by its resemblance to the crises and near-misses it
has seen, in any script and with typos. `detect_crisis` asks it only when the rules stay
silent, and raises the alarm when its probability reaches `THRESHOLD`, chosen with
`bench/crisis_generalisation.py` (figures in docs/decisions/0009-crisis-model.md): on fresh
batches it had not seen it added recall without adding a false alarm.

It is trained from the labelled files by `make setup` (build time) and whenever they or
this code change, and kept in `var/cache/` under a name made of a hash of everything the
training reads (`stored_model_path`): a process loads it in a tenth of a second instead
of training for several seconds (5,000 messages now), and where the folder cannot be
written it trains in memory as before. Nothing is downloaded; numpy only. One binary
head says crisis or not; six one-vs-rest heads say which kind, for the crisis lines.
"""

from __future__ import annotations

import ast
import hashlib
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Protocol, TypeVar

import ahocorasick
import numpy as np

from tsunagari.core.yaml_data import read_yaml
from tsunagari.navigator.engine.language import mostly_latin
from tsunagari.navigator.engine.normalize import fold_kana, normalize, strip_accents

__all__ = [
    "THRESHOLD",
    "CrisisModel",
    "Example",
    "Scores",
    "alarm_kinds",
    "default_model",
    "examples_from_files",
    "training_files",
]

log = logging.getLogger(__name__)

# Probability from which the model alone raises the alarm (see the module docstring and
# ADR 0009, session-20 addendum). Chosen on the blind crisis batches scored since the model
# learned from the scenarios (31-33), each judged by the whole detector of the day it came
# (`bench/crisis_generalisation.py`, section 5): 0.85 caught 150 of their 198 crises, 0.80
# 159 and 0.70 175, for 14, 15 and 17 false alarms on their 99 near-misses and 11, 12 and
# 18 on the 461 ordinary requests held out on those days. 0.70 was tried: two dozen of our
# own short ordinary probes (a spouse's ALS, a sick leave without pay) then got crisis-first
# answers, and ordinary training messages did not move them enough. 0.85 in sessions 17-19,
# 0.9 before, 0.92 until session 8.
THRESHOLD = 0.80
# ... and from this one when the rules found a harmless look-alike in the message (an
# idiom they blank, smoke they explain, a kind they explain as ordinary): there the rules
# know more than the n-grams (the threshold of sessions 17-19).
LOOK_ALIKE_THRESHOLD = 0.85
# ... and from this one when the message is well read: it gives the model enough of its
# n-grams and words to go on. On a short message the probability swings with one or two
# features (a cat hit, a child's asthma at night read as danger); on a longer one a lower
# probability already means what it says. Chosen on the blind crisis batches 31-34, each
# judged by the model of the day it came (ADR 0009, session-21 addendum): 210 -> 230 of
# their 264 crises, false alarms 19 -> 21 of 132 near-misses and 8 -> 11 of ~460 ordinary
# requests. Evidence is counted in known features, which a Latin-script message gives
# about four per letter and a Japanese, Korean or Thai one about three per character with
# more meaning in each: hence two counts, both about 35-40 words' worth of text.
WELL_READ_THRESHOLD = 0.70
WELL_READ_FEATURES = 120
WELL_READ_FEATURES_LATIN = 400
# A kind other than the likeliest is also shown from this probability on.
KIND_THRESHOLD = 0.5

_REPO = Path(__file__).resolve().parents[3]
_SHARED_EVAL = _REPO.parent / "shared" / "eval"
_TESTS = _REPO / "tests" / "navigator"
# Every labelled message we have, as (folder, pattern). Files that are not there (a
# deployment without tests/ or shared/) are skipped; without any crisis example the net
# is off and the rules work alone. The scenarios (whole situations, mostly ordinary) teach
# what a long ordinary request is; the crisis family tests (`*.py`: their CRISIS and
# HARMLESS lists) give crises and look-alikes in every language. Not trained on:
# tests/navigator/scenarios_pending and crisis_pending, the blind batches that show
# whether the net finds new wording and cries wolf.
TRAINING_SOURCES = (
    (Path(__file__).resolve().parent.parent / "data" / "crisis_model", "*.yaml"),
    (_SHARED_EVAL, "dev-crisis.yaml"),
    (_SHARED_EVAL, "dev-scenarios.yaml"),
    (_TESTS, "crisis_own.yaml"),
    (_TESTS / "crisis_fresh", "*.yaml"),
    (_TESTS / "scenarios_fresh", "*.yaml"),
    (_TESTS, "test_crisis_families_*.py"),
)
# The national catalog's seed files: its search terms are short ordinary messages
# (`search_term_examples`). Without them, a short message with one strong word ("my boss
# keeps my last pay") was read as a crisis far more often than a long one.
_CATALOG = _REPO / "tsunagari" / "catalog" / "data" / "national"
CATALOG_SOURCES = ((_CATALOG, "*.yaml"), (_CATALOG / "search-terms-i18n", "*.yaml"))
# Desks for these needs or with crisis lines list crisis words among their search terms.
_CRISIS_NEEDS = frozenset(
    {"child_abuse", "sexual_violence", "suicidal_feelings", "violence_at_home", "crime_victims"}
)
_TERMS_PER_MESSAGE = 3

_NGRAMS = (1, 5)
_L2 = 1e-5
_EPOCHS = 50
_STEP = 0.2
# Features seen in one training message only are left out: they can only memorise that
# message, and without them the held-out batches gained recall (ADR 0009, session 8).
_MIN_DF = 2
_SMALL_KANA = str.maketrans("ぁぃぅぇぉゃゅょっゎ", "あいうえおやゆよつわ")
_NON_LATIN = "[^\\x00-\\u024f\\u1e00-\\u1eff]"
_SPACE_IN_SCRIPT = re.compile(f"(?<={_NON_LATIN}) (?={_NON_LATIN})")
_STRETCHED = re.compile(r"(\w)\1{2,}")


@dataclass(frozen=True)
class Example:
    """One labelled message; `kind` is None for a harmless one or an unlabelled crisis."""

    text: str
    lang: str
    crisis: bool
    kind: str | None = None


def _prepare(text: str) -> str:
    """The text as the rules see it: width, case, kana, small kana, no punctuation.

    Accents stay (Vietnamese "tự tử" is not "từ từ"); spaces between letters of scripts
    written without them (Japanese, Chinese, Thai) go, so that spacing does not matter.
    """
    text = fold_kana(normalize(text)).translate(_SMALL_KANA).replace("ー", "")
    text = "".join(" " if unicodedata.category(c)[0] in "PSZ" else c for c in text)
    text = _STRETCHED.sub(r"\1\1", " ".join(text.split()))
    return _SPACE_IN_SCRIPT.sub("", text)


def _digest(text: str) -> int:
    """A stable 64-bit name of the prepared text (Python's own hash changes per process)."""
    return int.from_bytes(hashlib.blake2b(_prepare(text).encode(), digest_size=8).digest(), "big")


def features(text: str) -> set[str]:
    """Character 1-5-grams, plus words and word pairs without accents (Latin script)."""
    prepared = _prepare(text)
    padded = f" {prepared} "
    found = {
        padded[i : i + n]
        for n in range(_NGRAMS[0], _NGRAMS[1] + 1)
        for i in range(len(padded) - n + 1)
    }
    found.discard(" ")
    words = strip_accents(prepared).split()
    found.update(f"w:{w}" for w in words)
    found.update(f"b:{a} {b}" for a, b in pairwise(words))
    return found


class _Rows:
    """Messages as a sparse matrix (index, value and row per entry), rows of unit length."""

    def __init__(self, grams: Sequence[Iterable[str]], vocab: dict[str, int], idf: np.ndarray):
        index = [[vocab[g] for g in row if g in vocab] for row in grams]
        lengths = np.fromiter((len(r) for r in index), dtype=np.int64, count=len(index))
        self.n = len(index)
        self.index = np.fromiter((i for r in index for i in r), np.int64, int(lengths.sum()))
        self.row = np.repeat(np.arange(self.n), lengths)
        value = idf[self.index]
        norm = np.sqrt(np.bincount(self.row, weights=value**2, minlength=self.n))
        self.value = value / np.where(norm > 0, norm, 1.0)[self.row]

    def subset(self, keep: np.ndarray) -> _Rows:
        """Only the rows where `keep` is true, renumbered."""
        rows = object.__new__(_Rows)
        entries = keep[self.row]
        renumber = np.cumsum(keep) - 1
        rows.n = int(keep.sum())
        rows.index, rows.value = self.index[entries], self.value[entries]
        rows.row = renumber[self.row[entries]]
        return rows

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """(rows x features) @ weights, with weights given per head: (heads x features)."""
        return np.stack(
            [np.bincount(self.row, self.value * w[self.index], self.n) for w in weights], 1
        )

    def gradient(self, errors: np.ndarray, size: int) -> np.ndarray:
        """(rows x heads) errors back onto the features: (heads x features)."""
        return np.stack([np.bincount(self.index, self.value * e[self.row], size) for e in errors.T])


def _balanced(positive: np.ndarray, groups: Sequence[str]) -> np.ndarray:
    """Weights under which, in each group, the positives and negatives weigh the same.

    Grouped by language for the crisis head: without it, a language whose examples are
    mostly crises teaches that anything written in it is a crisis (its common letters and
    words carry the alarm). The weights average one.
    """
    weights = np.zeros(len(positive))
    group = np.asarray(groups)
    for code in set(groups):
        for cls in (positive, ~positive):
            members = (group == code) & cls
            if members.any():
                weights[members] = 1 / members.sum()
    return weights * len(weights) / weights.sum()


def _logistic(
    rows: _Rows, y: np.ndarray, sample: np.ndarray, size: int
) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch Adam on the weighted, L2-regularised log loss: (heads x features), bias.

    `y` and `sample` (the weight of each example) have one column per head.
    """
    w, b = np.zeros((y.shape[1], size)), np.zeros(y.shape[1])
    moments = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    scale = sample / rows.n
    for t in range(1, _EPOCHS + 1):
        error = (1 / (1 + np.exp(-(rows.dot(w) + b))) - y) * scale
        step_w, step_b = _adam([rows.gradient(error, size) + _L2 * w, error.sum(0)], moments, t)
        w -= step_w
        b -= step_b
    return w, b


@dataclass(frozen=True)
class Scores:
    """The model's reading of one message."""

    probability: float
    kinds: dict[str, float]
    # Whether the message gave the model enough known features to go on (see
    # `WELL_READ_FEATURES`): then `WELL_READ_THRESHOLD` applies.
    well_read: bool = False

    def likely_kinds(self) -> tuple[str, ...]:
        """The likeliest kind and any other from KIND_THRESHOLD; suicide when unsure.

        Suicide lines are the general crisis answer, so they join a kind the model is
        not sure of.
        """
        best = max(self.kinds, key=self.kinds.__getitem__)
        chosen = {k for k, p in self.kinds.items() if p >= KIND_THRESHOLD} | {best}
        if self.kinds[best] < KIND_THRESHOLD:
            chosen.add("suicide")
        return tuple(k for k in self.kinds if k in chosen)


class CrisisModel:
    """Logistic regression (one binary head and one head per kind) over `features`."""

    def __init__(self, kinds: Sequence[str]):
        self.kinds = tuple(kinds)
        self.vocab: dict[str, int] = {}
        self.idf = np.zeros(0)
        self.weights = np.zeros((0, 1 + len(self.kinds)))
        self.bias = np.zeros(1 + len(self.kinds))
        self._grams: ahocorasick.Automaton | None = None
        self.harmless: frozenset[int] = frozenset()

    def fit(self, examples: Sequence[Example]) -> CrisisModel:
        """The crisis head on every example; the kind heads on crises of a known kind."""
        grams = [features(ex.text) for ex in examples]
        self.vocab, self.idf = vocabulary(grams, _MIN_DF)
        rows = _Rows(grams, self.vocab, self.idf)
        crisis = np.array([ex.crisis for ex in examples])
        size = len(self.vocab)
        sample = _balanced(crisis, [ex.lang for ex in examples])[:, None]
        w, b = _logistic(rows, crisis[:, None], sample, size)
        kinded = np.array([ex.crisis and ex.kind in self.kinds for ex in examples])
        kinds = [ex.kind for ex in examples if ex.crisis and ex.kind in self.kinds]
        y = np.array([[k == kind for kind in self.kinds] for k in kinds], dtype=float)
        y = y.reshape(len(kinds), len(self.kinds))
        sample = np.ones_like(y)
        for h in range(y.shape[1]):
            sample[:, h] = _balanced(y[:, h] > 0, ["all"] * len(y))
        wk, bk = _logistic(rows.subset(kinded), y, sample, size)
        self.weights = np.ascontiguousarray(np.vstack([w, wk]).T)
        self.bias = np.concatenate([b, bk])
        self._grams = gram_automaton(self.vocab)
        self.harmless = frozenset(_digest(ex.text) for ex in examples if not ex.crisis)
        return self

    def labelled_harmless(self, text: str) -> bool:
        """Whether someone labelled this very message harmless (after `_prepare`).

        A regularised model does not fit every message it learns from: a few look-alikes
        written to guard a crisis rule ("every time my parents fight I lock myself in my
        room") keep a probability near the threshold. What a person has judged stays judged.
        """
        return _digest(text) in self.harmless

    def save(self, path: Path) -> None:
        """Write the fitted model (numpy arrays only, no pickled objects) atomically."""
        path.parent.mkdir(parents=True, exist_ok=True)
        if any("\0" in gram for gram in self.vocab):
            raise ValueError("an n-gram holds NUL, the separator of the stored vocabulary")
        vocab = "\0".join(self.vocab).encode()
        partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            np.savez(
                handle,
                vocab=np.frombuffer(vocab, dtype=np.uint8),
                idf=self.idf,
                weights=self.weights,
                bias=self.bias,
                kinds=np.array(self.kinds),
                harmless=np.array(sorted(self.harmless), dtype=np.uint64),
            )
        os.replace(partial, path)  # readers see the old file or the whole new one
        prune_stored(path.parent, keep=path)

    @classmethod
    def load(cls, path: Path, kinds: Sequence[str]) -> CrisisModel:
        """A model written by `save` for the same kinds (ValueError otherwise)."""
        with np.load(path, allow_pickle=False) as data:
            if tuple(data["kinds"].tolist()) != tuple(kinds):
                raise ValueError(f"stored for other kinds: {data['kinds'].tolist()}")
            model = cls(kinds)
            grams = data["vocab"].tobytes().decode().split("\0") if data["vocab"].size else []
            model.vocab = {g: i for i, g in enumerate(grams)}
            model.idf, model.weights, model.bias = data["idf"], data["weights"], data["bias"]
            model.harmless = frozenset(int(d) for d in data["harmless"])
        if model.weights.shape != (len(model.vocab), 1 + len(model.kinds)):
            raise ValueError(f"inconsistent arrays {model.weights.shape}")
        model._grams = gram_automaton(model.vocab)
        return model

    def _feature_ids(self, text: str) -> list[int]:
        return known_feature_ids(text, self.vocab, self._grams)

    def score(self, text: str) -> Scores:
        """About 0.1 ms: a dictionary lookup per n-gram and one weighted sum."""
        found = self._feature_ids(text)
        z = self.bias
        if found:
            index = np.asarray(found)  # once, not once per array it picks from
            value = self.idf[index]
            z = z + (value / np.sqrt(value @ value)) @ self.weights[index]
        p = 1 / (1 + np.exp(-z))
        crisis = float(p[0]) if found else 0.0  # nothing it has seen: the rules decide
        kinds = dict(zip(self.kinds, map(float, p[1:]), strict=True))
        return Scores(crisis, kinds, len(found) >= _well_read_features(text))


def vocabulary(grams: Sequence[set[str]], min_df: int) -> tuple[dict[str, int], np.ndarray]:
    """The features found in at least `min_df` messages, numbered in sorted order, and
    their smoothed inverse document frequencies."""
    counts: dict[str, int] = {}
    for row in grams:
        for gram in row:
            counts[gram] = counts.get(gram, 0) + 1
    kept = sorted(g for g, n in counts.items() if n >= min_df)
    df = np.fromiter((counts[g] for g in kept), float, len(kept))
    return {g: i for i, g in enumerate(kept)}, np.log((1 + len(grams)) / (1 + df)) + 1


def known_feature_ids(
    text: str, vocab: dict[str, int], grams: ahocorasick.Automaton | None
) -> list[int]:
    """The vocabulary ids of `features(text)`, in order: one Aho-Corasick pass finds the
    known character n-grams (every known string of at most `_NGRAMS[1]` characters found
    in the padded text is one of its n-grams), then words and word pairs are looked up."""
    if grams is None:
        return sorted(i for g in features(text) if (i := vocab.get(g)) is not None)
    prepared = _prepare(text)
    found = {i for _end, i in grams.iter(f" {prepared} ")}
    found.discard(vocab.get(" ", -1))  # `features` leaves the lone space out
    words = strip_accents(prepared).split()
    keys = [f"w:{w}" for w in words] + [f"b:{a} {b}" for a, b in pairwise(words)]
    found.update(i for key in keys if (i := vocab.get(key)) is not None)
    return sorted(found)


def gram_automaton(vocab: dict[str, int]) -> ahocorasick.Automaton | None:
    """The vocabulary's strings short enough to be character n-grams, with their ids."""
    automaton = ahocorasick.Automaton()
    for gram, i in vocab.items():
        if len(gram) <= _NGRAMS[1]:
            automaton.add_word(gram, i)
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def _adam(grads: list[np.ndarray], moments: list[np.ndarray], t: int) -> list[np.ndarray]:
    """Adam steps, updating the first and second moments of each gradient in place."""
    steps = []
    for k, g in enumerate(grads):
        m, v = moments[2 * k], moments[2 * k + 1]
        m *= 0.9
        m += 0.1 * g
        v *= 0.999
        v += 0.001 * g * g
        steps.append(_STEP * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8))
    return steps


def alarm_kinds(scores: Scores, threshold: float | None = None) -> tuple[str, ...]:
    """The kinds to show when the model alone raises the alarm; () when it does not.

    Without an explicit `threshold`, a well-read message (`Scores.well_read`) needs
    `WELL_READ_THRESHOLD`, any other `THRESHOLD`.
    """
    if threshold is not None:
        least = threshold
    else:
        least = WELL_READ_THRESHOLD if scores.well_read else THRESHOLD
    return scores.likely_kinds() if scores.probability >= least else ()


def _well_read_features(text: str) -> int:
    """Known features a message needs to count as well read: more in Latin letters."""
    return WELL_READ_FEATURES_LATIN if mostly_latin(text) else WELL_READ_FEATURES


def training_files() -> list[Path]:
    """The files of `TRAINING_SOURCES` that are there."""
    return files_of(TRAINING_SOURCES)


def files_of(sources: Iterable[tuple[Path, str]]) -> list[Path]:
    """The files matching each (folder, pattern) that are there, sorted."""
    return sorted(p for folder, pattern in sources for p in folder.glob(pattern))


def examples_from_files(paths: Iterable[Path]) -> list[Example]:
    """Items with `text` and `lang`; `crisis` (default false) and `kind` when given.

    A `.py` file is a crisis family test: its `CRISIS` and `HARMLESS` lists are read.
    """
    found = []
    for path in paths:
        if path.suffix == ".py":
            found.extend(examples_from_family_test(path))
            continue
        for item in read_yaml(path) or []:
            crisis = bool(item.get("crisis", False))
            kind = item.get("kind") if crisis else None
            found.append(Example(str(item["text"]), str(item["lang"]), crisis, kind))
    return found


def examples_from_family_test(path: Path) -> list[Example]:
    """The literal `CRISIS` ((lang, kind, text)) and `HARMLESS` ((lang, text)) lists of a
    crisis family test file, read as data (never imported); other lists are left out."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        name = node.targets[0].id
        if name not in ("CRISIS", "HARMLESS") or not isinstance(node.value, ast.List):
            continue
        for element in node.value.elts:
            entry = _literal_strings(element)
            if name == "CRISIS" and len(entry) == 3:
                found.append(Example(entry[2], entry[0], True, entry[1]))
            elif name == "HARMLESS" and len(entry) == 2:
                found.append(Example(entry[1], entry[0], False))
    return found


def _literal_strings(node: ast.expr) -> tuple[str, ...]:
    """The strings of a tuple of literals, numbers left out (a family's number in some
    files); () for anything else (a pytest.param, a name)."""
    if not isinstance(node, ast.Tuple) or not all(isinstance(e, ast.Constant) for e in node.elts):
        return ()
    return tuple(
        e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
    )


def search_term_examples() -> list[Example]:
    """The catalog's search terms of desks for ordinary needs, a few at a time, as harmless
    messages: short everyday wording in every language ("家賃が払えない 立ち退き")."""
    from tsunagari.catalog.records import load_national_records  # pure Python
    from tsunagari.navigator.engine.analysis import plain_term

    if not _CATALOG.is_dir():
        return []
    found = []
    for record in load_national_records(_CATALOG.parent):
        if record.get("crisis_kinds") or _CRISIS_NEEDS & set(record.get("needs") or ()):
            continue
        for lang, terms in sorted((record.get("search_terms") or {}).items()):
            words = [" ".join(plain_term(str(t)).replace("*", "").split()) for t in terms]
            words = [w for w in words if len(w) >= 2]
            for start in range(0, len(words), _TERMS_PER_MESSAGE):
                text = " ".join(words[start : start + _TERMS_PER_MESSAGE])
                found.append(Example(text, lang, False))
    return found


@cache
def default_model(kinds: tuple[str, ...]) -> CrisisModel | None:
    """The model of `TRAINING_SOURCES`: the stored one when it was trained on exactly these
    files by this code, else trained now (and stored); None when they hold no crisis."""
    paths = training_files()

    def train() -> CrisisModel | None:
        examples = examples_from_files(paths)
        if not any(ex.crisis for ex in examples):
            log.warning("crisis model: no labelled crisis messages found; the rules work alone")
            return None
        return CrisisModel(kinds).fit(examples + search_term_examples())

    stored = stored_model_path(paths, kinds)
    return stored_or_trained("crisis model", stored, lambda: CrisisModel.load(stored, kinds), train)


class _Stored(Protocol):
    def save(self, path: Path) -> None: ...


_Model = TypeVar("_Model", bound=_Stored)


def stored_or_trained(
    name: str, stored: Path, load: Callable[[], _Model], train: Callable[[], _Model | None]
) -> _Model | None:
    """A model read from `stored` when it is there and whole, else trained and stored there
    (kept in memory only where the folder cannot be written)."""
    if stored.exists():
        try:
            return load()
        except (OSError, ValueError, KeyError) as error:  # a damaged file: train again
            log.warning("%s: %s could not be read (%s); training", name, stored, error)
    model = train()
    if model is not None:
        try:
            model.save(stored)
        except (OSError, ValueError) as error:  # e.g. read-only: the model lives in memory only
            log.info("%s: not stored (%s)", name, error)
    return model


def prune_stored(folder: Path, keep: Path, prefix: str = "crisis-model-", newest: int = 3) -> None:
    """Models (named `prefix`...) of earlier training data are dropped but for the last few
    (a checkout that goes back and forth between branches keeps its models)."""
    stored = sorted(folder.glob(f"{prefix}*.npz"), key=lambda p: p.stat().st_mtime)
    for old in [p for p in stored if p != keep][: max(0, len(stored) - newest)]:
        old.unlink(missing_ok=True)


def cache_dir() -> Path:
    """Where built data is kept: $TSUNAGARI_CACHE_DIR, else var/cache/ in the checkout."""
    return Path(os.environ.get("TSUNAGARI_CACHE_DIR") or _REPO / "var" / "cache")


def stored_model_path(paths: Sequence[Path], kinds: Sequence[str]) -> Path:
    """A file name that changes whenever anything the trained weights depend on changes:
    the training files (names and contents), the catalog files its search terms come from,
    the kinds, and the code that makes features and trains (this module and the text
    normalisation it uses)."""
    digest = hashlib.sha256("\n".join(kinds).encode())
    code = (Path(__file__), Path(__file__).with_name("normalize.py"))
    for source in (*code, *paths, *files_of(CATALOG_SOURCES)):
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return cache_dir() / f"crisis-model-{digest.hexdigest()[:24]}.npz"


def main() -> None:
    """`python -m tsunagari.navigator.engine.crisis_model` (make setup): store the model."""
    from tsunagari.navigator.engine.crisis import KINDS  # crisis imports this module

    model = default_model(KINDS)
    where = stored_model_path(training_files(), KINDS)
    state = "stored in" if where.exists() else "not stored: kept in memory only, see"
    print(f"crisis model: {len(model.vocab) if model else 0} features, {state} {where}")


if __name__ == "__main__":
    main()
