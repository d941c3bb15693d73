"""`tsunagari catalog export`: the published catalog as a JSON array of HSDS services."""

from __future__ import annotations

import json

from tsunagari.catalog.conversion import record_from_service
from tsunagari.catalog.hsds import service_to_hsds
from tsunagari.catalog.models import Service


def catalog_export_json(*, lang: str = "ja", include_unpublished: bool = False) -> str:
    """Every published service, ended ones included as `defunct` (open data keeps history)."""
    services = Service.objects.select_related("organization", "area_municipality")
    if not include_unpublished:
        services = services.filter(live=True)
    exported = []
    for service in services.prefetch_related("needs", "translations", "contacts"):
        record = record_from_service(service)
        record["last_checked"] = service.last_checked.isoformat() if service.last_checked else None
        area = service.area_municipality
        exported.append(service_to_hsds(record, lang=lang, area_name=str(area) if area else ""))
    return json.dumps(exported, ensure_ascii=False, indent=2) + "\n"
