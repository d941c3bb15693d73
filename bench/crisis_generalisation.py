"""Crisis detection on wording it was not tuned on: the rules alone vs rules + learned model.

Prints, so that the figures can be reproduced:

1. Leave one file out. For each labelled file the model trains on (dev set, fresh batches,
   probes, our own cases, everyday worries, dev scenarios), the model is trained on all
   the others and judges that file; the rules are today's. Recall counts the labelled
   kind among the kinds shown (any alarm for the scenarios, which have no kind). Today's
   rules were tuned on every one of these files, so their column is what tuning reached,
   not generalisation; the model's gain there is nil by construction and the figure to read
   is its false alarms. Then per language, and the false alarms at other thresholds.
2. The blind validation scenarios (tests/navigator/scenarios_fresh), never trained on: does
   the model cry wolf on ordinary requests by other writers?
3. Before tuning: each fresh batch judged by the rules as they were before it was written
   (from git history) and by the model trained on today's files without that batch and
   later ones. This is the honest generalisation figure; files that grew since (our own
   cases) are taken as they are today, so a case written after a batch was scored can
   move its figure.
4. Cost: training time, and what the model adds per message.
5. On arrival: each blind crisis batch since the model learned from the scenarios, judged by
   the rules and model of the commit it was scored at when it came (and the scenario batches
   held out that day), by threshold, and by today's rule (a lower threshold for well-read
   messages, ADR 0009 session-21 addendum).

Usage: python bench/crisis_generalisation.py [--threshold T] [--skip-history] [--details]
       [--sections 1234]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import numpy as np

from tsunagari.navigator.engine import crisis_model
from tsunagari.navigator.engine.crisis import KINDS, detect_crisis
from tsunagari.navigator.engine.crisis_model import CrisisModel, Example

ROOT = Path(__file__).resolve().parents[1]
VALIDATION = sorted((ROOT / "tests" / "navigator" / "scenarios_fresh").glob("*.yaml"))
LANGS = ("ja", "en", "zh-hans", "ko", "pt", "es", "tl", "th", "vi", "ne", "id")
# For each fresh batch, a commit with the rules it was written blind to (the last rule
# change before it was scored).
BEFORE = {
    "batch_08": "8299f3a",
    "batch_09": "5ebc85c",
    "batch_10": "da02fd0",
    "batch_11": "6d838ab",
}
THRESHOLDS = (0.8, 0.85, 0.9, 0.92, 0.93, 0.95)
# For each blind crisis batch since the scenarios joined the model's training (session 17),
# the commit it was scored at on arrival: the whole detector of that day, rules and model.
ARRIVAL = {
    "batch_31": "f75d762",
    "batch_32": "fd83397",
    "batch_33": "5db207e",
    "batch_34": "65e0177",
    "batch_35": "6c94afb",
}
ARRIVAL_THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
_ON_ARRIVAL = """
import json, sys
from pathlib import Path
from tsunagari.navigator.engine import crisis_model
from tsunagari.navigator.engine.crisis import KINDS, detect_crisis
model = crisis_model.default_model(KINDS)
rows = []
for path in sys.argv[1:]:
    for ex in crisis_model.examples_from_files([Path(path)]):
        scores = model.score(ex.text)
        # Written out here: the commits judged came before language.mostly_latin.
        letters = [c for c in ex.text if c.isalpha()]
        latin = sum(c <= "\\u024f" or "\\u1e00" <= c <= "\\u1eff" for c in letters)
        rows.append([Path(path).parent.name, ex.crisis, ex.kind,
                     list(detect_crisis(ex.text, ex.lang, learned=False).kinds),
                     scores.probability, list(scores.likely_kinds()),
                     ex.text, len(model._feature_ids(ex.text)), latin * 2 > len(letters)])
json.dump(rows, sys.stdout)
"""
_OLD_RULES = """
import json, sys
from tsunagari.navigator.engine.crisis import detect_crisis
items = json.load(sys.stdin)
json.dump([list(detect_crisis(t, lang).kinds) for t, lang in items], sys.stdout)
"""


@dataclass
class Tally:
    crises: int = 0
    caught: int = 0
    harmless: int = 0
    alarms: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ex: Example, kinds: Sequence[str]) -> None:
        if ex.crisis:
            self.crises += 1
            hit = ex.kind in kinds if ex.kind else bool(kinds)
            self.caught += hit
            if not hit:
                self.misses.append(f"miss {ex.lang} {ex.kind}: {ex.text}")
        else:
            self.harmless += 1
            self.alarms += bool(kinds)
            if kinds:
                self.misses.append(f"false alarm {ex.lang} {list(kinds)}: {ex.text}")

    def text(self) -> str:
        recall = (
            f"{self.caught}/{self.crises} = {self.caught / self.crises:.2f}" if self.crises else "-"
        )
        fa = (
            f"{self.alarms}/{self.harmless} = {self.alarms / self.harmless:.3f}"
            if self.harmless
            else "-"
        )
        return f"recall {recall:<16} false alarms {fa}"


def labelled_files() -> dict[str, list[Example]]:
    return {p.stem: crisis_model.examples_from_files([p]) for p in crisis_model.training_files()}


def rules_kinds(examples: Iterable[Example]) -> list[tuple[str, ...]]:
    return [detect_crisis(ex.text, ex.lang, learned=False).kinds for ex in examples]


def combined(
    rules: Sequence[str],
    probability: float,
    model_kinds: Callable[[], Sequence[str]],
    threshold: float,
) -> Sequence[str]:
    if rules:
        return rules
    return model_kinds() if probability >= threshold else ()


def train(examples: Sequence[Example]) -> CrisisModel:
    return CrisisModel(KINDS).fit(examples)


def leave_one_file_out(files: dict[str, list[Example]], threshold: float, details: bool) -> None:
    print("1. Leave one file out (model trained on the other files; today's rules)")
    by_lang: dict[str, tuple[Tally, Tally]] = defaultdict(lambda: (Tally(), Tally()))
    sweep: list[tuple[Example, tuple[str, ...], float]] = []
    for name, held in files.items():
        model = train([ex for other, exs in files.items() if other != name for ex in exs])
        alone, both, learned = Tally(), Tally(), Tally()
        for ex, rules in zip(held, rules_kinds(held), strict=True):
            scores = model.score(ex.text)
            kinds = combined(rules, scores.probability, scores.likely_kinds, threshold)
            own = combined((), scores.probability, scores.likely_kinds, threshold)
            for tally, said in ((alone, rules), (both, kinds), (learned, own)):
                tally.add(ex, said)
            by_lang[ex.lang][0].add(ex, rules)
            by_lang[ex.lang][1].add(ex, kinds)
            sweep.append((ex, rules, scores.probability))
        print(f"  {name:<18} rules:  {alone.text()}")
        print(f"  {'':<18} +model: {both.text()}")
        print(f"  {'':<18} model:  {learned.text()}")
        if details:
            print("\n".join(f"      {m}" for m in both.misses))
    print(f"  per language (all folds, threshold {threshold}):")
    for lang in LANGS:
        alone, both = by_lang[lang]
        print(f"  {lang:<8} rules: {alone.text()}\n  {'':<8} +model: {both.text()}")
    print("  false alarms of rules + model at other thresholds (all folds):")
    for t in THRESHOLDS:
        fa = {lang: [0, 0] for lang in LANGS}
        caught = crises = 0
        for ex, rules, p in sweep:
            alarm = bool(rules) or p >= t
            if ex.crisis:
                crises, caught = crises + 1, caught + alarm
            else:
                fa[ex.lang][0] += alarm
                fa[ex.lang][1] += 1
        worst = max(LANGS, key=lambda lang: fa[lang][0] / max(fa[lang][1], 1))
        total = sum(a for a, _ in fa.values()), sum(n for _, n in fa.values())
        print(
            f"    {t:.2f}: alarm on {caught}/{crises} crises; false alarms {total[0]}/{total[1]}"
            f" = {total[0] / total[1]:.3f}, worst {worst} {fa[worst][0]}/{fa[worst][1]}"
        )


def validation(files: dict[str, list[Example]], threshold: float, details: bool) -> None:
    print("2. Blind validation scenarios (never trained on; model trained on every file)")
    model = train([ex for exs in files.values() for ex in exs])
    for path in VALIDATION:
        held = crisis_model.examples_from_files([path])
        alone, both = Tally(), Tally()
        for ex, rules in zip(held, rules_kinds(held), strict=True):
            scores = model.score(ex.text)
            alone.add(ex, rules)
            both.add(ex, combined(rules, scores.probability, scores.likely_kinds, threshold))
        print(f"  {path.stem:<20} rules: {alone.text()}\n  {'':<20} +model: {both.text()}")
        if details:
            print("\n".join(f"      {m}" for m in both.misses))


def old_rules(commit: str, examples: Sequence[Example]) -> list[list[str]] | None:
    """The detector as it was at `commit`, run in a child process on its own tree."""
    try:
        archive = subprocess.run(
            ["git", "archive", commit, "tsunagari"], cwd=ROOT, capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tempfile.TemporaryDirectory() as tree:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        out = subprocess.run(
            [sys.executable, "-c", _OLD_RULES],
            input=json.dumps([(ex.text, ex.lang) for ex in examples]),
            capture_output=True,
            text=True,
            check=True,
            cwd=tree,  # not this checkout: `-c` puts the working directory first on the path
            env={"PYTHONPATH": tree},
        ).stdout
    return json.loads(out)


def before_tuning(files: dict[str, list[Example]], threshold: float, details: bool) -> None:
    print("3. Before tuning: rules as they were before each batch; model without it or later ones")
    for batch, commit in BEFORE.items():
        if batch not in files:
            continue
        rules = old_rules(commit, files[batch])
        if rules is None:
            print(f"  {batch}: commit {commit} not in this clone")
            continue
        model = train([ex for name, exs in files.items() if not _after(name, batch) for ex in exs])
        alone, both = Tally(), Tally()
        per_lang: dict[str, tuple[Tally, Tally]] = defaultdict(lambda: (Tally(), Tally()))
        for ex, said in zip(files[batch], rules, strict=True):
            scores = model.score(ex.text)
            kinds = combined(said, scores.probability, scores.likely_kinds, threshold)
            for pair in ((alone, both), per_lang[ex.lang]):
                pair[0].add(ex, said)
                pair[1].add(ex, kinds)
        print(f"  {batch} (rules at {commit}) rules: {alone.text()}")
        print(f"  {'':<27}+model: {both.text()}")
        for lang in LANGS:
            a, b = per_lang[lang]
            print(
                f"    {lang:<8} rules {a.caught}/{a.crises}, {a.alarms}/{a.harmless} false"
                f"  +model {b.caught}/{b.crises}, {b.alarms}/{b.harmless} false"
            )
        if details:
            print("\n".join(f"      {m}" for m in both.misses))


def on_arrival(commit: str, batch: Path) -> list[list] | None:
    """Rows of (folder, crisis, kind, rules' kinds, probability, model kinds) for `batch` and
    the scenarios held out on that day, by the detector of `commit` (its own training data)."""
    try:
        archive = subprocess.run(
            ["git", "archive", commit], cwd=ROOT, capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "main"
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
        (Path(folder) / "shared").symlink_to(ROOT.parent / "shared")  # the eval sets
        held = sorted((tree / "tests" / "navigator" / "scenarios_pending").glob("*.yaml"))
        out = subprocess.run(
            [sys.executable, "-c", _ON_ARRIVAL, str(batch), *map(str, held)],
            capture_output=True,
            text=True,
            check=True,
            cwd=tree,
            env={"PYTHONPATH": str(tree), "TSUNAGARI_CACHE_DIR": str(tree / "var")},
        ).stdout
    return json.loads(out)


def arrival_sweep(files: dict[str, list[Example]], threshold: float, details: bool) -> None:
    print("5. On arrival: rules and model as they were when each blind batch came, by threshold")
    crises: list[list] = []
    ordinary: list[list] = []
    seen: set[str] = set()  # a scenario batch held out on two arrival days counts once
    for batch, commit in ARRIVAL.items():
        path = next((p for p in crisis_model.training_files() if p.stem == batch), None)
        path = path or ROOT / "tests" / "navigator" / "crisis_pending" / f"{batch}.yaml"
        rows = on_arrival(commit, path) if path.exists() else None
        if rows is None:
            print(f"  {batch}: commit {commit} or the batch is not in this clone")
            continue
        crises += [r for r in rows if r[0] != "scenarios_pending"]
        held = [r for r in rows if r[0] == "scenarios_pending" and not r[1] and r[6] not in seen]
        seen.update(r[6] for r in rows if r[0] == "scenarios_pending")
        ordinary += held
        print(f"  {batch} at {commit}: " + _sweep_line(rows, (0.7, 0.75, 0.85)))
    if not crises:
        return
    print(
        f"  all batches ({sum(r[1] for r in crises)} crises, "
        f"{sum(not r[1] for r in crises)} near-misses; {len(ordinary)} ordinary requests):"
    )
    rules: list[tuple[str, Callable[[list], float]]] = [
        ("rules", lambda r: 1.01),
        *((f"{t:.2f} ", lambda r, t=t: t) for t in ARRIVAL_THRESHOLDS),
        (f"{crisis_model.WELL_READ_THRESHOLD:.2f} well read, else {crisis_model.THRESHOLD:.2f}",
         _well_read_threshold),
    ]  # fmt: skip
    for label, least in rules:
        caught = sum(bool(r[3]) or r[4] >= least(r) for r in crises if r[1])
        kind = sum(
            (r[2] in r[3]) if r[3] else (r[4] >= least(r) and r[2] in r[5]) for r in crises if r[1]
        )
        near = sum(bool(r[3]) or r[4] >= least(r) for r in crises if not r[1])
        alarms = sum(bool(r[3]) or r[4] >= least(r) for r in ordinary)
        print(
            f"    {label} crises {caught}, right kind {kind}; false alarms: near-misses "
            f"{near}, ordinary requests {alarms}/{len(ordinary)}"
        )


def _well_read_threshold(row: list) -> float:
    """Today's threshold for a row: lower where the message gave the model enough features."""
    features, latin = row[7], row[8]
    needed = crisis_model.WELL_READ_FEATURES_LATIN if latin else crisis_model.WELL_READ_FEATURES
    well_read = features >= needed
    return crisis_model.WELL_READ_THRESHOLD if well_read else crisis_model.THRESHOLD


def _sweep_line(rows: list[list], thresholds: Sequence[float]) -> str:
    own = [r for r in rows if r[0] != "scenarios_pending"]
    parts = []
    for t in thresholds:
        caught = sum(bool(r[3]) or r[4] >= t for r in own if r[1])
        near = sum(bool(r[3]) or r[4] >= t for r in own if not r[1])
        parts.append(f"{t:.2f}: {caught}/{sum(r[1] for r in own)}, {near} false")
    return "; ".join(parts)


def _after(name: str, batch: str) -> bool:
    """The batch itself and batches written after it (numbered higher)."""
    return name.startswith("batch_") and name >= batch


def cost(files: dict[str, list[Example]]) -> None:
    print("4. Cost")
    examples = [ex for exs in files.values() for ex in exs]
    start, cpu = time.perf_counter(), time.process_time()
    model = train(examples)
    print(
        f"  training on {len(examples)} messages, once per process: "
        f"{time.perf_counter() - start:.2f} s ({time.process_time() - cpu:.2f} s of CPU)"
    )
    texts = [ex.text for ex in examples]
    per = []
    for text in texts:
        start = time.perf_counter()
        model.score(text)
        per.append((time.perf_counter() - start) * 1000)
    p99 = float(np.percentile(per, 99))
    print(f"  model per message: median {statistics.median(per):.3f} ms, p99 {p99:.3f} ms")
    for learned in (False, True):
        detect_crisis("warm up", "en", learned=learned)
        per = []
        for ex in examples:
            start = time.perf_counter()
            detect_crisis(ex.text, ex.lang, learned=learned)
            per.append((time.perf_counter() - start) * 1000)
        label = "rules + model" if learned else "rules alone  "
        print(
            f"  detect_crisis, {label}: median {statistics.median(per):.3f} ms,"
            f" p99 {float(np.percentile(per, 99)):.3f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, default=crisis_model.THRESHOLD)
    parser.add_argument("--skip-history", action="store_true")
    parser.add_argument("--sections", default="12345", help="which sections to print")
    parser.add_argument("--details", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    files = labelled_files()
    print(f"Labelled files: {', '.join(f'{k} ({len(v)})' for k, v in files.items())}")
    print(f"Threshold: {args.threshold}")
    sections: dict[str, Callable[..., None]] = {
        "1": leave_one_file_out,
        "2": validation,
        "3": before_tuning,
        "4": lambda files, *_: cost(files),
        "5": arrival_sweep,
    }
    for key in args.sections:
        if not (key in "35" and args.skip_history):
            sections[key](files, args.threshold, args.details)


if __name__ == "__main__":
    main()
