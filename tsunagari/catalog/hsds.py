"""HSDS 3.0 (Open Referral) export of the catalog, and validation against its schemas.

HSDS ids are UUIDs: ours are derived with uuid5 under one fixed namespace, so the same
service always gets the same id; our own id travels as `tsunagari_id` (HSDS allows
extra properties). Texts are in one language per export.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tsunagari.catalog.records import Record
from tsunagari.catalog.snapshot import PHONE_KINDS
from tsunagari.core.languages import MULTIPLE_LANGUAGES

SCHEMA_DIR = Path(__file__).resolve().parent / "data" / "hsds-3.0"
# Fixed forever: changing it would change every exported id.
TSUNAGARI_NAMESPACE = uuid.UUID("6f1c2a8e-3b7d-5c4e-9a10-2b6d8e4f7a31")
HSDS_DAYS = {
    "mon": "MO",
    "tue": "TU",
    "wed": "WE",
    "thu": "TH",
    "fri": "FR",
    "sat": "SA",
    "sun": "SU",
}
JST_OFFSET_HOURS = 9
LANGUAGE_NAMES = {
    "ja": "日本語",
    "en": "English",
    "zh-hans": "简体中文",
    "ko": "한국어",
    "pt": "Português",
    "es": "Español",
    "tl": "Tagalog",
    "th": "ไทย",
    "vi": "Tiếng Việt",
    "ne": "नेपाली",
    "id": "Bahasa Indonesia",
    MULTIPLE_LANGUAGES: "Multiple languages",
}
ISO_CODES = {"zh-hans": "zh", "tl": "tl"}


def hsds_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(TSUNAGARI_NAMESPACE, f"{kind}:{key}"))


@lru_cache(maxsize=1)
def service_validator() -> Draft202012Validator:
    """A validator for service.json with every `$ref` resolved to the files beside it."""
    resources = []
    for path in SCHEMA_DIR.glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, Resource.from_contents(schema, DRAFT202012)))
    registry: Registry = Registry().with_resources(resources)
    service_schema = json.loads((SCHEMA_DIR / "service.json").read_text(encoding="utf-8"))
    return Draft202012Validator(service_schema, registry=registry)


def validation_errors(service: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(service)'}: {error.message}"
        for error in service_validator().iter_errors(service)
    ]


def service_to_hsds(record: Record, *, lang: str, area_name: str = "") -> dict[str, Any]:
    sid = hsds_id("service", record["id"])
    texts = record["texts"].get(lang) or record["texts"].get("ja") or {}
    ja = record["texts"].get("ja") or {}
    channels = record["contacts"]
    first = {
        kind: next((c["value"] for c in channels if c["kind"] == kind), None)
        for kind in ("url", "email")
    }
    service: dict[str, Any] = {
        "id": sid,
        "tsunagari_id": record["id"],
        "name": texts.get("name") or ja.get("name", ""),
        "description": texts.get("summary", ""),
        "status": "active" if record["status"] == "active" else "defunct",
        "eligibility_description": texts.get("for_whom", ""),
        "application_process": texts.get("next_step", ""),
        "organization": organization_to_hsds(record["organization"]),
        "phones": [
            phone_to_hsds(sid, c, i) for i, c in enumerate(channels) if c["kind"] in PHONE_KINDS
        ],
        "schedules": list(schedules_to_hsds(sid, channels)),
        "service_areas": [service_area_to_hsds(sid, record, area_name)],
        "languages": service_languages_to_hsds(sid, record["languages"], channels),
        "tsunagari_kind": record["kind"],
        "tsunagari_needs": record["needs"],
        "tsunagari_lang": lang,
        "tsunagari_what_you_get": texts.get("what_you_get", ""),
        "tsunagari_channels": [
            {
                k: c[k]
                for k in (
                    "kind",
                    "value",
                    "label",
                    "hours_text",
                    "cost_text",
                    "schedule",
                    "languages",
                )
                if k in c
            }
            for c in channels
        ],
        "tsunagari_audience_groups": record["audience_groups"],
        "tsunagari_crisis_kinds": record["crisis_kinds"],
        "tsunagari_cost": record["cost"],
    }
    optional = {
        "url": first["url"],
        "email": first["email"],
        "minimum_age": record["min_age"],
        "maximum_age": record["max_age"],
        "assured_date": record.get("last_checked"),
    }
    service.update({key: value for key, value in optional.items() if value is not None})
    return service


def organization_to_hsds(name: str) -> dict[str, Any]:
    return {"id": hsds_id("organization", name), "name": name, "description": name}


def phone_to_hsds(sid: str, channel: Record, index: int) -> dict[str, Any]:
    """A phone line; a line that serves some languages on its own (ADR 0011) lists them in
    `phone.languages`, each linked to the phone by `phone_id`, as HSDS 3.0 defines."""
    phone_id = hsds_id("phone", f"{sid}:{index}")
    phone: dict[str, Any] = {
        "id": phone_id,
        "service_id": sid,
        "number": channel["value"],
        "type": "voice",
    }
    if channel["label"]:
        phone["description"] = channel["label"]
    if channel.get("languages"):
        phone["languages"] = [
            {
                **language_to_hsds(sid, code, key=f"{sid}:{index}:{code}"),
                "phone_id": phone_id,
            }
            for code in channel["languages"]
        ]
    return phone


def service_languages_to_hsds(
    sid: str, codes: Iterable[str], channels: list[Record]
) -> list[dict[str, Any]]:
    """The service's languages. One served only on a line of its own (よりそいホットライン's
    foreign-language line, ADR 0011) says which line in its `note`, as published (label,
    hours, address), so a reader of the export does not take it for every line's; a
    phone line also lists it in `phone.languages`."""
    notes: dict[str, list[str]] = {}
    for channel in channels:
        line = " ".join(
            part for part in (channel["label"], channel.get("hours_text"), channel["value"]) if part
        )
        for code in channel.get("languages") or ():
            notes.setdefault(code, []).append(line)
    languages = []
    for code in codes:
        language = language_to_hsds(sid, code)
        if code in notes:
            language["note"] = " / ".join(notes[code])
        languages.append(language)
    return languages


def schedules_to_hsds(sid: str, channels: Iterable[Record]) -> Iterator[dict[str, Any]]:
    for index, channel in enumerate(channels):
        data = channel.get("schedule") or {}
        if not data and not channel.get("hours_text"):
            continue
        base = {
            "service_id": sid,
            "timezone": JST_OFFSET_HOURS,
            "description": channel.get("hours_text") or "",
            "notes": f"{channel['kind']}: {channel['value']}",
        }
        rules = data.get("weekly") or []
        if not rules:
            yield {"id": hsds_id("schedule", f"{sid}:{index}"), **base}
        for number, rule in enumerate(rules):
            yield {
                "id": hsds_id("schedule", f"{sid}:{index}:{number}"),
                **base,
                "freq": "WEEKLY",
                "byday": ",".join(HSDS_DAYS[day] for day in rule["days"]),
                "opens_at": rule["open"],
                "closes_at": rule["close"],
            }


def service_area_to_hsds(sid: str, record: Record, area_name: str) -> dict[str, Any]:
    code = record.get("area_code") or ""
    area: dict[str, Any] = {
        "id": hsds_id("service_area", f"{sid}:{code or 'JP'}"),
        "service_id": sid,
        "name": area_name or code or "日本全国",
        "extent_type": "text",
        "extent": code or "JP",
    }
    return area


def language_to_hsds(sid: str, code: str, *, key: str = "") -> dict[str, Any]:
    return {
        "id": hsds_id("language", key or f"{sid}:{code}"),
        "service_id": sid,
        "name": LANGUAGE_NAMES.get(code, code),
        "code": ISO_CODES.get(code, code),
    }
