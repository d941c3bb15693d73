"""PDF memo speed per language: a 10-service memo with its Japanese desk page.

The answer has 10 services: the memo gives the first five in full and the other five
in short (name, open now, one contact and its hours), and the desk page lists all ten
(docs/decisions/0005-pdf-memo.md).

Prints, per language, the median (and fastest) wall time of warm renders, the median
CPU time of this process (less sensitive to other work on a shared machine), pages
and size; and the cold first call of the process (fonts, caches). Target: a median
of at most 250 ms in every language (docs/decisions/0005-pdf-memo.md).

Every round renders the same memo, so from the second render on every line of it is
measured already (tsunagari/memo/line_cache.py); `--forget-lines` empties that store
before each render, to time a memo none of whose lines the worker has measured (after
one other memo, 63-80 % of a new answer's lines are found there).

Usage: python bench/memo_speed.py [--rounds 15] [--langs ja,en,...] [--without-subsets]
                                  [--without-shortcuts] [--forget-lines]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from tsunagari.catalog.records import snapshot_from_seed_files  # noqa: E402
from tsunagari.core.languages import LANGUAGE_CODES  # noqa: E402
from tsunagari.memo.fonts import available_subsets, harfbuzz_subset_available  # noqa: E402
from tsunagari.memo.line_cache import forget as forget_lines  # noqa: E402
from tsunagari.memo.render import font_configuration, render_memo  # noqa: E402
from tsunagari.memo.weasyprint_speed import install as install_shortcuts  # noqa: E402
from tsunagari.navigator.engine.navigate import navigate  # noqa: E402
from tsunagari.navigator.presenter import answer_payload  # noqa: E402
from tsunagari.navigator.requests import parse_request  # noqa: E402

AT = datetime(2026, 11, 25, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
ANSWERS = {"worry": "need:loneliness", "worry_2": "need:housing"}
REOPEN = "https://tsunagari.example/r/resume?t=eyJuIjpbImxvbmVsaW5lc3MiXX0.signature"
TARGET_MS = 250


def timed(render: object) -> tuple[float, float, bytes]:
    wall, cpu = time.perf_counter(), time.process_time()
    pdf = render()  # type: ignore[operator]
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, pdf


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--langs", default=",".join(LANGUAGE_CODES))
    parser.add_argument(
        "--without-subsets", action="store_true", help="Full CJK faces only, to compare."
    )
    parser.add_argument(
        "--without-shortcuts",
        action="store_true",
        help="WeasyPrint without tsunagari/memo/weasyprint_speed.py (nor the line store).",
    )
    parser.add_argument(
        "--forget-lines",
        action="store_true",
        help="Empty the store of measured lines before each render (a worst case).",
    )
    args = parser.parse_args()
    if args.without_shortcuts:
        install_shortcuts(enabled=False)
    if args.without_subsets:
        settings.MEMO_FONT_DIR = ROOT / "var" / "no-such-font-dir"
    snapshot = snapshot_from_seed_files()

    def renderer(lang: str) -> object:
        data = {"lang": lang, "answers": ANSWERS, "at": AT.isoformat()}
        request = parse_request(data)
        payload = answer_payload(navigate(snapshot, request), snapshot)
        assert len(payload["services"]) == 10, "the bench answer has 10 services"

        def render() -> bytes:
            if args.forget_lines:
                forget_lines(font_configuration())
            return render_memo(payload, snapshot, lang=lang, at=AT, reopen_url=REOPEN)

        return render

    print(
        f"HarfBuzz-Subset: {harfbuzz_subset_available()}; "
        f"CJK subsets: {', '.join(available_subsets()) or 'none (make memo-fonts)'}"
    )
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    langs = args.langs.split(",")
    cold_wall, cold_cpu, _pdf = timed(renderer(langs[0]))
    print(f"cold first call ({langs[0]}): {cold_wall:.0f} ms wall, {cold_cpu:.0f} ms CPU")
    print(
        f"{'lang':8} {'median':>7} {'fastest':>8} {'CPU med':>8} {'first':>6} "
        f"{'pages':>5} {'KB':>4}  target"
    )
    worst = 0.0
    for lang in langs:
        render = renderer(lang)
        first, _cpu, pdf = timed(render)
        runs = [timed(render)[:2] for _ in range(args.rounds)]
        median = statistics.median(wall for wall, _ in runs)
        worst = max(worst, median)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(
            f"{lang:8} {median:7.0f} {min(w for w, _ in runs):8.0f} "
            f"{statistics.median(c for _, c in runs):8.0f} {first:6.0f} {pages:5d} "
            f"{len(pdf) // 1024:4d}  {'ok' if median <= TARGET_MS else 'OVER'}"
        )
    print(
        f"load average at end: {os.getloadavg()[0]:.2f}; "
        f"slowest median {worst:.0f} ms (target {TARGET_MS} ms)"
    )


if __name__ == "__main__":
    main()
