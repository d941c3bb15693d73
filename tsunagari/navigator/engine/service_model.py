"""A learned second opinion for the ranking: the services counsellors gave for messages like this.

The ranking's rules (needs, search terms, BM25) read what their lexicons list. Our blind
scenario batches, written by different people, hold about a thousand situations with the
services a counsellor would give first (`good`) or as reasonable extras (`ok`). This model
learns from them which services fit which wording: kernel ridge regression over the same
character n-grams as the crisis net (`crisis_model.features`, any script, typos), plus the
language and the audience. For a message it returns one score per service, about how far
counsellors gave that service for similar messages; `ranking.rank` adds it, weighted
(`learned.weight` in ranking.yaml), to every service's score. Reasons shown to the person
stay the rules' own: the model only reorders.

Leave-one-batch-out on batches 01-09 and 11, and the held-out batches 10 and 12, chose it
over logistic regression and fixed its settings (`bench/service_model_cv.py`, ADR 0014).

Why the dual form: with n training messages, the weights are a combination of them
(alpha, n x services), and a message's scores are its similarity to each training message
times alpha. The similarity is one sparse product over the features' postings (numpy,
~0.1 ms), and the stored model is a few MB instead of features x services weights.

Trained by `make setup` and kept in `var/cache/` like the crisis net (same hashing of
everything training reads); a deployment without tests/ has no training data, and the
ranking then works on its rules alone. The model holds only our own labelled test texts'
n-grams, nothing of a person's request.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from tsunagari.core.yaml_data import read_yaml
from tsunagari.navigator.engine import crisis_model

__all__ = ["Labelled", "ServiceModel", "default_model", "training_files"]

log = logging.getLogger(__name__)

_REPO = Path(__file__).resolve().parents[3]
# The blind scenario batches already used for tuning (tests/navigator/scenarios_fresh).
# Not trained on: the dev set (shared/eval, kept as an honest tuning check) and the batches
# in scenarios_pending (held out to measure generalisation).
TRAINING_SOURCES = ((_REPO / "tests" / "navigator" / "scenarios_fresh", "batch_*.yaml"),)

RIDGE = 1.0  # the ridge penalty (leave-one-batch-out: 0.5-2 alike, 1 in the middle)
OK_LABEL = 0.5  # an `ok` service counts half a `good` one
_MIN_DF = 2  # features of one training message only can only memorise it
_BLOCK = 8192  # feature columns per dense block while the kernel is built
_COMMON_DF = 16  # features in this many training messages or more get their own weights


@dataclass(frozen=True)
class Labelled:
    """One training message and the services given for it."""

    text: str
    lang: str
    audience: str
    good: tuple[str, ...]
    ok: tuple[str, ...] = ()


def features(text: str, lang: str, audience: str) -> set[str]:
    """The crisis net's character n-grams and words, with the language and the audience."""
    return crisis_model.features(text) | {f"lang:{lang}", f"audience:{audience}"}


class ServiceModel:
    """Kernel ridge regression, stored in its dual form (see the module docstring)."""

    def __init__(self) -> None:
        self.services: tuple[str, ...] = ()
        self.vocab: dict[str, int] = {}
        self.idf = np.zeros(0, dtype=np.float32)
        # Postings by feature: training rows holding feature f are rows[starts[f]:starts[f+1]].
        self.starts = np.zeros(1, dtype=np.int64)
        self.rows = np.zeros(0, dtype=np.int32)
        self.values = np.zeros(0, dtype=np.float32)
        self.alpha = np.zeros((0, 0), dtype=np.float32)
        # How often each service is given at all (its mean target): subtracted, so that a
        # score is what this message adds, and lines given for nearly everything do not
        # push the specific services down (leave-one-batch-out: specific hit@5 0.851 -> 0.859).
        self.base = np.zeros(0, dtype=np.float32)
        self._columns: dict[int, tuple[tuple[str, ...], np.ndarray]] = {}
        self._grams: Any = None  # the vocabulary's character n-grams (one-pass lookup)
        self._common_row = np.zeros(0, dtype=np.int64)  # feature -> row of `_common`, or -1
        self._common = np.zeros((0, 0), dtype=np.float32)

    def fit(self, examples: Sequence[Labelled]) -> ServiceModel:
        grams = [features(ex.text, ex.lang, ex.audience) for ex in examples]
        self.vocab, idf = crisis_model.vocabulary(grams, _MIN_DF)
        self.idf = idf.astype(np.float32)
        self._grams = crisis_model.gram_automaton(self.vocab)
        matrix = [
            self._unit_row(sorted(self.vocab[g] for g in row if g in self.vocab)) for row in grams
        ]
        self._index(matrix)
        self.services = tuple(sorted({s for ex in examples for s in (*ex.good, *ex.ok)}))
        column = {s: i for i, s in enumerate(self.services)}
        targets = np.zeros((len(examples), len(self.services)))
        for r, ex in enumerate(examples):
            for service in ex.ok:
                targets[r, column[service]] = OK_LABEL
            for service in ex.good:
                targets[r, column[service]] = 1.0
        kernel = self._kernel(matrix)
        alpha = np.linalg.solve(kernel + RIDGE * np.eye(len(examples)), targets)
        self.alpha = alpha.astype(np.float32)
        self.base = targets.mean(axis=0).astype(np.float32)
        self._prepare_common()
        return self

    def _unit_row(self, index: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Feature ids and tf-idf values (binary tf) of one message, of unit length."""
        ids = np.asarray(index, dtype=np.int64)
        value = self.idf[ids].astype(np.float64)
        norm = float(np.sqrt(value @ value))
        return ids, value / norm if norm > 0 else value

    def _index(self, matrix: list[tuple[np.ndarray, np.ndarray]]) -> None:
        """The postings of every feature (a column-major copy of the training matrix)."""
        ids = np.concatenate([ids for ids, _ in matrix]) if matrix else np.zeros(0, np.int64)
        values = np.concatenate([v for _, v in matrix]) if matrix else np.zeros(0)
        rows = np.repeat(np.arange(len(matrix)), [len(ids) for ids, _ in matrix])
        order = np.argsort(ids, kind="stable")
        self.rows = rows[order].astype(np.int32)
        self.values = values[order].astype(np.float32)
        self.starts = np.zeros(len(self.vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(ids, minlength=len(self.vocab)), out=self.starts[1:])

    def _kernel(self, matrix: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """Cosine similarity of every pair of training messages, block by block of features."""
        n = len(matrix)
        kernel = np.zeros((n, n))
        for first in range(0, len(self.vocab), _BLOCK):
            block = np.zeros((n, min(_BLOCK, len(self.vocab) - first)))
            for r, (ids, value) in enumerate(matrix):
                inside = (ids >= first) & (ids < first + _BLOCK)
                block[r, ids[inside] - first] = value[inside]
            kernel += block @ block.T
        return kernel

    def scores(self, text: str, lang: str, audience: str) -> np.ndarray:
        """One score per service of `self.services`: about -0.2 to 1 above its base rate
        (0 for a text with no known feature)."""
        found = self._feature_ids(text, lang, audience)
        if not found or not len(self.alpha):
            return np.zeros(len(self.services), dtype=np.float32)
        ids, query = self._unit_row(found)
        common = self._common_row[ids]
        known = common >= 0
        total = query[known] @ self._common[common[known]]
        ids, query = ids[~known], query[~known]
        starts, ends = self.starts[ids], self.starts[ids + 1]
        lengths = ends - starts
        positions = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
        positions += np.arange(int(lengths.sum()))
        similarity = np.bincount(
            self.rows[positions],
            self.values[positions] * np.repeat(query, lengths),
            minlength=self.alpha.shape[0],
        )
        return (total + similarity @ self.alpha - self.base).astype(np.float32)

    def _prepare_common(self) -> None:
        """Each common feature's own weights (its postings times alpha), made once: a
        feature found in many training messages would cost a long postings walk in every
        request. Same scores, ~5 times less work a message."""
        counts = np.diff(self.starts)
        common = np.flatnonzero(counts >= _COMMON_DF)
        self._common_row = np.full(len(counts), -1, dtype=np.int64)
        self._common_row[common] = np.arange(len(common))
        self._common = np.zeros((len(common), self.alpha.shape[1]), dtype=np.float32)
        for k, feature in enumerate(common.tolist()):
            span = slice(self.starts[feature], self.starts[feature + 1])
            self._common[k] = self.values[span] @ self.alpha[self.rows[span]]

    def _feature_ids(self, text: str, lang: str, audience: str) -> list[int]:
        """The ids of `features(text, lang, audience)` in the vocabulary, sorted (one pass)."""
        found = crisis_model.known_feature_ids(text, self.vocab, self._grams)
        for key in (f"lang:{lang}", f"audience:{audience}"):
            if (i := self.vocab.get(key)) is not None:
                found.append(i)
        return sorted(found)

    def scores_for(self, ids: tuple[str, ...], text: str, lang: str, audience: str) -> np.ndarray:
        """`scores` in the order of a catalog's services (`ids`); 0 for services it never saw."""
        columns = self._columns_of(ids)
        found = self.scores(text, lang, audience)
        return np.where(columns >= 0, found[columns], 0.0)

    def _columns_of(self, ids: tuple[str, ...]) -> np.ndarray:
        """The model's column of each catalog service (-1: none), once per catalog."""
        known = self._columns.get(id(ids))
        if known is None or known[0] is not ids:
            column = {s: i for i, s in enumerate(self.services)}
            known = (ids, np.array([column.get(s, -1) for s in ids], dtype=np.int64))
            self._columns = {id(ids): known}  # the live catalog's only: no growth
        return known[1]

    def save(self, path: Path) -> None:
        """Write the fitted model (numpy arrays only, no pickled objects) atomically."""
        path.parent.mkdir(parents=True, exist_ok=True)
        strings = [*self.vocab, *self.services]
        if any("\0" in s for s in strings):
            raise ValueError("a feature holds NUL, the separator of the stored strings")
        partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            np.savez(
                handle,
                vocab=np.frombuffer("\0".join(self.vocab).encode(), dtype=np.uint8),
                services=np.frombuffer("\0".join(self.services).encode(), dtype=np.uint8),
                idf=self.idf,
                starts=self.starts,
                rows=self.rows,
                values=self.values,
                alpha=self.alpha,
                base=self.base,
            )
        os.replace(partial, path)  # readers see the old file or the whole new one
        crisis_model.prune_stored(path.parent, keep=path, prefix=_PREFIX)

    @classmethod
    def load(cls, path: Path) -> ServiceModel:
        """A model written by `save` (ValueError when its arrays do not fit together)."""
        model = cls()
        with np.load(path, allow_pickle=False) as data:
            model.vocab = {g: i for i, g in enumerate(_strings(data["vocab"]))}
            model.services = tuple(_strings(data["services"]))
            model.idf, model.starts = data["idf"], data["starts"]
            model.rows, model.values, model.alpha = data["rows"], data["values"], data["alpha"]
            model.base = data["base"]
        model._grams = crisis_model.gram_automaton(model.vocab)
        model._prepare_common()
        if len(model.starts) != len(model.vocab) + 1 or model.alpha.shape[1:] != model.base.shape:
            raise ValueError(f"inconsistent arrays {model.alpha.shape}, {model.starts.shape}")
        return model


def _strings(stored: np.ndarray) -> list[str]:
    return stored.tobytes().decode().split("\0") if stored.size else []


_PREFIX = "service-model-"


def training_files() -> list[Path]:
    """The files of `TRAINING_SOURCES` that are there."""
    return crisis_model.files_of(TRAINING_SOURCES)


def examples_from_files(paths: Iterable[Path]) -> list[Labelled]:
    """Labelled scenarios (`text`, `lang`, `audience`, `good`, `ok`) of these files."""
    found = []
    for path in paths:
        for item in read_yaml(path) or []:
            found.append(
                Labelled(
                    str(item["text"]),
                    str(item["lang"]),
                    str(item.get("audience", "adult")),
                    tuple(item.get("good") or ()),
                    tuple(item.get("ok") or ()),
                )
            )
    return found


def stored_model_path(paths: Sequence[Path]) -> Path:
    """Changes whenever the training files or the code that makes features and trains do."""
    digest = hashlib.sha256(f"{RIDGE} {OK_LABEL} {_MIN_DF}".encode())
    sources = (
        Path(__file__),
        Path(crisis_model.__file__),
        Path(__file__).with_name("normalize.py"),
        *paths,
    )
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return crisis_model.cache_dir() / f"{_PREFIX}{digest.hexdigest()[:24]}.npz"


@cache
def default_model() -> ServiceModel | None:
    """The model of `TRAINING_SOURCES`: stored when trained on exactly these files by this
    code, else trained now (and stored); None without any labelled scenario."""
    paths = training_files()
    if not paths:
        return None

    def train() -> ServiceModel | None:
        examples = [ex for ex in examples_from_files(paths) if ex.good]
        return ServiceModel().fit(examples) if examples else None

    stored = stored_model_path(paths)
    return crisis_model.stored_or_trained(
        "service model", stored, lambda: ServiceModel.load(stored), train
    )


def main() -> None:
    """`python -m tsunagari.navigator.engine.service_model` (make setup): store the model."""
    model = default_model()
    paths = training_files()
    if model is None or not paths:
        print("service model: no labelled scenarios found; the ranking works on its rules alone")
        return
    where = stored_model_path(paths)
    state = "stored in" if where.exists() else "not stored: kept in memory only, see"
    print(
        f"service model: {len(model.alpha)} messages, {len(model.vocab)} features, "
        f"{len(model.services)} services, {state} {where}"
    )


if __name__ == "__main__":
    main()
