"""The learned ranking model, measured on messages it was not trained on.

Leave-one-batch-out over the fresh scenario batches (tests/navigator/scenarios_fresh, each
by another writer): for each batch, a model trained on the others ranks that batch's
messages. The held-out batches (tests/navigator/scenarios_pending) and the dev set are
ranked by the model of every fresh batch, which never saw them. Each set is ranked for
several weights of the model (`learned.weight` in ranking.yaml; 0 = the rules alone), and
the figures of the navigator issue are printed for each: hit@1/3/5, precision@5, MRR and
specific hit@5 (bench/navigator_quality.py's definitions).

The whole engine ranks (no reranking of a fixed list), so what the model adds is what a
person would see. Prints figures; asserts nothing.

Usage: python bench/service_model_cv.py [--weights 0,3,5,8] [--folds N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.navigator.engine import ranking, service_model
from tsunagari.navigator.engine.config import ranking_weights
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.service_model import ServiceModel
from tsunagari.navigator.engine.types import NavigationRequest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from navigator_quality import scenario_metrics  # a sibling bench script

ROOT = Path(__file__).resolve().parents[1]
FRESH = ROOT / "tests" / "navigator" / "scenarios_fresh"
PENDING = ROOT / "tests" / "navigator" / "scenarios_pending"
DEV = ROOT.parent / "shared" / "eval" / "dev-scenarios.yaml"
AT = datetime.fromisoformat("2026-11-25T14:00:00+09:00")
COLUMNS = ("hit@1", "hit@3", "hit@5", "precision@5", "mrr", "specific_hit@5")


def load(path: Path) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


@contextmanager
def using(model: ServiceModel | None, weight: float) -> Iterator[None]:
    """The ranking with this model at this weight (the process's defaults restored after)."""
    weights = ranking_weights()
    saved_model, saved_weights = service_model.default_model, ranking.ranking_weights
    service_model.default_model = lambda: model  # type: ignore[assignment]
    ranking.ranking_weights = lambda: {**weights, "learned": {"weight": weight}}  # type: ignore[assignment]
    try:
        yield
    finally:
        service_model.default_model = saved_model  # type: ignore[assignment]
        ranking.ranking_weights = saved_weights  # type: ignore[assignment]


def answers(items: list[dict[str, Any]], snapshot: Any) -> dict[str, dict[str, Any]]:
    found = {}
    for item in items:
        request = NavigationRequest(
            text=item["text"], lang=item["lang"], audience=item.get("audience", "adult"), at=AT
        )
        result = navigate(snapshot, request)
        found[item["id"]] = {"services": [{"id": m.service_id} for m in result.matches]}
    return found


def trained(paths: list[Path]) -> ServiceModel:
    examples = [ex for ex in service_model.examples_from_files(paths) if ex.good]
    return ServiceModel().fit(examples)


def row(label: str, weight: float, metrics: dict[str, float]) -> str:
    figures = "  ".join(f"{metrics[c]:.3f}" for c in COLUMNS)
    return f"  {label:<26} w={weight:<4g} {figures}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weights", default="0,3,5,8")
    args = parser.parse_args()
    weights = [float(w) for w in args.weights.split(",")]
    snapshot = snapshot_from_seed_files()
    fresh = sorted(FRESH.glob("batch_*.yaml"))
    print(f"Learned ranking model: {len(fresh)} fresh batches; columns: {', '.join(COLUMNS)}")
    pooled: dict[float, list[tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]]] = {
        w: [] for w in weights
    }
    for held in fresh:
        model = trained([p for p in fresh if p != held])
        items = load(held)
        for weight in weights:
            with using(model, weight):
                pooled[weight].append((items, answers(items, snapshot)))
    print("Leave one batch out (each batch ranked by a model of the others):")
    for weight in weights:
        items = [i for chunk, _ in pooled[weight] for i in chunk]
        merged = {k: v for _, found in pooled[weight] for k, v in found.items()}
        print(row(f"fresh, {len(items)} items", weight, scenario_metrics(items, merged, False)))
    model = trained(fresh)
    held_out = [(p.stem, load(p)) for p in sorted(PENDING.glob("batch_*.yaml"))]
    if DEV.exists():
        held_out.append(("dev", load(DEV)))
    print("Held out (ranked by the model of every fresh batch):")
    for name, items in held_out:
        for weight in weights:
            with using(model, weight):
                metrics = scenario_metrics(items, answers(items, snapshot), False)
            print(row(f"{name}, {len(items)} items", weight, metrics))


if __name__ == "__main__":
    main()
