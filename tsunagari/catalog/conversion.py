"""Between plain records (`records.py`) and catalog rows: one place for the mapping."""

from __future__ import annotations

import hashlib
from typing import Any

from tsunagari.catalog.models import (
    ContactChannel,
    Municipality,
    Need,
    Organization,
    Service,
    ServiceTranslation,
)
from tsunagari.catalog.records import Record
from tsunagari.catalog.snapshot import TEXT_FIELDS

SCALAR_FIELDS = (
    "kind",
    "status",
    "min_age",
    "max_age",
    "audience_groups",
    "languages",
    "crisis_kinds",
    "area_level",
    "desk_level",
    "municipal_desk_kind",
    "cost",
    "source_urls",
    "search_terms",
)


def organization_for(name: str) -> Organization:
    """Organisations are keyed by a digest of their name: Japanese names have no slug."""
    slug = "org-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    organization, _ = Organization.objects.get_or_create(slug=slug, defaults={"name": name})
    return organization


def apply_record(service: Service, record: Record) -> None:
    """Copy a record onto an (unsaved or loaded) service, children included, in memory."""
    service.slug = record["id"]
    for name in SCALAR_FIELDS:
        setattr(service, name, record[name])
    service.organization = organization_for(record["organization"] or "—")
    code = record.get("area_code") or ""
    service.area_municipality = Municipality.objects.filter(code=code).first() if code else None
    needs = list(Need.objects.filter(slug__in=record["needs"]))
    needs.sort(key=lambda need: record["needs"].index(need.slug))
    service.needs = needs
    service.primary_need = needs[0] if needs else None
    service.need_order = [need.slug for need in needs]
    # sort_order is set here: without it the database may return children in any order,
    # and a service's first contact is the one a person sees first.
    service.translations = [
        ServiceTranslation(
            language=lang, sort_order=place, **{f: fields.get(f, "") for f in TEXT_FIELDS}
        )
        for place, (lang, fields) in enumerate(record["texts"].items())
    ]
    service.contacts = [
        ContactChannel(
            kind=c["kind"],
            value=c["value"],
            label=c["label"],
            hours_text=c["hours_text"],
            cost_text=c["cost_text"],
            schedule=c["schedule"],
            languages=list(c.get("languages") or []),
            sort_order=place,
        )
        for place, c in enumerate(record["contacts"])
    ]


def ordered_needs(service: Service) -> list[str]:
    """The service's needs, most central first: its main need, then the stored order."""
    slugs = [need.slug for need in service.needs.all()]
    order = {slug: place for place, slug in enumerate(service.need_order or [])}
    slugs.sort(
        key=lambda slug: (slug != service.primary_need_id, order.get(slug, len(order)), slug)
    )
    return slugs


def contact_record_from_row(contact: ContactChannel) -> Record:
    """A contact's record; `languages` only when set, as in the seed records (records.py)."""
    record: Record = {
        "kind": contact.kind,
        "value": contact.value,
        "label": contact.label,
        "hours_text": contact.hours_text,
        "cost_text": contact.cost_text,
        "schedule": contact.schedule,
    }
    if contact.languages:
        record["languages"] = list(contact.languages)
    return record


def record_from_service(service: Service) -> Record:
    """The plain record of a service row (for the snapshot and for export)."""
    record: dict[str, Any] = {name: getattr(service, name) for name in SCALAR_FIELDS}
    needs = ordered_needs(service)
    record.update(
        id=service.slug,
        organization=service.organization.name,
        needs=needs,
        area_code=service.area_municipality_id or "",
        texts={
            t.language: {f: getattr(t, f) for f in TEXT_FIELDS} for t in service.translations.all()
        },
        contacts=[contact_record_from_row(c) for c in service.contacts.all()],
    )
    return record
