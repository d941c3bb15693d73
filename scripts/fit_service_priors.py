"""Fit the navigator's per-service priors (tsunagari/navigator/data/service_priors.yaml).

Why: the need taxonomy and the search terms say which services *can* fit a message; they do
not say which of several fitting desks a counsellor gives first. Counsellors send a person
with a drinking problem to 精神保健福祉センター more often than our needs alone suggest, and
rarely give a general listening line when a specific desk fits. A small additive prior per
service, learned from the counsellor-labelled situations, carries that judgement (ADR 0013).

How: coordinate steps. Each round runs the engine on the training situations; a service that
is a good (or acceptable) answer but lands just below the top five (ranks 6-10) while a
service no counsellor gave holds a top-five place is owed a step up, and that intruder a step
down (a ranking perceptron: only where a swap would help); a service whose balance is at
least `--evidence` moves by `--step`, never beyond `--cap`. The situations' files are those of
`bench/navigator_quality.py`: the dev set and the blind batches. Keep at least one batch out
(`--report`) to see whether the priors generalise; the file records which sets trained it.

Usage: python scripts/fit_service_priors.py [--train dev,01,02,03,04] [--report 05]
       [--rounds 3] [--step 0.5] [--cap 1.5] [--evidence 3] [--write]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tsunagari.catalog.records import snapshot_from_seed_files  # noqa: E402
from tsunagari.navigator.engine.config import DATA_DIR, GENERAL_LINES, ranking_weights  # noqa: E402
from tsunagari.navigator.engine.navigate import navigate  # noqa: E402
from tsunagari.navigator.engine.types import NavigationRequest  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev-scenarios.yaml"
BATCHES = ROOT / "tests" / "navigator" / "scenarios_fresh"
AT = datetime.fromisoformat("2026-11-25T14:00:00+09:00")  # as bench/navigator_quality.py
TARGET = DATA_DIR / "service_priors.yaml"
# The general lines of shared/eval/README.md (specific@5 leaves them out).
GENERAL = GENERAL_LINES | {"gaikokujin-zairyu-info-center"}


@dataclass
class Figures:
    hit1: float
    hit5: float
    precision5: float
    mrr: float
    specific5: float

    def __str__(self) -> str:
        return (
            f"hit@1 {self.hit1:.3f} hit@5 {self.hit5:.3f} p@5 {self.precision5:.3f} "
            f"MRR {self.mrr:.3f} specific@5 {self.specific5:.3f}"
        )


def situations(names: list[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name in names:
        path = DEV if name == "dev" else BATCHES / f"batch_{name}.yaml"
        found.extend(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    return found


def evaluate(items: list[dict[str, Any]], snapshot: Any) -> tuple[Figures, dict[str, float]]:
    """The figures, and each service's balance: owed steps up minus owed steps down."""
    balance: dict[str, float] = defaultdict(float)
    hit1 = hit5 = precision = mrr = specific = 0.0
    specific_items = 0
    for item in items:
        request = NavigationRequest(
            text=item["text"], lang=item["lang"], audience=item.get("audience", "adult"), at=AT
        )
        ranked = [m.service_id for m in navigate(snapshot, request).matches]
        good, fitting = set(item["good"]), set(item["good"]) | set(item.get("ok") or [])
        hit1 += bool(ranked) and ranked[0] in good
        hit5 += any(s in good for s in ranked[:5])
        precision += sum(s in fitting for s in ranked[:5]) / 5
        rank = next((n for n, s in enumerate(ranked, 1) if s in good), None)
        mrr += 1 / rank if rank else 0.0
        if good - GENERAL:
            specific_items += 1
            specific += any(s in good - GENERAL for s in ranked[:5])
        intruders = [s for s in ranked[:5] if s not in fitting]
        wanted = {s: 1.0 if s in good else 0.5 for s in ranked[5:10] if s in fitting}
        if intruders and wanted:  # a swap would help: the ranking perceptron's step
            for service in intruders:
                balance[service] -= 1.0
            for service, worth in wanted.items():
                balance[service] += worth
    n = len(items) or 1
    figures = Figures(hit1 / n, hit5 / n, precision / n, mrr / n, specific / max(specific_items, 1))
    return figures, balance


def fit(args: argparse.Namespace) -> dict[str, float]:
    snapshot = snapshot_from_seed_files()
    train, report = situations(args.train.split(",")), situations(args.report.split(","))
    weights = ranking_weights()
    priors: dict[str, float] = {}
    for round_ in range(args.rounds + 1):
        weights["service_prior"] = dict(priors)  # a new table: the engine rebuilds its column
        figures, balance = evaluate(train, snapshot)
        held_out, _ = evaluate(report, snapshot) if report else (None, None)
        print(f"round {round_}: train {figures}" + (f" | held out {held_out}" if held_out else ""))
        if round_ == args.rounds:
            break
        for service, owed in balance.items():
            if abs(owed) >= args.evidence:
                step = args.step if owed > 0 else -args.step
                priors[service] = max(-args.cap, min(args.cap, priors.get(service, 0.0) + step))
        priors = {s: p for s, p in priors.items() if p}
    return priors


def write(priors: dict[str, float], args: argparse.Namespace) -> None:
    header = (
        "# Per-service priors of the navigator's ranking (ADR 0013), added to a service's score\n"
        "# outside crisis lines' order. Fitted by scripts/fit_service_priors.py; do not edit by\n"
        "# hand, refit when the catalog, the needs or the labelled situations change.\n"
        f"# Trained on: {args.train} (dev = shared/eval/dev-scenarios.yaml, NN = batch_NN);\n"
        f"# held out: {args.report or 'none'}. rounds {args.rounds}, step {args.step}, "
        f"cap {args.cap}, evidence {args.evidence}.\n"
    )
    body = {"priors": dict(sorted(priors.items()))}
    TARGET.write_text(header + yaml.safe_dump(body, allow_unicode=True), encoding="utf-8")
    print(f"wrote {len(priors)} priors to {TARGET.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--train", default="dev,01,02,03,04")
    parser.add_argument("--report", default="05")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--step", type=float, default=0.5)
    parser.add_argument("--cap", type=float, default=1.5)
    parser.add_argument("--evidence", type=float, default=3.0)
    parser.add_argument("--write", action="store_true", help="write service_priors.yaml")
    args = parser.parse_args()
    priors = fit(args)
    for service, prior in sorted(priors.items(), key=lambda item: -abs(item[1])):
        print(f"  {prior:+.1f} {service}")
    if args.write:
        write(priors, args)


if __name__ == "__main__":
    main()
