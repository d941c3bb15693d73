"""Reads of the catalog that carry a rule: who may edit what; the navigator's snapshot."""

from __future__ import annotations

import threading
import time

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.cache import cache
from django.db.models import Q

from tsunagari.accounts.selectors import StaffScope, staff_scope_get
from tsunagari.catalog.conversion import record_from_service
from tsunagari.catalog.models import Need, Service
from tsunagari.catalog.records import snapshot_from_records
from tsunagari.catalog.snapshot import CatalogSnapshot

CATALOG_VERSION_KEY = "catalog:version"
# How long a worker trusts its snapshot before asking the shared cache for the version.
VERSION_CHECK_SECONDS = 2.0


def scope_filter(scope: StaffScope) -> Q:
    """The entries a scope covers: its municipality (and that city's wards) or organisation."""
    if scope.everything:
        return Q()
    condition = Q(pk__in=[])
    if scope.municipality_code:
        code = scope.municipality_code
        condition |= Q(area_municipality_id=code) | Q(area_municipality__parent_id=code)
        condition |= Q(organization__municipality_id=code)
    if scope.organization_id:
        condition |= Q(organization_id=scope.organization_id)
    return condition


def service_list_editable(user: AbstractBaseUser | AnonymousUser) -> Q:
    return scope_filter(staff_scope_get(user))


def service_is_editable(user: AbstractBaseUser | AnonymousUser, service: Service) -> bool:
    scope = staff_scope_get(user)
    if scope.everything:
        return True
    if scope.nothing or service.pk is None:
        return False
    return Service.objects.filter(scope_filter(scope), pk=service.pk).exists()


def catalog_version() -> str:
    version = cache.get(CATALOG_VERSION_KEY)
    if version is None:
        version = str(time.time_ns())
        cache.add(CATALOG_VERSION_KEY, version, timeout=None)
        version = cache.get(CATALOG_VERSION_KEY, version)
    return str(version)


def catalog_version_bump() -> None:
    """Called when a service is published or unpublished: snapshots rebuild on next read."""
    cache.set(CATALOG_VERSION_KEY, str(time.time_ns()), timeout=None)


class _SnapshotHolder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.snapshot: CatalogSnapshot | None = None
        self.checked_at = 0.0


_holder = _SnapshotHolder()


def build_snapshot(version: str = "") -> CatalogSnapshot:
    services = (
        Service.objects.public()
        .select_related("organization")
        .prefetch_related("needs", "translations", "contacts")
    )
    needs = [{"id": n.slug, "tiles": n.tiles, "names": n.names} for n in Need.objects.all()]
    return snapshot_from_records((record_from_service(s) for s in services), needs, version=version)


def catalog_snapshot_get() -> CatalogSnapshot:
    """The published catalog as plain objects, rebuilt when the catalog version changes."""
    now = time.monotonic()
    current = _holder.snapshot
    if current is not None and now - _holder.checked_at < VERSION_CHECK_SECONDS:
        return current
    version = catalog_version()
    with _holder.lock:
        if _holder.snapshot is None or _holder.snapshot.version != version:
            _holder.snapshot = build_snapshot(version)
        _holder.checked_at = now
        return _holder.snapshot


def reset_snapshot_cache() -> None:
    _holder.snapshot = None
    _holder.checked_at = 0.0
