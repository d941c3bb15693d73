"""Navigator quality on the tuning sets: hit@1/3/5, specific hit@5, precision@5, MRR,
crisis recall and false alarms per language.

Runs `tsunagari ask --jsonl` exactly as an outside check would (shared/eval/README.md).
Also prints the same figures on our own scenarios written blind to the engine: the fresh
batches (tests/navigator/scenarios_fresh/), tuned on and the learned ranking model's
training data (ADR 0014), so no longer a measure of generalisation; and the held-out
batches (tests/navigator/scenarios_pending/), which nothing was tuned or trained on.
`bench/service_model_cv.py` gives the learned model's leave-one-batch-out figures.
Usage: python bench/navigator_quality.py [--scenarios FILE] [--crisis FILE]
       [--validation FILE ...] [--details]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
VALIDATION = ROOT / "tests" / "navigator" / "scenarios_fresh"
HELD_OUT = ROOT / "tests" / "navigator" / "scenarios_pending"
AT = "2026-11-25T14:00:00+09:00"  # a weekday afternoon in Japan
GENERAL = {
    "yorisoi-hotline",
    "childline",
    "24h-kodomo-sos-dial",
    "fresc",
    "inochi-no-denwa",
    "anata-no-ibasho",
    "kokoro-no-kenko-soudan-touitsu-dial",
    "gaikokujin-zairyu-info-center",
    "kodoku-koritsu-soudan-dial-9999",
}


def ask(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    lines = "".join(
        json.dumps(
            {
                "id": i["id"],
                "text": i["text"],
                "lang": i["lang"],
                "audience": i.get("audience", "adult"),
                "at": AT,
            },
            ensure_ascii=False,
        )
        + "\n"
        for i in items
    )
    command = [str(ROOT / ".venv" / "bin" / "tsunagari"), "ask", "--jsonl"]
    done = subprocess.run(command, input=lines, capture_output=True, text=True, check=True)
    answers = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return {a["id"]: a for a in answers}


def scenario_metrics(
    items: list[dict[str, Any]], answers: dict[str, dict[str, Any]], details: bool
) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    specific_n = 0
    for item in items:
        ranked = [s["id"] for s in answers[item["id"]].get("services", [])]
        good, ok = set(item["good"]), set(item.get("ok") or [])
        for k in (1, 3, 5):
            totals[f"hit@{k}"] += any(s in good for s in ranked[:k])
        totals["precision@5"] += sum(s in good | ok for s in ranked[:5]) / 5
        rank = next((n for n, s in enumerate(ranked, 1) if s in good), None)
        totals["mrr"] += 1 / rank if rank else 0
        if good - GENERAL:
            specific_n += 1
            totals["specific_hit@5"] += any(s in good - GENERAL for s in ranked[:5])
        if details and not any(s in good for s in ranked[:3]):
            print(f"  miss {item['id']} [{item['lang']}] {item['text'][:50]}", file=sys.stderr)
            print(f"     got {ranked[:5]}\n     good {sorted(good)}", file=sys.stderr)
    n = len(items)
    result = {k: v / n for k, v in totals.items() if k != "specific_hit@5"}
    result["specific_hit@5"] = totals["specific_hit@5"] / specific_n if specific_n else 0.0
    return result


def crisis_metrics(
    items: list[dict[str, Any]], answers: dict[str, dict[str, Any]], details: bool
) -> dict[str, dict[str, float]]:
    per_lang: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for item in items:
        said = bool(answers[item["id"]].get("crisis"))
        stats = per_lang[item["lang"]]
        key = "crisis" if item["crisis"] else "harmless"
        stats[key] += 1
        stats["caught" if item["crisis"] else "false_alarm"] += (
            said == item["crisis"] if item["crisis"] else said
        )
        if details and said != item["crisis"]:
            print(
                f"  crisis {'miss' if item['crisis'] else 'false alarm'} {item['id']} "
                f"[{item['lang']}] {item['text'][:60]}",
                file=sys.stderr,
            )
    return {lang: dict(v) for lang, v in sorted(per_lang.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenarios", type=Path, default=EVAL / "dev-scenarios.yaml")
    parser.add_argument("--crisis", type=Path, default=EVAL / "dev-crisis.yaml")
    parser.add_argument(
        "--validation",
        type=Path,
        nargs="*",
        default=sorted(VALIDATION.glob("*.yaml")),
        help="Our own scenario sets written blind to the engine, since tuned and trained on.",
    )
    parser.add_argument(
        "--held-out",
        type=Path,
        nargs="*",
        default=sorted(HELD_OUT.glob("*.yaml")),
        help="Scenario sets written blind that nothing was tuned or trained on.",
    )
    parser.add_argument("--details", action="store_true", help="List misses on stderr.")
    args = parser.parse_args()
    scenarios = yaml.safe_load(args.scenarios.read_text(encoding="utf-8"))
    validation = [
        item for path in args.validation for item in yaml.safe_load(path.read_text("utf-8"))
    ]
    held_out = [item for path in args.held_out for item in yaml.safe_load(path.read_text("utf-8"))]
    crisis = yaml.safe_load(args.crisis.read_text(encoding="utf-8"))
    answers = ask(scenarios + validation + held_out + crisis)
    sets = (
        ("Scenarios", scenarios),
        ("Validation scenarios (tuned on, the learned model's training data)", validation),
        ("Held-out scenarios (never tuned or trained on)", held_out),
    )
    for name, items in sets:
        if items:
            metrics = scenario_metrics(items, answers, args.details)
            print(
                f"{name} ({len(items)}): " + "  ".join(f"{k}={v:.3f}" for k, v in metrics.items())
            )
    table = crisis_metrics(crisis, answers, args.details)
    caught = sum(v.get("caught", 0) for v in table.values())
    total = sum(v.get("crisis", 0) for v in table.values())
    alarms = sum(v.get("false_alarm", 0) for v in table.values())
    harmless = sum(v.get("harmless", 0) for v in table.values())
    print(
        f"Crisis ({len(crisis)}): recall={caught / total:.3f}  "
        f"false_alarm_rate={alarms / harmless:.3f}"
    )
    for lang, v in table.items():
        caught, crises = int(v.get("caught", 0)), int(v.get("crisis", 0))
        alarms_n, harmless_n = int(v.get("false_alarm", 0)), int(v.get("harmless", 0))
        recall = caught / crises if crises else float("nan")
        alarm = alarms_n / harmless_n if harmless_n else float("nan")
        print(
            f"  {lang:8} recall={recall:.2f} ({caught}/{crises})"
            f"  false_alarms={alarm:.2f} ({alarms_n}/{harmless_n})"
        )


if __name__ == "__main__":
    main()
