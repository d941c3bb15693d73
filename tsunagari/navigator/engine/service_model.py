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
A score is measured from the base rates of the message's own language, so that the model
says what this message adds, not who writes in that language (ADR 0014, session 14).

Why the dual form for fitting: with n training messages (~1,500) and far more features
(~50,000), the ridge system is n x n. The fitted model is then kept as each feature's weights
(features x services, ~33 MB in float32, shared by forked workers), so that a message costs
one gather of its features' rows.

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
# A language's base rates are its own messages' mean targets, drawn toward the mean of all
# messages as if that many more messages of the mean had been seen (a pseudo-count): few
# messages per foreign language, so its own rates alone would be noisy.
LANGUAGE_BASE_WEIGHT = 10.0
_MIN_DF = 2  # features of one training message only can only memorise it
_BLOCK = 8192  # feature columns per dense block while the kernel is built


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
    """Kernel ridge regression, fitted in its dual form, kept as weights per feature."""

    def __init__(self) -> None:
        self.services: tuple[str, ...] = ()
        self.vocab: dict[str, int] = {}
        self.idf = np.zeros(0, dtype=np.float32)
        # Each feature's weight for each service (features x services).
        self.weights = np.zeros((0, 0), dtype=np.float32)
        # How often each service is given at all (its mean target): subtracted, so that a
        # score is what this message adds, and lines given for nearly everything do not
        # push the specific services down (leave-one-batch-out: specific hit@5 0.851 -> 0.859).
        self.base = np.zeros(0, dtype=np.float32)
        # The same per language (rows in the order of `languages`): for a message in a
        # language, what this message adds to what is given to everyone writing in it. The
        # rules already know the language (foreign residents' lines for foreign languages);
        # without this the model pushed those lines before a scam call's police and an
        # evacuee's disaster services, and read the language, not the situation.
        self.languages: tuple[str, ...] = ()
        self.language_base = np.zeros((0, 0), dtype=np.float32)
        self.trained_on = 0  # labelled messages fitted
        self._columns: dict[int, tuple[tuple[str, ...], np.ndarray]] = {}
        self._grams: Any = None  # the vocabulary's character n-grams (one-pass lookup)

    def fit(self, examples: Sequence[Labelled]) -> ServiceModel:
        grams = [features(ex.text, ex.lang, ex.audience) for ex in examples]
        self.vocab, idf = crisis_model.vocabulary(grams, _MIN_DF)
        self.idf = idf.astype(np.float32)
        self._grams = crisis_model.gram_automaton(self.vocab)
        matrix = [
            self._unit_row(sorted(self.vocab[g] for g in row if g in self.vocab)) for row in grams
        ]
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
        self.weights = self._primal(matrix, alpha)
        self.base = targets.mean(axis=0).astype(np.float32)
        self.languages, self.language_base = _language_base(examples, targets, self.base)
        self.trained_on = len(examples)
        return self

    def _unit_row(self, index: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Feature ids and tf-idf values (binary tf) of one message, of unit length."""
        ids = np.asarray(index, dtype=np.int64)
        value = self.idf[ids].astype(np.float64)
        norm = float(np.sqrt(value @ value))
        return ids, value / norm if norm > 0 else value

    def _kernel(self, matrix: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """Cosine similarity of every pair of training messages, block by block of features."""
        n = len(matrix)
        kernel = np.zeros((n, n))
        for first in range(0, len(self.vocab), _BLOCK):
            block = self._block(matrix, first)
            kernel += block @ block.T
        return kernel

    def _primal(self, matrix: list[tuple[np.ndarray, np.ndarray]], alpha: np.ndarray) -> np.ndarray:
        """The weights of each feature (the training matrix, transposed, times alpha): the
        same scores as the dual form's similarity to every training message, but a message
        then costs one gather of its features' rows (~0.04 ms instead of ~0.7 ms)."""
        weights = np.zeros((len(self.vocab), alpha.shape[1]), dtype=np.float32)
        for first in range(0, len(self.vocab), _BLOCK):
            block = self._block(matrix, first)
            weights[first : first + block.shape[1]] = block.T @ alpha
        return weights

    def _block(self, matrix: list[tuple[np.ndarray, np.ndarray]], first: int) -> np.ndarray:
        """The training matrix's dense columns `first` to `first + _BLOCK`."""
        block = np.zeros((len(matrix), min(_BLOCK, len(self.vocab) - first)))
        for r, (ids, value) in enumerate(matrix):
            inside = (ids >= first) & (ids < first + _BLOCK)
            block[r, ids[inside] - first] = value[inside]
        return block

    def scores(self, text: str, lang: str, audience: str) -> np.ndarray:
        """One score per service of `self.services`: about -0.2 to 1 above its base rate
        (0 for a text with no known feature)."""
        found = self._feature_ids(text, lang, audience)
        if not found or not len(self.weights):
            return np.zeros(len(self.services), dtype=np.float32)
        ids, query = self._unit_row(found)
        return (query.astype(np.float32) @ self.weights[ids] - self._base_of(lang)).astype(
            np.float32
        )

    def _base_of(self, lang: str) -> np.ndarray:
        """The base rates of messages in `lang` (of all messages for a language unseen)."""
        if lang in self.languages:
            return self.language_base[self.languages.index(lang)]
        return self.base

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
                weights=self.weights,
                base=self.base,
                languages=np.frombuffer("\0".join(self.languages).encode(), dtype=np.uint8),
                language_base=self.language_base,
                trained_on=np.array(self.trained_on),
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
            model.idf, model.weights, model.base = data["idf"], data["weights"], data["base"]
            model.languages = tuple(_strings(data["languages"]))
            model.language_base = data["language_base"]
            model.trained_on = int(data["trained_on"])
        model._grams = crisis_model.gram_automaton(model.vocab)
        if model.weights.shape != (len(model.vocab), len(model.base)):
            raise ValueError(f"inconsistent arrays {model.weights.shape}, {model.base.shape}")
        if model.language_base.shape != (len(model.languages), len(model.base)):
            raise ValueError(f"inconsistent language base {model.language_base.shape}")
        return model


def _language_base(
    examples: Sequence[Labelled], targets: np.ndarray, overall: np.ndarray
) -> tuple[tuple[str, ...], np.ndarray]:
    """Each language's mean targets, drawn toward `overall` by LANGUAGE_BASE_WEIGHT."""
    languages = tuple(sorted({ex.lang for ex in examples}))
    rows = np.zeros((len(languages), len(overall)), dtype=np.float32)
    for n, lang in enumerate(languages):
        mine = targets[[ex.lang == lang for ex in examples]]
        rows[n] = (mine.sum(axis=0) + LANGUAGE_BASE_WEIGHT * overall) / (
            len(mine) + LANGUAGE_BASE_WEIGHT
        )
    return languages, rows


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
    digest = hashlib.sha256(f"{RIDGE} {OK_LABEL} {_MIN_DF} {LANGUAGE_BASE_WEIGHT}".encode())
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
        f"service model: {model.trained_on} messages, {len(model.vocab)} features, "
        f"{len(model.services)} services, {state} {where}"
    )


if __name__ == "__main__":
    main()
