"""Checks of one imported row, in plain words a municipal clerk can act on.

CSV columns (all optional but `id`; a new entry also needs `name_ja` and `kind`):
id, status, kind, organization, needs (separated by ;), name_<lang>, summary_<lang>,
for_whom_<lang>, what_you_get_<lang>, next_step_<lang>, phone, phone_hours, url, email,
min_age, max_age, languages (separated by ;), municipality_code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tsunagari.catalog.jis import is_valid_code
from tsunagari.catalog.records import Record, contact_kind
from tsunagari.catalog.snapshot import SERVICE_KINDS, TEXT_FIELDS
from tsunagari.core.languages import LANGUAGE_CODES, MULTIPLE_LANGUAGES

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,79}$")
PHONE = re.compile(r"^(#\d{4}|\d{3,4}|0[\d-]{9,13})$")
URL = re.compile(r"^https?://[^\s]+$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_phone_number(value: str) -> bool:
    """A short code (#8008, 189) or a 10–11 digit number starting with 0."""
    digits = value.replace("-", "")
    if not PHONE.match(value):
        return False
    return not digits.startswith("0") or len(digits) in (10, 11)


@dataclass(frozen=True)
class RowProblem:
    field: str
    message: str


def _text(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value).strip()


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def check_row(
    row: dict[str, Any], needs: frozenset[str], municipalities: frozenset[str]
) -> list[RowProblem]:
    problems: list[RowProblem] = []

    def problem(field: str, message: str) -> None:
        problems.append(RowProblem(field, message))

    slug = _text(row, "id")
    if not SLUG.match(slug):
        problem("id", f"'{slug}' is not a valid id (lower-case letters, digits and hyphens).")
    kind = _text(row, "kind")
    if kind and kind not in SERVICE_KINDS:
        problem("kind", f"'{kind}' is not one of: {', '.join(SERVICE_KINDS)}.")
    status = _text(row, "status")
    if status and status not in ("active", "ended"):
        problem("status", f"'{status}' must be 'active' or 'ended'.")
    for need in _split(_text(row, "needs")):
        if need not in needs:
            problem("needs", f"'{need}' is not a need in the taxonomy.")
    for code in _split(_text(row, "languages")):
        if code not in (*LANGUAGE_CODES, MULTIPLE_LANGUAGES):
            problem("languages", f"'{code}' is not a language code we use.")
    _check_contacts(row, problem)
    _check_ages(row, problem)
    code = _text(row, "municipality_code")
    if code and not (is_valid_code(code) and code in municipalities):
        problem("municipality_code", f"'{code}' is not a known 6-digit local government code.")
    return problems


def _check_contacts(row: dict[str, Any], problem: Any) -> None:
    phone = _text(row, "phone")
    if phone and not is_phone_number(phone):
        problem("phone", f"'{phone}' does not look like a Japanese phone number.")
    url = _text(row, "url")
    if url and not URL.match(url):
        problem("url", f"'{url}' must start with http:// or https://.")
    email = _text(row, "email")
    if email and not EMAIL.match(email):
        problem("email", f"'{email}' is not an e-mail address.")


def _check_ages(row: dict[str, Any], problem: Any) -> None:
    ages = {}
    for key in ("min_age", "max_age"):
        value = _text(row, key)
        if value and not (value.isdigit() and int(value) <= 120):
            problem(key, f"'{value}' must be a whole number of years.")
        elif value:
            ages[key] = int(value)
    if ages.get("min_age", 0) > ages.get("max_age", 120):
        problem("max_age", "The maximum age is below the minimum age.")


def record_patch_from_row(row: dict[str, Any]) -> Record:
    """Only the fields the row fills: an upsert keeps whatever a row leaves empty."""
    patch: Record = {"id": _text(row, "id")}
    for key in ("status", "kind", "organization"):
        if _text(row, key):
            patch[key] = _text(row, key)
    for key in ("needs", "languages"):
        if _text(row, key):
            patch[key] = _split(_text(row, key))
    for key in ("min_age", "max_age"):
        if _text(row, key).isdigit():
            patch[key] = int(_text(row, key))
    if _text(row, "municipality_code"):
        patch.update(
            area_level="municipality",
            area_code=_text(row, "municipality_code"),
            desk_level="municipal",
        )
    texts = {
        lang: {f: _text(row, f"{f}_{lang}") for f in TEXT_FIELDS if _text(row, f"{f}_{lang}")}
        for lang in LANGUAGE_CODES
    }
    patch["texts"] = {lang: fields for lang, fields in texts.items() if fields}
    contacts = _contacts(row)
    if contacts:
        patch["contacts"] = contacts
    return patch


def _contacts(row: dict[str, Any]) -> list[Record]:
    contacts = []
    for key, kind in (("phone", "phone"), ("url", "url"), ("email", "email")):
        value = _text(row, key)
        if value:
            contacts.append(
                {
                    "kind": contact_kind(kind, value),
                    "value": value,
                    "label": "",
                    "hours_text": _text(row, "phone_hours") if key == "phone" else "",
                    "cost_text": "",
                    "schedule": None,
                }
            )
    return contacts
