"""`tsunagari catalog import FILE`: HSDS JSON or CSV from a municipality or NPO.

Every row is validated first; any invalid row means nothing is written, and each
problem is reported with file, row and field in plain words. Otherwise rows are
upserted by id, each change a new published revision.
CSV columns are documented in docs/operations/catalog-import.md.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from tqdm import tqdm

from tsunagari.catalog.conversion import record_from_service
from tsunagari.catalog.hsds import validation_errors
from tsunagari.catalog.models import Municipality, Need, Service
from tsunagari.catalog.records import Record
from tsunagari.catalog.row_checks import RowProblem, check_row, record_patch_from_row
from tsunagari.catalog.services import LoadReport, service_write_record

PROGRESS_THRESHOLD = 200  # rows; a bar on smaller files is only noise


@dataclass
class RowError:
    file: str
    row: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}, row {self.row}, field '{self.field}': {self.message}"


@dataclass
class ImportResult:
    count: int = 0
    errors: list[RowError] = field(default_factory=list)
    report: LoadReport = field(default_factory=LoadReport)


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Rows as dicts: CSV rows, or HSDS service objects translated to the CSV's columns."""
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from csv.DictReader(handle)
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError("an HSDS file must hold a JSON array of service objects")
    for service in data:
        yield {"__hsds__": service}


def catalog_import(*, path: Path, dry_run: bool = False) -> ImportResult:
    result = ImportResult()
    try:
        rows = list(read_rows(path))
    except (ValueError, UnicodeDecodeError, csv.Error) as error:
        result.errors.append(RowError(path.name, 0, "(file)", str(error)))
        return result
    known = KnownValues.load()
    patches = []
    for number, row in enumerate(progress(rows), start=1):
        problems, patch = validate_row(row, known)
        result.errors.extend(RowError(path.name, number, p.field, p.message) for p in problems)
        patches.append(patch)
    result.count = len(rows)
    if result.errors:
        return result
    with transaction.atomic():
        for patch in patches:
            service_upsert_patch(patch=patch, report=result.report)
        if dry_run:
            transaction.set_rollback(True)
    return result


def progress(rows: list[dict[str, Any]]) -> Any:
    if len(rows) < PROGRESS_THRESHOLD:
        return rows
    return tqdm(rows, desc="Checking rows", unit="row", file=sys.stderr)


@dataclass
class KnownValues:
    needs: frozenset[str]
    municipalities: frozenset[str]

    @classmethod
    def load(cls) -> KnownValues:
        return cls(
            needs=frozenset(Need.objects.values_list("slug", flat=True)),
            municipalities=frozenset(Municipality.objects.values_list("code", flat=True)),
        )


def validate_row(row: dict[str, Any], known: KnownValues) -> tuple[list[RowProblem], Record]:
    if "__hsds__" in row:
        service = row["__hsds__"]
        problems = [RowProblem("(schema)", m) for m in validation_errors(service)]
        if problems:
            return problems, {}
        row = hsds_to_row(service)
    return check_row(row, known.needs, known.municipalities), record_patch_from_row(row)


def hsds_to_row(service: dict[str, Any]) -> dict[str, Any]:
    """The CSV columns an HSDS service object fills (extras we export come back too)."""
    lang = service.get("tsunagari_lang", "ja")
    phones = service.get("phones") or []
    return {
        "id": service.get("tsunagari_id") or service["id"],
        "status": "ended" if service.get("status") == "defunct" else "active",
        "kind": service.get("tsunagari_kind", "consultation_desk"),
        "organization": (service.get("organization") or {}).get("name", ""),
        "needs": ";".join(service.get("tsunagari_needs") or []),
        f"name_{lang}": service.get("name", ""),
        f"summary_{lang}": service.get("description", ""),
        f"for_whom_{lang}": service.get("eligibility_description", ""),
        f"what_you_get_{lang}": service.get("tsunagari_what_you_get", ""),
        f"next_step_{lang}": service.get("application_process", ""),
        "phone": phones[0]["number"] if phones else "",
        "url": service.get("url", ""),
        "email": service.get("email", ""),
        "min_age": service.get("minimum_age", ""),
        "max_age": service.get("maximum_age", ""),
        "languages": ";".join(lang["code"] for lang in service.get("languages") or []),
        "municipality_code": next(
            (
                a.get("extent")
                for a in service.get("service_areas") or []
                if (a.get("extent") or "JP") != "JP"
            ),
            "",
        ),
    }


def service_upsert_patch(*, patch: Record, report: LoadReport) -> None:
    """Overlay a row on the current entry (or a new one): fields it leaves empty are kept."""
    service = Service.objects.filter(slug=patch["id"]).first()
    record = record_from_service(service) if service else empty_record(patch["id"])
    texts = patch.pop("texts", {})
    record.update(patch)
    for lang, fields in texts.items():
        record["texts"].setdefault(lang, {}).update(fields)
    service_write_record(record=record, service=service, report=report)


def empty_record(slug: str) -> Record:
    return {
        "id": slug,
        "status": "active",
        "kind": "consultation_desk",
        "organization": "",
        "needs": [],
        "min_age": None,
        "max_age": None,
        "audience_groups": [],
        "languages": ["ja"],
        "crisis_kinds": [],
        "area_level": "national",
        "area_code": "",
        "desk_level": "national",
        "municipal_desk_kind": "",
        "cost": "unknown",
        "source_urls": [],
        "contacts": [],
        "texts": {},
        "search_terms": {},
    }
