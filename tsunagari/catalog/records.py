"""Plain records of catalog services: the one shape shared by seed files, the database
and the snapshot.

The national seed is two kinds of file, merged by id: `national/reference.yaml` (the
checked facts, copied verbatim from shared/reference: names, operators, numbers, URLs,
hours as published) and `national/editorial-*.yaml` (our own texts, need mapping,
audience and hours as data). Facts are never retyped, so a number cannot drift.
Pure Python: no Django import.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from tsunagari.catalog.hours import schedule_from_dict
from tsunagari.catalog.snapshot import (
    TEXT_FIELDS,
    Area,
    Audience,
    CatalogSnapshot,
    Contact,
    Need,
    ServiceEntry,
)
from tsunagari.core.yaml_data import read_yaml

Record = dict[str, Any]

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"


def contact_kind(reference_kind: str, value: str) -> str:
    """Japan's number shapes tell a free dial (0120/0800) and a short code (#8008, 189)."""
    if reference_kind != "phone":
        return reference_kind
    digits = value.replace("-", "")
    if value.startswith("#") or (digits.isdigit() and len(digits) <= 4):
        return "short_code"
    if digits.startswith(("0120", "0800")):
        return "free_dial"
    return "phone"


def load_needs(data_dir: Path = DEFAULT_DATA_DIR) -> list[Record]:
    """The need taxonomy, with need names in further languages from `i18n/<lang>.yaml`."""
    needs = list(read_yaml(data_dir / "needs.yaml"))
    by_id = {need["id"]: need for need in needs}
    for path in sorted((data_dir / "i18n").glob("*.yaml")):
        for need_id, name in ((read_yaml(path) or {}).get("needs") or {}).items():
            if need_id in by_id and name:
                by_id[need_id].setdefault("names", {})[path.stem] = name
    return needs


def load_national_records(data_dir: Path = DEFAULT_DATA_DIR) -> list[Record]:
    """Merge the reference facts with our editorial layer, in reference order."""
    national = data_dir / "national"
    reference = read_yaml(national / "reference.yaml")
    editorial = _by_id(national.glob("editorial-*.yaml"))
    terms = _by_id(national.glob("search-terms-*.yaml"))
    records = [
        merge_record(fact, editorial.get(fact["id"], {}), terms.get(fact["id"], {}))
        for fact in reference
    ]
    add_translations(records, data_dir / "i18n")
    add_search_terms(records, national / "search-terms-i18n")
    return records


def add_search_terms(records: list[Record], terms_dir: Path) -> None:
    """Search terms in further languages (`search-terms-i18n/<lang>.yaml`: {id: [term, …]}).

    Kept apart from search-terms-*.yaml, whose items carry the service under the key `id`,
    which is also the code of Indonesian.
    """
    by_id = {record["id"]: record for record in records}
    for path in sorted(terms_dir.glob("*.yaml")):
        for service_id, terms in (read_yaml(path) or {}).items():
            record = by_id.get(service_id)
            if record is not None and terms:
                record["search_terms"][path.stem] = [str(term) for term in terms]


def add_translations(records: list[Record], i18n_dir: Path) -> None:
    """Texts in further languages (`i18n/<lang>.yaml`, `services:` by id) join each record."""
    by_id = {record["id"]: record for record in records}
    for path in sorted(i18n_dir.glob("*.yaml")):
        lang = path.stem
        for item in (read_yaml(path) or {}).get("services") or []:
            record = by_id.get(item.get("id"))
            if record is None:
                continue
            fields = {k: v for k, v in item.items() if k in TEXT_FIELDS and v}
            record["texts"].setdefault(lang, {}).update(fields)


def _by_id(paths: Iterable[Path]) -> dict[str, Record]:
    items: dict[str, Record] = {}
    for path in sorted(paths):
        for item in read_yaml(path) or []:
            items[item["id"]] = item
    return items


def merge_record(
    fact: Mapping[str, Any], editorial: Mapping[str, Any], terms: Mapping[str, Any] | None = None
) -> Record:
    audience = editorial.get("audience") or {}
    texts = {lang: dict(fields) for lang, fields in (editorial.get("texts") or {}).items()}
    texts.setdefault("ja", {}).setdefault("name", fact["name_ja"])
    if fact.get("name_en"):
        texts.setdefault("en", {}).setdefault("name", fact["name_en"])
    hours = {int(k): v for k, v in (editorial.get("contact_hours") or {}).items()}
    # Lines that serve some languages at hours of their own (a foreign-language line).
    line_languages = {int(k): v for k, v in (editorial.get("contact_languages") or {}).items()}
    return {
        "id": fact["id"],
        "status": fact.get("status", "active"),
        "kind": editorial.get("kind", "information"),
        "organization": fact.get("operator", ""),
        "needs": list(editorial.get("needs") or []),
        "min_age": audience.get("min_age"),
        "max_age": audience.get("max_age"),
        "audience_groups": sorted(audience.get("groups") or []),
        "languages": sorted(editorial.get("languages") or ["ja"]),
        "crisis_kinds": sorted(editorial.get("crisis_kinds") or []),
        "area_level": "national",
        "area_code": "",
        "desk_level": editorial.get("desk_level", "national"),
        "municipal_desk_kind": editorial.get("municipal_desk_kind") or "",
        "cost": editorial.get("cost", "unknown"),
        "source_urls": list(fact.get("source_urls") or []),
        "contacts": [
            contact_record(contact, hours.get(index), line_languages.get(index))
            for index, contact in enumerate(fact.get("contacts") or [])
        ],
        "texts": texts,
        "search_terms": {
            lang: list(values) for lang, values in (terms or {}).items() if lang != "id"
        },
    }


def contact_record(
    contact: Mapping[str, Any],
    schedule: Mapping[str, Any] | None,
    languages: Iterable[str] | None = None,
) -> Record:
    """`languages` is set only for a line with languages of its own, so that the records
    (and digests) of every other contact keep their shape."""
    value = str(contact["value"])
    record: Record = {
        "kind": contact_kind(contact["kind"], value),
        "value": value,
        "label": contact.get("label", ""),
        "hours_text": contact.get("hours", ""),
        "cost_text": contact.get("cost", ""),
        "schedule": dict(schedule) if schedule else None,
    }
    if languages:
        record["languages"] = sorted(languages)
    return record


def record_digest(record: Mapping[str, Any]) -> str:
    """A stable fingerprint of a record: equal digests mean nothing changed."""
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def entry_from_record(record: Mapping[str, Any]) -> ServiceEntry:
    texts = {
        lang: {name: fields.get(name, "") for name in TEXT_FIELDS}
        for lang, fields in record["texts"].items()
    }
    return ServiceEntry(
        id=record["id"],
        kind=record["kind"],
        status=record["status"],
        texts=texts,
        needs=tuple(record["needs"]),
        audience=Audience(
            min_age=record["min_age"],
            max_age=record["max_age"],
            groups=frozenset(record["audience_groups"]),
        ),
        languages=frozenset(record["languages"]),
        crisis_kinds=frozenset(record["crisis_kinds"]),
        area=Area(level=record["area_level"], code=record["area_code"]),
        desk_level=record["desk_level"],
        municipal_desk_kind=record["municipal_desk_kind"],
        cost=record["cost"],
        contacts=tuple(
            Contact(
                kind=c["kind"],
                value=c["value"],
                label=c["label"],
                hours_text=c["hours_text"],
                cost=c["cost_text"],
                schedule=schedule_from_dict(c["schedule"]) if c["schedule"] else None,
                languages=frozenset(c.get("languages") or ()),
            )
            for c in record["contacts"]
        ),
        organization=record["organization"],
        source_urls=tuple(record["source_urls"]),
        search_terms={
            lang: tuple(terms) for lang, terms in (record.get("search_terms") or {}).items()
        },
    )


def snapshot_from_records(
    records: Iterable[Mapping[str, Any]],
    needs: Iterable[Mapping[str, Any]] = (),
    *,
    version: str = "",
) -> CatalogSnapshot:
    """Build the navigator's snapshot; ended services are left out (never shown)."""
    entries = tuple(entry_from_record(r) for r in records if r["status"] == "active")
    need_objects = tuple(
        Need(id=n["id"], tiles=tuple(n.get("tiles") or ()), names=dict(n.get("names") or {}))
        for n in needs
    )
    return CatalogSnapshot(
        services=entries,
        needs=need_objects,
        version=version,
        by_id={entry.id: entry for entry in entries},
    )


def snapshot_from_seed_files(data_dir: Path = DEFAULT_DATA_DIR) -> CatalogSnapshot:
    """The snapshot straight from the shipped files: for the engine's tests and benches."""
    return snapshot_from_records(load_national_records(data_dir), load_needs(data_dir))
