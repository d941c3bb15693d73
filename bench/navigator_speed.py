"""Navigator speed: engine latency on the real catalog and on 100,000 synthetic services,
and HTTP throughput of a navigator step against a trivial page of the same server.

Prints figures next to the targets of the navigator issue; it is not a test and asserts
nothing. The engine is measured alone (no Django); the HTTP part starts gunicorn with the
development settings on a copy of the SQLite catalog that `make setup` built (or on
DATABASE_URL when it is set), drives it over loopback with a bounded number of requests
from a few threads, and stops it.

gunicorn serves with config/gunicorn.py, as in production (ADR 0012). Requests per second
depend on whatever else the (2-core, shared) machine runs, client threads included; the
workers' CPU per request (from /proc) does not, so it is printed too.

Measured on 2026-11-28 (load 6-8 from other work, so req/s are low): before the start-up,
GC and usage-counter work (commits 544840f, ce00b97) and the crisis pieces (3f3faf5),
workers' CPU per navigate 9.6-10.7 ms, healthz 1.1-1.3 ms, ratio 0.13 by req/s; after,
navigate 5.8 ms, healthz 0.9 ms (CPU ratio 0.16), req/s ratio 0.13-0.22 depending on load.
In-process (Django test of the WSGI app, CPU): engine ~4.8 ms of 6.6 ms per request, of
which ranking ~2.1 (BM25 0.55, search terms 0.28), crisis ~1.3, needs ~1.0, language 0.25;
presenter 0.24, counters 0.14, Django and JSON ~1.4 (healthz alone ~0.5).

Measured on 2026-11-29 (load 3.5-6.8, see ADR 0012's second addendum): idle crisis slots
answer at once, one BM25 add.at per field, 16 services scored in detail at a time, and
smaller things (16a85f7, f4463e0, 56c233d). In-process engine CPU per message (minimum of
5 passes, before and after alternating): 180 dev and crisis texts 2.98-3.65 -> 2.16-2.93
ms, crisis detection alone 0.54-0.73 -> 0.41-0.60 ms (overlapping: within the noise).
`--skip-synthetic --requests 300` back to back (load 3.2-4.7): workers' CPU per navigate
7.33 ms before, 5.17-5.73 after (healthz 1.00-1.57), navigate 124 -> 172-182 req/s; the
req/s ratio (0.16 before, 0.19-0.35 after) follows healthz, which moved 500-970 req/s
between runs. The ratio is not met.

Session 7 (2026-11-29, load 2.4): a guided step (the answers of tapped tiles, no free text,
as the web flow sends when a person does not type) is measured beside free text. Workers'
CPU per request: healthz 0.42 ms, free text 3.45 ms, guided step 1.55 ms; ratios by req/s
0.16 and 0.32. The gap between in-process and worker CPU is mostly cold caches (ADR 0012,
third addendum): the client and the other worker evict the engine's working set.

Session 9 (2026-11-29, load ~1, a machine about twice as slow as at session 8's end:
healthz worker CPU 1.93 ms against 0.83-0.98): real median 5.7 ms, p99 10.6 ms; 100k median
17.2 ms, p99 39.1 ms; healthz 641 req/s, free text 182 (ratio 0.28), guided 380 (0.59); workers'
CPU healthz 1.93 ms, free text 9.07 (4.7x), guided 3.97. Engine CPU per message at session 8's
last commit and now, back to back: 2.73/3.71/2.66 ms and 3.38/3.61/3.11 ms; need scoring rose
from ~0.25 to ~0.46 ms (each lexicon tries every `other_senses` phrase, unindexed) and crisis
detection by ~0.2 ms (more lexicon entries, the smoke pass). With the phrases filed under
their anchors (ee790d3), need scoring is back to ~0.31 ms (three runs: 3.13, 3.26, 4.47 ms a
message in all, the last one disturbed).

Session 10 (2026-11-29, a faster machine: healthz worker CPU 0.50-0.55 ms). At the session's
start (4230e8f, load ~1): real median 1.6 ms, p99 3.6; healthz 2056 req/s, free text 598
(ratio 0.29), guided 1167 (0.57); workers' CPU 0.50 / 2.83 / 1.15 ms. At its end (170c084, load
1.6-2.2): real median 1.9 ms, p99 7.4; 100k median 8.8, p99 19.2; healthz 1805, free text 509
(0.28), guided 1021 (0.57); workers' CPU 0.55 / 3.28 / 1.37 ms. Engine CPU per message over
the 180 dev texts, back to back: 1.46-1.69 ms at the start, 1.55-1.86 at the end (the larger
lexicons of two blind batches). Compiling the engine with mypyc was tried and dropped: its
time is in regex, dict and set calls, and two compiled modules ran no faster.

Session 11 (2026-11-29, a machine about three times slower than session 10's: healthz
worker CPU 0.85-1.45 ms, engine median 5.1 ms at the start on unchanged code). At the start
(fdb5a2a, load ~1): healthz 488 req/s, free text 98 (0.20), guided 144 (0.30); workers' CPU
1.45 / 9.15 / 4.98 ms. After the learned ranking model (ADR 0014; 16:56, load 1.2-2.2): real
median 5.6 ms, p99 11.1; 100k median 22.2, p99 30.1; healthz 1250 req/s, free text 194 (0.16),
guided 557 (0.45); workers' CPU 0.85 / 9.23 / 2.80 ms. The model costs 0.4-0.7 ms a message
here (in-process A/B over the 180 dev texts, alternating), ~10 % of the engine: the n-gram
features of the text and a product with 1080 training messages' coefficients.

Session 12 (2026-11-29, load 0.7, eleven more crisis families in every lexicon, the model
trained on 1440 messages; c7b32f2): real median 3.8 ms, p99 8.7; 100k median 17.2, p99 52.0;
healthz 1374 req/s, free text 339 (0.25), guided 834 (0.61); workers' CPU 0.75 / 5.00 /
1.65 ms. The free-text ratio is still not met.

Session 14 (2026-11-30, a fast, quiet machine: load ~1, healthz worker CPU 0.43 ms; b86ff99,
crisis families Y and Z applied): real median 1.8 ms, p99 4.0; healthz 2397 req/s, free
text 539 (0.22), guided 1281 (0.53); workers' CPU 0.43 / 3.13 / 1.03 ms. In-process engine CPU
per message over the 180 dev texts 1.58 ms: crisis 0.63, ranking 0.54, needs 0.16, reading
0.11, language 0.10. Through Django's test client a free-text navigate costs 3.05 ms against
0.22 for healthz: the engine is ~75 % of it, and what is left (Django, the API layer, the
presenter, the counters, ~0.8 ms) already costs about what a whole guided step does (0.53).
For 0.5 the engine would have to read free text in about a fifth of its time; not met.
At the session's end (ed05ac2: five more crisis families, the model on 1800 messages; quiet,
load ~1): real median 2.0 ms, p99 4.2; 100k median 8.1, p99 20.8; two HTTP runs back to back,
healthz 2466 / 2939 req/s, free text 464 / 549 (0.19 both), guided 1212 / 1496 (0.49 / 0.51);
workers' CPU 0.37 / 3.60 / 1.03 ms and 0.33 / 3.10 / 0.87 ms.

Session 15 (2026-11-30, a slower machine than session 14's end: healthz worker CPU 0.58-0.65
ms against 0.33-0.37; load ~1; d0a66e4: API answers encoded with orjson, ADR 0015, and a
guided step's parts timed one by one: engine 0.25 ms, presenter 0.05, counters 0.03, JSON
0.10 -> 0.01): real median 3.1 ms, p99 6.0; 100k median 13.5, p99 36.5; two HTTP runs back to
back, healthz 1555 / 1617 req/s, free text 397 / 408 (0.26 / 0.25), guided 1014 / 1073
(0.65 / 0.66); workers' CPU 0.58 / 4.20 / 1.23 ms and 0.65 / 4.20 / 1.20 ms. Need features in
the learned model (the rules' needs as extra features, leave-one-batch-out) were tried and
dropped: hit@1 0.741 without, 0.734 and 0.731 at two scales. The free-text ratio is not met.

Session 16 (2026-11-30, a slower machine again: healthz worker CPU 1.17 ms; 80161da, the model
on 2160 messages, data-only changes to the engine): real median 5.0 ms, p99 11.4; 100k median
15.9, p99 29.4; healthz 866 req/s, free text 219 (0.25), guided 614 (0.71); workers' CPU 1.17 /
7.92 / 2.35 ms. The free-text ratio is still not met.

Session 17 (2026-11-30, load 1.4-2.2; a90b0e6): the crisis slots' spans, weak findall and
masks (signals, harmless, explained_<kind>) ran their whole alternation, hundreds of
fragments tried at every position, whenever one fragment could match; they now run only
the live pieces (17,320 pieces compiled at start-up instead of 11,153, +1.3 s CPU once).
Answers byte-identical on 5,966 `tsunagari ask --jsonl` requests. In process, 600 texts
of the check set (dev, fresh and pending batches, half of them crisis batches), A/B
alternating at load ~4: navigate 4.39-4.50 -> 3.12-3.27 ms a message, crisis detection
2.45 -> 1.44 ms. Two HTTP runs each, before (851b939) and after back to back: healthz 1238
/ 1866 and 1328 / 1918 req/s, free text 161 / 349 and 207 / 384 (0.13 / 0.19 -> 0.16 /
0.20), guided 539 / 1117 and 577 / 1052; workers' CPU healthz 0.50-0.53 ms throughout,
free text 5.60 / 4.97 -> 4.37 / 4.37 ms. The free-text ratio is still not met.
At the session's end (cc06b2b: the crisis model with 284k features, more crisis families;
a quiet machine, healthz worker CPU 0.45 ms): real median 2.7 ms, p99 5.9; 100k median 13.2,
p99 36.3; healthz 2118 req/s, free text 521 (0.25), guided 1241 (0.59); workers' CPU 0.45 /
3.23 / 1.02 ms.

Session 18 (2026-11-30; 20cb6be, crisis model with 292k features, learned ranking model on 2520
messages; a slower machine, healthz worker CPU 0.68 ms, load ~1.4): real median 3.4 ms, p99
7.4; 100k median 14.9, p99 46.7; healthz 1539 req/s, free text 414 (0.27), guided 877 (0.57);
workers' CPU 0.68 / 4.07 / 1.45 ms. Tried and dropped: compiling the engine with mypyc (the
mypy in our dev tools). Its dataclasses with `np.ndarray` and `threading.Lock` fields did not
import compiled, `__file__` is not defined in a compiled module, and with six modules
compiled (crisis, its patterns and text, normalize, analysis, needs) the first call
segfaulted: not something to put in front of a person at 2 a.m. In process the engine's
time is spread flat (crisis rules ~0.9 ms, crisis model ~0.2, reading and needs ~0.6,
ranking ~1.2 of which the learned model ~0.16): no one part would bring the 2x needed.

Usage: python bench/navigator_speed.py [--rounds N] [--synthetic N] [--requests N]
       [--threads N] [--skip-synthetic] [--skip-http] [--profile]

Session 19 (2026-11-30; d8e7949's engine, a slower machine again: healthz worker CPU 1.22 ms, load
~1): real median 3.2 ms, p99 8.3; 100k median 13.7, p99 37.2; healthz 875 req/s, free text 229
(0.26), guided 518 (0.59); workers' CPU 1.22 / 7.47 / 2.85 ms. The crisis prefilter now reads the
strings a positive lookahead or lookbehind requires, so 22 whole-message conditions stopped
running on every message (piece searches 0.66 -> 0.47 ms a message in process; answers
byte-identical on 6,662 check texts). Profiling again found no hotspot: in process, crisis ~1.2
ms, ranking ~1.3 (BM25, search terms, the learned model, the first pass and the detailed scores
each 0.15-0.28), reading and needs ~0.75, spread over thousands of small Python calls. The
free-text ratio needs an engine about four times faster; not met.

Session 20 (2026-11-30; f9c5f4a, a quiet machine, load ~0.6, healthz worker CPU 0.62 ms): real
median 2.6 ms, p99 5.8; 100k median 10.5, p99 25.4; healthz 1610 req/s, free text 383 (0.24),
guided 880 (0.55); workers' CPU 0.62 / 4.42 / 1.52 ms. The only change on the request path is
a digest lookup when the crisis model is asked (labelled-harmless messages); not met.

Session 21 (2026-12-01; 508bb59, a quiet machine, load ~1.5, healthz worker CPU 0.47 ms; the
crisis model's well-read threshold, two more blind batches in both models): real median 2.0
ms, p99 4.1; 100k median 9.5, p99 20.9; healthz 1946 req/s, free text 553 (0.28), guided
1176 (0.60); workers' CPU 0.47 / 2.92 / 1.10 ms. In process over the 180 dev texts the engine
costs ~2.0 ms a message, spread flat again: ranking ~42 %, crisis ~31 %, needs ~16 %,
language ~5 % (lingua ~0.2 ms on a Latin-script message, not the lever it looked under the
profiler). The free-text ratio is still not met.

Session 22 (2026-12-01; bd17bb9's engine, measured while a fresh-clone `make test` ran beside
it, load ~3: healthz worker CPU 1.12 ms; four needs families and two crisis rounds, both models
on this session's batches): real median 2.7 ms, p99 5.2; 100k median 15.0, p99 60.9; healthz
617 req/s, free text 174 (0.28), guided 362 (0.59); workers' CPU 1.12 / 5.10 / 2.03 ms. The
ratios hold under load as they do on a quiet machine; the free-text ratio is still not met.
"""

from __future__ import annotations

import argparse
import cProfile
import http.client
import json
import os
import pstats
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import yaml

from tsunagari.catalog.postal import municipalities
from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.catalog.snapshot import Area, CatalogSnapshot, ServiceEntry
from tsunagari.core.processes import HOST, free_port, sqlite_copy, stop, wait_until_up
from tsunagari.navigator.engine.index import index_for
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.engine.types import NavigationRequest

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT.parent / "shared" / "eval" / "dev-scenarios.yaml"
SQLITE = ROOT / "var" / "tsunagari.sqlite3"
AT = datetime.fromisoformat("2026-11-25T14:00:00+09:00")  # a weekday afternoon in Japan
TARGETS = {"real_p99_ms": 20.0, "synthetic_p99_ms": 100.0, "http_ratio": 0.5}
SAMPLES = [
    ("ja", "adult", "仕事をクビになって家賃が払えない"),
    ("ja", "adult", "ひとり暮らしで誰とも話していない。さみしい"),
    ("ja", "adult", "夫に毎日どなられて怖い"),
    ("ja", "adult", "もう消えてしまいたい"),
    ("ja", "child", "学校でいじめられてる。先生にも言えない"),
    ("ja", "child", "親にたたかれる"),
    ("ja-easy", "adult", "おかね が ない。ごはん が かえない"),
    ("en", "adult", "I lost my job and I can't pay the rent"),
    ("zh-hans", "adult", "我在日本没有朋友，很孤独"),
    ("ko", "adult", "회사에서 괴롭힘을 당하고 있어요"),
    ("pt", "adult", "Meu marido me bate"),
    ("vi", "adult", "Tôi bị công ty không trả lương"),
    ("ne", "adult", "malai dherai ekla lagcha"),
    ("th", "adult", "ไม่มีเงินจ่ายค่าเช่าบ้าน"),
]


# --- messages and figures --------------------------------------------------------------


# Needs a worry tile or a situation answer names (flow.yaml): a guided step sends these,
# without free text, as the web flow does when a person taps instead of typing.
GUIDED_NEEDS = ("money", "housing", "work", "loneliness", "health", "family_trouble", "caregiving")


def messages() -> list[tuple[str, str, str]]:
    """(lang, audience, text) of the dev scenarios when present, else built-in samples."""
    if SCENARIOS.exists():
        items = yaml.safe_load(SCENARIOS.read_text(encoding="utf-8")) or []
        found = [(i["lang"], i.get("audience", "adult"), i["text"]) for i in items]
        if found:
            return found
    return SAMPLES


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the value that `share` of the values do not exceed."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def verdict(value: float, target: float, *, at_most: bool) -> str:
    met = value <= target if at_most else value >= target
    return f"{'≤' if at_most else '≥'} {target:g} {'met' if met else 'NOT MET'}"


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """Yields a list that holds the elapsed seconds once the block ends."""
    box: list[float] = []
    start = time.perf_counter()
    yield box
    box.append(time.perf_counter() - start)


# --- engine ----------------------------------------------------------------------------


def requests_for(
    texts: list[tuple[str, str, str]], municipalities_cycle: list[str] | None = None
) -> list[NavigationRequest]:
    found = []
    for n, (lang, audience, text) in enumerate(texts):
        municipality = (
            municipalities_cycle[n % len(municipalities_cycle)] if municipalities_cycle else None
        )
        found.append(
            NavigationRequest(
                text=text, lang=lang, audience=audience, municipality=municipality, at=AT
            )
        )
    return found


def latencies(
    snapshot: CatalogSnapshot, requests: list[NavigationRequest], rounds: int
) -> list[float]:
    for request in requests:  # warm caches: lexicons, analyser, per-snapshot index
        navigate(snapshot, request)
    found = []
    for _round in range(rounds):
        for request in requests:
            start = time.perf_counter()
            navigate(snapshot, request)
            found.append((time.perf_counter() - start) * 1000)
    return found


def report_latency(label: str, values: list[float], target: float) -> float:
    p99 = percentile(values, 0.99)
    print(
        f"  {label}: median {statistics.median(values):.1f} ms, p99 {p99:.1f} ms "
        f"(target p99 {verdict(p99, target, at_most=True)}; {len(values)} calls)"
    )
    return p99


def profile(snapshot: CatalogSnapshot, requests: list[NavigationRequest], label: str) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for request in requests:
        navigate(snapshot, request)
    profiler.disable()
    print(f"\n  Where the time goes ({label}, {len(requests)} calls; cumulative, top 18):")
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs().sort_stats("cumulative")
    stats.print_stats(18)


def synthetic_snapshot(real: CatalogSnapshot, size: int, national_share: float) -> CatalogSnapshot:
    """`size` services recombined from the real ones: texts and needs of three entries each.

    Most are municipal desks spread over every municipality (as a full catalog of Japan
    would be), the rest national; each keeps its base entry's audience, hours and contacts.
    """
    base = real.services
    codes = [c for c, row in municipalities().items() if row["kind"] != "prefecture"]
    entries: list[ServiceEntry] = []
    for n in range(size):
        first, second, third = (
            base[n % len(base)],
            base[(n * 7 + 3) % len(base)],
            base[(n * 13 + 5) % len(base)],
        )
        texts = {
            lang: {
                **fields,
                "summary": second.texts.get(lang, {}).get("summary", fields.get("summary", "")),
                "for_whom": third.texts.get(lang, {}).get("for_whom", fields.get("for_whom", "")),
            }
            for lang, fields in first.texts.items()
        }
        needs = tuple(dict.fromkeys((*first.needs[:2], *second.needs[:1])))
        national = (n % 1000) < national_share * 1000
        area = first.area if national else Area(level="municipality", code=codes[n % len(codes)])
        entries.append(replace(first, id=f"synthetic-{n:06d}", texts=texts, needs=needs, area=area))
    return CatalogSnapshot(
        services=tuple(entries),
        needs=real.needs,
        version="synthetic",
        by_id={e.id: e for e in entries},
    )


def engine_figures(args: argparse.Namespace) -> None:
    texts = messages()
    source = "dev scenarios" if SCENARIOS.exists() else "built-in samples"
    print(f"Engine latency ({len(texts)} messages, {source})")
    real = snapshot_from_seed_files()
    with stopwatch() as built:
        index_for(real)
    print(f"  real catalog: {len(real.services)} services, index built in {built[0]:.2f} s")
    requests = requests_for(texts)
    p99 = report_latency(
        "real catalog", latencies(real, requests, args.rounds), TARGETS["real_p99_ms"]
    )
    if args.profile or p99 > TARGETS["real_p99_ms"]:
        profile(real, requests, "real catalog")
    if args.skip_synthetic:
        return
    with stopwatch() as made:
        synthetic = synthetic_snapshot(real, args.synthetic, args.national_share)
    national = sum(e.area.level == "national" for e in synthetic.services)
    print(
        f"  synthetic catalog: {len(synthetic.services):,} services ({national:,} national, "
        f"the rest municipal), generated in {made[0]:.1f} s"
    )
    with stopwatch() as built:
        index_for(synthetic)
    print(
        f"  synthetic catalog: index built in {built[0]:.1f} s "
        "(once per catalog version and worker)"
    )
    local = [c for c, row in municipalities().items() if row["kind"] != "prefecture"]
    mixed = requests_for(texts, [local[(n * 37) % len(local)] for n in range(len(texts))])
    synthetic_requests = [
        r if n % 2 else replace(r, municipality=None) for n, r in enumerate(mixed)
    ]
    p99 = report_latency(
        "100k synthetic", latencies(synthetic, synthetic_requests, 1), TARGETS["synthetic_p99_ms"]
    )
    if args.profile or p99 > TARGETS["synthetic_p99_ms"]:
        profile(synthetic, synthetic_requests[:20], "100k synthetic")


# --- HTTP --------------------------------------------------------------------------------


def call(port: int, method: str, path: str, body: bytes | None = None) -> float:
    """One request on a fresh connection (gunicorn's sync workers close after each)."""
    start = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=120)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{method} {path} answered {response.status}")
    finally:
        connection.close()
    return time.perf_counter() - start


def drive(calls: list[Callable[[], float]], threads: int) -> tuple[float, list[float]]:
    """Run every call from `threads` threads; (requests per second, latencies in s)."""
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        times = list(pool.map(lambda job: job(), calls))
    return len(calls) / (time.perf_counter() - start), times


@contextmanager
def gunicorn(workdir: Path, settings: str) -> Iterator[tuple[int, int]]:
    """(port, pid of the master) of gunicorn serving with config/gunicorn.py."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings, "DEBUG": "false"}
    if not os.environ.get("DATABASE_URL"):
        if not SQLITE.exists():
            raise RuntimeError(f"{SQLITE} is missing: run `make setup` first")
        copy = workdir / "bench.sqlite3"
        sqlite_copy(SQLITE, copy)  # the usage counters of the bench stay out of var/
        env["DATABASE_URL"] = f"sqlite:///{copy}"
        subprocess.run(
            [sys.executable, "-m", "django", "migrate", "--noinput", "-v0"],
            env=env,
            cwd=ROOT,
            check=True,
        )
        if not sqlite_services(copy):
            raise RuntimeError(f"the catalog in {SQLITE} is empty: run `make setup` first")
    port = free_port()
    log = (workdir / "gunicorn.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--workers", "2",
         "--config", str(ROOT / "config" / "gunicorn.py"),
         "--bind", f"127.0.0.1:{port}", "--timeout", "120", "--log-level", "warning"],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_until_up(f"http://{HOST}:{port}", process, timeout_seconds=180)
        yield port, process.pid
    except (RuntimeError, OSError):
        tail = (workdir / "gunicorn.log").read_text(errors="replace").splitlines()[-25:]
        print("gunicorn log (last lines):", *tail, sep="\n  ", file=sys.stderr)
        raise
    finally:
        stop(process)
        log.close()


def sqlite_services(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM catalog_service").fetchone()[0])


def workers_cpu_seconds(master: int) -> float | None:
    """CPU time (user + system) the master's workers have used so far; None without /proc.

    Unlike requests per second, this does not depend on what else runs on the machine.
    """
    total, found = 0.0, False
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master:  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            found = True
    return total if found else None


def http_figures(args: argparse.Namespace) -> None:
    bodies = [
        json.dumps({"text": text, "lang": lang, "audience": audience}).encode()
        for lang, audience, text in messages()
    ]
    guided = [
        json.dumps(
            {"lang": lang, "audience": "adult", "answers": {"worry": f"need:{need}"}}
        ).encode()
        for lang in ("ja", "en", "pt", "vi")
        for need in GUIDED_NEEDS
    ]
    print(f"\nHTTP throughput (gunicorn, 2 workers, {args.threads} client threads, loopback)")
    with (
        tempfile.TemporaryDirectory(prefix="tsunagari-bench-") as workdir,
        gunicorn(Path(workdir), args.settings) as (port, master),
    ):

        def step(n: int) -> Callable[[], float]:
            return lambda: call(port, "POST", "/api/v1/navigate", bodies[n % len(bodies)])

        def trivial(_n: int) -> Callable[[], float]:
            return lambda: call(port, "GET", "/healthz")

        def tap(n: int) -> Callable[[], float]:
            return lambda: call(port, "POST", "/api/v1/navigate", guided[n % len(guided)])

        # Each worker builds its snapshot and index, and loads each language's data, on
        # first use: warm up over every message until a whole pass is quick.
        for _attempt in range(10):
            _rps, times = drive([step(n) for n in range(len(bodies) * 2)], args.threads)
            if max(times) < 0.5:
                break
        results, cpu = {}, {}
        steps = (
            ("GET /healthz", trivial),
            ("POST /api/v1/navigate", step),
            ("POST guided answers", tap),
        )
        for label, make in steps:
            drive([make(n) for n in range(args.threads * 4)], args.threads)  # warm
            before = workers_cpu_seconds(master)
            rps, times = drive([make(n) for n in range(args.requests)], args.threads)
            after = workers_cpu_seconds(master)
            results[label] = rps
            if before is not None and after is not None:
                cpu[label] = (after - before) / args.requests * 1000
            print(
                f"  {label:<22} {rps:7.1f} req/s  (median {statistics.median(times) * 1000:.1f} "
                f"ms, p99 {percentile(times, 0.99) * 1000:.1f} ms; {args.requests} requests)"
            )
    ratio = results["POST /api/v1/navigate"] / results["GET /healthz"]
    target = verdict(ratio, TARGETS["http_ratio"], at_most=False)
    print(f"  ratio navigate / healthz: {ratio:.2f} (target {target})")
    guided_ratio = results["POST guided answers"] / results["GET /healthz"]
    target = verdict(guided_ratio, TARGETS["http_ratio"], at_most=False)
    print(
        f"  ratio guided step (answers, no free text) / healthz: {guided_ratio:.2f} "
        f"(target {target})"
    )
    if len(cpu) >= 2:
        healthz, step_cpu = cpu["GET /healthz"], cpu["POST /api/v1/navigate"]
        print(
            f"  workers' CPU per request: healthz {healthz:.2f} ms, navigate {step_cpu:.2f} ms "
            f"(ratio {healthz / step_cpu:.2f}; the same on a busy machine, where req/s is not)"
        )
        tap_cpu = cpu.get("POST guided answers")
        if tap_cpu:
            print(f"  workers' CPU per guided step: {tap_cpu:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=5, help="passes over the messages (real)")
    parser.add_argument("--synthetic", type=int, default=100_000, help="synthetic catalog size")
    parser.add_argument("--national-share", type=float, default=0.1)
    parser.add_argument("--requests", type=int, default=400, help="HTTP requests per endpoint")
    parser.add_argument("--threads", type=int, default=4, help="HTTP client threads")
    parser.add_argument("--settings", default="config.settings.dev", help="for the HTTP part")
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--profile", action="store_true", help="always print profiles")
    args = parser.parse_args()
    engine_figures(args)
    if not args.skip_http:
        http_figures(args)


if __name__ == "__main__":
    main()
