"""Writes to the catalog: seed loading with revisions, municipalities, needs."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from wagtail.models import Revision

from tsunagari.catalog.conversion import apply_record
from tsunagari.catalog.models import Municipality, Need, Service
from tsunagari.catalog.records import Record, record_digest


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.conflicts)} conflicts"
        )


@transaction.atomic
def need_taxonomy_load(*, needs: Iterable[Record]) -> int:
    count = 0
    for item in needs:
        Need.objects.update_or_create(
            slug=item["id"],
            defaults={
                "names": item.get("names") or {},
                "tiles": item.get("tiles") or [],
                "description": item.get("description_ja", ""),
            },
        )
        count += 1
    return count


@transaction.atomic
def municipalities_load(*, csv_path: Path) -> int:
    """Upsert every prefecture, municipality and ward from the shipped CSV."""
    with csv_path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        Municipality.objects.update_or_create(
            code=row["code"],
            defaults={
                "prefecture_code": row["prefecture_code"],
                "prefecture": row["prefecture"],
                "name": row["name"],
                "kana": row.get("kana", ""),
                "kind": row["kind"],
            },
        )
    parents = {row["code"]: row["parent_code"] for row in rows if row.get("parent_code")}
    for code, parent_code in parents.items():
        Municipality.objects.filter(code=code).update(parent_id=parent_code)
    return len(rows)


@transaction.atomic
def catalog_load(*, records: Iterable[Record]) -> LoadReport:
    """Load seed records as published revisions.

    Loading twice changes nothing; a changed fact becomes a new revision; an entry a
    person edited since the last load is never overwritten: it is reported as a conflict.
    """
    report = LoadReport()
    for record in records:
        service_load_record(record=record, report=report)
    return report


def service_load_record(*, record: Record, report: LoadReport) -> None:
    digest = record_digest(record)
    service = Service.objects.filter(slug=record["id"]).first()
    if service is not None and service.seed_digest == digest:
        report.unchanged.append(record["id"])
        return
    if service is not None and service.latest_revision_id != service.seed_revision_id:
        report.conflicts.append(record["id"])
        return
    revision = service_write_record(record=record, service=service, report=report)
    Service.objects.filter(slug=record["id"]).update(seed_digest=digest, seed_revision=revision)


def service_write_record(
    *, record: Record, service: Service | None, report: LoadReport
) -> Revision:
    """Write a record as a new published revision of its service (created if new)."""
    created = service is None
    service = service or Service()
    apply_record(service, record)
    service.save()
    revision = service.save_revision(log_action=True)
    revision.publish(log_action=True)
    (report.created if created else report.updated).append(record["id"])
    return revision
